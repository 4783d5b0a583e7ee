"""Issue 12, session 30 (precision: predictions that match no gold), on real PolNeAR train sentences; each positive
fails on the code before its change (main f4f0276 for the first table, de6da71 for the second, 9373fcb for the
third, 3334811 for the fourth, fcac3ff for the fifth, a3283de for the sixth) and passes after.

- An object that stands for no content of its own ("What Beijing can offer is ...", "to what advocates estimated
  were ...", "that bond quickly revealed itself"): ``verb_object`` gave the lone "what" or reflexive pronoun as the
  content; now such an object alone gives no statement (``object_frames._empty_object``). A reflexive with a
  predicate after it ("described himself as a climate change skeptic") keeps its statement.
- A noun of request with "to", "of" or "on" after it ("appeal to religious conservatives", "at the request of police",
  "the demands on the candidates"): ``cue_noun`` took the one asked as the content; now a noun of
  ``noun_lexicons.REQUEST_NOUNS`` takes only a "for" object or a clause ("demands for change" keeps its statement).
- A topic noun with a bare topic after it ("the debate over abortion rights", "the concerns over competitiveness",
  "debate over the weekend"): ``topic_noun`` took the topic as content; now an object of two words at most with no
  possessor gives nothing (``families._bare_topic``). A possessor keeps it ("questions about Sanders's viability").
- "mean" with a subject that is not a person ("Friday's ruling means the law is ... stillborn", "All those factors
  mean that a goal ... remains far out of reach"): ``said_clause`` read an implication as a statement; now "mean"
  is a cue only with a personal pronoun or a name as subject (``frames._personal``; "I mean C" keeps its
  statement).
- "asked on" + an occasion or medium ("Asked on Fox News who leads the party ...", "When asked by Ingraham on Thursday
  about increasing ..."): ``asked_about`` took "Fox News" or "Thursday" as what was asked about; now "on" gives the
  topic only after "pressed" and "questioned", and the "about" phrase after the occasion is read.
- A day read as the object ("Sanders promised Sunday at a Las Vegas rally to end ...", "seized the floor from
  Republicans on Wednesday"): ``verb_object`` and ``verb_prep_object`` took the day as content; days and "today" join
  ``object_frames.EMPTY_OBJECT_WORDS``, and ``verb_prep_object`` drops a lone object of that list too."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, found  # noqa: F401 - extractor is a fixture

# (text, cue): no statement of this cue
EMPTY_OBJECT_CASES = [
    pytest.param(
        "What Beijing can offer is infrastructure loans and investment.", "can offer", id="what-subject-clause",
    ),
    pytest.param(
        "The Child Citizenship Act of 2000 awarded citizenship retroactively to what advocates estimated were more "
        "than 100,000 international adoptees younger than 18 who were already in the country when it went into "
        "effect in February 2001.",
        "estimated", id="what-free-relative",
    ),
    pytest.param(
        "As the young women skated through the 10,000-square-foot park, that bond quickly revealed itself.",
        "revealed", id="reflexive-alone",
    ),
]


@pytest.mark.parametrize("text,cue", EMPTY_OBJECT_CASES)
def test_empty_object_gives_no_statement(extractor, text, cue):
    assert not [row for row in found(extractor, text) if row[2] == cue]


def test_reflexive_with_predicate_keeps_statement(extractor):
    """A reflexive object with a predicate after it is content (passes before and after)."""
    assert_case(
        extractor, "He described himself as a climate change skeptic.", "described", "He",
        "himself as a climate change skeptic", "indirect", "verb_object",
    )


# (text, cue): no statement of this cue
REQUEST_NOUN_CASES = [
    pytest.param(
        "The wild card is Trump, who had shown cross-cutting appeal in polls but who fell short in a state with an "
        "electorate long tailor-made for someone with appeal to religious conservatives.",
        "appeal to", id="appeal-to-audience",
    ),
    pytest.param(
        "About 60 other protesters who had entered the lobby left the hotel at the request of police.",
        "request of", id="request-of-asker",
    ),
    pytest.param(
        "What is almost certain is that the demands on the candidates will grow more exacting.",
        "demands on", id="demands-on-addressee",
    ),
]


@pytest.mark.parametrize("text,cue", REQUEST_NOUN_CASES)
def test_request_noun_addressee_gives_no_statement(extractor, text, cue):
    assert not [row for row in found(extractor, text) if row[2] == cue]


def test_request_noun_for_object_keeps_statement(extractor):
    """A "for" object of a request noun is its content (passes before and after)."""
    assert_case(
        extractor,
        "It could blunt Republicans' generalized demands for change, prompting them to focus on more granular issues, "
        "such as which party can better address wage growth and economic inequality.",
        "demands for", "Republicans", "change", "indirect", "cue_noun",
    )


# (text, cue): no statement of this cue
BARE_TOPIC_CASES = [
    pytest.param(
        "Both sides of the debate over abortion rights agreed on one thing in the wake of Monday's Supreme Court "
        "ruling: Abortion will become an even larger issue in the November elections.",
        "debate over", id="debate-over-topic",
    ),
    pytest.param(
        "If more embraced a carbon tax, they would mitigate many of the concerns over competitiveness.",
        "concerns over", id="concerns-over-topic",
    ),
    pytest.param(
        "Toward the end of the latest Democratic presidential debate over the weekend, she was asked about the rash of "
        "campus protests and whether she would encourage more of them.",
        "debate over", id="debate-over-occasion",
    ),
]


@pytest.mark.parametrize("text,cue", BARE_TOPIC_CASES)
def test_bare_topic_gives_no_statement(extractor, text, cue):
    assert not [row for row in found(extractor, text) if row[2] == cue]


def test_possessed_short_topic_keeps_statement(extractor):
    """A short object with a possessor is content (passes before and after)."""
    text = (
        "Rather than questions about Sanders's viability, Clinton faced questions about what had gone wrong with her "
        "campaign."
    )
    assert ("topic_noun", None, "questions about", "Sanders's viability") in found(extractor, text)


# (text, cue): no statement of this cue
MEAN_CASES = [
    pytest.param("Friday's ruling means the law is, for the moment, stillborn.", "means", id="ruling-means"),
    pytest.param(
        "All those factors mean that a goal established by the governments of the world in 2009 - limiting the "
        "warming of the planet to 3.6 degrees Fahrenheit, or 2 degrees Celsius, above the preindustrial level - "
        "remains far out of reach.",
        "mean", id="factors-mean",
    ),
    pytest.param(
        "The findings underscore the challenge facing Hillary Clinton as she enters the Democratic contest’s pivotal "
        "spring stretch, when primaries across the country mean that many of the party’s voters will finally get "
        "their say on her candidacy.",
        "mean", id="primaries-mean",
    ),
]


@pytest.mark.parametrize("text,cue", MEAN_CASES)
def test_mean_without_person_gives_no_statement(extractor, text, cue):
    assert not [row for row in found(extractor, text) if row[2] == cue]


def test_mean_with_person_keeps_statement(extractor):
    """"I mean C" keeps its statement (passes before and after)."""
    text = (
        "(By plausible, I mean that someone who is not directly related to them could listen to the case and not laugh "
        "out loud.)"
    )
    assert [row for row in found(extractor, text) if row[1] == "I" and row[2] == "mean"]


def test_asked_on_medium_gives_no_topic(extractor):
    rows = found(extractor, "Asked on Fox News who leads the party in his view, he said Ryan.")
    assert not [row for row in rows if row[0] == "asked_about"]


def test_asked_on_occasion_then_about(extractor):
    text = (
        "When asked by Ingraham on Thursday about increasing the number of foreign workers in the United States, Cruz "
        "said: \"I don't believe that's a good idea.\""
    )
    assert_case(
        extractor, text, "asked by Ingraham on Thursday about", "Ingraham",
        "increasing the number of foreign workers in the United States", "indirect", "asked_about",
    )


DAY_OBJECT_CASES = [
    pytest.param(
        "Sanders promised Sunday at a Las Vegas rally to end “the excessively wasteful $18 million deportation "
        "regime.”",
        "promised", id="promised-sunday",
    ),
    pytest.param(
        "House Democrats, looking for a way to shake up the conversation on gun control, seized the floor from "
        "Republicans on Wednesday and said they would refuse to leave until they got a vote on gun-control measures.",
        "seized the floor from Republicans on", id="seized-on-wednesday",
    ),
]


@pytest.mark.parametrize("text,cue", DAY_OBJECT_CASES)
def test_day_object_gives_no_statement(extractor, text, cue):
    assert not [row for row in found(extractor, text) if row[2] == cue]
