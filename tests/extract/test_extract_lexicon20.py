"""Cue-verb lexicon and cue subjects for issue 12 (helper `lexicon`, session 20): table tests with made-up news
sentences, positives and negatives. The positives fail on the code before this session; the negatives are the
cases each change keeps out (they fail when the change is made without its limit). Figures per round:
docs/experiments-extraction.md, "Rounds (lexicon, session 20)"."""

from __future__ import annotations

import pytest

from annotate.extract.verb_classes import CLASS_FRAMES
from annotate.lexicon import verb_forms
from extract_helpers import extractor, found  # noqa: F401 - extractor is a fixture


@pytest.mark.parametrize(
    "text, expected",
    [
        # Conjecture (Levin 29.5), clause frame.
        pytest.param(
            "The economist anticipated that interest rates would rise by spring.",
            ("said_clause", "The economist", "anticipated", "interest rates would rise by spring"),
            id="conjecture-anticipate-that",
        ),
        pytest.param(
            "Analysts surmised that the company would cut jobs before the merger.",
            ("said_clause", "Analysts", "surmised", "the company would cut jobs before the merger"),
            id="conjecture-surmise-that",
        ),
        pytest.param(
            "Local officials figured the storm would miss the coast.",
            ("said_clause", "Local officials", "figured", "the storm would miss the coast"),
            id="conjecture-figure-bare-clause",
        ),
        # Person nouns (HUMAN_NOUNS by class) as subjects of participial and coordinated cues.
        pytest.param(
            "The crowd cheered and applauded the mayor's promise to rebuild the bridge.",
            ("verb_object", "The crowd", "applauded", "the mayor's promise to rebuild the bridge"),
            id="group-noun-coordinated",
        ),
        pytest.param(
            "The objectors filed a complaint, decrying the new zoning rules.",
            ("verb_object", "The objectors", "decrying", "the new zoning rules"),
            id="agent-noun-participle",
        ),
        pytest.param(
            "The senator's wife defended her husband's record on veterans.",
            ("verb_object", "The senator's wife", "defended", "her husband's record on veterans"),
            id="kin-noun",
        ),
        # Verb forms the inflector got wrong (doubled final consonant, "-eeing").
        pytest.param(
            "The mayor extolled the virtues of the new park.",
            ("verb_object", "The mayor", "extolled", "the virtues of the new park"),
            id="form-extolled",
        ),
        pytest.param(
            "The candidate bragged about his poll numbers at the rally.",
            ("verb_prep_object", "The candidate", "bragged about", "his poll numbers at the rally"),
            id="form-bragged",
        ),
        pytest.param(
            "The senator begged colleagues to support the bill.",
            ("verb_object", "The senator", "begged", "colleagues to support the bill"),
            id="form-begged",
        ),
        pytest.param(
            "The governor is not agreeing to raise taxes.",
            ("verb_xcomp", "The governor", "is not agreeing", "to raise taxes"),
            id="form-agreeing",
        ),
    ],
)
def test_new_cue(extractor, text, expected):
    assert expected in found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # Perception verbs (Levin 30) with a small clause or an indirect question: what was seen, not a belief.
        pytest.param("The mayor saw the protesters get out of the bus.", id="see-bare-infinitive"),
        pytest.param("Residents have seen prices rising all year.", id="see-ing-clause"),
        pytest.param("Reporters waited outside the hall to see if the bill would pass.", id="see-if"),
        pytest.param("The council will see what happens after the vote.", id="see-what"),
        # A conjecture verb takes its own clause only, not a noun's clause inside its object.
        pytest.param("The mayor accepted the reality that the budget was short.", id="accept-noun-clause"),
        # Nouns for things and events are no sources of the broader classes (only person nouns joined the lexicon).
        pytest.param("The flood exposed the weak levees, underscoring the need for repairs.", id="event-noun-participle"),
        pytest.param("The new bridge reflects the mayor's priorities.", id="thing-noun"),
    ],
)
def test_not_a_new_cue(extractor, text):
    assert found(extractor, text) == []


def test_person_noun_classes():
    from annotate.extract.lexicons import HUMAN_NOUNS, KIN_NOUNS, OCCUPATION_NOUNS

    assert {"investors", "objectors", "allies", "wife", "crowd"} <= HUMAN_NOUNS
    assert KIN_NOUNS | OCCUPATION_NOUNS <= HUMAN_NOUNS
    assert not {"bridge", "flood", "meeting", "star", "race"} & HUMAN_NOUNS


@pytest.mark.parametrize(
    "base, forms",
    [
        ("beg", ("begs", "begged", "begging")),
        ("extol", ("extols", "extolled", "extolling")),
        ("infer", ("infers", "inferred", "inferring")),
        ("fight", ("fights", "fought", "fighting")),
        ("agree", ("agrees", "agreed", "agreeing")),
        ("guarantee", ("guarantees", "guaranteed", "guaranteeing")),
        ("vie", ("vies", "vied", "vying")),
        ("say", ("says", "said", "saying")),
    ],
)
def test_verb_forms(base, forms):
    assert verb_forms(base) == (base, *forms)


def test_class_frames():
    assert CLASS_FRAMES["CONJECTURE_29_5"] == ("clause",)
    assert "PERCEPTION_30" not in CLASS_FRAMES  # a filter of the clause frame, not a cue class
