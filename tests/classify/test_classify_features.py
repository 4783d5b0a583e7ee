"""Feature columns: the structure template on the seeds gold and on headline shapes it documents."""

from __future__ import annotations

import pytest
from conftest import EMERGENT, SEEDS_GOLD

from annotate.classify.datasets import emergent_records, seeds_gold_records
from annotate.classify.features import (
    FEATURE_COLUMNS,
    NUMBER_MARK,
    NUMERIC_COLUMNS,
    OTHER_MARK,
    SHARED_MARK,
    TEMPLATE_WORDS,
    feature_frame,
    normalise,
    target_terms,
    template,
    tokens,
)
from annotate.classify.lexicons import HEDGE_ATTRIBUTION, HEDGE_EVIDENTIAL, HEDGE_MODAL, HEDGE_RUMOUR, HEDGE_WORDS
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


HEDGE_GROUP_COLUMNS = ("hedge_modal", "hedge_attribution", "hedge_rumour", "hedge_evidential")


def test_hedge_groups_partition_the_hedge_lexicon():
    groups = (HEDGE_MODAL, HEDGE_ATTRIBUTION, HEDGE_RUMOUR, HEDGE_EVIDENTIAL)
    assert sum(len(g) for g in groups) == len(frozenset().union(*groups))  # disjoint
    assert frozenset().union(*groups) == HEDGE_WORDS | {"says", "said", "say", "according"}
    assert set(HEDGE_GROUP_COLUMNS) <= set(NUMERIC_COLUMNS)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Apple may sell 19M watches, analyst says", (1, 1, 0, 0)),
        ("Castro death rumours unconfirmed, Cuba apparently calm", (0, 0, 2, 1)),
        ("Reportedly, sources say it could be sold, claims report", (1, 3, 0, 0)),  # counts capped at 3
        ("Houthis took the Marines' weapons", (0, 0, 0, 0)),
        ("Fighter feared killed as Gaza accuses Israel; suspected strike", (0, 1, 0, 2)),
        ("Minister insists people think it was staged", (0, 1, 0, 1)),
    ],
)
def test_hedge_group_columns_count_each_kind_of_hedge(headline, expected):
    frame = feature_frame([PredictItem(statement_id="x", text=headline, target=CLAIM)])
    assert tuple(frame.loc[0, list(HEDGE_GROUP_COLUMNS)]) == expected


def test_attribution_words_mark_reports_rather_than_assertions_on_emergent(emergent):
    """On Emergent, "observing" headlines (-> neutral) carry attribution words far more often than "for" ones."""
    records = list(emergent_records(EMERGENT))
    items = [PredictItem(statement_id=r["statement_id"], text=r["text"], target=r["target"]) for r in records]
    frame = feature_frame(items)
    has = frame["hedge_attribution"] > 0
    share = {label: has[[r["stance"] == label for r in records]].mean() for label in ("support", "neutral")}
    assert share["neutral"] > 0.25 and share["support"] < 0.06, share


#: Suspicion and one-sided-account words (HEDGE_EVIDENTIAL / HEDGE_ATTRIBUTION, FEATURES_VERSION 4).
SUSPICION_WORDS = ("suspected", "feared", "think", "thinks", "accuses", "accused", "accusing", "insists")


def test_suspicion_and_one_sided_account_words_mark_reports_on_emergent(emergent):
    """Emergent headlines with "suspected", "feared", "accuses", "insists"... are mostly "observing" (-> neutral)."""
    assert set(SUSPICION_WORDS) <= HEDGE_EVIDENTIAL | HEDGE_ATTRIBUTION
    records = list(emergent_records(EMERGENT))
    labels = [r["stance"] for r in records if set(tokens(r["text"])) & set(SUSPICION_WORDS)]
    assert len(labels) >= 15, len(labels)
    assert labels.count("neutral") / len(labels) > 0.6, labels
