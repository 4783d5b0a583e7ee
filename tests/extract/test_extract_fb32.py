"""Issue 12, session 32 (recall where the parse fails a cue verb the rules know), on real PolNeAR train sentences;
each positive fails on the code before its change (main f224f52 for the first table) and passes after.

- A past form tagged as a participle that the parser hung on the sentence's root noun as a modifier, with a finite
  clause after it ("A Qunnipiac University poll found/VBN/acl last week that C"): the verb had no subject, so no
  statement; now the noun is its subject (``subjects._finite_on_root_noun``, :func:`subjects._finite_complement`),
  as for a form tagged VBD / VBZ before. A participle on the root noun with no finite clause after it ("A plan
  announced earlier this year by the White House.") keeps its passive reading.
- "C, S said." whose cue the parser hung on the clause before the comma as a conjunct or an adverbial clause
  (fails on 5e31498): no frame took it; now ``frames.final_cue`` reads it as for a root cue when the cue is a finite
  form (``frames._ATTACHED_FINAL_CUE_DEPS``). The clause's own verb after a comma ("..., he should have insisted on
  getting all imprisoned Americans out") gives no statement.
- "C, S told X." with the listener after the cue (fails on 7b684d7): ``frames.final_cue`` took only time phrases and
  adverbs after the cue; a form of "tell" may have its direct object (the listener) there too.
- A cue verb in a relative clause whose reported clause has the relative pronoun or the modified noun for its subject
  (fails on d636c6c): "which she has repeatedly said was a mistake", "a probe the law enforcement agency said was
  ongoing ...": the complement had no subject, so no statement; now the complement is the content
  (``frames._relative_extraction``). A first-person subject inside a quotation ("something I think will resonate")
  gives no statement. The same when the parser made that complement a finite ``xcomp`` (fails on f5db840: "which
  they say left/xcomp a vacuum ...", ``frames._finite_xcomp``)."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, found  # noqa: F401 - extractor is a fixture

# (text, cue, expected source, expected content, kind, rule)
PARTICIPLE_ON_ROOT_NOUN_CASES = [
    pytest.param(
        "A Qunnipiac University poll found last week that Clinton would beat Trump 46 to 40 percent in a general "
        "election match-up.",
        "found", "A Qunnipiac University poll", "Clinton would beat Trump 46 to 40 percent in a general election match-up",
        "indirect", "said_clause", id="poll-found-that",
    ),
    pytest.param(
        "Two military analysts, Patrick Megahan and Chris Harman, found in 2014 that the Israeli Air Force is the best "
        "in the world.",
        "found", "Two military analysts, Patrick Megahan and Chris Harman",
        "the Israeli Air Force is the best in the world", "indirect", "said_clause", id="analysts-found-in-year-that",
    ),
]


@pytest.mark.parametrize("text, cue, source, content, kind, rule", PARTICIPLE_ON_ROOT_NOUN_CASES)
def test_participle_on_root_noun(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_participle_on_root_noun_without_clause(extractor):
    rows = found(extractor, "A plan announced earlier this year by the White House.")
    assert [row[0] for row in rows] == ["passive_agent"]


FINAL_CUE_ATTACHED_CASES = [
    pytest.param(
        "Nikki Haley should be deported, a provocative headline from the Wall Street Journal editorial board reads in "
        "an article published Wednesday evening.",
        "reads", "a provocative headline from the Wall Street Journal editorial board", "Nikki Haley should be deported",
        "indirect", "clause_said", id="conjunct-reads",
    ),
    pytest.param(
        "The Internet has also made it possible for people with like-minded, if bogus, ideas and theories to organize "
        "into communities and reach others, she said.",
        "said", "she",
        "The Internet has also made it possible for people with like-minded, if bogus, ideas and theories to organize "
        "into communities and reach others",
        "indirect", "clause_said", id="adverbial-said",
    ),
]


@pytest.mark.parametrize("text, cue, source, content, kind, rule", FINAL_CUE_ATTACHED_CASES)
def test_final_cue_attached(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_final_cue_attached_not_a_modal_verb(extractor):
    rows = found(
        extractor,
        "Former Representative Peter Hoekstra, a Michigan Republican who led the House Intelligence Committee, said "
        "that a swap involved difficult trade-offs but that if Mr. Obama opted to make one, he should have insisted "
        "on getting all imprisoned Americans out.",
    )
    assert [row[2] for row in rows] == ["said"]


FINAL_CUE_LISTENER_CASES = [
    pytest.param(
        "This includes a special force to assist Kurdish Peshmerga, Defense Secretary Ash Carter told a Senate panel "
        "Wednesday.",
        "told", "Defense Secretary Ash Carter", "This includes a special force to assist Kurdish Peshmerga",
        "indirect", "clause_said", id="told-panel",
    ),
]


@pytest.mark.parametrize("text, cue, source, content, kind, rule", FINAL_CUE_LISTENER_CASES)
def test_final_cue_listener(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


RELATIVE_EXTRACTION_CASES = [
    pytest.param(
        "Mrs. Clinton's Iraq war vote, which she has repeatedly said was a mistake, was a major factor in her defeat "
        "in the 2008 primary.",
        "has repeatedly said", "she", "was a mistake", "indirect", "said_clause", id="which-she-said",
    ),
    pytest.param(
        "But each release serves as a reminder of the FBI's investigation into the potential intelligence breach — a "
        "probe the law enforcement agency said was ongoing as of earlier this month.",
        "said", "the law enforcement agency", "was ongoing as of earlier this month", "indirect", "said_clause",
        id="noun-agency-said",
    ),
    pytest.param(
        "They are also focused on the administration's drawdown of troops in Iraq, which they say left a vacuum for "
        "terrorist activity to grow.",
        "say", "they", "left a vacuum for terrorist activity to grow", "indirect", "said_clause",
        id="which-they-say-xcomp",
    ),
]


@pytest.mark.parametrize("text, cue, source, content, kind, rule", RELATIVE_EXTRACTION_CASES)
def test_relative_extraction(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_relative_extraction_not_first_person(extractor):
    rows = found(extractor, '"That\'s something I think will resonate with all women," she said in an interview.')
    assert [row[2] for row in rows] == ["said"]
