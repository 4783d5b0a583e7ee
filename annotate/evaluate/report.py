"""A readable table of an :class:`~annotate.evaluate.score.EvaluationReport`."""

from __future__ import annotations

from annotate.evaluate.score import ATTRIBUTES, FIELDS, EvaluationReport

MODE_TITLES = {"overlap": "overlap", "dice": "dice>=0.5", "exact": "exact"}


def format_report(report: EvaluationReport) -> str:
    lines = [
        f"gold: {report.gold_path} ({report.gold_format}: {report.gold_documents} documents, "
        f"{report.gold_attributions} attributions)",
        *(f"  note: {note}" for note in report.notes),
        f"predictions: {report.predictions_scored} scored, {report.predictions_ignored} ignored "
        f"({report.ignored_articles} articles not in the gold); "
        f"{report.gold_documents_without_predictions} gold documents without predictions",
        "",
        f"{'mode':<10} {'field':<12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'pred':>6} {'gold':>6}",
    ]
    for mode, scores in report.modes.items():
        for name in FIELDS:
            prf = scores.fields[name]
            lines.append(
                f"{MODE_TITLES.get(mode, mode):<10} {name:<12} {prf.precision:6.3f} {prf.recall:6.3f} {prf.f1:6.3f} "
                f"{prf.tp:6d} {prf.predicted:6d} {prf.gold:6d}"
            )
    if any(scores.attributes for scores in report.modes.values()):
        lines += ["", "attribute accuracy on matched pairs:", f"{'mode':<10} " + " ".join(f"{a:>14}" for a in ATTRIBUTES)]
        for mode, scores in report.modes.items():
            cells = [f"{scores.attributes[a].accuracy:.3f} ({scores.attributes[a].correct}/{scores.attributes[a].total})" for a in ATTRIBUTES]
            lines.append(f"{MODE_TITLES.get(mode, mode):<10} " + " ".join(f"{c:>14}" for c in cells))
    lines += ["", "source: tp/pred/gold count statements having a source; source_slot also credits a shared null."]
    return "\n".join(lines)
