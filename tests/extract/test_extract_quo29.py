"""Issue 12, session 29 (quotations and their speakers), on real PolNeAR train sentences; each positive fails on the
code before its change (main e00b972 for the first table, 0289507 for the second) and passes after.

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
        "\"Friend, let me be blunt. I can beat Hillary Clinton. Donald can't,\" the email read. It stated that Trump is "
        "so rattled.",
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
