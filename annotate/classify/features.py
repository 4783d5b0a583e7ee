"""Hand-made features of a statement (and of a statement/target pair), as plain data.

:func:`feature_rows` turns :class:`~annotate.records.PredictItem` records into the columns a
trained pipeline reads (``FEATURE_COLUMNS``); the pipeline itself is stock scikit-learn, so
the model file holds no code of ours. :data:`FEATURES_VERSION` is stored in each model's
metadata: a model made with other features is refused at load time.

Limits:
- Tokens are lower-cased ``[a-z0-9]`` runs (plus ``n't``); "stems" are crude suffix
  strips and prefixes, enough to match "denied"/"deny" or "Turkey"/"Turkish", not a lemmatiser.
- "Near" means within :data:`WINDOW` tokens; negation scope and clause structure are not parsed.
- Hedges are counted in total and per kind (``lexicons.HEDGE_MODAL``, ``HEDGE_ATTRIBUTION``,
  ``HEDGE_RUMOUR``, ``HEDGE_EVIDENTIAL``); a hedge inside a quotation or about another clause
  ("the alleged rapist") counts like any other.
- Pair features compare the statement with the target claim only; the article context is not read.
- The structure template (:func:`template`) keeps only function words, lexicon words and
  ``: ? ! "``; every other word becomes a placeholder, so its n-grams ("_t_ _t_ , officials say
  </s>", "<s> _x_ : _t_") generalise across claims but cannot see synonyms or word order beyond n.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Optional

from annotate.classify.lexicons import (
    ATTRIBUTION_WORDS,
    CUE_CLASSES,
    HEDGE_ATTRIBUTION,
    HEDGE_EVIDENTIAL,
    HEDGE_MODAL,
    HEDGE_PHRASES,
    HEDGE_RUMOUR,
    HEDGE_WORDS,
    NEGATION_WORDS,
    REFUTE_WORDS,
    RULE_HEDGES,
    STOPWORDS,
    SUPPORT_WORDS,
    UNCOMMITTED_PHRASES,
)
from annotate.lexicon import verb_forms
from annotate.records import PredictItem

FEATURES_VERSION = 4
WINDOW = 5
PREFIX = 4  # tokens sharing their first PREFIX characters count as the same term
SHARED_MARK = "_t_"  # replaces target terms in the masked text (pair n-grams such as "not _t_")
OTHER_MARK = "_x_"  # replaces other content words in the structure template
NUMBER_MARK = "_n_"

_TOKEN = re.compile(r"[a-z0-9]+(?:n't|'[a-z]+)?")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
_SPACES = re.compile(r"\s+")
_TEMPLATE_TOKEN = re.compile(r"[a-z0-9]+(?:n't|'[a-z]+)?|[:?!\"]")

#: Numeric feature columns, in order.
NUMERIC_COLUMNS: tuple[str, ...] = (
    "anonymous",
    "n_tokens",
    "question",
    "hedge",
    "hedge_modal",
    "hedge_attribution",
    "hedge_rumour",
    "hedge_evidential",
    "hedge_phrase",
    "uncommitted",
    "negation",
    "refute",
    "support",
    "target_overlap",
    "statement_overlap",
    "jaccard",
    "char_similarity",
    "refute_near",
    "negation_near",
    "support_near",
    "hedge_near",
    "target_negated",
    "polarity_flip",
    "has_target",
)
#: Text columns (each gets its own vectorizer) and categorical columns (one-hot).
TEXT_COLUMNS: tuple[str, ...] = ("text", "masked", "template")
CATEGORY_COLUMNS: tuple[str, ...] = ("cue_lemma", "cue_class", "kind")
FEATURE_COLUMNS: tuple[str, ...] = TEXT_COLUMNS + CATEGORY_COLUMNS + NUMERIC_COLUMNS


def normalise(text: str) -> str:
    """Lower-case, straight quotes, accents stripped ("Türkiye" -> "turkiye"), single spaces."""
    text = text.translate(_QUOTES).lower()
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _SPACES.sub(" ", text).strip()


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalise(text))


def term(token: str) -> str:
    """The comparison key of a token (its first PREFIX characters: "Turkey", "Turkish", "Türkiye").

    Crude ("office" also matches "officials"), but measured against finer matchers on Emergent's
    grouped CV (deterministic split / mean of 5 shuffled splits, prefix 4: 0.777 / 0.782): a
    suffix-stripping stemmer 0.780 / 0.779, stemmer then 4 or 5 characters 0.779 / 0.780 and
    0.780 / 0.779, prefix 5 0.779 / 0.781, prefix 3 0.776 / 0.782, exact match 0.779 / 0.777.
    All within split noise, none better on both, so the prefix stays (a guess at why: it also
    joins "Iraq"/"Iraqi" and "Britain"/"British", which a suffix stripper misses).
    """
    return token[:PREFIX]


def content_terms(toks: Iterable[str]) -> set[str]:
    return {term(t) for t in toks if t not in STOPWORDS and len(t) > 1}


def _lemma_candidates(word: str) -> list[str]:
    out = [word]
    if word.endswith("ied") or word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("ing"):
        out += [word[:-3], word[:-3] + "e"]
    if word.endswith("ed"):
        out += [word[:-2], word[:-1]]
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return out


_CUE_LEMMAS = {lemma: name for name, lemmas in CUE_CLASSES.items() for lemma in lemmas}


def cue_lemma_class(cue: Optional[str]) -> tuple[str, str]:
    """(lemma, class) of the reporting cue: the first cue word whose lemma is in CUE_CLASSES.

    ("", "none") without a cue; (last word, "other") when no word is known.
    """
    if not cue:
        return "", "none"
    words = tokens(cue)
    for word in words:
        for candidate in _lemma_candidates(word):
            if candidate in _CUE_LEMMAS:
                return candidate, _CUE_LEMMAS[candidate]
    return (words[-1] if words else ""), "other"


def _word_forms(lemmas: Iterable[str]) -> frozenset[str]:
    """Regular inflections of ``lemmas`` ("deny" -> denies, denied, denying), the inverse of _lemma_candidates
    (regular rules only: the template words the models were trained with)."""
    return frozenset(form for lemma in lemmas for form in verb_forms(lemma, irregular=False))


#: Words the structure template keeps verbatim: function words, the lexicons, attribution
#: words and the inflected forms of the reporting-cue lemmas.
TEMPLATE_WORDS: frozenset[str] = (
    STOPWORDS | HEDGE_WORDS | RULE_HEDGES | NEGATION_WORDS | REFUTE_WORDS | SUPPORT_WORDS | ATTRIBUTION_WORDS
    | _word_forms(lemma for lemmas in CUE_CLASSES.values() for lemma in lemmas)
)


def template(norm: str, target_terms: frozenset[str] | set[str] = frozenset()) -> str:
    """The statement's structure: TEMPLATE_WORDS and ``: ? ! "`` kept, target terms -> SHARED_MARK,
    numbers -> NUMBER_MARK, other words -> OTHER_MARK, between ``<s>`` and ``</s>``.

    ``norm`` is :func:`normalise`d text. "Official: Houthis take 12 weapons" against the claim
    "Houthi rebels took weapons" gives ``<s> official : _t_ _x_ _n_ _t_ </s>``.
    """
    out = ["<s>"]
    for token in _TEMPLATE_TOKEN.findall(norm):
        if token in TEMPLATE_WORDS or token in ':?!"' or token.endswith("n't"):
            out.append(token)
        elif term(token) in target_terms:
            out.append(SHARED_MARK)
        elif token.isdigit():
            out.append(NUMBER_MARK)
        else:
            out.append(OTHER_MARK)
    out.append("</s>")
    return " ".join(out)


def _char_grams(text: str, n: int = 3) -> set[str]:
    text = f" {text} "
    return {text[i : i + n] for i in range(len(text) - n + 1)}


@dataclass(frozen=True)
class Lexical:
    """Lexicon hits of one statement (also what the rule priors read)."""

    toks: list[str]
    norm: str
    hedges: int
    strong_hedges: int
    modal_hedges: int  # HEDGE_MODAL words ("may", "could")
    attributions: int  # HEDGE_ATTRIBUTION words ("reportedly", "claims", "says")
    rumours: int  # HEDGE_RUMOUR words ("rumour", "unconfirmed")
    evidentials: int  # HEDGE_EVIDENTIAL words ("apparently", "suggests")
    hedge_phrases: int
    uncommitted: bool
    negations: int
    refutes: int
    supports: int
    question: bool


def lexical(text: str) -> Lexical:
    norm = normalise(text)
    toks = _TOKEN.findall(norm)
    return Lexical(
        toks=toks,
        norm=norm,
        hedges=sum(map(HEDGE_WORDS.__contains__, toks)),
        strong_hedges=sum(map(RULE_HEDGES.__contains__, toks)),
        modal_hedges=sum(map(HEDGE_MODAL.__contains__, toks)),
        attributions=sum(map(HEDGE_ATTRIBUTION.__contains__, toks)),
        rumours=sum(map(HEDGE_RUMOUR.__contains__, toks)),
        evidentials=sum(map(HEDGE_EVIDENTIAL.__contains__, toks)),
        hedge_phrases=sum(map(norm.__contains__, HEDGE_PHRASES)),
        uncommitted=any(map(norm.__contains__, UNCOMMITTED_PHRASES)),
        negations=sum(map(NEGATION_WORDS.__contains__, toks)) + sum(t.endswith("n't") and t not in NEGATION_WORDS for t in toks if "'" in t),
        refutes=sum(map(REFUTE_WORDS.__contains__, toks)),
        supports=sum(map(SUPPORT_WORDS.__contains__, toks)),
        question="?" in text,
    )


@dataclass(frozen=True)
class Pair:
    """How a statement bears on a target claim."""

    target_overlap: float  # share of the target's content terms found in the statement
    statement_overlap: float  # share of the statement's content terms found in the target
    jaccard: float
    char_similarity: float  # Jaccard of character trigrams
    refute_near: int  # refuting words within WINDOW tokens of a shared term
    negation_near: int
    support_near: int
    hedge_near: int
    target_negated: bool
    masked: str  # the statement with shared terms replaced by SHARED_MARK


EMPTY_PAIR = Pair(0.0, 0.0, 0.0, 0.0, 0, 0, 0, 0, False, "")


@dataclass(frozen=True)
class TargetTerms:
    """What the pair features need of a target claim (computed once per distinct target)."""

    toks: list[str]
    terms: set[str]
    grams: set[str]
    negated: bool


def target_terms(target: str) -> TargetTerms:
    toks = tokens(target)
    return TargetTerms(
        toks=toks,
        terms=content_terms(toks),
        grams=_char_grams(normalise(target)),
        negated=any(t in NEGATION_WORDS or t.endswith("n't") for t in toks),
    )


def pair(lex: Lexical, target: Optional[str], known: Optional[TargetTerms] = None) -> Pair:
    if not target:
        return EMPTY_PAIR
    info = known or target_terms(target)
    t_terms = info.terms
    s_terms = content_terms(lex.toks)
    shared = t_terms & s_terms
    anchors = [i for i, t in enumerate(lex.toks) if term(t) in shared and t not in STOPWORDS]

    def near(words: frozenset[str], negation: bool = False) -> int:
        hits = [i for i, t in enumerate(lex.toks) if t in words or (negation and t.endswith("n't"))]
        return sum(1 for p in hits if any(abs(p - a) <= WINDOW for a in anchors)) if anchors else 0

    anchor_set = set(anchors)
    masked = " ".join(SHARED_MARK if i in anchor_set else t for i, t in enumerate(lex.toks))
    a, b = _char_grams(lex.norm), info.grams
    union = t_terms | s_terms
    return Pair(
        target_overlap=len(shared) / len(t_terms) if t_terms else 0.0,
        statement_overlap=len(shared) / len(s_terms) if s_terms else 0.0,
        jaccard=len(shared) / len(union) if union else 0.0,
        char_similarity=len(a & b) / len(a | b) if a | b else 0.0,
        refute_near=near(REFUTE_WORDS),
        negation_near=near(NEGATION_WORDS, negation=True),
        support_near=near(SUPPORT_WORDS),
        hedge_near=near(HEDGE_WORDS),
        target_negated=info.negated,
        masked=masked,
    )


def feature_row(item: PredictItem, known: Optional[TargetTerms] = None, lex: Optional[Lexical] = None) -> dict:
    """The feature columns of one item (see FEATURE_COLUMNS); ``lex`` is ``lexical(item.text)`` if already computed."""
    lex = lex or lexical(item.text)
    p = pair(lex, item.target, known)
    lemma, cue_class = cue_lemma_class(item.cue)
    contradicts = p.refute_near + p.negation_near
    t_terms = (known or target_terms(item.target)).terms if item.target else frozenset()
    return {
        "text": lex.norm,
        "masked": p.masked,
        "template": template(lex.norm, t_terms),
        "cue_lemma": lemma,
        "cue_class": cue_class,
        "kind": item.kind or "none",
        "anonymous": float(bool(item.anonymous)),
        "n_tokens": min(len(lex.toks), 100) / 100.0,
        "question": float(lex.question),
        "hedge": float(min(lex.hedges, 3)),
        "hedge_modal": float(min(lex.modal_hedges, 3)),
        "hedge_attribution": float(min(lex.attributions, 3)),
        "hedge_rumour": float(min(lex.rumours, 3)),
        "hedge_evidential": float(min(lex.evidentials, 3)),
        "hedge_phrase": float(min(lex.hedge_phrases, 3)),
        "uncommitted": float(lex.uncommitted),
        "negation": float(min(lex.negations, 3)),
        "refute": float(min(lex.refutes, 3)),
        "support": float(min(lex.supports, 3)),
        "target_overlap": p.target_overlap,
        "statement_overlap": p.statement_overlap,
        "jaccard": p.jaccard,
        "char_similarity": p.char_similarity,
        "refute_near": float(min(p.refute_near, 3)),
        "negation_near": float(min(p.negation_near, 3)),
        "support_near": float(min(p.support_near, 3)),
        "hedge_near": float(min(p.hedge_near, 3)),
        "target_negated": float(p.target_negated),
        "polarity_flip": float(p.target_negated != bool(contradicts)),
        "has_target": float(bool(item.target)),
    }


def feature_frame(items: Iterable[PredictItem], lexes: Optional[list[Lexical]] = None):
    """A pandas DataFrame of FEATURE_COLUMNS, one row per item (``lexes``: their ``lexical()``, if already computed)."""
    import pandas as pd

    cache: dict[str, TargetTerms] = {}  # local: targets repeat across a batch

    def known(target: Optional[str]) -> Optional[TargetTerms]:
        if not target:
            return None
        if target not in cache:
            if len(cache) > 10_000:
                cache.clear()
            cache[target] = target_terms(target)
        return cache[target]

    items = list(items)
    lexes = lexes or [lexical(item.text) for item in items]
    rows = [feature_row(item, known(item.target), lex) for item, lex in zip(items, lexes)]
    return pd.DataFrame(rows, columns=list(FEATURE_COLUMNS))
