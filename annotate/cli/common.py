"""Shared CLI plumbing: turning library errors into one stderr line and an exit code."""

from __future__ import annotations

import contextlib
import sys
from typing import Iterator

import typer

from annotate.errors import AnnotateError


@contextlib.contextmanager
def cli_errors() -> Iterator[None]:
    """Print an AnnotateError as one line on stderr and exit with its code."""
    try:
        yield
    except AnnotateError as err:
        print(f"error: {err}", file=sys.stderr)
        raise typer.Exit(err.exit_code) from None
    except BrokenPipeError:  # `annotate extract ... | head`
        raise typer.Exit(0) from None
