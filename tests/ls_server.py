"""pytest plugin: ONE real Label Studio server per test session (never mocked, never skipped).

The server runs from a copy of a migrated template data dir (made once, about a minute,
cached under ``data/labelstudio-template-<version>/``; a fresh clone builds it on first
use), on a free port, with its data in the session's temp dir. It is stopped by its pid
with SIGTERM. If it cannot start, every test that needs it FAILS.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotate.errors import ServerError
from annotate.labelstudio import server
from annotate.labelstudio.client import Client, Connection

TIMINGS: dict[str, float] = {}


@dataclass(frozen=True)
class LiveServer:
    url: str
    api_key: str
    email: str
    data_dir: Path

    def __repr__(self) -> str:
        return f"LiveServer(url={self.url!r})"

    def client(self, timeout: float = 60.0) -> Client:
        return Client(Connection(self.url, self.api_key, "test"), timeout=timeout)


@pytest.fixture(scope="session")
def ls_server(tmp_path_factory: pytest.TempPathFactory) -> LiveServer:
    data_dir = tmp_path_factory.mktemp("labelstudio") / "data"
    try:
        started = time.monotonic()
        server.copy_template(data_dir)
        TIMINGS["template+copy"] = time.monotonic() - started
        started = time.monotonic()
        state = server.start(data_dir, port=server.free_port(), timeout=180)
        TIMINGS["start"] = time.monotonic() - started
    except ServerError as err:
        server.stop(data_dir)
        pytest.fail(f"Label Studio could not start for the tests: {err}", pytrace=False)
    credentials = server.read_credentials(data_dir)
    live = LiveServer(state.url, credentials.api_key.get_secret_value(), credentials.email, data_dir)
    yield live
    pid = server.stop(data_dir)
    assert pid is None or not server.pid_alive(pid), f"Label Studio pid {pid} survived SIGTERM"


@pytest.fixture()
def ls_env(ls_server: LiveServer, monkeypatch: pytest.MonkeyPatch) -> LiveServer:
    """Point the CLI at the session server through the environment (the key never in argv)."""
    monkeypatch.setenv("LABEL_STUDIO_URL", ls_server.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", ls_server.api_key)
    return ls_server


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that asks for the session server carries the ``labelstudio`` mark, so that
    ``pytest -m "not labelstudio"`` never starts the server even where a decorator was forgotten."""
    for item in items:
        if "ls_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.labelstudio)


def pytest_terminal_summary(terminalreporter) -> None:
    if TIMINGS:
        figures = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in TIMINGS.items())
        terminalreporter.write_line(f"Label Studio session server: {figures}")
