"""The per-field scikit-learn pipeline and the predictor that applies a trained set of them.

One stock ``Pipeline`` per field: a ``ColumnTransformer`` over the columns of
:func:`annotate.classify.features.feature_frame` (word and character n-grams of the statement,
for stance of the statement with the target's terms masked instead, n-grams of its
structure template (:func:`annotate.classify.features.template`), one-hot cue lemma /
cue class / kind, scaled lexicon and pair features) feeding a ``CalibratedClassifierCV``
around a class-balanced ``LinearSVC``. The calibration is sigmoid on out-of-fold decision
values, with ``ensemble=False``: one SVM fitted on all labels (faster to fit and to apply than
an ensemble of per-fold models, and as accurate on Emergent's grouped CV). Nothing in it is our
code, so skops can load it with a short, explicit trusted-types list (see
:mod:`annotate.classify.store`).

Choices measured on Emergent with 5-fold GroupKFold by claim (``python -m annotate.bench
classify``), each fixed for all folds, not tuned per fold: LinearSVC C=0.1 vs LogisticRegression
C=4 (0.770 vs 0.760 uncalibrated); the template block +0.2-0.3 points over the same model;
char n-grams 3-4 rather than 3-5 (same accuracy, ~35% more statements/s).
"""

from __future__ import annotations

from typing import Any, Optional

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.svm import LinearSVC

from annotate.classify.fusion import fuse, support_share
from annotate.classify.features import CATEGORY_COLUMNS, NUMERIC_COLUMNS, PAIR_ONLY_COLUMNS, feature_frame, lexicals
from annotate.classify.rules import RulePredictor
from annotate.classify.transform import predict_proba_all
from annotate.records import FieldPrediction, Prediction, PredictItem

#: Pair features only make sense for stance (certainty is about the statement alone).
PAIR_COLUMNS: tuple[str, ...] = PAIR_ONLY_COLUMNS
#: Use isotonic calibration only once every class has this many labels; sigmoid before.
ISOTONIC_MIN_PER_CLASS = 1000
MAX_CALIBRATION_FOLDS = 3
REGULARISATION_C = 0.1  # LinearSVC's C (squared hinge, L2); larger overfits the n-grams
#: Seed of LinearSVC's liblinear solver, which shuffles the coordinates it updates and does not
#: converge in its iteration budget on these features: unseeded it draws from numpy's global state,
#: and two fits on the same labels differ. Fixed at 0 (not chosen by any score) so a fit is a
#: function of its labels. The calibration folds are an unshuffled StratifiedKFold (no seed needed).
RANDOM_STATE = 0
#: How a field's label is read from its calibrated probabilities (picked per fit on the training
#: labels only, :func:`annotate.classify.train.choose_decision`):
#: - ``argmax``: the most probable class;
#: - ``prior``: the class whose probability is highest relative to its share of the training labels
#:   (argmax of p(c|x) / prior(c)), the decision of a class-balanced model: a rare class (``hedged``)
#:   is called when it is more likely than usual, not only when it is more likely than the rest.
#: The probabilities themselves stay calibrated either way; the label's ``score`` is its probability.
DECISIONS: tuple[str, ...] = ("argmax", "prior")


def build_pipeline(field: str, min_class_count: int) -> Pipeline:
    """An unfitted pipeline for ``field``; ``min_class_count`` (labels of the rarest class) sets calibration."""
    numeric = [c for c in NUMERIC_COLUMNS if field == "stance" or c not in PAIR_COLUMNS]
    transformers = [
        ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b"), "text"),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4), sublinear_tf=True, max_features=100_000), "text"),
        ("categories", OneHotEncoder(handle_unknown="ignore"), list(CATEGORY_COLUMNS)),
        ("lexicons", StandardScaler(), numeric),
    ]
    if field == "stance":
        # Stance reads the statement with the target's terms masked: word n-grams of the masked text
        # replace those of the raw text, and the character n-grams read it too, so the model learns
        # how a statement treats *a* claim ("not _t_", "_t_ hoax"), not which claims' words go with
        # which label; that is what carries over to unseen targets (Emergent grouped CV, mean of 5
        # shuffled splits 0.775 -> 0.782; the deterministic split 0.777 both).
        transformers[0:2] = [
            ("pair", TfidfVectorizer(ngram_range=(1, 3), sublinear_tf=True, token_pattern=r"\S+"), "masked"),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4), sublinear_tf=True, max_features=100_000), "masked"),
            ("template", TfidfVectorizer(ngram_range=(1, 4), sublinear_tf=True, token_pattern=r"\S+", lowercase=False), "template"),
        ]
    else:
        # Certainty reads the structure template too: its n-grams keep hedge and weasel words with the
        # shape around them ("_x_ is said to", "some _x_ believe", "one of the most _x_"), which the raw
        # word n-grams split over every topic word (docs/experiments-stance.md, session 19).
        transformers.append(("template", TfidfVectorizer(ngram_range=(1, 4), sublinear_tf=True, token_pattern=r"\S+", lowercase=False), "template"))
    folds = max(2, min(MAX_CALIBRATION_FOLDS, min_class_count))
    method = "isotonic" if min_class_count >= ISOTONIC_MIN_PER_CLASS else "sigmoid"
    classifier = CalibratedClassifierCV(
        LinearSVC(C=REGULARISATION_C, class_weight="balanced", random_state=RANDOM_STATE),
        method=method,
        cv=folds,
        ensemble=False,
    )
    return Pipeline([("features", ColumnTransformer(transformers, sparse_threshold=1.0)), ("classifier", classifier)])


