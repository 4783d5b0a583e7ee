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
from typing import Iterator, Optional, Sequence

from annotate.extract.lexicons import MIN_QUOTE_WORDS, QUOTE_MARK
from annotate.lexicon import QUOTE_CHARS
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


#: Opening quote marks that cannot close a quotation when a space comes before them and a word after them.
INNER_OPENING_MARKS = frozenset("“")
#: Characters other than letters and digits that may open a quotation's first word ("‘Settle ...", "$3 ...").
INNER_WORD_STARTS = frozenset("‘'$")


def _opens_inner(text: str, i: int) -> bool:
    """True when the mark at ``i``, met while a quotation is open, opens a quotation nested
    in it ('"The U.S. Department of Justice isn't about “Equal Justice Under Law” anymore."', '“... wearing “Settle
    For Hillary” shirts ...”'): an opening curly mark (:data:`INNER_OPENING_MARKS`) with a space before it and a word
    character after it. Limits: the nested quotation is not yielded; a mark doubled after the opening one ('"“Q,”
    he said."') and straight marks nested in straight ones still toggle."""
    return (text[i] in INNER_OPENING_MARKS and i > 0 and text[i - 1].isspace() and i + 1 < len(text)
            and (text[i + 1].isalnum() or text[i + 1] in INNER_WORD_STARTS))


def quotes(text: str, paras: list[tuple[int, int]]) -> Iterator[Quote]:
    """Quotations in ``text`` (paragraph spans given), in text order. Never fails on odd marks."""
    pending: tuple[int, str] | None = None  # offset of an open quote carried over from the previous paragraph
    for number, (p_start, p_end) in enumerate(paras):
        open_at: int | None = None
        inner = False  # a quotation nested in the open one (:func:`_opens_inner`) is open
        for mark in QUOTE_MARK.finditer(text, p_start, p_end):
            i = mark.start()
            if open_at is None and pending is not None and i == p_start:
                open_at, open_mark = pending  # continuation paragraph: keep the first opening
                pending = None
                continue
            if open_at is None:
                open_at = i
                open_mark = mark.group()
                inner = False
            elif inner:
                inner = False  # closes the quotation nested in the open one
            elif _opens_inner(text, i):
                inner = True
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


# Layout attributions found without a parse: speaker turns of interview transcripts, quotations
# signed off with a dash, and "Source: headline" titles.

# Labels in capitals that open a paragraph with a colon but name no speaker.
NON_SPEAKER_LABELS = frozenset(
    """
    clarification correction corrections update updated note editor's editor’s related watch video photo photos
    read more see also source sources disclosure advertisement transcript breaking live warning byline email
    """.split()
)
# Words that open a title but never a source ("The Latest: ...", "A Curious Plan to ...: ..."), rubrics and
# exclamations among them ("Revealed: ...", "Bombshell: ...", "Wow: ...", "BYLINE: Amber Phillips").
TITLE_NON_SOURCE_START = frozenset(
    """
    the a an ah oh breaking exclusive watch video update analysis opinion revealed bombshell wow boom busted look
    byline
    """.split()
)

# "WALLACE: text", "SEN. WARREN: text", "Q: text": a capitalised speaker label at the start of a paragraph
# (possibly after an opening quote mark), then a colon and the turn.
_SPEAKER_TURN = re.compile(
    r"(?P<name>(?:[A-Z][A-Z.'’-]*\s+){0,3}[A-Z][A-Z.'’-]*[A-Z.]|[QA]):[ \t]+(?P<turn>\S)"
)
# A quotation signed off after its closing mark: ” ― Sonya Herridge, 34, Los Angeles
_SIGNOFF = re.compile(r"[^\S\n]*(?:―|—|–|--)[^\S\n]*(?P<name>[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,4})")
# "Pence: Gennifer Flowers Won't Be at Debate", "IG report: ...", "Clinton to Planned Parenthood: ...": 1-6 words,
# the first capitalised, a colon, the headline.
_TITLE_SOURCE = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,5}):[ \t]+(?P<rest>\S)")
_TITLE_QUOTE = re.compile(r"(?<![\w.'’-])(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}):[ \t]+(?P<rest>['‘\"“])")


def _turn_label(text: str, start: int, end: int) -> Optional[re.Match]:
    """The speaker label ("WALLACE: ...") a paragraph opens with, after any opening quote marks."""
    at = start
    while at < end and text[at] in QUOTE_CHARS:
        at += 1
    return _SPEAKER_TURN.match(text, at, end)


