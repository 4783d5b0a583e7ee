"""The labeling screen with hotkeys only: keystrokes per statement and time from opening a task to submitting it.

`python -m annotate.bench screen` (or `python -m annotate.bench.screen --help`) starts a scratch Label
Studio with the demo project (the seeds' statements against the seed story's targets, pre-annotated as
`annotate demo` does), logs in with headless Chromium and works through the label stream ("Label All
Tasks") as an annotator would: for each task it reads the controls and their hotkeys from the project's
labeling config, presses one key for every choice control whose wanted answer is not already selected,
then Ctrl+Enter. Nothing is clicked.

Two annotators are simulated (``--plan``):

- ``change``: disagrees with every pre-annotation (takes the next label of each control), so every
  choice control costs one key: the screen's cost when each answer has to be given by hand.
- ``accept``: agrees with every pre-annotation and answers only the controls left empty: the cheapest
  pass the screen allows.

A key press on an already selected choice clears it in Label Studio 1.23 (its hotkeys toggle), so the
``accept`` annotator presses nothing on a pre-filled control. Text areas (the note) are left empty.

Every submission is checked against what was planned, from the request the page sent: a key that did
not land makes the run fail rather than count wrong figures. Limits: the harness measures the machine's
part of the work (load, key handling, the save round trip), not an annotator's reading time; the
figures are medians on a shared 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Callable, Optional

from annotate.errors import ServerError

PLANS = ("change", "accept")
LAYOUTS = ("pair", "statement")
#: Label Studio's submit shortcut.
SUBMIT_KEY = "Control+Enter"


@dataclass(frozen=True)
class Control:
    """A choices control of the labeling config: its name and (answer, hotkey) per choice.

    ``data_key`` is set for a dynamic control (``<Choices value="$key">``), whose choices come from
    each task's data (:meth:`for_task`); an answer is a choice's ``alias`` when it has one (what
    Label Studio writes in results), else its ``value``.
    """

    name: str
    choices: tuple[tuple[str, Optional[str]], ...]
    data_key: Optional[str] = None

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(value for value, _ in self.choices)

    def hotkey(self, value: str) -> Optional[str]:
        return dict(self.choices).get(value)

    def for_task(self, data: dict) -> "Control":
        """This control as a task shows it (a dynamic control's choices from the task's data)."""
        if self.data_key is None:
            return self
        items = data.get(self.data_key) or []
        choices = tuple(
            (str(item.get("alias") or item.get("value", "")), item.get("hotkey")) for item in items if isinstance(item, dict)
        )
        return Control(self.name, choices, self.data_key)


def choice_controls(label_config: str) -> list[Control]:
    """Every <Choices> control of a labeling config, in document order."""
    root = ET.fromstring(label_config)
    controls = []
    for element in root.iter("Choices"):
        value = element.get("value", "")
        controls.append(Control(
            element.get("name", ""),
            tuple((choice.get("alias") or choice.get("value", ""), choice.get("hotkey")) for choice in element.iter("Choice")),
            value[1:] if value.startswith("$") else None,
        ))
    return controls


def playwright_key(hotkey: str) -> str:
    """Label Studio's hotkey notation ("shift+5", "ctrl+enter") as Playwright's ("Shift+5", "Control+Enter")."""
    names = {"shift": "Shift", "ctrl": "Control", "control": "Control", "alt": "Alt", "meta": "Meta", "cmd": "Meta", "enter": "Enter"}
    return "+".join(names.get(part.lower(), part) for part in hotkey.split("+"))


def selected(result: list[dict]) -> dict[str, str]:
    """control name -> chosen value in a Label Studio result list (choices only)."""
    chosen = {}
    for item in result or []:
        if item.get("type") == "choices" and item.get("value", {}).get("choices"):
            chosen[item["from_name"]] = item["value"]["choices"][0]
    return chosen


def plan_answers(controls: list[Control], predicted: dict[str, str], plan: str) -> dict[str, str]:
    """The answer an annotator following ``plan`` gives to each control of a task."""
    answers = {}
    for control in controls:
        if not control.values:
            continue
        before = predicted.get(control.name)
        if plan == "accept":
            answers[control.name] = before if before in control.values else control.values[0]
        elif before in control.values:
            answers[control.name] = control.values[(control.values.index(before) + 1) % len(control.values)]
        else:
            answers[control.name] = control.values[0]
    return answers


def keys_for(controls: list[Control], predicted: dict[str, str], answers: dict[str, str]) -> list[str]:
    """The keys that turn the pre-filled screen into ``answers``: one per changed control, then submit."""
    keys = []
    for control in controls:
        wanted = answers.get(control.name)
        if wanted is None or predicted.get(control.name) == wanted:
            continue
        key = control.hotkey(wanted)
        if not key:
            raise ServerError(f"labeling config: choice {wanted!r} of control {control.name!r} has no hotkey; give it one in the schema")
        keys.append(playwright_key(key))
    return keys + [SUBMIT_KEY]


@dataclass
class TaskRun:
    task_id: int
    statement: str
    keys: list[str]
    answers: dict[str, str]
    submitted: dict[str, str]
    load_s: float
    total_s: float
    fetch_s: float = 0.0  # until the server handed the task over (the rest of load_s is rendering)


@dataclass
class Run:
    plan: str
    tasks: list[TaskRun] = field(default_factory=list)
    statements: int = 0
    controls: list[str] = field(default_factory=list)
    #: Keys pressed once per session, not per task (closing the labeling instructions the label stream opens on).
    session_keys: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        keys = sum(len(task.keys) for task in self.tasks)
        statements = len({task.statement for task in self.tasks})
        per_statement: dict[str, float] = {}
        for task in self.tasks:
            per_statement[task.statement] = per_statement.get(task.statement, 0.0) + task.total_s
        return {
            "plan": self.plan,
            "tasks": len(self.tasks),
            "statements": statements,
            "keystrokes": keys,
            "keystrokes_per_statement": round(keys / statements, 2) if statements else None,
            "median_task_s": round(statistics.median(task.total_s for task in self.tasks), 2) if self.tasks else None,
            "median_load_s": round(statistics.median(task.load_s for task in self.tasks), 2) if self.tasks else None,
            "median_fetch_s": round(statistics.median(task.fetch_s for task in self.tasks), 2) if self.tasks else None,
            "median_statement_s": round(statistics.median(per_statement.values()), 2) if per_statement else None,
            "controls": self.controls,
            "session_keys": len(self.session_keys),
        }


def statement_key(task: dict) -> str:
    """What identifies the statement of a task across its per-target copies."""
    data = task.get("data", {})
    for name in ("statement_id", "statement_key"):
        if data.get(name):
            return str(data[name])
    return json.dumps([data.get("article_id"), data.get("text")], ensure_ascii=False)


class _Network:
    """The page's label-stream traffic: the tasks it was handed and the annotations it posted."""

    def __init__(self, page) -> None:
        self.tasks: dict[int, dict] = {}
        self.fetched: dict[int, float] = {}
        self.posted: dict[int, tuple[float, dict]] = {}
        page.on("response", self._response)

    def _response(self, response) -> None:
        url, method = response.url, response.request.method
        try:
            if method == "POST" and "/api/dm/actions" in url and "next_task" in url and response.ok:
                task = response.json()
                if isinstance(task, dict) and task.get("id"):
                    self.tasks[int(task["id"])] = task
                    self.fetched.setdefault(int(task["id"]), time.monotonic())
            elif method == "POST" and "/api/tasks/" in url and "/annotations" in url and response.status == 201:
                task_id = int(url.split("/api/tasks/")[1].split("/")[0])
                self.posted[task_id] = (time.monotonic(), response.request.post_data_json or {})
        except Exception:  # a response without a body (navigation away) is no task
            return


