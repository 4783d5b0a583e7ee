"""`make bench` section "curve": learning curves of the stance model, random vs least-confident-first order.

A simulated annotator labels a pool in batches of :data:`BATCH` (the last batch before a checkpoint is
cut to land on it), and the model retrains after each batch, as ``annotate serve`` does. The model is
fitted with :func:`annotate.classify.train.fit_pipeline`, the pipeline of ``annotate train`` with its
labels read by argmax (without ``train``'s inner-fold choice of decision, which would triple each retrain), once
the labels meet ``train_model``'s minimum (two classes, 3 labels each); before that the rule priors
predict, as in the product. After every batch the model (or the rules) is scored on held-out data.

Orders:
- ``random``: a seeded shuffle of the pool;
- ``uncertainty``: each batch in :func:`annotate.classify.uncertainty.labelling_order` of the unlabelled
  pool under the predictor in use (least confident stance first, one slot in five random: what the
  "Least confident first" tab and ``push --order uncertainty`` do).

Data (stance only; research data, nothing is saved):
- PERSPECTRUM: pool = a seeded sample of :data:`POOL` rows of train.csv, held out = a fixed sample of
  :data:`HELD_OUT` rows of dev.csv (support/oppose);
- Emergent: train.csv split by claim, a fixed quarter of the claims held out (support/oppose/neutral),
  the pool a fixed sample of :data:`POOL` of the other rows.

Figures: per order and budget, the median over seeds of held-out accuracy and macro-F1; and, read off
the median curve (every batch, not only the checkpoints), how many labels each order needs to beat the
rules' macro-F1 and to reach :data:`TARGET_F1`. Run alone: ``nice -n 10 .venv/bin/python -m
annotate.bench curve`` (``python -m annotate.bench.curve --quick`` for a one-seed, small-pool run).
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

BATCH = 20
CHECKPOINTS: tuple[int, ...] = (20, 50, 100, 200, 400)
SEEDS: tuple[int, ...] = (0, 1, 2)
POOL = 1000
HELD_OUT = 600
TARGET_F1 = 0.70
ORDERS: tuple[str, ...] = ("random", "uncertainty")
FEWER_TARGET = 0.30  # the target: uncertainty order needs >= 30% fewer labels than random


@dataclass
class Task:
    """One corpus as the benchmark uses it: a pool to label and a held-out part to score on."""

    name: str
    pool_items: list
    pool_labels: list[str]
    held_items: list
    held_labels: list[str]


@dataclass
class Curve:
    """Held-out figures after each batch of one run (one order, one seed)."""

    order: str
    seed: int
    budgets: list[int] = field(default_factory=list)
    accuracy: list[float] = field(default_factory=list)
    macro_f1: list[float] = field(default_factory=list)
    predictor: list[str] = field(default_factory=list)  # "model" or "rules" at each budget


def budgets(checkpoints: Sequence[int] = CHECKPOINTS, batch: int = BATCH) -> list[int]:
    """Labels after each batch: batches of ``batch``, the last one before a checkpoint cut to it."""
    out, done = [], 0
    for checkpoint in sorted(checkpoints):
        while done < checkpoint:
            done = min(done + batch, checkpoint)
            out.append(done)
    return out


def labels_to_reach(budget_list: Sequence[int], values: Sequence[float], threshold: float, strictly: bool = False) -> Optional[int]:
    """The first budget of a curve whose value reaches ``threshold`` (is above it with ``strictly``); None if none does."""
    for budget, value in zip(budget_list, values):
        if value > threshold if strictly else value >= threshold:
            return budget
    return None


def median_curve(curves: list[Curve], metric: str) -> list[float]:
    return [round(statistics.median(getattr(c, metric)[i] for c in curves), 4) for i in range(len(curves[0].budgets))]


def run_curve(task: Task, order: str, seed: int, checkpoints: Sequence[int] = CHECKPOINTS, batch: int = BATCH,
              frames: Optional[tuple] = None) -> Curve:
    """One simulated annotator: label ``task``'s pool in ``order`` and score after every batch."""
    from annotate.classify.features import feature_frame
    from annotate.classify.model import full_probabilities
    from annotate.classify.train import can_train, fit_pipeline, metrics, rule_probabilities
    from annotate.classify.uncertainty import RANDOM_SHARE, labelling_order
    from annotate.schema import load_schema

    classes = load_schema().classes("stance")
    pool_frame, held_frame = frames or (feature_frame(task.pool_items), feature_frame(task.held_items))
    y_pool = np.asarray(task.pool_labels)
    rng = random.Random(seed)
    rules_pool = rule_probabilities("stance", task.pool_items, classes)
    rules_held = rule_probabilities("stance", task.held_items, classes)
    shuffled = list(range(len(task.pool_labels)))
    rng.shuffle(shuffled)
    labelled: list[int] = []
    is_labelled = np.zeros(len(y_pool), dtype=bool)
    pool_proba = rules_pool
    curve = Curve(order, seed)
    for budget in budgets(checkpoints, batch):
        wanted = budget - len(labelled)
        if order == "random":
            batch_rows = [i for i in shuffled if not is_labelled[i]][:wanted]
        else:
            left = np.flatnonzero(~is_labelled)
            # Ties (the rules' fixed confidences) are broken at random, not by row number.
            confidences = pool_proba[left].max(axis=1) + np.asarray([rng.random() * 1e-9 for _ in left])
            batch_rows = [int(left[i]) for i in labelling_order(confidences.tolist(), RANDOM_SHARE, rng=rng)[:wanted]]
        labelled.extend(batch_rows)
        is_labelled[batch_rows] = True
        counts = Counter(y_pool[labelled].tolist())
        if can_train(counts):
            pipeline = fit_pipeline("stance", pool_frame.iloc[labelled], y_pool[labelled].tolist())
            held_proba = full_probabilities(pipeline, held_frame, classes)
            if order == "uncertainty":
                pool_proba = full_probabilities(pipeline, pool_frame, classes)
            used = "model"
        else:
            held_proba, used = rules_held, "rules"
        scored = metrics(task.held_labels, held_proba, classes)
        curve.budgets.append(budget)
        curve.accuracy.append(scored["accuracy"])
        curve.macro_f1.append(scored["macro_f1"])
        curve.predictor.append(used)
    return curve


