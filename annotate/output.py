"""Writing results without ever leaving a half-written file behind."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional

from pydantic import BaseModel

from annotate.errors import UsageError


@contextlib.contextmanager
def atomic_writer(path: Path, mode: str = "w", encoding: Optional[str] = "utf-8") -> Iterator[IO]:
    """Open a temp file beside ``path``; rename it over ``path`` only if the block succeeds."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except FileExistsError:
        raise UsageError(f"{path}: cannot write there ({path.parent} is a file, not a folder); choose another output path") from None
    except OSError as err:
        raise UsageError(f"{path}: cannot write there ({err.strerror or type(err).__name__}); choose a writable output path") from None
    try:
        with os.fdopen(fd, mode, encoding=encoding if "b" not in mode else None) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def jsonl_line(record: BaseModel | dict) -> str:
    """One JSON line (UTF-8 kept readable, None fields kept so the schema is explicit)."""
    if isinstance(record, BaseModel):
        return record.model_dump_json() + "\n"
    return json.dumps(record, ensure_ascii=False) + "\n"


@contextlib.contextmanager
def output_stream(path: Optional[Path]) -> Iterator[IO]:
    """stdout when ``path`` is None or '-', else an atomic file writer."""
    if path is None or str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
    else:
        with atomic_writer(path) as handle:
            yield handle


def write_jsonl(records: Iterable[BaseModel | dict], path: Optional[Path]) -> int:
    """Write records as JSONL to ``path`` (atomically) or stdout; return the count."""
    count = 0
    with output_stream(path) as handle:
        for record in records:
            handle.write(jsonl_line(record))
            count += 1
    return count
