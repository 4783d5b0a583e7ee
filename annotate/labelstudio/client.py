"""The only module that talks to a Label Studio server (``label_studio_sdk`` 2.x).

Where the server is: ``LABEL_STUDIO_URL`` and ``LABEL_STUDIO_API_KEY`` (a team's own
server), else the credentials file the local server wrote (``data/labelstudio/credentials.json``).
The key is never put in argv, logs or error messages.

Every SDK/HTTP failure becomes one :class:`~annotate.errors.ServerError` line with the fix.
"""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Optional

import httpx
from label_studio_sdk import LabelStudio
from label_studio_sdk.core.api_error import ApiError
from label_studio_sdk.types import SerializationOptionRequest, SerializationOptionsRequest

from annotate.errors import ServerError, UsageError
from annotate.labelstudio import server

URL_ENV = "LABEL_STUDIO_URL"
KEY_ENV = "LABEL_STUDIO_API_KEY"
DEFAULT_TIMEOUT_S = 60.0
#: Page size when listing tasks (the server caps pages; 1000 keeps 10k tasks to 10 calls).
LIST_PAGE_SIZE = 1000
#: Task columns listed once per push: the key (in ``data``), prediction versions, annotation counts.
TASK_LIST_FIELDS = "id,data,predictions_model_versions,total_annotations,cancelled_annotations"
#: Data Manager filter: tasks with no completed and no cancelled (skipped) annotation.
UNANNOTATED_FILTER = {
    "conjunction": "and",
    "items": [
        {"filter": "filter:tasks:total_annotations", "operator": "equal", "type": "Number", "value": 0},
        {"filter": "filter:tasks:cancelled_annotations", "operator": "equal", "type": "Number", "value": 0},
    ],
}
RERUN_HINT = "re-run the same command (tasks already created are skipped) or raise --timeout"
#: A timed-out import may still land on the server after the client gave up.
IMPORT_RERUN_HINT = (
    "re-run the same command: it completes the push and removes any duplicate this interrupted import "
    "may still create (or raise --timeout)"
)
EXPORT_POLL_S = 0.3
EXPORT_TIMEOUT_S = 300.0


TaskKey = tuple[str, str]  # (statement_id, target)


@dataclass(frozen=True)
class TaskRef:
    """One task as a push sees it: id, its predictions' model versions, its annotation counts."""

    id: int
    model_versions: str = ""
    annotations: int = 0  # completed (not cancelled)
    cancelled: int = 0  # cancelled or skipped
    asked: tuple[str, ...] = ()  # statement layout: the stance controls the task asks (data.target_controls)

    @property
    def annotated(self) -> bool:
        """True when anyone completed or skipped this task: such a task is never deleted."""
        return self.annotations + self.cancelled > 0


@dataclass(frozen=True)
class Connection:
    url: str
    api_key: str
    origin: str  # "environment" or the credentials file path

    def __repr__(self) -> str:  # never show the key
        return f"Connection(url={self.url!r}, origin={self.origin!r})"


def resolve_connection(data_dir: Path = server.DEFAULT_DATA_DIR) -> Connection:
    """URL and key from the environment, else from the local server's credentials file."""
    url = (os.environ.get(URL_ENV) or "").strip()
    key = (os.environ.get(KEY_ENV) or "").strip()  # a pasted token often ends in a newline
    if key and not key.isascii():
        raise ServerError(f"{KEY_ENV} holds a non-ASCII character, so it is not a Label Studio token; copy the token again (Account & Settings)")
    if key and any(c.isspace() for c in key):
        raise ServerError(f"{KEY_ENV} holds whitespace inside it, so it is malformed; copy the token again (Account & Settings)")
    if url and key:
        if not url.startswith(("http://", "https://")):
            raise ServerError(f"{URL_ENV}={url!r} is not an http(s) URL; set it like http://localhost:8080")
        return Connection(url.rstrip("/"), key, "environment")
    if bool(url) != bool(key):
        missing = KEY_ENV if url else URL_ENV
        raise ServerError(f"{URL_ENV} and {KEY_ENV} go together but {missing} is not set; set both or neither")
    credentials = server.read_credentials(data_dir)
    if credentials is None:
        raise ServerError(
            f"no Label Studio configured: start the local one with `annotate labelstudio start` (or `make labelstudio`), or set {URL_ENV} and {KEY_ENV}"
        )
    return Connection(credentials.url.rstrip("/"), credentials.api_key.get_secret_value(), str(server.credentials_path(data_dir)))


