"""Issue 12, session 31 (quotation recall), on real PolNeAR train sentences; each positive fails on the code before
its change (main 319a44b for the first table, 317564e for the second, f13f071 for the third, 620ec2d for the
fourth, 0de61d0 for the fifth) and passes after.

- A clause ending in a colon before a quotation that does not open with its subject and verb ("... snark— Cruz
  called them on it: “Q”", "Reid said ..., but he gave the Texan a back-handed compliment: "Q"", "Cruz said as the
  heckler yelled: "Q""): ``quote_anchors.before_colon`` reads the subject and verb from token order at the start
  of the clause or after a comma only, so the quotation went unattributed or to the wrong verb; now, failing
  that, ``quote_anchors._parsed_colon_clause`` climbs the parse from the word before the colon to the first finite
  verb of the clause with an agentive subject before it. A quoted title before the colon ('"X leaves Y," by
  Times' Z: "Q"') is no clause of its own (negative, passes before and after).
- A reported clause before a sentence-final cue ("C, S said.") that holds a short quoted phrase ('Those who do take
  on heavy debt struggle, even with a "good" job, he said.'): ``frames._clause_before_final_cue`` refused any quote
  mark in the clause, and the quote rules take no scare quote, so nothing was found; now only a clause that opens or
  ends on a quote mark is refused ('"Q," he said.' stays the quote rules' own, negative).
- The colon clause of the first table whose nearest finite verb has no subject of its own ("Lynch, who told Congress
  when asked last month about the email inquiry: "Q"", "S said that given the crop of candidates on both sides:"
  before a quoted paragraph): ``_parsed_colon_clause`` stopped there; now it climbs on past a verb with no subject
  to the first one that has one.
- The same colon clause whose verb is a base form under a modal ("a choked-up Jeb Bush could not bring himself to
  utter: ''Q''", "they will hold banners proclaiming: "Q""): it counts as the clause's finite verb
  (``quote_anchors._finite_verb``).
- The same colon clause whose subject is a noun outside the agentive lexicon ("A footnote in the report makes that
  clear: "Q"", "Giant screens hanging over the arena glittered with ... a three-word proclamation: ''Q''"): any
  noun subject counts there, but not across a spaced dash after the verb, where a name label signs a rubric
  ("Media shares blame in Iowa poll overhype - HuffPollster: "Q"", negative, passes before and after)."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, found, run  # noqa: F401 - extractor is a fixture

# (text, cue, expected source, expected content, kind, rule)
PARSED_COLON_CASES = [
    pytest.param(
        "That is, when the CNBC moderators yielded to the snaky temptation of snark—and Lordy, do we know how tempting "
        "that can be!— Cruz called them on it:\n\n“The questions asked in this debate illustrate why the American "
        "people don’t trust the media.”",
        "called", "Cruz",
        "The questions asked in this debate illustrate why the American people don’t trust the media.",
        "direct", "quote", id="colon-after-dash",
    ),
    pytest.param(
        "\"It shows a lack of character in my opinion.\" Reid said both Rubio and Cruz are \"non-entities in the "
        "Senate,\" but he gave the Texan a back-handed compliment: \"You never have to guess where he is. He's not "
        "winning personality contests here.\"",
        "gave", "he",
        "You never have to guess where he is. He's not winning personality contests here.",
        "direct", "quote", id="colon-second-clause",
    ),
    pytest.param(
        "\"Apparently there's a young man who's having some problems,\" Cruz said as the heckler yelled: \"You suck!\"",
        "yelled", "the heckler", "You suck!", "direct", "quote", id="colon-adverbial-clause",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", PARSED_COLON_CASES)
def test_parsed_colon_clause(extractor, text, cue, source, content, kind, rule):
    rows = [(s.rule, s.source.text if s.source else None, s.cue.text if s.cue else None, s.content.text, s.kind)
            for s in run(extractor, text)]
    assert (rule, source, cue, content, kind) in rows


def test_quoted_title_before_colon_not_a_clause(extractor):
    """The verb of a quoted headline before a colon gives the quotation after it no speaker."""
    text = (
        "—\"Sam Mendes leaves ‘Chocolate Factory’ on its way to Broadway,\" by Times' Michael Paulson: \"Sam Mendes is "
        "withdrawing as the director of the Broadway-bound musical.\""
    )
    assert not [row for row in found(extractor, text) if row[0] == "quote"]


# (text, cue, expected source, expected content, kind, rule)
QUOTED_PHRASE_BEFORE_FINAL_CUE_CASES = [
    pytest.param(
        'Those who do take on heavy debt struggle, even with a "good" job, he said.',
        "said", "he", 'Those who do take on heavy debt struggle, even with a "good" job', "indirect", "clause_said",
        id="scare-quote-inside",
    ),
    pytest.param(
        'So are a "small handful" of companies who usually sponsor the event, Gilbert said.',
        "said", "Gilbert", 'So are a "small handful" of companies who usually sponsor the event', "indirect",
        "clause_said",
        id="scare-quote-subject",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", QUOTED_PHRASE_BEFORE_FINAL_CUE_CASES)
def test_quoted_phrase_before_final_cue(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_quotation_before_final_cue_stays_quote(extractor):
    """A quotation that is the whole clause before the cue stays the quote rule's statement."""
    rows = found(extractor, '"We are going to win this state and we are going to win it big," Trump said.')
    assert [row[0] for row in rows if row[2] == "said"] == ["quote"]


