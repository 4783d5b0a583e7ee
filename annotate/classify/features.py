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
from functools import cached_property
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
    WEASEL_PATTERNS,
    WEASEL_WORDS,
)
from annotate.classify.headline import EMPTY as HEADLINE_EMPTY
from annotate.classify.headline import HEADLINE_COLUMNS, ClaimView, HeadlineParts, claim_view, headline_features, headline_parts
from annotate.classify.sentiment import CONTRAST_WORDS, NEGATIVE_ACTIONS, sentiment, valence_sums, valence_terms
from annotate.lexicon import verb_forms
from annotate.records import PredictItem

FEATURES_VERSION = 6
#: Feature versions whose models this code still serves: v6 only added columns (the headline/claim
#: columns of :mod:`annotate.classify.headline`), and a v5 pipeline selects its columns by name.
READABLE_FEATURES_VERSIONS: frozenset[int] = frozenset({5, 6})
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
    "weasel",
    "weasel_vague_source",
    "weasel_passive_attribution",
    "weasel_superlative",
    "weasel_impersonal",
    "weasel_modal",
    "contrast",
    "sentiment_pos",
    "sentiment_neg",
    "target_sentiment",
    "sentiment_agree",
    "sentiment_near_agree",
    "negation_agree",
    "contrast_near",
) + HEADLINE_COLUMNS
#: Columns that compare statement and target (stance only).
PAIR_ONLY_COLUMNS: tuple[str, ...] = (
    "target_overlap", "statement_overlap", "jaccard", "char_similarity", "refute_near",
    "negation_near", "support_near", "hedge_near", "target_negated", "polarity_flip", "has_target",
    "target_sentiment", "sentiment_agree", "sentiment_near_agree", "negation_agree", "contrast_near",
) + HEADLINE_COLUMNS
_WEASEL_RES = {kind: re.compile(pattern) for kind, pattern in WEASEL_PATTERNS.items()}
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
    | WEASEL_WORDS | CONTRAST_WORDS
    | _word_forms(lemma for lemmas in CUE_CLASSES.values() for lemma in lemmas)
)


def template(norm: str, target_terms: frozenset[str] | set[str] = frozenset()) -> str:
    """The statement's structure: TEMPLATE_WORDS and ``: ? ! "`` kept, target terms -> SHARED_MARK,
    numbers -> NUMBER_MARK, other words -> OTHER_MARK, between ``<s>`` and ``</s>``.

    ``norm`` is :func:`normalise`d text. "Official: Houthis take 12 weapons" against the claim
    "Houthi rebels took weapons" gives ``<s> official : _t_ _x_ _n_ _t_ </s>``.
    """
    return _template_from_parts((_template_part(token) for token in _TEMPLATE_TOKEN.findall(norm)), target_terms)


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
    weasels: int
    weasel_kinds: tuple[int, ...]  # matches of each WEASEL_PATTERNS kind, in its order
    contrasts: int
    positive: float  # summed positive / negative valence of the statement's words (negation-aware)
    negative: float
    valence: tuple[tuple[int, float], ...] = ()  # (position, valence / 4) of each scored word (sentiment.valence_terms)

    # What the pair features need of the statement whatever the target: computed on first use, once
    # per statement, so that each (statement, target) pair only intersects sets and looks up positions.

    @cached_property
    def index(self) -> "StatementIndex":
        return statement_index(self.toks, self.valence)

    @cached_property
    def grams(self) -> set[str]:
        """Character trigrams of the normalised text (for ``char_similarity``)."""
        return _char_grams(self.norm)

    @cached_property
    def headline(self) -> HeadlineParts:
        """What the headline/claim columns read of the statement (:mod:`annotate.classify.headline`)."""
        return headline_parts(self.toks, self.norm)

    @cached_property
    def template_parts(self) -> tuple[tuple[Optional[str], str, bool], ...]:
        """The structure template before the target is known: (fixed output or None, term, is a number) per token."""
        return tuple(_template_part(token) for token in _TEMPLATE_TOKEN.findall(self.norm))


@dataclass(frozen=True)
class StatementIndex:
    """Token positions of a statement by kind: what :func:`pair` reads for every target."""

    content: tuple[tuple[int, str], ...]  # (position, term) of each non-stopword token: anchor candidates
    terms: set[str]  # content_terms() of the statement (not to be edited)
    refute: tuple[int, ...]  # positions of REFUTE_WORDS
    negation: tuple[int, ...]  # NEGATION_WORDS and any "n't" token
    support: tuple[int, ...]
    hedge: tuple[int, ...]
    contrast: tuple[int, ...]
    valence: tuple[tuple[int, float], ...]  # (position, negation-aware valence / 4) of scored words
    joined: str  # the tokens joined by spaces: the masked text when no term is shared


_REFUTE, _NEGATION, _SUPPORT, _HEDGE, _CONTRAST, _STOP = 1, 2, 4, 8, 16, 32


