"""Recall by construction type (annotate/evaluate/constructions.py): the types read from gold spans, and the
table's counts agree with `annotate evaluate` on the seeds."""

from __future__ import annotations

from conftest import SEEDS, SEEDS_GOLD

from annotate.evaluate import evaluate, read_gold
from annotate.evaluate.constructions import TYPES, construction, format_rows, recall_by_construction
from annotate.evaluate.gold import GoldAttribution
from annotate.evaluate.spans import Region
from annotate.extract import Extractor
from annotate.readers import iter_articles

TEXT = ("Mayor Backs Plan, Aide Says\n"
        "\"We will rebuild,\" the mayor said. Critics warned of \"serious delays\" ahead. "
        "Criticism of the plan grew. According to the council, costs rose. Others worried it would stall.")


def _gold(content: str, cue: str | None) -> GoldAttribution:
    start = TEXT.index(content)
    cue_region = None
    if cue is not None:
        c = TEXT.index(cue)
        cue_region = Region.of([(c, c + len(cue), cue)])
    return GoldAttribution(article_id="t", content=Region.of([(start, start + len(content), content)]), cue=cue_region)


def test_construction_types_from_gold_spans():
    title_end = TEXT.index("\n")
    cases = {
        "headline": _gold("Mayor Backs Plan", "Says"),
        "direct": _gold("\"We will rebuild,\"", "said"),
        "mixed": _gold("of \"serious delays\" ahead", "warned"),
        "noun/other": _gold("the plan", "Criticism of"),
        "according": _gold("costs rose", "According to"),
        "no-cue": _gold("costs rose", None),
    }
    assert {name: construction(g, TEXT, title_end) for name, g in cases.items()} == {name: name for name in cases}
    assert construction(_gold("it would stall", "worried"), TEXT, title_end) == "indirect"


def test_table_counts_agree_with_evaluate_on_the_seeds():
    articles = list(iter_articles([SEEDS]))
    gold = read_gold(SEEDS_GOLD)
    statements = list(Extractor().extract_many(articles))
    texts = {a.id: a.text for a in articles if a.id in gold.documents}
    rows = recall_by_construction(gold, statements, texts)
    dice = evaluate(gold, statements).modes["dice"].fields["content"]
    assert set(rows) == set(TYPES)
    assert sum(r.gold for r in rows.values()) == dice.gold
    assert sum(r.found for r in rows.values()) == dice.tp
    assert rows["indirect"].gold > 0 and "| indirect |" in format_rows(rows)
