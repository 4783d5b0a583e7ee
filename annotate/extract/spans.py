"""Character-span helpers: token sets to trimmed (start, end) offsets of the article text."""

from __future__ import annotations

from typing import Iterable, Optional

from annotate.lexicon import QUOTE_CHARS
from annotate.records import Span

# Characters trimmed from both ends of a content or source span.
TRIM_CHARS = " \t\n,;:—–-" + QUOTE_CHARS
CONTENT_TRIM_START = TRIM_CHARS
CONTENT_TRIM_END = TRIM_CHARS + "."


def trim(text: str, start: int, end: int, chars: str = TRIM_CHARS, end_chars: Optional[str] = None) -> tuple[int, int]:
    """Shrink ``[start, end)`` past leading ``chars`` and trailing ``end_chars`` (default: ``chars``)."""
    end_chars = chars if end_chars is None else end_chars
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in end_chars:
        end -= 1
    return start, end


def token_range(tokens: Iterable, base: int) -> Optional[tuple[int, int]]:
    """Character range covering spaCy ``tokens`` of a doc parsed from text at offset ``base``."""
    tokens = list(tokens)
    if not tokens:
        return None
    at = [t.i for t in tokens]  # each position read once (a spaCy attribute read costs more than a list's)
    first = tokens[at.index(min(at))]
    last = tokens[at.index(max(at))]
    return base + first.idx, base + last.idx + len(last.text)


def runs(tokens: Iterable, excluded: set[int]) -> list[list]:
    """The runs of consecutive tokens (by index) not in ``excluded``, in text order."""
    found: list[list] = []
    run: list = []
    for tok in sorted(tokens, key=lambda t: t.i):
        if tok.i in excluded or (run and tok.i != run[-1].i + 1):
            if run:
                found.append(run)
            run = [] if tok.i in excluded else [tok]
        else:
            run.append(tok)
    if run:
        found.append(run)
    return found


def largest_run(tokens: Iterable, excluded: set[int]) -> list:
    """The longest run of consecutive tokens (by index) not in ``excluded`` (:func:`runs`); ties go to the first."""
    return max(runs(tokens, excluded), key=len, default=[])


def make_span(text: str, rng: Optional[tuple[int, int]]) -> Optional[Span]:
    if rng is None or rng[1] <= rng[0]:
        return None
    return Span(start=rng[0], end=rng[1], text=text[rng[0]:rng[1]])
