"""Join quotations to rule candidates: direct and mixed quotes, split quotes, carry-over.

Limits:
- A quotation becomes a direct statement only when a cue with a subject sits in its
  own sentence or just around it (``"Q," S said``, ``"Q," said S``, ``S said: "Q"``),
  or when it opens a paragraph right after an attributed quotation (carry-over,
  cue null). Other quotations (scare quotes, titles, unattributed) are left alone.
- Split quotes (``"Q1," S said, "Q2."``) become ONE statement whose content runs from
  Q1 to Q2, so it includes the interrupting attribution. So does an indirect clause
  continued by a quote (``C, S said. "Q2."``; kind ``mixed``) and a speaker who carries on
  after a participle (``"Q1," S said, emphasizing why ... . "Q2."``). A quote handed on to a
  second cue in the same sentence (``"Q1," S sings before asking her, "Q2"``) is not joined;
  two quotations on either side of one cue (``"Q1," he said, "Q2."``) are joined even when
  the cue's clause rule took Q2. A second part too short for speech (``"Q1," he said. "Very good."``) is
  joined only when it closes the paragraph.
- A quotation inside a mixed or split statement of its own cue is not repeated, and an
  object/infinitive/noun-family statement whose cue lies inside reported speech ("S says X
  promised to continue supporting Y") is dropped (a ``minor`` rule inside a ``speech`` rule: :mod:`annotate.extract.registry`).
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from annotate.extract import registry
from annotate.extract.lexicons import CUE_FORMS
from annotate.extract.quotes import Quote
from annotate.extract.registry import MINOR, SPEECH, Rule, declare
from annotate.extract.rules import Candidate
from annotate.extract.spans import CONTENT_TRIM_END, trim

# Most characters of attribution text allowed between a quote and its cue ("," the former secretary of state said).
MAX_GAP = 90
# The rule of a colon anchor (:mod:`annotate.extract.quote_anchors`): its content is the colon.
COLON_ANCHOR = "colon_bare"
# Anchors that end at a colon or comma right before a quotation and take only that quotation.
BEFORE_ANCHORS = frozenset((COLON_ANCHOR, "comma_bare"))
# Anchors of any verb (:mod:`annotate.extract.quote_anchors`): they join speech quotations only, never make a
# short quotation speech ('"The Apprentice," an NBC show listed').
TOKEN_ORDER_ANCHORS = BEFORE_ANCHORS | {"after_bare"}
# Marks inside a short quotation's closing mark that make it a whole utterance (:func:`_utterance_after`).
UTTERANCE_ENDS = (".", "!", "?")
# Share of a rule's content a quotation must cover to replace it (else the statement is mixed).
QUOTE_SHARE = 0.75
declare(
    Rule("quote", priority=5, role=SPEECH),
    Rule("split_quote", priority=5, role=SPEECH),
    Rule("quote_carryover", priority=1, role=SPEECH),
)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    # max(0, min(ends) - max(starts)) without the builtin calls: this runs for every candidate-quote pair
    lo = a[0] if a[0] > b[0] else b[0]
    hi = a[1] if a[1] < b[1] else b[1]
    return hi - lo if hi > lo else 0


def dice(a: tuple[int, int], b: tuple[int, int]) -> float:
    return 2 * _overlap(a, b) / ((a[1] - a[0]) + (b[1] - b[0]) or 1)


# A short quotation right after a possessive or "on"/"with" names a programme or a publication, not speech:
# 'Sunday on Fox News channel's "Sunday Morning Futures," Rep. Darrell Issa said', 'In an interview with "Fox and Friends,"'.
_TITLE_BEFORE = re.compile(r"(?:['’]s|\b(?:on|On|with))[ \t]*$")


def _title(text: str, q: Quote) -> bool:
    """True when a short quotation opens right after a possessive or "on"/"with" (:data:`_TITLE_BEFORE`)."""
    return _TITLE_BEFORE.search(text, max(0, q.open - 12), q.open) is not None


def _short_quote(text: str, quotes: list[Quote], content: tuple[int, int], cue: tuple[int, int]) -> Optional[Quote]:
    """A quotation too short to count as speech whose text is ``content`` and whose cue follows it closely
    (not a programme or publication title: :func:`_title`)."""
    for q in quotes:
        if q.close == q.end or dice(content, (q.start, q.end)) < 0.8 or q.is_speech(text) or _title(text, q):
            continue
        if q.close <= cue[0] and _gap_ok(text, q.close, cue[0]):
            return q
    return None


def _closes_speech(text: str, q: Quote, lo: int) -> bool:
    """True when a quotation ends its utterance before the attribution: punctuation inside the closing
    mark ('"Q," S said') or a comma or dash after it; not a quoted phrase inside a sentence
    ('A cashier who "steals a handful" is held accountable, S said')."""
    if q.close == q.end or text[q.end - 1:q.end] in (",", ".", "?", "!", "—", "-", "…", ":"):
        return True
    gap = text[q.close:lo].strip()
    return gap == "" or gap[0] in ",—–-("


def _sentence_closed(text: str, q: Quote) -> bool:
    """True when a quotation ends its sentence with a full stop inside its closing mark and a capitalised word
    follows ('... Trump had "placed the integrity of these proceedings at issue." The judge pointed to ...'):
    a cue after it opens a new sentence and is not this quotation's."""
    if q.close == q.end or text[q.end - 1:q.end] != ".":
        return False
    after = text[q.close:q.close + 40].lstrip(" \t\u00a0")
    return after[:1].isupper()


