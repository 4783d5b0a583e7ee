"""Headline/claim columns (annotate.classify.headline) on real rows: Emergent's headlines and the seeds gold."""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import SEEDS_GOLD

from annotate.classify.datasets import emergent_records, seeds_gold_records
from annotate.classify.features import (
    FEATURE_COLUMNS,
    FEATURES_VERSION,
    NUMERIC_COLUMNS,
    PAIR_ONLY_COLUMNS,
    PREFIX,
    READABLE_FEATURES_VERSIONS,
    feature_frame,
    lexical,
    target_terms,
)
from annotate.classify.headline import HEADLINE_COLUMNS, headline_features
from annotate.classify.model import build_pipeline
from annotate.records import PredictItem


def _columns(headline: str, claim: str) -> dict[str, float]:
    lex = lexical(headline)
    index = lex.index
    return headline_features(lex.headline, index.content, index.negation, index.refute, target_terms(claim).view, PREFIX)


@pytest.fixture(scope="module")
def emergent_frame(emergent):
    records = list(emergent_records(emergent))
    items = [PredictItem(statement_id=r["statement_id"], text=r["text"], target=r["target"]) for r in records]
    frame = feature_frame(items)
    frame["label"] = [r["stance"] for r in records]
    return frame


def test_headline_columns_are_stance_only_numeric_columns():
    assert set(HEADLINE_COLUMNS) <= set(NUMERIC_COLUMNS) & set(PAIR_ONLY_COLUMNS)
    assert set(HEADLINE_COLUMNS) <= set(FEATURE_COLUMNS)
    stance = build_pipeline("stance", 10).named_steps["features"]
    certainty = build_pipeline("certainty", 10).named_steps["features"]
    numeric = {name: cols for name, _, cols in stance.transformers}["lexicons"]
    assert set(HEADLINE_COLUMNS) <= set(numeric)
    assert not set(HEADLINE_COLUMNS) & set({name: cols for name, _, cols in certainty.transformers}["lexicons"])
    # v6 only added columns: a v5 model (the shipped base model) is still served
    assert FEATURES_VERSION == 6 and READABLE_FEATURES_VERSIONS == {5, 6}


def test_seeds_gold_statements_without_a_target_have_all_headline_columns_zero():
    records = [r for r in seeds_gold_records(SEEDS_GOLD) if r["target"]]
    targeted = feature_frame([PredictItem(statement_id=r["statement_id"], text=r["text"], target=r["target"]) for r in records])
    untargeted = feature_frame([PredictItem(statement_id=r["statement_id"], text=r["text"]) for r in records])
    assert len(targeted) == len(untargeted) == 46
    assert (untargeted[list(HEADLINE_COLUMNS)] == 0).all().all()
    # with its target, the claim's terms are found in most statements, and some columns differ from zero
    assert (targeted["h_cover_other"] > 0).mean() > 0.5
    assert (targeted[list(HEADLINE_COLUMNS)] != 0).any(axis=1).mean() > 0.5


def test_order_of_the_shared_terms_reads_who_did_what():
    claim = "Police arrested the protester"
    assert _columns("Police arrested a protester on Monday", claim)["h_order"] == 1.0
    assert _columns("Protester arrested police officer", claim)["h_order"] < 0


def test_negation_of_an_aligned_word_against_the_claim():
    claim = "Banksy was arrested in London"
    assert _columns("Banksy was not arrested, police say", claim)["h_neg_mismatch"] == 1.0
    assert _columns("Banksy arrested in London", claim)["h_neg_mismatch"] == 0.0
    # a negation the claim has too is no mismatch
    assert _columns("Banksy was not arrested", "Banksy was not arrested in London")["h_neg_mismatch"] == 0.0


def test_framing_of_the_whole_headline():
    claim = "Apple is buying Path"
    assert _columns("Apple in late stages to acquire Path, report says", claim)["h_report_frame"] == 1.0
    assert _columns("Is Apple buying Path", claim)["h_question_form"] == 1.0
    assert _columns("Apple buys Path", claim)["h_question_form"] == 0.0
    assert _columns("Hoax: Apple is not buying Path", claim)["h_refute_before"] == 1.0
    assert _columns("Alleged Path purchase by Apple", claim)["h_qualified_term"] == 1.0
    # a hedge the claim itself holds is no distance from it
    said = "A priest says God is a woman"
    assert _columns("Priest says God is female", said)["h_hedge_unmatched"] == 0.0
    assert _columns("Priest reportedly says God is female", said)["h_hedge_unmatched"] == 1.0


@pytest.mark.parametrize(
    ("column", "label", "share"),
    [
        ("h_refute_before", "oppose", 0.5),  # a denial before the claim's terms ("Police deny ... arrest")
        ("h_refute_after", "oppose", 0.5),
        ("h_neg_mismatch", "oppose", 0.5),
        ("h_question_form", "neutral", 0.5),
        ("h_report_frame", "neutral", 0.5),
        ("h_qualified_term", "neutral", 0.5),
        ("h_future_hedged", "neutral", 0.5),
    ],
)
def test_on_emergent_each_cue_column_marks_its_stance(emergent_frame, column, label, share):
    """Among the Emergent headlines where the column fires, its stance is the majority (more than ``share``)."""
    fired = emergent_frame[emergent_frame[column] > 0]
    assert len(fired) >= 30, column
    counts = Counter(fired["label"])
    assert counts[label] / len(fired) > share, (column, counts)


def test_on_emergent_hedges_near_the_claim_separate_observing_from_for(emergent_frame):
    means = emergent_frame.groupby("label")["h_hedge_close"].mean()
    assert means["neutral"] > 3 * means["support"]
