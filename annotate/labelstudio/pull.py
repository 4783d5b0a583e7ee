"""Pull a project's annotations: snapshot export, flat table, per-statement aggregate, agreement.

Files written under ``out_dir`` (default ``data/annotations/``), all sharing one stem
``<project-slug>-<UTC timestamp>``:

- ``.json``: the snapshot export exactly as Label Studio produced it (full prediction
  objects, annotators as objects with their email). Never overwritten: written to a temp
  file, then hard-linked to a name that does not exist yet (a clash picks ``-2``, ``-3``...).
- ``.csv`` and ``.parquet``: one row per annotation (:func:`annotate.labelstudio.export.flat_row`
  columns: statement id, target, annotator, each schema field, lead time, created/updated,
  whether the shown prediction was accepted unchanged). Cancelled/skipped annotations are
  rows with ``was_cancelled`` true and no labels.
- ``-by-statement.csv``: per (statement, target) the majority of each choice field, with
  ties and disagreements flagged (:func:`annotate.labelstudio.agreement.aggregate`).

Parsing goes through :func:`annotate.labelstudio.export.parse_export`, once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pandas as pd

from annotate.errors import ServerError
from annotate.labelstudio.agreement import FieldAgreement, aggregate, field_agreement
from annotate.labelstudio.client import Client
from annotate.labelstudio.config import config_differences, labeling_config
from annotate.labelstudio.export import flat_columns, flat_row, parse_export
from annotate.output import atomic_writer
from annotate.paths import ANNOTATIONS_DIR
from annotate.records import Annotation
from annotate.schema import LabelSchema, load_schema

DEFAULT_OUT_DIR = ANNOTATIONS_DIR


@dataclass
class PullResult:
    project_title: str
    snapshot: Path
    table_csv: Path
    table_parquet: Path
    by_statement: Path
    tasks: int
    annotations: list[Annotation] = field(repr=False)
    cancelled: int
    agreement: list[FieldAgreement]

    def summary(self) -> str:
        labelled = len(self.annotations) - self.cancelled
        return (
            f"{labelled} annotations ({self.cancelled} cancelled/skipped) on {self.tasks} tasks of {self.project_title!r} -> "
            f"{self.snapshot}, {self.table_csv.name}, {self.table_parquet.name}, {self.by_statement.name}"
        )


def slug(title: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower() or "project"


def write_new(directory: Path, stem: str, suffix: str, data: bytes) -> Path:
    """Write ``data`` to a new file ``stem + suffix`` (or ``stem-2``...), never replacing one."""
    directory.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{stem}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        for attempt in range(1, 1000):
            path = directory / (f"{stem}{suffix}" if attempt == 1 else f"{stem}-{attempt}{suffix}")
            try:
                os.link(tmp, path)  # fails if the name exists: never overwrites
            except FileExistsError:
                continue
            return path
        raise ServerError(f"{directory}: too many snapshots named {stem}*; move old ones away")
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def pull_project(
    project_title: str,
    out_dir: Path = DEFAULT_OUT_DIR,
    client: Optional[Client] = None,
    schema: Optional[LabelSchema] = None,
    now: Optional[dt.datetime] = None,
    check_config: bool = True,
) -> PullResult:
    """Export ``project_title`` (snapshot), write the snapshot, tables and aggregate; compute agreement."""
    schema = schema or load_schema()
    client = client or Client.connect()
    project = client.require_project(project_title)
    if check_config:
        differences = config_differences(project.label_config or "", labeling_config(schema))
        structural = [d for d in differences if d != "layout/hints/hotkeys differ"]
        if structural:
            raise ServerError(
                f"labeling config of project {project_title!r} on {client.url} differs from the label schema: {'; '.join(structural)}; "
                "fix schemas/label_schema.json to match what annotators used"
            )
    raw = client.export_snapshot(project.id)
    try:
        tasks = json.loads(raw)
    except json.JSONDecodeError as err:
        raise ServerError(f"snapshot export of {project_title!r} from {client.url} is not JSON ({err.msg}); retry the pull") from None
    annotations = list(parse_export(tasks, schema))  # validate before writing anything

    stamp = (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    out_dir = Path(out_dir)
    snapshot = write_new(out_dir, f"{slug(project_title)}-{stamp}", ".json", raw)
    stem = snapshot.with_suffix("")
    columns = flat_columns(schema)
    table = pd.DataFrame([flat_row(a, schema) for a in annotations], columns=columns)
    table_csv, table_parquet = stem.with_suffix(".csv"), stem.with_suffix(".parquet")
    by_statement = stem.parent / f"{stem.name}-by-statement.csv"
    with atomic_writer(table_csv) as handle:
        table.to_csv(handle, index=False)
    with atomic_writer(table_parquet, "wb") as handle:
        table.to_parquet(handle, index=False)
    with atomic_writer(by_statement) as handle:
        pd.DataFrame(aggregate(annotations, schema.choice_fields)).to_csv(handle, index=False)
    agreement = [field_agreement(annotations, name, schema.classes(name)) for name in schema.choice_fields]
    return PullResult(
        project_title=project_title, snapshot=snapshot, table_csv=table_csv, table_parquet=table_parquet,
        by_statement=by_statement, tasks=len(tasks), annotations=annotations,
        cancelled=sum(1 for a in annotations if a.was_cancelled), agreement=agreement,
    )
