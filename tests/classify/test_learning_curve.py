"""The learning-curve benchmark (`python -m annotate.bench curve`): its budgets, how labels-to-target are read off
a curve, and one tiny run on real PERSPECTRUM data checking the output's structure."""

from __future__ import annotations

import pytest
from conftest import need_corpus

from annotate.bench.curve import ORDERS, TARGET_F1, budgets, evaluate_task, labels_to_reach, lines, perspectrum


def test_batches_of_20_land_on_every_checkpoint():
    assert budgets((20, 50, 100)) == [20, 40, 50, 70, 90, 100]
    assert budgets((20, 50, 100, 200, 400))[-3:] == [360, 380, 400]
    assert len(budgets((20, 50, 100, 200, 400))) == 21


def test_labels_to_target_is_the_first_budget_that_reaches_it():
    steps = [20, 40, 50, 70]
    assert labels_to_reach(steps, [0.5, 0.69, 0.70, 0.8], 0.70) == 50
    assert labels_to_reach(steps, [0.5, 0.69, 0.70, 0.8], 0.70, strictly=True) == 70
    assert labels_to_reach(steps, [0.5, 0.6, 0.6, 0.6], 0.70) is None


def test_a_tiny_curve_on_perspectrum_has_the_figures_the_bench_prints():
    folder = need_corpus("perspectrum")
    first, pools = perspectrum(folder, seeds=(0,), pool=120, held_out=100)
    summary = evaluate_task(first, seeds=(0,), checkpoints=(20, 60), pools=pools)
    assert summary["budgets"] == [20, 40, 60]
    assert summary["held_out"] == 100 and summary["pool"] == 120
    assert set(summary["held_out_classes"]) == {"support", "oppose"}
    rules_f1 = summary["rules"]["macro_f1"]
    assert 0.0 < rules_f1 < 1.0
    for order in ORDERS:
        figures = summary["orders"][order]
        assert len(figures["macro_f1"]) == len(figures["accuracy"]) == 3
        assert all(0.0 <= value <= 1.0 for value in figures["macro_f1"] + figures["accuracy"])
        # Labels-to-target are read off the (median) curve itself.
        assert figures["beat_rules"] == labels_to_reach(summary["budgets"], figures["macro_f1"], rules_f1, strictly=True)
        assert figures["reach_target"] == labels_to_reach(summary["budgets"], figures["macro_f1"], TARGET_F1)
    rand, unc = summary["orders"]["random"]["beat_rules"], summary["orders"]["uncertainty"]["beat_rules"]
    assert summary["fewer_beat_rules"] == (pytest.approx(1 - unc / rand, abs=1e-3) if rand and unc else None)
    match = summary["match_random_final"]
    assert match["macro_f1"] == summary["orders"]["random"]["macro_f1"][-1]
    assert match["labels"] == labels_to_reach(summary["budgets"], summary["orders"]["uncertainty"]["macro_f1"], match["macro_f1"])
    printed = "\n".join(lines(summary))
    assert "[curve] perspectrum: rules accuracy" in printed and "uncertainty vs random to beat the rules" in printed
