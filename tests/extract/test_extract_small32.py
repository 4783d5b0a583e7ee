"""Issue 12, session 32 (precision of the small rules), on real PolNeAR train sentences; each positive fails on the
code before its change (main f224f52 for the first table) and passes after.

- "S referred to X (as Y)": the ``referring_to`` rule gave the object alone as a second statement of the cue that
  ``verb_prep_object`` reads as well ("refer to" is a phrasal cue of the verb rules), or, where the verb rules found
  nothing, a cut object ("herself" for "herself, Mr. Bannon, Mr. Manafort and Mr. Gates"); the rule is gone, and the
  verb rules' statement of the cue is the only one."""

from __future__ import annotations

import pytest

from extract_helpers import found, extractor  # noqa: F401 - extractor is a fixture

# (text, the verb rules' statement that stays as (rule, source, cue, content), or None)
REFERRED_CASES = [
    pytest.param(
        "A friend referred to him as “the most beautiful soul I’ve ever met in my whole life” in a Facebook post.",
        ("verb_prep_object", "A friend", "referred to",
         "him as “the most beautiful soul I’ve ever met in my whole life” in a Facebook post"),
        id="referred-as-twin",
    ),
    pytest.param(
        "In her frequent correspondence with Clinton, she often referred to her by a nickname, “Gert.”",
        ("verb_prep_object", "she", "referred to", "her by a nickname"), id="referred-by-twin",
    ),
    pytest.param(
        "''We met as the 'core four' today,'' Ms. Conway added, referring to herself, Mr. Bannon, Mr. Manafort and "
        "Mr. Gates.", None, id="referring-cut-object",
    ),
]


@pytest.mark.parametrize("text,kept", REFERRED_CASES)
def test_referred_to_one_statement(extractor, text, kept):
    rows = found(extractor, text)
    assert not [row for row in rows if row[0] == "referring_to"]
    if kept is not None:
        assert kept in rows
