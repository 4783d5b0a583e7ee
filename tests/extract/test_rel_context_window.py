"""`context` is a bounded window around the statement: the whole paragraph when it is short,
the sentences around the statement in a very long one, so output stays linear in the statements."""

from __future__ import annotations

import json

from conftest import SEEDS
from typer.testing import CliRunner

from annotate.cli import app
from annotate.extract.pipeline import CONTEXT_MAX_CHARS
from annotate.extract.quotes import paragraphs

runner = CliRunner()


def one_long_paragraph(min_chars: int) -> str:
    """The seed articles' body paragraphs joined into one line, repeated until it is long enough."""
    lines = []
    for path in sorted(SEEDS.glob("*.txt")):
        lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    body = " ".join(lines)
    return " ".join([body] * (min_chars // len(body) + 1))


def test_context_in_a_huge_paragraph_is_bounded_with_exact_offsets(tmp_path):
    text = "Long wire\n" + one_long_paragraph(150_000) + "\n"
    article = tmp_path / "long.txt"
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(article), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) > 100
    for line in lines:
        record = json.loads(line)
        context, content = record["context"], record["content"]
        assert text[context["start"]:context["end"]] == context["text"]
        assert context["start"] <= content["start"] and content["end"] <= context["end"]
        assert len(context["text"]) <= len(content["text"]) + CONTEXT_MAX_CHARS
        assert len(context["text"]) < len(text) / 20
    # Linear in the statements: each line is a few KB, not the 150,000-character paragraph.
    assert out.stat().st_size < len(lines) * 8 * 1024


def test_context_of_a_seed_statement_is_still_its_paragraph(tmp_path):
    article = sorted(SEEDS.glob("*.txt"))[1]
    text = article.read_text(encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "-q"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    paras = set(paragraphs(text))
    for record in records:
        assert (record["context"]["start"], record["context"]["end"]) in paras
