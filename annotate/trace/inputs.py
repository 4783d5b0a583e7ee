"""Read statements (and any labels they carry) for tracing and reports.

A line may be a plain Statement (what ``annotate extract`` writes) or a pre-labelling
record (``annotate prelabel``: the statement plus ``stance``/``certainty`` as
``{label, score, ...}``, ``target`` and ``model_version``); the latter's labels become
predictions on the statement. A statement repeated (one record per target) is kept once;
its first labelled record per field wins.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from pydantic import ValidationError

from annotate.readers import InputProblem, ProblemHandler
from annotate.records import Statement
from annotate.trace.cluster import LabelValue

LABEL_FIELDS = ("stance", "certainty")


@dataclass
class StatementSet:
    statements: list[Statement] = field(default_factory=list)
    #: statement id -> field -> labels (one per target for stance)
    labels: dict[str, dict[str, list[LabelValue]]] = field(default_factory=dict)

    def first_labels(self) -> dict[str, dict[str, LabelValue]]:
        return {sid: {name: values[0] for name, values in fields.items() if values} for sid, fields in self.labels.items()}


def _label(value, record: dict) -> Optional[LabelValue]:
    if isinstance(value, dict) and isinstance(value.get("label"), str):
        return LabelValue(label=value["label"], origin="prediction", model_version=record.get("model_version"), target=record.get("target"))
    return None


def read_statement_files(paths: Iterable[Path], on_problem: ProblemHandler) -> StatementSet:
    """Statements (deduplicated by id, input order) and their labels from statement or prelabel JSONL files."""
    out = StatementSet()
    seen: set[str] = set()
    for path in paths:
        path = Path(path)
        try:
            handle = open(path, encoding="utf-8", errors="replace")
        except (FileNotFoundError, IsADirectoryError):
            on_problem(InputProblem(str(path), "no such statements file; give the JSONL `annotate extract` or `annotate prelabel` writes"))
            continue
        with handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    statement = Statement.model_validate(record)
                except (json.JSONDecodeError, ValidationError, TypeError) as err:
                    reason = err.errors()[0]["msg"] if isinstance(err, ValidationError) else type(err).__name__
                    on_problem(InputProblem(str(path), f"not a statement ({reason}), line skipped; give the JSONL `annotate extract` writes", number))
                    continue
                if statement.id not in seen:
                    seen.add(statement.id)
                    out.statements.append(statement)
                for name in LABEL_FIELDS:
                    value = _label(record.get(name), record)
                    if value is not None:
                        out.labels.setdefault(statement.id, {}).setdefault(name, []).append(value)
    return out
