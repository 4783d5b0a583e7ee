"""How a headline relates to a claim: word-order, coverage, negation and framing features of a pair.

After the features of Ferreira & Vlachos (2016) for Emergent (question mark, refuting and hedging
words and their distance to the headline's main verb, negation of aligned words, subject-verb-object
match), computed without a parser: the *aligned words* are the content terms the headline shares with
the claim (:func:`annotate.classify.features.term`: same first characters), their *order* stands for
the subject-verb-object structure, and the distance of a refuting or hedging word to the nearest
aligned word stands for its distance to the root verb.

Everything here reads the statement/claim pair, never a claim's own words, so it carries over to
claims never trained on. :data:`HEADLINE_COLUMNS` are numeric stance columns, 0 without a target.

Limits:
- No syntax: "X denies Y did Z" and "Y denies X did Z" look alike; negation scope is "within
  :data:`NEG_BEFORE` tokens before an aligned word".
- Names are the claim's capitalised words after its first token (claims are sentence case);
  headline casing is not read (headlines are often title case).
- Paraphrases ("killed" / "dead") are not aligned: only shared word prefixes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from annotate.classify.lexicons import (
    HEDGE_ATTRIBUTION,
    HEDGE_EVIDENTIAL,
    HEDGE_MODAL,
    HEDGE_RUMOUR,
    NEGATION_WORDS,
    REFUTE_WORDS,
    STOPWORDS,
)

#: Tokens before an aligned word within which a negation negates it ("not _t_", "no _x_ _t_").
NEG_BEFORE = 3

HEDGES: frozenset[str] = HEDGE_MODAL | HEDGE_ATTRIBUTION | HEDGE_EVIDENTIAL | HEDGE_RUMOUR

#: Auxiliaries that open a yes/no question headline even without a question mark ("Is Apple buying Path").
QUESTION_OPENERS: frozenset[str] = frozenset(
    {"is", "are", "was", "were", "did", "does", "do", "could", "can", "will", "would", "has", "have", "should", "might", "may"}
)
#: Modal and future markers of a claim ("will sell", "plans to", "could"): a prediction, not an event.
FUTURE_WORDS: frozenset[str] = frozenset({"will", "would", "plans", "plan", "planning", "could", "may", "might", "going", "set", "expected"})

#: Words that put the term after them in doubt ("alleged rapist", "suspected attack", "so-called").
QUALIFIERS: frozenset[str] = frozenset({"alleged", "allegedly", "suspected", "reported", "reportedly", "rumoured", "rumored", "purported", "supposed", "apparent", "possible", "probable", "claimed", "unconfirmed", "so-called", "called"})

#: Report framing of the whole headline: "Report: ...", "..., report says", "... - sources".
_REPORT_FRAME = re.compile(
    r"^(?:report|reports|rumou?r|rumou?rs|sources?|exclusive)\b\s*:"
    r"|\b(?:report|reports|sources?|insiders?|analysts?|media)\s+(?:says?|claims?|suggests?)\s*$"
    r"|[-:]\s*(?:report|reports|sources?)\s*$"
    r"|\b(?:reports?|rumou?rs?|claims?|speculation)\s+(?:of|that)\b"
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_WORD = re.compile(r"[A-Za-z][\w'\-]*")

#: Numeric columns, in order (stance only: they compare the statement with its target).
HEADLINE_COLUMNS: tuple[str, ...] = (
    "h_cover_names",
    "h_cover_other",
    "h_numbers",
    "h_order",
    "h_neg_mismatch",
    "h_refute_before",
    "h_refute_after",
    "h_refute_close",
    "h_hedge_close",
    "h_report_frame",
    "h_question_form",
    "h_source_prefix",
    "h_future_hedged",
    "h_first_anchor",
    "h_hedge_unmatched",
    "h_claim_hedged",
    "h_qualified_term",
    "h_claim_future",
    "h_claim_number",
)
EMPTY: dict[str, float] = {name: 0.0 for name in HEADLINE_COLUMNS}


@dataclass(frozen=True)
class ClaimView:
    """What the headline features need of a claim (computed once per distinct claim)."""

    order: dict[str, int]  # term -> position of its first occurrence among the claim's content terms
    names: frozenset[str]  # terms of capitalised words after the first token
    negated: frozenset[str]  # terms with a negation within NEG_BEFORE tokens before them
    numbers: frozenset[str]
    future: bool
    words: frozenset[str]  # the claim's tokens (a hedge the claim itself holds is no distance from it)
    hedged: bool  # the claim itself reports or hedges ("says", "claims", "could")


def claim_view(raw: str, toks: list[str], prefix: int) -> ClaimView:
    order: dict[str, int] = {}
    negated: set[str] = set()
    for i, t in enumerate(toks):
        if t in STOPWORDS or len(t) < 2:
            continue
        key = t[:prefix]
        order.setdefault(key, len(order))
        if any(toks[j] in NEGATION_WORDS or toks[j].endswith("n't") for j in range(max(0, i - NEG_BEFORE), i)):
            negated.add(key)
    words = _WORD.findall(raw)
    names = frozenset(w.lower()[:prefix] for w in words[1:] if w[0].isupper() and w.lower() not in STOPWORDS)
    return ClaimView(
        order=order,
        names=frozenset(k for k in names if k in order),
        negated=frozenset(negated),
        numbers=frozenset(n.replace(",", "") for n in _NUMBER.findall(raw)),
        future=any(t in FUTURE_WORDS for t in toks),
        words=frozenset(toks),
        hedged=any(t in HEDGES for t in toks),
    )


def _concordance(positions: list[tuple[int, int]]) -> float:
    """(claim order, headline position) of aligned terms -> share of concordant pairs minus discordant, in [-1, 1]."""
    n = len(positions)
    if n < 2:
        return 0.0
    score = 0
    for i in range(n):
        ci, hi = positions[i]
        for j in range(i + 1, n):
            cj, hj = positions[j]
            score += 1 if (ci - cj) * (hi - hj) > 0 else -1
    return score / (n * (n - 1) / 2)


@dataclass(frozen=True)
class HeadlineParts:
    """What the headline columns need of a statement whatever the claim (computed once per statement)."""

    n_tokens: int
    hedges: tuple[int, ...]  # positions of HEDGES
    hedge_words: tuple[str, ...]  # the HEDGES tokens, in order
    qualifiers: tuple[int, ...]  # positions of QUALIFIERS
    numbers: frozenset[str]
    report_frame: bool
    question_form: bool
    source_head: Optional[tuple[str, ...]]  # content words before a ":" that opens a short source prefix, else None


def headline_parts(toks: list[str], norm: str) -> HeadlineParts:
    hedges = [i for i, t in enumerate(toks) if t in HEDGES]
    head, _, rest = norm.partition(":")
    source_head = None
    if rest and len(head.split()) <= 4:
        source_head = tuple(w for w in re.findall(r"[a-z0-9]+", head) if w not in STOPWORDS)
    return HeadlineParts(
        n_tokens=max(1, len(toks)),
        hedges=tuple(hedges),
        hedge_words=tuple(toks[i] for i in hedges),
        qualifiers=tuple(i for i, t in enumerate(toks[:-1]) if t in QUALIFIERS),
        numbers=frozenset(n.replace(",", "") for n in _NUMBER.findall(norm)),
        report_frame=bool(_REPORT_FRAME.search(norm)),
        question_form=norm.rstrip().endswith("?") or (bool(toks) and toks[0] in QUESTION_OPENERS),
        source_head=source_head,
    )


def headline_features(
    parts: HeadlineParts,
    content: tuple[tuple[int, str], ...],
    negations: tuple[int, ...],
    refutes: tuple[int, ...],
    claim: Optional[ClaimView],
    prefix: int,
) -> dict[str, float]:
    """The :data:`HEADLINE_COLUMNS` of a headline against ``claim`` (all 0 without a claim or when it has no
    content word). ``content``: (position, term) of the headline's non-stopword tokens; ``negations`` and
    ``refutes``: positions of negation and refuting words (``features.StatementIndex`` holds all three)."""
    if claim is None or not claim.order:
        return dict(EMPTY)
    order = claim.order
    first_pos: dict[str, int] = {}
    anchors: list[int] = []
    neg_mismatch = 0
    for i, key in content:
        if key in order:
            anchors.append(i)
            if key not in first_pos:
                first_pos[key] = i
                negated = any(i - NEG_BEFORE <= j < i for j in negations)
                neg_mismatch += negated != (key in claim.negated)
    n_tokens = parts.n_tokens
    names = claim.names
    others = len(order) - len(names)
    found_names = sum(1 for k in first_pos if k in names)
    found_other = len(first_pos) - found_names
    unmatched = sum(1 for t in parts.hedge_words if t not in claim.words)
    if anchors:
        anchor_set = set(anchors)
        qualified = sum(1 for i in parts.qualifiers if (i + 1) in anchor_set)
        first, last = anchors[0], anchors[-1]
    else:
        qualified, first, last = 0, n_tokens, -1
    if claim.numbers and parts.numbers:
        h_numbers = 1.0 if claim.numbers & parts.numbers else -1.0
    else:
        h_numbers = 0.0

    def closeness(positions: tuple[int, ...]) -> float:
        if not positions or not anchors:
            return 0.0
        return max(1.0 / (1 + min(abs(p - a) for a in anchors)) for p in positions)

    source_prefix = parts.source_head is not None and not any(w[:prefix] in order for w in parts.source_head)
    return {
        "h_cover_names": found_names / len(names) if names else 0.0,
        "h_cover_other": found_other / others if others else 0.0,
        "h_numbers": h_numbers,
        "h_order": _concordance([(order[k], p) for k, p in first_pos.items()]),
        "h_neg_mismatch": float(min(neg_mismatch, 2)),
        "h_refute_before": float(any(p < first for p in refutes)),
        "h_refute_after": float(any(p > last for p in refutes)),
        "h_refute_close": closeness(refutes),
        "h_hedge_close": closeness(parts.hedges),
        "h_report_frame": float(parts.report_frame),
        "h_question_form": float(parts.question_form),
        "h_source_prefix": float(source_prefix),
        "h_future_hedged": float(claim.future and bool(parts.hedges)),
        "h_first_anchor": (first / n_tokens) if anchors else 1.0,
        "h_hedge_unmatched": float(min(unmatched, 3)),
        "h_claim_hedged": float(claim.hedged),
        "h_qualified_term": float(min(qualified, 2)),
        "h_claim_future": float(claim.future),
        "h_claim_number": float(bool(claim.numbers)),
    }
