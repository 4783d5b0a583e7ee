"""Parse Label Studio exports into :class:`~annotate.records.Annotation` records, once.

Reads:
- the standard JSON export (a list of tasks, each with ``data``, ``annotations`` and
  ``predictions``), as downloaded from the UI or written by ``annotate pull`` (snapshot export);
- the flat table ``pull`` writes (``.csv`` or ``.parquet``, one row per annotation, columns
  :func:`flat_columns`: ``RECORD_COLUMNS`` + one column per label-schema field + ``META_COLUMNS``).

Label fields come from the label schema: a ``choices`` result whose ``from_name`` is a schema
field gives that field's label (checked against the schema's classes); a ``textarea`` result
gives its text. Results for other control names are ignored. Cancelled (skipped) annotations
are yielded with ``was_cancelled=True`` and every label None, so they never count as labels.
Tasks without annotations yield nothing.

Limits: only the first choice of a multi-choice result is kept (the schema's fields are
single-choice); drafts and "ground truth" flags are not read.
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from annotate.errors import InputError, UsageError
from annotate.labelstudio.layout import PER_TARGET_FIELDS, asked_targets, per_target_field
from annotate.labelstudio.tasks import TASK_KEYS
from annotate.records import Annotation
from annotate.schema import LabelSchema, load_schema

#: Task ``data`` keys (exact) that push writes and the classifier reads.
TASK_DATA_KEYS: tuple[str, ...] = TASK_KEYS + ("kind",)
#: Flat-table columns before the label columns (one per schema field) ...
RECORD_COLUMNS: tuple[str, ...] = (
    "task_id", "annotation_id", "statement_id", "article_id", "target", "text", "cue", "kind",
    "source", "source_label", "anonymous", "annotator",
)
#: ... and after them.
META_COLUMNS: tuple[str, ...] = (
    "was_cancelled", "lead_time", "created_at", "updated_at", "prediction_model_version", "prediction_accepted", "layout",
)
FLAT_SUFFIXES = (".csv", ".parquet")

ExportSource = Union[str, Path, list, dict]


def flat_columns(schema: Optional[LabelSchema] = None) -> list[str]:
    """Columns of the flat annotation table, label columns named after the schema's fields."""
    schema = schema or load_schema()
    return [*RECORD_COLUMNS, *(f.name for f in schema.fields), *META_COLUMNS]


def flat_row(annotation: Annotation, schema: Optional[LabelSchema] = None) -> dict[str, Any]:
    """One flat-table row of an annotation (what ``pull`` writes to CSV/Parquet)."""
    schema = schema or load_schema()
    data = annotation.model_dump()
    row = {name: data.get(name) for name in RECORD_COLUMNS}
    row.update({f.name: annotation.labels.get(f.name) for f in schema.fields})
    row.update({name: data.get(name) for name in META_COLUMNS})
    return row


def _as_bool(value: Any) -> Optional[bool]:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, float) and math.isnan(value):
        return None
    text = str(value).strip().lower()
    if text in ("true", "1", "yes", "t"):
        return True
    if text in ("false", "0", "no", "f"):
        return False
    return None


STATEMENT_FIELDS = ("statement_id", "article_id", "target", "cue", "kind", "source", "source_label")


def _statement_fields(record: dict) -> dict:
    """The statement fields of an Annotation, from task data or a flat-table row."""
    fields: dict = {name: _as_str(record.get(name)) for name in STATEMENT_FIELDS}
    fields["anonymous"] = _as_bool(record.get("anonymous"))
    return fields


def _as_str(value: Any) -> Optional[str]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value)
    return text if text != "" else None


def _annotator(annotation: dict) -> Optional[str]:
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        return _as_str(who.get("email")) or _as_str(who.get("id"))
    username = annotation.get("created_username")
    if isinstance(username, str) and username.strip():
        return username.split(",")[0].strip() or None
    return _as_str(who)


