"""Offsets and quality floors on real data (the seeds gold, PolNeAR dev).

Tests on real sentences and articles from the seeds and PolNeAR dev."""

from __future__ import annotations

import pytest

from annotate.readers import iter_articles
from annotate.records import Article, Statement
from conftest import POLNEAR, SEEDS, SEEDS_GOLD
from extract_helpers import extractor  # noqa: F401 - extractor is a fixture


def _check_offsets(article: Article, statements: list[Statement]) -> None:
    for s in statements:
        assert s.article_id == article.id
        for span in (s.content, s.source, s.cue, s.context):
            if span is not None:
                assert article.text[span.start:span.end] == span.text, (article.id, span)


@pytest.mark.slow
def test_offsets_exact_on_seeds_and_polnear(extractor, polnear_dev):
    articles = list(iter_articles([SEEDS, POLNEAR / "text"]))
    assert len(articles) >= 89
    total = 0
    for article in articles:
        statements = list(extractor.extract(article))
        _check_offsets(article, statements)
        total += len(statements)
    assert total > 1000


def test_seed_header_date_is_never_extracted(extractor):
    article = next(iter_articles([SEEDS / "000_86151a200f2d23fc.txt"]))
    assert all(s.content.start >= len(" date 2024-11-19 ") for s in extractor.extract(article))


def test_quality_floor_on_seeds_gold(extractor):
    evaluate = pytest.importorskip("annotate.evaluate")
    gold = evaluate.read_gold(SEEDS_GOLD)
    statements = list(extractor.extract_many(iter_articles([SEEDS])))
    report = evaluate.evaluate(gold, statements)
    dice = report.modes["dice"].fields
    assert dice["content"].f1 >= 0.90
    assert dice["source"].f1 >= 0.90  # 0.917


@pytest.mark.slow
def test_quality_floor_on_polnear_dev(extractor, polnear_dev):
    # All 84 PolNeAR dev documents, Dice >= 0.5 (issue 2 targets: content 0.75, source 0.70; floors sit just below
    # what the rules reach now, so a regression fails here).
    evaluate = pytest.importorskip("annotate.evaluate")
    gold = evaluate.read_gold(POLNEAR)
    statements = list(extractor.extract_many(iter_articles([POLNEAR / "text"])))
    report = evaluate.evaluate(gold, statements)
    dice = report.modes["dice"].fields
    assert dice["content"].f1 >= 0.770  # 0.780 (docs/experiments-extraction.md)
    assert dice["source"].f1 >= 0.734  # 0.747
    assert dice["content"].precision >= 0.86  # 0.874 since nested minor cues and repeated quotes are dropped
