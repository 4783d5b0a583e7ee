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
- ``-attributions.jsonl``: the annotators' corrected spans as Statement records, offsets into
  the article text (:mod:`annotate.labelstudio.gold`; ``annotate evaluate --gold`` reads it).

Parsing goes through :func:`annotate.labelstudio.export.parse_export`, once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Optional, Union

import pandas as pd

from annotate.errors import ServerError
from annotate.output import check_writable_dir
from annotate.labelstudio.agreement import FieldAgreement, aggregate, field_agreement
from annotate.labelstudio.client import Client, normalise_title
from annotate.labelstudio.config import config_differences, labeling_config
from annotate.errors import InputError
from annotate.labelstudio.export import flat_columns, flat_row, parse_tasks
from annotate.labelstudio.layout import statement_config, target_controls
from annotate.labelstudio.gold import extraction_line, pulled_gold
from annotate.labelstudio.server import pid_alive
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
    warnings: list[str] = field(default_factory=list)
    attributions: Optional[Path] = None  # the corrected statements (annotate.labelstudio.gold)
    extraction: Optional[str] = None  # the extractor's precision/recall on the judged statements, one line

    def summary(self) -> str:
        labelled = len(self.annotations) - self.cancelled
        return (
            f"{labelled} annotations ({self.cancelled} cancelled/skipped) on {self.tasks} tasks of {self.project_title!r} -> "
            f"{self.snapshot}, {self.table_csv.name}, {self.table_parquet.name}, {self.by_statement.name}"
        )


def slug(title: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower() or "project"


TEMP_SUFFIX = ".tmp"


def _temp_prefix(stem: str) -> str:
    return f".{stem}.{os.getpid()}."


def remove_leftovers(directory: Path) -> list[Path]:
    """Remove the temp files of pulls that were killed (their pid is gone); return them."""
    removed = []
    if not directory.is_dir():
        return removed
    for path in directory.glob(f".*{TEMP_SUFFIX}"):
        parts = path.name.split(".")
        pid = next((int(part) for part in parts[2:] if part.isdigit()), None) if len(parts) > 3 else None
        if pid is not None and pid != os.getpid() and pid_alive(pid):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def new_temp(directory: Path, stem: str) -> Path:
    """An empty temp file in ``directory`` named for this process (so a later pull can tell it is a leftover)."""
    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(stem), suffix=TEMP_SUFFIX, dir=directory)
    os.close(fd)
    return Path(tmp)


def publish_new(directory: Path, stem: str, parts: list[tuple[str, Union[bytes, Path]]]) -> list[Path]:
    """Publish each ``(suffix, data or temp file)`` as ``stem + suffix`` (or ``stem-2``...), never replacing a file.

    Bytes go to temp files first (a given temp file must be in ``directory``); all are then
    hard-linked to their names in order, the last part last, so a reader that sees the last part
    (the snapshot) sees all of them. A name taken by someone else moves every part to the next stem.
    The temp names are removed in any case.
    """
    directory.mkdir(parents=True, exist_ok=True)
    temps: list[Path] = []
    try:
        for _, data in parts:
            if isinstance(data, Path):
                temps.append(data)
                continue
            tmp = new_temp(directory, stem)
            temps.append(tmp)
            with open(tmp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        for attempt in range(1, 1000):
            name = stem if attempt == 1 else f"{stem}-{attempt}"
            linked: list[Path] = []
            try:
                for (suffix, _), tmp in zip(parts, temps):
                    path = directory / f"{name}{suffix}"
                    os.link(tmp, path)  # fails if the name exists: never overwrites
                    linked.append(path)
            except FileExistsError:
                for path in linked:
                    path.unlink()
                continue
            return linked
        raise ServerError(f"{directory}: too many snapshots named {stem}*; move old ones away")
    finally:
        for tmp in temps:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)