def _utterance_after(text: str, q: Quote, anchors: list[Candidate]) -> bool:
    """True when a quotation too short for speech is a whole utterance (it closes on ".", "!" or "?" inside its
    mark) opening right after the comma or colon of a :data:`BEFORE_ANCHORS` anchor ('Priebus said, "Probably."',
    'the attendees chanted, "Lock her up!"'). Limit: a quoted title that ends on such a mark after a speech verb's
    comma ('he said, "Over the Top."') is taken as speech too."""
    if q.close == q.end or text[q.end - 1:q.end] not in UTTERANCE_ENDS or _title(text, q):
        return False
    return any(c.rule in BEFORE_ANCHORS and 0 <= q.open - c.content[1] <= 3 and not text[c.content[1]:q.open].strip()
               for c in anchors)


def _gap_ok(text: str, start: int, end: int) -> bool:
    """True when the text between a closing quote and its cue is short and ends no sentence."""
    if end - start > MAX_GAP:  # before slicing: most anchors are far from the quote
        return False
    gap = text[start:end]
    return "\n" not in gap and not any(c in gap for c in ".!?")


def attach(
    text: str, quotes: list[Quote], cands: list[Candidate], bare: list[Candidate], layout: Sequence[Candidate] = ()
) -> list[Candidate]:
    """Statements of one article: candidates with quotations attached, deduplicated.

    ``layout`` candidates (speaker turns, dash sign-offs, title colons) are kept as they
    are; the quotations they cover are not attached again.
    """
    speech = [q for q in quotes if q.is_speech(text)]
    # A cue inside a quotation is the quoted speaker's own words ("I think ..."), not the article's attribution.
    cands = [c for c in cands if c.cue is None or not any(q.start <= c.cue[0] < q.end for q in speech)]
    out: list[Candidate] = list(layout)
    used_quotes: set[int] = {
        n for n, q in enumerate(speech) for c in layout if _overlap(c.content, (q.start, q.end)) >= 0.5 * (q.end - q.start)
    }
    for cand in cands:
        c = cand.content
        c0, c1 = c
        share = QUOTE_SHARE * (c1 - c0)
        hit: Optional[int] = None
        for n, q in enumerate(speech):
            # _overlap(c, (q.start, q.end)) inline: this runs for every candidate-quote pair
            inside = (c1 if c1 < q.end else q.end) - (c0 if c0 > q.start else q.start)
            if inside > 0 and inside >= share:
                hit = n
                break
        if hit is None and cand.cue is not None:
            short = _short_quote(text, quotes, c, cand.cue)
            if short is not None:  # '"It's heartbreaking," Ryan said.': a short quote with its own cue is speech
                if short not in speech:
                    speech.append(short)
                hit = speech.index(short)
        if hit is not None and cand.cue is not None and not (speech[hit].start <= cand.cue[0] < speech[hit].end) and not _reports_other(cand, cands, speech[hit]):
            q = speech[hit]
            used_quotes.add(hit)
            out.append(cand.with_(content=(q.start, q.end), kind="direct", rule="quote"))
        elif any((c1 if c1 < q.end else q.end) > (c0 if c0 > q.start else q.start) for q in speech):  # any overlap
            out.append(cand.with_(kind="mixed" if cand.kind == "indirect" else cand.kind))
        else:
            out.append(cand)
    # Short quotations closed by a comma, "?" or "!" and followed at once by a cue ('"I would," Melanie said'), and
    # short utterances right after a comma or colon anchor ('Priebus said, "Probably."', 'chanted, "Lock her up!"').
    anchors = [c for c in bare + cands if c.cue is not None and c.source is not None]
    for q in quotes:
        if q in speech:
            continue
        if q.close > q.end and text[q.end - 1:q.end] in (",", "?", "!") and not _title(text, q):
            if any(0 <= min(c.cue[0], c.source[0]) - q.close <= 3 for c in anchors if c.rule not in TOKEN_ORDER_ANCHORS):
                speech.append(q)
                continue
        if _utterance_after(text, q, anchors):
            speech.append(q)
    speech.sort(key=lambda q: q.open)
    used_quotes = {
        n for n, q in enumerate(speech) for c in layout if _overlap(c.content, (q.start, q.end)) >= 0.5 * (q.end - q.start)
    } | {n for n, q in enumerate(speech) for c in out if c.rule == "quote" and c.content == (q.start, q.end)}
    # Quotations with a cue just after or just before them.
    # A colon anchor ends at its colon ('S went on: "Q"') and takes only the quotation right after it.
    bounds = [
        (cand, min(cand.cue[0], cand.source[0]), cand.content[1] if cand.rule in BEFORE_ANCHORS else max(cand.cue[1], cand.source[1]))
        for cand in anchors
    ]
    for n, q in enumerate(speech):
        if n in used_quotes:
            continue
        for cand, lo, hi in bounds:
            # The cue or its source starts right after the quote; a long apposition may follow ("," said S, a ...).
            near = hi - q.close <= MAX_GAP or (lo - q.close <= 3 and cand.cue[0] - q.close <= MAX_GAP)
            after = (cand.rule not in BEFORE_ANCHORS and q.close <= lo and near and _gap_ok(text, q.close, lo) and _closes_speech(text, q, lo)
                     and not _sentence_closed(text, q))
            before = hi <= q.open and q.open - hi <= 3 and text[hi:q.open].strip() in ("", ":", ",")
            if after or before:
                used_quotes.add(n)
                out.append(cand.with_(content=(q.start, q.end), kind="direct", rule="quote"))
                break
    out = [_quotation_run_on(text, c, quotes, out) for c in out]
    out = _join_same_cue(text, out)
    out = _split_quotes(text, speech, used_quotes, out, quotes)
    out = _carry_over(text, speech, used_quotes, out)
    kept = _drop_nested_minor(dedup(_drop_nested_quotes(text, out), text, quotes), text, quotes)
    return _drop_that_clause(_drop_reported(kept), text)


