"""Issue 12, session 30 (quotation statements missed: mixed and direct), on real PolNeAR train sentences; each
positive fails on the code before its change (main 81affec for the first table) and passes after.

- A naming verb read by the tagger as a participle on the noun before it ("Beruff, a Scott ally, called/VBN
  Florida's standards “strong.”", "De Blasio, speaking on WOR710, called Trump a “blowhard,”"): no rule fired, as
  the verb had no subject; ``rules.naming_participle`` now reads it as the clause verb when an object and then an
  opening quote mark follow, and gives the ``verb_predicate`` statement (object and quoted predicate). A reduced
  relative naming a thing ("a group called the “We The People Foundation.”": no noun before the quotation) gives
  nothing."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, found  # noqa: F401 - extractor is a fixture

# (text, cue, expected source, expected content, kind, rule)
NAMING_PARTICIPLE_CASES = [
    pytest.param(
        "Beruff, a Scott ally, called Florida’s standards “strong.”",
        "called", "Beruff, a Scott ally", "Florida’s standards “strong.”", "indirect", "verb_predicate",
        id="called-standards-strong",
    ),
    pytest.param(
        "De Blasio, speaking on WOR710, called Trump a “blowhard,” and said his anti-Muslim remarks were priceless "
        "“propaganda” for terrorist groups like Islamic State.",
        "called", "De Blasio, speaking on WOR710", "Trump a “blowhard,”", "indirect", "verb_predicate",
        id="called-trump-blowhard",
    ),
    pytest.param(
        "Stuart Stevens, who served as Mitt Romney's chief strategist during the 2012 campaign, called Trump's "
        "statements and actions on Sunday \"childish.\"",
        "called", "Stuart Stevens, who served as Mitt Romney's chief strategist during the 2012 campaign",
        "Trump's statements and actions on Sunday \"childish.\"", "indirect", "verb_predicate",
        id="called-after-relative-clause",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", NAMING_PARTICIPLE_CASES)
def test_naming_participle(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_reduced_relative_name_no_statement(extractor):
    """A thing named by a participle, with no object before the quotation, is no attribution."""
    text = "The banner was paid for by a group called the “We The People Foundation.”"
    assert not [row for row in found(extractor, text) if row[2] == "called"]
