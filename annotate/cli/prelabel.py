"""`annotate prelabel INPUT [--model-dir DIR] [-o FILE] [--format jsonl|csv] [--target CLAIM]... [--push --project TITLE]`."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from annotate.classify import CLASSIFIED_FIELDS, DEFAULT_MODEL_DIR, load_predictor
from annotate.classify.prelabel import DEFAULT_BATCH_SIZE, input_pairs, input_statements, prelabel, statement_pairs, write_records
from annotate.cli.common import ProblemLog, cli_errors
from annotate.console import Console
from annotate.errors import UsageError
from annotate.output import output_stream, refuse_output_among_inputs
from annotate.readers import InputProblem, is_article_file
from annotate.scale import default_workers, options as scale
from annotate.scale.dask_engine import Job
from annotate.scale.local import ParallelExtractor
from annotate.schema import load_schema


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class InputKind(str, Enum):
    auto = "auto"
    articles = "articles"
    statements = "statements"


def choose_predictor(model_dir: Optional[Path], rules: bool, console: Console):
    """--rules: the rule priors; an explicit --model-dir: that model (``models/stance-base``: the
    shipped base model) or an error; else the default model, or the rule priors with a notice."""
    from annotate.classify import RulePredictor

    if rules:
        if model_dir is not None:
            raise UsageError("--rules and --model-dir exclude each other; give one")
        return RulePredictor()
    predictor = load_predictor(model_dir)
    if model_dir is None and isinstance(predictor, RulePredictor):
        console.info(f"notice: no trained model in {DEFAULT_MODEL_DIR}; using the rule priors (run `annotate train`, or pass --rules to say so)")
    return predictor


def run_prelabel(
    input_path: Path,
    output: Optional[Path] = None,
    model_dir: Optional[Path] = None,
    targets: tuple[str, ...] = (),
    fmt: str = "jsonl",
    input_kind: str = "auto",
    batch_size: int = DEFAULT_BATCH_SIZE,
    push_project: Optional[str] = None,
    quiet: bool = False,
    rules: bool = False,
    workers: int = 1,
) -> tuple[int, list[InputProblem], Optional[object]]:
    """Write predictions for every statement x target of ``input_path``; optionally push them.

    Returns (records written, input problems, push report or None).
    """
    refuse_output_among_inputs(output, [input_path], is_article_file)
    console = Console(quiet)
    log = ProblemLog(console)
    predictor = choose_predictor(model_dir, rules, console)
    console.info(f"model: {predictor.model_version}")
    schema = load_schema()
    classes = {name: schema.classes(name) for name in CLASSIFIED_FIELDS}
    statements = None
    extractor = ParallelExtractor(workers)  # articles are extracted on `workers` processes; output identical
    if push_project is not None:
        if not targets:
            raise UsageError("--push needs at least one --target \"CLAIM\" (tasks are statement x target)")
        from annotate.labelstudio.client import Client

        client = Client.connect()  # fail before predicting and writing if the server is not there
        statements = list(input_statements(input_path, log, input_kind, extractor))
        pairs = statement_pairs(statements, targets)
    else:
        pairs = input_pairs(input_path, targets, log, input_kind, extractor)
    counted = console.progress(pairs, desc="prelabel", unit="statement")
    with output_stream(output) as handle:
        written = write_records(prelabel(counted, predictor, batch_size), handle, fmt, classes)
    if written == 0 and not log.problems:
        raise UsageError(f"{input_path}: no statements found; give articles, `annotate extract` JSONL or a CSV with a text column")
    console.info(f"{written} predictions ({predictor.model_version})" + (f" -> {output}" if output else ""))
    report = None
    if push_project is not None:
        from annotate.labelstudio.push import push_statements

        report = push_statements(statements, list(targets), push_project, predictions=predictor, client=client)
        console.info(report.summary())
        for warning in report.warnings:
            console.warn(warning)
    return written, log.problems, report


def prelabel_command(
    input_path: Annotated[Path, typer.Argument(metavar="INPUT", help="Articles (file or folder), `annotate extract` JSONL, or a CSV with a text column (optional target, id).")],
    model_dir: Annotated[Optional[Path], typer.Option(help=f"Model folder with a `current` version (an error if it has none; default {DEFAULT_MODEL_DIR.name}, rule priors when none is trained there).")] = None,
    rules: Annotated[bool, typer.Option("--rules", help="Use the rule priors, not a trained model.")] = False,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here (atomically) instead of stdout.", dir_okay=False)] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="jsonl (nested stance/certainty objects), csv (label, score, p_<class> columns), or parquet (nested columns; --engine dask only, one file per partition).")] = OutputFormat.jsonl,
    target: Annotated[Optional[list[str]], typer.Option("--target", "-t", help="Target claim for stance (repeatable: one record per statement and target). A CSV 'target' column wins.")] = None,
    input_kind: Annotated[InputKind, typer.Option(help="How to read INPUT; auto decides by file type and columns.")] = InputKind.auto,
    batch_size: Annotated[int, typer.Option(help="Statements per predict call.", min=1)] = DEFAULT_BATCH_SIZE,
    push: Annotated[bool, typer.Option("--push", help="Also send the predictions to Label Studio (creating missing tasks).")] = False,
    project: Annotated[Optional[str], typer.Option(help="Label Studio project title for --push.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or status on stderr.")] = False,
    workers: scale.Workers = None,
    engine: scale.EngineOption = scale.Engine.local,
    scheduler: scale.Scheduler = None,
    output_dir: scale.OutputDir = None,
    txt_per_partition: scale.TxtPerPartition = scale.DEFAULT_TXT_PER_PARTITION,
) -> None:
    """Pre-label statements with stance and certainty (JSONL on stdout or -o FILE).

    Exit 0 when everything was read, 1 when some inputs were skipped (named on stderr),
    2 on usage errors, 3 on Label Studio problems, 4 on model problems.
    """
    with cli_errors():
        if push and not project:
            raise UsageError("--push needs --project TITLE")
        if project and not push:
            raise UsageError("--project is only used with --push; add --push")
        scale.check_engine(engine, output, output_dir, scheduler)
        if engine == scale.Engine.dask:
            if push or fmt == OutputFormat.csv:
                raise UsageError("--engine dask writes JSONL or Parquet partitions; drop --push and --format csv (push from the partitions afterwards)")
            if rules and model_dir is not None:
                raise UsageError("--rules and --model-dir exclude each other; give one")
            job = Job("prelabel", targets=tuple(target or ()), input_kind=input_kind.value, batch_size=batch_size, model_dir=str(model_dir) if model_dir else None, rules=rules, output_format=fmt.value)
            problems = scale.run_on_dask([input_path], output_dir, job, scheduler, workers or default_workers(), txt_per_partition, quiet).problems
            if problems:
                raise typer.Exit(1)
            return
        if fmt == OutputFormat.parquet:
            raise UsageError("--format parquet writes one file per partition: add --engine dask --output-dir DIR, or use jsonl or csv")
        _, problems, _ = run_prelabel(
            input_path, output, model_dir, tuple(target or ()), fmt.value, input_kind.value, batch_size,
            project if push else None, quiet, rules, workers or default_workers(),
        )
    if problems:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("prelabel")(prelabel_command)
