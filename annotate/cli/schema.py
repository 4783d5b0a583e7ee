"""`annotate schema`: regenerate schemas/labeling_config.xml from schemas/label_schema.json."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from annotate.cli.common import cli_errors
from annotate.labelstudio.config import LABELING_CONFIG_PATH, labeling_config, write_labeling_config
from annotate.output import refuse_output_among_inputs
from annotate.schema import DEFAULT_SCHEMA_PATH, load_schema


def schema_command(
    schema: Annotated[Path, typer.Option("--schema", help="Label schema file.", dir_okay=False)] = DEFAULT_SCHEMA_PATH,
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the labeling config XML.", dir_okay=False)] = LABELING_CONFIG_PATH,
    check: Annotated[bool, typer.Option("--check", help="Write nothing; exit 1 if the XML is stale.")] = False,
) -> None:
    """Regenerate the Label Studio labeling config from the label schema."""
    with cli_errors():
        if not check:
            refuse_output_among_inputs(output, [schema])
        label_schema = load_schema(schema)
        if check:
            current = output.read_text(encoding="utf-8") if output.is_file() else ""
            if current != labeling_config(label_schema):
                print(f"error: {output} is stale; run `annotate schema`", file=sys.stderr)
                raise typer.Exit(1)
            print(f"{output} is up to date")
            return
        write_labeling_config(output, label_schema)
    print(f"wrote {output}")


def register(app: typer.Typer) -> None:
    app.command("schema")(schema_command)
