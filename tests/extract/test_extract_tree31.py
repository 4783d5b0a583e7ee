"""Issue 12, session 31 (precision: shapes of unmatched predictions found with a shallow decision tree over features of
every train prediction), on real PolNeAR train sentences; each positive fails on the code before its change (main
a66144a for the first table) and passes after.

- A cue noun with no source and a short prepositional object ("hard to parse opinions about Mrs. Clinton", "expectations
  of women", "attracted criticism for number of reasons"): ``cue_noun`` took the object as content with no source; now
  an object of three words at most gives nothing when nobody holds the noun (``noun_cues._short_object``). A longer
  object ("accusations of favoritism toward Clinton Foundation donors") or a clause keeps its statement."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, found  # noqa: F401 - extractor is a fixture

# (text, cue): no statement of this cue
SHORT_OBJECT_CASES = [
    pytest.param(
        "And it has always been hard to parse opinions about Mrs. Clinton and about powerful women in general.",
        "opinions about", id="opinions-about-name",
    ),
    pytest.param(
        "But if she seemed to embody contradictions, they also reflected a society in which expectations of women, "
        "and women's expectations for themselves, were rapidly changing.",
        "expectations of", id="expectations-of-group",
    ),
    pytest.param(
        "The program attracted criticism for number of reasons, including both its restrictive criteria and its slow "
        "start.",
        "criticism for", id="criticism-for-reasons",
    ),
]


@pytest.mark.parametrize("text,cue", SHORT_OBJECT_CASES)
def test_sourceless_short_object_gives_no_statement(extractor, text, cue):
    assert not [row for row in found(extractor, text) if row[2] == cue]


def test_sourceless_longer_object_keeps_statement(extractor):
    """An object of more than three words keeps its statement (passes before and after)."""
    assert_case(
        extractor,
        "With Mrs. Clinton facing accusations of favoritism toward Clinton Foundation donors during her time as "
        "secretary of state, former President Bill Clinton told foundation employees on Thursday that the organization "
        "would no longer accept foreign or corporate donations should Mrs. Clinton win in November.",
        "accusations of", None, "favoritism toward Clinton Foundation donors", "indirect", "cue_noun",
    )
