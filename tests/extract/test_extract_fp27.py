"""Issue 12, session 27 (precision and boundaries), on real PolNeAR train sentences; each positive fails on the code
before its change (main 307fc2e for the first table, b9e227d for the second, b5bb1fa for the third, 09a6c2f for the
fourth, 35640c6 for the fifth) and passes after.

- A quotation carried over to the next paragraph that fills its paragraph ('"Q1," Carson continued. / "Q2."'):
  ``attach._carry_over`` gave Q2 a statement of its own with no cue (``quote_carryover``), and PolNeAR's gold joins
  both parts to the first cue, so Q1 was left a false positive; now the statement before it runs on to Q2's end
  (``attach._closes_paragraph``). A carried quotation with words of its own after it ('"Q2," he said.') is not
  joined. Limit: an unattributed question of a second speaker that fills its paragraph is joined too.
- A question put to the reader ("Do you support Donald Trump?", "What do you think of X?", "Have you tried to start
  a business recently?"): a cue whose subject is "you" in a sentence ending with a question mark gives no statement
  (``frames._asks_reader``). "You" in a statement ("You question my judgment") still gives one.
- A parenthetical speech verb after a complete clause whose verb goes on past it ("It was, he said, one of the
  bitterest failures", "The Murdoch outlets have been standing in the way, he said, by creating ..."): the content
  was the part before the parenthetical alone ("It was"); now it is the whole sentence when that verb has a
  dependent after the parenthetical (``frames._continues_after``). An "-ing" clause after it stays the speaker's act
  ("Sales were great, he said, wiping sweat off his face": the part before alone, as before).
- A reported clause before a parenthetical cue and a quotation after it ("The streets were deserted, he added,
  ''but people need to connect somehow.''"): ``clause_said`` took the clause and the quote rule the quotation, two
  statements of one cue where PolNeAR's gold has one; ``attach._join_same_cue`` now joins them into one mixed
  statement, as it joined two quotations on either side of a cue.
- A parenthetical whose sentence goes on with a new clause after the reported one ("His leverage, they believe, isn't
  going anywhere, and most don't expect him to ..."): the whole-sentence content ran on through it; now it ends
  there (``frames._second_clause_after``: the breaks of ``_to_sentence_end``, looked for after the parenthetical and
  the reported clause's verb, so a reported clause that opens after the parenthetical, "In several cases, tech
  executives say, they have been asked to ...", is kept whole)."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, by_cue, extractor, found, run  # noqa: F401 - extractor is a fixture

# (text, cue, expected source, expected content, kind, rule)
CARRY_OVER_CASES = [
    pytest.param(
        "“Cyber security remains one of the biggest challenges facing our country today,” Carson continued.\n\n"
        "\"Even under the best cases, our classified information is under constant attack. That’s why Hillary’s private "
        "email server is so troubling.\"",
        "continued", "Carson",
        "Cyber security remains one of the biggest challenges facing our country today,” Carson continued.\n\n"
        "\"Even under the best cases, our classified information is under constant attack. That’s why Hillary’s private "
        "email server is so troubling.",
        "direct", "quote", id="carry-over-joined",
    ),
    pytest.param(
        "“He said Britain would be at the back of the queue, no American would ever say ‘back of the queue’. Americans "
        "don’t use the word ‘queue’, Americans use the word ‘line’,” Mr Farage told BBC Radio Four’s Any Questions.\n\n"
        "“Therefore, what Obama said when he said we would be at the back of the queue, he was doing the bidding of "
        "Cameron, and Number 10, and doing his best to talk down Britain, and I think that’s shameful.”",
        "told", "Mr Farage",
        "He said Britain would be at the back of the queue, no American would ever say ‘back of the queue’. Americans "
        "don’t use the word ‘queue’, Americans use the word ‘line’,” Mr Farage told BBC Radio Four’s Any Questions.\n\n"
        "“Therefore, what Obama said when he said we would be at the back of the queue, he was doing the bidding of "
        "Cameron, and Number 10, and doing his best to talk down Britain, and I think that’s shameful.",
        "direct", "quote", id="carry-over-joined-after-programme",
    ),
    pytest.param(
        "“There's something about all those stories, right?” said Murphy, who thinks often about the son’s reassuring "
        "final words to the father.\n\n“I mean, I don't think that all those things are coincidences. ... I struggle "
        "with religion, but I get more of it, not less of it, coming off of that.”",
        "said", "Murphy",
        "There's something about all those stories, right?” said Murphy, who thinks often about the son’s reassuring "
        "final words to the father.\n\n“I mean, I don't think that all those things are coincidences. ... I struggle "
        "with religion, but I get more of it, not less of it, coming off of that.",
        "direct", "quote", id="carry-over-joined-after-apposition",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", CARRY_OVER_CASES)
def test_carry_over_joins(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)
    assert not [row for row in found(extractor, text) if row[0] == "quote_carryover"]


def test_carry_over_with_words_after_stays_apart(extractor):
    """A carried quotation followed by words of its own in its paragraph is not joined: the first statement keeps
    its quotation alone."""
    text = (
        "\"It's our bad luck,\" he said, that both violent men had connections to this little mosque, one of the oldest "
        "in this part of Florida.\n\n\"We are frustrated and horrified\" by the mass shooting at a gay nightclub in "
        "Orlando that had drawn worldwide attention, he said."
    )
    assert by_cue(run(extractor, text), "said").content.text == "It's our bad luck"


# Questions put to the reader: no statement of the "you" cue.
READER_QUESTIONS = [
    pytest.param("Do you support Donald Trump? Like the page:", "Do you support", id="do-you-support"),
    pytest.param("Do you support Ted Cruz? Like the page:", "Do you support", id="do-you-support-2"),
    pytest.param(
        "What do you think of Trump’s attack on Carson last night? What do you think of Carson privately saying “pray "
        "for him” in response?",
        "do you think", id="what-do-you-think",
    ),
    pytest.param("Have you tried to start a business recently? That used to be the American dream.", "Have you tried", id="have-you-tried"),
]


@pytest.mark.parametrize("text,cue", READER_QUESTIONS)
def test_reader_question_no_statement(extractor, text, cue):
    assert not [row for row in found(extractor, text) if row[2] == cue]


# (text, cue, expected source, expected content, kind, rule): "you" in a statement still gives one.
YOU_STATEMENTS = [
    pytest.param(
        "I am fully aware that many of you have concerns about me. You question my judgment, my honesty.",
        "question", "You", "my judgment", "indirect", "verb_object", id="you-statement",
    ),
    pytest.param(
        "If you were on the search committee to hire a chief executive, you would want the hardest simulation you could "
        "get.",
        "would want", "you", "the hardest simulation you could get", "indirect", "verb_object", id="you-conditional",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", YOU_STATEMENTS)
def test_you_statement_kept(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


# (text, cue, expected source, expected content, kind, rule)
PARENTHETICAL_CASES = [
    pytest.param(
        "It was, he said, one of the bitterest failures of his presidency.",
        "said", "he", "It was, he said, one of the bitterest failures of his presidency", "indirect", "parenthetical",
        id="parenthetical-attribute-after",
    ),
    pytest.param(
        "The Murdoch outlets have been standing in the way, he said, by creating a ''false reality bubble denying "
        "science'' that scares amenable Republican politicians away from the cause.",
        "said", "he",
        "The Murdoch outlets have been standing in the way, he said, by creating a ''false reality bubble denying "
        "science'' that scares amenable Republican politicians away from the cause",
        "mixed", "parenthetical", id="parenthetical-means-after",
    ),
    pytest.param(
        "So it makes sense, strategists said, for Democrats to put the concept in the public’s mind now.",
        "said", "strategists",
        "So it makes sense, strategists said, for Democrats to put the concept in the public’s mind now",
        "indirect", "parenthetical", id="parenthetical-clause-after",
    ),
    pytest.param(
        "Ms. Malik also had two in-person interviews, federal officials said, the first by a consular officer in "
        "Pakistan, and the second by an immigration officer in the United States.",
        "said", "federal officials",
        "Ms. Malik also had two in-person interviews, federal officials said, the first by a consular officer in "
        "Pakistan, and the second by an immigration officer in the United States",
        "indirect", "parenthetical", id="parenthetical-object-after",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", PARENTHETICAL_CASES)
def test_parenthetical_clause_goes_on(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


# Unchanged: an "-ing" clause after the parenthetical is the speaker's act; the complete clause before stands alone.
PARENTHETICAL_NEGATIVES = [
    pytest.param(
        "Sales were great, he said, wiping sweat off his face.",
        "said", "he", "Sales were great", "indirect", "parenthetical", id="parenthetical-participle-after",
    ),
    pytest.param(
        "She had struggled her whole life, Cruz explained, recalling the time he and his father visited her at a crack "
        "house in an attempt to get her to leave her addiction behind to be a mother to her son.",
        "explained", "Cruz", "She had struggled her whole life", "indirect", "parenthetical",
        id="parenthetical-participle-on-cue",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", PARENTHETICAL_NEGATIVES)
def test_parenthetical_before_alone(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


# (text, cue, expected source, expected content, kind, rule)
CLAUSE_AND_QUOTE_CASES = [
    pytest.param(
        "The streets were deserted, he added, ''but people need to connect somehow.''",
        "added", "he", "The streets were deserted, he added, ''but people need to connect somehow", "mixed", "split_quote",
        id="clause-then-quote",
    ),
    pytest.param(
        "It is time for the country to be led, he said, ''not only by a strong leader, but by a caring, genuine and "
        "decent person.''",
        "said", "he",
        "It is time for the country to be led, he said, ''not only by a strong leader, but by a caring, genuine and "
        "decent person",
        "mixed", "split_quote", id="clause-then-quote-2",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", CLAUSE_AND_QUOTE_CASES)
def test_clause_and_quote_joined(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)
    assert len(run(extractor, text)) == 1


# (text, cue, expected source, expected content, kind, rule)
PARENTHETICAL_SECOND_CLAUSE_CASES = [
    pytest.param(
        "His leverage, they believe, isn’t going anywhere, and most don’t expect him to back Clinton when he speaks to "
        "supporters nationwide via video on Thursday night.",
        "believe", "they", "His leverage, they believe, isn’t going anywhere", "indirect", "parenthetical",
        id="parenthetical-and-new-clause",
    ),
    pytest.param(
        "Over the years, she said, email has helped her stay in close touch with Clinton – although at the mention of "
        "email she laughed and admitted “emails have been wonderful, although that can be a curse also.”",
        "said", "she", "Over the years, she said, email has helped her stay in close touch with Clinton", "indirect",
        "parenthetical", id="parenthetical-although",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", PARENTHETICAL_SECOND_CLAUSE_CASES)
def test_parenthetical_ends_at_second_clause(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_parenthetical_reported_clause_after_kept(extractor):
    """A reported clause that opens after the parenthetical is the content, even when its verb is a cue."""
    text = (
        "In several cases, tech executives say, they have been asked to keep terror-related content online so that law "
        "enforcement agents can monitor terrorist networks or because the content was created by law enforcement "
        "agents to lure terrorists into divulging information."
    )
    assert by_cue(run(extractor, text), "say").content.text == text[:-1]
