"""Issue 12, session 31 (precision of the clause and quote rules), on real PolNeAR train sentences; each positive fails
on the code before its change (main 319a44b for the first table) and passes after.

- An "according to X" phrase in the middle of a sentence ("C1, according to X, and C2", "C1, according to X - despite
  C2", "because, according to X, C2"): the content was the longer of the two parts around the phrase, often a
  conjunct or an adjunct that X did not say ("has a small three-point lead in Ohio", "despite winning the primary");
  now it is the part that holds the verb the phrase hangs on in the parse (``rules._modified_clause_run``). A phrase
  that leaves one part only ("According to X, C", "C, according to X.") keeps that part, as before."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor  # noqa: F401 - extractor is a fixture

# (text, cue, expected source, expected content, kind, rule)
ACCORDING_CASES = [
    pytest.param(
        "Only one person was killed by a gun last year in Japan, according to the National Police Agency, and there "
        "were only eight reported incidents of a gun being fired.",
        "according to", "the National Police Agency", "Only one person was killed by a gun last year in Japan",
        "according_to", "according_to", id="according-before-conjunct",
    ),
    pytest.param(
        "Trump is lagging behind Clinton by more than nine percentage points, according to the RealClearPolitics "
        "polling average in New Hampshire - despite winning the first-in-the-nation primary there in February.",
        "according to", "the RealClearPolitics polling average in New Hampshire",
        "Trump is lagging behind Clinton by more than nine percentage points",
        "according_to", "according_to", id="according-before-dash-adjunct",
    ),
    pytest.param(
        "Some 59 percent of registered voters view her unfavorably, according to an ABC News-Washington Post poll "
        "last week - virtually the same as Mr. Trump's 60 percent.",
        "according to", "an ABC News-Washington Post poll",
        "Some 59 percent of registered voters view her unfavorably",
        "according_to", "according_to", id="according-before-comparison",
    ),
    pytest.param(
        "Trump went to that debate, and he’ll probably go to the debate on December 15th, because, according to "
        "Trump, the media would call him a “chicken” if he didn’t.",
        "according to", "Trump", "the media would call him a “chicken” if he didn’t",
        "according_to", "according_to", id="according-after-because",
    ),
]

# Phrases that leave one part of the sentence: unchanged.
ACCORDING_KEPT = [
    pytest.param(
        "According to exclusive reports from the convention, anti-Trump delegates were still determined to disrupt "
        "the convention proceedings.",
        "According to", "exclusive reports from the convention",
        "anti-Trump delegates were still determined to disrupt the convention proceedings",
        "according_to", "according_to", id="according-first",
    ),
    pytest.param(
        "Helal, originally from Egypt, was returning to Cairo to see his ailing father, according to Le Courrier "
        "Picard.",
        "according to", "Le Courrier Picard",
        "Helal, originally from Egypt, was returning to Cairo to see his ailing father",
        "according_to", "according_to", id="according-last",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", ACCORDING_CASES + ACCORDING_KEPT)
def test_according_to_part(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)
