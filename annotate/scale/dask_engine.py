"""`--engine dask`: extract or pre-label partitioned inputs on a Dask cluster.

- One task per input partition (:mod:`annotate.scale.partitions`); each task reads its
  partition on the worker, extracts (and predicts) and writes one output file
  ``OUT/<partition>.jsonl`` (or ``.parquet``, ``Job.output_format``) atomically (temp file +
  rename), then a small done-record
  ``OUT/_parts/<partition>.json`` with its counts. Only counts and problem lines travel back
  to the client, so the client's memory does not grow with the corpus.
- A re-run skips partitions whose output and done-record exist (resumable).
- When every partition is done, ``OUT/_SUCCESS`` (JSON) lists them with their counts.
- The spaCy model and the classifier load once per worker, in a ``WorkerPlugin``'s
  ``setup`` (also on a worker that replaces a dead one), never per task.
- A worker killed mid-task: the scheduler reruns its tasks elsewhere; outputs are
  deterministic and written atomically, so the rerun's file replaces nothing half-written
  and the job's output equals a single-process run.
- A bad article or record is reported (one line naming file and article, as in one
  process) and the rest of its partition goes on; a partition whose task fails outright
  (``KilledWorker`` after repeated worker deaths) is named and the others go on; the job
  then exits 1 without ``_SUCCESS``, and a re-run does only what is missing.

Without a scheduler address a ``LocalCluster`` of ``workers`` single-threaded worker
processes is started (and stopped) here.

Limits: OUT must be a path every worker sees (a local disk for a LocalCluster, a shared
filesystem otherwise; object storage: docs/scale.md). Workers need the same ``annotate``
installed (the package, its spaCy model and the classifier folder).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional

from annotate.errors import AnnotateError, UsageError
from annotate.output import atomic_writer, jsonl_line
from annotate.readers import DEFAULT_MAX_CHARS, InputProblem
from annotate.scale.partitions import TXT_PER_PARTITION, Partition, discover, partition_articles

PLUGIN_NAME = "annotate-models"
SUCCESS = "_SUCCESS"
PARTS_DIR = "_parts"
COMMANDS = ("extract", "prelabel")
OUTPUT_FORMATS = ("jsonl", "parquet")


class JobFailed(AnnotateError):
    """Some partitions could not be done (named on stderr); a re-run does only those."""

    exit_code = 1


@dataclass(frozen=True)
class Job:
    """What every task does: ``extract`` or ``prelabel`` (with its options)."""

    command: str = "extract"
    max_chars: int = DEFAULT_MAX_CHARS
    targets: tuple[str, ...] = ()
    input_kind: str = "auto"
    batch_size: int = 1000
    model_dir: Optional[str] = None
    rules: bool = False  # the rule priors instead of a trained model (prelabel --rules)
    output_format: str = "jsonl"  # or "parquet": one Parquet file per partition (annotate.scale.parquet_out)


def _models_plugin_class():
    from distributed import WorkerPlugin

    class ModelsPlugin(WorkerPlugin):
        """Loads the extractor (spaCy) and, for prelabel, the classifier once per worker."""

        name = PLUGIN_NAME

        def __init__(self, job: Job, factory: Optional[Callable[[], object]] = None) -> None:
            self.job = job
            self.factory = factory
            self.extractor = None
            self.predictor = None
            self.loads = 0

        def setup(self, worker) -> None:
            from annotate.extract import Extractor

            self.extractor = (self.factory or Extractor)()
            self.extractor.nlp
            if self.job.command == "prelabel":
                from annotate.classify import RulePredictor, load_predictor

                if self.job.rules:
                    self.predictor = RulePredictor()
                else:
                    self.predictor = load_predictor(Path(self.job.model_dir) if self.job.model_dir else None)
            self.loads += 1

    return ModelsPlugin


def models_plugin(job: Job, factory: Optional[Callable[[], object]] = None):
    """The worker plugin for ``job`` (``factory`` makes the extractor; default Extractor)."""
    return _models_plugin_class()(job, factory)


def _part_paths(out_dir: Path, name: str, output_format: str = "jsonl") -> tuple[Path, Path]:
    return out_dir / f"{name}.{output_format}", out_dir / PARTS_DIR / f"{name}.json"


def _records(part: Partition, job: Job, plugin, on_problem, counts: dict) -> Iterator[str]:
    def counted(articles):
        for article in articles:
            counts["articles"] += 1
            yield article

    if job.command == "extract":
        for statement in plugin.extractor.extract_many(counted(partition_articles(part, on_problem, job.max_chars)), on_problem):
            yield jsonl_line(statement)
        return
    from annotate.classify.prelabel import input_pairs, prelabel, statement_pairs

    if len(part.paths) == 1 and not part.paths[0].lower().endswith(".parquet"):
        pairs = input_pairs(Path(part.paths[0]), job.targets, on_problem, job.input_kind, _Counting(plugin.extractor, counted))
    else:
        articles = counted(partition_articles(part, on_problem, job.max_chars))
        pairs = statement_pairs(plugin.extractor.extract_many(articles, on_problem), job.targets)
    for record in prelabel(pairs, plugin.predictor, job.batch_size):
        yield json.dumps(record, ensure_ascii=False) + "\n"


class _Counting:
    """An extractor that counts the articles it is given (prelabel reads articles inside input_pairs)."""

    def __init__(self, extractor, counted) -> None:
        self.extractor = extractor
        self.counted = counted

    def extract_many(self, articles, on_problem=None):
        return self.extractor.extract_many(self.counted(articles), on_problem)


def run_partition(part: Partition, out_dir: str, job: Job) -> dict:
    """Dask task: one partition in, one output file and its done-record out; returns the counts."""
    from distributed import get_worker

    plugin = get_worker().plugins[PLUGIN_NAME]
    out, done = _part_paths(Path(out_dir), part.name, job.output_format)
    problems: list[InputProblem] = []
    counts = {"articles": 0}
    started = time.perf_counter()
    lines = _records(part, job, plugin, problems.append, counts)
    if job.output_format == "parquet":
        from annotate.scale.parquet_out import write_parquet_lines

        records = write_parquet_lines(lines, out)
    else:
        records = 0
        with atomic_writer(out) as handle:
            for line in lines:
                handle.write(line)
                records += 1
    result = {
        "partition": part.name,
        "input": part.source,
        "output": out.name,
        "articles": counts["articles"],
        "records": records,
        "problems": [str(p) for p in problems],
        "seconds": round(time.perf_counter() - started, 3),
        "worker_pid": os.getpid(),
        "model_loads": plugin.loads,
    }
    with atomic_writer(done) as handle:
        handle.write(json.dumps(result, ensure_ascii=False))
    return result


def _done_record(out_dir: Path, part: Partition, output_format: str = "jsonl") -> Optional[dict]:
    out, done = _part_paths(out_dir, part.name, output_format)
    if not (out.is_file() and done.is_file()):
        return None
    try:
        record = json.loads(done.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # a damaged done-record: do the partition again
    if not isinstance(record, dict) or record.get("output") != out.name:
        return None  # done before in the other format: do it in this one
    return record


@contextlib.contextmanager
def _client(scheduler: Optional[str], workers: int) -> Iterator[object]:
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as err:
            raise UsageError(f"--scheduler {scheduler}: no Dask scheduler answers there ({err}); start one with `dask scheduler` or omit --scheduler") from None
        with client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


@dataclass
class Summary:
    """What a run did: every partition's counts (done now or before), failures, problems."""

    partitions: list[dict] = field(default_factory=list)
    skipped: int = 0
    failed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return sum(p["articles"] for p in self.partitions)

    @property
    def records(self) -> int:
        return sum(p["records"] for p in self.partitions)