def _word_kinds() -> dict[str, int]:
    """word -> bit set of the lexicons it is in (one look-up per token in :func:`statement_index`)."""
    kinds: dict[str, int] = {}
    lexicons = ((_REFUTE, REFUTE_WORDS), (_NEGATION, NEGATION_WORDS), (_SUPPORT, SUPPORT_WORDS), (_HEDGE, HEDGE_WORDS), (_CONTRAST, CONTRAST_WORDS), (_STOP, STOPWORDS))
    for bit, words in lexicons:
        for word in words:
            kinds[word] = kinds.get(word, 0) | bit
    return kinds


_KINDS: dict[str, int] = _word_kinds()


def statement_index(toks: list[str], valence: Optional[tuple[tuple[int, float], ...]] = None) -> StatementIndex:
    """The positions :func:`pair` reads, in one pass over ``toks`` (``valence``: ``valence_terms(toks)`` if known)."""
    kinds = _KINDS
    content: list[tuple[int, str]] = []
    terms: set[str] = set()
    refute: list[int] = []
    negation: list[int] = []
    support: list[int] = []
    hedge: list[int] = []
    contrast: list[int] = []
    for i, t in enumerate(toks):
        kind = kinds.get(t, 0)
        if "'" in t and t.endswith("n't"):
            kind |= _NEGATION
        if not kind & _STOP:
            key = t[:PREFIX]
            content.append((i, key))
            if len(t) > 1:
                terms.add(key)
        if kind:
            if kind & _REFUTE:
                refute.append(i)
            if kind & _NEGATION:
                negation.append(i)
            if kind & _SUPPORT:
                support.append(i)
            if kind & _HEDGE:
                hedge.append(i)
            if kind & _CONTRAST:
                contrast.append(i)
    return StatementIndex(
        content=tuple(content),
        terms=terms,
        refute=tuple(refute),
        negation=tuple(negation),
        support=tuple(support),
        hedge=tuple(hedge),
        contrast=tuple(contrast),
        valence=valence if valence is not None else valence_terms(toks),
        joined=" ".join(toks),
    )


def _template_part(token: str) -> tuple[Optional[str], str, bool]:
    if token in TEMPLATE_WORDS or token in ':?!"' or token.endswith("n't"):
        return token, "", False
    return None, term(token), token.isdigit()


def _template_from_parts(parts: Iterable[tuple[Optional[str], str, bool]], target_terms: frozenset[str] | set[str]) -> str:
    out = ["<s>"]
    for fixed, key, number in parts:
        if fixed is not None:
            out.append(fixed)
        elif key in target_terms:
            out.append(SHARED_MARK)
        elif number:
            out.append(NUMBER_MARK)
        else:
            out.append(OTHER_MARK)
    out.append("</s>")
    return " ".join(out)


def lexical(text: str) -> Lexical:
    norm = normalise(text)
    toks = _TOKEN.findall(norm)
    valence = valence_terms(toks)
    positive, negative = valence_sums(valence)
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
        weasels=sum(map(WEASEL_WORDS.__contains__, toks)),
        weasel_kinds=tuple(len(regex.findall(norm)) for regex in _WEASEL_RES.values()),
        contrasts=sum(map(CONTRAST_WORDS.__contains__, toks)),
        positive=positive,
        negative=negative,
        valence=valence,
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
    target_sentiment: float  # the claim's polarity: its valence, flipped by a negation or a negative action ("ban")
    sentiment_near: float  # valence of the statement's words within WINDOW of a shared term
    contrast_near: int  # contrast words ("but", "however") within WINDOW of a shared term


EMPTY_PAIR = Pair(0.0, 0.0, 0.0, 0.0, 0, 0, 0, 0, False, "", 0.0, 0.0, 0)


@dataclass(frozen=True)
class TargetTerms:
    """What the pair features need of a target claim (computed once per distinct target)."""

    toks: list[str]
    terms: set[str]
    norm: str
    negated: bool
    polarity: float
    raw: str = ""  # the claim as given (its capitalised words are names for the headline columns)

    @cached_property
    def grams(self) -> set[str]:
        return _char_grams(self.norm)

    @cached_property
    def view(self) -> ClaimView:
        """What :func:`annotate.classify.headline.headline_features` reads of the claim."""
        return claim_view(self.raw or self.norm, self.toks, PREFIX)


def target_terms(target: str) -> TargetTerms:
    norm = normalise(target)
    toks = _TOKEN.findall(norm)
    negated = any(t in NEGATION_WORDS or t.endswith("n't") for t in toks)
    positive, negative = sentiment(toks)
    polarity = float(positive > negative) - float(negative > positive)
    if polarity == 0.0:
        polarity = 1.0  # a neutral claim asserts something: agreeing words support it
    if negated or any(t in NEGATIVE_ACTIONS for t in toks):
        polarity = -polarity
    return TargetTerms(toks=toks, terms=content_terms(toks), norm=norm, negated=negated, polarity=polarity, raw=target)


class TargetCache:
    """``target_terms`` of the targets seen in one batch (targets repeat: a story has a handful of claims)."""

    def __init__(self, limit: int = 10_000) -> None:
        self.limit = limit
        self.known: dict[str, TargetTerms] = {}

    def __call__(self, target: Optional[str]) -> Optional[TargetTerms]:
        if not target:
            return None
        found = self.known.get(target)
        if found is None:
            if len(self.known) > self.limit:
                self.known.clear()
            found = self.known[target] = target_terms(target)
        return found


