"""Issue 12, session 27 (recall, second round), on real PolNeAR train sentences whose gold holds the expected content;
each positive fails on the commit before its round (main efe5b46 for the first table, the others named below); the
negative passes before and after.

- A root speech verb whose subject the parser hung elsewhere: a name before a bracketed aside ("Sen. Elizabeth
  Warren (D-MA) said C": the name an apposition in the phrase before it), or a capitalised surname opening the
  sentence that the parser tagged as an adverb ("Jolly said C"). ``subjects._left_name`` (through
  ``subjects._before_brackets``) reads the name past the aside, and the opening word before a past or third-person
  verb (``subjects.OPENING_NAME_TAGS``, ``subjects.FINITE_NAME_VERB_TAGS``). Not an opening adverb before an imperative
  ("Now tell us C").
- A finite cue verb whose subject the parser gave to a participle phrase on that subject, making the participle the
  clause ("Majorities of Democrats in five states going to the polls Tuesday say C": "going" the root, "say" its
  ``dep``; "Republican activists clamoring to block Donald Trump ... say C": "clamoring" the ``csubj``): no
  subject was found. ``subjects._participle_clause_subject`` takes the participle's noun subject (fails on 8de5d89).
- A surname the parser tagged as a base-form verb but kept as the subject ("Trump/VB subsequently defended the
  incident", "Schlafly/VB then discussed X"): ``subjects.agentive`` refused it. ``subjects._verb_tagged_name``
  (``subjects.VERB_TAGGED_NAME_TAGS``) takes a capitalised ``nsubj`` with no children (fails on bfb47ae).
- A root speech verb right after a "who" clause whose noun the parser hung elsewhere ("..., a White House official
  who spoke anonymously to discuss internal strategy said Wednesday, "C"": "official" an apposition; "Sanders,
  meanwhile, who sits at zero such endorsements, said C": the "who" clause the verb's complement with "Sanders" a
  second subject): no subject was found. ``subjects._relative_left_subject`` takes the noun (fails on e7fae05).
- A finite cue verb in a list of the source's acts with no "and", hung on the verb before it as a ``dep`` ("The
  State Department repeatedly obfuscated facts, admitted C", with the text's no-break space, which the parser
  reads otherwise than a space; "Clinton paused, then revealed why C"): no subject was found.
  ``subjects._listed_verb_subject`` takes the subject of the finite verb before it (fails on 90041ae)."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, by_cue, extractor, found, run  # noqa: F401 - extractor is a fixture

# (sentence, cue, expected source, expected content, kind, rule)
LEFT_NAME_CASES = [
    pytest.param(
        "Jolly said he has worked with Republicans and Democrats on legislation that would allow students to renegotiate "
        "their student loan debt under the jurisdiction of a federal bankruptcy judge.",
        "said", "Jolly",
        "he has worked with Republicans and Democrats on legislation that would allow students to renegotiate their "
        "student loan debt under the jurisdiction of a federal bankruptcy judge",
        "indirect", "said_clause", id="opening-name-as-adverb",
    ),
    pytest.param(
        "Saturday at the Massachusetts Democratic state’s party convention Sen. Elizabeth Warren (D-MA) said presumptive "
        "Republican presidential nominee Donald Trump was a “proven failure” in business.",
        "said", "Sen. Elizabeth Warren",
        "presumptive Republican presidential nominee Donald Trump was a “proven failure” in business",
        "indirect", "said_clause", id="name-before-brackets",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", LEFT_NAME_CASES)
def test_left_name_misparsed(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_opening_adverb_before_imperative_is_no_name(extractor):
    """"Now tell us C": the opening adverb of an imperative is no source."""
    text = "Play fair or don't play, boys. Now tell us this isn't a witch hunt of the highest order!"
    assert not [row for row in found(extractor, text) if row[1] == "Now"]


# (sentence, cue, expected source, expected content, kind, rule)
PARTICIPLE_SUBJECT_CASES = [
    pytest.param(
        "Majorities of Democrats in five states going to the polls Tuesday say they would be satisfied with both "
        "candidates as the nominee.",
        "say", "Majorities of Democrats in five states", "they would be satisfied with both candidates as the nominee",
        "indirect", "said_clause", id="participle-root",
    ),
    pytest.param(
        "They’re leaderless, cash-poor and facing an impossibly tight deadline. But Republican activists clamoring to "
        "block Donald Trump from the GOP nomination say they’re suddenly in the midst of a Dump-Trump bump.",
        "say", "Republican activists",
        "they’re suddenly in the midst of a Dump-Trump bump", "indirect", "said_clause", id="participle-csubj",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", PARTICIPLE_SUBJECT_CASES)
def test_subject_given_to_participle(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


# (sentence, cue, expected source, expected content, kind, rule)
VERB_TAGGED_NAME_CASES = [
    pytest.param(
        "Trump subsequently defended the incident, calling the protester “a very obnoxious guy who was a troublemaker and "
        "he was looking to make trouble.”",
        "defended", "Trump", "the incident", "indirect", "verb_object", id="name-as-vb-defended",
    ),
    pytest.param(
        "Schlafly then discussed Trump’s proposed wall and explained its importance.",
        "discussed", "Schlafly", "Trump’s proposed wall", "indirect", "verb_object", id="name-as-vb-discussed",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", VERB_TAGGED_NAME_CASES)
def test_name_tagged_as_verb(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


# (sentence, cue, expected source, expected content, kind, rule)
RELATIVE_LEFT_SUBJECT_CASES = [
    pytest.param(
        "Although there is no such overlap with Sanders's team, a White House official who spoke anonymously to discuss "
        "internal strategy said Wednesday, \"Certainly there are discussions between the White House and the Sanders "
        "campaign.\"",
        "said", "a White House official",
        "Certainly there are discussions between the White House and the Sanders campaign.", "direct", "quote",
        id="who-clause-on-apposition",
    ),
    pytest.param(
        "Sanders, meanwhile, who sits at zero such endorsements, said that fact speaks volumes about which of the two "
        "Democratic presidential candidates is \"prepared to take on the establishment.\"",
        "said", "Sanders",
        "fact speaks volumes about which of the two Democratic presidential candidates is \"prepared to take on the "
        "establishment.\"",
        "mixed", "said_clause", id="who-clause-as-complement",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", RELATIVE_LEFT_SUBJECT_CASES)
def test_who_clause_subject(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


# (sentence, cue, expected source, expected content, kind, rule)
LISTED_VERB_CASES = [
    pytest.param(
        "The State Department repeatedly\u00a0obfuscated facts, admitted it withheld emails, and delayed findings during the "
        "investigation, and it was precisely these revelations that led to increased scrutiny of Clinton’s email server.",
        "admitted", "The State Department", "it withheld emails", "indirect", "said_clause", id="listed-admitted",
    ),
    pytest.param(
        "Clinton paused, then revealed why Smegielski’s activism was especially moving.",
        "revealed", "Clinton", "why Smegielski’s activism was especially moving", "indirect", "said_clause",
        id="listed-revealed",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", LISTED_VERB_CASES)
def test_listed_verb_subject(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)
