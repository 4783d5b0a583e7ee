"""`annotate trace STATEMENTS.jsonl [-o clusters.jsonl]`: one utterance traced across outlets."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from annotate.cli.common import ProblemLog, cli_errors
from annotate.console import Console
from annotate.errors import UsageError
from annotate.output import write_jsonl
from annotate.trace.cluster import HIGH, LOW, trace
from annotate.trace.inputs import read_statement_files


def trace_command(
    inputs: Annotated[list[Path], typer.Argument(help="Statements JSONL from `annotate extract` (or `annotate prelabel`, whose labels are shown).", dir_okay=False)],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the clusters here (JSONL, atomic) instead of stdout.", dir_okay=False)] = None,
    gold: Annotated[Optional[Path], typer.Option("--gold", help="Score against a gold clusters JSONL (e.g. data/gold/seeds-clusters.jsonl): pairwise precision/recall on stderr.", dir_okay=False)] = None,
    high: Annotated[float, typer.Option(help="Similarity that links two statements whatever their sources.", min=0.0, max=1.0)] = HIGH,
    low: Annotated[float, typer.Option(help="Similarity that links two statements whose sources are of one class.", min=0.0, max=1.0)] = LOW,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No status on stderr.")] = False,
) -> None:
    """Group statements of different articles that report the same utterance; one cluster a line.

    Each cluster lists its members per article/outlet (source mention, source_label,
    anonymous, via, cue, direct/paraphrase, stance/certainty where the input has them) and the
    differences between outlets (named vs anonymous, source label, direct vs paraphrase,
    hedged vs flat cue, via). Exit 1 if some input lines were skipped, 2 if nothing was read.
    """
    console = Console(quiet)
    log = ProblemLog(console)
    with cli_errors():
        read = read_statement_files(inputs, log)
        if not read.statements:
            raise UsageError(f"no statements read from {', '.join(map(str, inputs))}; give the JSONL `annotate extract` writes")
        clusters = trace(read.statements, read.first_labels(), high=high, low=low)
        write_jsonl(clusters, output)
        articles = len({s.article_id for s in read.statements})
        console.info(f"{len(clusters)} clusters from {len(read.statements)} statements of {articles} articles" + (f" -> {output}" if output else ""))
        if gold is not None:
            from annotate.trace.gold import read_gold_clusters, score_clusters

            console.warn(score_clusters(clusters, read.statements, read_gold_clusters(gold)).describe())
    if log.problems:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("trace")(trace_command)