class LabelReader:
    """Turns a ``result`` list into {field: label} using the schema; the statement layout's
    per-target controls (``stance_2``) are read as their field's labels under their own name."""

    def __init__(self, schema: LabelSchema, where: str, on_unknown: Optional[Callable[[str, str], None]] = None) -> None:
        self.schema = schema
        self.where = where
        self.types = {f.name: f.type for f in schema.fields}
        self.on_unknown = on_unknown

    def __call__(self, result: Any, context: str) -> dict[str, Optional[str]]:
        labels: dict[str, Optional[str]] = {name: None for name in self.types}
        if not isinstance(result, list):
            raise InputError(f"{self.where}: {context}: 'result' is not a list; re-export the project as JSON")
        for item in result:
            if not isinstance(item, dict):
                continue
            name = item.get("from_name")
            base = name if name in self.types else per_target_field(name) if isinstance(name, str) else None
            if base not in self.types:
                continue
            value = item.get("value") or {}
            if not isinstance(value, dict):
                raise InputError(
                    f"{self.where}: {context}: {name} 'value' is a {type(value).__name__}, not an object; "
                    "re-export the project as JSON (results look like {\"value\": {\"choices\": [...]}})"
                )
            if self.types[base] == "choices":
                choices = value.get("choices") or []
                if isinstance(choices, str):  # one label given bare, not in a list
                    choices = [choices]
                if not isinstance(choices, list) or not choices:
                    continue
                label = str(choices[0])
                classes = self.schema.classes(base)
                if label not in classes:
                    if self.on_unknown is None:
                        raise InputError(
                            f"{self.where}: {context}: {name} label {label!r} is not in the label schema "
                            f"({', '.join(classes)}); add it to schemas/label_schema.json or fix the project's labeling config"
                        )
                    self.on_unknown(base, label)
                labels[name] = label
            else:
                text = value.get("text")
                if isinstance(text, list):
                    text = "\n".join(str(t) for t in text)
                labels[name] = _as_str(text)
        return labels


def _shown_prediction(annotation: dict, task: dict) -> Optional[dict]:
    shown = annotation.get("prediction")
    if isinstance(shown, dict) and shown.get("result"):
        return shown
    parent = annotation.get("parent_prediction")
    if parent is not None:
        for prediction in task.get("predictions") or []:
            if isinstance(prediction, dict) and prediction.get("id") == parent:
                return prediction
    return None


def _task_annotations(task: Any, index: int, labels_of: LabelReader) -> Iterator[Annotation]:
    where = labels_of.where
    if not isinstance(task, dict):
        raise InputError(f"{where}: task #{index} is not a JSON object; give a Label Studio JSON export (a list of tasks)")
    task_id = task.get("id")
    name = f"task {task_id}" if task_id is not None else f"task #{index}"
    data = task.get("data")
    if not isinstance(data, dict):
        raise InputError(f"{where}: {name} has no 'data' object; give a Label Studio JSON export, not JSON-MIN or CSV")
    text = data.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: {name} has no 'text' in its data; tasks need data.text (the statement)")
    asked = asked_targets(data)
    # Pair layout: one row per annotation, the task's own target. Statement layout: one row per
    # asked target, its stance from that target's control, the other fields repeated.
    views: list[tuple[Optional[str], Optional[str]]] = (
        [(None, data.get("target"))] if asked is None else list(asked.items()) or [(None, None)]
    )

    def project(raw: dict[str, Optional[str]], control: Optional[str]) -> dict[str, Optional[str]]:
        if asked is None:
            return raw
        out = {key: value for key, value in raw.items() if key in labels_of.types and key not in PER_TARGET_FIELDS}
        for field in PER_TARGET_FIELDS:
            if field in labels_of.types:
                out[field] = raw.get(f"{field}_{control.rsplit('_', 1)[1]}") if control else None
        return out

    for annotation in task.get("annotations") or []:
        if not isinstance(annotation, dict):
            continue
        context = f"{name} annotation {annotation.get('id')}"
        cancelled = bool(annotation.get("was_cancelled"))
        raw = labels_of(annotation.get("result") or [], context)
        shown = _shown_prediction(annotation, task)
        shown_version = _as_str(shown.get("model_version")) if shown is not None else None
        shown_raw = labels_of(shown.get("result") or [], f"{name} prediction") if shown is not None else {}
        lead_time = annotation.get("lead_time")
        for control, target in views:
            labels = project(raw, control)
            if cancelled:
                labels = {key: None for key in labels}
            accepted = None
            if shown is not None:
                predicted = {k: v for k, v in project(shown_raw, control).items() if v is not None}
                if predicted and not cancelled:
                    accepted = all(labels.get(k) == v for k, v in predicted.items())
            yield Annotation(
                task_id=task_id if isinstance(task_id, int) else None,
                annotation_id=annotation.get("id") if isinstance(annotation.get("id"), int) else None,
                text=text,
                **{**_statement_fields(data), "target": _as_str(target)},
                annotator=_annotator(annotation),
                labels=labels,
                was_cancelled=cancelled,
                lead_time=float(lead_time) if isinstance(lead_time, (int, float)) else None,
                created_at=_as_str(annotation.get("created_at")),
                updated_at=_as_str(annotation.get("updated_at")),
                prediction_model_version=shown_version,
                prediction_accepted=accepted,
                layout="statement" if asked is not None else None,
            )


