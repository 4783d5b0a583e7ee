"""`annotate serve [--project TITLE] [--port 9090] [--model-dir DIR] [--detach] | --stop | --status`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from annotate.classify import DEFAULT_MODEL_DIR
from annotate.cli.common import cli_errors
from annotate.console import Console
from annotate.errors import UsageError
from annotate.labelstudio import server
from annotate.labelstudio.pull import DEFAULT_OUT_DIR
from annotate.serve import process
from annotate.serve.backend import DEFAULT_QUIET_SECONDS, DEFAULT_RETRAIN_AFTER, ServeConfig


def serve_command(
    project: Annotated[Optional[str], typer.Option("--project", "-p", help="Register as this project's ML backend (interactive pre-annotations on) and retrain on its annotations.")] = None,
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.", min=1, max=65535)] = process.DEFAULT_PORT,
    model_dir: Annotated[Path, typer.Option(help="Model folder: predictions use its `current` model (else the rules); retrained versions are saved there.", file_okay=False)] = DEFAULT_MODEL_DIR,
    retrain_after: Annotated[int, typer.Option(help="Retrain after this many new/changed/deleted annotations ...", min=1)] = DEFAULT_RETRAIN_AFTER,
    quiet_seconds: Annotated[float, typer.Option(help="... or after this many seconds without a new one.", min=0.0)] = DEFAULT_QUIET_SECONDS,
    annotations_dir: Annotated[Path, typer.Option(help="Where the pulls made for retraining are written (as `annotate pull`).", file_okay=False)] = DEFAULT_OUT_DIR,
    force: Annotated[bool, typer.Option("--force", help="Promote every retrained model, even one that does not beat the predictor it replaces.")] = False,
    data_dir: Annotated[Path, typer.Option("--data-dir", help="Label Studio data dir: its credentials, and the backend's pid file.", file_okay=False)] = server.DEFAULT_DATA_DIR,
    detach: Annotated[bool, typer.Option("--detach", help="Run in the background (log in DATA_DIR/serve.log); return once it answers.")] = False,
    stop: Annotated[bool, typer.Option("--stop", help="Stop the running backend (SIGTERM to its recorded pid).")] = False,
    status: Annotated[bool, typer.Option("--status", help="Say whether the backend runs and what it is doing. Exit 3 when it does not run.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No status on stderr.")] = False,
) -> None:
    """Run the ML backend Label Studio connects to: live predictions, retraining as annotators submit.

    Predicts with the model's `current` version (the rule priors when none); annotation webhooks
    are queued and a background training runs after --retrain-after of them or --quiet-seconds
    of quiet; the promotion gate of `annotate train` decides whether the new model is used.
    """
    console = Console(quiet)
    with cli_errors():
        if stop and status:
            raise UsageError("--stop and --status: choose one")
        if stop:
            pid = process.stop(data_dir)
            print(f"stopped pid {pid}" if pid else "not running")
            return
        if status:
            state = process.status(data_dir)
            print(state.describe())
            if not (state.running and state.answering):
                raise typer.Exit(3)
            return
        if detach:
            arguments = detached_arguments(project, port, model_dir, retrain_after, quiet_seconds, annotations_dir, force, data_dir)
            state = process.detach(arguments, data_dir)
            print(f"url: {state.url}")
            console.info(state.describe())
            return
        config = ServeConfig(
            model_dir=model_dir, project=project, retrain_after=retrain_after, quiet_seconds=quiet_seconds,
            annotations_dir=annotations_dir, labelstudio_dir=data_dir, force=force,
        )
        process.run(config, port, data_dir, log=console.warn if not quiet else (lambda message: None))


def detached_arguments(
    project: Optional[str], port: int, model_dir: Path, retrain_after: int = DEFAULT_RETRAIN_AFTER,
    quiet_seconds: float = DEFAULT_QUIET_SECONDS, annotations_dir: Path = DEFAULT_OUT_DIR, force: bool = False,
    data_dir: Path = server.DEFAULT_DATA_DIR,
) -> list[str]:
    """The `annotate serve` options of a detached run (also used by `annotate demo`)."""
    out = ["--port", str(port), "--model-dir", str(model_dir), "--retrain-after", str(retrain_after),
           "--quiet-seconds", str(quiet_seconds), "--annotations-dir", str(annotations_dir), "--data-dir", str(data_dir)]
    if project:
        out += ["--project", project]
    if force:
        out.append("--force")
    return out


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
