"""Score predicted statements against gold attributions.

Matching (per document, per mode) is one-to-one between gold attributions and predicted
statements, on CONTENT spans. A pair is *eligible* in a mode when its contents share a
character (``overlap``), have character Dice >= 0.5 (``dice``), or cover the same
characters once quote marks, punctuation and whitespace are trimmed from both ends of each
fragment (``exact``). Among eligible pairs an optimal assignment (scipy's
``linear_sum_assignment``) first maximises the NUMBER of matched pairs, then their total
Dice, so two predictions on one gold attribution count once and the other is a false
positive.

Content: tp = matched pairs; precision = tp / predicted statements; recall = tp / gold
attributions.

Source and cue: on a matched pair the prediction's span is correct when it shares a
character with the gold span (in every mode: only content matching changes with the mode).
tp = matched pairs where both have the span and they overlap; precision = tp / predicted
statements that HAVE that span; recall = tp / gold attributions that HAVE it. So a
predicted source where the gold has none costs precision, a missing source costs recall,
and a pair where both lack it is neither rewarded nor penalised (it is not a found source;
see ``both_null`` in the report, and :attr:`PRF.f1` of ``source_slot`` for the reading
that rewards it).

``source_slot`` scores the source as a slot of every statement: correct on a matched pair
when the spans overlap OR both are null; precision = correct / predicted statements,
recall = correct / gold attributions. This is the reading under which "every sentence as
content, no source" scores about 0.05 on PolNeAR dev (issue 2).

Attributes (gold that has them, i.e. the seeds JSONL): on matched pairs, accuracy of
``source_label`` (case-insensitive, surrounding whitespace ignored), ``anonymous``, ``via``
text and ``resolves_to`` text (a null on both sides counts as agreement).

Predictions for articles not in the gold are ignored and counted; gold articles with no
predictions count as all misses.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

import numpy as np
from pydantic import BaseModel, ValidationError
from scipy.optimize import linear_sum_assignment

from annotate.errors import InputError, UsageError
from annotate.evaluate.gold import Gold, GoldAttribution
from annotate.evaluate.spans import DICE_THRESHOLD, MODES, Region, dice, exact, overlaps, shared_chars
from annotate.readers import json_error
from annotate.records import Span, Statement

FIELDS = ("content", "source", "cue", "source_slot")
ATTRIBUTES = ("source_label", "anonymous", "via", "resolves_to")


class PRF(BaseModel):
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


class Accuracy(BaseModel):
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def as_dict(self) -> dict:
        return {"accuracy": round(self.accuracy, 4), "correct": self.correct, "total": self.total}


class ModeScores(BaseModel):
    mode: str
    matched: int = 0
    both_null_source: int = 0
    fields: dict[str, PRF] = {}
    attributes: dict[str, Accuracy] = {}

    def as_dict(self) -> dict:
        return {
            "matched": self.matched,
            "both_null_source": self.both_null_source,
            **{name: prf.as_dict() for name, prf in self.fields.items()},
            "attributes": {name: acc.as_dict() for name, acc in self.attributes.items()},
        }


class EvaluationReport(BaseModel):
    gold_path: str
    gold_format: str
    gold_documents: int
    gold_attributions: int
    predictions: int
    predictions_scored: int
    predictions_ignored: int
    ignored_articles: int
    gold_documents_without_predictions: int
    notes: list[str] = []
    modes: dict[str, ModeScores]

    def as_dict(self) -> dict:
        data = self.model_dump(exclude={"modes"})
        data["modes"] = {name: scores.as_dict() for name, scores in self.modes.items()}
        return data


def _region(span: Optional[Span]) -> Optional[Region]:
    if span is None:
        return None
    return Region.of([(span.start, span.end, span.text)])


class PredictedRegions:
    """A statement's content, source and cue as character regions, in the gold's terms."""

    __slots__ = ("statement", "content", "source", "cue")

    def __init__(self, statement: Statement) -> None:
        self.statement = statement
        self.content = _region(statement.content)
        self.source = _region(statement.source)
        self.cue = _region(statement.cue)


def _eligible(mode: str, gold: Region, pred: Optional[Region]) -> bool:
    if pred is None:
        return False
    if mode == "overlap":
        return shared_chars(gold.chars, pred.chars) > 0
    if mode == "dice":
        return dice(gold.chars, pred.chars) >= DICE_THRESHOLD
    return exact(gold, pred)


def match(mode: str, gold: list[GoldAttribution], preds: list[PredictedRegions]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs: most pairs first, then highest total Dice."""
    if not gold or not preds:
        return []
    weight = np.zeros((len(gold), len(preds)))
    big = min(len(gold), len(preds)) + 1.0
    for i, g in enumerate(gold):
        for j, p in enumerate(preds):
            if _eligible(mode, g.content, p.content):
                weight[i, j] = big + dice(g.content.chars, p.content.chars)
    if not weight.any():
        return []
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return [(int(i), int(j)) for i, j in zip(rows, cols) if weight[i, j] > 0]


def _same_text(a: Optional[str], b: Optional[str]) -> bool:
    norm = lambda s: " ".join(s.split()).casefold() if isinstance(s, str) and s.strip() else None  # noqa: E731
    return norm(a) == norm(b)


