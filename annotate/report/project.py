"""Report data of a Label Studio project: annotations where they exist, else the tasks' predictions,
plus progress and agreement (the code ``annotate pull`` uses)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Optional, Sequence

from annotate.labelstudio.agreement import field_agreement
from annotate.labelstudio.project_view import read_project
from annotate.records import Statement
from annotate.report.build import ReportData, current_model_card
from annotate.schema import load_schema
from annotate.trace.cluster import LabelValue, trace
from annotate.trace.propagate import decided_labels


def from_project(title: str, statements: Sequence[Statement] = (), report_title: str = "annotate report",
                 model_dir: Optional[Path] = None, client=None) -> ReportData:
    """``statements`` (optional, from `annotate extract`) give offsets and source types the tasks lack."""
    schema = load_schema()
    view = read_project(title, client=client, schema=schema)
    by_id = {s.id: s for s in view.statements}
    by_id.update({s.id: s for s in statements})
    pushed = [by_id[s.id] for s in view.statements]
    labels: dict[str, dict[str, list[LabelValue]]] = defaultdict(lambda: defaultdict(list))
    decided = decided_labels(view.annotations)
    for (sid, target), fields in decided.items():
        for name, label in fields.items():
            labels[sid][name].append(LabelValue(label=label, origin="annotation", target=target or None))
    predicted_versions = set()
    for prediction in view.predictions:
        key = (prediction.statement_id, prediction.target or "")
        for name in ("stance", "certainty"):
            value = getattr(prediction, name)
            if value is None or name in decided.get(key, {}) or (name == "certainty" and labels[prediction.statement_id][name]):
                continue
            if name == "stance" and any(v.target == prediction.target for v in labels[prediction.statement_id][name]):
                continue
            labels[prediction.statement_id][name].append(
                LabelValue(label=value.label, origin="prediction", model_version=prediction.model_version, target=prediction.target))
            predicted_versions.add(prediction.model_version)
    labels_from = f"annotations ({len(decided)} statement/target pairs, majority)"
    if predicted_versions:
        labels_from += f", else predictions ({', '.join(sorted(predicted_versions))})"
    plain = {sid: dict(fields) for sid, fields in labels.items()}
    first = {sid: {name: vs[0] for name, vs in fields.items() if vs} for sid, fields in plain.items()}
    cancelled = sum(1 for a in view.annotations if a.was_cancelled)
    return ReportData(
        title=report_title, statements=pushed, labels=plain, labels_from=labels_from, clusters=trace(pushed, first),
        progress={"tasks": view.tasks, "annotated_tasks": view.annotated_tasks, "annotations": len(view.annotations) - cancelled, "cancelled": cancelled},
        agreement=[field_agreement(view.annotations, name, schema.classes(name)) for name in schema.choice_fields],
        model_card=current_model_card(model_dir),
        notes=[f"Label Studio project {title!r}: {view.tasks} tasks."],
    )