# Rules whose reported clause or object runs on to a quotation later in its sentence ("said C, which “Q.”",
# "calling Obama an “ignorant baboon”").
RUN_ON_RULES = frozenset(("said_clause", "verb_object"))
# Most characters between such a clause's end and the opening mark of the quotation after it.
MAX_RUN_ON_GAP = 40
# Characters that end a clause's sentence or report before a quotation.
_RUN_ON_STOPS = re.compile(r"[.!?;\n]")
# A comma and an indefinite article: a noun phrase summing up the clause (", a tribute to “Q”"), which
# :func:`annotate.extract.extents._summary_apposition` leaves out of the content.
_SUMMARY_GAP = re.compile(r"\s*,\s*(?:a|an)\s", re.IGNORECASE)
# A comma and a preposition: an adjunct of the verb after its object ("assailed a federal judge, Gonzalo P. Curiel,
# for his ''Mexican heritage''"), which the object's content leaves out.
_ADJUNCT_GAP = re.compile(
    r"\s*,\s*(?:for|with|over|about|on|in|at|of|to|from|by|after|before|during)\s", re.IGNORECASE
)


def _quotation_run_on(text: str, cand: Candidate, quotes: Sequence[Quote], cands: list[Candidate]) -> Candidate:
    """A :data:`RUN_ON_RULES` content that stops short of a quotation opening later in its sentence, at most
    :data:`MAX_RUN_ON_GAP` characters after it with no sentence end, semicolon, line break or cue word
    (:data:`annotate.extract.lexicons.CUE_FORMS`, "according") between, runs on to that quotation's end as a
    mixed statement ('S said he was hoping for a large turnout, which “will help elect JoAnne Kloppenburg to the
    Supreme Court.”': PolNeAR takes the quoted words into the report); not over a summing-up apposition
    (:data:`_SUMMARY_GAP`) nor a comma and a preposition (:data:`_ADJUNCT_GAP`). Limits: only a quotation no
    other candidate's content overlaps (a quotation with a statement of its own, ", telling his colleagues, “Q”",
    stays apart); a quotation after a colon is taken too ("with a simple message: ''Q''")."""
    if cand.rule not in RUN_ON_RULES:
        return cand
    end = cand.content[1]
    q = next((q for q in quotes if q.open >= end), None)
    if q is None or q.open - end > MAX_RUN_ON_GAP or _RUN_ON_STOPS.search(text, end, q.open):
        return cand
    if _SUMMARY_GAP.match(text, end, q.open) or _ADJUNCT_GAP.match(text, end, q.open):
        return cand
    if any(w.lower() in CUE_FORMS or w.lower() == "according" for w in re.findall(r"[A-Za-z]+", text[end:q.open])):
        return cand
    if any(o is not cand and _overlap(o.content, (q.start, q.end)) for o in cands):
        return cand
    return cand.with_(content=(cand.content[0], q.end), kind="mixed")


def _in_split_gap(host: Candidate, at: int, quotes: Sequence[Quote]) -> bool:
    """True when ``at`` lies in the attribution between the two parts of ``host``'s split quote ('"Q1," he said,
    referring to X. "Q2."'), outside every quotation: the writer's words, not the quoted speaker's."""
    return host.rule == "split_quote" and not any(q.open <= at < q.close for q in quotes)


