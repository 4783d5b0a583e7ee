"""Issue 12, session 29 (lead): a statement in the attribution between a split quote's two parts, on real PolNeAR train
sentences; each positive fails on main e00b972 and passes after.

- '"Q1," Mr. Hedge said, referring to the two Trump resorts. "Q2."': the split quote's content runs from Q1 to Q2 and
  so holds the "referring to" cue, and ``attach._drop_nested_minor`` dropped the minor statement as nested in what
  Mr. Hedge said. The cue is in the writer's words between the quotations, not in the quote: the statement is kept
  (``attach._in_split_gap``), as PolNeAR's gold keeps it.
- A relative clause there describes the speaker ('"Q1," said X, a former governor, who supports Mrs. Clinton. "Q2."'):
  its statement ("who supports Mrs. Clinton") is still dropped; this case fails without the relative-word check."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, found, extractor  # noqa: F401 - extractor is a fixture

# (text, cue, expected source, expected content, kind, rule)
SPLIT_GAP_CASES = [
    pytest.param(
        "''The key to the success of these ventures was the broader market timing,'' Mr. Hedge said, referring to the "
        "two Trump resorts. ''I assume they saw the luxury golf market returning, which it has done.''",
        "referring to", "Mr. Hedge", "the two Trump resorts", "indirect", "verb_prep_object", id="referring-to-resorts",
    ),
    pytest.param(
        "\"How do you know those bruises weren't there before? I'm not a lawyer,\" Trump told reporters on his plane, "
        "referring to finger-shaped bruises that Fields showed to the police. \"Wouldn't you think she would have yelled "
        "out a scream or something if she has bruises on her arm?\"",
        "referring to", "Trump", "finger-shaped bruises that Fields showed to the police", "indirect", "verb_prep_object",
        id="referring-to-bruises",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", SPLIT_GAP_CASES)
def test_statement_in_split_gap_kept(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_relative_clause_in_split_gap_dropped(extractor):
    """The relative clause describes the speaker: no statement of its cue "supports"."""
    text = (
        "''If he tones down the rhetoric and continues to fight, he'll go out on a very high note with a lot of people, "
        "including me, thinking he did a great service to American democracy,'' said Edward G. Rendell, a former "
        "Pennsylvania governor, who supports Mrs. Clinton. ''But if he keeps it up, it could be brutal.''"
    )
    assert not [row for row in found(extractor, text) if row[2] == "supports"]