def evaluate_task(task: Task, seeds: Sequence[int] = SEEDS, checkpoints: Sequence[int] = CHECKPOINTS,
                  batch: int = BATCH, pools: Optional[dict[int, Task]] = None) -> dict:
    """Every order x seed on ``task`` (``pools``: a per-seed pool sample), and the summary figures."""
    from annotate.classify.features import feature_frame
    from annotate.classify.train import metrics, rule_probabilities
    from annotate.schema import load_schema

    classes = load_schema().classes("stance")
    rules = metrics(task.held_labels, rule_probabilities("stance", task.held_items, classes), classes)
    held_frame = feature_frame(task.held_items)
    curves: dict[str, list[Curve]] = {order: [] for order in ORDERS}
    started = time.perf_counter()
    for seed in seeds:
        seeded = (pools or {}).get(seed, task)
        frames = (feature_frame(seeded.pool_items), held_frame)
        for order in ORDERS:
            curves[order].append(run_curve(seeded, order, seed, checkpoints, batch, frames))
    steps = curves[ORDERS[0]][0].budgets
    summary: dict = {
        "name": task.name, "pool": len((pools or {}).get(seeds[0], task).pool_labels), "held_out": len(task.held_labels),
        "held_out_classes": dict(sorted(Counter(task.held_labels).items())), "seeds": list(seeds),
        "rules": {"accuracy": rules["accuracy"], "macro_f1": rules["macro_f1"]},
        "budgets": steps, "checkpoints": list(checkpoints), "orders": {}, "seconds": round(time.perf_counter() - started, 1),
    }
    for order, runs in curves.items():
        f1, accuracy = median_curve(runs, "macro_f1"), median_curve(runs, "accuracy")
        summary["orders"][order] = {
            "macro_f1": f1, "accuracy": accuracy,
            "beat_rules": labels_to_reach(steps, f1, rules["macro_f1"], strictly=True),
            "reach_target": labels_to_reach(steps, f1, TARGET_F1),
            "per_seed_macro_f1": [run.macro_f1 for run in runs],
        }
    for what in ("beat_rules", "reach_target"):
        rand, unc = summary["orders"]["random"][what], summary["orders"]["uncertainty"][what]
        summary[f"fewer_{what}"] = round(1 - unc / rand, 3) if rand and unc else None
        # Random never got there within the budget: uncertainty needed at least this much fewer.
        summary[f"fewer_{what}_at_least"] = round(1 - unc / steps[-1], 3) if unc and not rand else None
    # The usual active-learning reading: labels uncertainty order needs to match random order's final figure.
    final = summary["orders"]["random"]["macro_f1"][-1]
    matched = labels_to_reach(steps, summary["orders"]["uncertainty"]["macro_f1"], final)
    summary["match_random_final"] = {"macro_f1": final, "labels": matched, "fewer": round(1 - matched / steps[-1], 3) if matched else None}
    at_100 = [summary["orders"][o]["macro_f1"][steps.index(100)] for o in ORDERS] if 100 in steps else []
    summary["beats_rules_at_100"] = {o: f > rules["macro_f1"] for o, f in zip(ORDERS, at_100)}
    return summary


