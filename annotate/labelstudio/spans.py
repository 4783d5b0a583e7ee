"""Span labels over the context: the extractor's spans as Label Studio regions, and regions back as spans.

The context is a plain-text window of the article (task data ``context``, at offset
``context_start`` of the article text as read). Task data ``extracted_spans`` lists the
extractor's spans of the statement as ``{"field", "start", "end", "text"}`` with offsets into
``context`` (``field`` is a Statement field: content, source, cue, via). The label schema's
``spans`` section (``schemas/label_schema.json``) names the ``Labels`` control and maps each
label (Source, Cue, Content, Via) to its field, so the task data stays schema-free and a
renamed label needs no re-push.

:func:`span_results` turns ``extracted_spans`` into ``labels`` results of a prediction (the
pre-filled, editable regions that also colour the context); :func:`read_regions` reads the
regions of an annotation back.

Offsets are Python ``str`` indices (code points). Label Studio 1.23.2 stores code points for
``Text`` regions too; a region whose ``text`` is not the slice of the context it claims is
not trusted anywhere (:func:`read_regions` reports it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Optional

from annotate.records import Statement
from annotate.schema import LabelSchema

EXTRACTED_KEY = "extracted_spans"
#: The Statement fields a task carries as extracted spans, in this order.
SPAN_FIELDS = ("content", "source", "cue", "via", "resolves_to")


def context_window(statement: Statement) -> tuple[str, int]:
    """The plain text shown as context and its offset in the article: the statement's context span
    when it holds the content, else the content itself."""
    context, content = statement.context, statement.content
    if context is not None and (content is None or context.start <= content.start and content.end <= context.end):
        return context.text, context.start
    if content is not None:
        return content.text, content.start
    return "", 0


def extracted_spans(statement: Statement, context: str, context_start: int) -> list[dict]:
    """The statement's spans that lie inside ``context`` (offsets relative to it), checked against its text."""
    out = []
    for name in SPAN_FIELDS:
        span = getattr(statement, name, None)
        if span is None:
            continue
        begin, end = span.start - context_start, span.end - context_start
        if 0 <= begin <= end <= len(context) and begin < end and context[begin:end] == span.text:
            out.append({"field": name, "start": begin, "end": end, "text": span.text})
    return out


def span_task_data(statement: Statement) -> dict:
    """``context``, ``context_start`` and ``extracted_spans`` of a statement's task."""
    context, start = context_window(statement)
    return {"context": context, "context_start": start, EXTRACTED_KEY: extracted_spans(statement, context, start)}


def span_results(data: Any, schema: LabelSchema) -> list[dict]:
    """``labels`` results (one region per extracted span whose field has a label in the schema).

    Spans that do not fit the task's ``context`` are left out: a region Label Studio cannot place
    would show at the wrong words.
    """
    spans = schema.spans
    if spans is None or not isinstance(data, dict):
        return []
    context = data.get("context")
    items = data.get(EXTRACTED_KEY)
    if not isinstance(context, str) or not isinstance(items, list):
        return []
    results = []
    for item in items:
        if not isinstance(item, dict):
            continue
        label = spans.label_for(str(item.get("field")))
        start, end = item.get("start"), item.get("end")
        if label is None or not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(context):
            continue
        results.append(
            {
                "id": f"extracted-{label.field}",
                "from_name": spans.name,
                "to_name": spans.to_name,
                "type": "labels",
                "value": {"start": start, "end": end, "text": context[start:end], "labels": [label.value]},
            }
        )
    return results


@dataclass(frozen=True)
class Region:
    """One labelled region of the context: the Statement field it gives and its offsets in the context."""

    field: str
    start: int
    end: int
    text: str


def read_regions(result: Iterable[Any], schema: LabelSchema, context: str) -> tuple[list[Region], list[str]]:
    """The span regions of an annotation ``result`` list, and one problem line per region not trusted.

    A region is trusted when its label is in the schema's span labels, its offsets lie in
    ``context`` and ``context[start:end]`` equals its ``text``.
    """
    spans = schema.spans
    regions: list[Region] = []
    problems: list[str] = []
    if spans is None:
        return regions, problems
    for item in result or []:
        if not isinstance(item, dict) or item.get("from_name") != spans.name or item.get("type") != "labels":
            continue
        value = item.get("value") if isinstance(item.get("value"), dict) else {}
        labels = value.get("labels") or []
        start, end, text = value.get("start"), value.get("end"), value.get("text")
        for label in labels if isinstance(labels, list) else [labels]:
            field = spans.field_of(str(label))
            if field is None:
                problems.append(f"span label {label!r} is not in the label schema's spans")
                continue
            if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(context):
                problems.append(f"{label} span {start}-{end} is outside the context ({len(context)} characters)")
                continue
            if text is not None and context[start:end] != text:
                problems.append(f"{label} span {start}-{end} reads {context[start:end]!r} in the context, not {text!r}")
                continue
            regions.append(Region(field, start, end, context[start:end]))
    return regions, problems


def region_span(regions: list[Region], field: str) -> Optional[tuple[int, int]]:
    """The context offsets covering every region of ``field`` (first start to last end), or None."""
    mine = [r for r in regions if r.field == field]
    if not mine:
        return None
    return min(r.start for r in mine), max(r.end for r in mine)