def speaker_turns(text: str, paras: list[tuple[int, int]]) -> Iterator[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]]:
    """(content, source, cue) of each transcript turn ``NAME: words``.

    Limits: the label must be in capitals (or ``Q``/``A``) so prose like "Note: ..." or
    "Poll: ..." is left to the other rules; a turn is one paragraph, or, in a transcript quoted
    paragraph by paragraph ('"PENCE: ...'), runs on over the next quoted paragraphs without a label.
    """
    for n, (start, end) in enumerate(paras):
        match = _turn_label(text, start, end)
        if match is None:
            continue
        name = match.group("name")
        if name.lower().rstrip(".") in NON_SPEAKER_LABELS or " ".join(name.lower().split()) in NON_SPEAKER_LABELS:
            continue
        if sum(c.isalpha() for c in name) < 2 and name not in ("Q", "A"):
            continue
        if match.start() > start:  # '"PENCE: ...' then '"But the truth is ...': quoted paragraphs without a label carry the turn on
            for nstart, nend in paras[n + 1:]:
                if text[nstart] not in QUOTE_CHARS or text[nstart + 1:nstart + 2] == "(" or _turn_label(text, nstart, nend) is not None:
                    break
                end = nend
        content_end = end
        while content_end > match.start("turn") and text[content_end - 1] in QUOTE_CHARS + " ":
            content_end -= 1
        colon = match.end("name")
        yield (match.start("turn"), content_end), match.span("name"), (colon, colon + 1)


# A sign-off paragraph under a quoted one ("- Bernie Sanders."): a single hyphen counts too.
_SIGNOFF_LINE = re.compile(r"(?:―|—|–|--|-)[^\S\n]*(?P<name>[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,4})")


def _next_line_signoff(text: str, q: Quote, paras: list[tuple[int, int]]) -> Optional[re.Match]:
    """The sign-off paragraph right after a quotation that fills its own paragraph ('"Q."' then '- Bernie Sanders.'):
    a dash, the name, then at most an apposition after a comma ("-President Obama, tweeting after ...")."""
    for n, (start, end) in enumerate(paras[:-1]):
        if start == q.open:
            if text[q.close:end].strip(".,!?;: \t\u00a0"):
                return None
            nstart, nend = paras[n + 1]
            match = _SIGNOFF_LINE.match(text, nstart, nend)
            if match is None or text[match.end():nend].rstrip(".")[:1] not in ("", ","):
                return None
            return match
    return None


def signoffs(
    text: str, quotations: list[Quote], paras: Sequence[tuple[int, int]] = ()
) -> Iterator[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]]:
    """(content, source, cue) of quotations followed by a dash and a name on the same line, or (given the
    paragraphs) of a quotation that fills its paragraph followed by a paragraph that is a dash and a name.

    Limits: the name is the capitalised words right after the dash (age, place and
    other appositions after a comma are left out); a next-line sign-off must follow a paragraph that is the
    quotation alone, so a dash line after prose ("- Reuters.") is no speaker.
    """
    paras = list(paras)
    for q in quotations:
        if q.close == q.end or not q.is_speech(text):
            continue  # unclosed quotation: runs to the end of its paragraph, nothing follows
        match = _SIGNOFF.match(text, q.close)
        line_end = text.find("\n", q.close)
        line_end = len(text) if line_end < 0 else line_end
        if match is None or match.end() > line_end:
            match = _next_line_signoff(text, q, paras)
            if match is None:
                continue
        dash = match.group().strip()[0]
        dash_at = text.index(dash, match.start())
        name_start, name_end = match.span("name")
        while name_end > name_start and text[name_end - 1] == ".":
            name_end -= 1  # the sentence's full stop, not part of the name
        yield (q.start, q.end), (name_start, name_end), (dash_at, dash_at + (2 if text.startswith("--", dash_at) else 1))


def title_source(text: str, title: tuple[int, int]) -> Optional[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]]:
    """(content, source, cue) of a ``Source: headline`` title line, or None.

    Limits: the source is the 1-6 words before the first colon, the first capitalised (so "Bill is back: ..." is
    read as a source, and "Clinton to Planned Parenthood" is the whole source, addressee included); titles opening
    with an article or a rubric ("The Latest:") are skipped unless a quotation follows the
    colon ("A lesson from Loretta Lynch: 'Be the voice ...'": the 1-4 capitalised words before it).
    """
    start, end = title
    match = _TITLE_SOURCE.match(text, start, end)
    if match is None or match.group("name").split()[0].lower() in TITLE_NON_SOURCE_START:
        # "A lesson from Loretta Lynch: 'Be the voice ...'": a quotation after the colon, the name right before it
        match = _TITLE_QUOTE.search(text, start, end)
        if match is None or match.group("name").split()[0].lower() in TITLE_NON_SOURCE_START:
            return None
    content_end = end
    while content_end > match.start("rest") and text[content_end - 1] in QUOTE_CHARS + " .":
        content_end -= 1
    colon = match.end("name")
    return (match.start("rest"), content_end), match.span("name"), (colon, colon + 1)
