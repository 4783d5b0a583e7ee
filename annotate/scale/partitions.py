"""Partitioned inputs and outputs for the Dask engine.

An input is a folder, a glob pattern or a file. Each `.jsonl`, `.csv` or `.parquet` file is
one partition; the `.txt` files of one folder (one article each) are grouped, in sorted
order, into partitions of ``txt_per_partition`` files. A partition's name (its output's
stem) is its path relative to the folder given (or its file name, for a file or a glob),
with ``/`` written as ``__``: names are stable across runs, which is what lets a re-run skip
partitions already done.

Parquet articles need ``id`` and ``text`` columns (``title``, ``outlet``, ``date``, ``url``
optional); they are read a record batch at a time, so memory stays flat however large the
file. Every bad record is reported as for `.jsonl` (one line naming the file and row).

Limits: the paths are local (or a shared filesystem the workers see at the same path);
object storage needs an fsspec filesystem (see docs/scale.md).
"""

from __future__ import annotations

import glob
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from annotate.errors import UsageError
from annotate.readers import DEFAULT_MAX_CHARS, InputProblem, ProblemHandler, _record_article, iter_articles
from annotate.records import Article

PARTITION_SUFFIXES = (".jsonl", ".csv", ".parquet")
TXT_PER_PARTITION = 1000
PARQUET_BATCH_ROWS = 256
PARQUET_COLUMNS = ("id", "text", "title", "outlet", "date", "url")


@dataclass(frozen=True)
class Partition:
    """One unit of work: a record file, or a group of `.txt` articles."""

    name: str
    paths: tuple[str, ...]

    @property
    def source(self) -> str:
        return self.paths[0] if len(self.paths) == 1 else f"{self.paths[0]} .. {self.paths[-1]} ({len(self.paths)} files)"


def _name(path: Path, root: Path | None) -> str:
    relative = path.relative_to(root) if root is not None else Path(path.name)
    return "__".join(relative.with_suffix("").parts)


def _folder_partitions(folder: Path, txt_per_partition: int) -> list[Partition]:
    parts: list[Partition] = []
    texts: dict[Path, list[Path]] = {}
    for child in sorted(folder.rglob("*")):
        if not child.is_file() or child.name.startswith("."):
            continue
        suffix = child.suffix.lower()
        if suffix in PARTITION_SUFFIXES:
            parts.append(Partition(_name(child, folder), (str(child),)))
        elif suffix == ".txt":
            texts.setdefault(child.parent, []).append(child)
    for parent, files in texts.items():
        stem = "__".join(parent.relative_to(folder).parts) or "txt"
        for number, start in enumerate(range(0, len(files), txt_per_partition)):
            group = files[start:start + txt_per_partition]
            parts.append(Partition(f"{stem}-{number:05d}", tuple(map(str, group))))
    return parts


def discover(inputs: list[str], txt_per_partition: int = TXT_PER_PARTITION) -> list[Partition]:
    """The partitions of ``inputs`` (folders, globs or files), in a stable order."""
    parts: list[Partition] = []
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            found = _folder_partitions(path, txt_per_partition)
            if not found:
                raise UsageError(f"{given}: folder holds no .jsonl, .csv, .parquet or .txt files; point at a folder of articles")
            parts += found
            continue
        files = [Path(p) for p in sorted(glob.glob(given, recursive=True))] if glob.has_magic(given) else [path]
        files = [f for f in files if f.is_file()]
        if not files:
            raise UsageError(f"{given}: no such file, folder or matching files; check the path or pattern")
        for file in files:
            suffix = file.suffix.lower()
            if suffix not in PARTITION_SUFFIXES + (".txt",):
                raise UsageError(f"{file}: unsupported file type {suffix or '(none)'!r}; give .jsonl, .csv, .parquet or .txt")
            parts.append(Partition(_name(file, None), (str(file),)))
    seen: dict[str, Partition] = {}
    for part in parts:
        if part.name in seen:
            raise UsageError(
                f"{part.source} and {seen[part.name].source} would both be written as {part.name!r}; give their common folder instead"
            )
        seen[part.name] = part
    return parts


def parquet_articles(path: Path, on_problem: ProblemHandler, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article]:
    """Articles of a Parquet file, a record batch at a time."""
    import pyarrow.parquet as pq

    try:
        handle = pq.ParquetFile(path)
    except Exception as err:  # noqa: BLE001 - pyarrow raises several types for a bad file
        on_problem(InputProblem(str(path), f"not a readable Parquet file ({type(err).__name__}: {err}), skipped; re-export it"))
        return
    columns = [name for name in PARQUET_COLUMNS if name in handle.schema_arrow.names]
    missing = [name for name in ("id", "text") if name not in columns]
    if missing:
        on_problem(
            InputProblem(
                str(path),
                f"Parquet has no {' or '.join(repr(m) for m in missing)} column (columns: {', '.join(handle.schema_arrow.names)}); rename the columns to id and text",
            )
        )
        return
    row = 0
    for batch in handle.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=columns):
        for record in batch.to_pylist():
            row += 1
            article = _record_article(record, path, row, max_chars, on_problem)
            if article is not None:
                yield article


def partition_articles(part: Partition, on_problem: ProblemHandler, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article]:
    """Every article of ``part``; bad inputs go to ``on_problem`` and reading goes on."""
    for given in part.paths:
        path = Path(given)
        if path.suffix.lower() == ".parquet":
            yield from parquet_articles(path, on_problem, max_chars)
        else:
            yield from iter_articles([path], on_problem, max_chars)
