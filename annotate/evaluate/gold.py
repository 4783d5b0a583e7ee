"""Read gold attributions: a brat standoff folder (PolNeAR layout) or the seeds gold JSONL.

Brat folder: ``text/<stem>.txt`` and ``attributions/<stem>_<annotator>.ann``. T-lines
(``T1\\tSource 89 106\\tThe New York Post``, spans may be discontinuous ``0 5;10 20``) are
linked by E-lines (``E1\\tAttribution:T4 Content:T3 Cue:T2 Source:T1``); an event may lack
Source or Cue, and ``Content2`` is a second content span, merged into the content. Events
with no content are ignored (counted). Where a document has several annotators' files,
only the FIRST by sorted file name is scored, so figures are deterministic. Text files
without any ``.ann`` file are not gold documents.

Seeds gold JSONL: one attribution per line with ``doc`` (file name; article id = its stem),
``content``/``content_start``/``content_end`` and the same for ``source`` and ``cue``
(null when absent), plus ``label``, ``anonymous``, ``via`` and ``resolves_to`` (texts).
Its documents are the ones named on its lines (a seed article with no gold line is not
part of it).

Pulled attributions JSONL (``<project>-<time>-attributions.jsonl`` from ``annotate pull``,
:mod:`annotate.labelstudio.gold`): one Statement record a line, ``id`` the extracted statement
an annotator judged, ``content`` null when it was judged not a statement. It is a partial gold:
only judged statements are known, so :func:`annotate.evaluate.evaluate` scores a prediction of
its articles only when its id was judged or its content overlaps a judged content
(:attr:`Gold.judged`); the other predictions are ignored and counted in a note.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict

from annotate.errors import UsageError
from annotate.evaluate.spans import Region
from annotate.readers import first_json_record
from annotate.records import Span, Statement

_FRAGMENT = re.compile(r"^(\d+) (\d+)$")
CONTENT_ROLES = ("Content", "Content2")
# Annotation lines start with an id and a tab ("T12\t", "E3\t"); other lines continue a span text.
_ANN_ID = re.compile(r"[A-Z#]\d+\t")


class GoldAttribution(BaseModel):
    """One gold attributed statement; spans as :class:`Region` (fragments + trimmed core)."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    article_id: str
    content: Region
    source: Optional[Region] = None
    cue: Optional[Region] = None
    label: Optional[str] = None
    anonymous: Optional[bool] = None
    via: Optional[str] = None
    resolves_to: Optional[str] = None


class Gold(BaseModel):
    """Every gold document (article id -> its attributions; possibly none)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    path: str
    format: str  # "brat", "jsonl" or "statements"
    documents: dict[str, list[GoldAttribution]]
    notes: list[str] = []
    judged: Optional[frozenset[str]] = None  # partial gold: the statement ids an annotator judged

    @property
    def attributions(self) -> int:
        return sum(len(items) for items in self.documents.values())


def read_gold(path: Path) -> Gold:
    """Read ``path`` as a brat folder or a seeds-style JSONL file; raise UsageError if neither."""
    path = Path(path)
    if path.is_dir():
        return read_brat(path)
    if path.is_file() and path.suffix.lower() == ".jsonl":
        return read_statements_gold(path) if _is_statements_jsonl(path) else read_seeds_jsonl(path)
    if not path.exists():
        raise UsageError(f"{path}: no such gold file or folder; give a brat folder (text/ + attributions/) or a gold .jsonl")
    raise UsageError(f"{path}: gold must be a brat folder (text/ + attributions/) or a .jsonl file")


def _brat_region(spec: str, text: str, where: str) -> Region:
    pieces = []
    for frag in spec.split(";"):
        match = _FRAGMENT.match(frag.strip())
        if not match:
            raise UsageError(f"{where}: bad brat span {spec!r}; expected 'START END' or 'S1 E1;S2 E2'")
        start, end = int(match.group(1)), int(match.group(2))
        if not 0 <= start <= end <= len(text):
            raise UsageError(f"{where}: span {start}-{end} is outside the text ({len(text)} characters); is the .ann for this text?")
        pieces.append((start, end, text[start:end]))
    region = Region.of(pieces)
    if region is None:
        raise UsageError(f"{where}: empty span {spec!r}")
    return region


def parse_ann(ann: str, text: str, article_id: str, where: str) -> tuple[list[GoldAttribution], int]:
    """Attributions of one ``.ann`` file's text; also returns how many events had no content."""
    spans: dict[str, Region] = {}
    events: list[tuple[int, str]] = []
    for number, line in enumerate(ann.splitlines(), start=1):
        if not _ANN_ID.match(line):
            continue  # the rest of a span text that runs over a line break (PolNeAR train has a few)
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2 or " " not in parts[1]:
                raise UsageError(f"{where}:{number}: malformed T-line; expected 'T1<TAB>Type START END<TAB>text'")
            _, spec = parts[1].split(" ", 1)
            spans[parts[0]] = _brat_region(spec, text, f"{where}:{number}")
        elif line.startswith("E"):
            events.append((number, line))
    attributions, no_content = [], 0
    for number, line in events:
        parts = line.split("\t")
        roles: dict[str, list[Region]] = {}
        for arg in (parts[1].split() if len(parts) > 1 else []):
            role, _, ref = arg.partition(":")
            if ref not in spans:
                raise UsageError(f"{where}:{number}: event refers to unknown span {ref!r}")
            roles.setdefault(role, []).append(spans[ref])
        contents = [r for role in CONTENT_ROLES for r in roles.get(role, [])]
        if not contents:
            no_content += 1
            continue
        content = Region.merge(contents)
        attributions.append(
            GoldAttribution(
                article_id=article_id,
                content=content,
                source=Region.merge(roles.get("Source", [])),
                cue=Region.merge(roles.get("Cue", [])),
            )
        )
    return attributions, no_content


