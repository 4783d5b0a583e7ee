"""Active learning in Label Studio: a labelling rank in task data and the "Least confident first" tab.

Why a value of our own: in Label Studio 1.23.2 the Data Manager's prediction-score column (and its
built-in uncertainty sampling) only counts predictions whose ``model_version`` equals the project's,
and with a live ML backend the project's ``model_version`` is the backend's title, so that column is
empty. Instead every unannotated task carries ``data.rank_uncertainty``: its position (1, 2, ...) in
the labelling order of :func:`annotate.classify.uncertainty.labelling_order` (least confident
first, one slot in five a random task). The tab orders by it, as a number, and hides annotated
tasks.

- ``annotate push`` writes the ranks into the data of the tasks it imports (and re-ranks the whole
  project when it adds to one that already has tasks), and creates the tab.
- ``annotate serve`` re-ranks after a retraining promoted a model (or when the ranks were made by
  another model, or some unannotated task has none) and creates the tab when it registers.

Limits: Label Studio has no bulk update of task data, so a re-ranking updates each task whose rank
changed with one call (about 20-60 tasks/s on the local server); annotated tasks keep their last rank.
"""

from __future__ import annotations

from typing import Callable, Iterable, Optional, Sequence

from annotate.classify.uncertainty import RANDOM_SHARE, confidence, labelling_order
from annotate.labelstudio.client import UNANNOTATED_FILTER, Client
from annotate.labelstudio.layout import asked_targets, task_items, task_score
from annotate.records import Prediction, PredictItem

RANK_KEY = "rank_uncertainty"
VIEW_TITLE = "Least confident first"
#: Kept in the tab's data: the model version the ranks come from (Label Studio keeps extra keys there).
RANKED_BY_KEY = "annotate_ranked_by"
PREDICT_BATCH = 1000

Predict = Callable[[list[PredictItem]], list[Prediction]]


def view_data(ranked_by: Optional[str] = None) -> dict:
    """The tab: unannotated tasks ordered by ``data.rank_uncertainty`` as a number."""
    column = f"tasks:data.{RANK_KEY}"
    data = {
        "title": VIEW_TITLE,
        "ordering": [column],
        "filters": UNANNOTATED_FILTER,
        "columnsDisplayType": {column: "Number"},
    }
    if ranked_by:
        data[RANKED_BY_KEY] = ranked_by
    return data


def find_view(client: Client, project_id: int) -> Optional[object]:
    found = [view for view in client.views(project_id) if (view.data or {}).get("title") == VIEW_TITLE]
    return min(found, key=lambda view: view.id) if found else None


def ensure_view(client: Client, project_id: int, ranked_by: Optional[str] = None) -> int:
    """Create the "Least confident first" tab if the project has none (else update its data); its id."""
    view = find_view(client, project_id)
    if view is None:
        return client.save_view(project_id, view_data(ranked_by)).id
    current = view.data or {}
    wanted = view_data(ranked_by or current.get(RANKED_BY_KEY))
    if any(current.get(key) != value for key, value in wanted.items()):
        client.save_view(project_id, {**current, **wanted}, view_id=view.id)
    return view.id


def ranked_by(client: Client, project_id: int) -> Optional[str]:
    view = find_view(client, project_id)
    return (view.data or {}).get(RANKED_BY_KEY) if view is not None else None


def positions(confidences: Sequence[float], random_share: float = RANDOM_SHARE, seed: int = 0) -> list[int]:
    """Each item's rank (1 = label first) in :func:`labelling_order`."""
    out = [0] * len(confidences)
    for rank, index in enumerate(labelling_order(confidences, random_share, seed), start=1):
        out[index] = rank
    return out


def ranks_by_key(confidences: dict[tuple[str, str], float], random_share: float = RANDOM_SHARE, seed: int = 0) -> dict[tuple[str, str], int]:
    """Ranks of tasks keyed by ``(statement_id, target)``; the same tasks and scores always get the
    same ranks whatever order they come in (ties and random slots follow the sorted keys), so a
    push and a later re-ranking with the same model agree and update nothing."""
    keys = sorted(confidences)
    return dict(zip(keys, positions([confidences[key] for key in keys], random_share, seed)))


def _predict_all(predict: Predict, items: list[PredictItem]) -> list[Prediction]:
    out: list[Prediction] = []
    for start in range(0, len(items), PREDICT_BATCH):
        out.extend(predict(items[start : start + PREDICT_BATCH]))
    return out


def rank_project(
    client: Client, project_id: int, predict: Predict, model_version: str, *,
    only_if_stale: bool = False, random_share: float = RANDOM_SHARE, seed: int = 0,
    progress: Optional[Callable[[Iterable], Iterable]] = None,
) -> int:
    """Rank every unannotated task of the project with ``predict``; update the tasks whose rank
    changed and the tab; return how many tasks were updated.

    ``only_if_stale``: do nothing when every unannotated task has a rank and the tab says the
    ranks come from ``model_version``.
    """
    tasks = [(ref.id, data) for ref, data in client.iter_task_data(project_id)
             if not ref.annotated and isinstance(data.get("text"), str)]
    if only_if_stale and ranked_by(client, project_id) == model_version and all(
            isinstance(data.get(RANK_KEY), int) for _, data in tasks):
        return 0
    # A statement-layout task asks several targets: its score is its prediction's, as push sends it.
    groups = [task_items({**data, "statement_id": data.get("statement_id") or f"task-{task_id}"}, kind=data.get("kind"))
              for task_id, data in tasks]
    predicted = _predict_all(predict, [item for group in groups for _, item in group])
    keys = [(str(data.get("statement_id") or f"task-{task_id}"), str(data.get("target", ""))) for task_id, data in tasks]
    scores, at = {}, 0
    for key, group, (_, data) in zip(keys, groups, tasks):
        mine = predicted[at : at + len(group)]
        at += len(group)
        if asked_targets(data) is not None:
            scores[key] = task_score([(control, p) for (control, _), p in zip(group, mine)])
        else:
            scores[key] = round(confidence(mine[0]), 4) if mine else 0.0
    by_key = ranks_by_key(scores, random_share, seed)
    ranks = [by_key[key] for key in keys]
    changed = [(task_id, {**data, RANK_KEY: rank}) for (task_id, data), rank in zip(tasks, ranks) if data.get(RANK_KEY) != rank]
    for task_id, data in (progress(changed) if progress else changed):
        client.update_task_data(task_id, data)
    ensure_view(client, project_id, model_version)
    return len(changed)
