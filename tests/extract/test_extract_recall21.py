"""Indirect statements the rules missed on PolNeAR train (issue 12, session 21): a subject the parser hung
before a root cue verb (``subjects._left_segment``), publishing verbs with their object (``PUBLISH_OBJECT_VERBS``),
to-infinitive cues up a control chain (``subjects._infinitive_subject``), participles on a noun
(``subjects._cue_subject``), "-ing" objects of object verbs parsed as xcomp (``object_frames._gerund_object``), reduced
passive relatives with a "by" agent (``families.passive_agent``) and
"Asked what C" tagged as a past tense (``rules.inquiry``). Real PolNeAR train sentences whose gold holds the
statement; each positive fails on the code before these rounds."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, found  # noqa: F401 - extractor is a fixture

# (sentence, cue, expected source, expected content, kind, rule)
CASES = [
    pytest.param(
        "About 4 in 10 say they want the next president to have more liberal policies.",
        "say", "About 4 in 10", "they want the next president to have more liberal policies", "indirect", "said_clause",
        id="left-segment-number",
    ),
    pytest.param(
        "According to early results of exit polls conducted for the Associated Press and television networks by Edison "
        "Research, majorities of Republican primary voters in all five states say they feel betrayed by politicians from "
        "the Republican Party.",
        "say", "majorities of Republican primary voters in all five states",
        "they feel betrayed by politicians from the Republican Party", "indirect", "said_clause",
        id="left-segment-after-according-to",
    ),
    pytest.param(
        "Addressing about 100 committee members at the spring meeting here, many of them deeply skeptical about Mr. "
        "Trump's candidacy, the campaign chief, Paul Manafort, bluntly suggested that the candidate's incendiary style "
        "amounted to an act.",
        "suggested", "Paul Manafort", "the candidate's incendiary style amounted to an act", "indirect", "said_clause",
        id="left-segment-apposition",
    ),
    pytest.param(
        "In a string of new radio ads announced Wednesday, Trump and his supporters talk about the candidate's plan to "
        "strengthen the military and to defeat the Islamic State.",
        "talk about", "Trump and his supporters",
        "the candidate's plan to strengthen the military and to defeat the Islamic State", "indirect", "verb_prep_object",
        id="left-segment-clause-verb",
    ),
    pytest.param(
        "Real estate mogul and reality television star Donald Trump on Sunday tweeted a chart of racist and wildly "
        "inaccurate crime statistics, just a day after supporters physically assaulted a Black Lives Matter protester at "
        "one of his rallies.",
        "tweeted", "Real estate mogul and reality television star Donald Trump",
        "a chart of racist and wildly inaccurate crime statistics", "indirect", "verb_object",
        id="publish-tweeted-object",
    ),
    pytest.param(
        "He has also attempted to provoke his critics by selling prints of his painting of a Confederate flag, calling "
        "President Barack Obama an “ignorant baboon” and tweeting a photo of Martin’s body.",
        "tweeting", "He", "a photo of Martin’s body", "indirect", "verb_object",
        id="publish-tweeting-participle",
    ),
    pytest.param(
        "Indeed, while Trump, Ryan and RNC Chairman Reince Priebus have spent the last week trying to tell the country "
        "that there’s nothing to see here, there is, in fact, still plenty to see.",
        "to tell", "Trump, Ryan and RNC Chairman Reince Priebus",
        "there’s nothing to see here", "indirect", "said_clause",
        id="infinitive-up-a-chain",
    ),
    pytest.param(
        "House speaker laying out an alternative agenda in case G.O.P. unity shatters.",
        "laying out", "House speaker", "an alternative agenda in case G.O.P. unity shatters", "indirect", "verb_object",
        id="participle-on-a-noun",
    ),
    pytest.param(
        "The United States has been lobbying Asian and other countries to back the judges’ statement that their ruling "
        "must be binding, a call echoed by Japan on Saturday.",
        "echoed by", "Japan", "a call", "indirect", "passive_agent",
        id="reduced-relative-echoed-by",
    ),
    pytest.param(
        "The Obama administration allowed some states to combine those categories when reporting data, a practice "
        "criticized by Miller and some civil rights advocates.",
        "criticized by", "Miller and some civil rights advocates", "a practice", "indirect", "passive_agent",
        id="reduced-relative-criticized-by",
    ),
    pytest.param(
        "Presidential candidate Ben Carson suggests reducing government regulations as a step toward reducing poverty in "
        "places like Cincinnati.",
        "suggests", "Presidential candidate Ben Carson",
        "reducing government regulations as a step toward reducing poverty in places like Cincinnati", "indirect",
        "verb_xcomp", id="gerund-object-suggests",
    ),
    pytest.param(
        "Mr. Trump reported raising and spending about $9 million during the month, most of it money he lent to his "
        "campaign.",
        "reported", "Mr. Trump", "raising and spending about $9 million during the month", "indirect", "verb_xcomp",
        id="gerund-object-reported",
    ),
    pytest.param(
        "Asked what a firm commitment looks like, Devine replied: “We are a long way off from that.”",
        "Asked", None, "what a firm commitment looks like", "indirect", "inquiry",
        id="asked-what-tagged-past",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "content", "kind", "rule"), CASES)
def test_pattern(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_authorship_is_no_reduced_relative(extractor):
    # PolNeAR train: "a book written by X" is authorship, not an attribution (no gold there).
    text = (
        "As POLITICO revealed, most of the payments for books were to purchase copies of a book written by the super "
        "PAC’s chairman, John Philip Sousa IV, which were to be distributed to the committee’s field staff."
    )
    assert [f for f in found(extractor, text) if f[0] == "passive_agent"] == []


def test_left_segment_needs_a_noun_phrase(extractor):
    # A verb phrase before the subjectless verb is no source ("Mr. Slinker, whose latest start-up, Paradata, uses big
    # data ..., said C" keeps the parse's reading; the phrase between the commas has a verb).
    from annotate.extract.subjects import _left_segment

    doc = extractor.nlp("Friday, Texas, leading a coalition of 13 states, asked a federal judge to block the rules.")
    verb = next(t for t in doc if t.text == "asked")
    assert _left_segment(verb) == []
