"""Running ``annotate serve``: in the foreground (uvicorn, SIGTERM = clean stop) or detached, its pid
file beside Label Studio's credentials, ``--stop`` and ``--status``, and registering with a project.

Files in the Label Studio data dir (default ``data/labelstudio/``)::

    serve.pid    pid of the running backend (stopped with SIGTERM by that pid)
    serve.json   url, port, model dir and project of the running backend
    serve.log    its log when started with --detach

A backend killed mid-training leaves at most a hidden staging folder in the model dir: versions
are renamed into place complete and ``current`` is replaced atomically, so it is never broken.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

import httpx

from annotate.errors import ServerError
from annotate.labelstudio import server
from annotate.output import atomic_writer
from annotate.serve.backend import Backend, ServeConfig

DEFAULT_PORT = 9090
PID_NAME = "serve.pid"
STATE_NAME = "serve.json"
LOG_NAME = "serve.log"
START_TIMEOUT_S = 120.0
BACKEND_TITLE = "annotate"


@dataclass(frozen=True)
class ServeStatus:
    running: bool
    pid: Optional[int]
    url: Optional[str]
    answering: bool
    health: dict

    def describe(self) -> str:
        if self.running and self.answering:
            h = self.health
            training = "training now" if h.get("training") else f"{h.get('pending', 0)} annotation events queued"
            return (
                f"ML backend running at {self.url} (pid {self.pid}, project {h.get('project')!r}, model dir {h.get('model_dir')}); "
                f"{training}; {h.get('trainings', 0)} trainings" + (f"; last: {h['last_result']}" if h.get("last_result") else "")
            )
        if self.running:
            return f"ML backend process {self.pid} is alive but {self.url} does not answer"
        return "ML backend not running; start it with `annotate serve`"


def _is_backend(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return server.pid_alive(pid)
    return b"annotate" in cmdline and b"serve" in cmdline


def read_pid(data_dir: Path) -> Optional[int]:
    try:
        pid = int((Path(data_dir) / PID_NAME).read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if server.pid_alive(pid) and _is_backend(pid) else None


def health(url: str, timeout: float = 2.0) -> Optional[dict]:
    try:
        response = httpx.get(f"{url.rstrip('/')}/health", timeout=timeout)
    except httpx.HTTPError:
        return None
    return response.json() if response.status_code == 200 else None


def status(data_dir: Path = server.DEFAULT_DATA_DIR) -> ServeStatus:
    pid = read_pid(data_dir)
    url = None
    with contextlib.suppress(OSError, ValueError):
        url = json.loads((Path(data_dir) / STATE_NAME).read_text(encoding="utf-8")).get("url")
    answer = health(url) if pid and url else None
    return ServeStatus(pid is not None, pid, url, answer is not None, answer or {})


def stop(data_dir: Path = server.DEFAULT_DATA_DIR) -> Optional[int]:
    """SIGTERM the backend recorded in ``serve.pid`` (only that pid); returns it, None if none ran."""
    pid = read_pid(data_dir)
    if pid is not None:
        server.terminate(pid)
    for name in (PID_NAME, STATE_NAME):
        with contextlib.suppress(FileNotFoundError):
            (Path(data_dir) / name).unlink()
    return pid


def register(project: str, url: str, backend: Backend, data_dir: Path, log: Callable[[str], None]) -> None:
    """Connect the (answering) backend at ``url`` to ``project`` as its interactive ML backend."""
    from annotate.labelstudio.client import Client

    deadline = time.monotonic() + 30
    while health(url, timeout=1.0) is None:
        if time.monotonic() > deadline:
            log(f"could not register with {project!r}: {url} did not answer")
            return
        time.sleep(0.1)
    try:
        client = Client.connect(data_dir)
        found = client.require_project(project)
        registered = client.connect_ml_backend(found.id, url, BACKEND_TITLE)
        log(f"connected to project {project!r} on {client.url} as its ML backend {registered.title!r} ({registered.model_version})")
    except ServerError as err:
        log(f"could not register with {project!r}: {err}")
        return
    from annotate.labelstudio.ranking import ensure_view

    try:
        ensure_view(client, found.id)  # the "Least confident first" tab; the retraining worker fills the ranks
    except ServerError as err:
        log(f"could not create the 'Least confident first' tab in {project!r}: {err}")


def run(config: ServeConfig, port: int, data_dir: Path, log: Callable[[str], None], host: str = server.DEFAULT_HOST) -> None:
    """Serve in the foreground until SIGTERM/SIGINT (uvicorn's graceful shutdown); pid file meanwhile."""
    import uvicorn

    from annotate.serve.app import create_app

    data_dir = Path(data_dir)
    running = read_pid(data_dir)
    if running is not None and running != os.getpid():
        raise ServerError(f"an ML backend already runs (pid {running}, see {data_dir / STATE_NAME}); stop it with `annotate serve --stop`")
    if not server.port_free(port, host):
        raise ServerError(f"port {port} on {host} is busy; pass a free --port")
    url = f"http://{host}:{port}"
    backend = Backend(config, log=log)
    backend.predictor()  # a broken model fails here, before anything listens
    on_ready = (lambda: register(config.project, url, backend, data_dir, log)) if config.project else None
    data_dir.mkdir(parents=True, exist_ok=True)
    server.write_private(data_dir / PID_NAME, f"{os.getpid()}\n")
    with atomic_writer(data_dir / STATE_NAME) as handle:
        json.dump({"pid": os.getpid(), "url": url, "port": port, "model_dir": str(config.model_dir), "project": config.project}, handle)
    log(f"ML backend at {url} (model dir {config.model_dir}, retrain after {config.retrain_after} annotations or {config.quiet_seconds:g} s quiet)")
    try:
        uvicorn.run(create_app(backend, on_ready), host=host, port=port, log_level="warning", access_log=False)
    finally:
        if read_pid(data_dir) in (None, os.getpid()):
            for name in (PID_NAME, STATE_NAME):
                with contextlib.suppress(FileNotFoundError):
                    (data_dir / name).unlink()


def detach(arguments: list[str], data_dir: Path, timeout: float = START_TIMEOUT_S) -> ServeStatus:
    """Start ``annotate serve ARGUMENTS`` in its own session, log to ``serve.log``; wait until it answers."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / LOG_NAME
    with os.fdopen(os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "a", encoding="utf-8") as handle:
        handle.write(f"--- {dt.datetime.now(dt.timezone.utc):%Y-%m-%dT%H:%M:%SZ} annotate serve {' '.join(arguments)}\n")
        handle.flush()
        process = subprocess.Popen(
            [sys.executable, "-m", "annotate.serve", *arguments], stdout=handle, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = [line for line in log_path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()][-1:]
            raise ServerError(f"the ML backend exited with code {process.returncode} while starting ({' '.join(tail)}); see {log_path}")
        state = status(data_dir)
        if state.answering and state.pid == process.pid:
            return state
        time.sleep(0.2)
    server.terminate(process.pid)
    raise ServerError(f"the ML backend did not answer within {timeout:.0f} s; stopped it, see {log_path}")
