"""Issue 12, session 30 (nesting), on real PolNeAR train sentences; each positive fails on the code before its change
(main dc45eff for the first table, 8df637b for the second) and passes after.

- A statement inside an "according to X" statement's content ("Mook ... told aides that C, according to someone in
  attendance"; "voters who believe that C, according to exit polling data"): the inner cue gave a statement of its
  own beside X's, and PolNeAR's gold keeps only the outer attribution. ``attach._drop_reported`` now drops the inner
  one. A quotation with its own cue inside the "according to" span ('"Q," Hewitt said, according to a transcript')
  stays the quoted speaker's statement.
- A statement whose source follows "that", inside another statement's content: a complement clause of the outer
  cue ("She added that she understands C", "Kasich said he would present a plan and that he thinks C") or a relative
  clause on one of its words ("a gap in border security that homeland security experts say C"). The inner cue gave a
  second statement; PolNeAR keeps the outer one alone, and ``attach._drop_that_clause`` now drops the inner one. A
  conjoined verb of the outer speaker without "that" ("He said that C1 but did not suggest C2") keeps its own."""

from __future__ import annotations

import pytest

from extract_helpers import extractor, found  # noqa: F401 - extractor is a fixture

# (text, inner cue dropped, source of the "according to" statement kept)
REPORTED_CASES = [
    pytest.param(
        "At the moment Sanders announced his candidacy last spring, Mook was holding a meeting in his office at the "
        "campaign's Brooklyn, N.Y., headquarters and told aides that he viewed Sanders as a genuine threat, according "
        "to someone in attendance.",
        "told", "someone in attendance", id="told-inside-according-to",
    ),
    pytest.param(
        "Democratic presidential front-runner Hillary Clinton performed well among New York primary voters who believe "
        "that Wall Street is a boon for the economy, according to exit polling data.",
        "believe", "exit polling data", id="relative-believe-inside-according-to",
    ),
]


@pytest.mark.parametrize("text,inner,outer", REPORTED_CASES)
def test_statement_inside_according_to_is_dropped(extractor, text, inner, outer):
    rows = found(extractor, text)
    assert not [row for row in rows if row[2] == inner]
    assert [row for row in rows if row[0] == "according_to" and row[1] == outer]


def test_quotation_inside_according_to_stays(extractor):
    """A quotation with its own cue inside the "according to" span stays its speaker's statement."""
    text = (
        "“But he’s not sympathetic to them. He hates them. He’s trying to kill them,” Hewitt said, according to a "
        "transcript of the show."
    )
    rows = found(extractor, text)
    assert [row for row in rows if row[2] == "said" and row[1] == "Hewitt" and row[0] == "quote"]


# (text, inner cue dropped, outer cue kept)
THAT_CLAUSE_CASES = [
    pytest.param(
        "She added that she understands people may have concerns but downplayed any impact her private server may have "
        "in November.",
        "understands", "added", id="that-complement",
    ),
    pytest.param(
        "Kasich said he would present an immigration plan to Congress within his first 100 days as president and that "
        "he thinks it would pass.",
        "thinks", "said", id="and-that-complement",
    ),
    pytest.param(
        "Border Patrol agents cannot hear smugglers digging and do not know how many tunnels there are, a gap in "
        "border security that homeland security experts say renders talk of a wall moot.",
        "say", "do not know", id="that-relative",
    ),
    pytest.param(
        "Schlafly also noted that Reagan and Trump have shown they are willing to negotiate, but never compromise, on "
        "the core ideas they believe vital to the nation’s security.",
        "have shown", "noted", id="noted-that",
    ),
]


@pytest.mark.parametrize("text,inner,outer", THAT_CLAUSE_CASES)
def test_that_clause_inside_statement_is_dropped(extractor, text, inner, outer):
    rows = found(extractor, text)
    assert not [row for row in rows if row[2] == inner]
    assert [row for row in rows if row[2] == outer]


def test_conjoined_verb_without_that_stays(extractor):
    """The outer speaker's second verb, with no "that" before its source, keeps a statement of its own."""
    text = (
        "He said that he would offer “a prayer” for the eventual Republican nominee but did not suggest it would be "
        "Trump, who has a significant delegate lead over Ted Cruz and John Kasich."
    )
    rows = found(extractor, text)
    assert [row for row in rows if row[2] == "did not suggest" and row[3] == "it would be Trump"]
    assert [row for row in rows if row[2] == "said"]