def _starts_in(at: int, host: Candidate) -> bool:
    """True when offset ``at`` (a cue's or source's start) lies inside ``host``'s content."""
    return host.content[0] <= at < host.content[1]


def _nested_in(c: Candidate, host: Candidate, text: str, quotes: Sequence[Quote]) -> bool:
    """True when minor-rule statement ``c``'s cue lies inside ``host``'s content, so that ``c`` is part of what
    ``host`` reports. A cue in the attribution between a split quote's two parts is not in what was quoted
    (:func:`_in_split_gap`) and does not count, unless its source is a relative word describing the speaker
    ('"Q1," said X, who backs Y, "Q2."')."""
    if host is c or c.cue is None or registry.get(c.rule).role != MINOR:
        return False
    if not _starts_in(c.cue[0], host):
        return False
    return not (c.source is not None and _in_split_gap(host, c.cue[0], quotes) and not _relative(c, text))


def _drop_nested_minor(kept: list[Candidate], text: str = "", quotes: Sequence[Quote] = ()) -> list[Candidate]:
    """Drop a minor-rule statement whose cue lies inside the content of another statement
    ("Machado promised to continue supporting Clinton, S says": "supporting Clinton" is part of
    what S says, not a second attribution; "S criticized Clinton's support for the war": the
    support is part of what S criticized). Statements are not nested: PolNeAR never marks a cue
    inside another statement's content (:func:`_nested_in`, which also says when a split quote's gap is outside)."""
    return [c for c in kept if not any(_nested_in(c, h, text, quotes) for h in kept)]


# Statements made from a quotation: the quoted words are the speaker's even inside an "according to X" statement.
QUOTATION_RULES = frozenset(("quote", "split_quote", "quote_carryover"))


def _drop_reported(kept: list[Candidate]) -> list[Candidate]:
    """Drop a statement whose cue lies inside the content of an "according to X" statement (:data:`OUTER_RULES`):
    the whole report is X's ("he told aides that C, according to someone in attendance"; "voters who believe C,
    according to exit polling data"), and PolNeAR keeps the outer attribution. Statements made from a quotation
    (:data:`QUOTATION_RULES`) stay, as the quoted speaker's ('"Q," O'Malley said, according to the Las Vegas Sun').
    Runs after :func:`dedup`, which already lets the outer statement replace an inner one of about the same content.
    Limit: every non-quotation cue in the span counts, also one in a clause the "according to" does not govern."""
    hosts = [h for h in kept if h.rule in OUTER_RULES]
    if not hosts:
        return kept
    return [
        c for c in kept
        if c.rule in QUOTATION_RULES or c.cue is None
        or not any(h is not c and _starts_in(c.cue[0], h) for h in hosts)
    ]


# Hosts whose content is a speaker's own words, where a clause with a cue is the speaker's, not the article's.
TURN_RULES = QUOTATION_RULES | {"speaker_turn"}


def _after_that(c: Candidate, text: str) -> bool:
    """True when the word right before ``c``'s source is "that" ("X added that she understands C"; "a system that they
    say C")."""
    s0 = c.source[0]
    before = _WORD.findall(text[max(0, s0 - 12):s0])
    return bool(before) and before[-1].lower() == "that"


def _drop_that_clause(kept: list[Candidate], text: str) -> list[Candidate]:
    """Drop a statement whose cue and source lie inside another statement's content and whose source follows "that"
    (:func:`_after_that`): a clause of the outer statement's report, either its complement ("Kasich said he would
    present a plan and that he thinks it would pass") or a relative clause on one of its words ("a gap in border
    security that homeland security experts say renders talk of a wall moot"). PolNeAR keeps the outer statement
    alone. Quotations and speaker turns (:data:`TURN_RULES`) are not hosts: what is inside them is the speaker's own
    words. Limits: "that" is read from the text, not the parse, so a demonstrative ("that he said") counts too; a
    clause after "who" or "which" is kept (the gold marks those both ways)."""
    hosts = [h for h in kept if h.rule not in TURN_RULES]
    return [
        c for c in kept
        if c.rule in QUOTATION_RULES or c.cue is None or c.source is None or not _after_that(c, text)
        or not any(
            h is not c and _starts_in(c.cue[0], h) and _starts_in(c.source[0], h) for h in hosts
        )
    ]


def _drop_nested_quotes(text: str, out: list[Candidate]) -> list[Candidate]:
    """Drop a quotation inside the content of a mixed or split statement of the same cue
    ('C ''is a misguided approach,'' said S': the quote is part of that statement), or inside any mixed
    statement ('S says Americans are "right to be angry," but also hungry for what she calls ...': the
    quotation is part of what S says, not a statement of a cue after it)."""
    def nested(c: Candidate) -> bool:
        if c.rule != "quote" or c.cue is None:
            return False
        start, end = trim(text, *c.content, chars=CONTENT_TRIM_END)
        return any(
            o is not c and (o.cue == c.cue or o.kind == "mixed") and o.content != c.content and o.content[0] <= start and end <= o.content[1]
            for o in out
        )

    return [c for c in out if not nested(c)]


