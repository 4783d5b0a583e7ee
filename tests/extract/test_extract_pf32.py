"""Issue 12, session 32 (missing and refused subjects, second pass), on real PolNeAR train sentences; each positive
fails on the code before its change (main 24504d8) and passes after.

- "Asked at OCCASION about C, S said ...": ``asked_about`` took the object of an "about" phrase on the participle
  only, so where the parser hung "about" inside the occasion phrase ("at a briefing Monday in Washington about C",
  "at the business conference about C") the question was lost; now an "about" phrase reached from the participle
  through prepositions and their objects is read too (``families._occasion_about``). An "about" phrase on the
  participle itself ("Asked about it after a Republican debate") keeps its statement.
- "Having VBN C, S ..." / "S ..., having VBN C": a past participle after "having" heading an adverbial clause got no
  subject (only "-ing" forms and the listed participle cues climbed to the clause they hang from), so no statement;
  now it is read as a participle (``frames._perfect_participle``) and its source is the main clause's subject."""

from __future__ import annotations

import pytest

from extract_helpers import found, extractor  # noqa: F401 - extractor is a fixture

# (text, the asked_about statement as (rule, source, cue, content))
OCCASION_ABOUT_CASES = [
    pytest.param(
        "Asked at a briefing Monday in Washington about Suu Kyi's future role, White House press secretary Josh "
        "Earnest said the 1991 Nobel Peace laureate would be a key figure.",
        ("asked_about", None, "Asked at a briefing Monday in Washington about", "Suu Kyi's future role"),
        id="asked-at-briefing-in-place-about",
    ),
    pytest.param(
        "When asked at the business conference about the merger, she defended her decision to press ahead.",
        ("asked_about", None, "asked at the business conference about", "the merger"),
        id="when-asked-at-conference-about",
    ),
]


@pytest.mark.parametrize("text,expected", OCCASION_ABOUT_CASES)
def test_asked_about_inside_occasion(extractor, text, expected):
    assert expected in found(extractor, text)


def test_asked_about_on_the_participle_kept(extractor):
    text = "Asked about it after a Republican debate, Trump told CNN that he believed Fields had fabricated the story."
    assert ("asked_about", None, "Asked about", "it") in found(extractor, text)


# (text, the statement as (rule, source, cue, content))
PERFECT_PARTICIPLE_CASES = [
    pytest.param(
        "Having announced that he would not send me to prison, Judge Berman proceeded to hand down his sentence.",
        ("participle", "Judge Berman", "Having announced", "he would not send me to prison"),
        id="having-announced-fronted",
    ),
    pytest.param(
        'For instance: That Clinton also misjudged Syrian President Bashar Assad, having referred to him as a '
        '"reformer."',
        ("verb_prep_object", "Clinton", "referred to", 'him as a "reformer."'),
        id="having-referred-trailing",
    ),
]


@pytest.mark.parametrize("text,expected", PERFECT_PARTICIPLE_CASES)
def test_perfect_participle_takes_the_clause_subject(extractor, text, expected):
    assert expected in found(extractor, text)
