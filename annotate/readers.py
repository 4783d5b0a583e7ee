"""Stream articles from `.txt`, `.jsonl` and `.csv` files and folders of them.

Articles are yielded one at a time, so memory stays flat on folders of any size.
A bad file (or a bad JSONL line) is reported through ``on_problem`` as an
:class:`InputProblem` with a one-line message, and reading goes on with the rest.

Limits:
- `.txt` files are one article each; ``article_id`` is the file stem. The seed format's
  first line may start with `` date YYYY-MM-DD ``; the rest of that line is the title.
  The text is kept exactly as read, header included, so offsets index the file.
- `.csv` and `.jsonl` need ``id`` and ``text``; ``title``, ``outlet``, ``date`` and
  ``url`` are optional.
- Articles larger than ``max_chars`` characters are refused (news articles are far
  smaller; a 5 MB "article" is almost always a mis-exported dump).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

from annotate.errors import UsageError
from pydantic import ValidationError

from annotate.records import Article, Statement

ARTICLE_SUFFIXES = (".txt", ".jsonl", ".csv")
DEFAULT_MAX_CHARS = 1_000_000
OPTIONAL_COLUMNS = ("title", "outlet", "date", "url")
BINARY_SNIFF_BYTES = 8192
DATE_HEADER = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2}) ")


@dataclass(frozen=True)
class InputProblem:
    """One input that could not be read, with a one-line message naming it and the fix."""

    path: str
    message: str
    line: Optional[int] = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


ProblemHandler = Callable[[InputProblem], None]


def _raise_on_problem(problem: InputProblem) -> None:
    raise UsageError(str(problem))


def expand_paths(paths: Iterable[Path], on_problem: ProblemHandler, exclude: Optional[Path] = None) -> Iterator[Path]:
    """Files to read, folders expanded (sorted, recursive) to their article files.

    ``exclude`` (the output file) is never read from a folder, so `-o DIR/out.jsonl` can sit
    inside an input folder.
    """
    skip = Path(exclude).resolve() if exclude is not None else None
    for path in paths:
        if path.is_dir():
            found = False
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES and child.resolve() != skip:
                    found = True
                    yield child
            if not found:
                on_problem(InputProblem(str(path), "folder holds no .txt, .jsonl or .csv articles; point at a folder of articles"))
        elif path.is_file():
            yield path
        else:
            on_problem(InputProblem(str(path), "no such file or folder; check the path"))


def _binary_head(path: Path) -> Optional[bytes]:
    """The first bytes of ``path``, or None when they hold a NUL byte (a binary file)."""
    with open(path, "rb") as handle:
        head = handle.read(BINARY_SNIFF_BYTES)
    return None if b"\x00" in head else head


def _not_utf8(data: bytes, err: UnicodeDecodeError) -> str:
    return f"not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})"


def _read_text(path: Path, max_chars: int, on_problem: ProblemHandler) -> Optional[str]:
    """The whole text of a `.txt` article, or None (problem reported) when it cannot be used."""
    if _binary_head(path) is None:
        on_problem(InputProblem(str(path), "binary file, not text, skipped; give UTF-8 text files"))
        return None
    size = path.stat().st_size
    if size > 4 * max_chars + 4:  # more bytes than max_chars characters can take in UTF-8
        on_problem(
            InputProblem(str(path), f"article too large ({size:,} bytes > limit {max_chars:,} characters), skipped; split it or raise --max-chars")
        )
        return None
    data = path.read_bytes()
    if not data.strip():
        on_problem(InputProblem(str(path), "empty file, skipped; remove it or add the article text"))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        on_problem(InputProblem(str(path), f"{_not_utf8(data, err)}, skipped; re-save it as UTF-8"))
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    if len(text) > max_chars:
        on_problem(
            InputProblem(
                str(path),
                f"article too large ({len(text):,} characters > limit {max_chars:,}), skipped; split it or raise --max-chars",
            )
        )
        return None
    return text


def _txt_article(path: Path, text: str) -> Article:
    first_line = text.split("\n", 1)[0]
    date = None
    title = None
    header = DATE_HEADER.match(first_line)
    if header:
        date = header.group(1)
        title = first_line[header.end():].strip() or None
    else:
        title = first_line.strip() or None
    return Article(id=path.stem, text=text, title=title, date=date, path=str(path))


def record_article(record: dict, path: Path, line: Optional[int], max_chars: int, on_problem: ProblemHandler) -> Optional[Article]:
    """The Article of one JSONL or CSV record, or None (the problem reported) when it has no usable id or text."""
    if not isinstance(record, dict):
        on_problem(InputProblem(str(path), "expected a JSON object with 'id' and 'text'; fix that line", line))
        return None
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        on_problem(InputProblem(str(path), "missing or empty 'text' field, skipped; give each record its article text", line))
        return None
    if len(text) > max_chars:
        on_problem(
            InputProblem(str(path), f"article too large ({len(text):,} characters > limit {max_chars:,}), skipped; split it or raise --max-chars", line)
        )
        return None
    article_id = record.get("id")
    if article_id is None or str(article_id).strip() == "":
        on_problem(InputProblem(str(path), "missing 'id' field, skipped; give each record a unique id", line))
        return None
    if isinstance(article_id, bool) or not isinstance(article_id, (str, int)):
        on_problem(InputProblem(str(path), f"'id' is a {_json_type(article_id)}, skipped; give each record a string or integer id", line))
        return None
    for key in OPTIONAL_COLUMNS:
        value = record.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (str, int, float))):
            on_problem(InputProblem(str(path), f"'{key}' is a {_json_type(value)}, skipped; give a string", line))
            return None
    for key in ("id", "text", *OPTIONAL_COLUMNS):
        value = record.get(key)
        if isinstance(value, str):
            bad = _lone_surrogate(value)
            if bad is not None:
                on_problem(
                    InputProblem(str(path), f"'{key}' holds a lone surrogate (\\u{ord(value[bad]):04x} at character {bad}), not valid Unicode, skipped; fix that escape", line)
                )
                return None
    extra = {key: (str(record[key]) if record.get(key) not in (None, "") else None) for key in OPTIONAL_COLUMNS}
    return Article(id=str(article_id), text=text, path=str(path), **extra)


def _json_type(value: object) -> str:
    return {dict: "JSON object", list: "JSON list", bool: "boolean", float: "number"}.get(type(value), type(value).__name__)


def _lone_surrogate(text: str) -> Optional[int]:
    """Index of the first lone surrogate (JSON allows "\\ud800"; UTF-8 cannot hold it), else None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        return err.start
    return None