def _flat_rows(path: Path) -> Iterator[dict[str, Any]]:
    if path.suffix.lower() == ".parquet":
        import pandas as pd

        try:
            frame = pd.read_parquet(path)
        except Exception as err:  # pyarrow raises many types for a bad file
            raise InputError(f"{path}: not a readable Parquet file ({type(err).__name__}); re-run `annotate pull`") from None
        yield from frame.to_dict(orient="records")
        return
    with open(path, newline="", encoding="utf-8") as handle:
        yield from csv.DictReader(handle)


def _flat_annotations(path: Path, schema: LabelSchema) -> Iterator[Annotation]:
    label_fields = [f.name for f in schema.fields]
    rows = _flat_rows(path)
    first = True
    for number, row in enumerate(rows, start=2):
        if first:
            first = False
            missing = [c for c in ("text",) if c not in row]
            if missing or not any(f in row for f in label_fields):
                raise InputError(
                    f"{path}: flat table needs a 'text' column and at least one label column "
                    f"({', '.join(label_fields)}); columns are {', '.join(map(str, row))}"
                )
        text = _as_str(row.get("text"))
        if text is None:
            raise InputError(f"{path}:{number}: empty 'text'; every row needs the statement text")
        labels = {name: _as_str(row.get(name)) for name in label_fields}
        for name in schema.choice_fields:
            if labels[name] is not None and labels[name] not in schema.classes(name):
                raise InputError(
                    f"{path}:{number}: {name} label {labels[name]!r} is not in the label schema "
                    f"({', '.join(schema.classes(name))}); fix the row or the schema"
                )
        cancelled = bool(_as_bool(row.get("was_cancelled")))
        if cancelled:
            labels = {key: None for key in labels}

        def as_int(key: str) -> Optional[int]:
            value = _as_str(row.get(key))
            try:
                return int(float(value)) if value is not None else None
            except ValueError:
                return None

        lead = _as_str(row.get("lead_time"))
        try:
            lead_time = float(lead) if lead is not None else None
        except ValueError:
            lead_time = None
        yield Annotation(
            task_id=as_int("task_id"),
            annotation_id=as_int("annotation_id"),
            text=text,
            **_statement_fields(row),
            annotator=_as_str(row.get("annotator")),
            labels=labels,
            was_cancelled=cancelled,
            lead_time=lead_time,
            created_at=_as_str(row.get("created_at")),
            updated_at=_as_str(row.get("updated_at")),
            prediction_model_version=_as_str(row.get("prediction_model_version")),
            prediction_accepted=_as_bool(row.get("prediction_accepted")),
            layout=_as_str(row.get("layout")),
        )


SNAPSHOT_SUFFIXES = (".json", ".csv", ".parquet")


