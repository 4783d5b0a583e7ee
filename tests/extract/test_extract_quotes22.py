"""Speech quotations whose speaker the cue rules missed on PolNeAR train (issue 12, session 22): a speaker and
any verb right after a quotation, read from token order (``quote_anchors.after_quote``), a subject-verb clause
ending in a colon before a quotation, in the same paragraph or the next (``quote_anchors.before_colon``), and a
speech verb a few words before the comma that opens one (``quote_anchors.before_comma``).
Real PolNeAR train sentences whose gold holds the quotation with that source; each positive fails on the code
before this round."""

from __future__ import annotations

import pytest

from extract_helpers import extractor, run  # noqa: F401 - extractor is a fixture

# (paragraphs, expected content, source, cue)
CASES = [
    pytest.param(
        "“Go back to Univision,” Trump barked and a security guard escorted Ramos out.",
        "Go back to Univision", "Trump", "barked", id="after-name-verb",
    ),
    pytest.param(
        "“How big is that wall?” asked the boy, who was wearing a 'Make America Great Again' hat and said his name was "
        "Mason, as the audience laughed and applauded.",
        "How big is that wall?", "the boy", "asked", id="after-verb-name",
    ),
    pytest.param(
        "“If they were serious about making progress on this, I think they would have gone to the only bill I know of "
        "that has bipartisan support,” Toomey fumed on Tuesday. “That would have been a demonstration of good faith.”",
        "If they were serious about making progress on this, I think they would have gone to the only bill I know of "
        "that has bipartisan support,” Toomey fumed on Tuesday. “That would have been a demonstration of good faith.",
        "Toomey", "fumed", id="after-name-verb-split",
    ),
    pytest.param(
        "''She needs one or two big ideas that are proportionate to the scale of the problems we are facing,'' said "
        "Robert Reich, who served as labor secretary during Mr. Clinton's first term yet endorsed Bernie Sanders in the "
        "Democratic primary. ''Her instinct is to be incrementalist.''",
        "She needs one or two big ideas that are proportionate to the scale of the problems we are facing,'' said "
        "Robert Reich, who served as labor secretary during Mr. Clinton's first term yet endorsed Bernie Sanders in the "
        "Democratic primary. ''Her instinct is to be incrementalist.",
        "Robert Reich", "said", id="after-said-name-misparsed",
    ),
    pytest.param(
        "After former California Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary shot back, “I suppose "
        "I could have chosen to bake cookies and have teas, but I chose to fulfill my profession.”",
        "I suppose I could have chosen to bake cookies and have teas, but I chose to fulfill my profession.",
        "Hillary", "shot", id="comma-finite-verb",
    ),
    pytest.param(
        "Ryan’s campaign shrugged off Trump’s comments, telling reporters, “Neither Speaker Ryan nor anyone on his team "
        "has ever asked for Donald Trump’s endorsement.”",
        "Neither Speaker Ryan nor anyone on his team has ever asked for Donald Trump’s endorsement.",
        "Ryan’s campaign", "telling", id="comma-participle-object",
    ),
    pytest.param(
        "He went on to say, “She once threw a Bible at an agent on her detail, hitting him in the back of the head. He "
        "bluntly let her know it wasn’t acceptable. He told me that story himself.”",
        "She once threw a Bible at an agent on her detail, hitting him in the back of the head. He bluntly let her know "
        "it wasn’t acceptable. He told me that story himself.",
        "He", "say", id="comma-infinitive",
    ),
    pytest.param(
        "And Mr. Christie gloated: ''I told you he wouldn't be ready.''",
        "I told you he wouldn't be ready.", "Mr. Christie", "gloated", id="colon-same-paragraph",
    ),
    pytest.param(
        "As Professor Foner put it: ''The United States does a better job at accepting immigrants as Americans in the "
        "making.''",
        "The United States does a better job at accepting immigrants as Americans in the making.",
        "Professor Foner", "put", id="colon-as-clause",
    ),
    pytest.param(
        "O'Malley, who signed sweeping gun laws as governor, interjected to say: \"They've both been inconsistent when it "
        "comes to this issue. I'm the one candidate on this stage that actually brought people together to pass "
        "comprehensive gun safety legislation.\"",
        "They've both been inconsistent when it comes to this issue. I'm the one candidate on this stage that actually "
        "brought people together to pass comprehensive gun safety legislation.",
        "O'Malley", "interjected", id="colon-relative-apposition",
    ),
    pytest.param(
        "Hannity interjected: “So you’re saying there will be some flexibility?”",
        "So you’re saying there will be some flexibility?", "Hannity", "interjected", id="colon-name-tagged-noun",
    ),
    pytest.param(
        "In response to the tragic loss of life, Republican presidential nominee Donald Trump issued the following "
        "statement:\n\n“Our prayers are with all those affected by the horrible attacks in Munich. This cannot continue.”",
        "Our prayers are with all those affected by the horrible attacks in Munich. This cannot continue.",
        "Republican presidential nominee Donald Trump", "issued", id="colon-next-paragraph",
    ),
]


