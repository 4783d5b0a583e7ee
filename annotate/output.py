"""Writing results without ever leaving a half-written file behind."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, Optional

from pydantic import BaseModel

from annotate.errors import UsageError


@contextlib.contextmanager
def atomic_writer(path: Path, mode: str = "w", encoding: Optional[str] = "utf-8") -> Iterator[IO]:
    """Open a temp file beside ``path``; rename it over ``path`` only if the block succeeds."""
    path = Path(path)
    if path.exists() and not os.access(path, os.W_OK):  # read-only or immutable: say so before any work
        raise UsageError(f"{path}: cannot be replaced (read-only or immutable file); choose another output path or fix its permissions")
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
        try:
            os.replace(tmp, path)
        except OSError as err:
            raise UsageError(f"{path}: cannot be replaced ({err.strerror or type(err).__name__}); choose another output path") from None
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def check_writable_dir(directory: Path, option: str, create: bool = True) -> Path:
    """UsageError (one line) now, before any work, when ``directory`` cannot take new files.

    With ``create`` the folder is made; without, only its nearest existing ancestor is checked
    (nothing is left behind when the work later fails).
    """
    directory = Path(directory)
    if create:
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            raise UsageError(f"{option} {directory}: is a file, not a folder; choose another {option}") from None
        except OSError as err:
            raise UsageError(f"{option} {directory}: cannot create it ({err.strerror or type(err).__name__}); choose a writable {option}") from None
        existing = directory
    else:
        existing = directory
        while not existing.exists() and existing != existing.parent:
            existing = existing.parent
        if not existing.is_dir():
            why = "is a file, not a folder" if existing == directory else f"cannot create it ({existing} is a file)"
            raise UsageError(f"{option} {directory}: {why}; choose another {option}")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise UsageError(f"{option} {directory}: not writable; choose a writable {option} or fix its permissions")
    return directory


def _resolved(path: Path) -> Path:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):  # a symlink loop: compare as given
        return Path(os.path.abspath(path))


def refuse_output_among_inputs(output: Optional[Path], inputs: Iterable[Path], is_article: Optional[Callable[[Path], bool]] = None) -> None:
    """Raise UsageError (exit 2) when ``output`` is one of ``inputs``, before any work is done.

    Paths are compared resolved (symlinks followed). An output inside an input folder is
    refused when it is an existing file of that folder that ``is_article(path)`` says would
    be read as an input; other files there (a previous run's output) are simply not read.
    """
    if output is None or str(output) == "-":
        return
    target = _resolved(output)
    for given in inputs:
        source = _resolved(given)
        if target == source:
            raise UsageError(f"{output}: output is one of the inputs ({given}); write to another file")
        if source.is_dir() and target.is_file() and source in target.parents and (is_article is None or is_article(target)):
            raise UsageError(f"{output}: output is one of the inputs (an article in folder {given}); write to another file")


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
