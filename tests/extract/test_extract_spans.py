"""Source and content spans of statements the extractor finds (issue 12, helper `spans`): table tests with
made-up news sentences, positives and negatives. Figures per round: docs/experiments-extraction.md,
"Rounds (spans, session 19)"."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from annotate.extract.rules import verb_cues
from extract_helpers import extractor, run  # noqa: F401 - extractor is a fixture


def found(extractor, text):
    return [(s.rule, s.source.text if s.source else None, s.content.text) for s in run(extractor, text)]


# --- "according to X" reports a whole attribution: X is the source ---------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Most voters said they would back the measure, according to a new poll by Gallup.",
            ("according_to", "a new poll by Gallup", "Most voters said they would back the measure"),
            id="poll-after",
        ),
        pytest.param(
            "According to the senator, the mayor said the deal was dead.",
            ("according_to", "the senator", "the mayor said the deal was dead"),
            id="according-before",
        ),
        pytest.param(
            "The mayor said the deal was dead, according to two people who attended the meeting.",
            ("according_to", "two people", "The mayor said the deal was dead"),
            id="people-after",
        ),
        pytest.param(
            "According to the report, the agency found that the dam was unsafe.",
            ("according_to", "the report", "the agency found that the dam was unsafe"),
            id="report-finding",
        ),
    ],
)
def test_according_to_is_the_outer_attribution(extractor, text, expected):
    assert found(extractor, text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "The mayor said the deal was dead. According to the senator, talks resumed on Friday.",
            [
                ("said_clause", "The mayor", "the deal was dead"),
                ("according_to", "the senator", "talks resumed on Friday"),
            ],
            id="other-sentence",
        ),
        pytest.param(
            "The mayor said the deal, which was announced according to plan, was dead.",
            [("said_clause", "The mayor", "the deal, which was announced according to plan, was dead")],
            id="according-to-plan",
        ),
    ],
)
def test_according_to_leaves_other_statements(extractor, text, expected):
    assert found(extractor, text) == expected


# --- a comma closed inside a quotation ends the content before a second attribution -----------------

def _misparsed_doc(extractor):
    """'Smith admitted that the fees could be termed "vote buying," The Globe reported.' parsed as the parser
    sometimes does on such sentences: "reported" hangs as a clause modifier of the quoted noun, so the
    content clause of "admitted" runs on over the second attribution."""
    words = ["Smith", "admitted", "that", "the", "fees", "could", "be", "termed", '"', "vote", "buying",
             ",", '"', "The", "Globe", "reported", "."]
    spaces = [True, True, True, True, True, True, True, True, False, True, False, False, True, True, True, False, False]
    tags = ["NNP", "VBD", "IN", "DT", "NNS", "MD", "VB", "VBN", "``", "NN", "NN", ",", "''", "DT", "NNP", "VBD", "."]
    heads = [1, 1, 7, 4, 7, 7, 7, 1, 10, 10, 7, 10, 10, 14, 15, 10, 1]
    deps = ["nsubj", "ROOT", "mark", "det", "nsubjpass", "aux", "auxpass", "ccomp", "punct", "compound", "oprd",
            "punct", "punct", "det", "nsubj", "acl", "punct"]
    return Doc(extractor.nlp.vocab, words=words, spaces=spaces, tags=tags, heads=heads, deps=deps)


def test_quote_comma_ends_the_content(extractor):
    doc = _misparsed_doc(extractor)
    text = doc.text
    rows = [(text[c.source[0]:c.source[1]], text[c.content[0]:c.content[1]]) for c in verb_cues(doc, 0) if c.rule == "said_clause"]
    assert rows == [("Smith", 'the fees could be termed "vote buying')]


def test_quote_without_comma_runs_on(extractor):
    """Negative: a quoted word closed without a comma is inside the clause, which runs on to its end."""
    assert found(extractor, 'The mayor said the plan was "dead" and that the council would vote again.') == [
        ("said_clause", "The mayor", 'the plan was "dead" and that the council would vote again'),
    ]


# --- the subject of a passive cue is spoken of or to, not the source: the "by" agent or none ----------

@pytest.mark.parametrize(
    "text, rule, source, content",
    [
        pytest.param("The former mayor was accused of taking bribes from developers.", "verb_prep_object", None,
                     "taking bribes from developers", id="accused-of"),
        pytest.param("Reporters were told that the meeting had been cancelled.", "said_clause", None,
                     "the meeting had been cancelled", id="were-told"),
        pytest.param("The former mayor was criticized by the council for skipping the hearings.", "verb_prep_object",
                     "the council", "skipping the hearings", id="by-agent"),
        pytest.param("The mayor accused the council of taking bribes.", "verb_object", "The mayor",
                     "the council of taking bribes", id="active-keeps-subject"),
    ],
)
def test_passive_subject_is_not_the_source(extractor, text, rule, source, content):
    assert (rule, source, content) in found(extractor, text)