@pytest.mark.parametrize("text, content, source, cue", CASES)
def test_quotation_gets_its_speaker(extractor, text, content, source, cue):
    statements = [s for s in run(extractor, text) if s.content.text == content]
    assert statements, [(s.rule, s.content.text) for s in run(extractor, text)]
    s = statements[0]
    assert (s.kind, s.source.text if s.source else None, s.cue.text if s.cue else None) == ("direct", source, cue)


def test_a_short_title_before_a_verb_stays_no_statement(extractor):
    """A title in quotation marks ("The Apprentice,") before a name and a verb is no speech quotation."""
    text = ("Donald Trump, the Republican front-runner and former host of the reality show “The Apprentice,” listed an "
            "NBC show as his guilty pleasure: “Saturday Night Live” — and more specifically his most recent appearance.")
    assert not [s for s in run(extractor, text) if s.content.text in ("The Apprentice", "The Apprentice,")]


def test_a_copula_clause_before_a_colon_is_no_speaker(extractor):
    text = ("The question posed by Bolton and Gorka’s analysis is: “why would any rational person believe Hillary Clinton "
            "would represent a significant change from what Obama has done?”")
    assert not [s for s in run(extractor, text) if s.kind == "direct"]


def test_a_quotation_that_ends_its_sentence_is_not_the_next_sentences_cue(extractor):
    """'... Trump had "placed the integrity ... at issue." The judge pointed to ...': the quotation is part of what
    Curiel noted, not the judge's; and Tripp's second quotation continues his split quote instead of taking the
    "he said" of the next sentence (``attach._sentence_closed``)."""
    text = ("In his order, Curiel noted that Trump had emerged as a leading presidential candidate over the course of the "
            "civil case against Trump University and that Trump had \"placed the integrity of these court proceedings at "
            "issue.\" The judge pointed to a previous case to say that courts deciding on public disclosure must weigh "
            "\"whether a party benefitting from the order of confidentiality is a public entity or official.\"\n\n"
            "\"Maybe we're just trying to let the bully learn the lesson and leave us alone,\" Tripp said. \"We're trying "
            "to show some mercy to the bully.\" South Carolina, he said, was \"where we have a chance to go mano a mano "
            "with Trump.\"")
    statements = run(extractor, text)
    assert not [s for s in statements if s.content.text == "placed the integrity of these court proceedings at issue."]
    tripp = [s for s in statements if s.content.text.startswith("Maybe we're")]
    assert len(tripp) == 1 and tripp[0].content.text.endswith("We're trying to show some mercy to the bully.")
    assert tripp[0].source.text == "Tripp"


@pytest.mark.parametrize("text, title", [
    pytest.param(
        "Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said Democratic presidential candidate "
        "Hillary Clinton’s “judgment” and “honesty” are in question because of her handling of classified material on a "
        "private email server during her tenure as secretary of state.",
        "Sunday Morning Futures", id="programme-after-possessive",
    ),
    pytest.param("BYLINE: Amber Phillips.", "Amber Phillips.", id="byline-label"),
])
def test_a_programme_title_or_a_byline_is_no_quotation(extractor, text, title):
    assert not [s for s in run(extractor, text) if s.content.text == title]


def test_a_quotation_inside_a_mixed_statement_is_not_repeated(extractor):
    """'Hillary Clinton says Americans are “right to be angry,” but also ...': the quotation is part of the mixed
    statement of "says", not a second statement of the "calls" after it (``attach._drop_nested_quotes``)."""
    text = "Hillary Clinton says Americans are “right to be angry,” but also hungry for what she calls “real solutions.”"
    statements = run(extractor, text)
    assert [s.kind for s in statements if s.cue is not None and s.cue.text == "says"] == ["mixed"]
    assert not [s for s in statements if s.content.text == "right to be angry"]


def test_a_comma_before_a_quotation_with_no_verb_is_no_anchor(extractor):
    text = "In 2012, \"the economy was bad and we all knew it.\""
    assert not [s for s in run(extractor, text) if s.kind == "direct"]
