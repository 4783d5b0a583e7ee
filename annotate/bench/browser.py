"""Headless Chromium against a real Label Studio: a scratch server with the demo project, a logged-in page.

Shared by the screenshots (:mod:`annotate.bench.screenshots`) and the hotkey harness
(:mod:`annotate.bench.screen`). The browser is Debian's ``chromium`` (``apt-get install chromium``;
``make screenshots`` installs it), driven by Playwright's Python client through ``executable_path``:
Playwright's own browser download (``playwright install``) is never used.

Limits: Chromium must be a recent build (Playwright speaks the DevTools protocol to it); the scratch
server is a copy of the migrated template in a temporary folder, so nothing here touches the user's
``data/labelstudio`` or its demo project.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from annotate.errors import ServerError

#: Debian's chromium; ANNOTATE_CHROMIUM overrides it.
CHROMIUM_ENV = "ANNOTATE_CHROMIUM"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
#: Without the networking flags Chromium hangs on connections this machine refuses.
CHROMIUM_ARGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
)
#: A laptop-sized window: the labeling screen's controls fit without the page being a thumbnail.
WINDOW = {"width": 1400, "height": 1000}


def chromium_path() -> Optional[str]:
    """The Chromium binary to drive, or None when neither ANNOTATE_CHROMIUM nor chromium on PATH exists."""
    wanted = os.environ.get(CHROMIUM_ENV)
    if wanted:
        return wanted if Path(wanted).is_file() else None
    if Path(DEFAULT_CHROMIUM).is_file():
        return DEFAULT_CHROMIUM
    return shutil.which("chromium")


def missing_browser() -> Optional[str]:
    """Why the browser cannot run here (one line), or None when it can."""
    if chromium_path() is None:
        return "chromium not found: `apt-get install chromium` (or `make screenshots`, which installs it), or set ANNOTATE_CHROMIUM"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is missing: `make venv` (it is in requirements.lock)"
    return None


@dataclass(frozen=True)
class DemoServer:
    url: str
    email: str
    password: str
    api_key: str
    project_id: int
    data_dir: Path


def push_demo(client, project: str = "Seeds demo", layout: Optional[str] = None) -> int:
    """Push the seeds with pre-annotations exactly as `annotate demo` does; returns the project id.

    ``layout``: "statement" (one task per statement, the default of a new project) or "pair" (one task per
    statement and target, the layout before): the bench compares the two."""
    from annotate.classify import load_predictor
    from annotate.cli.common import ProblemLog
    from annotate.cli.demo import gold_targets, seeds_gold_path
    from annotate.console import Console
    from annotate.labelstudio.push import load_push_input, push_statements
    from annotate.paths import SEEDS_DIR

    log = ProblemLog(Console(True))
    statements = list(load_push_input([SEEDS_DIR], log))
    report = push_statements(statements, gold_targets(seeds_gold_path()), project, load_predictor(),
                             client=client, update_config=True, **({"layout": layout} if layout else {}))
    return report.project_id


@contextmanager
def demo_server(project: str = "Seeds demo", on_status=lambda message: None, layout: Optional[str] = None) -> Iterator[DemoServer]:
    """A scratch Label Studio (template copy, free port) with the demo project pushed; stopped by pid on exit."""
    from annotate.labelstudio import server
    from annotate.labelstudio.client import Client, Connection

    scratch = Path(tempfile.mkdtemp(prefix="annotate-screen-"))
    data_dir = scratch / "data"
    try:
        server.copy_template(data_dir)
        on_status(f"starting a scratch Label Studio in {data_dir}")
        state = server.start(data_dir, port=server.free_port(), timeout=180)
        try:
            credentials = server.read_credentials(data_dir)
            if credentials is None:
                raise ServerError(f"{data_dir}: no credentials after start; delete the template and rerun")
            key = credentials.api_key.get_secret_value()
            client = Client(Connection(state.url, key, "scratch"), timeout=120)
            on_status(f"pushing the demo project to {state.url}")
            project_id = push_demo(client, project, layout)
            yield DemoServer(state.url, credentials.email, credentials.password.get_secret_value(), key, project_id, data_dir)
        finally:
            server.stop(data_dir)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


@contextmanager
def browser_page(window: dict = WINDOW) -> Iterator["object"]:
    """A Playwright page in headless Chromium with a fresh profile; everything closed on exit."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if executable is None:
        raise ServerError(missing_browser() or "chromium not found")
    profile = tempfile.mkdtemp(prefix="annotate-chromium-")
    try:
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                profile, executable_path=executable, headless=True, args=list(CHROMIUM_ARGS),
                viewport=window, device_scale_factor=1,
            )
            try:
                page = context.pages[0] if context.pages else context.new_page()
                page.set_default_timeout(60_000)
                yield page
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def login(page, url: str, email: str, password: str) -> None:
    """Log in through Label Studio's own form, as a user would."""
    page.goto(f"{url}/user/login/")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    page.click("button[type=submit], input[type=submit]")
    page.wait_for_url(lambda current: "/user/login" not in current)
