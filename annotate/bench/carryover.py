"""`make bench` section "carryover": stance and certainty on claims, topics and stories not trained on.

Every figure is out-of-fold with folds GROUPED (by claim for Emergent and PERSPECTRUM, by topic
for IBM claim stance, by blocks of 50 consecutive sentences for the Wikipedia weasel set), or
train -> dev for PERSPECTRUM dev. Test splits are never read. The seeds figures are the
shipped base model with zero in-story labels (each statement with its article paragraph, as
``prelabel`` gives it), the AUC of its P(related), and the seeds gold in 4-fold CV on top of it,
and with each of its articles held out in turn (:func:`annotate.classify.base.seeds_figures`).

Run alone: ``.venv/bin/python -m annotate.bench carryover [set ...]`` with sets among
``emergent perspectrum perspectrum-dev ibmcs wikiweasel seeds``.
"""

from __future__ import annotations

import sys
import time
from typing import Optional

from annotate.classify.fusion import FUSION_WEIGHT
from annotate.paths import shared_dir

SETS = ("emergent", "perspectrum", "perspectrum-dev", "ibmcs", "wikiweasel", "seeds", "throughput")
THROUGHPUT_TARGET = 5_000
#: Goals of issue 11 (on held-out test splits; these CV figures estimate them).
GOALS = {"emergent": 0.80, "perspectrum": 0.75, "perspectrum-dev": 0.75, "ibmcs": 0.65, "wikiweasel": 0.60}


def data(name: str):
    from annotate.classify.corpora import emergent_corpus, read_csv

    root = shared_dir() / "data"
    if name == "emergent":
        return emergent_corpus(root / "emergent" / "train.csv")
    if name == "perspectrum-dev":
        return read_csv(root / "perspectrum" / "dev.csv", "perspectrum-dev")
    return read_csv(root / name / "train.csv", name)


def hedged_f1(per_class: dict) -> float:
    m = per_class.get("hedged", {"precision": 0.0, "recall": 0.0})
    p, r = m["precision"], m["recall"]
    return 2 * p * r / (p + r) if p + r else 0.0


#: Bench set -> the base model's training file it is (:data:`annotate.classify.base.TRAINING_SETS`).
BASE_FILES = {"perspectrum": ("perspectrum", "train.csv"), "perspectrum-dev": ("perspectrum", "dev.csv"), "ibmcs": ("ibmcs", "train.csv")}


def honest_support(name: str, frame, splits) -> "np.ndarray":
    """The base model's P(support) for every row of set ``name`` (feature ``frame``), from a base that never
    saw the row's fold: for a set the shipped base was trained on, a base stance pipeline is refitted per
    fold of ``splits`` on the other base training files and that set's training side; for any other
    set (Emergent, the seeds), the shipped base."""
    import numpy as np
    import pandas as pd

    from annotate.classify.base import TRAINING_SETS, fit_base_stance, load_base
    from annotate.classify.corpora import read_csv
    from annotate.classify.features import feature_frame
    from annotate.classify.fusion import base_support

    own = BASE_FILES.get(name)
    if own is None:
        return base_support(load_base().stance, frame)
    labels = data(name).labels
    root = shared_dir() / "data"
    others = [read_csv(root / set_name / file, set_name) for set_name, file in TRAINING_SETS if (set_name, file) != own]
    other_frame = pd.concat([feature_frame(c.items) for c in others], ignore_index=True)
    other_labels = [label for c in others for label in c.labels]
    out = np.zeros(len(frame))
    for train, test in splits:
        base = fit_base_stance(pd.concat([other_frame, frame.iloc[train]], ignore_index=True), other_labels + [labels[i] for i in train])
        out[test] = base_support(base, frame.iloc[test])
    return out