class _Lines:
    """Decoded lines of a file read one at a time (memory stays flat), with 1-based numbers.

    A line that is not UTF-8 is reported and becomes ``None``; ``blank`` stays True while
    only whitespace has been seen.
    """

    def __init__(self, path: Path, on_problem: ProblemHandler, after_bad: str = "line skipped") -> None:
        self.path = path
        self.after_bad = after_bad
        self.on_problem = on_problem
        self.number = 0
        self.blank = True
        self.bad = 0

    def __iter__(self) -> Iterator[Optional[str]]:
        with open(self.path, "rb") as handle:
            for raw in handle:
                self.number += 1
                if self.number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as err:
                    self.bad += 1
                    self.blank = False
                    self.on_problem(InputProblem(str(self.path), f"{_not_utf8(raw, err)}, {self.after_bad}; re-save the file as UTF-8", self.number))
                    yield None
                    continue
                if self.blank and line.strip():
                    self.blank = False
                yield line


def json_error(err: json.JSONDecodeError) -> str:
    """'Expecting value at column 8' (json's own messages may end in a dangling 'at')."""
    return f"{err.msg.removesuffix(' at')} at column {err.colno}"


def _empty(path: Path, on_problem: ProblemHandler) -> None:
    on_problem(InputProblem(str(path), "empty file, skipped; remove it or add the article text"))


def _jsonl_articles(path: Path, max_chars: int, on_problem: ProblemHandler) -> Iterator[Article]:
    lines = _Lines(path, on_problem)
    for line in lines:
        if line is None or not line.strip():
            continue
        try:
            record = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as err:
            on_problem(
                InputProblem(str(path), f"malformed JSON ({json_error(err)}), line skipped; fix or remove that line", lines.number)
            )
            continue
        article = record_article(record, path, lines.number, max_chars, on_problem)
        if article is not None:
            yield article
    if lines.blank:
        _empty(path, on_problem)