def _join_same_cue(text: str, out: list[Candidate]) -> list[Candidate]:
    """Two quotations attached to the same cue on either side of it ('"Q1," he said, "Q2."': Q2 taken
    by the cue's own clause rule, Q1 by the quote after it) are one split quote; so are a reported clause before
    the cue and a quotation after it ("The streets were deserted, he added, ''but people need to connect
    somehow.''": ``clause_said`` and ``quote``), a mixed statement."""
    quoted = [c for c in out if c.rule == "quote" and c.cue is not None]
    firsts = quoted + [c for c in out if c.rule == "clause_said" and c.cue is not None]
    drop: set[int] = set()
    joined: dict[int, Candidate] = {}
    for first in firsts:
        if id(first) in drop:
            continue
        for second in quoted:
            if second is first or id(second) in drop or second.cue != first.cue or second.source != first.source:
                continue
            lo, hi = first.content[1], second.content[0]
            if not (lo <= first.cue[0] and first.cue[1] <= hi) or "\n" in text[lo:hi]:
                continue
            if text[first.content[0]:lo].rstrip(" \"”’'")[-1:] in (".", "!", "?") or _OTHER_SENTENCE.search(text[lo:hi]):
                continue  # the first quotation ends its sentence: a new utterance follows
            if _only_attribution_between(text, lo, hi, first):
                drop.add(id(second))
                kind = "mixed" if first.rule == "clause_said" else first.kind
                content = _split_content(first.content, second.content)
                joined[id(first)] = first.with_(content=content, rule="split_quote", kind=kind)
                break
    return [joined.get(id(c), c) for c in out if id(c) not in drop]


def _short_close(text: str, short: list[Quote], speech: list[Quote], cand: Candidate) -> Optional[Quote]:
    """A quotation too short for speech that closes the paragraph right after the attribution sentence of ``cand``
    ('"They sue," he said. "Everybody sues, right?"'): the second part of the speaker's quote. None if there is
    none or a speech quotation comes first."""
    lo = cand.content[1]
    q = next((q for q in short if q.open >= lo), None)
    if q is None or any(lo <= p.open < q.open for p in speech) or _title(text, q):
        return None
    if "\n" in text[lo:q.open] or _after_quotation(text, q).strip() or _other_cue(text, lo, q.open, cand):
        return None
    return q if _attribution_sentence(text, lo, q.open, cand) else None


def _split_quotes(text: str, speech: list[Quote], used: set[int], out: list[Candidate], quotes: Sequence[Quote] = ()) -> list[Candidate]:
    short = [q for q in quotes if q.close > q.end and q not in speech]
    result = []
    for cand in out:
        if cand.rule == "quote" and cand.cue is not None and short:
            q = _short_close(text, short, speech, cand)
            if q is not None:
                result.append(cand.with_(content=_split_content(cand.content, (q.start, q.end)), rule="split_quote"))
                continue
        if cand.rule in ("quote", "clause_said") and cand.cue is not None:
            for n, q in enumerate(speech):
                if n in used or q.open < cand.content[1] or _title(text, q):
                    continue
                gap_lo = cand.content[1]
                gap = text[gap_lo:q.open]
                # '"Q1," S said, asking her, "Q2"': Q2 belongs to the second cue; after a full stop
                # ('S said, emphasizing why ... . "Q2"') the speaker carries on.
                handed_on = _other_cue(text, gap_lo, q.open, cand) and not gap.rstrip().rstrip(_CLOSING_MARKS).endswith(".")
                if "\n" not in gap and not handed_on and (
                    _only_attribution_between(text, gap_lo, q.open, cand) or _attribution_sentence(text, gap_lo, q.open, cand)
                ):
                    used.add(n)
                    kind = "mixed" if cand.kind == "indirect" else cand.kind  # "C, S said. "Q2"": the quote continues C
                    cand = cand.with_(content=_split_content(cand.content, (q.start, q.end)), rule="split_quote", kind=kind)
                break
        result.append(cand)
    return result


# Closing quotation marks, stripped from the end of an attribution before looking for its full stop.
_CLOSING_MARKS = "\"”’'"


def _split_content(first: tuple[int, int], second: tuple[int, int]) -> tuple[int, int]:
    """One span for a split quote: both parts and the attribution between them, unless the
    attribution is so long (an apposition with a relative clause) that this span would share
    less than half its characters (Dice < 0.5) with the two parts; then the longer part alone."""
    q1, q2 = first[1] - first[0], second[1] - second[0]
    whole = (first[0], second[1])
    joined = 2 * (q1 + q2) / (q1 + q2 + whole[1] - whole[0])
    single = 2 * max(q1, q2) / (q1 + q2 + max(q1, q2))
    if joined >= 0.5 or joined >= single:
        return whole
    return first if q1 >= q2 else second


