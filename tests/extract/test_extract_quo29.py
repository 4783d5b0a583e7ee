"""Issue 12, session 29 (quotations and their speakers), on real PolNeAR train sentences; each positive fails on the
code before its change (main e00b972 for the first table, 0289507 for the second, 1d77491 for the third, fdf038f for the
fourth, e95d787 for the fifth,
e39e8f0 for the sixth, 4536dc2
for the seventh, 0fbc96b for the eighth) and passes after.

- A short utterance right after a speech verb's comma or colon ('Priebus said, "Probably."', 'the attendees chanted,
  "Lock her up!"', 'Wallace then asked, "With nukes?"'): a quotation under
  :data:`annotate.extract.lexicons.MIN_QUOTE_WORDS` words was never speech, so the comma anchor
  (``quote_anchors.before_comma``) had nothing to join and the sentence gave no statement. Now such a quotation is
  speech when it closes on ".", "!" or "?" inside its mark (``attach._utterance_after``). A short quoted phrase
  without that mark stays a scare quote.
- A speaker after a quotation whose verb the tagger read as a noun ('"Q," the email read.', '"Q," Bozell answers.'):
  the token-order anchor (``quote_anchors.after_quote``) found no verb after the name, so the quotation had no
  statement or only a carried-over one; now a clause verb tagged as a noun that closes the phrase, after a noun, is
  the verb (``quote_anchors._tagged_noun_verb``).
- A sign-off in the paragraph under a quoted paragraph ('"Q."' then '- Hillary Clinton.', '-President Obama, tweeting
  after ...'): ``quotes.signoffs`` read a dash and a name on the quotation's own line only; now also a paragraph that
  is a dash (a single hyphen too) and a name, with at most an apposition after a comma, under a paragraph that is
  the quotation alone. A dash line under prose ("- Reuters.") and a dash list item ("— Reduce job-killing
  regulations ...") stay no sign-off.
- A short utterance right after a clause verb with no comma ('a man yelled “Stay there!”', 'the crowd chanted "Build
  the wall!"'): no anchor stood before the quotation, so it had no statement; now a clause verb right before a
  quotation of fewer than MIN_QUOTE_WORDS words that closes on ".", "!" or "?" is an anchor
  (``quote_anchors.before_utterance``), with its subject found as for a comma.
- A relative clause ending in a colon before a quotation ('Bundy says to Santilli on camera, who responds
  enthusiastically: "Okay!"'): the colon anchor read no subject in "who", so the quotation went to the cue of the
  sentence before; now "who" after a comma opens a colon clause as its speaker
  (``quote_anchors._relative_subject_verb``), as PolNeAR marks it.
- An "as" clause before a colon whose past verb the tagger read as a base form ("Or, as Tom Ridge, a former
  secretary of homeland security, put it: ''Q''"): the colon anchor found no verb; in an "as" clause a VB tag counts
  (``quote_anchors.AS_CLAUSE_VERB_TAGS``).
- The bare-verb anchor of the fifth table for any quoted exclamation or question, not only a short one ('Democrats
  can’t just point their fingers and cry “but they’re racist!”'): a speech-length quotation after a bare verb
  had no anchor either.
- The "as" clause of the sixth table before a comma ("As Akhil Reed Amar, a professor of constitutional law at
  Yale, put it, ''Q''"): the comma anchor (``quote_anchors.before_comma``) now takes a base-form verb right before
  the comma when its subject opens right after "as" (``quote_anchors._as_clause``).
"""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, found, run  # noqa: F401 - extractor is a fixture

