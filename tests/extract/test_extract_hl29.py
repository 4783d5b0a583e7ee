"""Issue 12, session 29 (headlines), on real PolNeAR train title lines; each positive fails on the code before its
change (main e00b972 for the first table, a945f99 for the second, d908e29 for the third, d7f2c4d for the fourth,
3e97ba9 for the fifth, 3512ee0 for the sixth) and passes after.

- A headline's object content that ran on to the end of the line over a second sentence or a spaced dash ("A Judge.
  Is This Obama's Last One?", "Cruz - but also has praise for front-runner"): ``pipeline._to_headline_end`` now
  ends it there, even inside the object the parse gave. A full stop after a capital ("U.S. to lead") is no sentence
  end.
- A "Source: headline" title whose source has lower-case words after its first ("IG report: ...", "Clinton to
  Planned Parenthood: ...", "Former AG Mukasey at RNC: ..."): ``quotes.title_source`` read only capitalised words
  before the colon and found none; now the 1-6 words before the colon, the first capitalised, are the source.
- A title opening with a rubric or an exclamation and a colon ("Revealed: ...", "Wow: ...", "BYLINE: ..."): it was
  read as a "Source: headline" title with the rubric as its source; now ``quotes.TITLE_NON_SOURCE_START`` holds these
  words, and the rest of the line is left to the other rules ("Wow: Al Sharpton Just Said Something ...").
- A headline whose verb the tagger read as a plural noun ("Trump demands Ginsburg resign ...", "Super PAC blasts
  Trump ...", "Trump Calls On Obama To Resign"): no rule found it; now ``headlines.headline_noun_verb`` reads the
  first "-s" form of a cue verb after a noun as the verb, the nouns before it as the source and the rest of the
  line as the content. A plural noun followed by a finite verb ("Nomination questions are likely ...") is left.
- A second act of a headline's source after "and" or a comma ("Putin chides Turkey and praises Trump", "Clinton Says
  Russians Hacked DNC, Calls Trump's Putin Remarks 'Troubling.'"): the tagger reads the second verb as a noun, so
  it had no statement and the first content ran on over it; now ``pipeline._headline_conjuncts`` gives it one
  (``headline_conjunct``, the same source) and the first content ends before it.
- A headline verb's base form read as a noun after a plural actor ("Terrorists mock bids to block them online"):
  ``headline_noun_verb`` now takes a cue verb's base form right after a plural noun too. Limit: the actor is the
  run of nouns and adjectives before it ("Only Reason Hedge Funds Support ...").
"""

from __future__ import annotations

import pytest

from extract_helpers import extractor, title_statements  # noqa: F401 - extractor is a fixture



# (title, expected (rule, source, cue, content) among the title's statements)
HEADLINE_BREAK_CASES = [
    pytest.param("Republicans Finally Confirmed A Judge. Is This Obama’s Last One?",
                 ("verb_object", "Republicans", "Confirmed", "A Judge"), id="second-sentence"),
    pytest.param("Indiana governor endorses Cruz - but also has praise for front-runner.",
                 ("verb_object", "Indiana governor", "endorses", "Cruz"), id="spaced-dash"),
    pytest.param("Hillary Camp Declining To Debate Bernie – What ever Happened To Debating “Anytime, Anywhere.”",
                 ("verb_xcomp", "Hillary Camp", "Declining", "To Debate Bernie"), id="en-dash"),
    pytest.param("Tim Allen Just Got Asked About Donald Trump – His Response Might Infuriate Most Of Hollywood.",
                 ("verb_prep_object", None, "Asked About", "Donald Trump"), id="dash-inside-object"),
]


@pytest.mark.parametrize("title,expected", HEADLINE_BREAK_CASES)
def test_headline_content_ends_at_break(extractor, title, expected):
    assert expected in title_statements(extractor, title)


def test_headline_content_runs_past_abbreviation(extractor):
    """A full stop after a capital letter is no sentence end: the content runs on."""
    title = "Hillary Clinton calls on U.S. to lead, step up fight against Islamic State."
    assert ("verb_prep_object", "Hillary Clinton", "calls on",
            "U.S. to lead, step up fight against Islamic State") in title_statements(extractor, title)


# (title, expected (rule, source, cue, content) among the title's statements)
TITLE_COLON_CASES = [
    pytest.param("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.",
                 ("title_colon", "Clinton to Planned Parenthood", ":", "Trump will reverse Roe v. Wade"),
                 id="addressee"),
    pytest.param("IG report: State was inaccurate on Clinton.",
                 ("title_colon", "IG report", ":", "State was inaccurate on Clinton"), id="lower-case-noun"),
    pytest.param("Former AG Mukasey at RNC: Clinton email scandal disqualifies her for presidency.",
                 ("title_colon", "Former AG Mukasey at RNC", ":",
                  "Clinton email scandal disqualifies her for presidency"),
                 id="place"),
    pytest.param("Democrats' new warning: Leaks could include Russian lies.",
                 ("title_colon", "Democrats' new warning", ":", "Leaks could include Russian lies"), id="possessive"),
]