# Title abbreviations whose full stop ends no sentence ("panel Chairman Rep. Jason Chaffetz said").
TITLE_ABBREVIATIONS = ("Rep", "Sen", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Prof", "Rev", "Gens", "Reps", "Sens", "Sept", "Calif", "Mass", "Tenn", "Wash", "Penn")
_OTHER_SENTENCE = re.compile(
    r"(?<![A-Z][a-z])(?<![A-Z])" + "".join(f"(?<!{a})" for a in TITLE_ABBREVIATIONS) + r"[.!?]\s+\S"
)


def _attribution_sentence(text: str, lo: int, hi: int, cand: Candidate) -> bool:
    """True when ``text[lo:hi]`` ends the first quote's sentence with its cue and no other
    sentence ('"Q1," Obama said after meeting Putin. "Q2."')."""
    if cand.cue is None or not (lo <= cand.cue[0] and cand.cue[1] <= hi):
        return False
    gap = text[lo:hi].rstrip().rstrip(_CLOSING_MARKS)  # a sentence closing on a quoted title ('on NBC's "Meet the Press."')
    return gap.endswith((".", ":")) and not _OTHER_SENTENCE.search(gap[:-1])


def _other_cue(text: str, lo: int, hi: int, cand: Candidate) -> bool:
    """True when ``text[lo:hi]`` holds a cue word besides ``cand``'s own (", suggesting ...", "according")."""
    if cand.cue is None:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text[lo:max(lo, cand.cue[0])] + " " + text[min(hi, cand.cue[1]):hi])]
    return any(w in CUE_FORMS or w == "according" for w in words)


def _only_attribution_between(text: str, lo: int, hi: int, cand: Candidate) -> bool:
    """True when ``text[lo:hi]`` is the cue and source of ``cand`` and punctuation around them:
    ``"Q1," said S, a long apposition. "Q2."`` (or a short gap, as before)."""
    if cand.cue is None or not (lo <= cand.cue[0] and cand.cue[1] <= hi):
        return False
    if hi - lo <= MAX_GAP:
        return True
    spans = [cand.cue] + ([cand.source] if cand.source is not None else [])
    first = min(a for a, _ in spans)
    last = max(b for _, b in spans)
    if first < lo or last > hi:
        return False
    outside = text[lo:first] + text[last:hi]
    return len(outside.strip()) <= 4 and not any(c.isalnum() for c in outside)


# Punctuation that may close a paragraph after its quotation's closing mark.
_TAIL_PUNCTUATION = ".,;:!?)\"”’'"


def _closes_paragraph(text: str, q: Quote) -> bool:
    """True when nothing but punctuation follows quotation ``q`` to the end of its paragraph (no attribution of
    its own after it: '"Q2."' alone, not '"Q2," Bozell answers.')."""
    return not _after_quotation(text, q).strip(" \t\u00a0" + _TAIL_PUNCTUATION)


def _closing_words(text: str, q: Quote) -> bool:
    """True when quotation ``q`` closes its paragraph (:func:`_closes_paragraph`) and holds a lower-case letter: a
    speaker's words, not a rubric heading in capitals only ("DIVISIVE, STUPID AND WRONG")."""
    return _closes_paragraph(text, q) and any(ch.islower() for ch in text[q.start:q.end])


def _after_quotation(text: str, q: Quote) -> str:
    """The text after quotation ``q``'s closing mark to the end of its paragraph."""
    line_end = text.find("\n", q.close)
    return text[q.close:line_end if line_end != -1 else len(text)]


def _carry_over(text: str, speech: list[Quote], used: set[int], out: list[Candidate]) -> list[Candidate]:
    """A quotation opening a paragraph right after an attributed quote keeps that source. When it fills its
    paragraph (:func:`_closes_paragraph`: '"Q1," Farage told BBC Radio. / "Q2."'), the speaker carries on and the
    statement before it runs on to its end (one statement, as PolNeAR's gold joins the parts); else it is a
    statement of its own with no cue. With no attributed quote before it, a quotation that fills its paragraph
    takes the source of the reported statement before it ('Viguerie notes ... he sees Cruz as a uniter. / "Q."'),
    as a statement of its own (:func:`_reported_before`). A quotation closing the paragraph in which it opens right
    after a reported statement's sentence end runs that statement on to its end (:func:`_reported_sentence_before`).
    Limit: a second speaker's unattributed quotation that fills its paragraph is joined to the first speaker's
    statement, or given to the reported statement's source."""
    result = list(out)
    for n, q in enumerate(speech):
        if n in used:
            continue
        line_start = text.rfind("\n", 0, q.open) + 1
        if text[line_start:q.open].strip():
            prior = _reported_sentence_before(text, q, result)
            if prior is not None:
                used.add(n)
                at = next(i for i, c in enumerate(result) if c is prior)
                result[at] = prior.with_(content=(prior.content[0], q.end), kind="mixed")
            continue
        last = _last_before(text, q, [c for c in result if c.kind in ("direct", "mixed")])
        if last is None:
            last = _reported_before(text, q, result)
        if last is None:
            continue
        used.add(n)
        if last.cue is not None and _closes_paragraph(text, q):
            result[next(i for i, c in enumerate(result) if c is last)] = last.with_(content=(last.content[0], q.end))
        else:
            result.append(Candidate((q.start, q.end), last.source, None, "direct", "quote_carryover"))
    return result


