"""`annotate train [--annotations EXPORT] [--model-dir DIR] [--min-per-class N] [--fields F,...]`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from annotate.classify import CLASSIFIED_FIELDS, DEFAULT_MODEL_DIR
from annotate.classify.train import DEFAULT_MIN_PER_CLASS, cv_table, train_from_export
from annotate.cli.common import cli_errors
from annotate.classify.store import check_model_dir
from annotate.console import Console
from annotate.output import check_writable_dir
from annotate.paths import ANNOTATIONS_DIR


def train_command(
    annotations: Annotated[
        Path,
        typer.Option(
            "--annotations",
            "-a",
            help="Label Studio JSON export, or the .csv/.parquet table `annotate pull` writes; a folder means its newest snapshot.",
        ),
    ] = ANNOTATIONS_DIR,
    model_dir: Annotated[
        Path, typer.Option(help="Model folder: versions are saved under it and `current` is switched atomically.")
    ] = DEFAULT_MODEL_DIR,
    min_per_class: Annotated[
        int, typer.Option(help="Refuse to train a field with fewer labels than this in any class it has.", min=DEFAULT_MIN_PER_CLASS)
    ] = DEFAULT_MIN_PER_CLASS,
    fields: Annotated[
        Optional[str], typer.Option(help=f"Comma-separated fields to train (default: {','.join(CLASSIFIED_FIELDS)}); others use the rule priors.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No status on stderr.")] = False,
) -> None:
    """Train the stance/certainty classifier on annotations and save a new model version.

    Prints cross-validated figures (model vs majority baseline vs rule priors) on stderr and
    the new model's metadata as one JSON line on stdout. Exit 4 when labels are too few.
    """
    console = Console(quiet)
    chosen = tuple(f.strip() for f in fields.split(",") if f.strip()) if fields else CLASSIFIED_FIELDS
    with cli_errors():
        check_writable_dir(check_model_dir(model_dir), "--model-dir", create=False)  # before training, not after
        result = train_from_export(annotations, model_dir, min_per_class=min_per_class, fields=chosen, notify=console.warn)
        for line in cv_table(result.metadata):
            console.info(line)
        console.info(f"saved {result.version_dir} (now current)")
        print(json.dumps(result.metadata, ensure_ascii=False))


def register(app: typer.Typer) -> None:
    app.command("train")(train_command)
