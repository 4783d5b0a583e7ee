"""Statements -> Label Studio task data, and the rule for which targets a statement relates to.

Task data keys (the classifier and the exports rely on these exact names):
``statement_id``, ``article_id``, ``text`` (the statement content), ``target`` (the claim
stance is judged against), ``source``, ``source_label``, ``anonymous``, ``cue``, ``via``,
``context`` (the statement's paragraph, or a bounded window of sentences around it in a very long
one, as plain text), ``context_start`` (its offset in the article text), ``extracted_spans`` (the
extractor's content/source/cue/via spans with offsets into ``context``: :mod:`annotate.labelstudio.spans`),
``title``, ``outlet``, ``date``. Missing values are ``""`` (Label Studio wants every key).

A task is keyed by ``(statement_id, target)``: push uses that key to stay idempotent.

Relation rules ("does this statement relate to this target?"):

- ``all`` (default): every statement against every target. Annotators mark the ones
  that are not about the claim ``unrelated``; nothing is silently dropped.
- ``overlap``: the statement's text, its paragraph and the article title share at least
  ``min_overlap`` content words with the target (lower-cased, stop words and words under
  3 letters dropped, a plural ``s`` stripped). Cheap and transparent, but it misses
  paraphrases ("Ankara" for "Turkey"); use it to thin very large pushes.

A targets file scopes targets to articles: plain text (one claim a line, ``#`` comments)
applies each claim to every article; JSONL lines ``{"target": "...", "article_ids": [...]}``
restrict a claim to those articles.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Literal, Optional

from annotate.errors import InputError
from annotate.lexicon import STOP_WORDS
from annotate.labelstudio.spans import span_task_data
from annotate.records import PredictItem, Statement

TASK_KEYS = (
    "statement_id", "article_id", "text", "target", "source", "source_label", "anonymous",
    "cue", "via", "context", "title", "outlet", "date",
)
#: Added after the issue's keys: the statement's kind (a classifier feature), and a copy of
#: ``source`` for display, because Label Studio's front end resolves ``$source`` to the task's
#: raw JSON (its own "source" column).
EXTRA_TASK_KEYS = ("kind", "source_mention", "context_start", "extracted_spans")
MARK_OPEN = "<mark>"
MARK_CLOSE = "</mark>"
RelationRuleName = Literal["all", "overlap"]
RELATION_RULES: tuple[str, ...] = ("all", "overlap")
DEFAULT_MIN_OVERLAP = 2
STOPWORDS = STOP_WORDS
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class Target:
    """A claim; ``article_ids`` None means it applies to every article."""

    text: str
    article_ids: Optional[frozenset[str]] = None

    def applies_to(self, article_id: str) -> bool:
        return self.article_ids is None or article_id in self.article_ids


@dataclass(frozen=True)
class RelationRule:
    """Which (statement, target) pairs become tasks; see the module docstring."""

    name: RelationRuleName = "all"
    min_overlap: int = DEFAULT_MIN_OVERLAP
    _cache: dict = field(default_factory=dict, compare=False, repr=False)

    def relates(self, statement: Statement, target: Target) -> bool:
        if not target.applies_to(statement.article_id):
            return False
        if self.name == "all":
            return True
        if self.name == "overlap":
            target_words = self._cache.get(target.text)
            if target_words is None:
                target_words = self._cache[target.text] = content_words(target.text)
            return len(target_words & content_words(_statement_haystack(statement))) >= self.min_overlap
        raise InputError(f"unknown relation rule {self.name!r}; use one of {', '.join(RELATION_RULES)}")


def content_words(text: str) -> set[str]:
    words = set()
    for word in WORD.findall(text.lower()):
        if len(word) < 3 or word in STOPWORDS:
            continue
        words.add(word[:-1] if word.endswith("s") and len(word) > 4 else word)
    return words


def _statement_haystack(statement: Statement) -> str:
    parts = [statement.content.text if statement.content else "", statement.context.text if statement.context else "", statement.title or ""]
    return " ".join(parts)


def read_targets(path: Path) -> list[Target]:
    """Targets from a text file (one claim a line) or JSONL (``target`` + optional ``article_ids``)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: targets file not found; give a text file with one claim a line") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: targets file is not UTF-8; re-save it as UTF-8") from None
    targets: list[Target] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("{"):
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(f"{path}:{number}: malformed JSON ({err.msg}); fix that line") from None
            claim = record.get("target") if isinstance(record, dict) else None
            if not isinstance(claim, str) or not claim.strip():
                raise InputError(f"{path}:{number}: missing 'target' text; give {{\"target\": \"CLAIM\", \"article_ids\": [...]}}")
            ids = record.get("article_ids")
            if ids is not None and not (isinstance(ids, list) and all(isinstance(i, str) for i in ids)):
                raise InputError(f"{path}:{number}: 'article_ids' must be a list of article id strings")
            targets.append(Target(claim.strip(), frozenset(ids) if ids is not None else None))
        else:
            targets.append(Target(line))
    if not targets:
        raise InputError(f"{path}: no targets in file; write one claim a line")
    return targets