def grouped_cv(name: str, field: str = "stance", weight: float = 0.0) -> dict:
    """Grouped CV of ``annotate train``'s model on set ``name``; stance with ``weight`` > 0 is fused with a base
    model that never saw the scored fold (:func:`honest_support`), the unfused figures under ``unfused``."""
    import numpy as np

    from annotate.classify.features import feature_frame
    from annotate.classify.train import cross_validate, fold_splits
    from annotate.schema import load_schema

    corpus = data(name)
    classes = load_schema().classes(field)
    frame = feature_frame(corpus.items)
    support = None
    if weight:
        splits, _ = fold_splits(np.asarray(corpus.labels), corpus.groups, None)
        support = honest_support(name, frame, splits)
    return cross_validate(field, corpus.items, corpus.labels, classes, corpus.groups, frame, base_support=support, fusion_weight=weight)


def train_dev(train_name: str, dev_name: str, weight: float = 0.0) -> dict:
    """``annotate train``'s model fitted on ``train_name``, scored on ``dev_name``; with ``weight`` > 0 also fused
    with a base model trained without ``dev_name`` (``unfused``: the same model without fusion)."""
    import numpy as np

    from annotate.classify.features import feature_frame
    from annotate.classify.fusion import fuse
    from annotate.classify.model import full_probabilities
    from annotate.classify.train import fit_field, metrics
    from annotate.schema import load_schema

    train, dev = data(train_name), data(dev_name)
    classes = load_schema().classes("stance")
    fitted = fit_field("stance", feature_frame(train.items), train.labels, train.groups)  # as `annotate train` fits
    dev_frame = feature_frame(dev.items)
    proba = full_probabilities(fitted.pipeline, dev_frame, classes)
    out = metrics(dev.labels, proba, classes, fitted.weights(classes))
    if weight:
        support = honest_support(dev_name, dev_frame, [(np.arange(0), np.arange(len(dev)))])
        out = dict(metrics(dev.labels, fuse(proba, classes, support, weight), classes, fitted.weights(classes)), unfused=out)
    return out


def seeds_trained(weight: float, shuffles: range = range(5)) -> dict:
    """``annotate train``'s stance model on the seeds gold's 46 labels, unfused and fused with the shipped base
    (which never saw the seeds) at ``weight``: accuracy in stratified 4-fold CV (mean over ``shuffles``) and
    with each article held out in turn. The decision's inner folds are grouped by article."""
    import numpy as np
    from sklearn.model_selection import LeaveOneGroupOut, StratifiedKFold

    from annotate.classify.base import load_base, seeds_items
    from annotate.classify.features import feature_frame
    from annotate.classify.fusion import base_support, fuse
    from annotate.classify.model import decide
    from annotate.classify.train import fit_or_prior
    from annotate.schema import load_schema

    items, labels, articles = seeds_items()
    y, groups = np.asarray(labels), np.asarray(articles)
    classes = load_schema().classes("stance")
    frame = feature_frame(items)
    support = base_support(load_base().stance, frame)

    def accuracy(splits) -> tuple[float, float]:
        proba, weights = np.zeros((len(y), len(classes))), np.ones((len(y), len(classes)))
        for train, test in splits:
            proba[test], weights[test] = fit_or_prior("stance", frame, y, train, frame.iloc[test], classes, groups)
        scores = [np.mean(np.asarray(classes)[decide(p, weights)] == y) for p in (proba, fuse(proba, classes, support, weight))]
        return float(scores[0]), float(scores[1])

    folds = [accuracy(StratifiedKFold(4, shuffle=True, random_state=seed).split(y, y)) for seed in shuffles]
    by_article = accuracy(LeaveOneGroupOut().split(y, y, groups))
    return {
        "four_fold": float(np.mean([f[0] for f in folds])),
        "four_fold_fused": float(np.mean([f[1] for f in folds])),
        "by_article": by_article[0],
        "by_article_fused": by_article[1],
    }


