"""`annotate extract` on bad and odd inputs, through typer's CliRunner on real files.

typer 0.29 (click 8.2+): ``result.stdout`` and ``result.stderr`` are captured separately
(``result.output`` interleaves both), so data and messages are asserted apart.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

import annotate.cli.extract as extract_cli
from annotate.cli import app
from annotate.extract import Extractor
from annotate.records import Statement

SEED = SEEDS / "000_86151a200f2d23fc.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module", autouse=True)
def one_extractor():
    """Every test shares one Extractor (the spaCy model loads once for this module)."""
    shared = Extractor()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extract_cli, "Extractor", lambda: shared)
        yield shared


def run(*args: str):
    return CliRunner().invoke(app, ["extract", *map(str, args)])


def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(SEED_TEXT, encoding="utf-8")
    return path


def statements(stdout: str) -> list[Statement]:
    return [Statement.model_validate_json(line) for line in stdout.splitlines()]


def assert_good_file_still_extracted(result, tmp_path):
    found = statements(result.stdout)
    assert found, "the good file must still be extracted"
    assert {s.article_id for s in found} == {"good"}


# --- each bad input: one line naming the file, the rest processed, exit 1 ---------------


def test_empty_file(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = run(good(tmp_path), bad, "--quiet")
    assert result.exit_code == 1
    assert result.stderr == f"warning: {bad}: empty file, skipped; remove it or add the article text\n"
    assert_good_file_still_extracted(result, tmp_path)


def test_whitespace_only_jsonl_is_empty(tmp_path):
    bad = tmp_path / "blank.jsonl"
    bad.write_text("\n  \n", encoding="utf-8")
    result = run(good(tmp_path), bad, "-q")
    assert result.exit_code == 1
    assert result.stderr == f"warning: {bad}: empty file, skipped; remove it or add the article text\n"


def test_binary_file(tmp_path):
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 5 >>\nstream\n\x00\x01\x02\x03\nendstream\n")
    result = run(good(tmp_path), bad, "-q")
    assert result.exit_code == 1
    assert result.stderr == f"warning: {bad}: binary file, not text, skipped; give UTF-8 text files\n"
    assert_good_file_still_extracted(result, tmp_path)


def test_non_utf8_file(tmp_path):
    bad = tmp_path / "latin.txt"
    data = SEED_TEXT.encode("cp1252", errors="replace")  # ’ becomes byte 0x92
    bad.write_bytes(data)
    offset = data.index(b"\x92")
    result = run(good(tmp_path), bad, "-q")
    assert result.exit_code == 1
    assert result.stderr == f"warning: {bad}: not UTF-8 (byte 0x92 at offset {offset}), skipped; re-save it as UTF-8\n"
    assert_good_file_still_extracted(result, tmp_path)


def test_5mb_article(tmp_path):
    bad = tmp_path / "dump.txt"
    bad.write_text((SEED_TEXT * (5_000_000 // len(SEED_TEXT) + 1))[:5_000_000], encoding="utf-8")
    size = bad.stat().st_size
    result = run(good(tmp_path), bad, "-q")
    assert result.exit_code == 1
    assert result.stderr == (
        f"warning: {bad}: article too large ({size:,} bytes > limit 1,000,000 characters), skipped; split it or raise --max-chars\n"
    )
    assert_good_file_still_extracted(result, tmp_path)


def test_article_over_max_chars_in_jsonl(tmp_path):
    bad = tmp_path / "a.jsonl"
    bad.write_text(json.dumps({"id": "long", "text": SEED_TEXT * 2}) + "\n", encoding="utf-8")
    result = run(good(tmp_path), bad, "-q", "--max-chars", len(SEED_TEXT))
    assert result.exit_code == 1
    assert result.stderr == (
        f"warning: {bad}:1: article too large ({2 * len(SEED_TEXT):,} characters > limit {len(SEED_TEXT):,}), "
        "skipped; split it or raise --max-chars\n"
    )
    assert_good_file_still_extracted(result, tmp_path)


def test_csv_without_text_column(tmp_path):
    bad = tmp_path / "articles.csv"
    with open(bad, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "body", "title"])
        writer.writerow(["x", SEED_TEXT, "t"])
    result = run(good(tmp_path), bad, "-q")
    assert result.exit_code == 1
    assert result.stderr == (
        f"warning: {bad}: CSV has no 'text' column (columns: id, body, title); rename the columns to id and text\n"
    )
    assert_good_file_still_extracted(result, tmp_path)


def test_malformed_jsonl_line_n_rest_of_file_read(tmp_path):
    path = tmp_path / "articles.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))[:2]]
    path.write_text(
        json.dumps({"id": "first", "text": texts[0]}) + "\n"
        + "\n"
        + '{"id": "broken", "text": "unterminated\n'
        + json.dumps({"id": "last", "text": texts[1]}) + "\n",
        encoding="utf-8",
    )
    result = run(path, "-q")
    assert result.exit_code == 1
    assert result.stderr == (
        f"warning: {path}:3: malformed JSON (Unterminated string starting at column 26), line skipped; fix or remove that line\n"
    )
    assert {s.article_id for s in statements(result.stdout)} == {"first", "last"}


def test_folder_with_no_articles_among_others(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "README.md").write_text("not an article", encoding="utf-8")
    result = run(good(tmp_path), folder, "-q")
    assert result.exit_code == 1
    assert result.stderr == f"warning: {folder}: folder holds no .txt, .jsonl or .csv articles; point at a folder of articles\n"
    assert_good_file_still_extracted(result, tmp_path)


def test_folder_with_no_articles_alone_is_exit_2_and_no_output_file(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    out = tmp_path / "out.jsonl"
    result = run(folder, "-o", out, "-q")
    assert result.exit_code == 2
    assert result.stderr == (
        f"warning: {folder}: folder holds no .txt, .jsonl or .csv articles; point at a folder of articles\n"
        f"error: no articles read from {folder}; give .txt, .jsonl or .csv files or folders of them\n"
    )
    assert not out.exists() and os.listdir(tmp_path) == ["empty"]


def test_missing_path(tmp_path):
    result = run(good(tmp_path), tmp_path / "nope.txt", "-q")
    assert result.exit_code == 1
    assert result.stderr == f"warning: {tmp_path / 'nope.txt'}: no such file or folder; check the path\n"


# --- output ------------------------------------------------------------------------------


def test_stdout_is_jsonl_and_status_goes_to_stderr(tmp_path):
    result = run(SEEDS)
    assert result.exit_code == 0
    found = statements(result.stdout)
    assert found and {s.article_id for s in found} <= {p.stem for p in SEEDS.glob("*.txt")}
    for s in found:
        text = (SEEDS / f"{s.article_id}.txt").read_text(encoding="utf-8")
        assert text[s.content.start : s.content.end] == s.content.text
    assert result.stderr.strip().endswith(f"{len(found)} statements from 5 articles")


def test_quiet_silences_status(tmp_path):
    result = run(SEEDS, "--quiet")
    assert result.exit_code == 0 and result.stderr == ""


def test_output_file_is_written_and_can_sit_inside_the_input_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good(folder)
    out = folder / "out.jsonl"
    first = run(folder, "-o", out, "-q")
    again = run(folder, "-o", out, "-q")  # out.jsonl is not read back as input
    assert (first.exit_code, again.exit_code) == (0, 0)
    assert first.stdout == "" and again.stderr == ""
    assert statements(out.read_text(encoding="utf-8"))
    assert sorted(os.listdir(folder)) == ["good.txt", "out.jsonl"]


def test_output_file_is_atomic_when_extraction_fails_midway(tmp_path, one_extractor, monkeypatch):
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n", encoding="utf-8")
    real = one_extractor.extract_many

    def failing(articles, on_problem=None):
        for n, statement in enumerate(real(articles, on_problem)):
            if n == 2:
                raise RuntimeError("disk full")
            yield statement

    monkeypatch.setattr(one_extractor, "extract_many", failing)
    result = run(SEEDS, "-o", out, "-q")
    assert isinstance(result.exception, RuntimeError)
    assert out.read_text(encoding="utf-8") == "previous run\n"  # not truncated, not half-written
    assert os.listdir(tmp_path) == ["out.jsonl"]  # no stale temp file


def test_jsonl_and_csv_inputs_with_all_columns(tmp_path):
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))[:2]]
    fields = {"title": "A title", "outlet": "Politico", "date": "2016-09-08", "url": "https://example.org/x"}
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": texts[0][0], "text": texts[0][1], **fields}) + "\n", encoding="utf-8")
    with open(tmp_path / "b.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "text", *fields])
        writer.writeheader()
        writer.writerow({"id": texts[1][0], "text": texts[1][1], **fields})
    result = run(tmp_path, "-q")
    assert result.exit_code == 0, result.stderr
    found = statements(result.stdout)
    assert {s.article_id for s in found} == {stem for stem, _ in texts}
    by_id = dict(texts)
    for s in found:
        assert by_id[s.article_id][s.content.start : s.content.end] == s.content.text


def test_an_article_the_rules_fail_on_is_named_and_the_others_are_still_extracted(one_extractor, monkeypatch):
    from annotate.extract import pipeline

    real = pipeline.sources.enrich

    def enrich(article, statements):
        if article.id == "002_230740f0fec52f44":
            raise IndexError("string index out of range")
        return real(article, statements)

    monkeypatch.setattr(pipeline.sources, "enrich", enrich)
    result = run(SEEDS, "-q")
    assert result.exit_code == 1
    path = SEEDS / "002_230740f0fec52f44.txt"
    assert result.stderr.strip() == (
        f"warning: {path}: extraction failed on article '002_230740f0fec52f44' "
        "(IndexError: string index out of range), article skipped; please report it with the article"
    )
    ids = {json.loads(line)["article_id"] for line in result.stdout.splitlines()}
    assert ids == {p.stem for p in SEEDS.glob("*.txt")} - {"002_230740f0fec52f44"}