def resolve_export(path: Path) -> Path:
    """``path`` itself, or for a folder its newest snapshot (by modification time).

    In a folder, JSON snapshot exports are preferred; without any, the newest flat table
    (``.parquet``/``.csv``, not the ``-by-statement.csv`` aggregates) is used.
    """
    path = Path(path)
    if path.is_dir():
        files = [p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")]
        snapshots = [p for p in files if p.suffix.lower() == ".json"] or [
            p for p in files if p.suffix.lower() in SNAPSHOT_SUFFIXES and not p.name.endswith("-by-statement.csv")
        ]
        if not snapshots:
            raise UsageError(f"{path}: no annotation snapshots (.json/.csv/.parquet) in this folder; run `annotate pull` or pass --annotations FILE")
        return max(snapshots, key=lambda p: (p.stat().st_mtime, p.name))
    if not path.is_file():
        raise UsageError(f"{path}: no such export file or folder; pass --annotations with a Label Studio JSON export or a pull snapshot")
    return path


def parse_export(
    source: ExportSource, schema: Optional[LabelSchema] = None, on_unknown_label: Optional[Callable[[str, str], None]] = None
) -> Iterator[Annotation]:
    """Yield one Annotation per annotation in a Label Studio export (file path or parsed JSON).

    Raises :class:`~annotate.errors.InputError` (one line, naming the file and task) on a
    missing file, bad JSON, a task without ``data.text``, or a label not in the schema.
    With ``on_unknown_label(field, label)`` a label not in the schema is kept as given and
    reported through that call instead (what ``pull`` does: one stray label never loses a project).
    """
    schema = schema or load_schema()
    if isinstance(source, (list, dict)):
        where, tasks = "export", source
    else:
        path = Path(source)
        where = str(path)
        if not path.is_file():
            raise InputError(f"{path}: export not found; give a Label Studio JSON export or the table `annotate pull` wrote")
        if path.suffix.lower() in FLAT_SUFFIXES:
            yield from _flat_annotations(path, schema)
            return
        try:
            tasks = json.loads(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text; give the JSON export file") from None
        except json.JSONDecodeError as err:
            raise InputError(
                f"{path}: not valid JSON ({err.msg} at line {err.lineno}); give a Label Studio JSON export "
                "(Export > JSON) or a .csv/.parquet table from `annotate pull`"
            ) from None
    if isinstance(tasks, dict):
        tasks = tasks.get("tasks", [tasks])
    if not isinstance(tasks, list):
        raise InputError(f"{where}: expected a list of tasks; give a Label Studio JSON export")
    yield from parse_tasks(tasks, schema, where, on_unknown_label)


def parse_tasks(
    tasks: Iterable[Any], schema: LabelSchema, where: str = "export", on_unknown_label: Optional[Callable[[str, str], None]] = None
) -> Iterator[Annotation]:
    """The annotations of Label Studio export tasks given one at a time (see :func:`parse_export`)."""
    labels_of = LabelReader(schema, where, on_unknown_label)
    for index, task in enumerate(tasks):
        yield from _task_annotations(task, index, labels_of)


def build_export(
    records: Iterable[dict[str, Any]],
    schema: Optional[LabelSchema] = None,
    to_name: Optional[str] = None,
    annotator: str = "gold@annotate.local",
) -> list[dict[str, Any]]:
    """A standard Label Studio JSON export (one annotation per task) from plain records.

    Each record holds task data (any of TASK_DATA_KEYS; ``text`` required) and label values
    under the schema's field names. Used to turn gold files (the seeds gold, Emergent) into
    exports that go through the same training path as real Label Studio annotations.
    """
    schema = schema or load_schema()
    to_name = to_name or schema.object.name
    tasks = []
    for number, record in enumerate(records, start=1):
        data = {key: record[key] for key in TASK_DATA_KEYS if key in record}
        result = []
        for field in schema.fields:
            value = record.get(field.name)
            if value in (None, ""):
                continue
            body = {"choices": [value]} if field.type == "choices" else {"text": [value]}
            result.append({"from_name": field.name, "to_name": to_name, "type": field.type, "value": body, "origin": "manual"})
        tasks.append(
            {
                "id": number,
                "data": data,
                "annotations": [
                    {
                        "id": number,
                        "completed_by": {"id": 1, "email": annotator},
                        "result": result,
                        "was_cancelled": False,
                        "ground_truth": False,
                        "lead_time": None,
                        "created_at": None,
                        "updated_at": None,
                        "prediction": {},
                        "parent_prediction": None,
                    }
                ],
                "predictions": [],
            }
        )
    return tasks