@pytest.mark.parametrize("title,expected", TITLE_COLON_CASES)
def test_title_source_with_lower_case_words(extractor, title, expected):
    assert expected in title_statements(extractor, title)


def test_rubric_title_stays_without_source(extractor):
    """A title opening with an article is still no "Source: headline" title."""
    title = "The Latest: Cruz to give away engraved shotgun."
    assert not [row for row in title_statements(extractor, title) if row[0] == "title_colon"]


RUBRIC_TITLES = [
    pytest.param("Revealed: Here Are The Conservatives The Establishment Has Blacklisted For Doing THIS.",
                 id="revealed"),
    pytest.param("Bombshell: The FBI Just Gave Hillary Clinton A WHOLE New Reason To Be Worried.", id="bombshell"),
    pytest.param("BYLINE: Amber Phillips.", id="byline"),
]


@pytest.mark.parametrize("title", RUBRIC_TITLES)
def test_rubric_is_no_title_source(extractor, title):
    assert not [row for row in title_statements(extractor, title) if row[0] == "title_colon"]


def test_rubric_title_left_to_other_rules(extractor):
    title = "Wow: Al Sharpton Just Said Something Unexpected About Donald Trump – It Might Surprise You."
    assert title_statements(extractor, title) == [
        ("verb_object", "Al Sharpton", "Said", "Something Unexpected About Donald Trump")]


# (title, expected (rule, source, cue, content) among the title's statements)
NOUN_VERB_CASES = [
    pytest.param("Trump demands Ginsburg resign for criticizing him as unfit.",
                 ("headline_noun_verb", "Trump", "demands", "Ginsburg resign for criticizing him as unfit"),
                 id="demands"),
    pytest.param("Trump calls for bringing back surveillance of Muslim communities.",
                 ("headline_noun_verb", "Trump", "calls for", "bringing back surveillance of Muslim communities"),
                 id="calls-for"),
    pytest.param("Trump Calls On Obama To Resign.",
                 ("headline_noun_verb", "Trump", "Calls On", "Obama To Resign"), id="title-case"),
    pytest.param("Amid discord, Trump claims nomination; ",
                 ("headline_noun_verb", "Trump", "claims", "nomination"), id="after-adjunct"),
]


@pytest.mark.parametrize("title,expected", NOUN_VERB_CASES)
def test_headline_verb_read_as_noun(extractor, title, expected):
    assert expected in title_statements(extractor, title)


def test_plural_noun_before_finite_verb_is_no_headline_verb(extractor):
    title = "Nomination questions are likely to move to fore in race."
    assert not [row for row in title_statements(extractor, title) if row[0] == "headline_noun_verb"]


# (title, expected (rule, source, cue, content) statements of the title, in order)
CONJUNCT_CASES = [
    pytest.param("France’s Marine Le Pen Backs Trump And Denounces Clinton.",
                 [("verb_object", "France’s Marine Le Pen", "Backs", "Trump"),
                  ("headline_conjunct", "France’s Marine Le Pen", "Denounces", "Clinton")], id="and"),
    pytest.param("Putin chides Turkey and praises Trump at news conference.",
                 [("verb_object", "Putin", "chides", "Turkey"),
                  ("headline_conjunct", "Putin", "praises", "Trump at news conference")], id="lower-case"),
    pytest.param("Clinton Says Russians Hacked DNC, Calls Trump’s Putin Remarks ‘Troubling.’",
                 [("said_clause", "Clinton", "Says", "Russians Hacked DNC"),  # frames._object_read_as_subject
                  ("headline_conjunct", "Clinton", "Calls", "Trump’s Putin Remarks ‘Troubling.’")], id="comma"),
]


@pytest.mark.parametrize("title,expected", CONJUNCT_CASES)
def test_headline_conjunct(extractor, title, expected):
    assert title_statements(extractor, title) == expected


def test_conjunct_with_its_own_statement_is_not_doubled(extractor):
    """A conjoined verb another rule already reads is left to it."""
    title = "Rep. Gwen Graham slams Trump, praises Clinton as 'work horse, not show horse.'"
    assert not [row for row in title_statements(extractor, title) if row[0] == "headline_conjunct"]


BASE_FORM_CASES = [
    pytest.param("Terrorists mock bids to block them online.",
                 ("headline_noun_verb", "Terrorists", "mock", "bids to block them online"), id="mock"),
    pytest.param("Post-9/11 Rebuilding Isn’t The Only Reason Hedge Funds Support Hillary Clinton.",
                 ("headline_noun_verb", "Only Reason Hedge Funds", "Support", "Hillary Clinton"), id="support"),
]


@pytest.mark.parametrize("title,expected", BASE_FORM_CASES)
def test_headline_base_form_after_plural(extractor, title, expected):
    assert expected in title_statements(extractor, title)
