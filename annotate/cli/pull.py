"""`annotate pull --project TITLE`: snapshot export -> flat table, per-statement aggregate, agreement."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from annotate.cli.common import cli_errors
from annotate.console import Console
from annotate.labelstudio.client import DEFAULT_TIMEOUT_S, Client
from annotate.labelstudio.pull import DEFAULT_OUT_DIR, pull_project


def pull_command(
    project: Annotated[str, typer.Option("--project", "-p", help="Project title to export.")],
    out_dir: Annotated[Path, typer.Option("--out-dir", help="Where snapshots and tables go (never overwritten).", file_okay=False)] = DEFAULT_OUT_DIR,
    timeout: Annotated[float, typer.Option(help="Seconds before a server call times out.", min=0.1)] = DEFAULT_TIMEOUT_S,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No status on stderr.")] = False,
) -> None:
    """Export PROJECT's annotations: timestamped snapshot, CSV + Parquet table, by-statement majority, corrected spans as gold.

    stdout: the written paths, then agreement per field (Krippendorff's alpha over all
    annotators, Cohen's kappa per pair). stderr: the extractor's precision and recall on the
    annotated tasks. Exit 3 on a Label Studio problem.
    """
    console = Console(quiet)
    with cli_errors():
        client = Client.connect(timeout=timeout)
        result = pull_project(project, out_dir, client=client)
    for warning in result.warnings:
        console.warn(warning)
    console.info(result.summary())
    if result.extraction:
        console.info(result.extraction)
    for path in (result.snapshot, result.table_csv, result.table_parquet, result.by_statement, result.attributions):
        print(f"wrote {path}")
    for agreement in result.agreement:
        print(agreement.describe())


def register(app: typer.Typer) -> None:
    app.command("pull")(pull_command)
