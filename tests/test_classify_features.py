"""Feature columns: the structure template on the seeds gold and on headline shapes it documents."""

from __future__ import annotations

import pytest
from conftest import SEEDS_GOLD

from annotate.classify.datasets import seeds_gold_records
from annotate.classify.features import (
    FEATURE_COLUMNS,
    NUMBER_MARK,
    OTHER_MARK,
    SHARED_MARK,
    TEMPLATE_WORDS,
    feature_frame,
    normalise,
    target_terms,
    template,
)
from annotate.records import PredictItem

CLAIM = "Houthi rebels took the Marines' weapons"


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Official: Houthis take 12 weapons", "<s> official : _t_ _x_ _n_ _t_ </s>"),
        ("Houthis took weapons, officials say", "<s> _t_ _t_ _t_ officials say </s>"),
        ("Did Houthis really take the weapons?", "<s> did _t_ _x_ _x_ the _t_ ? </s>"),
        ("Marines denied handing over weapons", "<s> _t_ denied _x_ over _t_ </s>"),
    ],
)
def test_template_keeps_structure_words_and_marks_the_rest(headline, expected):
    assert template(normalise(headline), target_terms(CLAIM).terms) == expected


def test_template_on_the_seeds_gold_keeps_no_other_content_word():
    records = [r for r in seeds_gold_records(SEEDS_GOLD) if r["target"]]
    items = [PredictItem(statement_id=r["statement_id"], text=r["text"], target=r["target"]) for r in records]
    assert len(items) == 46
    frame = feature_frame(items)
    assert list(frame.columns) == list(FEATURE_COLUMNS)
    marks = {SHARED_MARK, OTHER_MARK, NUMBER_MARK, "<s>", "</s>", ":", "?", "!", '"'}
    for row in frame.itertuples():
        words = row.template.split()
        assert words[0] == "<s>" and words[-1] == "</s>"
        assert all(w in marks or w in TEMPLATE_WORDS or w.endswith("n't") for w in words), row.template
        # a statement sharing content terms with its target shows them as SHARED_MARK
        assert (SHARED_MARK in words) == (row.target_overlap > 0), (row.text, row.template)