def default_throughput(pairs: int = 10_000, batch: int = 1_000, runs: int = 3) -> str:
    """Statements/s of the default predictor (the base model unless a project model is current) and of the rules."""
    import statistics

    from annotate.classify import RulePredictor, load_predictor

    corpus = data("emergent")
    items = [corpus.items[i % len(corpus)] for i in range(pairs)]
    rates = []  # (version, statements/s): the default predictor, then the rules (the same version when no model is current)
    for predictor in (load_predictor(), RulePredictor()):
        measured = []
        for _ in range(runs):
            started = time.perf_counter()
            for start in range(0, len(items), batch):
                predictor.predict(items[start : start + batch])
            measured.append(len(items) / (time.perf_counter() - started))
        rates.append((predictor.model_version, statistics.median(measured)))
    (default, rate), (_, rules) = rates
    verdict = "met" if rate >= THROUGHPUT_TARGET else "MISSED"
    return f"default predictor {default}: {rate:,.0f} statements/s, median of {runs} (target >= {THROUGHPUT_TARGET:,}: {verdict}); rule priors {rules:,.0f}/s; ratio {rate / rules:.2f}"


def run(name: str) -> tuple[str, Optional[float]]:
    """One line of figures for set ``name`` and its headline figure."""
    started = time.perf_counter()
    if name == "throughput":
        return default_throughput(), None
    if name == "seeds":
        from annotate.classify.base import seeds_figures

        figures = seeds_figures()
        line = ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items())
        trained = seeds_trained(FUSION_WEIGHT)
        line += (
            f"; annotate train's model, 4-fold (5 shuffles) {trained['four_fold']:.3f} -> fused (w {FUSION_WEIGHT}) {trained['four_fold_fused']:.3f}, "
            f"by article {trained['by_article']:.3f} -> {trained['by_article_fused']:.3f}"
        )
        return f"seeds gold: {line}", figures.get("four_fold_accuracy")
    if name == "perspectrum-dev":
        m = train_dev("perspectrum", "perspectrum-dev", FUSION_WEIGHT)
        u = m["unfused"]
        return (
            f"PERSPECTRUM train -> dev (n={m['n']}): macro-F1 {u['macro_f1']:.3f}, accuracy {u['accuracy']:.3f}; "
            f"fused with a base without dev (w {FUSION_WEIGHT}): macro-F1 {m['macro_f1']:.3f}, accuracy {m['accuracy']:.3f} ({time.perf_counter() - started:.0f} s)"
        ), m["macro_f1"]
    if name == "wikiweasel":
        cv = grouped_cv(name, "certainty")
        f1 = hedged_f1(cv["model"]["per_class"])
        rules = hedged_f1(cv["rules"]["per_class"])
        return f"wikiweasel certainty, {cv['scheme']} by 50-sentence block (n={cv['model']['n']}): hedged F1 {f1:.3f} (rules {rules:.3f}), accuracy {cv['model']['accuracy']:.3f} ({time.perf_counter() - started:.0f} s)", f1
    cv = grouped_cv(name, weight=FUSION_WEIGHT)
    m, u = cv["model"], cv["unfused"]
    by = "topic" if name == "ibmcs" else "claim"
    base = "per fold from the other folds" if name in BASE_FILES else "the shipped one"
    line = (
        f"{name} stance, {cv['scheme']} by {by} (n={m['n']}): accuracy {u['accuracy']:.3f}, macro-F1 {u['macro_f1']:.3f}; "
        f"fused with the base (w {FUSION_WEIGHT}, base {base}): accuracy {m['accuracy']:.3f}, macro-F1 {m['macro_f1']:.3f}; "
        f"majority {cv['majority']['accuracy']:.3f}, rules {cv['rules']['accuracy']:.3f} ({time.perf_counter() - started:.0f} s)"
    )
    return line, m["macro_f1"] if name.startswith("perspectrum") else m["accuracy"]


def main(argv: Optional[list[str]] = None) -> int:
    wanted = argv or list(SETS)
    unknown = [w for w in wanted if w not in SETS]
    if unknown:
        print(f"[carryover] unknown set(s) {unknown}; choose from {', '.join(SETS)}", file=sys.stderr)
        return 2
    for name in wanted:
        line, figure = run(name)
        goal = GOALS.get(name)
        note = "" if goal is None or figure is None else f" [goal {goal} on the held-out test split: {'met' if figure >= goal else 'not met'} in CV]"
        print(f"[carryover] {line}{note}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
