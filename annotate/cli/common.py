"""Shared CLI plumbing: library errors and input problems as one stderr line each, and the exit code."""

from __future__ import annotations

import contextlib
import sys
from typing import Iterator

import typer

from annotate.console import Console
from annotate.errors import AnnotateError
from annotate.readers import InputProblem


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


class ProblemLog:
    """Collects input problems, printing each as one stderr line as it happens."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.problems: list[InputProblem] = []

    def __call__(self, problem: InputProblem) -> None:
        self.problems.append(problem)
        self.console.warn(f"warning: {problem}")
