"""Gold files as :class:`~annotate.records.Annotation` records, the only input the classifier trains on.

- :func:`seeds_gold_annotations` / :func:`seeds_gold_records`: the project's seeds gold
  (``data/gold/seeds-attributions.jsonl``).
- :func:`emergent_annotations` / :func:`emergent_records`: Emergent (Ferreira & Vlachos 2016)
  ``train.csv``, headline -> text, claim -> target, for/against/observing -> support/oppose/neutral.
  Benchmarks only: never ship a model trained on it.

The ``*_records`` functions give the labelled rows (task fields + label per field) the annotations
are made of; tests also turn them into Label Studio exports (``labelstudio.export.build_export``)
to train through the same path as real annotations.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Iterator

from annotate.errors import InputError
from annotate.records import Annotation, statement_id

EMERGENT_STANCES: dict[str, str] = {"for": "support", "against": "oppose", "observing": "neutral"}


def seeds_gold_records(gold_path: Path) -> Iterator[dict]:
    """Task records (data keys + stance/certainty) from the seeds gold JSONL."""
    gold_path = Path(gold_path)
    try:
        lines = gold_path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"{gold_path}: gold file not found; check ANNOTATE_SHARED or the path") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            gold = json.loads(line)
            article_id = Path(gold["doc"]).stem
            yield {
                "statement_id": statement_id(article_id, gold["content_start"], gold["content_end"]),
                "article_id": article_id,
                "text": gold["content"],
                "target": gold.get("target"),
                "source": gold.get("source"),
                "source_label": gold.get("label"),
                "anonymous": bool(gold.get("anonymous")),
                "cue": gold.get("cue"),
                "via": gold.get("via"),
                "kind": gold.get("kind"),
                "stance": gold.get("stance"),
                "certainty": gold.get("certainty"),
            }
        except (json.JSONDecodeError, KeyError, TypeError) as err:
            raise InputError(f"{gold_path}:{number}: not a gold record ({err}); fix that line") from None


def emergent_records(csv_path: Path) -> Iterator[dict]:
    """Task records from Emergent's CSV; ``claim_id`` is kept for grouped cross-validation."""
    csv_path = Path(csv_path)
    try:
        handle = open(csv_path, newline="", encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{csv_path}: Emergent CSV not found; check ANNOTATE_SHARED") from None
    with handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            stance = EMERGENT_STANCES.get(row.get("stance", ""))
            if stance is None or not row.get("headline"):
                raise InputError(f"{csv_path}:{number}: stance {row.get('stance')!r} or headline missing; expected for/against/observing")
            yield {
                "statement_id": f"emergent_{row['article_id']}_{row['claim_id'][:8]}",
                "article_id": row["article_id"],
                "text": row["headline"],
                "target": row["claim"],
                "stance": stance,
                "claim_id": row["claim_id"],
            }


LABEL_FIELDS = ("stance", "certainty")


def as_annotation(record: dict, annotator: str = "gold") -> Annotation:
    """One labelled row as the Annotation a Label Studio export of it would give."""
    fields = {k: v for k, v in record.items() if k in Annotation.model_fields and k != "labels"}
    return Annotation(**fields, annotator=annotator, labels={name: record.get(name) for name in LABEL_FIELDS})


def seeds_gold_annotations(gold_path: Path) -> Iterator[Annotation]:
    return (as_annotation(r) for r in seeds_gold_records(gold_path))


def emergent_annotations(csv_path: Path) -> Iterator[Annotation]:
    return (as_annotation(r) for r in emergent_records(csv_path))
