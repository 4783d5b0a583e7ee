"""`annotate evaluate --gold GOLD PRED.jsonl`: precision, recall and F1 of extracted statements."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from annotate.cli.common import cli_errors
from annotate.console import Console
from annotate.errors import UsageError
from annotate.evaluate import EvaluationReport, evaluate, format_report, read_gold, read_statements


def run_evaluate(gold_path: Path, predictions: Path, console: Console) -> tuple[EvaluationReport, list[str]]:
    """Read the gold and the predictions and score them. Returns the report and skipped-line messages."""
    problems: list[str] = []

    def on_problem(message: str) -> None:
        problems.append(message)
        console.warn(f"warning: {message}")

    gold = read_gold(gold_path)
    report = evaluate(gold, read_statements(predictions, on_problem))
    if report.predictions_scored == 0:
        raise UsageError(
            f"{predictions}: none of its {report.ignored_articles} article(s) is in the gold {gold_path}; "
            "check --gold, or run `annotate extract` on the gold's texts"
        )
    return report, problems


def evaluate_command(
    predictions: Annotated[Path, typer.Argument(help="Statements JSONL written by `annotate extract`.")],
    gold: Annotated[
        Path,
        typer.Option(
            "--gold",
            help="Gold attributions: a brat folder (text/ + attributions/, e.g. PolNeAR), a seeds gold .jsonl, or the -attributions.jsonl of `annotate pull`.",
        ),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print a machine-readable JSON object instead of the table.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No status on stderr.")] = False,
) -> None:
    """Score extracted statements against gold: P/R/F1 for content, source and cue under overlap, Dice >= 0.5 and exact matching (one-to-one on content spans).

    Exit 0 on success, 1 when some prediction lines were skipped (each named on stderr; the rest are scored), 2 when the gold or predictions file cannot be used.
    """
    console = Console(quiet)
    with cli_errors():
        report, problems = run_evaluate(gold, predictions, console)
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_report(report))
    if problems:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate_command)
