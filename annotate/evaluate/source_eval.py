"""Score source enrichment against the seeds gold, with the gold spans as input.

``python -m annotate.evaluate.source_eval [--pred PRED.jsonl] [GOLD.jsonl] [SEEDS_DIR]`` prints the accuracy
of ``source_label`` (case-insensitive exact), ``anonymous``, ``via`` (text) and
``resolves_to`` (text), and the rows that differ. Statements are built from the gold
rows themselves, so this measures :func:`annotate.extract.sources.enrich` alone,
independent of the span extractor. With ``--pred`` (output of ``annotate extract``),
the same fields are scored on the extractor's own statements instead.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Optional

from annotate.errors import InputError
from annotate.extract.sources import enrich
from annotate.paths import ROOT, SEEDS_GOLD
from annotate.records import Article, Span, Statement, statement_id

FIELDS = ("source_label", "anonymous", "via", "resolves_to")


def _span(text: str, start: Optional[int], end: Optional[int], doc: str, field: str) -> Optional[Span]:
    if start is None or end is None:
        return None
    if not (0 <= start <= end <= len(text)):
        raise InputError(f"gold row for {doc}: {field} offsets {start}-{end} fall outside the text; fix the gold file")
    return Span(start=start, end=end, text=text[start:end])


def gold_statements(rows: list[dict], texts: dict[str, str]) -> dict[str, tuple[Article, list[Statement]]]:
    """Articles and their statements (source, cue, content and kind from the gold rows)."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_doc[row["doc"]].append(row)
    result = {}
    for doc, doc_rows in by_doc.items():
        if doc not in texts:
            raise InputError(f"gold names {doc}, which is not among the article texts; point at the seeds folder")
        text = texts[doc]
        article = Article(id=Path(doc).stem, text=text)
        statements = []
        for row in doc_rows:
            content = _span(text, row.get("content_start"), row.get("content_end"), doc, "content")
            statements.append(
                Statement(
                    id=statement_id(article.id, content.start if content else 0, content.end if content else 0),
                    article_id=article.id,
                    content=content,
                    source=_span(text, row.get("source_start"), row.get("source_end"), doc, "source"),
                    cue=_span(text, row.get("cue_start"), row.get("cue_end"), doc, "cue"),
                    kind=row["kind"],
                    rule="gold",
                )
            )
        result[doc] = (article, statements)
    return result


def _norm(value) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, Span):
        value = value.text
    return str(value).strip().lower()


def _compare(row: dict, st: Statement, correct: dict[str, int], misses: list) -> None:
    """Count one gold row against one statement, field by field (gold field ``label`` is ``source_label``)."""
    predicted = {"source_label": st.source_label, "anonymous": st.anonymous, "via": st.via, "resolves_to": st.resolves_to}
    gold = {"source_label": row.get("label"), "anonymous": row.get("anonymous"), "via": row.get("via"), "resolves_to": row.get("resolves_to")}
    for field in FIELDS:
        if _norm(gold[field]) == _norm(predicted[field]):
            correct[field] += 1
        else:
            misses.append((row["doc"], row.get("source"), field, gold[field], _norm(predicted[field])))


def score_enrichment(rows: list[dict], texts: dict[str, str]) -> dict:
    """Accuracy per field over the gold rows, and the mismatches as (doc, source, field, gold, predicted)."""
    correct = {f: 0 for f in FIELDS}
    misses: list[tuple[str, str, str, object, object]] = []
    built = gold_statements(rows, texts)
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_doc[row["doc"]].append(row)
    for doc, (article, statements) in built.items():
        for row, st in zip(by_doc[doc], enrich(article, statements)):
            _compare(row, st, correct, misses)
    n = len(rows)
    return {"n": n, "accuracy": {f: (correct[f] / n if n else 0.0) for f in FIELDS}, "misses": misses}


def score_extracted(rows: list[dict], predicted: list[Statement]) -> dict:
    """Accuracy of the enrichment fields on extractor output, over ALL gold rows.

    Each gold row is paired one-to-one with the unpaired predicted statement of the same
    article whose content overlaps it most; an unpaired gold row counts as wrong on every
    field, so span errors of the extractor show up here too.
    """
    correct = {f: 0 for f in FIELDS}
    misses: list[tuple[str, str, str, object, object]] = []
    used: set[int] = set()
    for row in rows:
        article_id = Path(row["doc"]).stem
        best, best_overlap = None, 0
        for i, st in enumerate(predicted):
            if i in used or st.article_id != article_id or st.content is None:
                continue
            overlap = min(row["content_end"], st.content.end) - max(row["content_start"], st.content.start)
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is None:
            misses.extend((row["doc"], row.get("source"), f, "unmatched", None) for f in FIELDS)
            continue
        used.add(best)
        _compare(row, predicted[best], correct, misses)
    n = len(rows)
    return {"n": n, "accuracy": {f: (correct[f] / n if n else 0.0) for f in FIELDS}, "misses": misses}


def read_statements(path: Path) -> list[Statement]:
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(Statement.model_validate_json(line))
            except ValueError as exc:
                raise InputError(
                    f"{path}:{number}: not a Statement record ({exc.__class__.__name__}); give `annotate extract` output"
                ) from None
    return out


def read_gold(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: not valid JSON ({exc.msg}); fix that line") from None
    return rows


def read_texts(folder: Path, names: Iterable[str]) -> dict[str, str]:
    return {name: (folder / name).read_text(encoding="utf-8") for name in set(names) if (folder / name).is_file()}


def main(argv: Optional[list[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    pred_path = None
    if "--pred" in argv:
        at = argv.index("--pred")
        pred_path = Path(argv[at + 1])
        del argv[at : at + 2]
    gold_path = Path(argv[0]) if argv else SEEDS_GOLD
    seeds = Path(argv[1]) if len(argv) > 1 else ROOT / "seeds"
    rows = read_gold(gold_path)
    if pred_path is not None:
        result = score_extracted(rows, read_statements(pred_path))
    else:
        result = score_enrichment(rows, read_texts(seeds, (r["doc"] for r in rows)))
    for doc, source, field, gold, predicted in result["misses"]:
        print(f"MISS {doc[:3]} {source!r:50} {field:12} gold={gold!r} pred={predicted!r}")
    print(f"n={result['n']} " + " ".join(f"{f}={a:.3f}" for f, a in result["accuracy"].items()))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
