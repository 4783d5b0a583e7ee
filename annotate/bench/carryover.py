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


def grouped_cv(name: str, field: str = "stance") -> dict:
    from annotate.classify.train import cross_validate
    from annotate.schema import load_schema

    corpus = data(name)
    classes = load_schema().classes(field)
    return cross_validate(field, corpus.items, corpus.labels, classes, corpus.groups)


def train_dev(train_name: str, dev_name: str) -> dict:
    from annotate.classify.features import feature_frame
    from annotate.classify.model import full_probabilities
    from annotate.classify.train import fit_field, metrics
    from annotate.schema import load_schema

    train, dev = data(train_name), data(dev_name)
    classes = load_schema().classes("stance")
    fitted = fit_field("stance", feature_frame(train.items), train.labels, train.groups)  # as `annotate train` fits
    return metrics(dev.labels, full_probabilities(fitted.pipeline, feature_frame(dev.items), classes), classes, fitted.weights(classes))


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
        return f"seeds gold: {line}", figures.get("four_fold_accuracy")
    if name == "perspectrum-dev":
        m = train_dev("perspectrum", "perspectrum-dev")
        return f"PERSPECTRUM train -> dev (n={m['n']}): macro-F1 {m['macro_f1']:.3f}, accuracy {m['accuracy']:.3f} ({time.perf_counter() - started:.0f} s)", m["macro_f1"]
    if name == "wikiweasel":
        cv = grouped_cv(name, "certainty")
        f1 = hedged_f1(cv["model"]["per_class"])
        rules = hedged_f1(cv["rules"]["per_class"])
        return f"wikiweasel certainty, {cv['scheme']} by 50-sentence block (n={cv['model']['n']}): hedged F1 {f1:.3f} (rules {rules:.3f}), accuracy {cv['model']['accuracy']:.3f} ({time.perf_counter() - started:.0f} s)", f1
    cv = grouped_cv(name)
    m = cv["model"]
    by = "topic" if name == "ibmcs" else "claim"
    line = (
        f"{name} stance, {cv['scheme']} by {by} (n={m['n']}): accuracy {m['accuracy']:.3f}, macro-F1 {m['macro_f1']:.3f}; "
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
