"""Issue 12, session 30 (nesting), on real PolNeAR train sentences; each positive fails on the code before its change
(main dc45eff for the first table) and passes after.

- A statement inside an "according to X" statement's content ("Mook ... told aides that C, according to someone in
  attendance"; "voters who believe that C, according to exit polling data"): the inner cue gave a statement of its
  own beside X's, and PolNeAR's gold keeps only the outer attribution. ``attach._drop_reported`` now drops the inner
  one. A quotation with its own cue inside the "according to" span ('"Q," Hewitt said, according to a transcript')
  stays the quoted speaker's statement."""

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
