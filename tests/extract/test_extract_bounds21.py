"""Content boundaries of ``verb_prep_object`` (issue 12, session 21): a phrase "in/on <occasion, medium or
time>" on the cue verb after the preposition's object is a circumstance of the cue and stays out of the
content, as it does for ``verb_object`` (``extents._circumstance``). Phrases opened by a preposition of
:data:`extents.CIRCUMSTANCE_PREPS` ("during", "throughout") still join it: PolNeAR's gold keeps them there
as often as not. Real PolNeAR train sentences; the first two are gold statements whose content failed Dice
with the circumstance appended."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor  # noqa: F401 - extractor is a fixture

# (sentence, cue, expected source, expected content, kind, rule)
CASES = [
    pytest.param(
        "While presidential candidates Ted Cruz has been asked about a loan from Goldman Sachs and Donald Trump about "
        "bankruptcies in his past (legitimate questions in my mind), a federal subpoena to a foundation where Hillary "
        "Clinton recently served on the board doesn’t even warrant a murmur from Gwen Ifill and Judy Woodruff, two PBS "
        "journalists?",
        "asked about", None, "a loan from Goldman Sachs and Donald Trump about bankruptcies", "indirect",
        "verb_prep_object",
        id="in-his-past",
    ),
    pytest.param(
        "The biggest difference between the two parties is the approach to immigration challenges at home, with Trump "
        "calling for a ban on non-citizen Muslims from entering the country and others supporting an indefinite ban on "
        "Syrian refugees -- and not the Middle Eastern ground battle that's so fiercely debated.",
        "calling for", "Trump", "a ban on non-citizen Muslims", "indirect", "verb_prep_object",
        id="on-a-ban",
    ),
    pytest.param(
        "The New Jersey governor has (finally) moved beyond Bridgegate, allowing his natural skills as a candidate to "
        "shine through. He has focused heavily on New Hampshire throughout the campaign, a smart move given that "
        "Iowa's caucuses have been less than predictive in the past two Republican contests.",
        "focused heavily on", "He", "New Hampshire throughout the campaign", "indirect", "verb_prep_object",
        id="throughout-kept",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "content", "kind", "rule"), CASES)
def test_pattern(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)
