"""Training, honest cross-validation and the promotion gate of the per-field pipelines.

:func:`train_model` takes :class:`~annotate.records.Annotation` records, cross-validates each
field's model against a majority baseline, the rule priors and the model serving the field now,
fits on everything and saves a new version (:mod:`annotate.classify.store`). The version becomes
``current`` for a field only when its out-of-fold macro-F1 beats the predictor it would replace
on the same folds (or with ``force``); otherwise it is saved and the reason recorded.

Cross-validation groups examples so that what the model is asked about in a test fold was never
seen in training: statements of one article stay on one side, and for stance statements about
one target claim too (groups are the connected article/claim clusters). When that leaves fewer
than :data:`MIN_GROUPS` groups (a demo project with two claims discussed by every article), the
grouping falls back to target claims, then to articles, then to rows; the card says which.

Limits:
- Several annotations of one task are reduced to one example by majority vote per field
  (ties go to the label seen first); cancelled annotations are ignored.
- ``k = min(5, groups)`` folds; with a few dozen labels the figures are noisy, read them as a
  sanity check. A fold whose training part has a class with one label drops that class there.
- The previous model is compared by refitting its recipe, per fold, on the part of its own
  training examples (by content, with today's labels) that lies in the fold's training side.
- Classes with no label at all are never predicted (probability 0); the metadata lists them.
- How a label is read from the probabilities (:data:`~annotate.classify.model.DECISIONS`: the most
  probable class, or the class most above its training share) is picked per fit by macro-F1 on
  :data:`INNER_FOLDS` inner folds of that fit's own training labels (grouped like the outer ones),
  so the out-of-fold figures include the choice; under :data:`MIN_DECISION_LABELS` labels of some
  class there is nothing to choose on, and the label is the most probable class.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

import numpy as np

from annotate.classify import CLASSIFIED_FIELDS
from annotate.classify.features import FEATURES_VERSION, feature_frame
from annotate.classify.fusion import FUSION_WEIGHT, FusionInfo, base_support, card_lines, fuse, fusion_info
from annotate.classify.metadata import CrossValidation, FieldInfo, Figures, Gate, ModelMetadata, TrainingData
from annotate.classify.model import DECISIONS, build_pipeline, decide, decision_weights, full_probabilities
from annotate.classify.rules import RulePredictor
from annotate.classify.store import package_versions, previous_state, save_model, sha256_file
from annotate.errors import ModelError, UsageError
from annotate.records import Annotation, PredictItem
from annotate.schema import LabelSchema, load_schema

DEFAULT_MIN_PER_CLASS = 3  # CV and sigmoid calibration both need >= 3 labels of every class seen
MAX_FOLDS = 5
MIN_GROUPS = 3  # fewer groups than this cannot give a fold split worth reading
INNER_FOLDS = 3  # folds of a fit's own training labels that choose its decision
MIN_DECISION_LABELS = 6  # per class: fewer leave an inner fold with too few of a class to score a decision on


@dataclass
class Examples:
    """One example per task: what the classifier sees, its article, and its label per field (None if unlabelled)."""

    items: list[PredictItem] = field(default_factory=list)
    labels: dict[str, list[Optional[str]]] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)
    articles: list[Optional[str]] = field(default_factory=list)


def collect_examples(annotations: Iterable[Annotation], fields: Sequence[str] = CLASSIFIED_FIELDS) -> Examples:
    """Group annotations by task and vote per field (cancelled annotations are skipped)."""
    grouped: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        if annotation.was_cancelled:
            continue
        if annotation.task_id is not None:
            # The statement layout gives one row per target of a task: each is an example.
            key = f"task:{annotation.task_id}" + (f":{annotation.target}" if annotation.layout == "statement" else "")
        else:
            key = json.dumps([annotation.statement_id, annotation.target, annotation.text])
        grouped.setdefault(key, []).append(annotation)
    examples = Examples(labels={name: [] for name in fields})
    for key, group in grouped.items():
        first = group[0]
        examples.keys.append(key)
        examples.articles.append(first.article_id)
        examples.items.append(
            PredictItem(
                statement_id=first.statement_id or key,
                text=first.text,
                target=first.target,
                cue=first.cue,
                kind=first.kind,
                anonymous=first.anonymous,
                source_label=first.source_label,
            )
        )
        for name in fields:
            votes = Counter(a.labels.get(name) for a in group if a.labels.get(name) is not None)
            examples.labels[name].append(votes.most_common(1)[0][0] if votes else None)
    return examples


def item_key(item: PredictItem) -> str:
    """Content hash of what the classifier sees of an example (labels excluded)."""
    return hashlib.sha256(json.dumps(item.model_dump(exclude={"statement_id"}), sort_keys=True).encode()).hexdigest()[:16]


def data_hash(examples: Examples) -> str:
    rows = sorted(
        json.dumps([item.model_dump(exclude={"statement_id"}), {k: v[i] for k, v in examples.labels.items()}], sort_keys=True)
        for i, item in enumerate(examples.items)
    )
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()


def shortfalls(counts: Counter, min_per_class: int) -> list[str]:
    return [f"{min_per_class - n} more {label!r} (has {n})" for label, n in sorted(counts.items()) if n < min_per_class]


def _clusters(pairs: Sequence[tuple[str, str]]) -> list[str]:
    """Connected components of the article/claim graph: one label per pair."""
    parent: dict[str, str] = {}

    def find(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra
    return [find(a) for a, _ in pairs]


def cv_groups(field_name: str, examples: Examples, rows: Sequence[int]) -> tuple[Optional[list[str]], str]:
    """Groups for the cross-validation of ``field_name`` over ``rows``, and what a group is.

    Stance: article/claim clusters, else claims, else articles; certainty: articles. Examples
    without an article id are their own article. ``None`` (row folds) when no grouping has
    :data:`MIN_GROUPS` groups.
    """
    articles = [examples.articles[i] or f"row:{examples.keys[i]}" for i in rows]
    candidates: list[tuple[str, list[str]]] = []
    if field_name == "stance":
        claims = [examples.items[i].target or "" for i in rows]
        candidates.append(("article and target claim", _clusters([(f"a:{a}", f"c:{c}") for a, c in zip(articles, claims)])))
        candidates.append(("target claim", claims))
    candidates.append(("article", articles))
    for name, groups in candidates:
        if len(set(groups)) >= MIN_GROUPS:
            return groups, name
    return None, "row (too few articles and claims to group)"


def metrics(y_true: Sequence[str], proba: np.ndarray, classes: list[str], weights: Optional[np.ndarray] = None) -> dict[str, Any]:
    """Accuracy, macro-F1 (over classes present in y_true), per-class P/R, confusion, log loss, Brier.

    The predicted label is the argmax of ``proba * weights`` (per class, or per row and class:
    :func:`~annotate.classify.model.decision_weights`); log loss and Brier read ``proba``."""
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

    y_true = np.asarray(y_true)
    y_pred = np.asarray(classes)[decide(proba, weights)]
    present = [c for c in classes if c in set(y_true)]
    shown = [c for c in classes if c in set(y_true) or c in set(y_pred)]
    precision, recall, _, support = precision_recall_fscore_support(y_true, y_pred, labels=shown, zero_division=0)
    onehot = (y_true[:, None] == np.asarray(classes)[None, :]).astype(float)
    return {
        "n": int(len(y_true)),
        "accuracy": round(float(accuracy_score(y_true, y_pred)), 4),
        "macro_f1": round(float(f1_score(y_true, y_pred, labels=present, average="macro", zero_division=0)), 4),
        "log_loss": round(float(-np.mean(np.log(np.clip(np.sum(proba * onehot, axis=1), 1e-15, 1.0)))), 4),
        "brier": round(float(np.mean(np.sum((proba - onehot) ** 2, axis=1))), 4),
        "per_class": {
            c: {"precision": round(float(p), 4), "recall": round(float(r), 4), "support": int(s)}
            for c, p, r, s in zip(shown, precision, recall, support)
        },
        "confusion": {"labels": classes, "matrix": confusion_matrix(y_true, y_pred, labels=classes).tolist()},
    }


def rule_probabilities(field_name: str, items: list[PredictItem], classes: list[str]) -> np.ndarray:
    rules = RulePredictor()
    out = np.full((len(items), len(classes)), 1.0 / len(classes))
    for i, prediction in enumerate(rules.predict_field(field_name, items)):
        if prediction is not None:
            out[i] = [prediction.probabilities[c] for c in classes]
    return out


def fold_splits(y: np.ndarray, groups: Optional[Sequence[str]], shuffle_seed: Optional[int] = None) -> tuple[list, str]:
    """(train, test) index pairs and the scheme's name: GroupKFold over ``groups``, else stratified by row."""
    from sklearn.model_selection import GroupKFold, StratifiedKFold

    if groups is not None:
        k = min(MAX_FOLDS, len(set(groups)))
        shuffled = {} if shuffle_seed is None else {"shuffle": True, "random_state": shuffle_seed}
        splits = list(GroupKFold(n_splits=k, **shuffled).split(y, y, np.asarray(groups)))
        scheme = "grouped" if shuffle_seed is None else f"grouped (shuffled, seed {shuffle_seed})"
    else:
        counts = Counter(y.tolist())
        k = max(2, min(MAX_FOLDS, min(counts.values())))
        splits = list(StratifiedKFold(n_splits=k, shuffle=True, random_state=0).split(y, y))
        scheme = "stratified"
    return splits, f"{scheme} {k}-fold"


