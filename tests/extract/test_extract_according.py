""""According to S, C", "as reported by S", "In a statement, C", "reportedly".

Tests on real sentences and articles from the seeds and PolNeAR dev."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor  # noqa: F401 - extractor is a fixture

# (sentence, cue, expected source, expected content, kind, rule) -- real sentences, seeds then PolNeAR.
CASES = [
    pytest.param(
        "According to reports by Walla and Yedioth Aharanoth on Tuesday morning, Ronen Bar, director of the Shin Bet "
        "agency, flew to Turkey over the weekend to meet with Ibrahim Kalin.",
        "According to", "reports by Walla and Yedioth Aharanoth on Tuesday morning",
        "Ronen Bar, director of the Shin Bet agency, flew to Turkey over the weekend to meet with Ibrahim Kalin",
        "according_to", "according_to", id="according-to-first",
        marks=pytest.mark.xfail(reason="spaCy attaches 'on Tuesday morning' to the content clause, not the source", strict=True),
    ),
    pytest.param(
        "This assault resulted in approximately 1,200 fatalities and the capture of around 250 hostages, according to "
        "Israeli reports.",
        "according to", "Israeli reports",
        "This assault resulted in approximately 1,200 fatalities and the capture of around 250 hostages",
        "according_to", "according_to", id="according-to-last",
    ),
    pytest.param(
        "The primary focus of their discussions centered on negotiations for a ceasefire in Gaza, as reported by "
        "Turkey's state broadcaster TRT.",
        "as reported by", "Turkey's state broadcaster TRT",
        "The primary focus of their discussions centered on negotiations for a ceasefire in Gaza",
        "according_to", "as_reported_by", id="as-reported-by",
    ),
    pytest.param(
        "Shin Bet chief Ronen Bar reportedly visited Turkey, meeting with his Turkish counterpart in an effort to "
        "pressure Hamas to return to the negotiating table.",
        "reportedly", None,
        "Shin Bet chief Ronen Bar reportedly visited Turkey, meeting with his Turkish counterpart in an effort to "
        "pressure Hamas to return to the negotiating table",
        "indirect", "reportedly", id="bare-reportedly",
    ),
    pytest.param(
        "According to The Times of Israel, citing an Arab official, the discussion focused on the Gaza ceasefire, the "
        "resumption of hostage negotiations, and Türkiye’s potential role in facilitating these processes.",
        "According to The Times of Israel, citing", "an Arab official",
        "the discussion focused on the Gaza ceasefire, the resumption of hostage negotiations, and Türkiye’s potential "
        "role in facilitating these processes",
        "according_to", "according_to", id="according-to-citing",
    ),
    pytest.param(
        "In this poll, Trump rose 1 percentage point since Monday’s debate while Clinton fell by the same margin.",
        "In", "this poll", "Trump rose 1 percentage point since Monday’s debate while Clinton fell by the same margin",
        "according_to", "in_document", id="in-document-poll",
    ),
    pytest.param(
        "As a reality TV boss on “The Apprentice,” Donald Trump repeatedly demeaned women with sexist language, "
        "according to show insiders.",
        "according to", "show insiders",
        "As a reality TV boss on “The Apprentice,” Donald Trump repeatedly demeaned women with sexist language",
        "according_to", "according_to", id="according-to-misparsed-source",
    ),
]


@pytest.mark.parametrize("text, cue, source, content, kind, rule", CASES)
def test_pattern(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)
