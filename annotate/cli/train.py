"""`annotate train [--annotations EXPORT] [--model-dir DIR] [--min-per-class N] [--fields F,...]`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from annotate.classify import CLASSIFIED_FIELDS, DEFAULT_MODEL_DIR
from annotate.classify.fusion import FUSION_WEIGHT
from annotate.classify.store import check_model_dir, sha256_file
from annotate.classify.train import DEFAULT_MIN_PER_CLASS, TrainResult, cv_table, train_model
from annotate.cli.common import cli_errors
from annotate.console import Console
from annotate.output import check_writable_dir
from annotate.paths import ANNOTATIONS_DIR


def train_from_export(export: Path, model_dir: Path, **options: Any) -> TrainResult:
    """Parse ``export`` (a file, or the newest snapshot in a folder) and train on its annotations."""
    from annotate.labelstudio.export import parse_export, resolve_export
    from annotate.schema import load_schema

    check_model_dir(model_dir)  # fail before the slow cross-validation
    path = resolve_export(export)
    schema = options.pop("schema", None) or load_schema()
    annotations = list(parse_export(path, schema))
    return train_model(annotations, model_dir, source=path.name, source_sha256=sha256_file(path), schema=schema, **options)


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
    force: Annotated[bool, typer.Option("--force", help="Make the new model current even where it does not beat the predictor it replaces.")] = False,
    fusion_weight: Annotated[
        float,
        typer.Option(help="Weight of the shipped base model (models/stance-base) fused into the stance model's support/oppose odds; 0 turns fusion off.", min=0.0),
    ] = FUSION_WEIGHT,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No status on stderr.")] = False,
) -> None:
    """Train the stance/certainty classifier on annotations, save a new model version, promote it where it is better.

    Each field is cross-validated grouped by article (and for stance by target claim) against
    the majority baseline, the rule priors and the model serving it now; the new model becomes
    current for a field only when its macro-F1 beats the one it would replace (or with --force).
    A field with too few labels is skipped with a notice. Prints the figures and one line per
    field's promotion decision on stderr, the new version's metadata as one JSON line on stdout.
    Exit 4 when no field has enough labels.
    """
    console = Console(quiet)
    chosen = tuple(f.strip() for f in fields.split(",") if f.strip()) if fields else CLASSIFIED_FIELDS
    with cli_errors():
        check_writable_dir(check_model_dir(model_dir), "--model-dir", create=False)  # before training, not after
        result = train_from_export(
            annotations, model_dir, min_per_class=min_per_class, fields=chosen, force=force, notify=console.warn,
            fusion_weight=fusion_weight,
        )
        for line in cv_table(result.metadata):
            console.info(line)
        for line in result.decisions:
            console.info(line)
        state = f"now current for {', '.join(result.promoted)}" if result.promoted else "not current: no field beat its predictor"
        console.info(f"saved {result.version_dir} ({state})")
        print(result.metadata.model_dump_json())


def register(app: typer.Typer) -> None:
    app.command("train")(train_command)
