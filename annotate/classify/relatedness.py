"""Is a statement about the claim at all? The ``unrelated`` decision, before stance.

Features (:func:`relatedness_frame`) compare the statement with the claim: shares of content
terms in either direction, their Jaccard, character-trigram similarity, shared capitalised
names (entities) and numbers, shared rarer terms (longer than 6 characters: events and actions
such as "mediator", "negotiations", "relocated", rather than the story's ever-present place
names), and whether the statement has any content at all. A logistic regression over them is
trained (:func:`training_pairs`) on public stance corpora: each statement with its own claim
(related) and with the most similar *other* claim of the corpus (unrelated), so the negatives
share words with the statement, as the unrelated statements of one news story do.

Limits: lexical only; a statement about the same event in other words ("the talks" for "the
hostage negotiations") looks unrelated, and one naming the claim's actors about something else
looks related. A pronoun-only statement ("this", "the reports") has nothing to compare.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

import numpy as np

from annotate.classify.features import STOPWORDS, normalise, term, tokens
from annotate.records import PredictItem

RELATEDNESS_COLUMNS: tuple[str, ...] = (
    "target_share",
    "statement_share",
    "jaccard",
    "char_similarity",
    "shared_entities",
    "shared_numbers",
    "shared_long_terms",
    "long_term_share",
    "statement_terms",
)
LONG_TERM = 7  # characters: a content word this long is more often an event or action than a name
_ENTITY = re.compile(r"\b[A-Z][\w'’\-]+")
_NUMBER = re.compile(r"\d[\d,.]*")


def _grams(text: str) -> set[str]:
    text = f" {text} "
    return {text[i : i + 3] for i in range(len(text) - 2)}


def _entities(text: str) -> set[str]:
    return {term(normalise(m)) for m in _ENTITY.findall(text)}


def _terms(toks: list[str]) -> tuple[set[str], set[str]]:
    words = [t for t in toks if t not in STOPWORDS and len(t) > 1]
    return {term(t) for t in words}, {t[:6] for t in words if len(t) >= LONG_TERM}


def relatedness_row(text: str, target: str, target_cache: Optional[dict] = None, toks: Optional[list[str]] = None) -> list[float]:
    if target_cache is not None and target in target_cache:
        t_terms, t_long, t_grams, t_entities, t_numbers = target_cache[target]
    else:
        t_toks = tokens(target)
        t_terms, t_long = _terms(t_toks)
        t_grams, t_entities, t_numbers = _grams(normalise(target)), _entities(target), set(_NUMBER.findall(target))
        if target_cache is not None:
            target_cache[target] = (t_terms, t_long, t_grams, t_entities, t_numbers)
    s_terms, s_long = _terms(toks if toks is not None else tokens(text))
    shared = s_terms & t_terms
    grams = _grams(normalise(text))
    union = s_terms | t_terms
    return [
        len(shared) / len(t_terms) if t_terms else 0.0,
        len(shared) / len(s_terms) if s_terms else 0.0,
        len(shared) / len(union) if union else 0.0,
        len(grams & t_grams) / len(grams | t_grams) if grams | t_grams else 0.0,
        float(min(len(_entities(text) & t_entities), 3)),
        float(min(len(set(_NUMBER.findall(text)) & t_numbers), 2)),
        float(min(len(s_long & t_long), 3)),
        len(s_long & t_long) / len(t_long) if t_long else 0.0,
        float(min(len(s_terms), 20)) / 20.0,
    ]


def relatedness_frame(items: Sequence[PredictItem], toks: Optional[Sequence[list[str]]] = None) -> np.ndarray:
    """One row of RELATEDNESS_COLUMNS per item (items without a target get zeros); ``toks``: their tokens, if known."""
    cache: dict = {}
    toks = toks if toks is not None else [None] * len(items)
    return np.array(
        [relatedness_row(item.text, item.target, cache, t) if item.target else [0.0] * len(RELATEDNESS_COLUMNS) for item, t in zip(items, toks)],
        dtype=float,
    ).reshape(len(items), len(RELATEDNESS_COLUMNS))


def training_pairs(items: Sequence[PredictItem], groups: Sequence[str], seed: int = 0) -> tuple[list[PredictItem], list[int]]:
    """(pairs, related 1/0): every item with its own target, and with the other group's target most like it.

    "Most like it" is the highest content-term overlap among up to 40 targets drawn at random
    from other groups, so the negatives are hard ones, like same-story statements about something else.
    """
    rng = np.random.default_rng(seed)
    targets = sorted({item.target for item in items if item.target})
    target_terms = {t: _terms(tokens(t))[0] for t in targets}
    group_of_target = {item.target: g for item, g in zip(items, groups)}
    pairs: list[PredictItem] = []
    related: list[int] = []
    for item, group in zip(items, groups):
        if not item.target:
            continue
        pairs.append(item)
        related.append(1)
        s_terms = _terms(tokens(item.text))[0]
        candidates = [targets[i] for i in rng.choice(len(targets), size=min(40, len(targets)), replace=False)]
        candidates = [t for t in candidates if group_of_target[t] != group]
        if not candidates:
            continue
        other = max(candidates, key=lambda t: len(s_terms & target_terms[t]))
        pairs.append(item.model_copy(update={"target": other}))
        related.append(0)
    return pairs, related


def build_relatedness():
    """An unfitted relatedness classifier (stock scikit-learn: skops-loadable)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    return Pipeline([("scale", StandardScaler()), ("classifier", LogisticRegression(C=1.0, max_iter=1000))])
