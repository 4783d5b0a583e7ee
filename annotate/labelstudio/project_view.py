"""A project's tasks, annotations and predictions as records, for the report (one snapshot export).

Statements are rebuilt from task data (``statement_id``, ``article_id``, ``text``, ``source``,
``source_label``, ``anonymous``, ``cue``, ``via``, ``kind``, ``outlet``, ``title``, ``date``).
Limits: task data carries no character offsets, paragraph or ``source_type``: spans start at 0,
and the report reads the source type from a statements file when one is given beside the project.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Optional

from annotate.errors import ServerError
from annotate.labelstudio.client import Client
from annotate.labelstudio.export import LabelReader, parse_export
from annotate.labelstudio.layout import asked_targets
from annotate.records import Annotation, FieldPrediction, Prediction, Span, Statement
from annotate.schema import LabelSchema, load_schema

KINDS = ("direct", "indirect", "mixed", "according_to")


@dataclass
class ProjectView:
    title: str
    tasks: int
    annotated_tasks: int
    statements: list[Statement] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    predictions: list[Prediction] = field(default_factory=list)


def _span(text) -> Optional[Span]:
    return Span(start=0, end=len(text), text=text) if isinstance(text, str) and text else None


def task_statement(data: dict) -> Optional[Statement]:
    text = data.get("text")
    if not isinstance(text, str) or not text or not data.get("statement_id"):
        return None
    kind = data.get("kind") if data.get("kind") in KINDS else "indirect"
    return Statement(
        id=str(data["statement_id"]), article_id=str(data.get("article_id") or "?"), content=_span(text),
        source=_span(data.get("source_mention") or data.get("source")), cue=_span(data.get("cue")), kind=kind,
        source_label=data.get("source_label") or None, anonymous=bool(data.get("anonymous")), via=_span(data.get("via")),
        rule="labelstudio-task", outlet=data.get("outlet") or None, title=data.get("title") or None, date=data.get("date") or None,
    )


def _predictions_by_task(client: Client, project_id: int) -> dict[int, list[dict]]:
    """Every prediction of the project, by task id (the snapshot lists only their ids)."""
    out: dict[int, list[dict]] = {}
    with client.calling(f"listing the predictions of project {project_id}"):
        for prediction in client.sdk.predictions.list(project=project_id):
            row = prediction.model_dump() if hasattr(prediction, "model_dump") else dict(prediction)
            out.setdefault(row.get("task"), []).append(row)
    return out


def read_project(title: str, client: Optional[Client] = None, schema: Optional[LabelSchema] = None) -> ProjectView:
    """One snapshot export of project ``title`` as records."""
    schema = schema or load_schema()
    client = client or Client.connect()
    project = client.require_project(title)
    raw = client.export_snapshot(project.id, title="annotate report")
    try:
        tasks = json.loads(raw)
    except json.JSONDecodeError as err:
        raise ServerError(f"snapshot export of {title!r} from {client.url} is not JSON ({err.msg}); retry") from None
    view = ProjectView(title=title, tasks=len(tasks), annotated_tasks=0, annotations=list(parse_export(tasks, schema)))
    labels_of = LabelReader(schema, f"project {title!r}")
    listed = _predictions_by_task(client, project.id) if any(
        not isinstance(p, dict) for t in tasks for p in t.get("predictions") or []) else {}
    seen: set[str] = set()
    for task in tasks:
        data = task.get("data") or {}
        if any(not a.get("was_cancelled") for a in task.get("annotations") or []):
            view.annotated_tasks += 1
        statement = task_statement(data)
        if statement is None:
            continue
        if statement.id not in seen:
            seen.add(statement.id)
            view.statements.append(statement)
        shown = [p for p in task.get("predictions") or [] if isinstance(p, dict)] or listed.get(task.get("id"), [])
        asked = asked_targets(data)
        views = [(None, data.get("target") or None)] if asked is None else list(asked.items())
        for prediction in shown:
            labels = labels_of(prediction.get("result") or [], f"task {task.get('id')} prediction")
            for control, target in views:
                mine = {**labels, "stance": labels.get(control)} if control else labels
                fields = {name: FieldPrediction(label=label, score=float(prediction.get("score") or 0.0), probabilities={})
                          for name, label in mine.items() if label is not None and name in ("stance", "certainty")}
                if fields:
                    view.predictions.append(Prediction(statement_id=statement.id, target=target,
                                                       model_version=str(prediction.get("model_version") or "?"), **fields))
    return view
