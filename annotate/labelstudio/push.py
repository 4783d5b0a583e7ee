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

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Protocol, Sequence, TypeVar, Union


from annotate.errors import ModelError, ServerError, UsageError
from annotate.labelstudio.client import Client, TaskKey, TaskRef
from annotate.labelstudio.config import config_differences, labeling_config
from annotate.labelstudio.propagation import push_propagated
from annotate.labelstudio.tasks import RelationRule, Target, pairs, predict_item, task_data, task_key
from annotate.readers import is_statements_jsonl, iter_articles, iter_statements_jsonl
from annotate.records import Prediction, PredictItem, Statement
from annotate.schema import LabelSchema, load_schema

DEFAULT_BATCH_SIZE = 1000
PROJECT_TITLE_LENGTH = (3, 50)  # Label Studio 1.23.2: PROJECT_TITLE_MIN_LEN / PROJECT_TITLE_MAX_LEN
PREDICTED_FIELDS = ("stance", "certainty")
T = TypeVar("T")


class PredictorLike(Protocol):
    model_version: str

    def predict(self, items: list[PredictItem]) -> list[Prediction]: ...


Predictions = Union[PredictorLike, Callable[[list[PredictItem]], list[Prediction]]]


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


def ls_prediction(prediction: Prediction, schema: LabelSchema, task_id: Optional[int] = None) -> Optional[dict]:
    """A Label Studio prediction: one ``choices`` result per predicted field, score = mean field score."""
    result, scores = [], []
    for name in PREDICTED_FIELDS:
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
    if not result:
        return None
    out = {"model_version": prediction.model_version, "score": round(sum(scores) / len(scores), 4), "result": result}
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


def ensure_project(client: Client, title: str, schema: LabelSchema, update_config: bool = False, create: bool = True):
    """The project titled ``title`` (created with the schema's config if missing).

    Raises ServerError naming what differs when the server's labeling config is not the
    schema's (``update_config=True`` replaces it instead; Label Studio itself refuses if
    existing annotations use labels the new config drops).
    """
    ours = labeling_config(schema)
    project = client.find_project(title)
    if project is None:
        if create and not PROJECT_TITLE_LENGTH[0] <= len(title) <= PROJECT_TITLE_LENGTH[1]:
            raise UsageError(
                f"--project {title!r}: Label Studio project titles have {PROJECT_TITLE_LENGTH[0]} to {PROJECT_TITLE_LENGTH[1]} characters; choose another title"
            )
        return (client.create_project(title, ours, description="Pushed by annotate; labeling config generated from schemas/label_schema.json") if create else None), True
    project = client.get_project(project.id)
    differences = config_differences(project.label_config or "", ours)
    if differences:
        if not update_config:
            raise ServerError(
                f"labeling config of project {title!r} on {client.url} differs from the label schema: {'; '.join(differences)}; "
                "run `annotate schema` and push with --update-config, or fix schemas/label_schema.json"
            )
        client.update_project(project.id, label_config=ours)
    return project, False


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
    - ``client``: an open :class:`Client` (default: :meth:`Client.connect`).
    """
    if batch_size < 1:
        raise UsageError(f"batch size must be at least 1, got {batch_size}")
    started = time.perf_counter()
    schema = schema or load_schema()
    target_list = [t if isinstance(t, Target) else Target(str(t)) for t in targets]
    if not target_list:
        raise UsageError("no target claims given; pass --target \"CLAIM\" (repeatable) or --targets FILE")
    statements = list(statements)
    wanted: dict[tuple[str, str], dict] = {}
    for statement, target in pairs(statements, target_list, rule):
        data = task_data(statement, target)
        wanted.setdefault(task_key(data), data)

    client = client or Client.connect()
    project, is_new = ensure_project(client, project_title, schema, update_config, create=not dry_run)
    report = PushReport(project.id if project else None, project_title, client.url, statements=len(statements),
                        tasks_wanted=len(wanted), project_created=is_new and not dry_run, dry_run=dry_run)
    dedupe = plan_dedupe(client.tasks_by_key(project.id) if project is not None and not is_new else {})
    existing = dedupe.keep
    report.duplicates_removed = len(dedupe.delete)
    report.duplicates_kept = len(dedupe.warnings)
    report.warnings.extend(dedupe.warnings)
    new_keys = [key for key in wanted if key not in existing]
    report.tasks_existing = len(wanted) - len(new_keys)

    predicted: dict[tuple[str, str], Prediction] = {}
    if predictions is not None and wanted:
        keys = list(wanted)
        items = [predict_item(wanted[key], kind=wanted[key].get("kind")) for key in keys]
        for key, prediction in zip(keys, _predict(predictions, items)):
            predicted[key] = prediction
        versions = {p.model_version for p in predicted.values()}
        if len(versions) > 1:
            raise ModelError(f"predictor returned several model versions ({', '.join(sorted(versions))}); use one model per push")
        report.model_version = versions.pop() if versions else None

    stale = [
        key for key in wanted
        if key in existing and report.model_version and report.model_version not in existing[key].model_versions.split(",")
        and key in predicted
    ]
    if dry_run:
        report.tasks_created = len(new_keys)
        report.predictions_added = sum(1 for key in new_keys if key in predicted) + len(stale)
        report.seconds = time.perf_counter() - started
        return report

    batches = list(batched(new_keys, batch_size))
    loop: Iterable = progress(batches, len(new_keys)) if progress else batches
    try:
        # Before importing: a late-landing batch of an interrupted push is removed first.
        if dedupe.delete:
            report.duplicates_removed = client.delete_unannotated_tasks(project.id, dedupe.delete)
        for number, batch in enumerate(loop, start=1):
            tasks = []
            for key in batch:
                task: dict = {"data": wanted[key]}
                prediction = ls_prediction(predicted[key], schema) if key in predicted else None
                if prediction is not None:
                    task["predictions"] = [prediction]
                tasks.append(task)
            ids = client.import_tasks(project.id, tasks)
            report.tasks_created += len(batch)
            report.predictions_added += sum(1 for t in tasks if "predictions" in t)
            report.task_ids.extend(ids)
            report.batches = number
            if on_batch is not None:
                on_batch(number, ids)
        for batch in batched(stale, batch_size):
            rows = [ls_prediction(predicted[key], schema, task_id=existing[key].id) for key in batch]
            rows = [row for row in rows if row is not None]
            if rows:
                report.predictions_added += client.import_predictions(project.id, rows)
        # Near-duplicates of annotated statements in other articles get those labels (annotate.trace).
        created = {key: TaskRef(task_id) for key, task_id in zip(new_keys, report.task_ids)}
        report.predictions_propagated = push_propagated(client, project.id, statements, {**existing, **created}, schema)
        # Label Studio accepts a model_version only once predictions of it exist.
        if report.model_version and getattr(project, "model_version", None) != report.model_version:
            client.update_project(project.id, model_version=report.model_version, show_collab_predictions=True)
    except ServerError as err:
        raise ServerError(
            f"push to {project_title!r} stopped after {report.tasks_created} of {len(new_keys)} new tasks: {err}"
        ) from None
    report.seconds = time.perf_counter() - started
    return report
