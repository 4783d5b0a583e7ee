"""Rule priors (the cold-start predictor) on the seeds gold and on the cues they document."""

from __future__ import annotations

import pytest
from conftest import SEEDS_GOLD

from annotate.classify import load_predictor
from annotate.classify.datasets import seeds_gold_records
from annotate.records import PredictItem
from annotate.schema import load_schema

TARGET = "Hamas has moved its political bureau from Qatar to Turkey."


def item(text: str, cue: str | None = None, target: str | None = TARGET) -> PredictItem:
    return PredictItem(statement_id="x", text=text, cue=cue, target=target)


def test_without_a_model_load_predictor_gives_the_rules(tmp_path):
    predictor = load_predictor(tmp_path / "no-model-here", rules_if_missing=True)
    assert predictor.model_version == "rules-1"
    schema = load_schema()
    (prediction,) = predictor.predict([item("Hamas may have moved some offices to Turkey", "said")])
    for name in ("stance", "certainty"):
        field = getattr(prediction, name)
        assert list(field.probabilities) == schema.classes(name)
        assert sum(field.probabilities.values()) == pytest.approx(1.0)
        assert field.score == field.probabilities[field.label] == max(field.probabilities.values())


@pytest.mark.parametrize(
    ("text", "cue", "stance", "certainty"),
    [
        ("the United States could neither confirm nor deny reports of Hamas leaders relocating to Turkey", "stated", "neutral", "uncommitted"),
        ("the Hamas political bureau had relocated from Qatar to Turkey", "denied reports", "oppose", "certain"),
        ("Hamas has not moved its bureau to Turkey", "said", "oppose", "certain"),
        ("its bureau may reportedly move to Turkey", "said", "neutral", "hedged"),
        ("Some Hamas officials moved from Qatar to Turkey", "confirmed", "support", "certain"),
        ("Egypt will host the ceasefire talks", "said", "unrelated", "certain"),
        ("the photo of Hamas leaders moving to Turkey was doctored", None, "oppose", "certain"),
        ("Hamas bureau move to Turkey was staged, officials say", None, "oppose", "certain"),
        ("reports that Hamas moved its bureau to Turkey are inaccurate", "said", "oppose", "certain"),
        ("Qatar rebuffs claims of a Hamas bureau move to Turkey", None, "oppose", "certain"),
    ],
)
def test_documented_cues(text, cue, stance, certainty):
    (prediction,) = load_predictor(_nowhere(), rules_if_missing=True).predict([item(text, cue)])
    assert (prediction.stance.label, prediction.certainty.label) == (stance, certainty)


def _nowhere():
    from pathlib import Path

    return Path("/nonexistent/annotate-models")


def test_no_target_means_no_stance_but_certainty():
    (prediction,) = load_predictor(_nowhere(), rules_if_missing=True).predict([item("Hamas may have moved", "said", target=None)])
    assert prediction.stance is None and prediction.certainty.label == "hedged"


def test_rules_on_the_seeds_gold_beat_the_majority_class():
    rows = list(seeds_gold_records(SEEDS_GOLD))
    items = [PredictItem(statement_id=r["statement_id"], text=r["text"], target=r["target"], cue=r["cue"], kind=r["kind"]) for r in rows]
    predictions = load_predictor(_nowhere(), rules_if_missing=True).predict(items)
    stance = sum(r["stance"] == p.stance.label for r, p in zip(rows, predictions)) / len(rows)
    certainty = sum(r["certainty"] == p.certainty.label for r, p in zip(rows, predictions)) / len(rows)
    assert stance > 17 / 46  # majority class (oppose)
    assert certainty >= 0.9  # majority (certain) is 41/46 = 0.89
