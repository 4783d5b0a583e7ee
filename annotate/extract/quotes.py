"""Paragraphs and quotations found in raw article text (pure generators, no parser).

Limits:
- Paragraphs are runs of non-empty lines separated by line breaks; the seed header
  token `` date YYYY-MM-DD `` is skipped (the rest of that line is text).
- Only double quote marks count (straight, curly, guillemets, and two apostrophes): single quotes are too
  often apostrophes. Marks toggle open/closed within a paragraph, so a curly mark used
  the wrong way round still pairs. A paragraph that leaves a quote open and a next
  paragraph that opens with a quote mark form one quotation (English convention).
  A quote left open at the end of the text runs to the end of its paragraph.
- A quotation with fewer than ``MIN_QUOTE_WORDS`` words is a scare quote or title and
  is not speech by itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from annotate.extract.lexicons import MIN_QUOTE_WORDS, QUOTE_MARK
from annotate.readers import DATE_HEADER

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` exclude the quote marks; ``open``/``close`` include them."""

    open: int
    start: int
    end: int
    close: int

    def words(self, text: str) -> int:
        return len(_WORD.findall(text[self.start:self.end]))

    def is_speech(self, text: str) -> bool:
        return self.words(text) >= MIN_QUOTE_WORDS


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line, whitespace trimmed, date header skipped."""
    for match in _LINE.finditer(text):
        start, end = match.span()
        if start == 0:
            header = DATE_HEADER.match(text)
            if header:
                start = header.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end


def quotes(text: str, paras: list[tuple[int, int]]) -> Iterator[Quote]:
    """Quotations in ``text`` (paragraph spans given), in text order. Never fails on odd marks."""
    pending: tuple[int, str] | None = None  # offset of an open quote carried over from the previous paragraph
    for number, (p_start, p_end) in enumerate(paras):
        open_at: int | None = None
        for mark in QUOTE_MARK.finditer(text, p_start, p_end):
            i = mark.start()
            if open_at is None and pending is not None and i == p_start:
                open_at, open_mark = pending  # continuation paragraph: keep the first opening
                pending = None
                continue
            if open_at is None:
                open_at = i
                open_mark = mark.group()
            else:
                yield Quote(open_at, open_at + len(open_mark), i, mark.end())
                open_at = None
        if pending is not None:  # previous paragraph's quote was never continued
            pending = None
        if open_at is not None:
            nxt = paras[number + 1][0] if number + 1 < len(paras) else None
            if nxt is not None and QUOTE_MARK.match(text, nxt):
                pending = (open_at, open_mark)
            else:
                yield Quote(open_at, open_at + len(open_mark), p_end, p_end)
