"""One retraining of the ML backend, run as ``python -m annotate.serve.retrain JOB_JSON`` (a child process).

Pulls the project with :func:`annotate.labelstudio.pull.pull_project` (exactly what ``annotate pull``
does, snapshot files included), skips when the labels equal those the newest saved version was
trained on, else trains with :func:`annotate.classify.train.train_model`, whose promotion gate
decides whether the new version becomes current. Then the labelling ranks of the project's
unannotated tasks are refreshed when they are stale (:func:`rerank`). Progress goes to stderr;
the last stdout line is ``{"result": "...", "decisions": [...]}``.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import json
import os
import signal
import sys
from pathlib import Path
from typing import Callable, Optional

from annotate.classify.store import read_metadata, sha256_file
from annotate.errors import AnnotateError


PR_SET_PDEATHSIG = 1


def die_with(parent: Optional[int]) -> bool:
    """Ask Linux for SIGKILL when ``parent`` (the backend) dies; False when it is already gone.

    Set by the child itself, after exec: the backend is threaded, and Python code run between fork and exec
    (``preexec_fn``) can deadlock there. The death signal follows the process that forked us, so a parent
    that died before the call is caught by comparing ``getppid``. Elsewhere than Linux the call is skipped
    and the child finishes its training alone.
    """
    if parent is None:
        return True
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return True
    return os.getppid() == parent


def newest_data_hash(model_dir: Path) -> Optional[str]:
    """Training-data hash of the newest saved version (promoted or not), None when there is none."""
    model_dir = Path(model_dir)
    if not model_dir.is_dir():
        return None
    versions = sorted(p for p in model_dir.iterdir() if p.is_dir() and not p.name.startswith("."))
    for version_dir in reversed(versions):
        try:
            return read_metadata(version_dir).training_data.sha256
        except AnnotateError:
            continue
    return None


def retrain(
    project: str, model_dir: Path, annotations_dir: Path, labelstudio_dir: Optional[Path] = None,
    force: bool = False, log: Callable[[str], None] = lambda message: None,
) -> tuple[str, list[str]]:
    """Pull ``project``, train, let the gate decide; (one line saying what happened, the gate's lines)."""
    from annotate.classify.train import collect_examples, data_hash, train_model
    from annotate.labelstudio.client import Client
    from annotate.labelstudio.pull import pull_project

    client = Client.connect(labelstudio_dir) if labelstudio_dir else Client.connect()
    pulled = pull_project(project, annotations_dir, client=client)
    annotations = [a for a in pulled.annotations if not a.was_cancelled]
    if not any(value is not None for a in annotations for value in a.labels.values()):
        return f"no labels in {project!r} yet; waiting for annotations", []
    if data_hash(collect_examples(annotations)) == newest_data_hash(model_dir):
        return f"no new labels in {project!r} since the newest model; not retrained", []
    log(f"retraining on {len(annotations)} annotations of {project!r} ({pulled.snapshot.name})")
    result = train_model(
        annotations, model_dir, source=f"{pulled.snapshot.name} (project {project!r})",
        source_sha256=sha256_file(pulled.snapshot), force=force, notify=log,
    )
    for line in result.decisions:
        log(line)
    state = f"current for {', '.join(result.promoted)}" if result.promoted else "not promoted"
    return f"trained {result.metadata.version} at {dt.datetime.now(dt.timezone.utc):%H:%M:%SZ}: {state}", result.decisions


def rerank(project: str, model_dir: Path, labelstudio_dir: Optional[Path] = None, log: Callable[[str], None] = lambda message: None) -> str:
    """Re-rank the project's unannotated tasks for the "Least confident first" tab with the model in
    use, when a promotion changed it, some task has no rank, or the ranks came from another model."""
    from annotate.classify import load_predictor
    from annotate.labelstudio.client import Client
    from annotate.labelstudio.ranking import rank_project

    client = Client.connect(labelstudio_dir) if labelstudio_dir else Client.connect()
    predictor = load_predictor(model_dir, rules_if_missing=True)
    found = client.require_project(project)
    updated = rank_project(client, found.id, predictor.predict, predictor.model_version, only_if_stale=True)
    if updated:
        log(f"re-ranked {updated} tasks of {project!r} by {predictor.model_version} (least confident first)")
    return f"; re-ranked {updated} tasks" if updated else ""


def main(argv: list[str]) -> int:
    job = json.loads(argv[0])
    if not die_with(job.get("parent")):
        print(json.dumps({"result": "retraining skipped: the backend that asked for it is gone", "decisions": []}), flush=True)
        return 1

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    try:
        result, decisions = retrain(
            job["project"], Path(job["model_dir"]), Path(job["annotations_dir"]),
            Path(job["labelstudio_dir"]) if job.get("labelstudio_dir") else None, bool(job.get("force")), log,
        )
    except AnnotateError as err:
        result, decisions = f"retraining failed: {err}", []
    try:
        result += rerank(job["project"], Path(job["model_dir"]), Path(job["labelstudio_dir"]) if job.get("labelstudio_dir") else None, log)
    except AnnotateError as err:
        result += f"; re-ranking failed: {err}"
    print(json.dumps({"result": result, "decisions": decisions}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
