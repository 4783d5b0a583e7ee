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
