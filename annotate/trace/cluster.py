"""Group statements from different articles that report the same utterance or claim.

How (measured choices in docs/experiments-trace.md):

1. **Utterance units** inside one article: statements in the same or the next paragraph whose
   sources are of one class (:mod:`annotate.trace.classes`) are one speaker's utterance
   ("a Turkish diplomatic source denied X, adding Y"; "the official said ..."). A unit is
   matched as a whole, so a paraphrased half finds its outlet through the quoted half.
2. **Similarity**: cosine of character n-gram TF-IDF vectors (scikit-learn, ``char_wb``
   3-5-grams, sublinear tf), fitted on the input's own statements. Text is lower-cased,
   accents dropped, typographic quotes unified and "Türkiye" read as "Turkey". A content
   of fewer than :data:`SHORT_WORDS` words ("Israel is not seeking", "these allegations")
   is compared through the sentence that holds it.
3. **Links** between units of different articles: some member pair reaches
   :data:`HIGH` (a near-duplicate, whoever the source), or reaches :data:`LOW` and the two
   sources are of one class (the tie-breaker). Clusters are the connected components that
   span at least two articles.

Limits: the thresholds were measured on the seeds (51 statements, in-sample) and checked
on Emergent's headlines grouped by claim (no sources there); paraphrases that share few
character n-grams ("merely visiting" for "visit from time to time") join only through their
unit; a statement whose content is just a pronoun phrase ("this") joins only through its
unit. Pairs are O(n^2) in the number of statements: fine for a story's articles (thousands),
not for a whole archive at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from typing import Iterable, Optional, Sequence

import numpy as np
from pydantic import BaseModel, Field
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from annotate.records import Statement
from annotate.trace.classes import compatible, source_class

#: A pair at least this alike is one utterance whatever the sources (near-duplicate quotes).
HIGH = 0.5
#: A pair at least this alike is one utterance when the sources are of one class.
LOW = 0.24
#: Contents shorter than this many words are compared through their sentence.
SHORT_WORDS = 5
#: Cue words that hedge a statement (the cue is "hedged" rather than "flat").
HEDGED_CUES = frozenset(
    """claimed alleged alleges allegedly reportedly purportedly rumoured rumored suggested suggests speculated
    believed believes indicated indicating indicates hinted hints appeared appears suspected suspects""".split()
)
DIRECT_KINDS = frozenset({"direct", "mixed"})
_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+")
#: A content opening on one of these refers back ("The two security officials discussed ..."):
#: it is compared together with the sentence before it, which says who or what it is.
ANAPHORIC_START = re.compile(r"^(the two|the three|both|they|the meeting|the talks|the visit|the trip)\b", re.IGNORECASE)


class LabelValue(BaseModel):
    """A stance or certainty label on a member, from an annotation or a model's prediction."""

    label: str
    origin: str = Field(description="'annotation' or 'prediction'")
    model_version: Optional[str] = None
    target: Optional[str] = None


class Member(BaseModel):
    """One statement of a cluster, as its outlet reported it."""

    statement_id: str
    article_id: str
    outlet: str
    content: str
    source: Optional[str] = None
    source_label: Optional[str] = None
    source_type: Optional[str] = None
    anonymous: bool = False
    via: Optional[str] = None
    cue: Optional[str] = None
    cue_style: str = Field(description="'hedged' (claimed, reportedly, ...) or 'flat' (said, denied, ...)")
    kind: str = Field(description="'direct' (quoted) or 'paraphrase'")
    statement_kind: str
    stance: Optional[LabelValue] = None
    certainty: Optional[LabelValue] = None


class Difference(BaseModel):
    """How outlets differ in reporting one utterance."""

    kind: str = Field(description="named_vs_anonymous | source_label | direct_vs_paraphrase | hedged_vs_flat | via")
    detail: str
    members: dict[str, list[str]] = Field(description="value -> statement ids that have it")


class Cluster(BaseModel):
    """Statements of several articles that report one utterance or claim."""

    id: str
    articles: list[str]
    outlets: list[str]
    size: int
    members: list[Member]
    differences: list[Difference]
    score: float = Field(description="Lowest similarity of the links that built the cluster.")


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return text.replace("turkiye", "turkey")