def _shown_task_id(page) -> Optional[int]:
    text = page.evaluate(
        "() => { const el = document.querySelector('.lsf-current-task__task-id');"
        " return el && el.firstChild ? el.firstChild.textContent : null; }"
    )
    try:
        return int(str(text).strip().lstrip("#"))
    except (TypeError, ValueError):
        return None


#: Label Studio's modal dialog while shown (the "Labeling Instructions" of a project with ``show_instruction``).
MODAL = "[class*=modal-ls_visible]"
CLOSE_KEY = "Escape"


def close_instructions(page, timeout: float) -> list[str]:
    """Close the labeling instructions the label stream opens on, as an annotator does once they have read
    them (Escape); the keys pressed. Left open, the dialog stays over the screen for the whole session and
    makes every task render several times slower in Chromium (measured: docs/experiments-screen.md)."""
    if page.query_selector(MODAL) is None:
        return []
    page.keyboard.press(CLOSE_KEY)
    _wait(page, lambda: page.query_selector(MODAL) is None, timeout, "the labeling instructions to close")
    return [CLOSE_KEY]


def _wait(page, predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise ServerError(f"label stream: timed out after {timeout:.0f} s waiting for {what}")
        page.wait_for_timeout(20)


def label_stream(page, url: str, project_id: int, label_config: str, plan: str = "change",
                 limit: Optional[int] = None, on_task: Callable[[TaskRun], None] = lambda run: None,
                 timeout: float = 60.0) -> Run:
    """Label the project's tasks in its label stream with hotkeys only; ``limit`` stops after that many tasks."""
    if plan not in PLANS:
        raise ValueError(f"plan must be one of {PLANS}, not {plan!r}")
    controls = choice_controls(label_config)
    run = Run(plan, controls=[control.name for control in controls])
    network = _Network(page)
    opened = time.monotonic()
    page.goto(f"{url}/projects/{project_id}/data?labeling=1")
    done: set[int] = set()
    while limit is None or len(run.tasks) < limit:
        def ready() -> bool:
            shown = _shown_task_id(page)
            return shown is not None and shown not in done and shown in network.tasks

        try:
            _wait(page, lambda: ready() or _finished(page), timeout, "the next task")
        except ServerError:
            if network.tasks.keys() <= done and _finished(page):
                break
            raise
        if not ready():
            break
        task_id = _shown_task_id(page)
        task = network.tasks[task_id]
        page.wait_for_selector("[data-testid=bottombar-submit-button]:not([disabled])")
        if not run.tasks:
            run.session_keys += close_instructions(page, timeout)
        loaded = time.monotonic()
        predicted = selected((task.get("predictions") or [{}])[0].get("result", []) if task.get("predictions") else [])
        shown = [control.for_task(task.get("data") or {}) for control in controls]
        answers = plan_answers(shown, predicted, plan)
        keys = keys_for(shown, predicted, answers)
        for key in keys:
            page.keyboard.press(key)
        _wait(page, lambda: task_id in network.posted, timeout, f"task {task_id}'s annotation to be saved")
        posted_at, body = network.posted[task_id]
        submitted = selected(body.get("result", []))
        if submitted != answers:
            raise ServerError(f"task {task_id}: submitted {submitted}, planned {answers}: a hotkey did not land")
        record = TaskRun(task_id, statement_key(task), keys, answers, submitted, loaded - opened, posted_at - opened,
                         max(0.0, network.fetched.get(task_id, loaded) - opened))
        run.tasks.append(record)
        on_task(record)
        done.add(task_id)
        opened = posted_at
    return run


def _finished(page) -> bool:
    """The label stream says there is nothing left to label."""
    return bool(page.evaluate("() => /no more tasks|all tasks.*(labeled|completed)|queue is empty/i.test(document.body.innerText)"))


def project_config(url: str, api_key: str, project_id: int) -> str:
    from annotate.labelstudio.client import Client, Connection

    client = Client(Connection(url, api_key, "scratch"))
    return client.get_project(project_id).label_config


def run_demo(plan: str = "change", limit: Optional[int] = None, on_status=lambda message: None,
             on_task: Callable[[TaskRun], None] = lambda run: None, layout: Optional[str] = None) -> dict:
    """The whole bench: scratch server + demo project, browser, label stream; returns the summary."""
    from annotate.bench.browser import browser_page, demo_server, login

    with demo_server(on_status=on_status, layout=layout) as demo:
        config = project_config(demo.url, demo.api_key, demo.project_id)
        with browser_page() as page:
            login(page, demo.url, demo.email, demo.password)
            on_status(f"labelling with hotkeys ({plan})")
            run = label_stream(page, demo.url, demo.project_id, config, plan=plan, limit=limit, on_task=on_task)
    return dict(run.summary(), layout=layout or "statement")


def _progress(task: TaskRun) -> None:
    print(f"  task {task.task_id}: {len(task.keys)} keys, fetched {task.fetch_s:.2f} s, shown {task.load_s:.2f} s, saved {task.total_s:.2f} s", file=sys.stderr, flush=True)


def main(argv: Optional[list[str]] = None) -> int:
    from annotate.bench.browser import missing_browser

    parser = argparse.ArgumentParser(prog="python -m annotate.bench.screen", description=__doc__.split("\n\n")[0])
    parser.add_argument("--plan", choices=PLANS + ("both",), default="both", help="which annotator to simulate")
    parser.add_argument("--layout", choices=LAYOUTS + ("both",), default="both",
                        help="statement: one task per statement (the default); pair: one task per statement and target (before)")
    parser.add_argument("--limit", type=int, default=None, help="stop after this many tasks")
    args = parser.parse_args(argv if argv is not None else [])
    why = missing_browser()
    if why:
        print(f"[screen] skipped: {why}", flush=True)
        return 0
    plans = PLANS if args.plan == "both" else (args.plan,)
    layouts = LAYOUTS if args.layout == "both" else (args.layout,)
    runs = [(layout, plan) for layout in layouts for plan in plans]
    for layout, plan in runs:
        summary = run_demo(plan, args.limit, on_status=lambda message: print(f"  {message}", file=sys.stderr, flush=True),
                           on_task=_progress, layout=layout)
        print(
            f"screen ({layout} layout, {plan}): {summary['statements']} statements in {summary['tasks']} tasks, "
            f"{summary['keystrokes']} keys = {summary['keystrokes_per_statement']} per statement"
            f"{' (+ %d per session: closing the instructions)' % summary['session_keys'] if summary['session_keys'] else ''}; "
            f"open->submitted median {summary['median_task_s']} s per task (fetched {summary['median_fetch_s']} s, shown {summary['median_load_s']} s), "
            f"{summary['median_statement_s']} s per statement",
            flush=True,
        )
        print(json.dumps(summary), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
