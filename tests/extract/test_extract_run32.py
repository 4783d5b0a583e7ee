"""Issue 12, session 32 (quotations next to reported statements), on real PolNeAR train sentences; each positive
fails on the code before its change (main 24504d8 for the first table) and passes after.

- A quotation closing the paragraph right after the sentence end of a reported statement
  (``attach._reported_sentence_before``): "Sanders said he's staying in the race until the convention. "Let me be
  as clear as I can be: ..."" left the quotation with no statement (a carried-over quotation was read only when it
  opened its paragraph); the reported statement now runs on to the quotation's end as one mixed statement, as
  PolNeAR's gold mostly holds both. Negatives that pass before and after: a sentence between the statement and
  the quotation, and a quotation that does not close its paragraph."""

from __future__ import annotations

import pytest

from extract_helpers import found, extractor  # noqa: F401 - extractor is a fixture

# (text, (rule, source, cue, content) of the statement that runs on to the quotation)
SENTENCE_RUN_ON_CASES = [
    pytest.param(
        "Then he promised that he's staying in the race until the convention. \"Let me be as clear as I can be: "
        "We are in till the last ballot is cast!\"",
        ("said_clause", "he", "promised",
         "he's staying in the race until the convention. \"Let me be as clear as I can be: We are in till the last "
         "ballot is cast!\""),
        id="said-clause",
    ),
    pytest.param(
        "Roloson supports Democrat Hillary Clinton in the presidential race. \"I'm a college graduate, but I have "
        "student loans, and I don't have a great job.\"",
        ("verb_object", "Roloson", "supports",
         "Democrat Hillary Clinton in the presidential race. \"I'm a college graduate, but I have student loans, and "
         "I don't have a great job.\""),
        id="verb-object",
    ),
]


@pytest.mark.parametrize("text,expected", SENTENCE_RUN_ON_CASES)
def test_quotation_after_reported_sentence(extractor, text, expected):
    assert expected in found(extractor, text)


# (text, the reported statement's content, which stays as it is)
SENTENCE_APART_CASES = [
    pytest.param(
        "Then he promised that he's staying in the race until the convention. The crowd cheered. \"Let me be as "
        "clear as I can be: We are in till the last ballot is cast!\"",
        "he's staying in the race until the convention", id="sentence-between",
    ),
    pytest.param(
        "Then he promised that he's staying in the race until the convention. \"Let me be as clear as I can be: "
        "We are in till the last ballot is cast!\" The crowd cheered.",
        "he's staying in the race until the convention", id="quotation-not-closing",
    ),
]


@pytest.mark.parametrize("text,content", SENTENCE_APART_CASES)
def test_quotation_after_reported_sentence_apart(extractor, text, content):
    rows = found(extractor, text)
    assert [row for row in rows if row[2] == "promised"][0][3] == content
