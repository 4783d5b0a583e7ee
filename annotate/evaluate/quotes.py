"""A speech-quote proxy: quote P/R/F1 and speaker match, as a quote-tracking corpus scores them (issue 12).

``python -m annotate.evaluate.quotes GOLD PREDICTIONS.jsonl [--texts DIR] [--json]`` prints, for the lenient
(``overlap``: any shared character) and ``dice`` (Dice >= 0.5) content match, quote precision, recall and F1 and
the speaker match among matched quotes.

- **Gold quotes** are the gold attributions of construction type ``direct`` or ``mixed``
  (:func:`annotate.evaluate.constructions.construction`: the content holds a quotation mark and is not on the
  title line nor an "according to" or cue-less attribution). The other gold attributions are *non-quote gold*.
- **Predicted quotes** are the statements `annotate extract --kinds speech` keeps
  (:func:`annotate.extract.kinds.keep_kinds`), so the file may be full `annotate extract` output or
  ``--kinds speech`` output alike.
- **Matching** is one-to-one per document between gold quotes and predicted quotes, as `annotate evaluate`
  pairs contents (:func:`annotate.evaluate.score.match`: most pairs, then highest total Dice).
- **Ignored predictions**: a predicted quote left unmatched that shares a character with a non-quote gold
  content is neither a true nor a false positive (the proxy's gold leaves those attributions out, a real quote
  corpus would not annotate them, and they are scored by `annotate evaluate`). Every other unmatched predicted
  quote is a false positive, including a second prediction on one gold quote.
- **Speaker match**: on a matched pair whose gold has a source, the predicted source is right when its span
  shares a character with the gold source OR its text equals the gold source's text, case- and
  space-insensitive (another mention of the same name: "Trump" ... "Trump"). The rate is over matched pairs
  whose gold has a source; a missing predicted source is wrong. ``speaker_overlap`` counts the span reading only.

Limits: a proxy, not the held-out corpus: PolNeAR marks a mixed quotation's whole clause, and "he"/"she" as a
source where a quote corpus may want the name; pronoun sources only match by span. Title-line quotes are
``headline`` and not counted. Brat gold folders read their texts from ``text/``; a seeds-style JSONL gold needs
``--texts`` (the seed articles).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Optional

from annotate.evaluate.constructions import construction
from annotate.evaluate.gold import Gold, GoldAttribution
from annotate.evaluate.score import PRF, PredictedRegions, match
from annotate.evaluate.spans import Region, overlaps
from annotate.records import Statement

QUOTE_TYPES = ("direct", "mixed")
QUOTE_MODES = ("overlap", "dice")


def speech_only(statements: Iterable[Statement]) -> Iterable[Statement]:
    """The statements `annotate extract --kinds speech` keeps (:func:`annotate.extract.kinds.keep_kinds`)."""
    from annotate.extract.kinds import keep_kinds, parse_kinds  # the extractor's own filter, so the proxy follows it

    return keep_kinds(statements, parse_kinds("speech"))


class QuoteScores(PRF):
    """Counts of one matching mode; ``ignored`` predictions are neither true nor false positives."""

    mode: str
    ignored: int = 0
    speaker_gold: int = 0
    speaker_correct: int = 0
    speaker_overlap: int = 0
    direct_gold: int = 0
    direct_found: int = 0
    mixed_gold: int = 0
    mixed_found: int = 0

    @property
    def speaker_match(self) -> float:
        return self.speaker_correct / self.speaker_gold if self.speaker_gold else 0.0

    def as_dict(self) -> dict:
        return {**self.model_dump(), **super().as_dict(), "speaker_match": round(self.speaker_match, 4)}


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def region_text(text: str, region: Region) -> str:
    return " ".join(text[s:e] for s, e in region.chars)


def same_speaker(gold: GoldAttribution, pred: PredictedRegions, text: str) -> bool:
    """The predicted source overlaps the gold source or has its text (case- and space-insensitive)."""
    if gold.source is None or pred.source is None:
        return False
    if overlaps(gold.source.chars, pred.source.chars):
        return True
    return _norm(region_text(text, gold.source)) == _norm(pred.statement.source.text)


def split_gold(items: list[GoldAttribution], text: str, title_end: int) -> tuple[list[GoldAttribution], list[str], list[GoldAttribution]]:
    """(gold quotes, their construction types, non-quote gold) of one document."""
    quotes, types, others = [], [], []
    for item in items:
        kind = construction(item, text, title_end)
        if kind in QUOTE_TYPES:
            quotes.append(item)
            types.append(kind)
        else:
            others.append(item)
    return quotes, types, others


def score_quotes(gold: Gold, statements: Iterable[Statement], texts: dict[str, str],
                 title_ends: Optional[dict[str, int]] = None) -> dict[str, QuoteScores]:
    """Quote scores by mode (:data:`QUOTE_MODES`) for the gold documents in ``texts`` (article id -> text)."""
    preds: dict[str, list[PredictedRegions]] = defaultdict(list)
    for statement in speech_only(statements):
        if statement.article_id in texts:
            preds[statement.article_id].append(PredictedRegions(statement))
    scores = {mode: QuoteScores(mode=mode) for mode in QUOTE_MODES}
    for article_id, text in texts.items():
        quotes, types, others = split_gold(gold.documents.get(article_id, []), text, (title_ends or {}).get(article_id, 0))
        doc_preds = preds.get(article_id, [])
        for mode, s in scores.items():
            pairs = match(mode, quotes, doc_preds)
            matched = {j for _, j in pairs}
            ignored = sum(
                1 for j, p in enumerate(doc_preds)
                if j not in matched and p.content is not None and any(overlaps(o.content.chars, p.content.chars) for o in others)
            )
            s.gold += len(quotes)
            s.predicted += len(doc_preds) - ignored
            s.ignored += ignored
            s.tp += len(pairs)
            for kind in QUOTE_TYPES:
                setattr(s, f"{kind}_gold", getattr(s, f"{kind}_gold") + types.count(kind))
            for i, j in pairs:
                setattr(s, f"{types[i]}_found", getattr(s, f"{types[i]}_found") + 1)
                g, p = quotes[i], doc_preds[j]
                if g.source is not None:
                    s.speaker_gold += 1
                    s.speaker_correct += same_speaker(g, p, text)
                    s.speaker_overlap += overlaps(g.source.chars, p.source.chars if p.source else None)
    return scores


def format_scores(scores: dict[str, QuoteScores]) -> str:
    lines = [
        "| match | quote P | quote R | quote F1 | tp / predicted / gold | ignored | speaker match (overlap only) | direct R | mixed R |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for mode, s in scores.items():
        direct = s.direct_found / s.direct_gold if s.direct_gold else 0.0
        mixed = s.mixed_found / s.mixed_gold if s.mixed_gold else 0.0
        lines.append(
            f"| {mode} | {s.precision:.4f} | {s.recall:.4f} | {s.f1:.4f} | {s.tp:,} / {s.predicted:,} / {s.gold:,} | {s.ignored:,} | "
            f"{s.speaker_match:.4f} ({s.speaker_correct:,} / {s.speaker_gold:,}; {s.speaker_overlap:,}) | {direct:.3f} | {mixed:.3f} |"
        )
    return "\n".join(lines)


USAGE = "usage: python -m annotate.evaluate.quotes GOLD PREDICTIONS.jsonl [--texts ARTICLES_DIR] [--json]"


def main(argv: list[str]) -> int:
    from annotate.evaluate.gold import read_gold
    from annotate.evaluate.score import read_statements
    from annotate.readers import iter_articles

    args = list(argv)
    as_json = "--json" in args
    args = [a for a in args if a != "--json"]
    texts_dir: Optional[Path] = None
    if "--texts" in args:
        at = args.index("--texts")
        if at + 1 >= len(args):
            print(USAGE, file=sys.stderr)
            return 2
        texts_dir = Path(args[at + 1])
        del args[at:at + 2]
    if len(args) != 2:
        print(USAGE, file=sys.stderr)
        return 2
    gold_path, predictions = Path(args[0]), Path(args[1])
    gold = read_gold(gold_path)
    if texts_dir is None:
        if not gold_path.is_dir():
            print(f"{gold_path}: a JSONL gold needs --texts (the folder of its articles)", file=sys.stderr)
            return 2
        texts_dir = gold_path / "text"
    articles = [a for a in iter_articles([texts_dir]) if a.id in gold.documents]
    texts = {a.id: a.text for a in articles}
    title_ends = {a.id: max(a.text.find("\n"), 0) for a in articles if a.title}
    statements = read_statements(predictions, lambda message: print(f"warning: {message}", file=sys.stderr))
    scores = score_quotes(gold, statements, texts, title_ends)
    if as_json:
        print(json.dumps({mode: s.as_dict() for mode, s in scores.items()}, indent=2))
    else:
        print(format_scores(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
