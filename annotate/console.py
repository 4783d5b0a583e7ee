"""stderr status and progress for the CLI layer; stdout is reserved for data."""

from __future__ import annotations

import sys
from typing import Iterable, Iterator, Optional, TypeVar

from tqdm import tqdm

T = TypeVar("T")


class Console:
    """Status lines and progress bars on stderr, silenced by ``--quiet``."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet

    def info(self, message: str) -> None:
        if not self.quiet:
            print(message, file=sys.stderr, flush=True)

    def warn(self, message: str) -> None:
        """Problems are always shown, even with --quiet."""
        print(message, file=sys.stderr, flush=True)

    def progress(self, items: Iterable[T], desc: str, total: Optional[int] = None, unit: str = "it") -> Iterator[T]:
        return iter(tqdm(items, desc=desc, total=total, unit=unit, file=sys.stderr, disable=self.quiet or None, leave=False))
