"""Records, schema export and input reading on real files."""

from __future__ import annotations

import json

from conftest import SEEDS, SEEDS_GOLD

from annotate.readers import InputProblem, iter_articles
from annotate.records import STATEMENT_SCHEMA_PATH, statement_json_schema


def test_statement_schema_file_is_in_sync():
    assert STATEMENT_SCHEMA_PATH.read_text(encoding="utf-8") == statement_json_schema(), (
        "schemas/statement.schema.json is stale: run `.venv/bin/python -m annotate.records`"
    )


def test_seeds_are_copies_of_shared_seeds(shared_seeds):
    originals = sorted(shared_seeds.glob("*.txt"))
    assert len(originals) == 5
    for shared_seed in originals:
        assert (SEEDS / shared_seed.name).read_bytes() == shared_seed.read_bytes()


def test_seed_header_gives_date_and_title_and_keeps_text_as_read():
    problems: list[InputProblem] = []
    articles = {a.id: a for a in iter_articles([SEEDS], problems.append)}
    assert not problems
    assert len(articles) == 5
    first = articles["000_86151a200f2d23fc"]
    assert first.date == "2024-11-19"
    assert first.title.startswith("Shin Bet chief Ronen Bar reportedly visited Turkey")
    assert first.text == (SEEDS / "000_86151a200f2d23fc.txt").read_text(encoding="utf-8")
    assert articles["003_ca9d3351d7b0aae7"].date is None


def test_gold_offsets_index_the_text_as_read():
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for line in SEEDS_GOLD.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        text = texts[gold["doc"]]
        assert text[gold["content_start"] : gold["content_end"]] == gold["content"]
