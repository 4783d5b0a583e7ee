"""Corrections come back as gold: the annotators' spans of a pulled snapshot, as Statement records.

``annotate pull`` writes ``<project>-<time>-attributions.jsonl`` beside its snapshot (published
with it, :func:`annotate.labelstudio.pull.publish_new`): one :class:`~annotate.records.Statement`
per judged statement, with offsets into the article text as read (``context_start`` + the
region's offset in the context), each checked against the context it came from.

Which annotation is the gold of a statement: the newest completed (not cancelled) annotation of
any task of that statement (``updated_at``, then ``created_at``, then the annotation id) that
holds span regions. An annotation without any span region (a project pushed before the span
labels, or an annotation made without them) judges no spans and is counted, not used.

From the chosen annotation:

- ``attribution`` = ``not_a_statement``: the statement is rejected. It is written with
  ``content`` null (and no source, cue, via): "the extractor's statement ``id`` is not a statement".
- ``attribution`` = ``no_source_in_text``: ``source`` is null whatever Source region is left.
- otherwise each span field (content, source, cue, via) is the region of that label; several
  regions of one label become one span from the first start to the last end. An annotation with
  span regions but no Content region (and not rejected) is reported and left out.
- ``id`` stays the id of the extractor's statement the annotator judged (so ``annotate evaluate``
  knows which extracted statements were judged); ``rule`` is ``annotation``; ``kind``,
  ``source_label``, ``anonymous`` and ``resolves_to`` are the extractor's (the screen does not
  correct them); ``context`` is the context shown.

A region whose text is not the slice of the context it claims, or that lies outside it, is never
written: the statement is left out and one warning line names the task and annotation.

Limits: a statement the extractor missed cannot be added (a task is one extracted statement);
a split content (two Content regions around "he said") becomes one span covering both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Optional, get_args

from annotate.labelstudio.spans import EXTRACTED_KEY, SPAN_FIELDS, Region, read_regions, region_span
from annotate.records import Kind, Span, Statement
from annotate.schema import LabelSchema

#: The choices field and labels with a meaning for the gold (labels from schemas/label_schema.json).
ATTRIBUTION_FIELD = "attribution"
REJECTED = "not_a_statement"
NO_SOURCE = "no_source_in_text"
GOLD_RULE = "annotation"
KINDS = get_args(Kind)
#: Fields the span labels can correct (the others are carried from the extractor's statement).
CORRECTED_FIELDS = ("content", "source", "cue", "via")


@dataclass
class Judged:
    """One statement's gold (``gold.content`` None: rejected) and the extractor's statement it judged."""

    gold: Statement
    extracted: Statement
    task_id: Optional[int]
    annotation_id: Optional[int]


@dataclass
class PulledGold:
    judged: list[Judged] = field(default_factory=list)
    annotated_tasks: int = 0  # tasks with a completed annotation that holds span regions
    without_spans: int = 0  # completed annotations without any span region (not used)
    warnings: list[str] = field(default_factory=list)

    def jsonl(self) -> bytes:
        """The attributions file: one Statement JSON a line, in snapshot order."""
        return "".join(item.gold.model_dump_json() + "\n" for item in self.judged).encode("utf-8")


def _span(context: str, context_start: int, offsets: Optional[tuple[int, int]]) -> Optional[Span]:
    if offsets is None:
        return None
    start, end = offsets
    return Span(start=context_start + start, end=context_start + end, text=context[start:end])


def _choice(result: Iterable[Any], name: str) -> Optional[str]:
    for item in result or []:
        if isinstance(item, dict) and item.get("from_name") == name and isinstance(item.get("value"), dict):
            choices = item["value"].get("choices") or []
            choices = [choices] if isinstance(choices, str) else choices
            if isinstance(choices, list) and choices:
                return str(choices[0])
    return None


def _text(data: dict, key: str) -> Optional[str]:
    value = data.get(key)
    return value if isinstance(value, str) and value != "" else None


def extracted_statement(data: dict) -> Optional[Statement]:
    """The extractor's statement as a task shows it (spans from ``extracted_spans``), or None when
    the task has no span data (pushed before the span labels)."""
    context, context_start = data.get("context"), data.get("context_start")
    spans = data.get(EXTRACTED_KEY)
    if not isinstance(context, str) or not isinstance(context_start, int) or not isinstance(spans, list):
        return None
    if not _text(data, "statement_id") or not _text(data, "article_id"):
        return None
    fields: dict[str, Optional[Span]] = {name: None for name in SPAN_FIELDS}
    for item in spans:
        if not isinstance(item, dict) or item.get("field") not in fields:
            continue
        start, end = item.get("start"), item.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(context):
            fields[item["field"]] = _span(context, context_start, (start, end))
    kind = data.get("kind") if data.get("kind") in KINDS else "indirect"
    return Statement(
        id=data["statement_id"], article_id=data["article_id"], kind=kind, rule=str(data.get("rule") or "extractor"),
        source_label=_text(data, "source_label"), anonymous=bool(data.get("anonymous")),
        context=Span(start=context_start, end=context_start + len(context), text=context),
        title=_text(data, "title"), outlet=_text(data, "outlet"), date=_text(data, "date"),
        **fields,
    )


def corrected_statement(extracted: Statement, context: str, context_start: int, regions: list[Region], attribution: Optional[str]) -> Statement:
    """The gold statement an annotation's regions and attribution choice give (see the module docstring)."""
    if attribution == REJECTED:
        spans = {name: None for name in CORRECTED_FIELDS}
    else:
        spans = {name: _span(context, context_start, region_span(regions, name)) for name in CORRECTED_FIELDS}
        if attribution == NO_SOURCE:
            spans["source"] = None
    return extracted.model_copy(update={**spans, "rule": GOLD_RULE})


