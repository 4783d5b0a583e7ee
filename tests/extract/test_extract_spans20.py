"""Source and content spans of statements the extractor finds, session 20 (issue 12, helper `spans`): table
tests with made-up news sentences, positives and negatives. Figures per round: docs/experiments-extraction.md,
"Rounds (spans, session 20)"; user docs: docs/extraction-spans.md."""

from __future__ import annotations

import pytest

from extract_helpers import extractor, found  # noqa: F401 - extractor is a fixture


# --- "according to X" reports the whole attribution, whatever the inner statement's frame -----------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            'On Monday, the governor said he was "glad to see" that the bill passed, according to The Daily Herald.',
            ("according_to", "The Daily Herald", "according to", 'On Monday, the governor said he was "glad to see" that the bill passed'),
            id="said-clause-runs-into-according",
        ),
        pytest.param(
            "“Voters should be able to choose freely,” Walker said, according to an Associated Press account.",
            ("according_to", "an Associated Press account", "according to", "Voters should be able to choose freely,” Walker said"),
            id="quote-said-according",
        ),
        pytest.param(
            "“I will be voting in March,” Welch said, according to a local radio station. “And I have decided to vote for the senator.”",
            (
                "according_to", "a local radio station", "according to",
                "I will be voting in March,” Welch said, according to a local radio station. “And I have decided to vote for the senator",
            ),
            id="split-quote-according",
        ),
    ],
)
def test_according_to_replaces_the_statement_it_reports(extractor, text, expected):
    assert found(extractor, text) == [expected]


def test_a_quotation_begun_in_an_earlier_sentence_stays_the_speakers(extractor):
    # The outlet only relays the official's two sentences (the seeds gold gives it as the "via").
    text = "“The talks are going well. Claims that they collapsed do not reflect reality,” the official said, according to a newspaper."
    assert found(extractor, text) == [
        ("quote", "the official", "said", "The talks are going well. Claims that they collapsed do not reflect reality"),
    ]


# --- a verb cue around a whole speech statement is the outer attribution -----------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            'During his two terms, the governor said, most residents have come to believe "that the river is cleaner than ever '
            'and that we should keep it that way."',
            (
                "parenthetical", "the governor", "said",
                'During his two terms, the governor said, most residents have come to believe "that the river is cleaner than ever '
                'and that we should keep it that way."',
            ),
            id="parenthetical-around-believe",
        ),
        pytest.param(
            "The mayor is also urging his supporters at a rally on Friday in Ohio to ask why the council did not act.",
            ("verb_object", "The mayor", "is also urging", "his supporters at a rally on Friday in Ohio to ask why the council did not act"),
            id="urging-around-ask",
        ),
    ],
)
def test_the_outer_verb_cue_replaces_the_statement_it_holds(extractor, text, expected):
    assert found(extractor, text) == [expected]


def test_a_statement_in_a_relative_clause_of_the_outer_content_stays(extractor):
    # "which he said ...": a modifier inside the object, annotated on its own (PolNeAR gives both).
    text = "He attacked other candidates for taking his donations, which he said were tied to favors."
    assert found(extractor, text) == [
        ("verb_object", "He", "attacked", "other candidates for taking his donations, which he said were tied to favors"),
        ("said_clause", "he", "said", "were tied to favors"),
    ]


# --- an object's content takes the prepositional phrases after it, not the cue's circumstances -------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "The union backed the strike in all three plants.",
            [("verb_object", "The union", "backed", "the strike in all three plants")],
            id="scope-in",
        ),
        pytest.param(
            "Officials blamed the outage on the storm.",
            [("verb_object", "Officials", "blamed", "the outage on the storm")],
            id="blamed-on",
        ),
        pytest.param(
            "The retailer reported its smallest profit in 17 years.",
            [("verb_object", "The retailer", "reported", "its smallest profit in 17 years")],
            id="a-measured-stretch-of-time",
        ),
        pytest.param(
            "The mayor praised the new plan during the council meeting on Tuesday.",
            [("verb_object", "The mayor", "praised", "the new plan")],
            id="not-time",
        ),
        pytest.param(
            "The governor attacked the proposal in an interview on Sunday.",
            [("verb_object", "The governor", "attacked", "the proposal")],
            id="not-occasion",
        ),
        pytest.param("Many workers find themselves in the middle of the dispute.", [], id="an-adjunct-is-no-predicate"),
    ],
)
def test_object_content_and_its_prepositional_phrases(extractor, text, expected):
    assert found(extractor, text) == expected