# A sentence end followed by the next sentence's first word (or its opening quote mark).
_NEW_SENTENCE = re.compile(r"[.!?][\"”’')\]]*\s+[\"“‘(\[]?[A-Z0-9]")


def _last_before(text: str, q: Quote, cands: list[Candidate]) -> Optional[Candidate]:
    """The candidate with a source whose content ends last before quotation ``q``, at most two line breaks and
    400 characters before it; None when there is none."""
    prev = [c for c in cands if c.content[1] <= q.open and c.source is not None]
    if not prev:
        return None
    last = max(prev, key=lambda c: c.content[1])
    between = text[last.content[1]:q.open]
    return None if between.count("\n") > 2 or len(between) > 400 else last


def _reported_before(text: str, q: Quote, cands: list[Candidate]) -> Optional[Candidate]:
    """The indirect statement with a cue and a source right before quotation ``q`` (:func:`_last_before`) when
    ``q`` fills its paragraph (:func:`_closes_paragraph`), returned as a candidate with no cue, so that the
    carried-over quotation becomes a statement of its own; else None. Limit: the reported statement's source is
    taken even when the quotation is another speaker's reply. The statement must close its sentence's report: no
    new sentence opens between its content and the quotation ('... charges the following year. He is now selling
    ...' is refused), and a quotation in capitals only (a rubric heading, "DIVISIVE, STUPID AND WRONG") is not
    taken."""
    if not _closing_words(text, q):
        return None
    last = _last_before(text, q, [c for c in cands if c.kind == "indirect" and c.cue is not None])
    if last is None or _NEW_SENTENCE.search(text, last.content[1], q.open):
        return None
    return last.with_(cue=None)


# A sentence end right before a quotation's opening mark ('S said C. "Q."').
_SENTENCE_GAP = re.compile(r"[.!?][\"”’']*\s+")


def _reported_sentence_before(text: str, q: Quote, cands: list[Candidate]) -> Optional[Candidate]:
    """The indirect or mixed statement with a cue and a source whose content ends the sentence right before
    quotation ``q`` in the same paragraph, when ``q`` closes that paragraph and no candidate's content overlaps it
    ('Sanders said he's staying in the race until the convention. "Let me be as clear as I can be: ..."'): the
    speaker carries on, and :func:`_carry_over` runs the statement on to the quotation's end (PolNeAR's gold
    mostly holds both in one statement, or the quotation alone as a second one); else None. Limits: only the
    sentence end and spaces may lie between (:data:`_SENTENCE_GAP`); a second speaker's quotation is joined too,
    and a quotation in capitals only is not taken."""
    if not _closing_words(text, q):
        return None
    if any(_overlap(c.content, (q.start, q.end)) for c in cands):
        return None
    prev = [c for c in cands if c.content[1] <= q.open]
    if not prev:
        return None
    last = max(prev, key=lambda c: c.content[1])
    if last.kind not in ("indirect", "mixed") or last.cue is None or last.source is None:
        return None
    return last if _SENTENCE_GAP.fullmatch(text, last.content[1], q.open) else None


def _inside(r: Optional[tuple[int, int]], c: tuple[int, int]) -> bool:
    return r is not None and c[0] <= r[0] and r[1] <= c[1]


# Rules whose statement reports a whole attribution inside its content ("S said C, according to X").
OUTER_RULES = frozenset(("according_to", "as_reported_by"))


def _reports_other(cand: Candidate, cands: list[Candidate], q: Quote) -> bool:
    """True for an "according to X" candidate whose content holds the whole quotation ``q`` and another
    candidate's cue and source ('"Q," Walker said, according to an AP account'): it stays the outer
    statement (content '"Q," Walker said') instead of becoming a second quote statement of the quotation;
    :func:`dedup` then lets it replace the inner one. A quotation that starts in an earlier sentence is not
    held, and stays the speaker's (the outlet is then only the "via")."""
    return cand.rule in OUTER_RULES and _inside((q.start, q.end), cand.content) and any(
        o is not cand and o.cue is not None and o.source is not None and _inside(o.cue, cand.content) and _inside(o.source, cand.content)
        for o in cands
    )