def normalise_title(title: str) -> str:
    """A project title as Label Studio stores it (surrounding whitespace stripped); blank is refused."""
    stripped = str(title).strip()
    if not stripped:
        raise UsageError(f"--project {title!r} is blank; give the project a title")
    return stripped


def _describe_api_error(err: ApiError, url: str, doing: str) -> str:
    body = err.body
    detail = ""
    if isinstance(body, dict):
        detail = str(body.get("validation_errors") or body.get("detail") or body)[:300]
    elif body:
        detail = str(body)[:200]
    if err.status_code == 401 or (err.status_code == 403 and "credentials" in detail.lower()):
        return (
            f"Label Studio at {url} rejected the API key (HTTP {err.status_code}) while {doing}; "
            f"set {KEY_ENV} to a valid personal access token (Account & Settings) or restart the local server with `annotate labelstudio start`"
        )
    if err.status_code == 404:
        return f"Label Studio at {url} has no such object (HTTP 404) while {doing}; check the project title/id"
    return f"Label Studio at {url} answered HTTP {err.status_code} while {doing}: {detail}"


class Client:
    """A thin wrapper over ``LabelStudio`` that turns failures into one-line ``ServerError``s."""

    def __init__(self, connection: Connection, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self.connection = connection
        self.url = connection.url
        self.timeout = timeout
        try:
            self.sdk = LabelStudio(base_url=connection.url, api_key=connection.api_key, timeout=timeout, max_retries=0)
        except ApiError as err:  # an expired JWT is rejected before any request
            raise ServerError(_describe_api_error(err, connection.url, "reading the API key")) from None

    @classmethod
    def connect(cls, data_dir: Path = server.DEFAULT_DATA_DIR, timeout: float = DEFAULT_TIMEOUT_S, check: bool = True) -> "Client":
        client = cls(resolve_connection(data_dir), timeout)
        if check:
            client.whoami()
        return client

    def __repr__(self) -> str:
        return f"Client(url={self.url!r})"

    @contextlib.contextmanager
    def calling(self, doing: str, rerun: str = RERUN_HINT) -> Iterator[None]:
        """Map SDK/HTTP failures inside the block to one ServerError line (never the key).

        ``rerun`` is what a timeout message tells the user to do.
        """
        try:
            yield
        except ServerError:
            raise
        except ApiError as err:
            raise ServerError(_describe_api_error(err, self.url, doing)) from None
        except httpx.TimeoutException:
            raise ServerError(
                f"Label Studio at {self.url} timed out after {self.timeout:g} s while {doing}; {rerun}"
            ) from None
        except (httpx.TransportError, httpx.InvalidURL) as err:  # connect/read/write/protocol/proxy failures
            raise ServerError(
                f"Label Studio at {self.url} is not reachable ({type(err).__name__}) while {doing}; "
                f"start it with `annotate labelstudio start` or set {URL_ENV}"
            ) from None

    def _once(self) -> dict:
        """Request options for writes: the current timeout, no automatic retry."""
        return {"timeout": self.timeout, "max_retries": 0}

    # --- users ---------------------------------------------------------------------------

    def whoami(self) -> Any:
        with self.calling("checking the API key"):
            return self.sdk.users.whoami()

    def user_emails(self) -> dict[int, str]:
        with self.calling("listing users"):
            return {user.id: (user.email or user.username or str(user.id)) for user in self.sdk.users.list()}

    # --- projects ------------------------------------------------------------------------

    def find_project(self, title: str) -> Optional[Any]:
        """The project with exactly this title, or None; ServerError if several share it."""
        with self.calling(f"looking up project {title!r}"):
            found = [p for p in self.sdk.projects.list(title=title, page_size=100) if p.title == title]
        if len(found) > 1:
            ids = ", ".join(str(p.id) for p in found)
            raise ServerError(f"{len(found)} projects on {self.url} are titled {title!r} (ids {ids}); rename all but one")
        return found[0] if found else None

    def projects_titled(self, title: str) -> list[Any]:
        """Every project with exactly this title, oldest (lowest id) first."""
        with self.calling(f"looking up project {title!r}"):
            return sorted((p for p in self.sdk.projects.list(title=title, page_size=100) if p.title == title), key=lambda p: p.id)

    def delete_project(self, project_id: int, missing_ok: bool = False) -> None:
        """Delete a project; ``missing_ok``: one already gone (deleted by a racing push) is no error."""
        with self.calling(f"deleting project {project_id}"):
            try:
                self.sdk.projects.delete(project_id, request_options=self._once())
            except ApiError as err:
                if not (missing_ok and err.status_code == 404):
                    raise

    def project_titles(self) -> list[str]:
        with self.calling("listing projects"):
            return [p.title for p in self.sdk.projects.list(page_size=100)]

    def require_project(self, title: str) -> Any:
        project = self.find_project(title)
        if project is None:
            titles = self.project_titles()
            known = f" (projects there: {', '.join(repr(t) for t in titles[:5])})" if titles else " (it has no projects)"
            raise ServerError(f"no project titled {title!r} on {self.url}{known}; check --project or push to create it")
        return self.get_project(project.id)

    def get_project(self, project_id: int) -> Any:
        with self.calling(f"reading project {project_id}"):
            return self.sdk.projects.get(project_id)

    def create_project(self, title: str, label_config: str, description: str = "") -> Any:
        with self.calling(f"creating project {title!r}"):
            return self.sdk.projects.create(title=title, label_config=label_config, description=description)

    def update_project(self, project_id: int, **fields: Any) -> Any:
        with self.calling(f"updating project {project_id}"):
            return self.sdk.projects.update(project_id, **fields)

    # --- tasks and predictions -----------------------------------------------------------

    def tasks_by_key(self, project_id: int) -> dict[TaskKey, list[TaskRef]]:
        """Every task of the project grouped by ``(statement_id, target)``, each group ordered by id.

        A group of more than one is a duplicate (Label Studio dedupes nothing, and an import
        that timed out on the client may still land later). One listing pass; the
        annotation counts are task columns, so this costs what ``include="id,data"`` costs.
        """
        groups: dict[TaskKey, list[TaskRef]] = {}
        for key, ref in self.iter_task_refs(project_id):
            groups.setdefault(key, []).append(ref)
        for refs in groups.values():
            refs.sort(key=lambda ref: ref.id)
        return groups

    def iter_task_refs(self, project_id: int) -> Iterator[tuple[TaskKey, TaskRef]]:
        """Every task of the project as ``(key, TaskRef)``, one page in memory at a time."""
        with self.calling(f"listing the tasks of project {project_id}"):
            pager = self.sdk.tasks.list(project=project_id, include=TASK_LIST_FIELDS, page_size=LIST_PAGE_SIZE)
            for task in pager:
                data = task.data or {}
                key = (str(data.get("statement_id", "")), str(data.get("target", "")))
                yield key, TaskRef(
                    id=task.id,
                    model_versions=str(task.predictions_model_versions or ""),
                    annotations=int(task.total_annotations or 0),
                    cancelled=int(task.cancelled_annotations or 0),
                    asked=tuple(data["target_controls"]) if isinstance(data.get("target_controls"), dict) else (),
                )

    def task_keys(self, project_id: int) -> dict[TaskKey, tuple[int, str]]:
        """(statement_id, target) -> (lowest task id, comma-separated model versions of its predictions)."""
        return {key: (refs[0].id, refs[0].model_versions) for key, refs in self.tasks_by_key(project_id).items()}

    def delete_unannotated_tasks(self, project_id: int, task_ids: list[int]) -> int:
        """Delete these tasks in one Data Manager ``delete_tasks`` call; return how many went.

        The server applies the selection only to tasks that have neither completed nor
        cancelled annotations (a filter in the same call), so a task someone annotated
        after it was listed is kept. Drafts are not annotations and do not protect a task.
        """
        if not task_ids:
            return 0
        with self.calling(f"deleting {len(task_ids)} duplicate tasks from project {project_id}"):
            response = self.sdk.actions.with_raw_response.create(
                id="delete_tasks",
                project=project_id,
                filters=UNANNOTATED_FILTER,
                selected_items={"all": False, "included": list(task_ids)},
                request_options=self._once(),
            )
        try:
            return int(response.response.json().get("processed_items", 0))
        except (ValueError, AttributeError, TypeError):  # pragma: no cover - an older server without the count
            return len(task_ids)

    def import_tasks(self, project_id: int, tasks: list[dict]) -> list[int]:
        """One bulk import call, never retried (a retry after a timeout could duplicate tasks)."""
        with self.calling(f"importing {len(tasks)} tasks into project {project_id}", IMPORT_RERUN_HINT):
            response = self.sdk.projects.import_tasks(
                project_id, request=tasks, return_task_ids=True, request_options=self._once()
            )
        return list(response.task_ids or [])

    def ensure_view(self, project_id: int, data: dict) -> bool:
        """Create the Data Manager tab ``data`` when the project has none (a team's own tabs are
        never replaced); True when created."""
        with self.calling(f"reading the Data Manager tabs of project {project_id}"):
            if self.sdk.views.list(project=project_id):
                return False
        with self.calling(f"creating the Data Manager tab of project {project_id}"):
            self.sdk.views.create(project=project_id, data=data)
        return True

    def create_task(self, project_id: int, task: dict) -> int:
        """One task per call (what the benchmark compares bulk import against)."""
        with self.calling(f"creating a task in project {project_id}"):
            created = self.sdk.tasks.create(project=project_id, data=task["data"])
            for prediction in task.get("predictions", []):
                self.sdk.predictions.create(task=created.id, **prediction)
        return created.id

    def import_predictions(self, project_id: int, predictions: list[dict]) -> int:
        with self.calling(f"importing {len(predictions)} predictions into project {project_id}"):
            response = self.sdk.projects.import_predictions(project_id, request=predictions, request_options=self._once())
        created = getattr(response, "created", None)
        return int(created) if isinstance(created, int) else len(predictions)

    def create_annotation(self, task_id: int, result: list[dict], **fields: Any) -> Any:
        with self.calling(f"annotating task {task_id}"):
            return self.sdk.annotations.create(task_id, result=result, **fields)

    def iter_task_data(self, project_id: int) -> Iterator[tuple[TaskRef, dict]]:
        """Every task of the project as ``(TaskRef, data)``, one page in memory at a time."""
        with self.calling(f"listing the tasks of project {project_id}"):
            for task in self.sdk.tasks.list(project=project_id, include=TASK_LIST_FIELDS, page_size=LIST_PAGE_SIZE):
                yield TaskRef(
                    id=task.id, model_versions=str(task.predictions_model_versions or ""),
                    annotations=int(task.total_annotations or 0), cancelled=int(task.cancelled_annotations or 0),
                ), dict(task.data or {})

    def update_task_data(self, task_id: int, data: dict) -> None:
        """Replace one task's ``data`` (Label Studio has no bulk update of task data)."""
        with self.calling(f"updating the data of task {task_id}"):
            self.sdk.tasks.update(str(task_id), data=data, request_options=self._once())

    def task_ids_in_view(self, project_id: int, view_id: int) -> list[int]:
        """Task ids in the order (and with the filters) of a Data Manager view."""
        with self.calling(f"listing the tasks of view {view_id} of project {project_id}"):
            return [task.id for task in self.sdk.tasks.list(project=project_id, view=view_id, include="id", page_size=LIST_PAGE_SIZE)]

    # --- Data Manager views --------------------------------------------------------------

    def views(self, project_id: int) -> list[Any]:
        with self.calling(f"listing the Data Manager views of project {project_id}"):
            return list(self.sdk.views.list(project=project_id))

    def save_view(self, project_id: int, data: dict, view_id: Optional[int] = None) -> Any:
        """Create a Data Manager view (tab) with ``data`` (title, filters, ordering, ...), or replace its data."""
        with self.calling(f"saving the Data Manager view {data.get('title')!r} of project {project_id}"):
            if view_id is None:
                return self.sdk.views.create(project=project_id, data=data)
            return self.sdk.views.update(str(view_id), project=project_id, data=data)

    # --- ML backend ----------------------------------------------------------------------

    def connect_ml_backend(self, project_id: int, url: str, title: str) -> Any:
        """Make ``url`` the project's interactive ML backend, used for the project's predictions.

        Reuses a backend already registered at ``url`` (reconnecting adds nothing). Label Studio calls
        ``/health`` and ``/setup`` on it while registering (the answer's ``model_version`` becomes the
        backend's), and creates its ``/webhook`` hook. The project's ``model_version`` is set to the
        backend's title, which is how Label Studio 1.23 selects a live model over stored predictions;
        predictions are then fetched when a task without one is opened or listed.
        """
        with self.calling(f"connecting the ML backend {url} to project {project_id}"):
            self.sdk.projects.update(project_id, show_collab_predictions=True, evaluate_predictions_automatically=True)
            existing = [b for b in self.sdk.ml.list(project=project_id) if (b.url or "").rstrip("/") == url.rstrip("/")]
            if existing:
                backend = self.sdk.ml.update(existing[0].id, url=url, project=project_id, is_interactive=True, title=title, auto_update=True)
            else:
                backend = self.sdk.ml.create(project=project_id, url=url, is_interactive=True, title=title, auto_update=True)
            self.sdk.projects.update(project_id, model_version=title)
            return backend

    # --- exports -------------------------------------------------------------------------

    def export_snapshot_to(self, project_id: int, path: Path, title: str = "annotate pull") -> Path:
        """Create a snapshot export, wait, and stream its JSON to ``path`` (memory stays flat)."""
        with self.calling(f"exporting project {project_id}"):
            export_id = self._finished_export(project_id, title)
            with open(path, "wb") as handle:
                for chunk in self.sdk.projects.exports.download(project_id, export_id, export_type="JSON"):
                    handle.write(chunk)
                handle.flush()
                os.fsync(handle.fileno())
        return path

    def export_snapshot(self, project_id: int, title: str = "annotate pull") -> bytes:
        """Create a snapshot export (full prediction objects, annotators with email), wait, return the JSON bytes."""
        with self.calling(f"exporting project {project_id}"):
            export_id = self._finished_export(project_id, title)
            return b"".join(self.sdk.projects.exports.download(project_id, export_id, export_type="JSON"))

    def _finished_export(self, project_id: int, title: str) -> int:
        """Create a snapshot export and wait until it is ready; its id."""
        export = self.sdk.projects.exports.create(
            project_id,
            title=title,
            serialization_options=SerializationOptionsRequest(
                annotations__completed_by=SerializationOptionRequest(only_id=False)
            ),
        )
        deadline = time.monotonic() + EXPORT_TIMEOUT_S
        while export.status not in ("completed", "failed"):
            if time.monotonic() > deadline:
                raise ServerError(f"snapshot export {export.id} of project {project_id} on {self.url} did not finish in {EXPORT_TIMEOUT_S:.0f} s; retry later")
            time.sleep(EXPORT_POLL_S)
            export = self.sdk.projects.exports.get(project_id, export.id)
        if export.status == "failed":
            raise ServerError(f"snapshot export {export.id} of project {project_id} failed on {self.url}; see the server log and retry")
        return export.id
