"""A statement ends where its clause ends: another source's attribution after a comma is its own statement.
Sentences from PolNeAR train (politico 2016-07-06, wash-post 2016-05-05, huff-post 2016-03-10) and the
annotator's example of issue 12."""

from __future__ import annotations

import pytest

from extract_helpers import extractor, run  # noqa: F401 - extractor is a fixture


def found(extractor, text):
    return [(s.source.text if s.source else None, s.cue.text if s.cue else None, s.content.text) for s in run(extractor, text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Comey has said that he regularly makes recommendations on cases, Lewandowski said he does not do them publicly.",
            [("Comey", "has said", "he regularly makes recommendations on cases"),
             ("Lewandowski", "said", "he does not do them publicly")],
            id="second-source-said",
        ),
        pytest.param(
            "Some 520 superdelegates have publicly said they support Clinton, 39 have said they support Sanders.",
            [("Some 520 superdelegates", "have publicly said", "they support Clinton"),
             ("39", "have said", "they support Sanders")],
            id="second-count-said",
        ),
        pytest.param(
            "He said he would bring back waterboarding, he clarified that it would be on firm legal grounding.",
            [("He", "said", "he would bring back waterboarding"), ("he", "clarified", "it would be on firm legal grounding")],
            id="same-source-new-cue",
        ),
        pytest.param(
            'The ministry said that Turkey had shelled the village, a charge the foreign ministry rejected as "completely false."',
            [("The ministry", "said", "Turkey had shelled the village"),
             ("the foreign ministry", "rejected as", "completely false")],
            id="trailing-reaction",
        ),
    ],
)
def test_a_second_attribution_is_its_own_statement(extractor, text, expected):
    assert found(extractor, text) == expected
