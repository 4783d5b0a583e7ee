"""Issue 12, session 32 (content boundaries of the clause and quotation rules), on real PolNeAR train sentences; each
positive fails on main f224f52 (and on the commit before its change) and passes after.

- An inverted speech tag set into the clause it reports, "X, said S, C" ("The contrast with Trump, said Doyle and
  others, would be clear ..."), that the parser read as "X said C" with the tag's subject as C's subject: the
  ``said_clause`` statement had the clause's opening words as its source and the tag's subject inside its content;
  now ``frames.inverted_parenthetical`` gives a ``parenthetical`` statement of S over the whole sentence. An
  apposition on the real source before the verb ("Trump, in Kentucky, said Tuesday that ...") is read as before.
- A quotation with a quotation nested in it, opened by a curly mark after a space ('tweeted: “People behind
  @HillaryClinton wearing “Settle For Hillary” shirts ...”'): the marks toggled, so the inner opening mark closed
  the outer quotation ("People behind @HillaryClinton wearing"); now ``quotes._opens_inner`` reads it as nested and
  the outer quotation runs to its own closing mark. A plain split quote pairs as before.
- A conjunct clause with its own subject that the parser hung on the cue, after "and" with no comma ("he expects to
  win that state's May 10 primary and he is doing better against Donald Trump ..."): the content stopped on the
  conjunct's verb and kept its subject ("... primary and he is"); now it runs on
  (``extents._reported_conjunct``). After ", and" the content still stops before the conjunct's verb.
- A "C, S said" tag inside parentheses ("her low approval ratings (at one point as low as 19%, Gutin says) hurt her
  husband"): ``clause_said`` took the sentence from its start; now the words inside the parentheses
  (``frames._within_parenthesis``).
- A "because" clause right after a "C, S said" tag ("There is no chance of that level of violence, officials in both
  cities insist, because modern policing has evolved ..."): ``clause_said`` stopped before the tag; now the content
  runs on through the reason, the tag inside it as in a parenthetical (``frames._reason_after_tag``). A clause
  after the tag that is no reason (", but ...") still ends the content before the tag."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, found  # noqa: F401 - extractor is a fixture
from annotate.extract.quotes import paragraphs, quotes

# (text, cue, expected source, expected content, kind, rule)
INVERTED_TAG_CASES = [
    pytest.param(
        "The contrast with Trump, said Doyle and others, would be clear since Trump has no former Republican "
        "presidents by his side, and many of his party’s highest-profile leaders have been hesitant to appear with "
        "him or, in some cases, to even endorse his candidacy.",
        "said", "Doyle and others",
        "The contrast with Trump, said Doyle and others, would be clear since Trump has no former Republican "
        "presidents by his side",
        "indirect", "parenthetical", id="inverted-tag-said",
    ),
    pytest.param(
        "Part of the problem in detecting tunnels, say experts like Paul Bauman, a Canadian geophysicist, is the "
        "ground itself.",
        "say", "experts like Paul Bauman, a Canadian geophysicist",
        "Part of the problem in detecting tunnels, say experts like Paul Bauman, a Canadian geophysicist, is the "
        "ground itself",
        "indirect", "parenthetical", id="inverted-tag-say-apposition",
    ),
]

NESTED_QUOTE_CASES = [
    pytest.param(
        "Jeff Bechdel, chairman of America Rising (a Republican PAC), tweeted: “People behind @HillaryClinton wearing "
        "“Settle For Hillary” shirts at her event in Hudson, NH… ouch. #nhpolitics.”",
        "tweeted", "Jeff Bechdel, chairman of America Rising",
        "People behind @HillaryClinton wearing “Settle For Hillary” shirts at her event in Hudson, NH… ouch. "
        "#nhpolitics.",
        "direct", "quote", id="nested-curly-in-curly",
    ),
]

CONJUNCT_CASES = [
    pytest.param(
        "Shortly after Clinton was declared the winner in Maryland, Sanders told a cheering crowd in West Virginia "
        "that he expects to win that state's May 10 primary and he is doing better against Donald Trump in general "
        "election polls than Clinton is.",
        "told", "Sanders",
        "he expects to win that state's May 10 primary and he is doing better against Donald Trump in general "
        "election polls than Clinton is",
        "indirect", "said_clause", id="conjunct-with-auxiliary",
    ),
    pytest.param(
        "Mr. Hannity says Mr. Gingrich is a very close friend and it's his business what favors he does for him, "
        "though he left open the possibility that Mr. Gingrich might cut a check for the plane trip just the same.",
        "says", "Mr. Hannity",
        "Mr. Gingrich is a very close friend and it's his business what favors he does for him",
        "indirect", "said_clause", id="conjunct-and-hung-on-cue",
    ),
    pytest.param(
        "Zimmerman, 32, noted the Justice Department returned the weapon to him recently and it still bears the case "
        "number written on it in silver permanent marker.",
        "noted", "Zimmerman, 32",
        "the Justice Department returned the weapon to him recently and it still bears the case number written on "
        "it in silver permanent marker",
        "indirect", "said_clause", id="conjunct-adverb",
    ),
]

PARENTHESIS_CASES = [
    pytest.param(
        "She didn't really care about the criticism but she really cared if her low approval ratings (at one point "
        "as low as 19%, Gutin says) hurt her husband.",
        "says", "Gutin", "at one point as low as 19",
        "indirect", "clause_said", id="tag-in-parentheses",
    ),
    pytest.param(
        "As for James Murdoch, his leanings are in plainer view than his brother's, and they are decidedly different "
        "from his father's (with an important exception, friends say: free-market fiscal policy).",
        "say", "friends", "with an important exception",
        "indirect", "clause_said", id="tag-in-parentheses-before-colon",
    ),
]

REASON_CASES = [
    pytest.param(
        "There is no chance of that level of violence, officials in both cities insist, because modern policing has "
        "evolved to be less confrontational.",
        "insist", "officials in both cities",
        "There is no chance of that level of violence, officials in both cities insist, because modern policing has "
        "evolved to be less confrontational",
        "indirect", "clause_said", id="reason-after-tag",
    ),
    pytest.param(
        "He grows angry every time he gets an email from the Democratic National Committee, he says, because he views "
        "them as pestering him to give up.",
        "says", "he",
        "He grows angry every time he gets an email from the Democratic National Committee, he says, because he views "
        "them as pestering him to give up",
        "indirect", "clause_said", id="reason-after-pronoun-tag",
    ),
]


@pytest.mark.parametrize("text, cue, source, content, kind, rule", INVERTED_TAG_CASES)
def test_inverted_tag(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_source_apposition_before_the_verb_is_no_inverted_tag(extractor):
    text = ("Trump, in Kentucky, said Tuesday that March Rubio was “a total lightweight” while Ted Cruz is “a basket "
            "case” and “a liar.”")
    assert [row for row in found(extractor, text) if row[0] == "said_clause" and row[1] == "Trump, in Kentucky"]
    assert not [row for row in found(extractor, text) if row[0] == "parenthetical"]


@pytest.mark.parametrize("text, cue, source, content, kind, rule", NESTED_QUOTE_CASES)
def test_nested_quotation(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_nested_quotation_found_whole():
    text = ("\"The U.S. Department of Justice isn’t about “Equal Justice Under Law” anymore. It’s about President "
            "Obama’s extreme vision of fundamentally transforming our nation.\"")
    (quote,) = quotes(text, list(paragraphs(text)))
    assert text[quote.start:quote.end].startswith("The U.S. Department of Justice isn’t about “Equal Justice")
    assert text[quote.start:quote.end].endswith("transforming our nation.")


def test_split_quote_marks_still_pair():
    text = ("“Ted Cruz is not my favorite by any means,” Graham, a former candidate, told CBS News on Super Tuesday. "
            "“But we may be in a position where rallying around Ted Cruz is the only way to stop Donald Trump.”")
    found_quotes = [text[q.start:q.end] for q in quotes(text, list(paragraphs(text)))]
    assert found_quotes == [
        "Ted Cruz is not my favorite by any means,",
        "But we may be in a position where rallying around Ted Cruz is the only way to stop Donald Trump.",
    ]


@pytest.mark.parametrize("text, cue, source, content, kind, rule", CONJUNCT_CASES)
def test_reported_conjunct(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_conjunct_after_comma_still_stops(extractor):
    text = "He said the time for being politically correct is over, and the nation has to act."
    (row,) = [row for row in found(extractor, text) if row[0] == "said_clause"]
    assert row[3].startswith("the time for being politically correct is over") and "has to act" not in row[3]


@pytest.mark.parametrize("text, cue, source, content, kind, rule", PARENTHESIS_CASES)
def test_tag_inside_parentheses(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


@pytest.mark.parametrize("text, cue, source, content, kind, rule", REASON_CASES)
def test_reason_after_tag(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_clause_after_tag_that_is_no_reason(extractor):
    text = ("Ms. Brainard is ''not a backslapper,'' said Mr. Sperling, but she has developed a reputation as a subtle "
            "but unbending advocate for the goals she is assigned to pursue.")
    assert ("clause_said", "Mr. Sperling", "said", "Ms. Brainard is ''not a backslapper") in found(extractor, text)
