"""How a trained field's label is read from its calibrated probabilities: argmax, or prior-corrected
argmax, picked on inner folds of the training labels (annotate.classify.train.choose_decision)."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from conftest import SEEDS_GOLD, need_corpus

from annotate.classify import load_predictor
from annotate.classify.corpora import read_csv
from annotate.classify.datasets import seeds_gold_records
from annotate.classify.features import feature_frame
from annotate.classify.model import decide, decision_weights, full_probabilities
from annotate.classify.train import fit_field, fit_pipeline, train_model
from annotate.records import Annotation, PredictItem

CERTAINTY = ["certain", "hedged", "uncommitted"]


def test_prior_weights_divide_by_the_training_share_and_ignore_unseen_classes():
    weights = decision_weights("prior", {"certain": 0.8, "hedged": 0.2}, CERTAINTY)
    assert weights.tolist() == pytest.approx([1.25, 5.0, 0.0])
    proba = np.array([[0.7, 0.3, 0.0], [0.9, 0.1, 0.0]])
    assert decide(proba).tolist() == [0, 0]
    # 0.3 / 0.2 > 0.7 / 0.8: hedged is more likely than usual, so it is the label
    assert decide(proba, weights).tolist() == [1, 0]
    assert decision_weights("argmax", {}, CERTAINTY).tolist() == [1.0, 1.0, 1.0]
    with pytest.raises(ValueError, match="unknown decision"):
        decision_weights("threshold", {}, CERTAINTY)


def test_fit_field_fits_the_same_pipeline_as_pipeline_fit():
    records = [r for r in seeds_gold_records(SEEDS_GOLD) if r.get("stance")]
    items = [PredictItem(statement_id=str(i), text=r["text"], target=r["target"], cue=r.get("cue")) for i, r in enumerate(records)]
    y = [r["stance"] for r in records]
    frame = feature_frame(items)
    fitted = fit_field("stance", frame, y)
    classes = sorted(set(y))
    # liblinear's coordinate descent is not bit-for-bit repeatable between two fits: equal to 1e-4
    stepwise = full_probabilities(fitted.pipeline, frame, classes)
    assert np.allclose(stepwise, full_probabilities(fit_pipeline("stance", frame, y), frame, classes), atol=1e-4)
    assert not np.allclose(stepwise, 1 / len(classes), atol=0.05)
    # 4 'support' labels: too few for inner folds to score a decision on, so the label is the argmax
    assert (fitted.decision, fitted.scores) == ("argmax", {})
    assert fitted.priors == {c: n / len(y) for c, n in Counter(y).items()}


@pytest.fixture(scope="module")
def weasel_model(tmp_path_factory):
    """`train_model` on every 14th Wikipedia weasel sentence (525; the file is sorted by label) as certainty annotations."""
    corpus = read_csv(need_corpus("wikiweasel") / "train.csv", "wikiweasel")
    rows = range(0, len(corpus), 14)
    annotations = [
        Annotation(task_id=i, statement_id=corpus.items[i].statement_id, article_id=corpus.groups[i], text=corpus.items[i].text,
                   labels={"certainty": corpus.labels[i]})
        for i in rows
    ]
    model_dir = tmp_path_factory.mktemp("decision") / "models" / "weasel"
    result = train_model(annotations, model_dir, fields=("certainty",), force=True)
    return result, model_dir, corpus


def test_the_decision_is_chosen_on_inner_folds_and_applied_when_predicting(weasel_model):
    result, model_dir, corpus = weasel_model
    info = result.metadata.fields["certainty"]
    assert set(info.decision_scores) == {"argmax", "prior"}
    assert info.decision == max(info.decision_scores, key=info.decision_scores.get)
    counts = info.counts
    assert counts["hedged"] < counts["certain"]  # hedged is the rare class: the prior decision calls it more often
    card = (result.version_dir / "README.md").read_text()
    assert "chosen on inner folds of the training labels" in card

    held = [corpus.items[i] for i in range(4, len(corpus), 12)]
    predictions = load_predictor(model_dir).predict(held)
    proba = np.array([[p.certainty.probabilities[c] for c in CERTAINTY] for p in predictions])
    total = sum(counts.values())
    weights = decision_weights(info.decision, {c: n / total for c, n in counts.items()}, CERTAINTY)
    expected = np.asarray(CERTAINTY)[decide(proba, weights)]
    assert [p.certainty.label for p in predictions] == expected.tolist()
    assert all(p.certainty.score == p.certainty.probabilities[p.certainty.label] for p in predictions)
    argmax = np.asarray(CERTAINTY)[decide(proba)]
    if info.decision == "prior":
        assert np.sum(expected == "hedged") > np.sum(argmax == "hedged")