def dedupe_targets(targets: Iterable[Target]) -> list[Target]:
    seen: dict[str, Target] = {}
    for target in targets:
        if target.text in seen and seen[target.text] != target:
            previous = seen[target.text]
            if previous.article_ids is None or target.article_ids is None:
                seen[target.text] = Target(target.text)
            else:
                seen[target.text] = Target(target.text, previous.article_ids | target.article_ids)
        else:
            seen.setdefault(target.text, target)
    return list(seen.values())


def marked_context(statement: Statement) -> str:
    """The paragraph, HTML-escaped, with the statement content wrapped in ``<mark>``."""
    content = statement.content
    context = statement.context
    if content is None:
        return html.escape(context.text) if context else ""
    if context is None or not (context.start <= content.start and content.end <= context.end):
        return MARK_OPEN + html.escape(content.text) + MARK_CLOSE
    begin, end = content.start - context.start, content.end - context.start
    text = context.text
    if text[begin:end] != content.text:  # offsets disagree with the texts: do not guess
        return html.escape(text) + "<br/>" + MARK_OPEN + html.escape(content.text) + MARK_CLOSE
    return html.escape(text[:begin]) + MARK_OPEN + html.escape(text[begin:end]) + MARK_CLOSE + html.escape(text[end:])


def task_data(statement: Statement, target: str) -> dict:
    """The ``data`` of one task: this statement judged against ``target``."""
    def span(value) -> str:
        return value.text if value is not None else ""

    return {
        "statement_id": statement.id,
        "article_id": statement.article_id,
        "text": span(statement.content),
        "target": target,
        "source": span(statement.source),
        "source_label": statement.source_label or "",
        "anonymous": bool(statement.anonymous),
        "cue": span(statement.cue),
        "via": span(statement.via),
        "context": "",  # set from span_task_data below
        "title": statement.title or "",
        "outlet": statement.outlet or "",
        "date": statement.date or "",
        "kind": statement.kind,
        "source_mention": span(statement.source),
        **span_task_data(statement),
    }


def task_key(data: dict) -> tuple[str, str]:
    return (str(data.get("statement_id", "")), str(data.get("target", "")))


def predict_item(data: dict, kind: Optional[str] = None) -> PredictItem:
    """What the classifier sees of one task's data."""
    return PredictItem(
        statement_id=data["statement_id"],
        text=data["text"],
        target=data.get("target") or None,
        cue=data.get("cue") or None,
        kind=kind,
        anonymous=data.get("anonymous"),
        source_label=data.get("source_label") or None,
        context=data.get("context") or None,
    )


def pairs(statements: Iterable[Statement], targets: list[Target], rule: Optional[RelationRule] = None) -> Iterable[tuple[Statement, str]]:
    """Every (statement, target text) pair the rule relates, in input order."""
    rule = rule or RelationRule()
    for statement in statements:
        if statement.content is None:
            continue
        for target in targets:
            if rule.relates(statement, target):
                yield statement, target.text
