"""`annotate demo` (`make demo`): local Label Studio + the seed articles pushed with pre-annotations."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from annotate.classify import load_predictor
from annotate.cli.common import ProblemLog, cli_errors
from annotate.console import Console
from annotate.errors import InputError
from annotate.labelstudio import server
from annotate.labelstudio.client import Client
from annotate.labelstudio.push import load_push_input, push_statements
from annotate.paths import SEEDS_DIR, SEEDS_GOLD

DEMO_PROJECT = "Seeds demo"


def seeds_gold_path() -> Path:
    return SEEDS_GOLD


def gold_targets(path: Path) -> list[str]:
    """The distinct target claims of the seeds gold, in first-seen order."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"{path}: seeds gold not found; restore data/gold/seeds-attributions.jsonl from the repository (git checkout data/gold)") from None
    targets: list[str] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            target = json.loads(line).get("target")
        except (json.JSONDecodeError, AttributeError):
            raise InputError(f"{path}:{number}: not a JSON object; fix the gold file") from None
        if target and target not in targets:
            targets.append(target)
    if not targets:
        raise InputError(f"{path}: no 'target' in the gold file; it should carry the seed story's target claims")
    return targets


def _cell(text: Optional[str], width: int) -> str:
    text = " ".join((text or "-").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def start_backend(project: str, console: Console):
    """`annotate serve --detach --project PROJECT` beside the local server (reused when one already runs)."""
    from annotate.classify import DEFAULT_MODEL_DIR
    from annotate.cli.serve import detached_arguments
    from annotate.serve import process

    state = process.status()
    if state.running and state.answering:
        if state.health.get("project") == project:
            return state
        process.stop()
    port = process.DEFAULT_PORT if server.port_free(process.DEFAULT_PORT) else server.free_port()
    console.info(f"starting the ML backend on port {port} for project {project!r}")
    log = server.DEFAULT_DATA_DIR / process.LOG_NAME
    seen = log.stat().st_size if log.is_file() else 0
    state = process.detach(detached_arguments(project, port, DEFAULT_MODEL_DIR), server.DEFAULT_DATA_DIR)
    deadline = time.monotonic() + 60  # it registers itself with the project once it answers
    while time.monotonic() < deadline:
        written = log.read_bytes()[seen:].decode("utf-8", errors="replace")
        if "connected to project" in written or "could not register" in written:
            break
        time.sleep(0.2)
    return state


def statement_layout_project(client: Client, project: str, console: Console) -> str:
    """``project``, or when a project of that title was made in the pair layout (one task per statement
    and target, before the statement layout), a new title beside it: that project and its annotations stay."""
    from annotate.labelstudio.layout import target_controls

    found = client.find_project(project)
    if found is None or target_controls(client.get_project(found.id).label_config or "") is not None:
        return project
    newer = f"{project} (one task per statement)"
    console.warn(f"project {project!r} is in the pair layout (one task per statement and target); it is left as it is "
                 f"and the demo uses {newer!r}")
    return newer


def demo_command(
    port: Annotated[int, typer.Option(help="Port for the local server if it has to start.", min=1, max=65534)] = server.DEFAULT_PORT,
    project: Annotated[str, typer.Option("--project", "-p", help="Project title.")] = DEMO_PROJECT,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or status on stderr.")] = False,
) -> None:
    """Start the local Label Studio if needed, push the seeds with pre-annotations, connect `annotate serve` as the
    project's ML backend (live predictions, retraining as you label), print URL, login and statements."""
    console = Console(quiet)
    log = ProblemLog(console)
    with cli_errors():
        if os.environ.get("LABEL_STUDIO_URL"):
            console.info("using the server in LABEL_STUDIO_URL")
            credentials = None
        else:
            server.start(port=port, on_status=console.info)
            credentials = server.read_credentials()
        client = Client.connect()
        project = statement_layout_project(client, project, console)
        targets = gold_targets(seeds_gold_path())
        statements = list(load_push_input([SEEDS_DIR], log))
        report = push_statements(
            statements, targets, project, load_predictor(), client=client,
            update_config=True,  # the demo project is ours: keep its config in step with the schema
            progress=lambda batches, total: console.progress(batches, desc="push", total=len(batches), unit="batch"),
        )
        project_id = report.project_id
        backend = start_backend(project, console) if credentials is not None else None
    console.info(report.summary())
    for warning in report.warnings:
        console.warn(warning)
    print(f"Label Studio: {client.url}/projects/{project_id}/data")
    if credentials is not None:
        print(f"login: {credentials.email}  password: {credentials.password.get_secret_value()}")
    if backend is not None:
        print(f"ML backend: {backend.url} (live predictions, retrains as you label; `annotate serve --status`, `--stop`)")
    print(f"project: {project!r}: {report.tasks_wanted} tasks (one per statement, {len(targets)} target claims each), "
          f"pre-annotations: {report.model_version or 'none'}")
    for number, target in enumerate(targets, start=1):
        print(f"target {number}: {target}")
    print()
    print(f"{'article':<24} {'source':<28} {'cue':<22} {'kind':<12} statement")
    for statement in statements:
        source = statement.source_label or (statement.source.text if statement.source else None)
        print(
            f"{_cell(statement.article_id, 24):<24} {_cell(source, 28):<28} {_cell(statement.cue.text if statement.cue else None, 22):<22} "
            f"{statement.kind:<12} {_cell(statement.content.text if statement.content else None, 70)}"
        )


def register(app: typer.Typer) -> None:
    app.command("demo")(demo_command)
