"""Label Studio 1.23.2's ML backend protocol, as JSON in and out (parsed here, once).

What Label Studio sends (``label_studio/ml/api_connector.py`` of 1.23.2):

- ``GET /health`` (1 s timeout) and ``POST /setup`` ``{project: "<id>.<created>", schema, hostname,
  access_token, extra_params}`` (3 s): the answer's ``model_version`` becomes the backend's version;
  Label Studio asks for predictions only for tasks without one of that version.
- ``POST /predict`` ``{tasks: [{id, data, ...}], project, label_config, params}``: the answer is
  ``{results: [...]}``, one prediction per task in task order, each ``{result, score, model_version}``.
- ``POST /webhook``: the project's webhooks (created with the ML backend, payload on, all actions):
  ``{action, project: {id, title, ...}, annotation(s), task}``. Sent synchronously inside the
  annotator's request, with a short timeout.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from annotate.errors import InputError
from annotate.labelstudio.push import ls_prediction
from annotate.labelstudio.layout import asked_targets, statement_prediction, task_items
from annotate.records import Prediction, PredictItem
from annotate.schema import LabelSchema

#: Webhook actions that change the labels a model learns from.
ANNOTATION_ACTIONS = frozenset({"ANNOTATION_CREATED", "ANNOTATIONS_CREATED", "ANNOTATION_UPDATED", "ANNOTATIONS_DELETED"})


def predict_items(body: Any) -> tuple[list[PredictItem], list[Optional[int]]]:
    """The classifier's items of a ``/predict`` request, and the task ids, in task order.

    A statement-layout task (:mod:`annotate.labelstudio.layout`) gives one item per target it
    asks; :func:`predict_response` puts them back together, one prediction per task.
    """
    items, ids = [], []
    for index, data, task_id in _tasks(body):
        for _, item in task_items(data, kind=data.get("kind") if isinstance(data.get("kind"), str) else None):
            items.append(item)
            ids.append(task_id)
    return items, ids


def _tasks(body: Any) -> list[tuple[int, dict, Optional[int]]]:
    if not isinstance(body, dict) or not isinstance(body.get("tasks"), list):
        raise InputError("/predict: body must be a JSON object with a 'tasks' list (Label Studio's ML API)")
    out = []
    for index, task in enumerate(body["tasks"]):
        data = task.get("data") if isinstance(task, dict) else None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise InputError(f"/predict: task {index} has no data.text; push tasks with `annotate push`")
        task_id = task.get("id") if isinstance(task.get("id"), int) else None
        data = {**data, "statement_id": data.get("statement_id") or f"task-{task_id if task_id is not None else index}"}
        out.append((index, data, task_id))
    return out


def predict_response(predictions: list[Prediction], schema: LabelSchema, model_version: str, tasks: Optional[list] = None) -> dict:
    """``{results: [...]}``, one per task: per task one ``choices`` result per predicted field (every
    target's stance in the statement layout), with its score, and (given the request's ``tasks``)
    the extractor's spans of each task's data as regions.

    ``predictions`` are in the order of :func:`predict_items`; without ``tasks`` each prediction
    is one task of the pair layout.
    """
    results = []
    if tasks is None:
        groups: list[tuple[Optional[dict], list]] = [(None, [(None, p)]) for p in predictions]
    else:
        groups, at = [], 0
        for _, data, _ in _tasks({"tasks": tasks}):
            controls = [c for c, _ in task_items(data)]
            groups.append((data, list(zip(controls, predictions[at : at + len(controls)]))))
            at += len(controls)
    for data, pairs in groups:
        if data is not None and asked_targets(data) is not None:
            shown = statement_prediction(pairs, schema, data=data)
        else:
            shown = ls_prediction(pairs[0][1], schema, data=data) if pairs else None
        results.append(shown if shown is not None else {"result": [], "score": 0.0, "model_version": model_version})
    return {"results": results}


@dataclass(frozen=True)
class WebhookEvent:
    action: str
    project_id: Optional[int]
    project_title: Optional[str]

    @property
    def changes_labels(self) -> bool:
        return self.action in ANNOTATION_ACTIONS


def webhook_event(body: Any) -> WebhookEvent:
    if not isinstance(body, dict) or not isinstance(body.get("action"), str):
        raise InputError("/webhook: body must be a JSON object with an 'action' (a Label Studio webhook payload)")
    project = body.get("project") if isinstance(body.get("project"), dict) else {}
    project_id = project.get("id") if isinstance(project.get("id"), int) else None
    title = project.get("title") if isinstance(project.get("title"), str) else None
    return WebhookEvent(body["action"], project_id, title)
