"""`annotate extract PATH... [-o FILE]`: articles in, statements out as JSONL."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Iterable, Iterator, Optional

import typer

from annotate.cli.common import ProblemLog, cli_errors
from annotate.console import Console
from annotate.errors import UsageError
from annotate.extract import Extractor
from annotate.extract.kinds import KINDS, keep_kinds, parse_kinds
from annotate.output import jsonl_line, output_stream, refuse_output_among_inputs
from annotate.readers import DEFAULT_MAX_CHARS, InputProblem, is_article_file, iter_articles
from annotate.records import Article, Statement
from annotate.scale import default_workers, options as scale
from annotate.scale.dask_engine import Job
from annotate.scale.local import ParallelExtractor


def extract_paths(
    paths: Iterable[Path], on_problem, max_chars: int = DEFAULT_MAX_CHARS, extractor: Optional[Extractor] = None
) -> Iterator[Statement]:
    """Stream statements from every article under ``paths``."""
    extractor = extractor or Extractor()
    yield from extractor.extract_many(iter_articles(paths, on_problem, max_chars), on_problem)


def run_extract(
    paths: list[Path], output: Optional[Path], quiet: bool = False, max_chars: int = DEFAULT_MAX_CHARS, workers: int = 1,
    kinds: Optional[frozenset[str]] = None,
) -> tuple[int, int, list[InputProblem]]:
    """Extract to ``output`` (or stdout) on ``workers`` processes, only statements of ``kinds`` if given.
    Returns (articles, statements, problems)."""
    refuse_output_among_inputs(output, paths, is_article_file)
    console = Console(quiet)
    log = ProblemLog(console)
    counter = {"articles": 0}

    def counted(articles: Iterable[Article]) -> Iterator[Article]:
        for article in console.progress(articles, desc="extract", unit="article"):
            counter["articles"] += 1
            yield article

    extractor = ParallelExtractor(workers, local=Extractor)  # output identical for any number of workers
    statements = keep_kinds(extractor.extract_many(counted(iter_articles(paths, log, max_chars, exclude=output)), log), kinds)
    written = 0
    with output_stream(output) as handle:
        for statement in statements:
            handle.write(jsonl_line(statement))
            written += 1
        if counter["articles"] == 0:  # raised inside the writer: no empty -o file is left behind
            raise UsageError(
                f"no articles read from {', '.join(map(str, paths))}; give .txt, .jsonl or .csv files or folders of them"
            )
    console.info(f"{written} statements from {counter['articles']} articles" + (f" -> {output}" if output else ""))
    return counter["articles"], written, log.problems


def extract_command(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt, .jsonl, .csv) or folders of them.")],
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write JSONL here (atomically) instead of stdout.", dir_okay=False)
    ] = None,
    max_chars: Annotated[int, typer.Option(help="Refuse articles longer than this many characters.", min=1)] = DEFAULT_MAX_CHARS,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or status on stderr.")] = False,
    workers: scale.Workers = None,
    engine: scale.EngineOption = scale.Engine.local,
    scheduler: scale.Scheduler = None,
    output_dir: scale.OutputDir = None,
    txt_per_partition: scale.TxtPerPartition = scale.DEFAULT_TXT_PER_PARTITION,
    kinds: Annotated[Optional[str], typer.Option(help=f"Only these kinds, comma-separated: {', '.join(KINDS)} (or speech).")] = None,
    fmt: scale.PartitionFormatOption = scale.PartitionFormat.jsonl,
) -> None:
    """Split articles into attributed statements (JSONL on stdout or -o FILE).

    Exit 0 when every input was read, 1 when some were skipped (each named on stderr; the rest are still extracted), 2 when no article could be read.
    """
    with cli_errors():
        wanted = parse_kinds(kinds)
        scale.check_engine(engine, output, output_dir, scheduler)
        if fmt != scale.PartitionFormat.jsonl and engine != scale.Engine.dask:
            raise UsageError("--format parquet writes one file per partition: add --engine dask --output-dir DIR, or drop --format")
        if engine == scale.Engine.dask:
            if wanted is not None:
                raise UsageError("--kinds works with the local engine; filter the dask output with `annotate extract` locally or drop --kinds")
            job = Job("extract", max_chars=max_chars, output_format=fmt.value)
            problems = scale.run_on_dask(paths, output_dir, job, scheduler, workers or default_workers(), txt_per_partition, quiet).problems
        else:
            _, _, problems = run_extract(paths, output, quiet, max_chars, workers or default_workers(), wanted)
    if problems:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
