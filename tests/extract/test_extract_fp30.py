"""Issue 12, session 30 (precision: predictions that match no gold), on real PolNeAR train sentences; each positive
fails on the code before its change (main f4f0276 for the first table) and passes after.

- An object that stands for no content of its own ("What Beijing can offer is ...", "to what advocates estimated
  were ...", "that bond quickly revealed itself"): ``verb_object`` gave the lone "what" or reflexive pronoun as the
  content; now such an object alone gives no statement (``object_frames._empty_object``). A reflexive with a
  predicate after it ("described himself as a climate change skeptic") keeps its statement."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, found  # noqa: F401 - extractor is a fixture

# (text, cue): no statement of this cue
EMPTY_OBJECT_CASES = [
    pytest.param("What Beijing can offer is infrastructure loans and investment.", "can offer", id="what-subject-clause"),
    pytest.param(
        "The Child Citizenship Act of 2000 awarded citizenship retroactively to what advocates estimated were more than "
        "100,000 international adoptees younger than 18 who were already in the country when it went into effect in "
        "February 2001.",
        "estimated", id="what-free-relative",
    ),
    pytest.param(
        "As the young women skated through the 10,000-square-foot park, that bond quickly revealed itself.",
        "revealed", id="reflexive-alone",
    ),
]


@pytest.mark.parametrize("text,cue", EMPTY_OBJECT_CASES)
def test_empty_object_gives_no_statement(extractor, text, cue):
    assert not [row for row in found(extractor, text) if row[2] == cue]


def test_reflexive_with_predicate_keeps_statement(extractor):
    """A reflexive object with a predicate after it is content (passes before and after)."""
    assert_case(
        extractor, "He described himself as a climate change skeptic.", "described", "He",
        "himself as a climate change skeptic", "indirect", "verb_object",
    )