def run_dask(
    inputs: list[str],
    out_dir: Path,
    job: Job = Job(),
    *,
    scheduler: Optional[str] = None,
    workers: int = 2,
    client=None,
    txt_per_partition: int = TXT_PER_PARTITION,
    factory: Optional[Callable[[], object]] = None,
    console=None,
) -> Summary:
    """Run ``job`` over the partitions of ``inputs`` into ``out_dir``; write ``_SUCCESS`` when all are done.

    ``client`` (a connected ``distributed.Client``) wins over ``scheduler``; with neither, a
    LocalCluster of ``workers`` processes is started. Problems go to ``console.warn`` as they
    come back; ``JobFailed`` is raised after the others finished when a partition failed.
    """
    if job.command not in COMMANDS:
        raise UsageError(f"unknown command {job.command!r}; use one of {', '.join(COMMANDS)}")
    if job.output_format not in OUTPUT_FORMATS:
        raise UsageError(f"unknown output format {job.output_format!r}; use one of {', '.join(OUTPUT_FORMATS)}")
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"{out_dir}: is a file; --engine dask writes a folder of partitions, give -o a folder")
    parts = discover([str(p) for p in inputs], txt_per_partition)
    summary = Summary()
    todo = []
    for part in parts:
        record = _done_record(out_dir, part, job.output_format)
        if record is None:
            todo.append(part)
        else:
            summary.partitions.append(record)
            summary.skipped += 1
    warn = console.warn if console is not None else (lambda m: print(m, file=sys.stderr))
    info = console.info if console is not None else (lambda m: None)
    info(f"{len(parts)} partitions, {summary.skipped} already done, {len(todo)} to do -> {out_dir}")
    if todo:
        out_dir.mkdir(parents=True, exist_ok=True)
        if client is not None:
            _submit(client, todo, out_dir, job, factory, summary, warn, console)
        else:
            with _client(scheduler, workers) as own:
                _submit(own, todo, out_dir, job, factory, summary, warn, console)
    if summary.failed:
        raise JobFailed(
            f"{len(summary.failed)} of {len(parts)} partitions failed ({', '.join(summary.failed[:5])}{', ...' if len(summary.failed) > 5 else ''}); "
            "rerun the same command to do only those"
        )
    order = {part.name: n for n, part in enumerate(parts)}
    summary.partitions.sort(key=lambda p: order[p["partition"]])
    manifest = {
        "command": job.command,
        "format": job.output_format,
        "partitions": [
            {key: p[key] for key in ("partition", "input", "output", "articles", "records")} | {"problems": len(p["problems"])}
            for p in summary.partitions
        ],
        "articles": summary.articles,
        "records": summary.records,
    }
    with atomic_writer(out_dir / SUCCESS) as handle:
        handle.write(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    return summary


def _submit(client, todo: list[Partition], out_dir: Path, job: Job, factory, summary: Summary, warn, console) -> None:
    from distributed import as_completed

    from annotate.scale.local import article_counter

    client.register_plugin(models_plugin(job, factory), name=PLUGIN_NAME)
    futures = client.map(
        run_partition, todo, out_dir=str(out_dir.resolve()), job=job, pure=False, key=[f"{job.command}-{p.name}" for p in todo]
    )
    names = {future.key: part.name for future, part in zip(futures, todo)}
    with article_counter(console, job.command) as progress:
        for future in as_completed(futures):
            try:
                result = future.result()
            except Exception as err:  # noqa: BLE001 - one partition's failure must not stop the others
                summary.failed.append(names[future.key])
                warn(f"error: partition {names[future.key]} failed ({type(err).__name__}: {err}); the others go on")
                continue
            finally:
                future.release()
            for problem in result["problems"]:
                warn(f"warning: {problem}")
            summary.problems += result["problems"]
            summary.partitions.append(result)
            progress(result["articles"])
