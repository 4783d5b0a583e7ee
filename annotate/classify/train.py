"""Training and cross-validated evaluation of the per-field pipelines.

:func:`train_model` takes parsed annotations (:func:`annotate.labelstudio.export.parse_export`),
checks there are enough labels, cross-validates the model against a majority baseline and
the rule priors, fits on everything and saves a new version (:mod:`annotate.classify.store`).

Limits:
- Several annotations of one task are reduced to one example by majority vote per field
  (ties go to the label seen first); cancelled annotations are ignored.
- Cross-validation is stratified k-fold with ``k = min(5, labels of the rarest class)``, or
  grouped k-fold when ``groups`` are given (e.g. by claim, so no claim is in both train and test).
  With a few dozen labels the figures are noisy: read them as a sanity check, not a promise.
- Classes with no label at all are never predicted (probability 0); the metadata lists them.
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
from annotate.classify.model import build_pipeline, full_probabilities
from annotate.classify.rules import RulePredictor
from annotate.classify.store import FORMAT_VERSION, package_versions, save_model
from annotate.errors import ModelError, UsageError
from annotate.records import Annotation, PredictItem
from annotate.schema import LabelSchema, load_schema

DEFAULT_MIN_PER_CLASS = 3  # CV and sigmoid calibration both need >= 3 labels of every class seen
MAX_FOLDS = 5


@dataclass
class Examples:
    """One example per task: what the classifier sees, and its label per field (None if unlabelled)."""

    items: list[PredictItem] = field(default_factory=list)
    labels: dict[str, list[Optional[str]]] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)


def collect_examples(annotations: Iterable[Annotation], fields: Sequence[str] = CLASSIFIED_FIELDS) -> Examples:
    """Group annotations by task and vote per field (cancelled annotations are skipped)."""
    grouped: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        if annotation.was_cancelled:
            continue
        if annotation.task_id is not None:
            key = f"task:{annotation.task_id}"
        else:
            key = json.dumps([annotation.statement_id, annotation.target, annotation.text])
        grouped.setdefault(key, []).append(annotation)
    examples = Examples(labels={name: [] for name in fields})
    for key, group in grouped.items():
        first = group[0]
        examples.keys.append(key)
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


def data_hash(examples: Examples) -> str:
    rows = sorted(
        json.dumps([item.model_dump(exclude={"statement_id"}), {k: v[i] for k, v in examples.labels.items()}], sort_keys=True)
        for i, item in enumerate(examples.items)
    )
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()


def shortfalls(counts: Counter, min_per_class: int) -> list[str]:
    return [f"{min_per_class - n} more {label!r} (has {n})" for label, n in sorted(counts.items()) if n < min_per_class]


def metrics(y_true: Sequence[str], proba: np.ndarray, classes: list[str]) -> dict[str, Any]:
    """Accuracy, macro-F1 (over classes present in y_true), per-class P/R, confusion, log loss, Brier."""
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

    y_true = np.asarray(y_true)
    y_pred = np.asarray(classes)[np.argmax(proba, axis=1)]
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


def _rule_probabilities(field_name: str, items: list[PredictItem], classes: list[str]) -> np.ndarray:
    rules = RulePredictor()
    out = np.full((len(items), len(classes)), 1.0 / len(classes))
    for i, prediction in enumerate(rules.predict_field(field_name, items)):
        if prediction is not None:
            out[i] = [prediction.probabilities[c] for c in classes]
    return out


def cross_validate(
    field_name: str,
    items: list[PredictItem],
    y: Sequence[str],
    classes: list[str],
    groups: Optional[Sequence[str]] = None,
    frame=None,
    shuffle_seed: Optional[int] = None,
) -> dict[str, Any]:
    """Out-of-fold metrics of the model, a majority baseline (train-fold class frequencies) and the rules.

    Grouped folds are scikit-learn's deterministic ``GroupKFold`` split unless ``shuffle_seed`` is
    given (then groups are shuffled into folds with that seed: repeat over seeds for a less
    split-dependent estimate, as ``make bench`` does).
    """
    from sklearn.model_selection import GroupKFold, StratifiedKFold

    y = np.asarray(y)
    frame = feature_frame(items) if frame is None else frame
    counts = Counter(y.tolist())
    if groups is not None:
        k = min(MAX_FOLDS, len(set(groups)))
        shuffled = {} if shuffle_seed is None else {"shuffle": True, "random_state": shuffle_seed}
        splitter, split_args = GroupKFold(n_splits=k, **shuffled), (frame, y, np.asarray(groups))
        scheme = "grouped" if shuffle_seed is None else f"grouped (shuffled, seed {shuffle_seed})"
    else:
        k = max(2, min(MAX_FOLDS, min(counts.values())))
        splitter, split_args, scheme = StratifiedKFold(n_splits=k, shuffle=True, random_state=0), (frame, y), "stratified"
    model_p = np.zeros((len(y), len(classes)))
    majority_p = np.zeros((len(y), len(classes)))
    for train, test in splitter.split(*split_args):
        fold_counts = Counter(y[train].tolist())
        pipeline = build_pipeline(field_name, min(fold_counts.values()))
        pipeline.fit(frame.iloc[train], y[train])
        model_p[test] = full_probabilities(pipeline, frame.iloc[test], classes)
        prior = np.array([fold_counts.get(c, 0) for c in classes], dtype=float)
        majority_p[test] = prior / prior.sum()
    return {
        "scheme": f"{scheme} {k}-fold",
        "model": metrics(y, model_p, classes),
        "majority": metrics(y, majority_p, classes),
        "rules": metrics(y, _rule_probabilities(field_name, items, classes), classes),
    }


@dataclass
class TrainResult:
    version_dir: Optional[Path]
    metadata: dict[str, Any]
    notices: list[str]


def model_card(metadata: dict[str, Any]) -> str:
    lines = [
        f"# Model card: {metadata['name']} / {metadata['version']}",
        "",
        f"Stance and certainty classifier of `annotate` (label schema `{metadata['schema_name']}` v{metadata['schema_version']}, "
        f"hash `{metadata['schema_hash']}`), trained {metadata['created']}.",
        "",
        "**Intended use**: pre-labelling statements for human annotators in Label Studio. Scores are calibrated on the",
        "training labels only; they are suggestions to be checked, not verdicts. Stance is toward the given target claim.",
        "",
        f"**Training data**: {metadata['training_data']['examples']} examples from `{metadata['training_data']['source']}` "
        f"(sha256 `{metadata['training_data']['sha256'][:16]}`).",
        "",
        "## Cross-validated figures (out-of-fold)",
        "",
        "| field | scheme | predictor | accuracy | macro-F1 | log loss | Brier |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, info in metadata["fields"].items():
        if not info.get("trained"):
            continue
        cv = info["cv"]
        for who in ("model", "majority", "rules"):
            m = cv[who]
            lines.append(f"| {name} | {cv['scheme']} | {who} | {m['accuracy']} | {m['macro_f1']} | {m['log_loss']} | {m['brier']} |")
    lines += ["", "## Fields", ""]
    for name, info in metadata["fields"].items():
        if info.get("trained"):
            never = [c for c in info["schema_classes"] if c not in info["classes"]]
            lines.append(f"- `{name}`: trained on {info['counts']} ({info['calibration']} calibration)" + (f"; never predicts {never}" if never else ""))
        else:
            lines.append(f"- `{name}`: not trained ({info['reason']}); the rule priors ({RulePredictor.model_version}) predict it")
    lines += [
        "",
        "## Limits",
        "",
        "- Small training sets give noisy figures; compare with the majority and rules rows before trusting the model.",
        "- English news only; the features are lexicons, n-grams and statement/target overlap, not a reading of the article.",
        "",
    ]
    return "\n".join(lines)


def train_model(
    annotations: Iterable[Annotation],
    model_dir: Path,
    *,
    min_per_class: int = DEFAULT_MIN_PER_CLASS,
    fields: Sequence[str] = CLASSIFIED_FIELDS,
    source: str = "",
    schema: Optional[LabelSchema] = None,
    groups_of: Optional[Callable[[Examples], Sequence[str]]] = None,
    save: bool = True,
    notify: Callable[[str], None] = lambda message: None,
) -> TrainResult:
    """Cross-validate and fit one pipeline per field, then save a new model version.

    Raises ModelError when a labelled field has a class with fewer than ``min_per_class``
    labels (the message says how many more of which class), or when nothing is labelled.
    Nothing is written unless training succeeds.
    """
    schema = schema or load_schema()
    if min_per_class < DEFAULT_MIN_PER_CLASS:
        raise UsageError(f"--min-per-class must be at least {DEFAULT_MIN_PER_CLASS} (cross-validation and calibration need it)")
    unknown = [f for f in fields if f not in CLASSIFIED_FIELDS]
    if unknown or not fields:
        raise UsageError(f"cannot train field(s) {unknown or '(none)'}; choose from {', '.join(CLASSIFIED_FIELDS)}")
    examples = collect_examples(annotations, fields)
    notices: list[str] = []
    plan: dict[str, list[int]] = {}
    problems: list[str] = []
    for name in fields:
        rows = [i for i, label in enumerate(examples.labels[name]) if label is not None]
        if not rows:
            notices.append(f"{name}: no labels in {source or 'the export'}, skipped (the rule priors keep predicting it)")
            continue
        counts = Counter(examples.labels[name][i] for i in rows)
        short = shortfalls(counts, min_per_class)
        if len(counts) < 2:
            only = next(iter(counts))
            others = [c for c in schema.classes(name) if c != only]
            problems.append(f"{name} needs labels of a second class besides {only!r} (e.g. {min_per_class} {others[0]!r})")
        elif short:
            problems.append(f"{name} needs {', '.join(short)}")
        plan[name] = rows
    if problems:
        hints = ["label more in Label Studio"]
        if min_per_class > DEFAULT_MIN_PER_CLASS:
            hints.append(f"lower --min-per-class (at least {DEFAULT_MIN_PER_CLASS})")
        if len(plan) > 1:
            hints.append("train the other fields only with --fields")
        raise ModelError(f"too few labels to train (minimum {min_per_class} per class): {'; '.join(problems)}; {', or '.join(hints)}")
    if not plan:
        raise ModelError(f"no stance or certainty labels in {source or 'the export'}; annotate some tasks first")
    for notice in notices:
        notify(notice)
    frame = feature_frame(examples.items)
    groups = list(groups_of(examples)) if groups_of is not None else None
    pipelines: dict[str, Any] = {}
    field_info: dict[str, Any] = {}
    for name in fields:
        schema_classes = schema.classes(name)
        if name not in plan:
            field_info[name] = {"trained": False, "reason": "no labels", "schema_classes": schema_classes}
            continue
        rows = plan[name]
        items = [examples.items[i] for i in rows]
        y = [examples.labels[name][i] for i in rows]
        counts = Counter(y)
        notify(f"{name}: cross-validating on {len(y)} labels {dict(sorted(counts.items()))}")
        cv = cross_validate(name, items, y, schema_classes, [groups[i] for i in rows] if groups else None, frame.iloc[rows])
        pipeline = build_pipeline(name, min(counts.values()))
        pipeline.fit(frame.iloc[rows], np.asarray(y))
        pipelines[name] = pipeline
        classifier = pipeline.named_steps["classifier"]
        field_info[name] = {
            "trained": True,
            "classes": [str(c) for c in pipeline.classes_],
            "schema_classes": schema_classes,
            "counts": dict(sorted(counts.items())),
            "calibration": classifier.method,
            "cv": cv,
        }
    digest = data_hash(examples)
    now = dt.datetime.now(dt.timezone.utc)
    version = f"{now:%Y%m%dT%H%M%SZ}-{digest[:8]}"
    model_dir = Path(model_dir)
    suffix = 1
    while (model_dir / version).exists():
        suffix += 1
        version = f"{now:%Y%m%dT%H%M%SZ}-{digest[:8]}-{suffix}"
    metadata = {
        "format": FORMAT_VERSION,
        "name": model_dir.name,
        "version": version,
        "created": now.isoformat(timespec="seconds"),
        "schema_name": schema.name,
        "schema_version": schema.version,
        "schema_hash": schema.hash(),
        "features_version": FEATURES_VERSION,
        "rules_version": RulePredictor.model_version,
        "min_per_class": min_per_class,
        "training_data": {"source": source, "sha256": digest, "examples": len(examples.items)},
        "packages": package_versions(),
        "fields": field_info,
    }
    version_dir = save_model(model_dir, version, pipelines, metadata, model_card(metadata)) if save else None
    return TrainResult(version_dir, metadata, notices)


SNAPSHOT_SUFFIXES = (".json", ".csv", ".parquet")


def resolve_export(path: Path) -> Path:
    """``path`` itself, or for a folder its newest snapshot (by modification time).

    In a folder, JSON snapshot exports are preferred; without any, the newest flat table
    (``.parquet``/``.csv``, not the ``-by-statement.csv`` aggregates) is used.
    """
    path = Path(path)
    if path.is_dir():
        files = [p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")]
        snapshots = [p for p in files if p.suffix.lower() == ".json"] or [
            p for p in files if p.suffix.lower() in SNAPSHOT_SUFFIXES and not p.name.endswith("-by-statement.csv")
        ]
        if not snapshots:
            raise UsageError(f"{path}: no annotation snapshots (.json/.csv/.parquet) in this folder; run `annotate pull` or pass --annotations FILE")
        return max(snapshots, key=lambda p: (p.stat().st_mtime, p.name))
    if not path.is_file():
        raise UsageError(f"{path}: no such export file or folder; pass --annotations with a Label Studio JSON export or a pull snapshot")
    return path


def train_from_export(export: Path, model_dir: Path, **options: Any) -> TrainResult:
    """Parse ``export`` (file, or newest snapshot in a folder) and :func:`train_model` on it."""
    from annotate.classify.store import check_model_dir
    from annotate.labelstudio.export import parse_export

    check_model_dir(model_dir)  # fail before the slow cross-validation
    path = resolve_export(export)
    schema = options.pop("schema", None) or load_schema()
    annotations = list(parse_export(path, schema))
    return train_model(annotations, model_dir, source=str(path), schema=schema, **options)


def cv_table(metadata: dict[str, Any]) -> list[str]:
    """Plain-text lines of the CV figures (model vs majority vs rules) for stderr."""
    lines = []
    for name, info in metadata["fields"].items():
        if not info.get("trained"):
            continue
        cv = info["cv"]
        lines.append(f"{name} ({cv['scheme']}, n={cv['model']['n']}):   accuracy  macro-F1  log-loss  Brier")
        for who in ("model", "majority", "rules"):
            m = cv[who]
            lines.append(f"  {who:<9} {m['accuracy']:>10.3f} {m['macro_f1']:>9.3f} {m['log_loss']:>9.3f} {m['brier']:>6.3f}")
    return lines