def full_probabilities(pipeline: Pipeline, frame, classes: list[str]) -> np.ndarray:
    """predict_proba over the schema's ``classes`` (0 for classes the model never saw), rows summing to 1."""
    return schema_probabilities(pipeline.predict_proba(frame), pipeline.classes_, classes)


def schema_probabilities(proba: np.ndarray, model_classes, classes: list[str]) -> np.ndarray:
    """``proba`` (columns over ``model_classes``) spread over the schema's ``classes``, rows summing to 1."""
    out = np.zeros((proba.shape[0], len(classes)))
    index = {name: i for i, name in enumerate(classes)}
    for column, name in enumerate(model_classes):
        out[:, index[str(name)]] = proba[:, column]
    sums = out.sum(axis=1, keepdims=True)
    sums[sums == 0] = 1.0
    return out / sums


def decision_weights(decision: str, priors: dict[str, float], classes: list[str]) -> np.ndarray:
    """Per-class weights whose product with the probabilities is argmaxed (:data:`DECISIONS`).

    ``priors``: each class's share of the training labels; a class with none gets weight 0 (it has
    probability 0 anyway)."""
    if decision == "argmax":
        return np.ones(len(classes))
    if decision == "prior":
        return np.asarray([1.0 / priors[c] if priors.get(c) else 0.0 for c in classes])
    raise ValueError(f"unknown decision {decision!r}; choose from {', '.join(DECISIONS)}")


def decide(proba: np.ndarray, weights: Optional[np.ndarray] = None) -> np.ndarray:
    """Index of the label of each row of ``proba`` (argmax of ``proba * weights``)."""
    return np.argmax(proba if weights is None else proba * weights, axis=1)


def field_prediction(row: np.ndarray, classes: list[str], weights: Optional[np.ndarray] = None) -> FieldPrediction:
    best = int(np.argmax(row if weights is None else row * weights))
    probabilities = {name: float(p) for name, p in zip(classes, row)}
    return FieldPrediction(label=classes[best], score=min(1.0, max(0.0, float(row[best]))), probabilities=probabilities)


class ModelPredictor:
    """Applies trained pipelines; fields without a pipeline fall back to the rule priors.

    ``model_version`` is ``<name>/<version>``, with ``+rules-1`` appended when some field
    comes from the rules (the metadata lists which). ``weights``: per field, the
    :func:`decision_weights` its label is read with (``argmax`` when absent). ``fused``: per field,
    (weight, the base model's stance pipeline) that :func:`annotate.classify.fusion.fuse` applies to
    the field's probabilities before its label is read (absent: not fused).
    """

    def __init__(
        self,
        pipelines: dict,
        schema_classes: dict[str, list[str]],
        model_version: str,
        rules: Optional[RulePredictor] = None,
        weights: Optional[dict[str, np.ndarray]] = None,
        fused: Optional[dict[str, tuple[float, Any]]] = None,
    ) -> None:
        self.pipelines = pipelines
        self.weights = weights or {}
        self.fused = fused or {}
        self.schema_classes = schema_classes
        self.rules = rules or RulePredictor()
        missing = [f for f in schema_classes if f not in pipelines]
        self.rule_fields = missing
        self.model_version = model_version + (f"+{self.rules.model_version}" if missing else "")

    def predict(self, items: list[PredictItem]) -> list[Prediction]:
        if not items:
            return []
        lexes = lexicals(item.text for item in items)  # shared by the features and the rule priors
        frame = feature_frame(items, lexes)
        fields: dict[str, list[Optional[FieldPrediction]]] = {}
        for field, classes in self.schema_classes.items():
            pipeline = self.pipelines.get(field)
            if pipeline is None:
                fields[field] = self.rules.predict_field(field, items, lexes)
                continue
            rows = [i for i, item in enumerate(items) if field != "stance" or item.target]
            values: list[Optional[FieldPrediction]] = [None] * len(items)
            if rows:
                subset = frame if len(rows) == len(items) else frame.iloc[rows]
                if field in self.fused:
                    # The base pipeline reads the same columns as the trained one: analyse them once.
                    weight, base = self.fused[field]
                    proba, base_proba = predict_proba_all([pipeline, base], subset)
                    support = support_share(base_proba, base.classes_)
                    proba = fuse(schema_probabilities(proba, pipeline.classes_, classes), classes, support, weight)
                else:  # one pipeline: scikit-learn's own transform is the faster one
                    proba = full_probabilities(pipeline, subset, classes)
                weights = self.weights.get(field)
                for i, row in zip(rows, proba):
                    values[i] = field_prediction(row, classes, weights)
            fields[field] = values
        return [
            Prediction(
                statement_id=item.statement_id,
                target=item.target,
                stance=fields.get("stance", [None] * len(items))[i],
                certainty=fields.get("certainty", [None] * len(items))[i],
                model_version=self.model_version,
            )
            for i, item in enumerate(items)
        ]