def fit_or_prior(
    field_name: str, frame, y: np.ndarray, rows: np.ndarray, test_frame, classes: list[str], groups: Optional[Sequence[str]] = None
) -> tuple[np.ndarray, np.ndarray]:
    """Fit on ``rows`` (:func:`fit_field`, ``groups`` for its inner folds) and predict ``test_frame``:
    probabilities over ``classes`` and the decision weights of the fit. A class with one label there is
    dropped (calibration needs two), and with fewer than two classes left the training rows' class
    frequencies are returned."""
    counts = Counter(y[rows].tolist())
    keep = np.asarray([i for i in rows if counts[y[i]] >= 2], dtype=int)
    kept = Counter(y[keep].tolist())
    if len(kept) < 2:
        prior = np.array([counts.get(c, 0) for c in classes], dtype=float)
        prior = prior / prior.sum() if prior.sum() else np.full(len(classes), 1.0 / len(classes))
        return np.tile(prior, (len(test_frame), 1)), np.ones(len(classes))
    fitted = fit_field(field_name, frame.iloc[keep], y[keep], None if groups is None else np.asarray(groups)[keep])
    return full_probabilities(fitted.pipeline, test_frame, classes), fitted.weights(classes)


@dataclass
class FittedField:
    """A fitted pipeline and how its labels are read: ``decision`` (one of ``DECISIONS``) over ``priors``
    (each class's share of the training labels), picked by macro-F1 ``scores`` on inner folds."""

    pipeline: Any
    decision: str
    priors: dict[str, float]
    scores: dict[str, float]

    def weights(self, classes: list[str]) -> np.ndarray:
        return decision_weights(self.decision, self.priors, classes)


