"""Issue 12, session 30 (content boundaries), on real PolNeAR train sentences; each positive fails on the code
before its change (main f4f0276 for the first table) and passes after.

- A list of objects whose second item follows a comma ("thanked his parents, his siblings, his wife and his
  children", "citing her "long experience," "firm grasp of the issues" and preparedness"): the parser reads the
  second item as an apposition of the object (or as a second object after a comma), and ``_object_tokens`` left it
  out with the relative clauses and appositions, so the content stopped at the first item. An apposition of the
  object itself after a comma whose phrase coordinates two nouns with "and" / "or" now stays
  (``extents._list_item``). An apposition on a noun inside the object's phrase is still a description and left out
  ("criticism from Giles, Millis and Harold Doley, a banker and former Reagan administration official who ...")."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, found  # noqa: F401 - extractor is a fixture

# (text, cue, expected source, expected content, kind, rule)
LIST_OBJECT_CASES = [
    pytest.param(
        "Trump thanked his parents, his siblings, his wife and his children, as well as his campaign manager, Corey "
        "Lewandowski, and his spokeswoman, Hope Hicks.",
        "thanked", "Trump",
        "his parents, his siblings, his wife and his children, as well as his campaign manager, Corey Lewandowski, "
        "and his spokeswoman",
        "indirect", "verb_object", id="list-after-object",
    ),
    pytest.param(
        "On Tuesday, Gov. Jerry Brown endorsed her, citing her \"long experience,\" \"firm grasp of the issues\" and "
        "preparedness.",
        "citing", "Gov. Jerry Brown",
        "her \"long experience,\" \"firm grasp of the issues\" and preparedness",
        "mixed", "verb_object", id="quoted-list-after-object",
    ),
    pytest.param(
        "And on Tuesday, he offered yet another scripted address, this time on law and order.",
        "offered", "he", "yet another scripted address, this time on law and order",
        "indirect", "verb_object", id="apposition-with-coordination",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", LIST_OBJECT_CASES)
def test_list_after_object_stays(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_description_inside_object_left_out(extractor):
    """Negative (passes before and after): an apposition on a noun inside the object's phrase is left out, and the
    cue inside it keeps its own statement."""
    text = (
        "He dismissed criticism from Giles, Millis and Harold Doley, a banker and former Reagan administration official "
        "who has suggested Carson’s aides have been making an unseemly amount of money off his candidacy."
    )
    rows = found(extractor, text)
    assert ("verb_object", "He", "dismissed", "criticism from Giles, Millis and Harold Doley") in rows
    assert any(row[2] == "has suggested" for row in rows)