# (text, cue, expected source, expected content, kind, rule)
SUBJECTLESS_VERB_BEFORE_COLON_CASES = [
    pytest.param(
        "Any decision to charge someone would involve Attorney General Loretta E. Lynch,  who told Congress when asked "
        "last month about the email inquiry: \"That matter is being handled by career independent law enforcement "
        "agents.\"",
        "told", "who", "That matter is being handled by career independent law enforcement agents.", "direct",
        "quote", id="when-asked-before-colon",
    ),
    pytest.param(
        "81-year-old Parker Eaton, a nominal Republican who voted for JFK and Bill Clinton, said that given the crop "
        "of candidates on both sides:\n\n\"There’s only one: Trump. The reason why, in my opinion: He spends his own "
        "money.\"",
        "said", "81-year-old Parker Eaton, a nominal Republican who voted for JFK and Bill Clinton",
        "There’s only one: Trump. The reason why, in my opinion: He spends his own money.", "direct", "quote",
        id="subjectless-clause-before-colon",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", SUBJECTLESS_VERB_BEFORE_COLON_CASES)
def test_subjectless_verb_before_colon(extractor, text, cue, source, content, kind, rule):
    rows = [(s.rule, s.source.text if s.source else None, s.cue.text if s.cue else None, s.content.text, s.kind)
            for s in run(extractor, text)]
    assert (rule, source, cue, content, kind) in rows


# (text, cue, expected source, expected content, kind, rule)
MODAL_VERB_BEFORE_COLON_CASES = [
    pytest.param(
        "In his emotional seven-minute farewell to a Republican Party that elevated his father and brother to the "
        "White House, there were two words that a choked-up Jeb Bush could not bring himself to utter: "
        "''Donald Trump.''",
        "bring", "a choked-up Jeb Bush", "Donald Trump.", "direct", "quote", id="could-not-bring-himself",
    ),
    pytest.param(
        "In a riff on his famous campaign line, they will hold banners proclaiming: “Yes we can – Stop TTIP!”",
        "hold", "they", "Yes we can – Stop TTIP!", "direct", "quote", id="will-hold-banners",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", MODAL_VERB_BEFORE_COLON_CASES)
def test_modal_verb_before_colon(extractor, text, cue, source, content, kind, rule):
    rows = [(s.rule, s.source.text if s.source else None, s.cue.text if s.cue else None, s.content.text, s.kind)
            for s in run(extractor, text)]
    assert (rule, source, cue, content, kind) in rows


# (text, cue, expected source, expected content, kind, rule)
NOUN_SUBJECT_BEFORE_COLON_CASES = [
    pytest.param(
        "Gowdy referenced a 2015 inspector general's report concerning poor e-mail retention at the State Department. "
        "A footnote in the report makes that clear: \"These assessments do not apply to the system used by the "
        "Department's high-level principals.\"",
        "makes", "A footnote in the report",
        "These assessments do not apply to the system used by the Department's high-level principals.", "direct",
        "quote", id="document-noun",
    ),
    pytest.param(
        "Giant screens hanging over the arena glittered with an animation of gold fireworks and a three-word "
        "proclamation: ''Over the Top.''",
        "glittered", "Giant screens", "Over the Top.", "direct", "quote", id="thing-noun",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", NOUN_SUBJECT_BEFORE_COLON_CASES)
def test_noun_subject_before_colon(extractor, text, cue, source, content, kind, rule):
    rows = [(s.rule, s.source.text if s.source else None, s.cue.text if s.cue else None, s.content.text, s.kind)
            for s in run(extractor, text)]
    assert (rule, source, cue, content, kind) in rows


def test_rubric_signed_after_dash_not_a_clause(extractor):
    """A headline rubric signed by a name label after a dash gives its verb's subject no quotation."""
    text = (
        "Media shares blame in Iowa poll overhype - HuffPollster: “Pollsters are taking a lot of heat from the public "
        "and the media for not anticipating Sen. Ted Cruz’s victory in Monday night’s Iowa caucus.”"
    )
    assert not [row for row in found(extractor, text) if row[1] == "Media shares"]