def choose_decision(field_name: str, X, y: np.ndarray, groups: Optional[Sequence[str]] = None) -> tuple[str, dict[str, float]]:
    """The decision (``DECISIONS``) with the best macro-F1 on :data:`INNER_FOLDS` folds of the training
    matrix ``X`` (grouped by ``groups`` when there are enough, else stratified), and each one's macro-F1.

    Only the classifier is refitted per inner fold: the vectorizers were fitted on all of ``X``'s rows
    (they see no label). Ties go to ``argmax``; too few labels of a class: ``argmax``, no scores."""
    from sklearn.metrics import f1_score
    from sklearn.model_selection import GroupKFold, StratifiedKFold

    y = np.asarray(y)
    counts = Counter(y.tolist())
    if len(counts) < 2 or min(counts.values()) < MIN_DECISION_LABELS:
        return DECISIONS[0], {}
    if groups is not None and len(set(groups)) >= INNER_FOLDS:
        splits = GroupKFold(n_splits=INNER_FOLDS).split(y, y, np.asarray(groups))
    else:
        splits = StratifiedKFold(n_splits=INNER_FOLDS, shuffle=True, random_state=0).split(y, y)
    predicted = {name: np.empty(len(y), dtype=object) for name in DECISIONS}
    for train, test in splits:
        inner = Counter(y[train].tolist())
        train = np.asarray([i for i in train if inner[y[i]] >= 2], dtype=int)
        kept = Counter(y[train].tolist())
        if len(kept) < 2:
            return DECISIONS[0], {}
        classifier = build_pipeline(field_name, min(kept.values())).named_steps["classifier"]
        classifier.fit(X[train], y[train])
        seen = [str(c) for c in classifier.classes_]
        proba = classifier.predict_proba(X[test])
        priors = {c: kept[c] / len(train) for c in seen}
        for name in DECISIONS:
            predicted[name][test] = np.asarray(seen)[decide(proba, decision_weights(name, priors, seen))]
    scores = {name: round(float(f1_score(y, predicted[name].astype(str), average="macro", zero_division=0)), 4) for name in DECISIONS}
    return max(DECISIONS, key=scores.__getitem__), scores