def iter_json_array(path: Path, chunk_chars: int = 1 << 20) -> Iterator[Any]:
    """The items of a JSON array file one at a time (memory holds one item and one chunk, not the file).

    Raises ``json.JSONDecodeError`` on malformed JSON and ValueError when the top level is not an array.
    """
    decoder = json.JSONDecoder()
    with open(path, encoding="utf-8") as handle:
        buffer, pos, done = "", 0, False

        def fill() -> bool:
            nonlocal buffer, pos, done
            more = handle.read(chunk_chars)
            done = not more
            buffer, pos = buffer[pos:] + more, 0
            return bool(more)

        def skip() -> str:
            nonlocal pos
            while True:
                while pos < len(buffer) and buffer[pos] in " \t\r\n":
                    pos += 1
                if pos < len(buffer) or not fill():
                    return buffer[pos] if pos < len(buffer) else ""

        if skip() != "[":
            raise ValueError("the export is not a JSON list of tasks")
        pos += 1
        first = True
        while True:
            token = skip()
            if token == "]":
                return
            if not first:
                if token != ",":
                    raise json.JSONDecodeError("Expecting ',' delimiter", buffer, pos)
                pos += 1
                skip()
            first = False
            while True:
                try:
                    item, end = decoder.raw_decode(buffer, pos)
                    break
                except json.JSONDecodeError:
                    if done or not fill():
                        raise
            pos = end
            yield item


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
    project_title = normalise_title(project_title)
    out_dir = Path(out_dir)
    check_writable_dir(out_dir, "--out-dir")
    remove_leftovers(out_dir)
    client = client or Client.connect()
    project = client.require_project(project_title)
    if check_config:
        controls = target_controls(project.label_config or "")
        ours = statement_config(list(controls.values()), schema) if controls is not None else labeling_config(schema)
        differences = config_differences(project.label_config or "", ours)
        # Labels the server has beyond the schema are read and kept (a warning per label used), not refused.
        # A project made before the span labels has no spans control: its choices are read, it gives no gold.
        no_spans = f"field {schema.spans.name!r} missing on the server" if schema.spans else None
        # Labels the schema added since the project was made (the server lacks them) are no reading problem either.
        structural = [d for d in differences if d not in ("layout/hints/hotkeys differ", no_spans)
                      and " has extra label(s) " not in d and " lacks label(s) " not in d]
        if structural:
            raise ServerError(
                f"labeling config of project {project_title!r} on {client.url} differs from the label schema: {'; '.join(structural)}; "
                "fix schemas/label_schema.json to match what annotators used"
            )
    stem = f"{slug(project_title)}-{(now or dt.datetime.now(dt.timezone.utc)).strftime('%Y%m%dT%H%M%SZ')}"
    raw = new_temp(out_dir, stem)  # the snapshot streams to disk, then is read back one task at a time
    try:
        client.export_snapshot_to(project.id, raw)
        unknown: Counter = Counter()
        counted = {"tasks": 0}

        def tasks() -> Iterator[Any]:
            for task in iter_json_array(raw):
                counted["tasks"] += 1
                yield task

        try:
            annotations = list(parse_tasks(tasks(), schema, "export", on_unknown_label=lambda name, label: unknown.update([(name, label)])))
        except (json.JSONDecodeError, ValueError, UnicodeDecodeError) as err:
            if isinstance(err, InputError):
                raise
            raise ServerError(f"snapshot export of {project_title!r} from {client.url} is not a JSON list of tasks ({str(err)[:80]}); retry the pull") from None
        warnings = [
            f"warning: {name} label {label!r} is not in the label schema ({count} results); kept as given: "
            f"add it to schemas/label_schema.json or relabel those tasks"
            for (name, label), count in sorted(unknown.items())
        ]
        columns = flat_columns(schema)
        table = pd.DataFrame([flat_row(a, schema) for a in annotations], columns=columns)
        parquet = io.BytesIO()
        table.to_parquet(parquet, index=False)
        parts: list[tuple[str, Union[bytes, Path]]] = [
            (".csv", table.to_csv(index=False).encode("utf-8")),
            (".parquet", parquet.getvalue()),
            ("-by-statement.csv", pd.DataFrame(aggregate(annotations, schema.choice_fields)).to_csv(index=False).encode("utf-8")),
            (".json", raw),  # last: a snapshot is only ever seen with its tables
        ]
        del table, parquet
        gold = pulled_gold(iter_json_array(raw), schema)
        warnings.extend(gold.warnings)
        parts.insert(-1, ("-attributions.jsonl", gold.jsonl()))
        table_csv, table_parquet, by_statement, attributions, snapshot = publish_new(out_dir, stem, parts)
    finally:
        with contextlib.suppress(FileNotFoundError):
            raw.unlink()
    agreement = [field_agreement(annotations, name, schema.classes(name)) for name in schema.choice_fields]
    return PullResult(
        project_title=project_title, snapshot=snapshot, table_csv=table_csv, table_parquet=table_parquet,
        by_statement=by_statement, tasks=counted["tasks"], annotations=annotations,
        cancelled=sum(1 for a in annotations if a.was_cancelled), agreement=agreement, warnings=warnings,
        attributions=attributions, extraction=extraction_line(gold),
    )