def _judged(gold: Gold, prediction: PredictedRegions) -> bool:
    """In a partial gold: the prediction's id was judged, or its content overlaps a judged content."""
    if prediction.statement.id in (gold.judged or ()):
        return True
    return any(
        overlaps(g.content.chars, prediction.content and prediction.content.chars)
        for g in gold.documents.get(prediction.statement.article_id, [])
    )


def _span_text(span: Optional[Span]) -> Optional[str]:
    return span.text if span is not None else None


def evaluate(gold: Gold, statements: Iterable[Statement]) -> EvaluationReport:
    """Score ``statements`` against ``gold`` in every mode (see the module docstring)."""
    by_article: dict[str, list[PredictedRegions]] = defaultdict(list)
    total = ignored = 0
    ignored_articles: set[str] = set()
    unjudged = 0
    for statement in statements:
        total += 1
        if statement.article_id not in gold.documents:
            ignored += 1
            ignored_articles.add(statement.article_id)
            continue
        regions = PredictedRegions(statement)
        if gold.judged is not None and not _judged(gold, regions):
            ignored += 1
            unjudged += 1
            continue
        by_article[statement.article_id].append(regions)
    has_attributes = gold.format in ("jsonl", "statements")
    notes = list(gold.notes)
    if gold.judged is not None:
        notes.append(f"{unjudged} predictions in the gold's articles were not judged by an annotator: ignored")
    modes = {}
    for mode in MODES:
        scores = ModeScores(mode=mode, fields={name: PRF() for name in FIELDS})
        if has_attributes:
            scores.attributes = {name: Accuracy() for name in ATTRIBUTES}
        f = scores.fields
        for article_id, gold_items in gold.documents.items():
            preds = by_article.get(article_id, [])
            f["content"].predicted += len(preds)
            f["content"].gold += len(gold_items)
            f["source_slot"].predicted += len(preds)
            f["source_slot"].gold += len(gold_items)
            for name in ("source", "cue"):
                f[name].predicted += sum(getattr(p, name) is not None for p in preds)
                f[name].gold += sum(getattr(g, name) is not None for g in gold_items)
            for i, j in match(mode, gold_items, preds):
                g, p = gold_items[i], preds[j]
                scores.matched += 1
                f["content"].tp += 1
                for name in ("source", "cue"):
                    if overlaps(getattr(g, name) and getattr(g, name).chars, getattr(p, name) and getattr(p, name).chars):
                        f[name].tp += 1
                if g.source is None and p.source is None:
                    scores.both_null_source += 1
                    f["source_slot"].tp += 1
                elif overlaps(g.source and g.source.chars, p.source and p.source.chars):
                    f["source_slot"].tp += 1
                if has_attributes:
                    st = p.statement
                    checks = {
                        "source_label": _same_text(g.label, st.source_label),
                        "anonymous": bool(g.anonymous) == bool(st.anonymous),
                        "via": _same_text(g.via, _span_text(st.via)),
                        "resolves_to": _same_text(g.resolves_to, _span_text(st.resolves_to)),
                    }
                    for name, ok in checks.items():
                        scores.attributes[name].total += 1
                        scores.attributes[name].correct += ok
        modes[mode] = scores
    return EvaluationReport(
        gold_path=gold.path,
        gold_format=gold.format,
        gold_documents=len(gold.documents),
        gold_attributions=gold.attributions,
        predictions=total,
        predictions_scored=total - ignored,
        predictions_ignored=ignored,
        ignored_articles=len(ignored_articles),
        gold_documents_without_predictions=sum(1 for a in gold.documents if a not in by_article),
        notes=notes,
        modes=modes,
    )


def read_statements(path: Path, on_problem: Callable[[str], None]) -> Iterator[Statement]:
    """Stream Statement records from an ``annotate extract`` JSONL file.

    A malformed line is reported to ``on_problem`` (one line naming file:line) and skipped;
    a file with no valid statement at all raises UsageError (nothing to score).
    """
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"{path}: no such predictions file; give the JSONL written by `annotate extract`")
    read = 0
    with open(path, encoding="utf-8", errors="strict") as handle:
        number = 0
        while True:
            try:
                line = handle.readline()
            except UnicodeDecodeError:
                raise InputError(f"{path}: not UTF-8 after line {number}; give the JSONL written by `annotate extract`") from None
            if not line:
                break
            number += 1
            if not line.strip():
                continue
            try:
                statement = Statement.model_validate(json.loads(line.rstrip("\r\n")))
            except json.JSONDecodeError as err:
                on_problem(f"{path}:{number}: malformed JSON ({json_error(err)}), line skipped; fix or remove that line")
            except ValidationError as err:
                first = err.errors()[0]
                field = ".".join(str(part) for part in first["loc"]) or "record"
                on_problem(f"{path}:{number}: not a Statement ({field}: {first['msg']}), line skipped; give `annotate extract` output")
            else:
                read += 1
                yield statement
    if read == 0:
        raise UsageError(f"{path}: no statements to score ({number} lines, none valid); give the JSONL written by `annotate extract`")
