"""Label propagation: a statement annotated once lends its labels to its near-duplicates elsewhere.

When an annotator labels a statement (toward a target), the statements of *other* articles
that report the same words get those labels as a prediction, ``model_version``
``propagated-<statement id of the annotated one>``, so the next annotator confirms in one key
what was already decided once. Near-duplicates are the pairs :func:`annotate.trace.cluster.link_pairs`
links (cosine >= ``HIGH``, or >= ``LOW`` with sources of one class); the prediction's score is
that similarity. A statement with annotations of its own for that target gets nothing; one with
several annotated near-duplicates gets the most similar one's labels.

Pure functions over records: :func:`propagate` is what ``push`` (through
:mod:`annotate.labelstudio.propagation`) and the ML backend call.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Optional, Sequence

from annotate.records import Annotation, FieldPrediction, Prediction, Statement
from annotate.trace.cluster import HIGH, LOW, link_pairs, similarity

PROPAGATED_PREFIX = "propagated-"
FIELDS = ("stance", "certainty")


def propagated_version(statement_id: str) -> str:
    return f"{PROPAGATED_PREFIX}{statement_id}"


def near_duplicates(statements: Sequence[Statement], high: float = HIGH, low: float = LOW,
                    of: Optional[Iterable[str]] = None) -> dict[str, list[tuple[str, float]]]:
    """statement id -> [(near-duplicate statement id in another article, similarity)], most similar first.

    ``of``: only the near-duplicates of these statement ids (memory and time linear in the
    project's size: a few annotated statements against all, not all against all).
    """
    statements = [s for s in statements if s.content is not None]
    out: dict[str, list[tuple[str, float]]] = defaultdict(list)
    if len(statements) < 2:
        return {}
    if of is None:
        for i, j, sim in link_pairs(statements, similarity(statements), high, low):
            out[statements[i].id].append((statements[j].id, sim))
            out[statements[j].id].append((statements[i].id, sim))
    else:
        wanted = set(of)
        rows = [i for i, s in enumerate(statements) if s.id in wanted]
        if not rows:
            return {}
        for i, j, sim in link_pairs(statements, similarity(statements, rows), high, low, rows=rows):
            out[statements[i].id].append((statements[j].id, sim))
    return {key: sorted(value, key=lambda item: -item[1]) for key, value in out.items()}


def decided_labels(annotations: Iterable[Annotation], fields: Sequence[str] = FIELDS) -> dict[tuple[str, str], dict[str, str]]:
    """(statement_id, target) -> field -> the majority label of its completed annotations (ties left out)."""
    votes: dict[tuple[str, str], dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for annotation in annotations:
        if annotation.was_cancelled or not annotation.statement_id:
            continue
        for name in fields:
            label = annotation.labels.get(name)
            if label:
                votes[(annotation.statement_id, annotation.target or "")][name][label] += 1
    out: dict[tuple[str, str], dict[str, str]] = {}
    for key, by_field in votes.items():
        labels = {}
        for name, counter in by_field.items():
            ranked = counter.most_common()
            if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
                labels[name] = ranked[0][0]
        if labels:
            out[key] = labels
    return out


def propagate(statements: Sequence[Statement], annotations: Iterable[Annotation], targets: Optional[Iterable[str]] = None,
              high: float = HIGH, low: float = LOW) -> list[Prediction]:
    """Predictions for the near-duplicates of annotated statements (see the module docstring).

    ``targets``: only propagate labels given toward these targets (default: every target).
    """
    decided = decided_labels(annotations)
    if not decided:
        return []
    wanted = set(targets) if targets is not None else None
    duplicates = near_duplicates(statements, high, low, of={statement_id for statement_id, _ in decided})
    best: dict[tuple[str, str], tuple[float, str, dict[str, str]]] = {}
    for (statement_id, target), labels in decided.items():
        if wanted is not None and target not in wanted:
            continue
        for other, sim in duplicates.get(statement_id, []):
            key = (other, target)
            if key in decided:
                continue
            if key not in best or sim > best[key][0]:
                best[key] = (sim, statement_id, labels)
    out = []
    for (other, target), (sim, source, labels) in sorted(best.items()):
        score = round(min(max(sim, 0.0), 1.0), 4)
        fields = {name: FieldPrediction(label=label, score=score, probabilities={label: score}) for name, label in labels.items()}
        out.append(Prediction(statement_id=other, target=target or None, model_version=propagated_version(source), **fields))
    return out
