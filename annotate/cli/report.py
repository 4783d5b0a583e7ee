"""`annotate report [--project TITLE | STATEMENTS.jsonl ...] -o report.html`: a self-contained HTML report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from annotate.cli.common import ProblemLog, cli_errors
from annotate.console import Console
from annotate.errors import UsageError
from annotate.output import atomic_writer


def report_command(
    inputs: Annotated[Optional[list[Path]], typer.Argument(help="Statements JSONL from `annotate extract` or `annotate prelabel` (with --project: gives the source types task data lacks).", dir_okay=False)] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write (atomic).", dir_okay=False)] = Path("report.html"),
    project: Annotated[Optional[str], typer.Option("--project", "-p", help="Report on a Label Studio project (annotations, progress, agreement).")] = None,
    target: Annotated[Optional[list[str]], typer.Option("--target", "-t", help="Target claim for predicted stance (statements mode; repeatable).")] = None,
    model_dir: Annotated[Optional[Path], typer.Option(help="Model dir (default models/stance-certainty, else rule priors).", file_okay=False)] = None,
    title: Annotated[str, typer.Option(help="Report title.")] = "Who is quoted, how, by whom",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No status on stderr.")] = False,
) -> None:
    """Write one HTML file (inline SVG plots, no network needed to open it).

    Statements mode: stance/certainty are the labels the input carries (prelabel output), else
    predictions of the current model (or rule priors) toward each --target. Project mode:
    annotations where they exist, else the tasks' predictions; plus progress and agreement.
    """
    console = Console(quiet)
    log = ProblemLog(console)
    with cli_errors():
        from annotate.report import from_statements, report_html

        if project:
            from annotate.report.project import from_project
            from annotate.trace.inputs import read_statement_files

            extra = read_statement_files(inputs, log).statements if inputs else []
            data = from_project(project, extra, report_title=title, model_dir=model_dir)
        else:
            if not inputs:
                raise UsageError("nothing to report on; give a statements JSONL (annotate extract) or --project TITLE")
            from annotate.classify import load_predictor
            from annotate.trace.inputs import read_statement_files

            read = read_statement_files(inputs, log)
            if not read.statements:
                raise UsageError(f"no statements read from {', '.join(map(str, inputs))}; give the JSONL `annotate extract` writes")
            predictor = None if read.labels else load_predictor(model_dir)
            data = from_statements(read.statements, read.labels, [t for t in (target or []) if t.strip()], predictor, title, model_dir)
        page = report_html(data)
        with atomic_writer(output) as handle:
            handle.write(page)
    console.info(f"report: {len(data.statements)} statements, {len(data.clusters)} traced clusters, labels {data.labels_from} -> {output} ({len(page):,} bytes)")
    if log.problems:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("report")(report_command)
