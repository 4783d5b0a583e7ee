"""`make screenshots`: PNGs of the demo's labeling screen and Data Manager, taken with headless Chromium.

`python -m annotate.bench.screenshots [--out docs/img]` starts a scratch Label Studio with the demo
project (see :mod:`annotate.bench.browser`), logs in through the login form and saves:

- ``labeling.png``: the label stream ("Label All Tasks") on the demo task that shows the most of what
  the extractor found (the task whose data has the most non-empty fields), with its pre-annotations;
- ``data-manager.png``: the project's Data Manager as it opens (its default view).

Each picture is taken once the page has settled (the task's id is shown in the bottom bar, no spinner,
fonts loaded). The server is stopped by its pid afterwards, the browser profile deleted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional

from annotate.paths import ROOT

DEFAULT_OUT = ROOT / "docs" / "img"
LABELING_WINDOW = {"width": 1400, "height": 1000}
#: The labeling screen grows up to this height when its panel would scroll (a picture shows all controls).
MAX_HEIGHT = 2400
DATA_MANAGER_WINDOW = {"width": 1400, "height": 900}


def richest_task(client, project_id: int) -> int:
    """The id of the task whose data has the most non-empty string fields (lowest id on ties)."""
    best: tuple[int, int] = (-1, 0)
    for task in client.sdk.tasks.list(project=project_id, page_size=100):
        filled = sum(1 for value in (task.data or {}).values() if isinstance(value, str) and value.strip())
        if filled > best[0] or (filled == best[0] and task.id < best[1]):
            best = (filled, task.id)
    return best[1]


def settle(page) -> None:
    """Wait for fonts, the network and the labeling screen's spinners to finish."""
    page.wait_for_load_state("networkidle")
    page.evaluate("() => document.fonts.ready")
    page.wait_for_function("() => !document.querySelector('.lsf-spin, .ant-spin-spinning, [class*=spinner]')")
    page.wait_for_timeout(500)


def fit_height(page) -> None:
    """Make the window tall enough that the labeling panel does not scroll (up to MAX_HEIGHT)."""
    overflow = page.evaluate(
        "() => Math.max(0, ...[...document.querySelectorAll('[class*=lsf]')]"
        ".filter(e => /auto|scroll/.test(getComputedStyle(e).overflowY))"
        ".map(e => e.scrollHeight - e.clientHeight))"
    )
    if overflow > 0:
        size = page.viewport_size
        page.set_viewport_size({"width": size["width"], "height": min(MAX_HEIGHT, size["height"] + int(overflow) + 20)})
        page.wait_for_timeout(500)


def take(out: Path = DEFAULT_OUT, on_status=lambda message: None) -> list[Path]:
    """Start the scratch demo, take the pictures into ``out``; returns the files written."""
    from annotate.bench.browser import browser_page, demo_server, login
    from annotate.labelstudio.client import Client, Connection

    written: list[Path] = []
    with demo_server(on_status=on_status) as demo:
        client = Client(Connection(demo.url, demo.api_key, "scratch"))
        with browser_page(LABELING_WINDOW) as page:
            login(page, demo.url, demo.email, demo.password)
            written = capture(page, demo.url, demo.project_id, richest_task(client, demo.project_id), out, on_status)
    return written


def capture(page, url: str, project_id: int, task_id: int, out: Path, on_status=lambda message: None) -> list[Path]:
    """The two pictures, from a logged-in ``page``."""
    out.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size(DATA_MANAGER_WINDOW)
    page.goto(f"{url}/projects/{project_id}/data")
    page.wait_for_selector(".dm-table__row-wrapper, [class*=table] [class*=row]")
    settle(page)
    written = [_shot(page, out / "data-manager.png", on_status)]
    page.set_viewport_size(LABELING_WINDOW)
    page.goto(f"{url}/projects/{project_id}/data?task={task_id}")
    page.wait_for_function(
        "id => { const el = document.querySelector('.lsf-current-task__task-id');"
        " return el && el.firstChild && el.firstChild.textContent.trim() === String(id); }",
        arg=task_id,
    )
    page.wait_for_selector("[data-testid=bottombar-submit-button]:not([disabled])")
    settle(page)
    fit_height(page)
    written.append(_shot(page, out / "labeling.png", on_status))
    return written


def _shot(page, path: Path, on_status) -> Path:
    from annotate.output import atomic_writer

    data = page.screenshot(type="png")
    with atomic_writer(path, "wb", encoding=None) as handle:
        handle.write(data)
    path.chmod(0o644)  # a picture for the docs, not a private file (the atomic writer's temp file is 0600)
    on_status(f"wrote {path}")
    return path


def main(argv: Optional[list[str]] = None) -> int:
    from annotate.bench.browser import missing_browser

    parser = argparse.ArgumentParser(prog="python -m annotate.bench.screenshots", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the PNGs (default docs/img)")
    args = parser.parse_args(argv if argv is not None else [])
    why = missing_browser()
    if why:
        print(f"screenshots: {why}", file=sys.stderr)
        return 1
    for path in take(args.out, on_status=lambda message: print(message, file=sys.stderr, flush=True)):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
