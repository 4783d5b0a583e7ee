"""`annotate labelstudio start|stop|status` (not built yet)."""

from __future__ import annotations

import typer

app = typer.Typer(help="Run a local Label Studio server.", no_args_is_help=True)