def _sample(items: list, labels: list[str], size: int, seed: int) -> tuple[list, list[str]]:
    rows = list(range(len(labels)))
    random.Random(seed).shuffle(rows)
    rows = sorted(rows[:size])
    return [items[i] for i in rows], [labels[i] for i in rows]


def perspectrum(folder: Path, seeds: Sequence[int], pool: int = POOL, held_out: int = HELD_OUT) -> tuple[Task, dict[int, Task]]:
    """PERSPECTRUM: held out = a fixed sample of dev.csv; pool = a sample of train.csv per seed."""
    from annotate.classify.corpora import read_csv

    train, dev = read_csv(folder / "train.csv", "perspectrum"), read_csv(folder / "dev.csv", "perspectrum")
    held_items, held_labels = _sample(dev.items, dev.labels, held_out, 12345)
    pools = {}
    for seed in seeds:
        items, labels = _sample(train.items, train.labels, pool, 1000 + seed)
        pools[seed] = Task("perspectrum", items, labels, held_items, held_labels)
    return pools[seeds[0]], pools


def emergent(path: Path, pool: Optional[int] = None, held_out_share: float = 0.25) -> Task:
    """Emergent train.csv: a fixed quarter of the claims held out, the rest is the pool."""
    from annotate.classify.corpora import emergent_corpus

    corpus = emergent_corpus(path)
    claims = sorted(set(corpus.groups))
    random.Random(12345).shuffle(claims)
    held = set(claims[: round(len(claims) * held_out_share)])
    pool_rows = [i for i, g in enumerate(corpus.groups) if g not in held]
    held_rows = [i for i, g in enumerate(corpus.groups) if g in held]
    if pool is not None and pool < len(pool_rows):
        pool_rows = sorted(random.Random(54321).sample(pool_rows, pool))
    return Task("emergent", [corpus.items[i] for i in pool_rows], [corpus.labels[i] for i in pool_rows],
                [corpus.items[i] for i in held_rows], [corpus.labels[i] for i in held_rows])


