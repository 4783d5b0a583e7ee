"""Push side of label propagation (:mod:`annotate.trace.propagate`): read the annotated tasks'
labels, give their near-duplicates' tasks a ``propagated-...`` prediction.

Called by :func:`annotate.labelstudio.push.push_statements` after its imports. It reads
annotations only of tasks that have some (the task listing already counts them), so a
project nobody has annotated yet costs nothing more. Idempotent: a task that already holds a
prediction of the same ``propagated-<statement id>`` version is skipped.

Limit: Label Studio pre-fills the labelling form from the predictions of the project's
``model_version`` (the classifier's, set by push); a propagated prediction is on the task, listed
with its score, and becomes the pre-annotation when the project's model version is switched to it
or the ML backend serves it.
"""

from __future__ import annotations

from typing import Mapping, Optional, Sequence

from annotate.labelstudio.client import Client, TaskKey, TaskRef
from annotate.labelstudio.export import parse_export
from annotate.records import Statement
from annotate.schema import LabelSchema
from annotate.trace.propagate import propagate


def annotated_labels(client: Client, tasks: Mapping[TaskKey, TaskRef], schema: LabelSchema,
                     controls: Optional[Mapping[str, str]] = None) -> list:
    """Annotation records of the annotated tasks among ``tasks`` (``controls``: the statement
    layout's {stance control: claim}, so each asked target gives its own record)."""
    rows = []
    for (statement_id, target), ref in tasks.items():
        if not ref.annotations:
            continue
        with client.calling(f"reading the annotations of task {ref.id}"):
            annotations = client.sdk.annotations.list(ref.id)
        rows.append({
            "id": ref.id,
            "data": {"statement_id": statement_id, "target": target, "text": "",
                     **({"target_controls": {c: controls[c] for c in ref.asked if c in controls}} if controls is not None else {})},
            "annotations": [a.model_dump() if hasattr(a, "model_dump") else dict(a) for a in annotations],
        })
    return list(parse_export(rows, schema)) if rows else []


def push_propagated(client: Client, project_id: int, statements: Sequence[Statement], tasks: Mapping[TaskKey, TaskRef],
                    schema: LabelSchema, controls: Optional[Mapping[str, str]] = None) -> int:
    """Import propagated predictions for the project's tasks; return how many were added.

    ``controls`` ({stance control: claim}) marks a statement-layout project: the per-target
    predictions of one statement become one prediction of its task."""
    from annotate.labelstudio.layout import statement_prediction
    from annotate.labelstudio.push import ls_prediction

    annotations = annotated_labels(client, tasks, schema, controls)
    if not annotations:
        return 0
    rows = []
    if controls is not None:
        control_of = {claim: control for control, claim in controls.items()}
        grouped: dict[tuple[str, str], list] = {}
        for prediction in propagate(statements, annotations):
            grouped.setdefault((prediction.statement_id, prediction.model_version), []).append(prediction)
        for (statement_id, version), found in grouped.items():
            ref = tasks.get((statement_id, ""))
            if ref is None or version in ref.model_versions.split(","):
                continue
            asked = [p for p in found if control_of.get(p.target or "") in ref.asked]
            row = statement_prediction([(control_of[p.target or ""], p) for p in asked], schema, task_id=ref.id, attribution=False) if asked else None
            if row is not None:
                rows.append(row)
        return client.import_predictions(project_id, rows) if rows else 0
    for prediction in propagate(statements, annotations):
        ref = tasks.get((prediction.statement_id, prediction.target or ""))
        if ref is None or prediction.model_version in ref.model_versions.split(","):
            continue
        row = ls_prediction(prediction, schema, task_id=ref.id)
        if row is not None:
            rows.append(row)
    return client.import_predictions(project_id, rows) if rows else 0
