"""Recall by construction type: which kinds of gold attribution an extraction misses (issue 12).

``python -m annotate.evaluate.constructions GOLD_FOLDER PREDICTIONS.jsonl`` prints one row per type:
gold count, share, recall (Dice >= 0.5 content match, as `annotate evaluate`), missed count, share of
the missed mass, and documents with a miss. Types are read from the gold spans, first that applies:

- ``headline``: the content starts on the title line;
- ``no-cue``: the gold has no cue;
- ``according``: the cue holds "according";
- ``direct``: the content is one quotation (opens and closes with a quote mark, at most two marks);
- ``mixed``: the content holds a quote mark;
- ``noun/other``: no word of the cue is a cue-verb form (:data:`annotate.extract.lexicons.CUE_FORMS`):
  "criticism of", "in", "appeared", "referring to" ...;
- ``indirect``: the rest.

Limits: brat gold folders only (the texts are read from ``text/``); a title line is the first line of
an article the reader gives a title.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from annotate.evaluate.gold import Gold, GoldAttribution, read_gold
from annotate.evaluate.score import PredictedRegions, match
from annotate.records import Statement

TYPES = ("indirect", "noun/other", "mixed", "direct", "headline", "according", "no-cue")
_QUOTE_MARKS = "\"“”"
_OPENERS = "\"“”‘’'«»"
_WORD = re.compile(r"[a-z]+")


def construction(gold: GoldAttribution, text: str, title_end: int) -> str:
    """The construction type of one gold attribution in ``text`` (see the module docstring)."""
    from annotate.extract.lexicons import CUE_FORMS  # the extractor's lexicon, loaded only when typing

    if gold.content.chars[0][0] < title_end:
        return "headline"
    if gold.cue is None:
        return "no-cue"
    cue = " ".join(text[s:e] for s, e in gold.cue.chars).lower()
    content = "".join(text[s:e] for s, e in gold.content.chars).strip()
    if "according" in cue:
        return "according"
    marks = sum(content.count(q) for q in _QUOTE_MARKS)
    if content and content[0] in _OPENERS and content.rstrip(".,")[-1:] in _OPENERS and marks <= 2:
        return "direct"
    if marks:
        return "mixed"
    if not any(word in CUE_FORMS for word in _WORD.findall(cue)):
        return "noun/other"
    return "indirect"


@dataclass
class Row:
    gold: int = 0
    found: int = 0
    missed_docs: set = field(default_factory=set)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0


def recall_by_construction(gold: Gold, statements: Iterable[Statement], texts: dict[str, str],
                           title_ends: Optional[dict[str, int]] = None) -> dict[str, Row]:
    """Rows by construction type for the gold documents in ``texts`` (article id -> text)."""
    preds: dict[str, list[PredictedRegions]] = defaultdict(list)
    for statement in statements:
        preds[statement.article_id].append(PredictedRegions(statement))
    rows = {name: Row() for name in TYPES}
    for article_id, text in texts.items():
        items = gold.documents.get(article_id, [])
        hits = {i for i, _ in match("dice", items, preds.get(article_id, []))}
        for i, item in enumerate(items):
            row = rows[construction(item, text, (title_ends or {}).get(article_id, 0))]
            row.gold += 1
            if i in hits:
                row.found += 1
            else:
                row.missed_docs.add(article_id)
    return rows


def format_rows(rows: dict[str, Row]) -> str:
    total = sum(r.gold for r in rows.values()) or 1
    missed = sum(r.gold - r.found for r in rows.values()) or 1
    lines = ["| type | gold | share | recall | missed | share of missed mass | documents with a miss |", "|---|---|---|---|---|---|---|"]
    for name, r in sorted(rows.items(), key=lambda kv: -(kv[1].gold - kv[1].found)):
        if r.gold:
            lines.append(f"| {name} | {r.gold:,} | {r.gold / total:.1%} | {r.recall:.3f} | {r.gold - r.found:,} | "
                         f"{(r.gold - r.found) / missed:.1%} | {len(r.missed_docs)} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    from annotate.evaluate.score import read_statements
    from annotate.readers import iter_articles

    if len(argv) != 2:
        print("usage: python -m annotate.evaluate.constructions GOLD_FOLDER PREDICTIONS.jsonl", file=sys.stderr)
        return 2
    folder, predictions = Path(argv[0]), Path(argv[1])
    gold = read_gold(folder)
    articles = [a for a in iter_articles([folder / "text"]) if a.id in gold.documents]
    texts = {a.id: a.text for a in articles}
    title_ends = {a.id: max(a.text.find("\n"), 0) for a in articles if a.title}
    statements = read_statements(predictions, lambda message: print(f"warning: {message}", file=sys.stderr))
    print(format_rows(recall_by_construction(gold, statements, texts, title_ends)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
