"""The model-in-the-loop state behind ``annotate serve``: the predictor in use, and the retraining worker.

- :meth:`Backend.predict` uses the model ``<model_dir>/current`` names (re-read when the pointer
  changes, so a ``make train`` elsewhere or the worker's promotion is picked up), else the rules.
- :meth:`Backend.notify` queues an annotation webhook and returns at once (Label Studio waits for
  the answer inside the annotator's request).
- One worker thread retrains after ``retrain_after`` queued annotation events, or after
  ``quiet_seconds`` without a new one; never two trainings at once. The training itself runs in a
  child process (:mod:`annotate.serve.retrain`: the pull of ``annotate pull``, then ``train_model``
  and its promotion gate), so webhooks and predictions are answered at full speed meanwhile.
- On start, with a project known, one retraining is queued: queued events are not stored, so
  a restart retrains from the current annotations instead (skipped when they equal those the
  newest saved version was trained on).

Limits: one project per backend process (the one given, else the first that sends a webhook);
the training child shares the machine's cores with the backend.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from annotate.classify import load_predictor
from annotate.classify.store import current_version
from annotate.errors import AnnotateError
from annotate.labelstudio.ml import WebhookEvent
from annotate.labelstudio.pull import DEFAULT_OUT_DIR
from annotate.records import Prediction, PredictItem
from annotate.schema import LabelSchema, load_schema

DEFAULT_RETRAIN_AFTER = 10
DEFAULT_QUIET_SECONDS = 60.0


@dataclass
class ServeConfig:
    model_dir: Path
    project: Optional[str] = None
    retrain_after: int = DEFAULT_RETRAIN_AFTER
    quiet_seconds: float = DEFAULT_QUIET_SECONDS
    annotations_dir: Path = DEFAULT_OUT_DIR
    labelstudio_dir: Optional[Path] = None  # where the local server's credentials are (default data/labelstudio)
    force: bool = False


@dataclass
class WorkerState:
    pending: int = 0  # annotation events (or the start-up check) not yet trained on
    last_event: float = 0.0
    training: bool = False
    trainings: int = 0
    last_result: Optional[str] = None
    decisions: list[str] = field(default_factory=list)


class Backend:
    def __init__(self, config: ServeConfig, log: Callable[[str], None] = lambda message: None, schema: Optional[LabelSchema] = None) -> None:
        self.config = config
        self.log = log
        self.schema = schema or load_schema()
        self.project: Optional[str] = config.project
        self.state = WorkerState()
        self._cond = threading.Condition()
        self._stop = False
        self._thread: Optional[threading.Thread] = None
        self._predictor_lock = threading.Lock()
        self._pointer: Optional[str] = "?"  # forces a first load
        self._predictor = None
        self._train_lock = threading.Lock()
        self._child: Optional[subprocess.Popen] = None

    # --- predictions ---------------------------------------------------------------------

    def predictor(self):
        """The predictor ``current`` names now (reloaded only when the pointer changed)."""
        pointer = current_version(self.config.model_dir) if self.config.model_dir.is_dir() else None
        with self._predictor_lock:
            if pointer != self._pointer or self._predictor is None:
                self._predictor = load_predictor(self.config.model_dir, rules_if_missing=True)
                self._pointer = pointer
                self.log(f"predicting with {self._predictor.model_version}")
            return self._predictor

    @property
    def model_version(self) -> str:
        return self.predictor().model_version

    def predict(self, items: list[PredictItem]) -> tuple[list[Prediction], str]:
        predictor = self.predictor()
        return predictor.predict(items), predictor.model_version

    # --- the retraining queue ------------------------------------------------------------

    def notify(self, event: WebhookEvent) -> bool:
        """Queue an annotation change (returns at once); False for other actions."""
        if not event.changes_labels:
            return False
        with self._cond:
            if self.project is None and event.project_title:
                self.project = event.project_title
            self.state.pending += 1
            self.state.last_event = time.monotonic()
            self._cond.notify_all()
        return True

    def _due(self) -> bool:
        state = self.state
        if state.pending <= 0 or self.project is None:
            return False
        return state.pending >= self.config.retrain_after or time.monotonic() - state.last_event >= self.config.quiet_seconds

    def start(self) -> None:
        with self._cond:
            if self.project is not None:
                self.state.pending += 1  # the start-up check: retrain from the current annotations if they changed
                self.state.last_event = time.monotonic() - self.config.quiet_seconds  # due at once
        self._thread = threading.Thread(target=self._run, name="annotate-retrain", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify_all()
        child = self._child
        if child is not None and child.poll() is None:
            child.terminate()  # an interrupted training writes nothing visible (versions are renamed into place)

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._stop and not self._due():
                    self._cond.wait(timeout=0.5)
                if self._stop:
                    return
                self.state.pending = 0
                self.state.training = True
                project = self.project
            try:
                self.state.last_result = self.retrain(project)
            except AnnotateError as err:
                self.state.last_result = f"retraining failed: {err}"
            except Exception as err:  # keep serving predictions whatever a training does
                self.state.last_result = f"retraining failed: {type(err).__name__}: {err}"
            finally:
                with self._cond:
                    self.state.training = False
                    self.state.trainings += 1
            self.log(self.state.last_result)

    def retrain(self, project: str) -> str:
        """Run one training in a child process (:mod:`annotate.serve.retrain`); one line saying what happened.

        A child process, so that the training's CPU-bound Python never holds the GIL this process
        needs to answer webhooks and predictions; it dies with this process (SIGKILL on parent death).
        """
        job = {
            "parent": os.getpid(),  # the child asks for SIGKILL when this process dies (retrain.die_with)
            "project": project, "model_dir": str(self.config.model_dir), "annotations_dir": str(self.config.annotations_dir),
            "labelstudio_dir": str(self.config.labelstudio_dir) if self.config.labelstudio_dir else None, "force": self.config.force,
        }
        command = [sys.executable, "-m", "annotate.serve.retrain", json.dumps(job)]
        with self._train_lock:  # never two trainings at once
            # No preexec_fn: Python code between fork and exec can deadlock in a process with threads (this one
            # runs the server's and the worker's), and the child would hang before it starts; it sets its own
            # death signal instead.
            child = subprocess.Popen(command, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
            self._child = child
            try:
                out, _ = child.communicate()
            finally:
                self._child = None
        answers = [line for line in out.splitlines() if line.startswith("{")]
        if child.returncode != 0 or not answers:
            return f"retraining failed (exit {child.returncode}); see the lines above"
        answer = json.loads(answers[-1])
        self.state.decisions = answer.get("decisions", [])
        return answer["result"]

    def status(self) -> dict:
        with self._cond:
            return {
                "project": self.project,
                "pending": self.state.pending,
                "training": self.state.training,
                "trainings": self.state.trainings,
                "last_result": self.state.last_result,
            }
