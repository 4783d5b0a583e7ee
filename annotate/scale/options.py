"""The `--workers`, `--engine`, `--scheduler`, `--output-dir`, `--txt-per-partition` (and extract's `--format`) options
shared by `annotate extract` and `annotate prelabel`, and the Dask branch both commands take."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from annotate.errors import UsageError
from annotate.scale.partitions import TXT_PER_PARTITION


class PartitionFormat(str, Enum):
    jsonl = "jsonl"
    parquet = "parquet"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


Workers = Annotated[
    Optional[int],
    typer.Option(help="Processes (local) or LocalCluster workers (dask) to use; default all cores. Output is identical for any number.", min=1),
]
EngineOption = Annotated[
    Engine,
    typer.Option(help="local: this machine, one output stream. dask: a Dask cluster over partitioned inputs, one output file per partition in --output-dir."),
]
Scheduler = Annotated[
    Optional[str], typer.Option(help="Dask scheduler address (tcp://HOST:PORT) for --engine dask; without it a local cluster is started.")
]
OutputDir = Annotated[
    Optional[Path],
    typer.Option(help="--engine dask: folder for one JSONL (or Parquet, --format parquet) file per input partition, _parts/ done-records and the _SUCCESS manifest.", file_okay=False),
]
PartitionFormatOption = Annotated[
    PartitionFormat,
    typer.Option("--format", help="jsonl, or parquet (--engine dask only): one Parquet file per partition, nested fields as struct columns."),
]
TxtPerPartition = Annotated[
    int, typer.Option(help="--engine dask: .txt articles per partition when an input folder holds .txt files.", min=1)
]
DEFAULT_TXT_PER_PARTITION = TXT_PER_PARTITION


def check_engine(engine: Engine, output: Optional[Path], output_dir: Optional[Path], scheduler: Optional[str]) -> None:
    """Refuse option combinations that do not go together, before any work."""
    if engine == Engine.dask:
        if output is not None:
            raise UsageError("--engine dask writes one file per partition: give --output-dir DIR instead of -o")
        if output_dir is None:
            raise UsageError("--engine dask needs --output-dir DIR (one JSONL or Parquet file per input partition and a _SUCCESS manifest)")
    else:
        if scheduler is not None:
            raise UsageError("--scheduler is only used with --engine dask; add --engine dask")
        if output_dir is not None:
            raise UsageError("--output-dir is only used with --engine dask; use -o FILE")


def run_on_dask(inputs: list[Path], output_dir: Path, job, scheduler: Optional[str], workers: int, txt_per_partition: int, quiet: bool):
    """Run ``job`` on Dask; print the summary line; return the summary (problems listed in it)."""
    from annotate.console import Console
    from annotate.scale.dask_engine import run_dask

    console = Console(quiet)
    summary = run_dask(
        [str(p) for p in inputs], output_dir, job, scheduler=scheduler, workers=workers, txt_per_partition=txt_per_partition, console=console
    )
    what = "statements" if job.command == "extract" else "predictions"
    console.info(
        f"{summary.records} {what} from {summary.articles} articles in {len(summary.partitions)} partitions "
        f"({summary.skipped} done before) -> {output_dir}"
    )
    return summary
