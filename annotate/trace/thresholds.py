"""Measure the trace thresholds: ``python -m annotate.trace.thresholds [EMERGENT_TRAIN_CSV]``.

1. The seeds: pairwise precision/recall against ``data/gold/seeds-clusters.jsonl`` over a grid
   of ``high`` x ``low`` (in-sample: the seeds are the only gold clusters).
2. Emergent's train headlines (research data, read only to measure): pairs of headlines of
   different articles, "same claim" = same ``claim_id``; precision/recall of the bare cosine
   (no sources there) at each threshold. It shows what the near-duplicate rule (``HIGH``)
   alone links, and why ``LOW`` needs the source-class tie-breaker.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np


def seeds_grid() -> list[tuple[float, float, float, float]]:
    from annotate.extract import Extractor
    from annotate.paths import ROOT
    from annotate.readers import iter_articles
    from annotate.trace.cluster import trace
    from annotate.trace.gold import read_gold_clusters, score_clusters

    statements = [s for s in Extractor().extract_many(iter_articles([ROOT / "seeds"])) if s.content is not None]
    gold = read_gold_clusters()
    rows = []
    for high in (0.4, 0.45, 0.5, 0.6, 0.7):
        for low in (0.18, 0.2, 0.22, 0.24, 0.26, 0.28, 0.3, 0.35):
            score = score_clusters(trace(statements, high=high, low=low), statements, gold)
            rows.append((high, low, score.precision, score.recall))
    return rows


def emergent_pairs(path: Path, thresholds=(0.2, 0.24, 0.3, 0.4, 0.5, 0.6, 0.7)) -> list[tuple[float, int, float, float]]:
    import pandas as pd
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    from annotate.trace.cluster import _plain

    frame = pd.read_csv(path).drop_duplicates("article_id")
    vectors = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit_transform([_plain(str(t)) for t in frame.headline])
    sims = cosine_similarity(vectors)
    claims = frame.claim_id.to_numpy()
    upper = np.triu_indices(len(frame), 1)
    values, same = sims[upper], claims[upper[0]] == claims[upper[1]]
    out = []
    for threshold in thresholds:
        chosen = values >= threshold
        out.append((threshold, int(chosen.sum()), float(same[chosen].mean()) if chosen.any() else 0.0, float((chosen & same).sum() / same.sum())))
    print(f"Emergent {path}: {len(frame)} headlines, {frame.claim_id.nunique()} claims, {int(same.sum()):,} same-claim pairs of {len(values):,}")
    return out


def main(argv: list[str]) -> None:
    print("seeds: high low precision recall")
    for high, low, p, r in seeds_grid():
        print(f"  {high:.2f} {low:.2f} {p:.3f} {r:.3f}")
    if argv:
        for threshold, pairs, p, r in emergent_pairs(Path(argv[0])):
            print(f"  cosine >= {threshold:.2f}: {pairs:6d} pairs, precision {p:.3f}, recall {r:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