def _newest(annotations: list[dict]) -> list[dict]:
    def key(annotation: dict) -> tuple:
        return (str(annotation.get("updated_at") or ""), str(annotation.get("created_at") or ""),
                annotation.get("id") if isinstance(annotation.get("id"), int) else -1)

    return sorted(annotations, key=key, reverse=True)


def pulled_gold(tasks: Iterable[Any], schema: LabelSchema) -> PulledGold:
    """The gold of every judged statement in snapshot ``tasks`` (Label Studio JSON export tasks)."""
    out = PulledGold()
    if schema.spans is None:
        return out
    chosen: dict[str, tuple[tuple, Judged]] = {}
    order: list[str] = []
    for task in tasks:
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            continue
        data = task["data"]
        done = [a for a in task.get("annotations") or [] if isinstance(a, dict) and not a.get("was_cancelled")]
        if not done:
            continue
        extracted = extracted_statement(data)
        if extracted is None:
            out.without_spans += len(done)
            continue
        context, context_start = data["context"], data["context_start"]
        task_id = task.get("id") if isinstance(task.get("id"), int) else None
        used = False
        for annotation in _newest(done):
            result = annotation.get("result") or []
            if not any(isinstance(i, dict) and i.get("from_name") == schema.spans.name for i in result):
                out.without_spans += 1
                continue
            where = f"task {task_id} annotation {annotation.get('id')}"
            attribution = _choice(result, ATTRIBUTION_FIELD)
            regions, problems = read_regions(result, schema, context)
            if problems:
                out.warnings.extend(f"warning: {where}: {problem}; statement {extracted.id} left out of the attributions" for problem in problems)
                continue
            if attribution != REJECTED and not any(r.field == "content" for r in regions):
                out.warnings.append(f"warning: {where}: no Content span and not marked {REJECTED}; statement {extracted.id} left out of the attributions")
                continue
            used = True
            key = (str(annotation.get("updated_at") or ""), str(annotation.get("created_at") or ""),
                   annotation.get("id") if isinstance(annotation.get("id"), int) else -1)
            judged = Judged(corrected_statement(extracted, context, context_start, regions, attribution), extracted,
                            task_id, annotation.get("id") if isinstance(annotation.get("id"), int) else None)
            if extracted.id not in chosen:
                order.append(extracted.id)
            if extracted.id not in chosen or key > chosen[extracted.id][0]:
                chosen[extracted.id] = (key, judged)
            break
        out.annotated_tasks += used
    out.judged = [chosen[statement_id][1] for statement_id in order]
    return out


def extraction_scores(gold: PulledGold) -> Optional[dict[str, tuple[float, float]]]:
    """Precision and recall of the extractor's statements on the judged ones (exact content match;
    source and cue on matched pairs by overlap, as :mod:`annotate.evaluate.score`): field -> (P, R).
    None when nothing was judged."""
    if not gold.judged:
        return None
    from annotate.evaluate.score import evaluate

    scores = evaluate(gold_of(gold), [item.extracted for item in gold.judged]).modes["exact"].fields
    return {name: (scores[name].precision, scores[name].recall) for name in ("content", "source", "cue")}


def extraction_line(gold: PulledGold) -> Optional[str]:
    """``extraction on N annotated tasks: content P 0.91 R 0.88, source P ... R ..., cue P ... R ...``."""
    scores = extraction_scores(gold)
    if scores is None:
        return None
    parts = ", ".join(f"{name} P {p:.2f} R {r:.2f}" for name, (p, r) in scores.items())
    return f"extraction on {gold.annotated_tasks} annotated tasks ({len(gold.judged)} statements): {parts} (exact content match)"


def gold_of(gold: PulledGold, path: str = "pulled attributions"):
    """The judged statements as an :class:`annotate.evaluate.Gold`."""
    from annotate.evaluate.gold import gold_from_statements

    return gold_from_statements((item.gold for item in gold.judged), path)
