"""Batch pre-labelling: statements (or articles) in, one prediction record per statement and target out.

Input kinds (``input_kind="auto"`` decides by the file):
- ``statements``: a JSONL of Statement records (what ``annotate extract`` writes), or a CSV
  with a ``text`` column and optional ``target`` and ``id`` columns (``id`` is kept as ``id``);
- ``articles``: anything ``annotate extract`` reads (folders, ``.txt``, article ``.jsonl``/``.csv``),
  extracted on the fly.
``auto`` reads folders and ``.txt`` as articles; a ``.jsonl`` as statements when its first
record is a Statement, else articles; a ``.csv`` as statements unless it has ``id`` and
``text`` plus an article column (``title``, ``outlet``, ``date`` or ``url``) and no ``target``.

Everything streams: records are read, predicted in batches of ``batch_size`` and written one
by one, so memory stays flat however long the input.

Limit: stance needs a target. A statement with no target (none in the row, no ``--target``)
gets ``stance: null`` and its certainty only.
"""

from __future__ import annotations

import csv
import json
from itertools import islice
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Optional, Sequence


from annotate.errors import UsageError
from annotate.readers import InputProblem, is_statements_jsonl, iter_articles, iter_statements_jsonl
from annotate.records import Prediction, PredictItem, Statement

DEFAULT_BATCH_SIZE = 1000
INPUT_KINDS = ("auto", "articles", "statements")
ARTICLE_ONLY_COLUMNS = ("title", "outlet", "date", "url")

Problem = Callable[[InputProblem], None]


def _csv_columns(path: Path) -> list[str]:
    with open(path, newline="", encoding="utf-8-sig", errors="replace") as handle:
        return next(csv.reader(handle), [])


