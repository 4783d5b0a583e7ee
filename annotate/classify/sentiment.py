"""Word valence for stance features that carry over to new claims (after Bar-Haim et al. 2017).

A statement supports a claim when its polarity agrees with the claim's ("X is good" / "X helps
people"), and opposes it when they disagree ("X is good" / "X causes harm"), whatever the topic.
The valences are VADER's lexicon (Hutto & Gilbert 2014, MIT licence, shipped in the
``vaderSentiment`` package: about 7,500 words and emoticons scored -4..+4); only the word list is
read, VADER's own scorer is not run (it is ~20x slower than a dictionary look-up per token).

Limits: a word's valence is flipped when one of the :data:`NEGATORS_BEFORE` tokens before it
holds a negation ("not good"); intensifiers, "but"-clauses and sarcasm are not modelled. The
claim's polarity is its summed valence's sign (positive when it has none), flipped by a
negation or a :data:`NEGATIVE_ACTIONS` verb ("ban", "abolish", "restrict"): the "contrast
relation" of Bar-Haim et al. reduced to a word list.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from annotate.classify.lexicons import NEGATION_WORDS

NEGATORS_BEFORE = 3

#: Contrast and concession markers ("but", "however"): the claim's point is turned around.
CONTRAST_WORDS: frozenset[str] = frozenset(
    {
        "but", "however", "although", "though", "yet", "whereas", "instead", "rather", "nevertheless",
        "nonetheless", "despite", "unlike", "while", "still", "actually", "contrary", "otherwise", "only",
    }
)

#: Actions against their object: "ban X", "abolish X", "limit X" (the claim is against X).
NEGATIVE_ACTIONS: frozenset[str] = frozenset(
    {
        "ban", "banned", "banning", "bans", "prohibit", "prohibited", "prohibiting", "prohibition", "abolish",
        "abolished", "abolishing", "abolition", "end", "ending", "stop", "stopping", "restrict", "restricted",
        "restricting", "restriction", "restrictions", "limit", "limited", "limiting", "limits", "reduce",
        "reduced", "reducing", "cut", "cutting", "eliminate", "eliminating", "criminalize", "criminalise",
        "outlaw", "outlawed", "against", "oppose", "opposed", "remove", "removed", "removing", "scrap",
        "scrapped", "withdraw", "withdrawal", "leave", "boycott", "boycotting", "sanction", "sanctions",
        "tax", "taxed", "taxing", "lower", "lowering", "deny", "denied", "refuse", "refused", "reject",
        "rejected", "harmful", "harm", "harms", "dangerous", "bad", "worse", "unnecessary", "unjustified",
    }
)


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """word -> valence (-4..+4) of VADER's lexicon, read once from the installed package."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            out[parts[0].lower()] = float(parts[1])
    return out


def _negated(toks: list[str], i: int) -> bool:
    return any(t in NEGATION_WORDS or t.endswith("n't") for t in toks[max(0, i - NEGATORS_BEFORE) : i])


def sentiment(toks: list[str]) -> tuple[float, float]:
    """(positive, negative) valence sums of ``toks`` (both >= 0, on VADER's scale / 4), negation-aware."""
    lexicon = valences()
    positive = negative = 0.0
    for i, tok in enumerate(toks):
        value = lexicon.get(tok)
        if value is None:
            continue
        if _negated(toks, i):
            value = -0.5 * value  # "not good" is mildly bad, not as bad as "bad"
        if value > 0:
            positive += value / 4.0
        else:
            negative -= value / 4.0
    return positive, negative


def polarity_near(toks: list[str], anchors: list[int], window: int) -> float:
    """Net valence (positive - negative, / 4) of the words within ``window`` tokens of any anchor."""
    if not anchors:
        return 0.0
    lexicon = valences()
    total = 0.0
    for i, tok in enumerate(toks):
        value = lexicon.get(tok)
        if value is None or not any(abs(i - a) <= window for a in anchors):
            continue
        total += (-0.5 * value if _negated(toks, i) else value) / 4.0
    return total


def valence_terms(toks: list[str]) -> tuple[tuple[int, float], ...]:
    """(position, negation-aware valence / 4) of each scored word: what :func:`polarity_near` sums near anchors."""
    lexicon = valences()
    out = []
    for i, tok in enumerate(toks):
        value = lexicon.get(tok)
        if value is not None:
            out.append((i, (-0.5 * value if _negated(toks, i) else value) / 4.0))
    return tuple(out)


def valence_sums(valence: tuple[tuple[int, float], ...]) -> tuple[float, float]:
    """:func:`sentiment` from :func:`valence_terms`' output (the same sums, in the same order)."""
    positive = negative = 0.0
    for _, value in valence:
        if value > 0:
            positive += value
        else:
            negative -= value
    return positive, negative