def read_brat(folder: Path) -> Gold:
    text_dir, ann_dir = folder / "text", folder / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise UsageError(f"{folder}: not a brat gold folder; it needs text/ and attributions/ subfolders")
    documents: dict[str, list[GoldAttribution]] = {}
    several, no_content = 0, 0
    for text_path in sorted(text_dir.glob("*.txt")):
        stem = text_path.stem
        anns = sorted(p for p in ann_dir.glob(f"{stem}_*.ann") if "_" not in p.stem[len(stem) + 1 :])
        if not anns:
            continue
        several += len(anns) > 1
        text = text_path.read_text(encoding="utf-8")
        items, skipped = parse_ann(anns[0].read_text(encoding="utf-8"), text, stem, str(anns[0]))
        documents[stem] = items
        no_content += skipped
    if not documents:
        raise UsageError(f"{folder}: no text/<stem>.txt with an attributions/<stem>_<annotator>.ann; check the gold folder")
    notes = [
        f"{several} documents have several annotators' files: scored against the first by sorted file name",
    ]
    if no_content:
        notes.append(f"{no_content} gold event(s) without a Content span ignored")
    return Gold(path=str(folder), format="brat", documents=documents, notes=notes)


def _jsonl_region(record: dict, field: str, where: str) -> Optional[Region]:
    text, start, end = record.get(field), record.get(f"{field}_start"), record.get(f"{field}_end")
    if text is None and start is None:
        return None
    if not isinstance(text, str) or not isinstance(start, int) or not isinstance(end, int) or end - start != len(text):
        raise UsageError(f"{where}: '{field}' needs a text and '{field}_start'/'{field}_end' offsets of its length")
    return Region.of([(start, end, text)])


def read_seeds_jsonl(path: Path) -> Gold:
    documents: dict[str, list[GoldAttribution]] = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise UsageError(f"{where}: malformed JSON ({err.msg}); fix that gold line") from None
            if not isinstance(record, dict) or not record.get("doc"):
                raise UsageError(f"{where}: gold line needs a 'doc' (article file name)")
            content = _jsonl_region(record, "content", where)
            if content is None:
                raise UsageError(f"{where}: gold line has no 'content'")
            article_id = Path(str(record["doc"])).stem
            documents.setdefault(article_id, []).append(
                GoldAttribution(
                    article_id=article_id,
                    content=content,
                    source=_jsonl_region(record, "source", where),
                    cue=_jsonl_region(record, "cue", where),
                    label=record.get("label"),
                    anonymous=record.get("anonymous"),
                    via=record.get("via"),
                    resolves_to=record.get("resolves_to"),
                )
            )
    if not documents:
        raise UsageError(f"{path}: no gold attributions in this file")
    return Gold(path=str(path), format="jsonl", documents=documents)


def _is_statements_jsonl(path: Path) -> bool:
    """True when the first non-blank line is a Statement record (``article_id`` and ``id``, no ``doc``)."""
    record = first_json_record(path)
    return isinstance(record, dict) and "doc" not in record and "article_id" in record and "id" in record


def _statement_region(span: Optional[Span]) -> Optional[Region]:
    return Region.of([(span.start, span.end, span.text)]) if span is not None else None


def gold_from_statements(statements, path: str = "statements") -> Gold:
    """A partial gold from judged Statement records (content None: judged not a statement)."""
    documents: dict[str, list[GoldAttribution]] = {}
    judged: set[str] = set()
    for statement in statements:
        judged.add(statement.id)
        items = documents.setdefault(statement.article_id, [])
        content = _statement_region(statement.content)
        if content is None:
            continue
        items.append(
            GoldAttribution(
                article_id=statement.article_id,
                content=content,
                source=_statement_region(statement.source),
                cue=_statement_region(statement.cue),
                label=statement.source_label,
                anonymous=statement.anonymous,
                via=statement.via.text if statement.via is not None else None,
                resolves_to=statement.resolves_to.text if statement.resolves_to is not None else None,
            )
        )
    rejected = len(judged) - sum(len(items) for items in documents.values())
    notes = [f"partial gold: {len(judged)} judged statements ({rejected} judged not a statement); predictions neither judged nor overlapping a judged content are ignored"]
    return Gold(path=path, format="statements", documents=documents, notes=notes, judged=frozenset(judged))


def read_statements_gold(path: Path) -> Gold:
    """Pulled attributions (Statement JSONL), checked line by line: offsets must span their text."""
    from pydantic import ValidationError

    statements = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                statement = Statement.model_validate_json(line)
            except ValidationError as err:
                first = err.errors()[0]
                loc = ".".join(str(part) for part in first["loc"]) or "record"
                raise UsageError(f"{where}: not a Statement ({loc}: {first['msg']}); give the attributions file `annotate pull` wrote") from None
            for name in ("content", "source", "cue", "via", "context"):
                span = getattr(statement, name)
                if span is not None and span.end - span.start != len(span.text):
                    raise UsageError(f"{where}: '{name}' offsets {span.start}-{span.end} do not span its text ({len(span.text)} characters); fix that line")
            statements.append(statement)
    if not statements:
        raise UsageError(f"{path}: no gold attributions in this file")
    return gold_from_statements(statements, str(path))
