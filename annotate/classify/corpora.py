"""Public stance and hedge corpora in the shared ``id,text,target,label`` CSV form, as PredictItems.

- PERSPECTRUM (Chen et al. 2019, CC BY-SA 4.0): perspective -> claim, support/oppose, grouped by claim.
- IBM Debater claim stance (Bar-Haim et al. 2017, CC BY-SA 3.0): claim -> topic, support/oppose, grouped by topic.
- CoNLL-2010 Wikipedia weasel/hedge sentences: certain/hedged, no target. Grouped into blocks of
  :data:`WIKI_BLOCK` consecutive rows (sentences of one article sit together in the file), so
  cross-validation does not test on a neighbour of a training sentence.
- Emergent is read by :func:`annotate.classify.datasets.emergent_records` (its own CSV layout).

Only PERSPECTRUM and IBM claim stance may go into a shipped model (:data:`SHIPPABLE`).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from annotate.errors import InputError
from annotate.records import PredictItem

#: Corpora whose licence allows a shipped model trained on them: name -> licence.
SHIPPABLE: dict[str, str] = {
    "perspectrum": "CC BY-SA 4.0 (Chen et al. 2019, PERSPECTRUM)",
    "ibmcs": "CC BY-SA 3.0 (Bar-Haim et al. 2017, IBM Debater claim stance)",
}
WIKI_BLOCK = 50


@dataclass
class Corpus:
    """Items, their labels and the group of each (claim, topic or block) for grouped CV."""

    name: str
    items: list[PredictItem]
    labels: list[str]
    groups: list[str]

    def __len__(self) -> int:
        return len(self.labels)


def read_csv(path: Path, name: Optional[str] = None) -> Corpus:
    """An ``id,text,target,label`` CSV; groups are the target, or row blocks when targets are empty."""
    path = Path(path)
    try:
        handle = open(path, newline="", encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: corpus CSV not found; check ANNOTATE_SHARED") from None
    items, labels, groups = [], [], []
    with handle:
        reader = csv.DictReader(handle)
        missing = {"id", "text", "target", "label"} - set(reader.fieldnames or [])
        if missing:
            raise InputError(f"{path}: missing column(s) {', '.join(sorted(missing))}; expected id,text,target,label")
        for number, row in enumerate(reader, start=2):
            if not row["text"] or not row["label"]:
                raise InputError(f"{path}:{number}: empty text or label; fix or drop that row")
            target = row["target"] or None
            items.append(PredictItem(statement_id=row["id"], text=row["text"], target=target))
            labels.append(row["label"])
            groups.append(target if target else f"block{(number - 2) // WIKI_BLOCK}")
    return Corpus(name or path.parent.name, items, labels, groups)


def emergent_corpus(path: Path) -> Corpus:
    from annotate.classify.datasets import emergent_records

    records = list(emergent_records(path))
    items = [PredictItem(statement_id=r["statement_id"], text=r["text"], target=r["target"]) for r in records]
    return Corpus("emergent", items, [r["stance"] for r in records], [r["claim_id"] for r in records])