def fit_field(field_name: str, frame, y: Sequence[str], groups: Optional[Sequence[str]] = None) -> FittedField:
    """The fit of ``annotate train`` for one field: :func:`build_pipeline` (its calibration set by the
    rarest class) fitted on every labelled example, and its decision chosen by :func:`choose_decision`."""
    y = np.asarray(y)
    counts = Counter(y.tolist())
    pipeline = build_pipeline(field_name, min(counts.values()))
    # The steps of Pipeline.fit, one by one, so that the decision's inner folds reuse the vectorized matrix.
    X = pipeline.named_steps["features"].fit_transform(frame, y)
    pipeline.named_steps["classifier"].fit(X, y)
    decision, scores = choose_decision(field_name, X, y, groups)
    priors = {str(c): counts[c] / len(y) for c in pipeline.classes_}
    return FittedField(pipeline, decision, priors, scores)


def fit_pipeline(field_name: str, frame, y: Sequence[str]):
    """The pipeline :func:`fit_field` fits (without choosing a decision: its labels are the argmax)."""
    pipeline = build_pipeline(field_name, min(Counter(y).values()))
    pipeline.fit(frame, np.asarray(y))
    return pipeline


def can_train(counts: Counter, min_per_class: int = DEFAULT_MIN_PER_CLASS) -> bool:
    """What ``train_model`` asks of a field's labels: two classes or more, each with ``min_per_class``."""
    return len(counts) >= 2 and not shortfalls(counts, min_per_class)