def detect_kind(path: Path) -> str:
    """'articles' or 'statements' for ``input_kind='auto'`` (see the module docstring)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if path.is_file() and suffix == ".jsonl":
        return "statements" if is_statements_jsonl(path) else "articles"
    if path.is_file() and suffix == ".csv":
        columns = set(_csv_columns(path))
        is_article = {"id", "text"} <= columns and bool(columns & set(ARTICLE_ONLY_COLUMNS)) and "target" not in columns
        return "articles" if is_article else "statements"
    return "articles"


def statement_item(statement: Statement, target: Optional[str]) -> PredictItem:
    return PredictItem(
        statement_id=statement.id,
        text=statement.content.text if statement.content is not None else "",
        target=target,
        cue=statement.cue.text if statement.cue is not None else None,
        kind=statement.kind,
        anonymous=statement.anonymous,
        source_label=statement.source_label,
        context=statement.context.text if statement.context is not None else None,
    )


def statement_pairs(statements: Iterable[Statement], targets: Sequence[str]) -> Iterator[tuple[dict, PredictItem]]:
    for statement in statements:
        if statement.content is None:
            continue
        record = statement.model_dump(mode="json")
        for target in targets or [None]:
            yield record, statement_item(statement, target)


def _csv_pairs(path: Path, targets: Sequence[str], on_problem: Problem) -> Iterator[tuple[dict, PredictItem]]:
    csv.field_size_limit(1 << 30)
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        columns = reader.fieldnames or []
        repeated = sorted({name for name in columns if columns.count(name) > 1})
        if repeated:
            raise UsageError(f"{path}: CSV header repeats column(s) {', '.join(repr(name) for name in repeated)}; keep one column of each name")
        if "text" not in columns:
            raise UsageError(f"{path}: CSV has no 'text' column (columns: {', '.join(columns) or 'none'}); name the statement column text")
        for number, row in enumerate(reader, start=2):
            text = (row.get("text") or "").strip()
            if not text:
                on_problem(InputProblem(str(path), "empty 'text', row skipped; give every row its statement", number))
                continue
            row_id = (row.get("id") or "").strip()
            row_targets = [row["target"]] if (row.get("target") or "").strip() else list(targets) or [None]
            anonymous = (row.get("anonymous") or "").strip().lower()
            for target in row_targets:
                record = {key: value for key, value in row.items() if key is not None}
                yield record, PredictItem(
                    statement_id=row_id or f"{path.stem}:{number}",
                    text=row["text"],
                    target=target,
                    cue=(row.get("cue") or None),
                    kind=(row.get("kind") or None),
                    anonymous=anonymous in ("true", "1", "yes") if anonymous else None,
                    source_label=(row.get("source_label") or None),
                )


def input_pairs(
    path: Path, targets: Sequence[str], on_problem: Problem, input_kind: str = "auto", extractor=None
) -> Iterator[tuple[dict, PredictItem]]:
    """(record to output, what the classifier sees) for every statement x target of ``path``."""
    path = Path(path)
    if input_kind not in INPUT_KINDS:
        raise UsageError(f"--input-kind must be one of {', '.join(INPUT_KINDS)}, not {input_kind!r}")
    if not path.exists():
        raise UsageError(f"{path}: no such file or folder; give articles, statement JSONL or a CSV with a text column")
    if resolve_kind(path, input_kind) == "csv":
        yield from _csv_pairs(path, targets, on_problem)
    else:
        yield from statement_pairs(input_statements(path, on_problem, input_kind, extractor), targets)


def resolve_kind(path: Path, input_kind: str = "auto") -> str:
    """'csv' (statement rows), 'statements' (extract's JSONL) or 'articles'."""
    kind = detect_kind(path) if input_kind == "auto" else input_kind
    if kind == "statements" and Path(path).suffix.lower() == ".csv":
        return "csv"
    return kind


def input_statements(path: Path, on_problem: Problem, input_kind: str = "auto", extractor=None) -> Iterator[Statement]:
    """Statement records of a statement JSONL or of articles (extracted); not for statement CSVs."""
    kind = resolve_kind(path, input_kind)
    if kind == "csv":
        raise UsageError(f"{path}: a statement CSV has no article offsets to make Label Studio tasks from; push articles or `annotate extract` JSONL")
    if kind == "statements":
        yield from iter_statements_jsonl(path, on_problem)
        return
    from annotate.extract import Extractor

    yield from (extractor or Extractor()).extract_many(iter_articles([path], on_problem), on_problem)


def output_record(record: dict, prediction: Prediction) -> dict:
    out = dict(record)
    out["target"] = prediction.target
    out["stance"] = prediction.stance.model_dump() if prediction.stance is not None else None
    out["certainty"] = prediction.certainty.model_dump() if prediction.certainty is not None else None
    out["model_version"] = prediction.model_version
    return out


def prelabel(
    pairs: Iterable[tuple[dict, PredictItem]], predictor, batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[dict]:
    """Predict in batches; yield one output record per input pair, in input order."""
    iterator = iter(pairs)
    while True:
        batch = list(islice(iterator, batch_size))
        if not batch:
            return
        predictions = predictor.predict([item for _, item in batch])
        for (record, _), prediction in zip(batch, predictions):
            yield output_record(record, prediction)


def _flat(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


class CsvSink:
    """Writes output records as CSV rows: input columns, then per field label, score and p_<class>."""

    def __init__(self, handle: IO, classes: dict[str, list[str]]) -> None:
        self.handle = handle
        self.classes = classes
        self.writer: Optional[csv.DictWriter] = None

    def write(self, record: dict) -> None:
        row = {key: _flat(value) for key, value in record.items() if key not in self.classes}
        for name, classes in self.classes.items():
            predicted = record.get(name)
            row[name] = predicted["label"] if predicted else ""
            row[f"{name}_score"] = predicted["score"] if predicted else ""
            for label in classes:
                row[f"{name}_p_{label}"] = predicted["probabilities"].get(label, "") if predicted else ""
        if self.writer is None:
            self.writer = csv.DictWriter(self.handle, fieldnames=list(row), extrasaction="ignore", restval="")
            self.writer.writeheader()
        self.writer.writerow(row)


def write_records(records: Iterable[dict], handle: IO, fmt: str, classes: dict[str, list[str]]) -> int:
    count = 0
    if fmt == "csv":
        sink = CsvSink(handle, classes)
        for record in records:
            sink.write(record)
            count += 1
        return count
    for record in records:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


