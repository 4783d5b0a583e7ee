"""`annotate labelstudio start|stop|status`: the local Label Studio server (SQLite under data/labelstudio/,
or a PostgreSQL the user provides with `start --db postgres`)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from annotate.cli.common import cli_errors
from annotate.console import Console
from annotate.labelstudio import server

app = typer.Typer(help="Run a local Label Studio server.", no_args_is_help=True, rich_markup_mode=None)


class Database(str, Enum):
    sqlite = "sqlite"
    postgres = "postgres"


DataDir = Annotated[Path, typer.Option("--data-dir", help="Data dir (SQLite, media, credentials file).", file_okay=False)]


@app.command("start")
def start_command(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (refused if busy: Label Studio would silently take port+1).", min=1, max=65534)] = server.DEFAULT_PORT,
    data_dir: DataDir = server.DEFAULT_DATA_DIR,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the server (first start migrates, ~1 min).", min=1)] = server.START_TIMEOUT_S,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No status on stderr.")] = False,
    db: Annotated[
        Optional[Database],
        typer.Option(help="Database of a new data dir: sqlite (in the data dir) or postgres (one you provide, from POSTGRE_NAME, POSTGRE_USER, POSTGRE_PASSWORD, POSTGRE_HOST, POSTGRE_PORT). Default: what the data dir was set up with, else sqlite."),
    ] = None,
) -> None:
    """Start Label Studio (admin user and API token made on first start); prints URL and login."""
    console = Console(quiet)
    with cli_errors():
        state = server.start(data_dir, port=port, timeout=timeout, on_status=console.info, db=db.value if db else None)
        credentials = server.read_credentials(data_dir)
    print(f"url: {state.url}")
    print(f"login: {credentials.email}")
    if state.created:  # shown once, when the admin user is made
        print(f"password: {credentials.password.get_secret_value()}")
    else:
        print(f"password: in {server.credentials_path(data_dir)} (mode 0600)")
    console.info(f"{state.describe()}; credentials in {server.credentials_path(data_dir)} (mode 0600)")


@app.command("stop")
def stop_command(data_dir: DataDir = server.DEFAULT_DATA_DIR) -> None:
    """Stop the local server (SIGTERM to the pid it recorded)."""
    with cli_errors():
        pid = server.stop(data_dir)
    print(f"stopped pid {pid}" if pid else "not running")


@app.command("status")
def status_command(data_dir: DataDir = server.DEFAULT_DATA_DIR) -> None:
    """Say whether the local server runs and answers. Exit 3 when it does not."""
    with cli_errors():
        state = server.status(data_dir)
    print(state.describe())
    if not (state.running and state.answering):
        raise typer.Exit(3)