def cross_validate(
    field_name: str,
    items: list[PredictItem],
    y: Sequence[str],
    classes: list[str],
    groups: Optional[Sequence[str]] = None,
    frame=None,
    shuffle_seed: Optional[int] = None,
    previous_rows: Optional[Sequence[bool]] = None,
    base_support: Optional[np.ndarray] = None,
    fusion_weight: float = 0.0,
    previous_fusion_weight: float = 0.0,
) -> dict[str, Any]:
    """Out-of-fold metrics of the model, a majority baseline (train-fold class frequencies) and the rules.

    Grouped folds are scikit-learn's deterministic ``GroupKFold`` split unless ``shuffle_seed`` is
    given (then groups are shuffled into folds with that seed: repeat over seeds for a less
    split-dependent estimate, as ``make bench`` does). With ``previous_rows`` (a mask of the
    examples the model serving the field now was trained on), that model's recipe is refitted
    per fold on the masked part of the training side and scored as ``previous``.

    With ``base_support`` (the base model's P(support) per example, from a base model that never
    saw the example's group) and ``fusion_weight`` > 0, ``model`` is the fused model
    (:func:`annotate.classify.fusion.fuse`) and ``unfused`` the same folds without fusion; the
    previous model is fused with ``previous_fusion_weight``.
    """
    y = np.asarray(y)
    frame = feature_frame(items) if frame is None else frame
    splits, scheme = fold_splits(y, groups, shuffle_seed)
    model_p = np.zeros((len(y), len(classes)))
    model_w = np.ones((len(y), len(classes)))
    majority_p = np.zeros((len(y), len(classes)))
    previous_p = np.zeros((len(y), len(classes))) if previous_rows is not None else None
    previous_w = np.ones((len(y), len(classes)))
    mask = np.asarray(previous_rows, dtype=bool) if previous_rows is not None else None
    for train, test in splits:
        fold_counts = Counter(y[train].tolist())
        model_p[test], model_w[test] = fit_or_prior(field_name, frame, y, train, frame.iloc[test], classes, groups)
        prior = np.array([fold_counts.get(c, 0) for c in classes], dtype=float)
        majority_p[test] = prior / prior.sum()
        if previous_p is not None:
            seen = train[mask[train]]
            if len(seen):
                previous_p[test], previous_w[test] = fit_or_prior(field_name, frame, y, seen, frame.iloc[test], classes, groups)
            else:
                previous_p[test] = 1.0 / len(classes)
    fused_p = fuse(model_p, classes, base_support, fusion_weight)
    out = {
        "scheme": scheme,
        "model": metrics(y, fused_p, classes, model_w),
        "majority": metrics(y, majority_p, classes),
        "rules": metrics(y, rule_probabilities(field_name, items, classes), classes),
    }
    if fused_p is not model_p:
        out["unfused"] = metrics(y, model_p, classes, model_w)
    if previous_p is not None:
        out["previous"] = metrics(y, fuse(previous_p, classes, base_support, previous_fusion_weight), classes, previous_w)
    return out


def stance_fusion(
    frame, weight: float, base_directory: Optional[Path], notify: Callable[[str], None]
) -> tuple[Optional[FusionInfo], Optional[np.ndarray]]:
    """What a new stance model is fused with (:class:`FusionInfo`) and the base model's P(support) per row of
    ``frame``; (None, None) with a notice when the base model cannot be loaded."""
    from annotate.classify.base import base_dir, load_base

    try:
        base = load_base(Path(base_directory) if base_directory is not None else base_dir())
    except ModelError as err:
        notify(f"stance: not fused with the base model ({err})")
        return None, None
    return fusion_info(weight, base.metadata), base_support(base.stance, frame)


@dataclass
class TrainResult:
    version_dir: Optional[Path]
    metadata: ModelMetadata
    notices: list[str]
    decisions: list[str] = field(default_factory=list)  # one line per trained field: promoted or not, and why

    @property
    def promoted(self) -> list[str]:
        return self.metadata.promoted


