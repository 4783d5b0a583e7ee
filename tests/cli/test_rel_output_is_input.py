"""`-o` equal to an input is refused before any work (exit 2), and the input is left untouched:
same file, through a symlink, an article inside an input folder, prelabel's input, schema's input."""

from __future__ import annotations

import shutil

from conftest import SEEDS
from typer.testing import CliRunner

from annotate.cli import app

runner = CliRunner()
ARTICLES = sorted(SEEDS.glob("*.txt"))


def test_extract_output_equal_to_input_is_refused(tmp_path):
    article = tmp_path / "a.txt"
    shutil.copy(ARTICLES[1], article)
    before = article.read_bytes()
    result = runner.invoke(app, ["extract", str(article), "-o", str(article)])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"error: {article}: output is one of the inputs ({article}); write to another file\n"
    assert article.read_bytes() == before
    assert list(tmp_path.iterdir()) == [article]  # no temp file left


def test_extract_output_through_a_symlink_to_the_input_is_refused(tmp_path):
    article = tmp_path / "a.txt"
    shutil.copy(ARTICLES[1], article)
    link = tmp_path / "link.jsonl"
    link.symlink_to(article)
    before = article.read_bytes()
    result = runner.invoke(app, ["extract", str(article), "-o", str(link)])
    assert result.exit_code == 2, result.output
    assert "output is one of the inputs" in result.stderr
    assert article.read_bytes() == before and link.is_symlink()


def test_extract_output_onto_an_article_of_an_input_folder_is_refused(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in ARTICLES[:3]:
        shutil.copy(path, folder / path.name)
    victim = folder / ARTICLES[2].name
    before = victim.read_bytes()
    result = runner.invoke(app, ["extract", str(folder), "-o", str(victim)])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"error: {victim}: output is one of the inputs (an article in folder {folder}); write to another file\n"
    assert victim.read_bytes() == before


def test_extract_output_inside_an_input_folder_that_is_not_an_article_still_works(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in ARTICLES[:2]:
        shutil.copy(path, folder / path.name)
    out = folder / "out.jsonl"
    for _ in range(2):  # the second run finds its own earlier output there and does not read it
        result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "-q"])
        assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count("\n") > 0


def test_prelabel_output_equal_to_input_is_refused(tmp_path):
    statements = tmp_path / "x.jsonl"
    result = runner.invoke(app, ["extract", str(ARTICLES[1]), "-o", str(statements), "-q"])
    assert result.exit_code == 0
    before = statements.read_bytes()
    result = runner.invoke(app, ["prelabel", str(statements), "--target", "T", "-o", str(statements)])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"error: {statements}: output is one of the inputs ({statements}); write to another file\n"
    assert statements.read_bytes() == before


def test_schema_output_equal_to_its_schema_is_refused(tmp_path):
    schema = tmp_path / "label_schema.json"
    shutil.copy(SEEDS.parent / "schemas" / "label_schema.json", schema)
    before = schema.read_bytes()
    result = runner.invoke(app, ["schema", "--schema", str(schema), "-o", str(schema)])
    assert result.exit_code == 2, result.output
    assert "output is one of the inputs" in result.stderr
    assert schema.read_bytes() == before