def _sentence(statement: Statement, previous: bool = False) -> str:
    """The sentence of the paragraph that holds the statement's content (the content if unknown);
    with ``previous``, that sentence and the one before it."""
    content, context = statement.content, statement.context
    if content is None:
        return ""
    if context is None or not (context.start <= content.start and content.end <= context.end):
        return content.text
    start = content.start - context.start
    offset = 0
    before = ""
    for sentence in _SENTENCE_END.split(context.text):
        at = context.text.find(sentence, offset)
        if at <= start < at + len(sentence) + 1:
            return f"{before} {sentence}" if previous else sentence
        offset = at + len(sentence)
        before = sentence
    return content.text


def match_text(statement: Statement) -> str:
    """What the similarity reads of a statement (see the module docstring)."""
    content = statement.content.text if statement.content else ""
    if len(content.split()) < SHORT_WORDS:
        content = _sentence(statement) or content
    elif ANAPHORIC_START.match(content):
        content = f"{_sentence(statement, previous=True)} {content}"
    return _plain(content)


def similarity(statements: Sequence[Statement], rows: Optional[Sequence[int]] = None) -> np.ndarray:
    """Cosine similarity of char n-gram TF-IDF vectors of the statements' match texts.

    ``rows``: only these statements against all (a ``len(rows) x n`` matrix), for a few
    annotated statements in a large project; default all against all (``n x n``).
    """
    texts = [match_text(s) for s in statements]
    if not texts:
        return np.zeros((0, 0))
    vectors = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit_transform(texts)
    return cosine_similarity(vectors if rows is None else vectors[list(rows)], vectors)


def _paragraph(statement: Statement) -> int:
    return statement.context.start if statement.context is not None else (statement.content.start if statement.content else 0)


def units(statements: Sequence[Statement]) -> list[list[int]]:
    """Indices of statements grouped into utterance units (one article, one source class, adjacent paragraphs)."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for index, statement in enumerate(statements):
        by_article[statement.article_id].append(index)
    out: list[list[int]] = []
    for indices in by_article.values():
        indices.sort(key=lambda i: statements[i].content.start if statements[i].content else 0)
        paragraphs = sorted({_paragraph(statements[i]) for i in indices})
        rank = {start: n for n, start in enumerate(paragraphs)}
        open_units: list[list[int]] = []
        for index in indices:
            cls = source_class(statements[index])
            here = rank[_paragraph(statements[index])]
            joined = False
            if cls[1] is not None and statements[index].source is not None:
                for unit in reversed(open_units):
                    last = statements[unit[-1]]
                    if here - rank[_paragraph(last)] > 1:
                        break
                    if last.source is not None and source_class(last) == cls:
                        unit.append(index)
                        joined = True
                        break
            if not joined:
                open_units.append([index])
        out.extend(open_units)
    return out


def link_pairs(statements: Sequence[Statement], sims: np.ndarray, high: float = HIGH, low: float = LOW,
               rows: Optional[Sequence[int]] = None) -> list[tuple[int, int, float]]:
    """Cross-article statement pairs that pass the link rule, with their similarity.

    ``sims`` is :func:`similarity`'s matrix; with ``rows``, its rows are those statements
    (pairs ``(rows[r], j)`` for every j then, both orders kept apart from i == j).
    """
    classes = [source_class(s) for s in statements]
    out = []
    row_ids = list(rows) if rows is not None else list(range(len(statements)))
    for r, i in enumerate(row_ids):
        # only candidates above LOW are looked at: the matrix is mostly near zero
        candidates = np.nonzero(sims[r] >= min(low, high))[0]
        for j in candidates:
            j = int(j)
            if (rows is None and j <= i) or j == i or statements[i].article_id == statements[j].article_id:
                continue
            sim = float(sims[r, j])
            if sim >= high or (sim >= low and compatible(classes[i], classes[j])):
                out.append((i, j, sim))
    return out


def group(statements: Sequence[Statement], high: float = HIGH, low: float = LOW) -> list[tuple[list[int], float]]:
    """Clusters as lists of statement indices (each spanning >= 2 articles), with their weakest link."""
    statements = [s for s in statements]
    sims = similarity(statements)
    unit_list = units(statements)
    unit_of = {i: u for u, members in enumerate(unit_list) for i in members}
    parent = list(range(len(unit_list)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    weakest: dict[tuple[int, int], float] = {}
    for i, j, sim in link_pairs(statements, sims, high, low):
        a, b = unit_of[i], unit_of[j]
        key = (min(a, b), max(a, b))
        weakest[key] = max(weakest.get(key, 0.0), sim)  # the best link between two units
    for a, b in weakest:
        parent[find(a)] = find(b)
    components: dict[int, list[int]] = defaultdict(list)
    for u in range(len(unit_list)):
        components[find(u)].append(u)
    out = []
    for unit_ids in components.values():
        members = sorted(i for u in unit_ids for i in unit_list[u])
        if len({statements[i].article_id for i in members}) < 2:
            continue
        links = [sim for (a, b), sim in weakest.items() if a in unit_ids]
        out.append((members, min(links) if links else 1.0))
    out.sort(key=lambda item: (-len({statements[i].article_id for i in item[0]}), -len(item[0]), item[0][0]))
    return out


def cue_style(statement: Statement) -> str:
    words = set(re.findall(r"[a-z]+", (statement.cue.text if statement.cue else "").lower()))
    return "hedged" if words & HEDGED_CUES else "flat"


def outlet_of(statement: Statement) -> str:
    """The statement's outlet, else its article id (the seeds carry no outlet)."""
    return statement.outlet or statement.article_id