def model_card(metadata: ModelMetadata) -> str:
    data = metadata.training_data
    file_hash = f", file sha256 `{data.file_sha256[:16]}`" if data.file_sha256 else ""
    lines = [
        f"# Model card: {metadata.name} / {metadata.version}",
        "",
        f"Stance and certainty classifier of `annotate` (label schema `{metadata.schema_name}` v{metadata.schema_version}, "
        f"hash `{metadata.schema_hash}`), trained {metadata.created}.",
        "",
        "**Intended use**: pre-labelling statements for human annotators in Label Studio. Scores are calibrated on the",
        "training labels only; they are suggestions to be checked, not verdicts. Stance is toward the given target claim.",
        "",
        f"**Training data**: {data.examples} examples from `{data.source}`{file_hash} (examples and labels sha256 `{data.sha256[:16]}`).",
        "",
        "## Promotion",
        "",
    ]
    for name, info in metadata.fields.items():
        if info.gate is not None:
            lines.append(f"- `{name}`: {info.gate.reason}")
        else:
            lines.append(f"- `{name}`: not trained ({info.reason}); served by {info.served_by}")
    lines += [
        "",
        "## Cross-validated figures (out-of-fold, every predictor on the same folds)",
        "",
        "| field | scheme | grouped by | predictor | accuracy | macro-F1 | log loss | Brier |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, info in metadata.fields.items():
        if info.cv is None:
            continue
        for who in ("model", "unfused", "majority", "rules", "previous"):
            m: Optional[Figures] = getattr(info.cv, who)
            if m is not None:
                lines.append(
                    f"| {name} | {info.cv.scheme} | {info.cv.grouping} | {who} | {m.accuracy} | {m.macro_f1} | {m.log_loss} | {m.brier} |"
                )
    lines += ["", "## Fields", ""]
    stance = metadata.fields.get("stance")
    lines += card_lines(stance.fusion if stance is not None and stance.trained else None)
    for name, info in metadata.fields.items():
        if info.trained:
            never = [c for c in info.schema_classes if c not in info.classes]
            how = "the most probable class" if info.decision == "argmax" else "the class most above its share of the training labels (p / prior)"
            chosen = f", chosen on inner folds of the training labels (macro-F1 {info.decision_scores})" if info.decision_scores else ""
            lines.append(
                f"- `{name}`: trained on {info.counts} ({info.calibration} calibration); label: {how}{chosen}"
                + (f"; never predicts {never}" if never else "")
            )
        else:
            lines.append(f"- `{name}`: not trained ({info.reason})")
    lines += [
        "",
        "## Limits",
        "",
        "- Small training sets give noisy figures; compare with the majority and rules rows before trusting the model.",
        "- English news only; the features are lexicons, n-grams and statement/target overlap, not a reading of the article.",
        "",
    ]
    return "\n".join(lines)


def _gate(name: str, cv: CrossValidation, baseline: str, force: bool, version: str) -> Gate:
    competitor = cv.previous if cv.previous is not None else cv.rules
    model_f1, base_f1 = cv.model.macro_f1, competitor.macro_f1
    where = f"on the same {cv.scheme} folds (grouped by {cv.grouping})"
    if model_f1 > base_f1:
        return Gate(baseline=baseline, model_macro_f1=model_f1, baseline_macro_f1=base_f1, promoted=True,
                    reason=f"{name}: promoted: model macro-F1 {model_f1:.3f} > {baseline} {base_f1:.3f} {where}")
    if force:
        return Gate(baseline=baseline, model_macro_f1=model_f1, baseline_macro_f1=base_f1, promoted=True, forced=True,
                    reason=f"{name}: promoted with --force: model macro-F1 {model_f1:.3f} <= {baseline} {base_f1:.3f} {where}")
    return Gate(baseline=baseline, model_macro_f1=model_f1, baseline_macro_f1=base_f1, promoted=False,
                reason=f"{name}: not promoted: model macro-F1 {model_f1:.3f} <= {baseline} {base_f1:.3f} {where}; "
                       f"saved as {version}, {baseline} keeps predicting {name} (--force promotes it)")


def train_model(
    annotations: Iterable[Annotation],
    model_dir: Path,
    *,
    min_per_class: int = DEFAULT_MIN_PER_CLASS,
    fields: Sequence[str] = CLASSIFIED_FIELDS,
    source: str = "",
    source_sha256: Optional[str] = None,
    schema: Optional[LabelSchema] = None,
    groups_of: Optional[Callable[[Examples], Sequence[str]]] = None,
    force: bool = False,
    save: bool = True,
    notify: Callable[[str], None] = lambda message: None,
    fusion_weight: float = FUSION_WEIGHT,
    base_directory: Optional[Path] = None,
) -> TrainResult:
    """Cross-validate and fit one pipeline per field with enough labels, save a new version, gate its promotion.

    A field with too few labels (a class under ``min_per_class``, or one class only) is skipped
    with a notice and keeps its current predictor. ModelError only when no field can be trained
    (the message says how many more of which class). Nothing is written unless training succeeds.
    ``groups_of`` overrides the cross-validation groups (one per example, e.g. claim ids).
    Stance is fused with the base model in ``base_directory`` (default ``models/stance-base``) with
    ``fusion_weight`` (:mod:`annotate.classify.fusion`; 0: not fused), in the CV figures and the gate
    as at prediction time; without a loadable base model it is not fused, with a notice.
    """
    schema = schema or load_schema()
    if min_per_class < DEFAULT_MIN_PER_CLASS:
        raise UsageError(f"--min-per-class must be at least {DEFAULT_MIN_PER_CLASS} (cross-validation and calibration need it)")
    unknown = [f for f in fields if f not in CLASSIFIED_FIELDS]
    if unknown or not fields:
        raise UsageError(f"cannot train field(s) {unknown or '(none)'}; choose from {', '.join(CLASSIFIED_FIELDS)}")
    model_dir = Path(model_dir)
    previous = previous_state(model_dir, schema)
    examples = collect_examples(annotations, fields)
    notices: list[str] = list(previous.notices)
    plan: dict[str, list[int]] = {}
    problems: dict[str, str] = {}
    for name in fields:
        rows = [i for i, label in enumerate(examples.labels[name]) if label is not None]
        if not rows:
            notices.append(f"{name}: no labels in {source or 'the export'}, skipped ({previous.describe(name)} keeps predicting it)")
            continue
        counts = Counter(examples.labels[name][i] for i in rows)
        short = shortfalls(counts, min_per_class)
        if len(counts) < 2:
            only = next(iter(counts))
            others = [c for c in schema.classes(name) if c != only]
            problems[name] = f"{name} needs labels of a second class besides {only!r} (e.g. {min_per_class} {others[0]!r})"
        elif short:
            problems[name] = f"{name} needs {', '.join(short)}"
        else:
            plan[name] = rows
    if not plan:
        if problems:
            hints = ["label more in Label Studio"]
            if min_per_class > DEFAULT_MIN_PER_CLASS:
                hints.append(f"lower --min-per-class (at least {DEFAULT_MIN_PER_CLASS})")
            raise ModelError(
                f"too few labels to train (minimum {min_per_class} per class): {'; '.join(problems.values())}; {', or '.join(hints)}"
            )
        raise ModelError(f"no stance or certainty labels in {source or 'the export'}; annotate some tasks first")
    for name, problem in problems.items():
        notices.append(
            f"{name}: too few labels to train (minimum {min_per_class} per class): {problem.removeprefix(name + ' ')}; "
            f"skipped, {previous.describe(name)} keeps predicting it"
        )
    for notice in notices:
        notify(notice)

    digest = data_hash(examples)
    now = dt.datetime.now(dt.timezone.utc)
    version = f"{now:%Y%m%dT%H%M%SZ}-{digest[:8]}"
    suffix = 1
    while (model_dir / version).exists():
        suffix += 1
        version = f"{now:%Y%m%dT%H%M%SZ}-{digest[:8]}-{suffix}"

    frame = feature_frame(examples.items)
    keys = [item_key(item) for item in examples.items]
    override = list(groups_of(examples)) if groups_of is not None else None
    pipelines: dict[str, Any] = {}
    field_info: dict[str, FieldInfo] = {}
    decisions: list[str] = []
    for name in CLASSIFIED_FIELDS:
        schema_classes = schema.classes(name)
        if name not in plan:
            reason = "not asked for" if name not in fields else ("too few labels" if name in problems else "no labels")
            field_info[name] = FieldInfo(trained=False, reason=reason, schema_classes=schema_classes, served_by=previous.served_by(name))
            continue
        rows = plan[name]
        items = [examples.items[i] for i in rows]
        y = [examples.labels[name][i] for i in rows]
        counts = Counter(y)
        if override is not None:
            groups, grouping = [override[i] for i in rows], "given groups"
        else:
            groups, grouping = cv_groups(name, examples, rows)
        baseline = previous.describe(name)
        trained_on = previous.trained_on(name)
        previous_rows = [keys[i] in trained_on for i in rows] if trained_on is not None else None
        notify(f"{name}: cross-validating on {len(y)} labels {dict(sorted(counts.items()))}, grouped by {grouping}")
        fusion, support = None, None
        if name == "stance" and fusion_weight:
            fusion, support = stance_fusion(frame.iloc[rows], fusion_weight, base_directory, notify)
        raw = cross_validate(
            name, items, y, schema_classes, groups, frame.iloc[rows], previous_rows=previous_rows, base_support=support,
            fusion_weight=fusion.weight if fusion is not None else 0.0, previous_fusion_weight=previous.fusion_weight(name),
        )
        cv = CrossValidation(grouping=grouping, **raw)
        fitted = fit_field(name, frame.iloc[rows], y, groups)
        pipeline = pipelines[name] = fitted.pipeline
        gate = _gate(name, cv, baseline, force, version)
        decisions.append(gate.reason)
        field_info[name] = FieldInfo(
            trained=True,
            classes=[str(c) for c in pipeline.classes_],
            schema_classes=schema_classes,
            counts=dict(sorted(counts.items())),
            calibration=pipeline.named_steps["classifier"].method,
            decision=fitted.decision,
            decision_scores=fitted.scores,
            fusion=fusion,
            cv=cv,
            gate=gate,
            served_by=version if gate.promoted else previous.served_by(name),
        )
    metadata = ModelMetadata(
        name=model_dir.name,
        version=version,
        created=now.isoformat(timespec="seconds"),
        schema_name=schema.name,
        schema_version=schema.version,
        schema_hash=schema.hash(),
        features_version=FEATURES_VERSION,
        rules_version=RulePredictor.model_version,
        min_per_class=min_per_class,
        training_data=TrainingData(source=source, file_sha256=source_sha256, sha256=digest, examples=len(examples.items)),
        packages=package_versions(),
        fields=field_info,
        promoted=[name for name, info in field_info.items() if info.gate is not None and info.gate.promoted],
    )
    version_dir = None
    if save:
        version_dir = save_model(model_dir, version, pipelines, metadata, model_card(metadata), keys, promote=bool(metadata.promoted))
        metadata = metadata.model_copy(update={"model_sha256": sha256_file(version_dir / "model.skops")})
    return TrainResult(version_dir, metadata, notices, decisions)


def cv_table(metadata: ModelMetadata) -> list[str]:
    """Plain-text lines of the CV figures (model vs majority vs rules vs previous) for stderr."""
    lines = []
    for name, info in metadata.fields.items():
        if info.cv is None:
            continue
        cv = info.cv
        lines.append(f"{name} ({cv.scheme}, grouped by {cv.grouping}, n={cv.model.n}):   accuracy  macro-F1  log-loss  Brier")
        for who in ("model", "unfused", "majority", "rules", "previous"):
            m = getattr(cv, who)
            if m is not None:
                lines.append(f"  {who:<9} {m.accuracy:>10.3f} {m.macro_f1:>9.3f} {m.log_loss:>9.3f} {m.brier:>6.3f}")
    return lines
