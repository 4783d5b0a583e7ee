"""Issue 12, session 29 (indirect speech recall, second pass: ind29b), on real PolNeAR train sentences; each positive
fails on the code before its change (main 331c692 for the first table) and passes after.

- Backing received from a group ("Rubio has won overwhelming support from members of Congress", "Trump earned the
  support of nearly four in 10 likely voters"): PolNeAR annotates the backed subject as the content and the group as
  the source, with "support" in the cue; no rule read it (``noun_cues.backing_noun``, rule ``cue_noun``). Without a
  group ("The protest effort enjoys some institutional support") nothing is taken."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, found  # noqa: F401 - extractor is a fixture

# (text, cue, expected source, expected content, kind, rule)
BACKING_CASES = [
    pytest.param(
        "Trump earned the support of nearly four in 10 likely voters.",
        "earned the support", "nearly four in 10 likely voters", "Trump", "indirect", "cue_noun", id="earned-support-of",
    ),
    pytest.param(
        "She drew support from a large majority of those who cared most about a candidate who can win in November.",
        "drew support", "a large majority of those who cared most about a candidate who can win in November", "She",
        "indirect", "cue_noun", id="drew-support-from",
    ),
    pytest.param(
        "Bernie Sanders continues to draw support among union members, and so, to a lesser extent, does Donald Trump.",
        "draw support", "union members", "Bernie Sanders", "indirect", "cue_noun", id="draw-support-among-xcomp",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", BACKING_CASES)
def test_backing_from_group(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_backing_without_group_gives_nothing(extractor):
    text = "But the protest effort enjoys some institutional support."
    assert not [row for row in found(extractor, text) if "support" in (row[2] or "")]
