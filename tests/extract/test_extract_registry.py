"""The rule registry: every rule the extractor emits is declared once, with its priority and role."""

from __future__ import annotations

import pytest

from annotate.extract import Extractor, registry
from annotate.extract.registry import MINOR, SPEECH, Rule
from annotate.readers import iter_articles
from conftest import SEEDS


def test_every_emitted_rule_is_declared():
    rules = {s.rule for s in Extractor().extract_many(iter_articles([SEEDS]))}
    assert rules and rules <= registry.names()
    assert {"quote", "said_clause", "according_to"} <= rules


def test_roles_and_priorities():
    assert registry.get("quote").role == SPEECH and registry.priority("quote") == 5
    assert registry.get("verb_object").role == MINOR and registry.get("verb_object").headline_object
    assert registry.priority("topic_noun") < registry.priority("said_clause")
    assert {r.name for r in registry.all_rules() if r.headline_object} == {
        "verb_object", "verb_predicate", "verb_prep_object", "verb_xcomp", "headline_noun_verb"}
    # Verb rules run before the families, in declaration order.
    order = [g.__name__ for g in registry.generators()]
    assert order[:3] == ["verb_cues", "according_to", "reportedly"] and "topic_noun" in order


def test_a_rule_declared_twice_differently_is_an_error():
    registry.declare(Rule("quote", priority=5, role=SPEECH))  # the same declaration again is fine
    with pytest.raises(ValueError, match="declared twice"):
        registry.declare(Rule("quote", priority=1, role=SPEECH))
