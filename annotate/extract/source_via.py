"""Via: the outlet or medium in an attribution chain ("who spoke to Reuters", "cited by Ynet as saying").

Used by :func:`annotate.extract.sources.enrich`. Text rules only; an outlet is a name from
:data:`~annotate.extract.source_lexicons.OUTLETS`, a name next to an outlet noun
("the "Caliber" website", "website Walla", "Yedioth Ahronoth newspaper"), an anaphoric
"the website" (resolved to the nearest outlet named before it), or, after "cited by" and
"quoted in", any capitalised name. Limits: "told reporters" and unnamed media are not a via.
"""

from __future__ import annotations

import re
from typing import Optional

from annotate.extract import source_lexicons as lex
from annotate.records import Span, Statement


CLAUSE_CUT = re.compile(
    r"\s*(?:,|—|–|\(|\s-\s)|\s+(?:who|whom|which|that|speaking|talking|familiar|quoted|cited|close\s+to|"
    r"with\s+knowledge|on\s+condition|citing|according|told|said|says|spoke|requesting|asking|declining)\b",
    re.IGNORECASE,
)

_OUTLET_RE = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(n) for n in sorted(lex.OUTLETS, key=len, reverse=True)) + r")(?![\w])"
)


def outlets_in(text: str) -> list[tuple[int, int, str]]:
    """Lexicon outlets named in a text, longest first at each place, as (start, end, name)."""
    return [(m.start(), m.end(), m.group(0)) for m in _OUTLET_RE.finditer(text)]


OUTLET_NOUN_RE = r"(?:news\s+website|news\s+agency|newspaper|website|site|daily|broadcaster|channel|TV|television|radio|outlet|network|magazine|paper|agency|portal)"
_CAP_NAME = r"[A-Z0-9][\w.’'-]*(?:\s+(?:of\s+)?[A-Z0-9][\w.’'-]*){0,4}"
_AFTER_SOURCE = re.compile(
    r"^[^.;“”\"]{0,60}?\b(?:who\s+|which\s+)?(?:was\s+|were\s+|had\s+|has\s+)?"
    r"(?:speaking|spoke|talking|talked|quoted|cited|interviewed|writing|wrote|told)\s+(?:to\s+|with\s+|in\s+|by\s+)?",
    re.IGNORECASE,
)
_IN_CUE = re.compile(
    r"\b(?:cited\s+by|quoted\s+by|quoted\s+in|cited\s+in|told|informed|according\s+to|as\s+reported\s+by|"
    r"in\s+an\s+interview\s+with|in\s+a\s+statement\s+to|spoke\s+to|speaking\s+to)\s+",
    re.IGNORECASE,
)
_AFTER_CUE = re.compile(
    r"^\s*(?:[\w’']+\s+){0,2}?(?:to|with|on|in|by)\s+|^\s*,?\s*(?:according\s+to|as\s+reported\s+by|as\s+quoted\s+by|as\s+cited\s+by|in\s+an\s+interview\s+with)\s+",
    re.IGNORECASE,
)
_BEFORE_SOURCE = re.compile(r"(?:quoted|cited|citing)\s*[“\"‘']?\s*$", re.IGNORECASE)
_TELLING = re.compile(r"\b(?:told|tells|tell|telling|informed|informs|informing|briefed|briefing)\s*$", re.IGNORECASE)


def text_span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def last_outlet_before(text: str, pos: int) -> Optional[Span]:
    """The nearest outlet named before ``pos`` (lexicon or "<outlet noun> Name")."""
    best: Optional[tuple[int, int]] = None
    window_start = max(0, pos - 3000)
    window = text[window_start:pos]
    for start, end, _ in outlets_in(window):
        if best is None or start > best[0]:
            best = (start, end)
    for match in re.finditer(OUTLET_NOUN_RE + r"\s+(" + _CAP_NAME + r")", window):
        if best is None or match.start(1) > best[0]:
            best = (match.start(1), match.end(1))
    if best is None:
        return None
    return text_span(text, window_start + best[0], window_start + best[1])