# Verb-cue rules whose statement may report another speaker's whole statement inside its content ("X outlined how
# he thinks C", "X recalled S saying C"): PolNeAR annotates the outer attribution.
OUTER_VERB_RULES = frozenset((
    "said_clause", "clause_said", "participle", "parenthetical", "made_clear", "inquiry",
    "verb_object", "verb_prep_object", "verb_xcomp", "stance_predicate",
))
# A word that opens a relative clause: a statement after it ("X attacked Y, which he said C") is a modifier of the
# outer content, annotated on its own.
RELATIVE_WORDS = frozenset(("who", "whom", "whose", "which", "that", "where", "when", "what"))
_WORD = re.compile(r"[A-Za-z]+")


def _relative(inner: Candidate, text: str) -> bool:
    """True when ``inner``'s source opens or follows a relative word ("experts who say C", "where experts say C")."""
    s0, s1 = inner.source
    words = _WORD.findall(text[s0:s1])
    before = _WORD.findall(text[max(0, s0 - 12):s0])
    return bool(words and words[-1].lower() in RELATIVE_WORDS or before and before[-1].lower() in RELATIVE_WORDS)


def _outer(cand: Candidate, inner: Candidate, text: str = "", within: bool = False) -> bool:
    """True when ``cand`` reports ``inner`` as a whole: its content holds inner's cue, source and content (give
    or take a quote mark) and its own cue is outside inner's content ("51 percent said C, according to a new
    poll"; "X outlined how he thinks C"). PolNeAR's gold then attributes the content to X, not to the inner
    speaker. ``cand`` is an "according to X" statement, or a verb cue (:data:`OUTER_VERB_RULES`) around a
    speech statement that is not in a relative clause. ``within``: cand's content lies inside inner's (a split
    quote interrupted by "S said, according to X"), so cand's cue may too ("according to" only)."""
    if cand.source is None or inner.cue is None or inner.source is None:
        return False
    if not (_inside(inner.cue, cand.content) and _inside(inner.source, cand.content)):
        return False
    if cand.rule not in OUTER_RULES:
        if within or cand.rule not in OUTER_VERB_RULES or registry.get(inner.rule).role != SPEECH or _relative(inner, text):
            return False
    if within:
        return True
    # The whole inner statement: a quotation begun in an earlier sentence stays its speaker's (X is only the "via").
    c0, c1 = cand.content
    return inner.content[0] >= c0 - 2 and inner.content[1] <= c1 + 2 and not _inside(cand.cue, inner.content)


def _dropped_later(cand: Candidate, inner: Candidate, hosts: list[Candidate], text: str,
                   quotes: Sequence[Quote]) -> bool:
    """True when ``cand`` is a minor statement nested in another speech statement's content (:func:`_nested_in`):
    it would be dropped by :func:`_drop_nested_minor`, so it must not take ``inner``'s place."""
    return any(h is not inner and _nested_in(cand, h, text, quotes) for h in hosts)


def dedup(cands: list[Candidate], text: str = "", quotes: Sequence[Quote] = ()) -> list[Candidate]:
    """Drop candidates whose content mostly repeats a higher-priority one, except that an outer attribution
    ("according to X", or a verb cue around a speech statement) replaces the one statement it reports as a
    whole (:func:`_outer`; ``text`` is the article's, to tell a relative clause, and ``quotes`` its quotations, to tell
    a split quote's gap)."""
    ranked = sorted(cands, key=lambda c: (-registry.priority(c.rule), c.content[0]))
    hosts = [c for c in cands if registry.get(c.rule).role == SPEECH]
    kept: list[Candidate] = []
    spans: list[tuple[int, int]] = []  # the kept contents
    for cand in ranked:
        c0, c1 = c = cand.content
        if c1 <= c0:
            continue
        # _overlap(c, k) and dice(c, k) >= 0.5 with a kept content k: overlapping spans only, Dice inline
        clash = [
            n for n, (k0, k1) in enumerate(spans)
            if k0 < c1 and c0 < k1 and 2 * ((c1 if c1 < k1 else k1) - (c0 if c0 > k0 else k0)) >= 0.5 * ((c1 - c0) + (k1 - k0))
        ]
        if clash:
            if len(clash) == 1 and _outer(cand, kept[clash[0]], text) and not _dropped_later(
                    cand, kept[clash[0]], hosts, text, quotes):
                kept[clash[0]] = cand
                spans[clash[0]] = c
            continue
        host = next((n for n, k in enumerate(kept) if _inside(c, k.content) and _outer(cand, k, text, within=True)), None)
        if host is not None:  # '"Q1," S said, according to X. "Q2."': X's statement, the split quote's content
            kept[host] = kept[host].with_(source=cand.source, cue=cand.cue, rule=cand.rule, kind=cand.kind)
            continue
        kept.append(cand)
        spans.append(c)
    return sorted(kept, key=lambda c: c.content[0])