def lines(summary: dict) -> list[str]:
    """The figures as printed: one table per corpus, then labels-to-target."""
    steps, shown = summary["budgets"], [c for c in summary["checkpoints"] if c in summary["budgets"]]
    rules = summary["rules"]
    out = [
        f"[curve] {summary['name']}: pool {summary['pool']}, held out {summary['held_out']} {summary['held_out_classes']}, "
        f"seeds {summary['seeds']} (medians), {summary['seconds']} s",
        f"[curve] {summary['name']}: rules accuracy {rules['accuracy']:.3f}, macro-F1 {rules['macro_f1']:.3f}",
        f"[curve] {summary['name']}: labels        " + "  ".join(f"{b:>11}" for b in shown),
    ]
    for order, figures in summary["orders"].items():
        cells = [f"{figures['accuracy'][steps.index(b)]:.3f}/{figures['macro_f1'][steps.index(b)]:.3f}" for b in shown]
        out.append(f"[curve] {summary['name']}: {order:<12} " + "  ".join(f"{c:>11}" for c in cells) + "   (accuracy/macro-F1)")
    for order, figures in summary["orders"].items():
        beat, reach = figures["beat_rules"], figures["reach_target"]
        out.append(
            f"[curve] {summary['name']}: {order:<12} beats the rules' macro-F1 after {beat if beat else 'more than ' + str(steps[-1])} labels, "
            f"reaches macro-F1 {TARGET_F1:.2f} after {reach if reach else 'more than ' + str(steps[-1])}"
        )
    for what, name in (("beat_rules", "beat the rules"), ("reach_target", f"reach {TARGET_F1:.2f}")):
        fewer, at_least = summary[f"fewer_{what}"], summary[f"fewer_{what}_at_least"]
        both_first = summary["orders"]["random"][what] == summary["orders"]["uncertainty"][what] == steps[0]
        if both_first:
            verdict = f"both after the first batch ({steps[0]} labels): no difference measurable"
        elif fewer is not None and fewer >= 0:
            verdict = f"{fewer:.0%} fewer labels ({'meets' if fewer >= FEWER_TARGET else 'misses'} the {FEWER_TARGET:.0%} target)"
        elif fewer is not None:
            verdict = f"{-fewer:.0%} more labels (misses the {FEWER_TARGET:.0%} target)"
        elif at_least is not None:
            verdict = f"at least {at_least:.0%} fewer labels (random did not get there in {steps[-1]})"
        else:
            verdict = f"n/a (uncertainty order did not get there in {steps[-1]} labels)"
        out.append(f"[curve] {summary['name']}: uncertainty vs random to {name}: {verdict}")
    match = summary["match_random_final"]
    out.append(
        f"[curve] {summary['name']}: uncertainty reaches random's {steps[-1]}-label macro-F1 ({match['macro_f1']:.3f}) after "
        + (f"{match['labels']} labels ({match['fewer']:.0%} fewer)" if match["labels"] else f"more than {steps[-1]} labels")
    )
    for order, figures in summary["orders"].items():
        out.append(f"[curve] {summary['name']}: {order} macro-F1 after each batch: "
                   + " ".join(f"{b}:{f:.2f}" for b, f in zip(steps, figures["macro_f1"])))
    if summary["beats_rules_at_100"]:
        out.append(f"[curve] {summary['name']}: with 100 labels the model beats the rules' macro-F1: {summary['beats_rules_at_100']}")
    return out


def main(argv: Optional[list[str]] = None) -> int:
    from annotate.paths import shared_dir

    argv = list(sys.argv[1:] if argv is None else argv)
    quick = "--quick" in argv
    seeds = SEEDS[:1] if quick else SEEDS
    checkpoints = (20, 50, 100) if quick else CHECKPOINTS
    pool = 300 if quick else POOL
    held = 300 if quick else HELD_OUT
    shared = shared_dir()
    ran = False
    folder = shared / "data" / "perspectrum" if shared else None
    if folder is not None and (folder / "train.csv").is_file():
        first, pools = perspectrum(folder, seeds, pool, held)
        for line in lines(evaluate_task(first, seeds, checkpoints, pools=pools)):
            print(line, flush=True)
        ran = True
    else:
        print("[curve] PERSPECTRUM not found under ../shared/data/perspectrum: skipped", flush=True)
    path = shared / "data" / "emergent" / "train.csv" if shared else None
    if path is not None and path.is_file():
        for line in lines(evaluate_task(emergent(path, pool), seeds, checkpoints)):
            print(line, flush=True)
        ran = True
    else:
        print("[curve] Emergent not found under ../shared/data/emergent: skipped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
