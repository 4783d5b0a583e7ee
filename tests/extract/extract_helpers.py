"""Helpers shared by the extraction table tests (tests/extract/test_extract_*.py)."""

from __future__ import annotations

import pytest

from annotate.extract import Extractor
from annotate.records import Article, Statement


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, text: str) -> list[Statement]:
    return list(extractor.extract(Article(id="t", text=text)))


def _rows(statements) -> list[tuple]:
    return [(s.rule, s.source.text if s.source else None, s.cue.text if s.cue else None, s.content.text) for s in statements]


def found(extractor: Extractor, text: str) -> list[tuple]:
    """Every statement of ``text`` as (rule, source, cue, content) texts, None for a missing span."""
    return _rows(run(extractor, text))


def title_statements(extractor: Extractor, title: str) -> list[tuple]:
    """(rule, source, cue, content) of each statement of an article whose title line is ``title``."""
    return _rows(extractor.extract(Article(id="t", text=f"{title}\n\nThe story follows.", title=title)))


def by_cue(statements: list[Statement], cue: str) -> Statement:
    found = [s for s in statements if s.cue is not None and s.cue.text == cue]
    assert found, f"no statement with cue {cue!r} in {[(s.cue and s.cue.text, s.content.text) for s in statements]}"
    return found[0]


def assert_case(extractor: Extractor, text: str, cue: str, source, content: str, kind: str, rule: str) -> None:
    """One row of a family's CASES table: the statement of ``cue`` has this content, source, kind and rule."""
    statement = by_cue(run(extractor, text), cue)
    assert statement.content.text == content
    assert (statement.source.text if statement.source else None) == source
    assert statement.kind == kind
    assert statement.rule == rule