# (text, cue, expected source, expected content, kind, rule)
UTTERANCE_CASES = [
    pytest.param(
        'Asked whether he would fire a speechwriter under these circumstances, Priebus said, "Probably."',
        "said", "Priebus", "Probably.", "direct", "quote", id="said-comma-one-word",
    ),
    pytest.param(
        'As Trump attacked Clinton, the attendees chanted, "Lock her up!" as they had for previous speakers.',
        "chanted", "the attendees", "Lock her up!", "direct", "quote", id="chanted-comma-exclamation",
    ),
    pytest.param(
        "Wallace then asked, “With nukes?”",
        "asked", "Wallace", "With nukes?", "direct", "quote", id="asked-comma-question",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", UTTERANCE_CASES)
def test_short_utterance_after_comma(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_short_phrase_without_closing_mark_stays_scare_quote(extractor):
    """Unchanged: a short quoted phrase that does not close on ".", "!" or "?" is no utterance of its own."""
    text = "In March, Trump blasted Disney for its “outrageous practices” in requiring 250 Florida workers to train."
    assert not [row for row in found(extractor, text) if row[3] == "outrageous practices"]


# (text, cue, expected source, expected content, kind, rule)
TAGGED_NOUN_VERB_CASES = [
    pytest.param(
        "\"Friend, let me be blunt. I can beat Hillary Clinton. Donald can't,\" the email read. It stated that Trump "
        "is so rattled.",
        "read", "the email", "Friend, let me be blunt. I can beat Hillary Clinton. Donald can't", "direct", "quote",
        id="email-read",
    ),
    pytest.param(
        "“I can point to only two accomplishments—1. Welfare reform 2. Two Supreme Court justices. Besides that, not a "
        "single accomplishment,” Bozell answers.",
        "answers", "Bozell",
        "I can point to only two accomplishments—1. Welfare reform 2. Two Supreme Court justices. Besides that, not a "
        "single accomplishment", "direct", "quote", id="name-answers",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", TAGGED_NOUN_VERB_CASES)
def test_verb_tagged_as_noun_after_quote(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


# (text, cue, expected source, expected content, kind, rule)
NEXT_LINE_SIGNOFF_CASES = [
    pytest.param(
        "\"I will look into it [releasing transcripts of her speeches]. I don't know the status, but I will certainly "
        "look into it.\"\n\n- Hillary Clinton.",
        "-", "Hillary Clinton",
        "I will look into it [releasing transcripts of her speeches]. I don't know the status, but I will certainly "
        "look into it.", "direct", "signoff", id="hyphen-name",
    ),
    pytest.param(
        "\"Great speech. She's tested. She's ready. She never quits.\"\n\n-President Obama, tweeting after Clinton's "
        "speech.",
        "-", "President Obama", "Great speech. She's tested. She's ready. She never quits.", "direct", "signoff",
        id="hyphen-name-apposition",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", NEXT_LINE_SIGNOFF_CASES)
def test_signoff_on_next_line(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


@pytest.mark.parametrize("text", [
    pytest.param("Saturday's tweet was a reminder of the unrestrained side of Trump.\n\n- Reuters.", id="after-prose"),
    pytest.param("\"Here's what we're going to do.\"\n\n— Reduce job-killing regulations on large and small "
                 "businesses.", id="list-item"),
])
def test_dash_line_no_signoff(extractor, text):
    assert not [row for row in found(extractor, text) if row[0] == "signoff"]


# (text, cue, expected source, expected content, kind, rule)
BARE_UTTERANCE_CASES = [
    pytest.param(
        "Some in the crowd booed, and when Rubio thanked Miami and said it was great to be home, a man yelled “Stay "
        "there!”",
        "yelled", "a man", "Stay there!", "direct", "quote", id="yelled-no-comma",
    ),
    pytest.param(
        "He said, \"Donald Trump will build the wall\" - at which point the crowd chanted \"Build the wall!\" - \"and "
        "restore law and order and keep drugs and illegal immigrants from entering our country.\"",
        "chanted", "the crowd", "Build the wall!", "direct", "quote", id="chanted-no-comma",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", BARE_UTTERANCE_CASES)
def test_short_utterance_after_bare_verb(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_relative_clause_before_colon(extractor):
    text = ("\"Are you ready to go?\" Bundy says to Santilli on camera, who responds enthusiastically: \"Okay!\"")
    assert_case(extractor, text, "responds", "who", "Okay!", "direct", "quote")


def test_as_clause_base_form_before_colon(extractor):
    text = ("Or, as Tom Ridge, a former secretary of homeland security, put it: ''The barbarians are no longer at the "
            "gate. They're inside.''")
    content = "The barbarians are no longer at the gate. They're inside."
    assert_case(extractor, text, "put", "Tom Ridge", content, "direct", "quote")


def test_exclamation_after_bare_verb(extractor):
    text = ("This is why Democrats can’t just point their fingers and cry “but they’re racist!” when considering why "
            "white working class voters are turning to Trump.")
    assert_case(extractor, text, "cry", "Democrats", "but they’re racist!", "direct", "quote")


def test_as_clause_base_form_before_comma(extractor):
    text = ("As Akhil Reed Amar, a professor of constitutional law at Yale, put it, ''Senate Republicans should "
            "remember that they can lose.''")
    source = "Akhil Reed Amar, a professor of constitutional law at Yale"
    content = "Senate Republicans should remember that they can lose."
    assert_case(extractor, text, "put", source, content, "direct", "quote")
