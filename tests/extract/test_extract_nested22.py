"""Statements do not nest (issue 12, session 22): a minor-rule statement (object, infinitive and noun
families) whose cue lies inside the content of ANY other statement is dropped, not only inside a speech
statement's (``attach._drop_nested_minor``). PolNeAR's gold never marks a cue inside another statement's
content: of the minor statements nested in a minor one on PolNeAR train, about three in four were false
positives. Real PolNeAR train sentences; on the code before, each also gave the inner statement."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, found  # noqa: F401 - extractor is a fixture

# (sentence, outer cue, source, content, kind, rule, inner cue that must not be a statement)
CASES = [
    pytest.param(
        "(John Schlafly defended his mother and refused to repudiate Republican politicians, like Pat Robertson, "
        "who had condemned homosexuality.",
        "refused", "John Schlafly",
        "to repudiate Republican politicians, like Pat Robertson, who had condemned homosexuality", "indirect",
        "verb_xcomp", "had condemned",
        id="relative-in-infinitive",
    ),
    pytest.param(
        "WASHINGTON — U.S. presidential candidates on Wednesday reacted to a mass shooting in San Bernardino, "
        "California, where authorities reported at least 20 victims at a nonprofit center that works with "
        "individuals with developmental disabilities.",
        "reacted to", "U.S. presidential candidates",
        "a mass shooting in San Bernardino, California, where authorities reported at least 20 victims at a "
        "nonprofit center that works with individuals with developmental disabilities", "indirect",
        "verb_prep_object", "reported",
        id="relative-in-prep-object",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "content", "kind", "rule", "inner"), CASES)
def test_inner_dropped(extractor, text, cue, source, content, kind, rule, inner):
    assert_case(extractor, text, cue, source, content, kind, rule)
    assert inner not in [cue for _, _, cue, _ in found(extractor, text)]
