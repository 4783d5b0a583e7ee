"""Score traced clusters against a gold file of expected clusters: pairwise precision and recall.

Gold format (``data/gold/seeds-clusters.jsonl``, one cluster a line)::

    {"cluster": "turkish-denial", "claim": "...", "members": [
        {"doc": "000_86151a200f2d23fc.txt", "content_start": 1405, "content_end": 1462,
         "content": "...", "source": "...", "label": "..."}, ...]}

Members are rows of the attributions gold (``data/gold/seeds-attributions.jsonl``), named
by document and content offsets. Every gold attribution not listed in a cluster is a
singleton: the gold is complete for its documents.

Scoring: each traced statement is matched one-to-one to a gold attribution of its
document by content (character Dice >= 0.5, the rule of ``annotate evaluate``). A pair
of statements is *predicted* when both are in one traced cluster, *gold* when both are in
one gold cluster. Precision = predicted pairs that are gold pairs / predicted pairs,
recall = gold pairs found / gold pairs. A predicted pair with a statement that matches no
gold attribution cannot be judged; it is counted apart (``unjudged``), not as an error. A
gold pair whose statement the extractor missed counts as not found.
"""

from __future__ import annotations

import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Iterable, Optional, Sequence

from pydantic import BaseModel

from annotate.errors import UsageError
from annotate.evaluate.gold import read_gold
from annotate.evaluate.score import PredictedRegions, match
from annotate.paths import ROOT, SEEDS_GOLD
from annotate.records import Statement
from annotate.trace.cluster import Cluster

SEEDS_CLUSTERS = ROOT / "data" / "gold" / "seeds-clusters.jsonl"

GoldKey = tuple[str, int, int]  # article id, content start, content end


class GoldCluster(BaseModel):
    cluster: str
    claim: str
    members: list[GoldKey]


class PairScore(BaseModel):
    predicted_pairs: int
    gold_pairs: int
    correct: int
    unjudged: int
    precision: float
    recall: float
    f1: float
    per_cluster: dict[str, dict]

    def describe(self) -> str:
        lines = [
            f"pairwise precision {self.precision:.3f} ({self.correct}/{self.predicted_pairs}), "
            f"recall {self.recall:.3f} ({self.correct}/{self.gold_pairs}), F1 {self.f1:.3f}; "
            f"{self.unjudged} predicted pairs with a statement outside the gold, not judged"
        ]
        for name, row in self.per_cluster.items():
            lines.append(f"  {name}: recall {row['recall']:.3f} ({row['found']}/{row['pairs']}), articles found {', '.join(row['articles_found']) or '-'}")
        return "\n".join(lines)


def read_gold_clusters(path: Path = SEEDS_CLUSTERS) -> list[GoldCluster]:
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"{path}: no such gold clusters file; give a JSONL of {{cluster, claim, members}} lines")
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            members = [(Path(m["doc"]).stem, int(m["content_start"]), int(m["content_end"])) for m in record["members"]]
            out.append(GoldCluster(cluster=str(record["cluster"]), claim=str(record.get("claim", "")), members=members))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as err:
            raise UsageError(f"{path}:{number}: not a gold cluster line ({type(err).__name__}: {err}); give cluster, claim, members[doc, content_start, content_end]") from None
    return out


def gold_keys(statements: Sequence[Statement], attributions: Path = SEEDS_GOLD) -> dict[str, GoldKey]:
    """statement id -> the gold attribution it matches (Dice >= 0.5, one-to-one per document)."""
    gold = read_gold(attributions)
    by_article: dict[str, list[Statement]] = defaultdict(list)
    for statement in statements:
        by_article[statement.article_id].append(statement)
    out: dict[str, GoldKey] = {}
    for article_id, items in gold.documents.items():
        preds = [PredictedRegions(s) for s in by_article.get(article_id, [])]
        for i, j in match("dice", items, preds):
            chars = items[i].content.chars
            out[preds[j].statement.id] = (article_id, chars[0][0], chars[-1][1])
    return out


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_clusters(clusters: Iterable[Cluster], statements: Sequence[Statement], gold_clusters: Optional[list[GoldCluster]] = None,
                   attributions: Path = SEEDS_GOLD) -> PairScore:
    """Pairwise precision and recall of ``clusters`` (traced from ``statements``) against the gold clusters."""
    gold_clusters = gold_clusters if gold_clusters is not None else read_gold_clusters()
    keys = gold_keys(statements, attributions)
    cluster_of: dict[GoldKey, str] = {key: g.cluster for g in gold_clusters for key in g.members}
    predicted = correct = unjudged = 0
    found: set[frozenset[GoldKey]] = set()
    for cluster in clusters:
        for a, b in combinations([m.statement_id for m in cluster.members], 2):
            ka, kb = keys.get(a), keys.get(b)
            if ka is None or kb is None:
                unjudged += 1
                continue
            predicted += 1
            if cluster_of.get(ka) is not None and cluster_of.get(ka) == cluster_of.get(kb):
                correct += 1
                found.add(frozenset((ka, kb)))
    gold_pairs = sum(len(g.members) * (len(g.members) - 1) // 2 for g in gold_clusters)
    per_cluster = {}
    for g in gold_clusters:
        pairs = [frozenset(p) for p in combinations(g.members, 2)]
        hit = [p for p in pairs if p in found]
        per_cluster[g.cluster] = {
            "pairs": len(pairs), "found": len(hit), "recall": len(hit) / len(pairs) if pairs else 0.0,
            "articles_found": sorted({key[0][:3] for p in hit for key in p}),
        }
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold_pairs if gold_pairs else 0.0
    return PairScore(predicted_pairs=predicted, gold_pairs=gold_pairs, correct=correct, unjudged=unjudged,
                     precision=round(precision, 4), recall=round(recall, 4), f1=round(_f1(precision, recall), 4), per_cluster=per_cluster)