def _csv_articles(path: Path, max_chars: int, on_problem: ProblemHandler) -> Iterator[Article]:
    csv.field_size_limit(max(sys.maxsize >> 1, 1 << 30) if sys.maxsize > 2**32 else 2**31 - 1)
    lines = _Lines(path, on_problem, after_bad="rest of the file skipped")

    def decoded() -> Iterator[str]:
        for line in lines:
            if line is None:  # a CSV record may span lines: the rest cannot be trusted
                return
            yield line

    reader = csv.DictReader(decoded())
    try:
        columns = reader.fieldnames or []
    except csv.Error as err:
        on_problem(InputProblem(str(path), f"unreadable CSV header ({err}); fix the first line", 1))
        return
    if lines.bad:  # the header line is not UTF-8 (already reported)
        return
    if lines.blank:
        _empty(path, on_problem)
        return
    repeated = sorted({name for name in columns if columns.count(name) > 1})
    if repeated:
        on_problem(
            InputProblem(str(path), f"CSV header repeats column(s) {', '.join(repr(name) for name in repeated)}; keep one column of each name", 1)
        )
        return
    missing = [name for name in ("id", "text") if name not in columns]
    if missing:
        on_problem(
            InputProblem(
                str(path),
                f"CSV has no {' or '.join(repr(m) for m in missing)} column (columns: {', '.join(columns) or 'none'}); rename the columns to id and text",
            )
        )
        return
    while True:
        start = lines.number + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            on_problem(InputProblem(str(path), f"malformed CSV ({err}), rest of the file skipped; fix that line", lines.number))
            return
        if None in row:  # more fields than columns
            on_problem(InputProblem(str(path), f"row has {len(columns) + len(row[None])} fields for {len(columns)} columns, skipped; quote fields holding commas", start))
            continue
        article = record_article(row, path, start, max_chars, on_problem)
        if article is not None:
            yield article


def iter_articles(
    paths: Iterable[Path],
    on_problem: ProblemHandler = _raise_on_problem,
    max_chars: int = DEFAULT_MAX_CHARS,
    exclude: Optional[Path] = None,
) -> Iterator[Article]:
    """Yield every article in ``paths`` (files or folders), reporting bad inputs to ``on_problem``.

    Files are read one line (`.jsonl`, `.csv`) or one article (`.txt`) at a time.
    """
    for path in expand_paths(paths, on_problem, exclude):
        suffix = path.suffix.lower()
        if suffix not in ARTICLE_SUFFIXES:
            on_problem(InputProblem(str(path), f"unsupported file type {suffix or '(none)'!r}; give .txt, .jsonl or .csv"))
            continue
        try:
            if suffix == ".txt":
                text = _read_text(path, max_chars, on_problem)
                if text is not None:
                    yield _txt_article(path, text)
                continue
            if _binary_head(path) is None:
                on_problem(InputProblem(str(path), "binary file, not text, skipped; give UTF-8 text files"))
                continue
            if suffix == ".jsonl":
                yield from _jsonl_articles(path, max_chars, on_problem)
            else:
                yield from _csv_articles(path, max_chars, on_problem)
        except OSError as err:
            on_problem(InputProblem(str(path), f"cannot read ({err.strerror}); check permissions"))


STATEMENT_KEYS = frozenset({"article_id", "content", "kind", "rule"})


def first_json_record(path: Path) -> Any:
    """The first non-blank line of ``path`` parsed as JSON; None when the file has none or that line is not JSON."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.strip():
                try:
                    return json.loads(line)
                except json.JSONDecodeError:
                    return None
    return None


def is_statements_jsonl(path: Path) -> bool:
    """True when ``path`` is a JSONL of Statement records (what `annotate extract` writes), judged by its first record."""
    path = Path(path)
    if not (path.is_file() and path.suffix.lower() == ".jsonl"):
        return False
    record = first_json_record(path)
    return isinstance(record, dict) and STATEMENT_KEYS <= set(record)


def is_article_file(path: Path) -> bool:
    """True when a folder walk would read ``path`` as articles (a statements JSONL is a previous output)."""
    path = Path(path)
    return path.suffix.lower() in ARTICLE_SUFFIXES and not is_statements_jsonl(path)


def iter_statements_jsonl(path: Path, on_problem: ProblemHandler = _raise_on_problem) -> Iterator[Statement]:
    """Statements from a JSONL written by `annotate extract`, line by line; a bad line goes to ``on_problem``."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield Statement.model_validate_json(line)
            except ValidationError as err:
                first = err.errors()[0]
                where = ".".join(str(part) for part in first["loc"]) or "line"
                on_problem(
                    InputProblem(
                        str(path), f"not a statement ({where}: {first['msg']}), line skipped; give the JSONL `annotate extract` writes", number
                    )
                )