def lexicals(texts: Iterable[str]) -> list[Lexical]:
    """``lexical()`` of each text, computed once per distinct text (a statement paired with several targets)."""
    seen: dict[str, Lexical] = {}
    out = []
    for text in texts:
        lex = seen.get(text)
        if lex is None:
            lex = seen[text] = lexical(text)
        out.append(lex)
    return out


def _count_near(positions: tuple[int, ...], covered: set[int]) -> int:
    return sum(1 for p in positions if p in covered) if positions else 0


def pair(lex: Lexical, target: Optional[str], known: Optional[TargetTerms] = None, *, full: bool = True) -> Pair:
    """How ``lex`` bears on ``target``. ``full=False`` leaves ``masked``, ``char_similarity`` and
    ``sentiment_near`` empty (0): the rule priors do not read them."""
    if not target:
        return EMPTY_PAIR
    info = known or target_terms(target)
    index = lex.index
    t_terms = info.terms
    s_terms = index.terms
    shared = t_terms & s_terms
    anchors = [i for i, key in index.content if key in shared] if shared else []
    covered: set[int] = set()
    for a in anchors:  # positions within WINDOW tokens of a shared term
        covered.update(range(a - WINDOW, a + WINDOW + 1))
    n_union = len(t_terms) + len(s_terms) - len(shared)
    masked, char_similarity, sentiment_near = "", 0.0, 0.0
    if full:
        if anchors:
            anchor_set = set(anchors)
            masked = " ".join(SHARED_MARK if i in anchor_set else t for i, t in enumerate(lex.toks))
            total = 0.0
            for i, value in index.valence:
                if i in covered:
                    total += value
            sentiment_near = total
        else:
            masked = index.joined
        a, b = lex.grams, info.grams
        common = len(a & b)
        n_grams = len(a) + len(b) - common
        char_similarity = common / n_grams if n_grams else 0.0
    return Pair(
        target_overlap=len(shared) / len(t_terms) if t_terms else 0.0,
        statement_overlap=len(shared) / len(s_terms) if s_terms else 0.0,
        jaccard=len(shared) / n_union if n_union else 0.0,
        char_similarity=char_similarity,
        refute_near=_count_near(index.refute, covered),
        negation_near=_count_near(index.negation, covered),
        support_near=_count_near(index.support, covered),
        hedge_near=_count_near(index.hedge, covered),
        target_negated=info.negated,
        masked=masked,
        target_sentiment=info.polarity,
        sentiment_near=sentiment_near,
        contrast_near=_count_near(index.contrast, covered),
    )


def feature_row(item: PredictItem, known: Optional[TargetTerms] = None, lex: Optional[Lexical] = None) -> dict:
    """The feature columns of one item (see FEATURE_COLUMNS); ``lex`` is ``lexical(item.text)`` if already computed."""
    lex = lex or lexical(item.text)
    p = pair(lex, item.target, known)
    lemma, cue_class = cue_lemma_class(item.cue)
    contradicts = p.refute_near + p.negation_near
    info = (known or target_terms(item.target)) if item.target else None
    t_terms = info.terms if info is not None else frozenset()
    return {
        "text": lex.norm,
        "masked": p.masked,
        "template": _template_from_parts(lex.template_parts, t_terms),
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
        "weasel": float(min(lex.weasels, 5)),
        **{f"weasel_{kind}": float(min(n, 3)) for kind, n in zip(WEASEL_PATTERNS, lex.weasel_kinds)},
        "contrast": float(min(lex.contrasts, 3)),
        "sentiment_pos": min(lex.positive, 5.0),
        "sentiment_neg": min(lex.negative, 5.0),
        "target_sentiment": p.target_sentiment,
        "sentiment_agree": p.target_sentiment * (min(lex.positive, 5.0) - min(lex.negative, 5.0)),
        "sentiment_near_agree": p.target_sentiment * max(-5.0, min(5.0, p.sentiment_near)),
        "negation_agree": (p.target_sentiment if item.target else 0.0) * (-1.0 if lex.negations or lex.refutes else 1.0),
        "contrast_near": float(min(p.contrast_near, 3)),
        **_headline_columns(lex, info),
    }


def _headline_columns(lex: Lexical, info: Optional[TargetTerms]) -> dict[str, float]:
    if info is None:
        return dict(HEADLINE_EMPTY)
    index = lex.index
    return headline_features(lex.headline, index.content, index.negation, index.refute, info.view, PREFIX)


def feature_frame(items: Iterable[PredictItem], lexes: Optional[list[Lexical]] = None):
    """A pandas DataFrame of FEATURE_COLUMNS, one row per item (``lexes``: their ``lexical()``, if already computed)."""
    import pandas as pd

    known = TargetCache()  # local: targets repeat across a batch
    items = list(items)
    lexes = lexes or lexicals(item.text for item in items)
    rows = [feature_row(item, known(item.target), lex) for item, lex in zip(items, lexes)]
    return pd.DataFrame(rows, columns=list(FEATURE_COLUMNS))
