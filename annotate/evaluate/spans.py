"""Character spans made of fragments, and the three ways two spans can match.

A span is a sorted tuple of non-overlapping ``(start, end)`` fragments (brat spans can be
discontinuous: ``0 5;10 20``). Scores treat a span as the *set of characters* it covers.

Limits: ``exact`` compares character sets after trimming each fragment, so a gold span
split around an inserted "he said" only matches a prediction split the same way.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

Fragments = tuple[tuple[int, int], ...]

MODES = ("overlap", "dice", "exact")
"""Matching modes: any shared character; character Dice >= :data:`DICE_THRESHOLD`; the same
characters after :func:`trim` at both ends of every fragment."""

DICE_THRESHOLD = 0.5


def fragments(pairs: Iterable[Sequence[int]]) -> Fragments:
    """Sort and merge ``(start, end)`` pairs into a span; empty fragments are dropped."""
    merged: list[list[int]] = []
    for start, end in sorted((int(s), int(e)) for s, e in pairs):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


def length(span: Fragments) -> int:
    return sum(end - start for start, end in span)


def shared_chars(a: Fragments, b: Fragments) -> int:
    """Characters covered by both spans (fragments within each span never overlap)."""
    total = 0
    i = j = 0
    while i < len(a) and j < len(b):
        start = max(a[i][0], b[j][0])
        end = min(a[i][1], b[j][1])
        if end > start:
            total += end - start
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def overlaps(a: Optional[Fragments], b: Optional[Fragments]) -> bool:
    return bool(a) and bool(b) and shared_chars(a, b) > 0


def dice(a: Fragments, b: Fragments) -> float:
    """Character Dice coefficient: ``2 |a & b| / (|a| + |b|)``."""
    size = length(a) + length(b)
    return 2 * shared_chars(a, b) / size if size else 0.0


def _trimmable(char: str) -> bool:
    """Whitespace and punctuation (every Unicode P* category: quote marks, commas, dashes...)."""
    return char.isspace() or unicodedata.category(char).startswith("P")


def trim(start: int, end: int, text: str) -> tuple[int, int]:
    """Offsets of ``text`` (the characters ``start:end``) without whitespace, quote marks and
    punctuation at either end."""
    left, right = 0, len(text)
    while left < right and _trimmable(text[left]):
        left += 1
    while right > left and _trimmable(text[right - 1]):
        right -= 1
    return start + left, start + right


@dataclass(frozen=True)
class Region:
    """A span (``chars``) and its trimmed core (``core``: each fragment trimmed at both ends)."""

    chars: Fragments
    core: Fragments

    @classmethod
    def of(cls, pieces: Iterable[tuple[int, int, str]]) -> Optional["Region"]:
        """Build from ``(start, end, text)`` fragments; None when nothing is left."""
        pieces = list(pieces)
        chars = fragments((start, end) for start, end, _ in pieces)
        if not chars:
            return None
        core = fragments(trim(start, end, text) for start, end, text in pieces)
        return cls(chars, core)

    @classmethod
    def merge(cls, regions: Iterable["Region"]) -> Optional["Region"]:
        """One region covering all of ``regions`` (brat ``Content`` + ``Content2``); None if none."""
        regions = list(regions)
        if not regions:
            return None
        return cls(
            fragments(f for r in regions for f in r.chars),
            fragments(f for r in regions for f in r.core),
        )


def exact(a: Region, b: Region) -> bool:
    """Same characters once every fragment is trimmed (see :func:`trim`)."""
    return bool(a.core) and a.core == b.core
