"""Adjectives of attitude after a copula (annotate/extract/families.py ``attitude_adjective``, lexicon
``noun_lexicons.ATTITUDE_ADJECTIVES``): "S is confident that C", "S was adamant that C", "S is hopeful about C",
"S remains worried over C"; the copula's subject is the source. Made-up news sentences (no PolNeAR text), positives
and negatives; each positive fails on the code before this family."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, run  # noqa: F401 - extractor is a fixture

# (sentence, cue, expected source, expected content, kind, rule)
CASES = [
    pytest.param(
        "The union leaders are confident that the strike will end this week.",
        "are confident", "The union leaders", "the strike will end this week", "indirect", "attitude_adjective",
        id="confident-that",
    ),
    pytest.param(
        "The mayor was adamant that the bridge would reopen in May.",
        "was adamant", "The mayor", "the bridge would reopen in May", "indirect", "attitude_adjective",
        id="adamant-that",
    ),
    pytest.param(
        "Farm groups remained hopeful about the new trade deal.",
        "remained hopeful about", "Farm groups", "the new trade deal", "indirect", "attitude_adjective",
        id="hopeful-about",
    ),
    pytest.param(
        "The senator is worried over the cost of the program.",
        "is worried over", "The senator", "the cost of the program", "indirect", "attitude_adjective",
        id="worried-over",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "content", "kind", "rule"), CASES)
def test_pattern(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


# (sentence, rule that must NOT fire)
NEGATIVES = [
    # A thing, not a person, body or document, cannot hold an attitude.
    pytest.param("The market was hopeful that rates would fall.", "attitude_adjective", id="not-agentive"),
    # Attributive, not after a copula.
    pytest.param("A confident team took the field as fans hoped that it would win.", "attitude_adjective",
                 id="attributive"),
    # An adjective outside the class: "sure" and "glad" are left out.
    pytest.param("The coach was glad that the season was over.", "attitude_adjective", id="outside-class"),
]


@pytest.mark.parametrize(("text", "rule"), NEGATIVES)
def test_not_this_family(extractor, text, rule):
    assert rule not in [s.rule for s in run(extractor, text)]