def member(statement: Statement, labels: Optional[dict[str, LabelValue]] = None) -> Member:
    labels = labels or {}
    return Member(
        statement_id=statement.id,
        article_id=statement.article_id,
        outlet=outlet_of(statement),
        content=statement.content.text if statement.content else "",
        source=statement.source.text if statement.source else None,
        source_label=statement.source_label,
        source_type=statement.source_type,
        anonymous=statement.anonymous,
        via=statement.via.text if statement.via else None,
        cue=statement.cue.text if statement.cue else None,
        cue_style=cue_style(statement),
        kind="direct" if statement.kind in DIRECT_KINDS else "paraphrase",
        statement_kind=statement.kind,
        stance=labels.get("stance"),
        certainty=labels.get("certainty"),
    )


def differences(members: Sequence[Member]) -> list[Difference]:
    """The ways the outlets differ (only where more than one article is on each side)."""
    checks = (
        ("named_vs_anonymous", lambda m: "anonymous" if m.anonymous else "named", "named in one outlet, anonymous in another"),
        ("source_label", lambda m: m.source_label or "(no source)", "different source labels"),
        ("direct_vs_paraphrase", lambda m: m.kind, "quoted directly in one outlet, paraphrased in another"),
        ("hedged_vs_flat", lambda m: m.cue_style, "a hedged cue in one outlet, a flat one in another"),
        ("via", lambda m: m.via or "(direct)", "reached through different intermediaries"),
    )
    out = []
    for kind, value, detail in checks:
        sides: dict[str, list[str]] = defaultdict(list)
        articles: dict[str, set[str]] = defaultdict(set)
        for m in members:
            sides[value(m)].append(m.statement_id)
            articles[value(m)].add(m.article_id)
        if len(sides) > 1 and len(set().union(*articles.values())) > 1:
            # a difference between outlets, not just inside one article
            if any(articles[a] != articles[b] for a in articles for b in articles if a != b):
                out.append(Difference(kind=kind, detail=detail, members=dict(sides)))
    return out


def trace(statements: Iterable[Statement], labels: Optional[dict[str, dict[str, LabelValue]]] = None,
          high: float = HIGH, low: float = LOW) -> list[Cluster]:
    """Clusters of statements from different articles that report one utterance (see the module docstring).

    ``labels``: statement id -> {"stance": LabelValue, "certainty": LabelValue}, shown on the members.
    """
    statements = [s for s in statements if s.content is not None]
    labels = labels or {}
    clusters = []
    for number, (indices, weakest) in enumerate(group(statements, high, low), start=1):
        members = [member(statements[i], labels.get(statements[i].id)) for i in indices]
        articles = sorted({m.article_id for m in members})
        clusters.append(Cluster(
            id=f"c{number:03d}", articles=articles, outlets=sorted({m.outlet for m in members}), size=len(members),
            members=members, differences=differences(members), score=round(weakest, 3),
        ))
    return clusters
