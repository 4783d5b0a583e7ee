"""spaCy makes a new Token object on every access, so rules compare tokens with ``==`` (same doc, same index),
never ``is``. `relative_object` compared its subject with ``is`` and so never saw that a relative clause's
subject was the noun it modifies: "Murphy, a Florida Democrat who has been endorsed by ..." became a
statement whose content was "a Florida Democrat" (2 such on PolNeAR train, both false positives)."""

from __future__ import annotations

from extract_helpers import extractor, run  # noqa: F401 - extractor is a fixture


def found(extractor, text):
    return [(s.rule, s.source.text if s.source else None, s.content.text) for s in run(extractor, text)]


def test_a_relative_clause_about_its_own_noun_is_no_reaction(extractor):
    text = ("Murphy, a Florida Democrat who has been endorsed by both the teachers unions and the state party, "
            "has made school funding his chief priority.")
    assert not [f for f in found(extractor, text) if f[0] == "relative_object"]


def test_a_reaction_in_a_relative_clause_is_still_found(extractor):
    text = "Protesters gathered outside the court on Monday, a move the governor condemned as reckless."
    assert ("relative_object", "the governor", "reckless") in found(extractor, text)
