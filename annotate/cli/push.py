"""`annotate push INPUT... --project TITLE --target CLAIM`: statements -> Label Studio tasks with pre-annotations."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from annotate.cli.common import ProblemLog, cli_errors
from annotate.classify.uncertainty import ORDERS
from annotate.console import Console
from annotate.errors import UsageError
from annotate.extract.kinds import KINDS, keep_kinds, parse_kinds
from annotate.labelstudio.client import DEFAULT_TIMEOUT_S, Client
from annotate.labelstudio.push import DEFAULT_BATCH_SIZE, load_push_input, push_statements
from annotate.labelstudio.tasks import DEFAULT_MIN_OVERLAP, RELATION_RULES, RelationRule, Target, dedupe_targets, read_targets


def load_predictions(model_dir: Optional[Path], console: Console, rules: bool = False):
    """The classifier's predictor: --rules, the explicit --model-dir (or an error), else the default model or the rule priors."""
    from annotate.cli.prelabel import choose_predictor

    return choose_predictor(model_dir, rules, console)


def push_command(
    inputs: Annotated[list[Path], typer.Argument(help="Articles (.txt/.jsonl/.csv or folders) or a statements JSONL from `annotate extract`.")],
    project: Annotated[str, typer.Option("--project", "-p", help="Project title (created if missing).")],
    target: Annotated[Optional[list[str]], typer.Option("--target", "-t", help="Target claim stance is judged against (repeatable).")] = None,
    targets_file: Annotated[Optional[Path], typer.Option("--targets", help="File of targets: one claim a line, or JSONL {target, article_ids}.", dir_okay=False)] = None,
    relate: Annotated[str, typer.Option(help=f"Which statements relate to which target: {' or '.join(RELATION_RULES)} (see docs/labelstudio.md).")] = "all",
    min_overlap: Annotated[int, typer.Option(help="Content words shared with the target for --relate overlap.", min=1)] = DEFAULT_MIN_OVERLAP,
    model_dir: Annotated[Optional[Path], typer.Option(help="Model dir for pre-annotations (an error if it holds none; default: models/stance-certainty, else rule priors).", file_okay=False)] = None,
    no_predictions: Annotated[bool, typer.Option("--no-predictions", help="Push tasks without pre-annotations.")] = False,
    rules: Annotated[bool, typer.Option("--rules", help="Pre-annotate with the rule priors, not a trained model.")] = False,
    batch_size: Annotated[int, typer.Option(help="Tasks per import call.", min=1)] = DEFAULT_BATCH_SIZE,
    timeout: Annotated[float, typer.Option(help="Seconds before a server call times out.", min=0.1)] = DEFAULT_TIMEOUT_S,
    update_config: Annotated[bool, typer.Option("--update-config", help="Replace the project's labeling config with the schema's if they differ.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Count what would be created; write nothing.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or status on stderr.")] = False,
    kinds: Annotated[Optional[str], typer.Option(help=f"Only statements of these kinds, comma-separated: {', '.join(KINDS)} (or speech).")] = None,
    order: Annotated[str, typer.Option(help="Import order of new tasks: input, or uncertainty (least confident first, one in five random; for projects that label in import order).")] = "input",
    layout: Annotated[Optional[str], typer.Option(help="Task layout of a new project: statement (one task per statement, a stance control per target) or pair (one task per statement and target). Default: the project's own, else statement.")] = None,
) -> None:
    """Create or reuse PROJECT and import the statements as tasks (idempotent: re-pushing adds no duplicates).

    Prints the push report as one JSON line on stdout. Exit 3 on a Label Studio problem
    (re-run the same command after a timeout: it completes the push and removes duplicate
    tasks without annotations that the interrupted import may have left).
    """
    console = Console(quiet)
    log = ProblemLog(console)
    with cli_errors():
        if order not in ORDERS:
            raise UsageError(f"--order {order!r} is not an order; use one of {', '.join(ORDERS)}")
        if order == "uncertainty" and no_predictions:
            raise UsageError("--order uncertainty needs predictions to rank by; drop --no-predictions")
        if layout is not None and layout not in ("statement", "pair"):
            raise UsageError(f"--layout {layout!r}: use statement or pair")
        if relate not in RELATION_RULES:
            raise UsageError(f"--relate {relate!r} is not a rule; use one of {', '.join(RELATION_RULES)}")
        wanted = parse_kinds(kinds)
        targets = [Target(t.strip()) for t in (target or []) if t.strip()]
        if targets_file is not None:
            targets += read_targets(targets_file)
        if not targets:
            raise UsageError('no target claims; pass --target "CLAIM" (repeatable) or --targets FILE')
        client = Client.connect(timeout=timeout)
        statements = keep_kinds(load_push_input(inputs, log), wanted)  # streamed: memory does not grow with the input
        first = next(statements, None)
        if first is None:
            raise UsageError(f"no statements read from {', '.join(map(str, inputs))}; give articles or a statements JSONL from `annotate extract`")
        predictions = None if no_predictions else load_predictions(model_dir, console, rules)

        def progress(batches, total):
            return console.progress(batches, desc="push", total=len(batches), unit="batch")

        report = push_statements(
            itertools.chain([first], statements), dedupe_targets(targets), project, predictions, rule=RelationRule(relate, min_overlap),  # type: ignore[arg-type]
            batch_size=batch_size, dry_run=dry_run, client=client, update_config=update_config, progress=progress, order=order,
            layout=layout,
        )
    for warning in report.warnings:
        console.warn(warning)
    console.info(report.summary())
    data = {k: v for k, v in report.__dict__.items() if k != "task_ids"}
    print(json.dumps(data, ensure_ascii=False))
    if log.problems:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("push")(push_command)
