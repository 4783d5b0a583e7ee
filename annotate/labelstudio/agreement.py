"""Inter-annotator agreement and per-statement aggregation over parsed annotations.

- Cohen's kappa for every pair of annotators (``sklearn.metrics.cohen_kappa_score``) on the
  items both labelled;
- Krippendorff's alpha (nominal) over all annotators (the ``krippendorff`` package), which
  handles missing labels and any number of annotators;
- per item ``(statement_id, target)``: the majority label of each field, with ties and
  disagreements flagged.

Cancelled/skipped annotations and empty fields are not labels: they are left out.
Limits: kappa/alpha are ``None`` when undefined (fewer than two items in common, or a
single label value used by everyone, where chance agreement is 1); an annotator who
labelled one item twice counts once (their latest annotation).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import combinations
from typing import Iterable, Optional

import krippendorff
import numpy as np
from pydantic import BaseModel
from sklearn.metrics import cohen_kappa_score

from annotate.labelstudio.layout import PER_TARGET_FIELDS
from annotate.records import Annotation

Item = tuple[str, str]


class PairKappa(BaseModel):
    annotator_a: str
    annotator_b: str
    items: int
    kappa: Optional[float]


class FieldAgreement(BaseModel):
    field: str
    annotators: int
    items: int  # items with at least two labels
    pairwise: list[PairKappa]
    alpha: Optional[float]

    def describe(self) -> str:
        alpha = f"{self.alpha:.3f}" if self.alpha is not None else "n/a"
        pairs = ", ".join(
            f"{p.annotator_a}~{p.annotator_b} {p.kappa:.3f} (n={p.items})" if p.kappa is not None else f"{p.annotator_a}~{p.annotator_b} n/a (n={p.items})"
            for p in self.pairwise
        )
        return f"{self.field}: Krippendorff alpha {alpha} over {self.annotators} annotators, {self.items} items; Cohen kappa {pairs or 'n/a'}"


def item_key(annotation: Annotation) -> Item:
    return (annotation.statement_id or f"task-{annotation.task_id}", annotation.target or "")


def field_item(annotation: Annotation, field: str) -> Item:
    """The item ``field`` was asked about: ``(statement, target)``, except in the statement layout,
    where fields other than stance were asked once per statement (``(statement, "")``), so a
    statement's certainty counts once however many targets it was judged against."""
    statement, target = item_key(annotation)
    if annotation.layout == "statement" and field not in PER_TARGET_FIELDS:
        return (statement, "")
    return (statement, target)


def label_matrix(annotations: Iterable[Annotation], field: str) -> dict[Item, dict[str, str]]:
    """item -> annotator -> label, for non-cancelled annotations that give ``field``."""
    matrix: dict[Item, dict[str, str]] = defaultdict(dict)
    ordered = sorted(annotations, key=lambda a: (a.updated_at or a.created_at or "", a.annotation_id or 0))
    for annotation in ordered:
        label = annotation.labels.get(field)
        if annotation.was_cancelled or label is None:
            continue
        matrix[field_item(annotation, field)][annotation.annotator or "unknown"] = label
    return dict(matrix)


def _defined(value: float) -> Optional[float]:
    return None if value is None or math.isnan(value) else float(value)


def field_agreement(annotations: list[Annotation], field: str, classes: Optional[list[str]] = None) -> FieldAgreement:
    """Cohen's kappa per annotator pair and Krippendorff's alpha for one field."""
    matrix = label_matrix(annotations, field)
    annotators = sorted({who for labels in matrix.values() for who in labels})
    values = list(classes) if classes else sorted({label for labels in matrix.values() for label in labels.values()})
    for label in sorted({label for labels in matrix.values() for label in labels.values()}):
        if label not in values:
            values.append(label)
    pairwise = []
    for a, b in combinations(annotators, 2):
        common = [item for item, labels in matrix.items() if a in labels and b in labels]
        kappa = None
        if len(common) >= 2:
            first = [matrix[item][a] for item in common]
            second = [matrix[item][b] for item in common]
            if len(set(first) | set(second)) > 1:
                kappa = _defined(cohen_kappa_score(first, second, labels=values))
            else:
                kappa = None
        pairwise.append(PairKappa(annotator_a=a, annotator_b=b, items=len(common), kappa=kappa))
    multi = [item for item, labels in matrix.items() if len(labels) >= 2]
    alpha = None
    if len(annotators) >= 2 and multi:
        code = {label: index for index, label in enumerate(values)}
        data = np.full((len(annotators), len(multi)), np.nan)
        for column, item in enumerate(multi):
            for row, who in enumerate(annotators):
                if who in matrix[item]:
                    data[row, column] = code[matrix[item][who]]
        observed_values = set(data[~np.isnan(data)].tolist())
        if len(observed_values) > 1:
            alpha = _defined(krippendorff.alpha(reliability_data=data, value_domain=list(range(len(values))), level_of_measurement="nominal"))
    return FieldAgreement(field=field, annotators=len(annotators), items=len(multi), pairwise=pairwise, alpha=alpha)


def aggregate(annotations: list[Annotation], fields: list[str]) -> list[dict]:
    """One row per item: annotation count and, per field, majority label, share, tie and disagreement flags."""
    by_item: dict[Item, list[Annotation]] = defaultdict(list)
    for annotation in annotations:
        by_item[item_key(annotation)].append(annotation)
    matrices = {field: label_matrix(annotations, field) for field in fields}
    rows = []
    for item, group in by_item.items():
        labelled = [a for a in group if not a.was_cancelled]
        row: dict = {
            "statement_id": item[0],
            "target": item[1] or None,
            "text": group[0].text,
            "annotations": len(labelled),
            "cancelled": len(group) - len(labelled),
        }
        disagreement = False
        for field in fields:
            labels = list(matrices[field].get(field_item(group[0], field), {}).values())
            counts = Counter(labels).most_common()
            top = counts[0][1] if counts else 0
            leaders = sorted(label for label, count in counts if count == top)
            tie = len(leaders) > 1
            row[field] = leaders[0] if len(leaders) == 1 else None
            row[f"{field}_votes"] = len(labels)
            row[f"{field}_share"] = round(top / len(labels), 3) if labels else None
            row[f"{field}_tie"] = tie
            disagreement |= len(counts) > 1
        row["disagreement"] = disagreement
        rows.append(row)
    return rows
