"""The `annotate` command line: one module per command, each a thin typer wrapper
over a plain typed function in the library. Only this layer exits the process.

Exit codes (all commands):
  0  success
  1  bad input: some files, lines or records were skipped (each named on stderr)
  2  usage error or nothing usable given (no articles at all, bad options)
  3  Label Studio problem (unreachable, wrong key, missing project, config differs)
  4  model problem (too few labels, untrusted or mismatched model file)
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="annotate",
    help="Source attribution and stance annotation for news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain click output: usage errors are short plain text ("Error: Invalid value for '--format': ..."),
    # not a multi-line rich box, and help text pipes cleanly.
    rich_markup_mode=None,
)


def _register() -> None:
    from annotate.cli import demo, evaluate, extract, labelstudio, prelabel, pull, push, report, schema, trace, train

    for module in (extract, evaluate, push, pull, train, prelabel, schema, demo, trace, report):
        module.register(app)
    app.add_typer(labelstudio.app, name="labelstudio")


_register()


def main() -> None:
    app()
