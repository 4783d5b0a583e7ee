"""Push statements to a Label Studio project as tasks, with predictions as pre-annotations.

Library entry point (also used by ``annotate prelabel --push``)::

    push_statements(statements, targets, "Project title", predictions=load_predictor())

Idempotent: tasks are keyed on ``(statement_id, target)``; the keys already in the
project are fetched once per push and only missing tasks are imported (Label Studio
itself dedupes nothing). Existing tasks that lack a prediction of the current
``model_version`` get one (bulk predictions import), so re-pushing after training a new
model refreshes pre-annotations without touching tasks or annotations. The project's
``model_version`` is set to the predictions' version so annotators see them.

A failure mid-push (timeout, server gone) raises :class:`~annotate.errors.ServerError`
saying how many tasks were created; re-running the same push completes it without
duplicates. Each import call is sent once, never retried automatically (a retried
import after a client-side timeout could create the batch twice).

Limit, and how it is closed: an import that timed out on the client may still land on
the server later, after a re-run has listed the keys, so its batch exists twice. Every
push therefore removes duplicate tasks (same key) that have no annotations, keeping the
annotated one, else the lowest id: the next push after a late landing cleans it up. A
task with a completed or cancelled annotation is never deleted (the server re-checks
this in the delete call itself); when several duplicates of one key are annotated, all
are kept and the report carries a warning naming the key and the task ids. Drafts are
not annotations: an unannotated duplicate is deleted even if someone holds a draft of it.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence, TypeVar, Union


from annotate.classify import CLASSIFIED_FIELDS, Predictor
from annotate.classify.uncertainty import ORDERS
from annotate.errors import ModelError, ServerError, UsageError
from annotate.labelstudio.client import Client, TaskKey, TaskRef, normalise_title
from annotate.labelstudio.config import config_differences, labeling_config, removed_labels
from annotate.labelstudio.layout import ask_data, data_manager_view, statement_config, statement_prediction, statement_task_data, target_controls, task_items
from annotate.labelstudio.propagation import push_propagated
from annotate.labelstudio.ranking import RANK_KEY, ensure_view, ranks_by_key, rank_project
from annotate.labelstudio.spans import span_results
from annotate.labelstudio.tasks import RelationRule, Target, pairs, predict_item, task_data, task_key
from annotate.readers import is_statements_jsonl, iter_articles, iter_statements_jsonl
from annotate.records import Prediction, PredictItem, Statement
from annotate.schema import LabelSchema, load_schema

DEFAULT_BATCH_SIZE = 1000
PROJECT_TITLE_LENGTH = (3, 50)  # Label Studio 1.23.2: PROJECT_TITLE_MIN_LEN / PROJECT_TITLE_MAX_LEN
LANDED_TIMEOUT_S = 10.0  # counting what a failed push left on the server
T = TypeVar("T")

Predictions = Union[Predictor, Callable[[list[PredictItem]], list[Prediction]]]


@dataclass
class PushReport:
    """What a push did (or, with ``dry_run``, would do)."""

    project_id: Optional[int]
    project_title: str
    url: str
    statements: int = 0
    tasks_wanted: int = 0
    tasks_created: int = 0
    tasks_existing: int = 0
    predictions_added: int = 0
    predictions_propagated: int = 0  # labels of annotated statements given to their near-duplicates
    model_version: Optional[str] = None
    project_created: bool = False
    dry_run: bool = False
    batches: int = 0
    duplicates_removed: int = 0
    duplicates_kept: int = 0  # keys with several annotated tasks, all kept (see warnings)
    predictions_repaired: int = 0  # predictions the server dropped on import, found and added again
    tasks_reranked: int = 0  # tasks already in the project whose labelling rank changed (see ranking.py)
    tasks_widened: int = 0  # statement layout: existing tasks given the stance control of a target added to the project
    layout: str = "statement"
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    task_ids: list[int] = field(default_factory=list, repr=False)

    def summary(self) -> str:
        verb = "would create" if self.dry_run else "created"
        parts = [
            f"{self.statements} statements -> {self.tasks_wanted} tasks in project {self.project_title!r}",
            f"{verb} {self.tasks_created}, {self.tasks_existing} already there",
        ]
        if self.model_version:
            parts.append(f"{'would add' if self.dry_run else 'added'} {self.predictions_added} predictions ({self.model_version})")
        if self.tasks_widened:
            parts.append(f"{'would ask' if self.dry_run else 'asked'} {self.tasks_widened} existing tasks about new targets")
        if self.predictions_propagated:
            parts.append(f"propagated labels to {self.predictions_propagated} near-duplicate tasks")
        if self.duplicates_removed:
            parts.append(f"{'would remove' if self.dry_run else 'removed'} {self.duplicates_removed} duplicate tasks left by an interrupted import")
        if self.duplicates_kept:
            parts.append(f"kept {self.duplicates_kept} duplicated keys whose tasks are all annotated (see warnings)")
        return "; ".join(parts) + (f" [{self.seconds:.1f} s]" if not self.dry_run else " [dry run]")


def load_push_input(paths: Iterable[Path], on_problem, extractor=None) -> Iterator[Statement]:
    """Statements from statement JSONL files as they are, and from article files by extracting them."""
    articles: list[Path] = []
    for path in paths:
        path = Path(path)
        if is_statements_jsonl(path):
            yield from iter_statements_jsonl(path, on_problem)
        else:
            articles.append(path)
    if articles:
        from annotate.extract import Extractor

        yield from (extractor or Extractor()).extract_many(iter_articles(articles, on_problem), on_problem)


def batched(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def ls_prediction(prediction: Prediction, schema: LabelSchema, task_id: Optional[int] = None, data: Optional[dict] = None) -> Optional[dict]:
    """A Label Studio prediction: one ``choices`` result per predicted field, score = mean field score;
    with the task's ``data``, also the extractor's spans as ``labels`` regions of the context
    (:func:`annotate.labelstudio.spans.span_results`)."""
    result, scores = [], []
    for name in CLASSIFIED_FIELDS:
        predicted = getattr(prediction, name)
        if predicted is None or name not in schema.choice_fields:
            continue
        if predicted.label not in schema.classes(name):
            raise ModelError(
                f"model {prediction.model_version} predicts {name}={predicted.label!r}, not in the label schema "
                f"({', '.join(schema.classes(name))}); retrain on the current schema"
            )
        result.append(
            {"from_name": name, "to_name": schema.object.name, "type": "choices", "value": {"choices": [predicted.label]}, "score": predicted.score}
        )
        scores.append(predicted.score)
    result.extend(span_results(data, schema) if data is not None else [])
    if not result:
        return None
    score = round(sum(scores) / len(scores), 4) if scores else None
    out = {"model_version": prediction.model_version, "score": score, "result": result}
    if task_id is not None:
        out["task"] = task_id
    return out


def _predict(predictions: Predictions, items: list[PredictItem]) -> list[Prediction]:
    predict = predictions.predict if hasattr(predictions, "predict") else predictions
    out = list(predict(items))
    if len(out) != len(items):
        raise ModelError(f"predictor returned {len(out)} predictions for {len(items)} items; fix the predictor")
    return out


@dataclass
class Dedupe:
    """What to do with the duplicate tasks of a project (see :func:`plan_dedupe`)."""

    keep: dict[TaskKey, TaskRef]  # key -> the task a push treats as THE task of that key
    delete: list[int]  # unannotated duplicates
    warnings: list[str]  # one line per key with several annotated tasks


def plan_dedupe(groups: dict[TaskKey, list[TaskRef]]) -> Dedupe:
    """Keep one task per key: an annotated one, else the lowest id; delete unannotated duplicates.

    Never plans to delete an annotated task. If several tasks of one key are annotated,
    all of them are kept (the lowest-id annotated one is the key's task) and a warning
    names the key and the ids. Tasks without a ``statement_id`` (not created by annotate)
    are never treated as duplicates.
    """
    keep: dict[TaskKey, TaskRef] = {}
    delete: list[int] = []
    warnings: list[str] = []
    for key, refs in groups.items():
        annotated = [ref for ref in refs if ref.annotated]
        keep[key] = annotated[0] if annotated else refs[0]
        if len(refs) < 2 or not key[0]:
            continue
        delete.extend(ref.id for ref in refs if not ref.annotated and ref is not keep[key])
        if len(annotated) > 1:
            ids = ", ".join(str(ref.id) for ref in annotated)
            warnings.append(
                f"warning: statement {key[0]!r} x target {key[1]!r} has {len(annotated)} annotated tasks (ids {ids}); "
                "kept all: merge their annotations and delete the extra tasks in Label Studio"
            )
    return Dedupe(keep, sorted(delete), warnings)


def ensure_project(client: Client, title: str, schema: LabelSchema, update_config: bool = False, create: bool = True,
                   config: Optional[str] = None, instructions: Optional[str] = None):
    """The project titled ``title`` (created with ``config``, default the schema's pair-layout config, if missing).

    Raises ServerError naming what differs when the server's labeling config is not ours
    (``update_config=True`` replaces it instead; Label Studio itself refuses if
    existing annotations use labels the new config drops). ``instructions`` (HTML) become the
    project's labeling instructions, shown before labelling.
    """
    ours = config or labeling_config(schema)
    title = normalise_title(title)
    project = client.find_project(title)
    if project is None:
        if create and not PROJECT_TITLE_LENGTH[0] <= len(title) <= PROJECT_TITLE_LENGTH[1]:
            raise UsageError(
                f"--project {title!r}: Label Studio project titles have {PROJECT_TITLE_LENGTH[0]} to {PROJECT_TITLE_LENGTH[1]} characters; choose another title"
            )
        if not create:
            return None, True
        made = client.create_project(title, ours, description="Pushed by annotate; labeling config generated from schemas/label_schema.json")
        if instructions:
            client.update_project(made.id, expert_instruction=instructions, show_instruction=True)
        oldest = rename_empty_duplicates(client, title, made)
        if oldest.id != made.id:
            return client.get_project(oldest.id), False
        return made, True
    project = client.get_project(project.id)
    differences = config_differences(project.label_config or "", ours)
    if differences:
        if not update_config:
            raise ServerError(
                f"labeling config of project {title!r} on {client.url} differs from the label schema: {'; '.join(differences)}; "
                "run `annotate schema` and push with --update-config, or fix schemas/label_schema.json"
            )
        refuse_dropping_used_labels(client, project, title, removed_labels(project.label_config or "", ours))
        client.update_project(project.id, label_config=ours)
        if instructions:
            client.update_project(project.id, expert_instruction=instructions, show_instruction=True)
    return project, False


def rename_empty_duplicates(client: Client, title: str, made) -> Any:
    """The oldest project titled ``title`` after this push created ``made``; every newer one that
    holds no task is renamed "<title> (empty duplicate ID)".

    Two first pushes at once both create, and Label Studio's SQLite middleware re-runs a request
    that hit a locked database, so one creation request can leave a second, orphaned project that
    no caller was given. The oldest project wins; nobody imports into a newer one (each creator
    lists after creating and uses the oldest), so every newer empty one is renamed by whichever
    creator sees it, its own or not: an orphan exists before its creator's listing, so it is
    always seen. A newer project that holds tasks is left alone (a later push reports the
    duplicate title). Renamed, not deleted: Label Studio 1.23 deletes a project with every model
    signal disconnected process-wide (``temporary_disconnect_all_signals``, not thread-safe), and
    two overlapping deletes leave the server without signals until it restarts (no ML-backend
    webhooks, annotated tasks never counted as labelled).
    """
    oldest, *newer = client.projects_titled(title) or [made]
    for extra in newer:
        tasks = getattr(extra, "task_number", None)
        if tasks is None:
            tasks = getattr(client.get_project(extra.id), "task_number", None)
        if tasks == 0:
            suffix = f" (empty duplicate {extra.id})"
            client.update_project(extra.id, title=title[: PROJECT_TITLE_LENGTH[1] - len(suffix)] + suffix)
    return oldest


def used_labels(tasks: list, removed: dict[str, Optional[tuple[str, ...]]]) -> Counter:
    """(field, label) -> how many annotation results of the exported ``tasks`` use it, for the
    ``removed`` fields/labels (label None: any result of a removed field)."""
    used: Counter = Counter()
    for task in tasks if isinstance(tasks, list) else []:
        for annotation in (task.get("annotations") or []) if isinstance(task, dict) else []:
            for item in (annotation.get("result") or []) if isinstance(annotation, dict) else []:
                name = item.get("from_name") if isinstance(item, dict) else None
                if name not in removed:
                    continue
                if removed[name] is None:
                    used[(name, None)] += 1
                    continue
                value = item.get("value") if isinstance(item.get("value"), dict) else {}
                choices = value.get("choices") or value.get("labels") or []  # labels: the span regions
                for label in [choices] if isinstance(choices, str) else choices:
                    if label in removed[name]:
                        used[(name, label)] += 1
    return used


def refuse_dropping_used_labels(client: Client, project, title: str, removed: dict[str, Optional[tuple[str, ...]]]) -> None:
    """ServerError naming each label (or field) the new config drops that annotations use, with the count.

    Label Studio 1.23.2 accepts such a config for choices, and every later pull would meet labels
    the schema does not know; the annotations are read from a snapshot export.
    """
    if not removed:
        return
    try:
        tasks = json.loads(client.export_snapshot(project.id, title="annotate push --update-config check"))
    except json.JSONDecodeError:
        raise ServerError(f"could not read the annotations of {title!r} to check --update-config; retry") from None
    used = used_labels(tasks, removed)
    if used:
        named = ", ".join(
            (f"{name} label {label!r} ({count} annotations)" if label is not None else f"field {name!r} ({count} annotations)")
            for (name, label), count in sorted(used.items(), key=lambda item: (item[0][0], str(item[0][1])))
        )
        raise ServerError(
            f"--update-config would remove what annotations of {title!r} use: {named}; "
            "keep those labels in schemas/label_schema.json, or relabel those annotations first"
        )


def _stopped(client: Client, project_id: int, new_keys: list[TaskKey], confirmed: int) -> str:
    """'stopped after N of M new tasks', N counted on the server (an import in flight may have landed
    after the client gave up); when the server cannot be asked, the confirmed count, said to be a floor."""
    try:
        held = Client(client.connection, timeout=LANDED_TIMEOUT_S).tasks_by_key(project_id)
    except ServerError:
        return f"stopped after {confirmed} of {len(new_keys)} new tasks (at least; the batch in flight may have landed too)"
    return f"stopped after {sum(1 for key in new_keys if key in held)} of {len(new_keys)} new tasks (counted on the server)"


def verify_predictions(
    client: Client, project_id: int, report: PushReport, spool: "_Spool", predicted: set[TaskKey],
    before: dict[TaskKey, TaskRef], batch_size: int = DEFAULT_BATCH_SIZE,
) -> None:
    """Check on the server that every task of this push carries a prediction of the push's model
    version, re-add the missing ones (bulk predictions import), and set ``predictions_added`` to what
    the server now holds that it did not hold before.

    Why: Label Studio on SQLite retries an import that hit "database is locked" with the request
    it has already stripped of its ``predictions`` (1.23.2, DatabaseIsLockedRetryMiddleware), so
    under concurrent writers tasks land without their pre-annotation and the import still answers 201.
    """
    version = report.model_version

    def has(ref: Optional[TaskRef]) -> bool:
        return ref is not None and version in ref.model_versions.split(",")

    # Per key of this push, only the task plan_dedupe would keep (annotated first, else the lowest
    # id), packed in one int (id, annotated, has the prediction) under a 12-byte digest of the key:
    # the listing's own key strings are not kept, so memory stays small on a 20,000-task project.
    keep: dict[bytes, int] = {}
    for key, ref in client.iter_task_refs(project_id):
        if key not in predicted:
            continue
        digest = key_digest(key)
        mine = _pack(ref.id, ref.annotated, has(ref))
        kept = keep.get(digest)
        if kept is None or _rank(mine) > _rank(kept):
            keep[digest] = mine
    missing = {digest: packed >> 2 for digest, packed in keep.items() if not packed & 1}
    repaired = 0
    rows = ({**row, "task": missing[d]} for key, _, row in spool if (d := key_digest(key)) in missing)
    for batch in batched_iter(rows, batch_size):
        repaired += client.import_predictions(project_id, batch)
    held = sum(packed & 1 for packed in keep.values()) + repaired
    report.predictions_added = held - sum(1 for key in predicted if has(before.get(key)))
    report.predictions_repaired = repaired
    if repaired:
        report.warnings.append(
            f"warning: {repaired} tasks reached Label Studio without their prediction (the server retried a locked "
            "import without it); they were added again through the predictions import"
        )


def key_digest(key: TaskKey) -> bytes:
    """12 bytes standing for a task key (statement_id, target) in the sets a push keeps per task."""
    return hashlib.blake2b("\x1f".join(key).encode("utf-8"), digest_size=12).digest()


def _pack(task_id: int, annotated: bool, predicted: bool) -> int:
    return task_id << 2 | annotated << 1 | predicted


def _rank(packed: int) -> tuple[bool, int]:
    """plan_dedupe's choice as an order: an annotated task first, else the lowest id."""
    return bool(packed & 2), -(packed >> 2)


class _Spool:
    """Task payloads on disk, one JSON line each (key, data, prediction row), read back in order;
    and the statements themselves, for label propagation."""

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.statement_file = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.offsets: list[int] = []  # where each task line starts, to read them back in another order

    def add_statement(self, statement: Statement) -> None:
        self.statement_file.write(statement.model_dump_json() + "\n")

    def statements(self) -> Iterator[Statement]:
        self.statement_file.flush()
        self.statement_file.seek(0)
        for line in self.statement_file:
            yield Statement.model_validate_json(line)
        self.statement_file.seek(0, os.SEEK_END)

    def add(self, key: TaskKey, data: dict, row: Optional[dict]) -> None:
        self.offsets.append(self.file.tell())
        self.file.write(json.dumps([key[0], key[1], data, row], ensure_ascii=False) + "\n")

    def __iter__(self) -> Iterator[tuple[TaskKey, dict, Optional[dict]]]:
        self.file.flush()
        self.file.seek(0)
        for line in self.file:
            statement_id, target, data, row = json.loads(line)
            yield (statement_id, target), data, row
        self.file.seek(0, os.SEEK_END)

    def in_order(self, order: Sequence[int]) -> Iterator[tuple[TaskKey, dict, Optional[dict]]]:
        """The task lines in ``order`` (indices in the order they were added)."""
        self.file.flush()
        for index in order:
            self.file.seek(self.offsets[index])
            statement_id, target, data, row = json.loads(self.file.readline())
            yield (statement_id, target), data, row
        self.file.seek(0, os.SEEK_END)

    def close(self) -> None:
        self.file.close()
        self.statement_file.close()


class _NewBatches:
    """The import payloads of the tasks not yet on the server, ``size`` at a time (sized for progress bars)."""

    def __init__(self, spool: _Spool, existing: dict, count: int, size: int,
                 ranks: Optional[dict[TaskKey, int]] = None, order: Optional[Sequence[int]] = None) -> None:
        self.spool, self.existing, self.size = spool, existing, size
        self.count = -(-count // size)
        self.ranks = ranks or {}
        self.order = order

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[list[dict]]:
        tasks: list[dict] = []
        for key, data, row in (self.spool if self.order is None else self.spool.in_order(self.order)):
            if key in self.existing:
                continue
            if key in self.ranks:
                data = {**data, RANK_KEY: self.ranks[key]}
            tasks.append({"data": data, "predictions": [row]} if row is not None else {"data": data})
            if len(tasks) == self.size:
                yield tasks
                tasks = []
        if tasks:
            yield tasks


def push_ranks(keys: dict[TaskKey, None], scores: list[float], predicted: set[TaskKey], order: str) -> tuple[dict[TaskKey, int], Optional[list[int]]]:
    """Each task's labelling rank (from its prediction's score, in spool order), and with ``order``
    "uncertainty" the spool indices in rank order; ({}, None) without predictions."""
    if not predicted:
        return {}, None
    ranks = ranks_by_key(dict(zip(keys, scores)))
    import_order = None
    if order == "uncertainty":
        listed = list(keys)
        import_order = sorted(range(len(listed)), key=lambda i: ranks[listed[i]])
    return ranks, import_order


def rank_after_push(client: Client, project_id: int, predictions: Predictions, model_version: Optional[str], had_tasks: bool) -> int:
    """Create the "Least confident first" tab; when the project had tasks before this push, re-rank
    all its unannotated tasks together (the push's ranks only order its own tasks)."""
    if not had_tasks:
        ensure_view(client, project_id, model_version)
        return 0
    return rank_project(client, project_id, lambda items: _predict(predictions, items), model_version or "?")


def batched_iter(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def push_statements(
    statements: Iterable[Statement],
    targets: Sequence[Union[Target, str]],
    project_title: str,
    predictions: Optional[Predictions] = None,
    *,
    rule: Optional[RelationRule] = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    dry_run: bool = False,
    client: Optional[Client] = None,
    schema: Optional[LabelSchema] = None,
    update_config: bool = False,
    progress: Optional[Callable[[Iterable, int], Iterable]] = None,
    on_batch: Optional[Callable[[int, list[int]], None]] = None,
    order: str = "input",
    layout: Optional[str] = None,
) -> PushReport:
    """Create the missing tasks of ``statements`` x ``targets`` in ``project_title``; return a report.

    - ``targets``: claims (``str``) or :class:`Target` (optionally scoped to article ids);
      ``rule`` decides which statement relates to which target (default: all).
    - ``predictions``: ``None`` (no pre-annotations), a predictor (``.model_version``,
      ``.predict(items)``), or a plain callable ``items -> list[Prediction]``. New tasks are
      imported with their prediction; existing tasks without one of this model version get
      one through the bulk predictions import. Sets the project's ``model_version``.
    - ``batch_size``: tasks per import call. ``progress(iterable, total)`` wraps the batch
      loop (a progress bar); ``on_batch(batch_number, created_ids)`` runs after each import.
    - ``dry_run``: reads the project (if any) and counts, writes nothing.
    - ``order``: ``"input"`` imports tasks in input order; ``"uncertainty"`` in labelling order
      (least confident first, one in five random: :mod:`annotate.labelstudio.ranking`), for
      projects that label in import order. With predictions, every new task's data carries its
      rank (``rank_uncertainty``) either way, and the "Least confident first" tab is created.
    - ``client``: an open :class:`Client` (default: :meth:`Client.connect`).
    - ``layout``: ``"statement"`` (one task per statement, one stance control per target:
      :mod:`annotate.labelstudio.layout`) or ``"pair"`` (one task per (statement, target), the
      layout of projects made before). Default: the existing project's layout, else ``"statement"``.
      In the statement layout a target new to the project needs ``update_config`` (its stance
      control is added; annotated tasks keep their annotations, the new stance is unanswered there).
    """
    if batch_size < 1:
        raise UsageError(f"batch size must be at least 1, got {batch_size}")
    project_title = normalise_title(project_title)
    started = time.perf_counter()
    schema = schema or load_schema()
    target_list = [t if isinstance(t, Target) else Target(str(t)) for t in targets]
    if not target_list:
        raise UsageError("no target claims given; pass --target \"CLAIM\" (repeatable) or --targets FILE")
    if order not in ORDERS:
        raise UsageError(f"--order {order!r} is not an order; use one of {', '.join(ORDERS)}")
    if order == "uncertainty" and predictions is None:
        raise UsageError("--order uncertainty needs predictions to rank by; drop --no-predictions")
    # Pass 1, streaming: every task's data and prediction go to a spool file on disk, only the keys
    # stay in memory, so a push's memory does not grow with the number of statements. Predicting
    # here, before anything is sent, makes a model error fail the push before any write.
    client = client or Client.connect()
    found = client.find_project(project_title)
    server_project = client.get_project(found.id) if found is not None else None
    server_config = (server_project.label_config or "") if server_project is not None else ""
    known = target_controls(server_config) if found is not None else {}
    if layout is None:
        layout = "statement" if found is None or known is not None else "pair"
    if layout not in ("statement", "pair"):
        raise UsageError(f"layout {layout!r}: use 'statement' or 'pair'")
    if found is not None and (layout == "statement") != (known is not None):
        raise UsageError(f"project {project_title!r} is in the {'statement' if known is not None else 'pair'} layout; push it in that layout")
    controls: dict[str, str] = dict(known or {})
    added: list[str] = []
    if layout == "statement":
        for target in target_list:
            if target.text not in controls.values():
                controls[f"stance_{len(controls) + 1}"] = target.text
                added.append(target.text)
        # A project nobody has annotated yet takes new targets as they come; once annotated, adding a
        # question to done tasks is asked for explicitly.
        annotated = server_project is not None and any(
            int(getattr(server_project, name, 0) or 0) for name in ("total_annotations_number", "skipped_annotations_number"))
        if annotated and added and not update_config and not dry_run:
            named = "; ".join(repr(t) for t in added)
            raise UsageError(
                f"target(s) {named} are new to project {project_title!r}: push with --update-config to add their stance "
                "controls (existing annotations stay as they are; on annotated tasks the new target's stance is unanswered)"
            )
    by_text = {target.text: target for target in target_list}
    rule = rule or RelationRule()
    spool = _Spool()
    keys: dict[TaskKey, None] = {}  # in input order
    predicted: set[TaskKey] = set()  # keys with a prediction row
    counter = {"statements": 0, "version": None}
    scores: list[float] = []  # each spooled task's prediction score, in spool order (for the ranks)

    def counted(items: Iterable[Statement]) -> Iterator[Statement]:
        for statement in items:
            counter["statements"] += 1
            spool.add_statement(statement)
            yield statement

    def flush(pending: list[tuple[TaskKey, dict]]) -> None:
        rows: list[Optional[dict]] = [None] * len(pending)
        if predictions is not None and pending:
            groups = [task_items(data, kind=data.get("kind")) for _, data in pending]
            out = _predict(predictions, [item for group in groups for _, item in group])
            versions = {p.model_version for p in out} | ({counter["version"]} if counter["version"] else set())
            if len(versions) > 1:
                raise ModelError(f"predictor returned several model versions ({', '.join(sorted(versions))}); use one model per push")
            counter["version"] = versions.pop() if versions else None
            rows, at = [], 0
            for group, (_, data) in zip(groups, pending):
                mine = out[at : at + len(group)]
                at += len(group)
                if layout == "statement":
                    rows.append(statement_prediction([(c, p) for (c, _), p in zip(group, mine)], schema, data=data))
                else:
                    rows.append(ls_prediction(mine[0], schema, data=data))
        for (key, data), row in zip(pending, rows):
            spool.add(key, data, row)
            scores.append(float(row.get("score") or 0.0) if row is not None else 0.0)
            if row is not None:
                predicted.add(key)
        pending.clear()

    try:
        pending: list[tuple[TaskKey, dict]] = []
        if layout == "statement":
            def statement_tasks() -> Iterator[dict]:
                for statement in counted(statements):
                    if statement.content is None:
                        continue
                    asked = [c for c, claim in controls.items() if claim in by_text and rule.relates(statement, by_text[claim])]
                    if asked:
                        yield statement_task_data(statement, controls, asked, schema)
            datas: Iterable[dict] = statement_tasks()
        else:
            datas = (task_data(statement, target) for statement, target in pairs(counted(statements), target_list, rule))
        for data in datas:
            key = task_key(data)
            if key in keys:
                continue
            keys[key] = None
            pending.append((key, data))
            if len(pending) >= batch_size:
                flush(pending)
        flush(pending)
        config = statement_config(list(controls.values()), schema) if layout == "statement" else None
        from annotate.labelstudio.layout import instructions as make_instructions
        if dry_run and server_project is not None and added:
            project, is_new = server_project, False  # the new targets' controls would be added; nothing is written
        else:
            project, is_new = ensure_project(
                client, project_title, schema, update_config or (layout == "statement" and bool(added) and not annotated),
                create=not dry_run, config=config,
                instructions=make_instructions(schema, controls.values()) if layout == "statement" else None,
            )
        report = PushReport(project.id if project else None, project_title, client.url, statements=counter["statements"],
                            tasks_wanted=len(keys), project_created=is_new and not dry_run, dry_run=dry_run)
        report.model_version = counter["version"]
        report.layout = layout
        dedupe = plan_dedupe(client.tasks_by_key(project.id) if project is not None and not is_new else {})
        existing = dedupe.keep
        report.duplicates_removed = len(dedupe.delete)
        report.duplicates_kept = len(dedupe.warnings)
        report.warnings.extend(dedupe.warnings)
        new_keys = [key for key in keys if key not in existing]
        report.tasks_existing = len(keys) - len(new_keys)
        # Statement layout: tasks already there that this push relates to a target they do not ask
        # yet (a target added to the project) get that target's control in their data, and a new prediction.
        widened: dict[TaskKey, dict] = {}
        if layout == "statement":
            for key, data, _ in spool:
                ref = existing.get(key)
                if ref is None:
                    continue
                wanted = set(data.get("target_controls") or {})
                if not wanted <= set(ref.asked):
                    widened[key] = {**data, **ask_data(controls, wanted | set(ref.asked), schema)}
        report.tasks_widened = len(widened)
        stale = {
            key for key in predicted
            if key in existing and (report.model_version not in existing[key].model_versions.split(",") or key in widened)
        }
        if dry_run:
            report.tasks_created = len(new_keys)
            report.predictions_added = sum(1 for key in new_keys if key in predicted) + len(stale)
            report.seconds = time.perf_counter() - started
            return report

        ranks, import_order = push_ranks(keys, scores, predicted, order)
        batches = _NewBatches(spool, existing, len(new_keys), batch_size, ranks, import_order)
        loop: Iterable = progress(batches, len(new_keys)) if progress else batches
        try:
            # Before importing: a late-landing batch of an interrupted push is removed first.
            if dedupe.delete:
                report.duplicates_removed = client.delete_unannotated_tasks(project.id, dedupe.delete)
            for key, data in widened.items():
                client.update_task_data(existing[key].id, data)
            if layout == "statement" and is_new:
                first = next(iter(spool), None)
                if first is not None:
                    client.ensure_view(project.id, data_manager_view([*first[1], RANK_KEY]))
            for number, tasks in enumerate(loop, start=1):
                ids = client.import_tasks(project.id, tasks)
                report.tasks_created += len(tasks)
                report.predictions_added += sum(1 for t in tasks if "predictions" in t)
                report.task_ids.extend(ids)
                report.batches = number
                del tasks
                gc.collect()  # each import call leaves reference cycles behind (see Client.iter_task_refs)
                if on_batch is not None:
                    on_batch(number, ids)
            for batch in batched_iter(
                ({**row, "task": existing[key].id} for key, _, row in spool if key in stale), batch_size
            ):
                report.predictions_added += client.import_predictions(project.id, batch)
            if report.model_version and (report.tasks_created or stale):
                verify_predictions(client, project.id, report, spool, predicted, existing, batch_size)
            # Near-duplicates of annotated statements in other articles get those labels (annotate.trace).
            # Only a project with annotations needs the statements back (read from the spool).
            if any(ref.annotations for ref in existing.values()):
                asked_of = {key: tuple(data.get("target_controls") or ()) for key, data, _ in spool} if layout == "statement" else {}
                asked_of.update({key: tuple(data["target_controls"]) for key, data in widened.items()})
                created = {key: TaskRef(task_id, asked=asked_of.get(key, ())) for key, task_id in zip(new_keys, report.task_ids)}
                existing = {key: (replace(ref, asked=asked_of[key]) if key in widened else ref) for key, ref in existing.items()}
                report.predictions_propagated = push_propagated(
                    client, project.id, list(spool.statements()), {**existing, **created}, schema,
                    controls if layout == "statement" else None,
                )
            if ranks:
                report.tasks_reranked = rank_after_push(client, project.id, predictions, report.model_version, bool(existing))
            # Label Studio accepts a model_version only once predictions of it exist.
            if report.model_version and getattr(project, "model_version", None) != report.model_version:
                client.update_project(project.id, model_version=report.model_version, show_collab_predictions=True)
        except ServerError as err:
            raise ServerError(
                f"push to {project_title!r} {_stopped(client, project.id, new_keys, report.tasks_created)}: {err}"
            ) from None
    finally:
        spool.close()
    report.seconds = time.perf_counter() - started
    return report
