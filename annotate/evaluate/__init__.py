"""Measure extraction against gold attributions (`annotate evaluate`).

Public API: :func:`read_gold` (brat folder or seeds JSONL), :func:`read_statements`
(extract output), :func:`evaluate` -> :class:`EvaluationReport`, :func:`format_report`.
Matching rules are documented in :mod:`annotate.evaluate.score`.
"""

from __future__ import annotations

from annotate.evaluate.gold import Gold, GoldAttribution, read_gold
from annotate.evaluate.report import format_report
from annotate.evaluate.score import EvaluationReport, evaluate, match, read_statements

__all__ = [
    "EvaluationReport",
    "Gold",
    "GoldAttribution",
    "evaluate",
    "format_report",
    "match",
    "read_gold",
    "read_statements",
]