def outlet_at(text: str, pos: int, strict: bool = True) -> Optional[Span]:
    """The outlet named at ``pos`` ("Reuters", "the "Caliber" website", "the website" resolved).

    ``strict`` accepts only known outlets and names next to an outlet noun; otherwise
    any capitalised name is taken (after "cited by", "quoted in").
    """
    rest = text[pos : pos + 120]
    skip = re.match(r"(?:the\s+)", rest)
    offsets = [0] + ([skip.end()] if skip else [])
    for off in offsets:
        m = _OUTLET_RE.match(rest, off)
        if m:
            return text_span(text, pos + m.start(), pos + m.end())
    m = re.match(r"(?:the\s+)?[“\"‘']([^“”\"’']{1,40})[”\"’']", rest)
    if m and (not strict or re.match(r"\s+" + OUTLET_NOUN_RE, rest[m.end() :]) or m.group(1).strip() in lex.OUTLETS):
        return text_span(text, pos + m.start(1), pos + m.end(1))
    m = re.match(r"(?:the\s+)?(?:[A-Z][\w]+\s+)?" + OUTLET_NOUN_RE + r"\s+(" + _CAP_NAME + r")", rest)
    if m:
        return text_span(text, pos + m.start(1), pos + m.end(1))
    m = re.match(r"(?:the\s+)?(" + _CAP_NAME + r")\s+" + OUTLET_NOUN_RE + r"\b", rest)
    if m and m.group(1).split()[0] not in lex.NOT_NAMES:
        return text_span(text, pos + m.start(1), pos + m.end(1))
    m = re.match(
        r"(?:the|this|that)\s+(?:same\s+)?(?:" + "|".join(sorted(lex.MEDIA_ANAPHORS)) + r")\b", rest, re.IGNORECASE
    )
    if m:
        return last_outlet_before(text, pos)
    if not strict:
        m = re.match(r"(?:the\s+)?(" + _CAP_NAME + r")", rest)
        if m and m.group(1).split()[0] not in lex.NOT_NAMES:
            return text_span(text, pos + m.start(1), pos + m.end(1))
    return None


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    end_candidates = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i != -1]
    end = min(end_candidates) + 1 if end_candidates else len(text)
    return start, end


def find_via(text: str, statement: Statement) -> Optional[Span]:
    """The outlet or medium through which the statement's source spoke, if the text names it."""
    source, cue = statement.source, statement.cue
    if source is None:
        return None

    # The noun phrase proper: a span holding "who spoke to Reuters" ends before "who".
    cut = CLAUSE_CUT.search(source.text, 1)
    core_end = source.start + cut.start() if cut else source.end

    def ok(span: Optional[Span]) -> Optional[Span]:
        if span is None or (span.start < core_end and source.start < span.end):
            return None
        return span

    # "An Israeli official speaking on condition of anonymity was cited by Yedioth Aharanoth"
    after = text[core_end : core_end + 160]
    if cue is not None and cue.start >= core_end:
        after = after[: max(cue.end - core_end, 0) or len(after)]
    m = _AFTER_SOURCE.match(after)
    if m:
        verb = m.group(0).lower()
        strict = not any(v in verb for v in ("quoted", "cited", "interviewed"))
        hit = ok(outlet_at(text, core_end + m.end(), strict=strict))
        if hit:
            return hit
    # In the cue: "informed the "Caliber" website", "According to The Times of Israel, citing".
    if cue is not None:
        for m in _IN_CUE.finditer(cue.text):
            strict = not m.group(0).lower().startswith(("cited", "quoted", "according"))
            hit = ok(outlet_at(text, cue.start + m.end(), strict=strict))
            if hit:
                return hit
    # After the cue: "told Reuters", "informed the "Caliber" website", "confirmed this to Ynet",
    # "the official said, according to Yedioth Aharanoth".
    anchor = max(source.end, cue.end if cue is not None else 0)
    if cue is not None and _TELLING.search(cue.text):
        hit = ok(outlet_at(text, anchor + len(text[anchor:]) - len(text[anchor:].lstrip()), strict=True))
        if hit:
            return hit
    m = _AFTER_CUE.match(text[anchor : anchor + 80])
    if m:
        hit = ok(outlet_at(text, anchor + m.end(), strict=True))
        if hit:
            return hit
    # Before the source: "The website quoted "informed" sources", "Reuters reported, citing a source".
    sent_start, _ = _sentence_bounds(text, source.start)
    before = text[sent_start : source.start]
    if _BEFORE_SOURCE.search(before):
        for m in re.finditer(r"\b(?:according\s+to|by|in)\s+|^\s*", before, re.IGNORECASE):
            hit = ok(outlet_at(text, sent_start + m.end(), strict=True))
            if hit:
                return hit
    return None
