"""The README stays honest: every command it shows exists, and its exit-code table is the CLI's."""

from __future__ import annotations

import re

import annotate.cli as cli
from conftest import ROOT
from typer.testing import CliRunner

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_annotate_command_in_the_readme_exists():
    shown = set(re.findall(r"^\s*annotate ((?:labelstudio )?[a-z]+)", README, flags=re.M))
    shown |= set(re.findall(r"`annotate ((?:labelstudio )?[a-z]+)", README))
    assert {"extract", "evaluate", "push", "pull", "train", "prelabel", "labelstudio status"} <= shown
    for command in sorted(shown):
        result = CliRunner().invoke(cli.app, [*command.split(), "--help"])
        assert result.exit_code == 0, f"README shows `annotate {command}`, which the CLI does not have"


def test_readme_exit_codes_match_the_cli():
    table = dict(re.findall(r"^\| (\d) \| (.+?) \|$", README, flags=re.M))
    documented = dict(re.findall(r"^  (\d)  (.+)$", cli.__doc__, flags=re.M))
    assert sorted(table) == sorted(documented) == ["0", "1", "2", "3", "4"]
    for code, meaning in documented.items():
        first_words = " ".join(meaning.split()[:2]).lower()
        assert first_words in table[code].lower(), f"exit {code}: README says {table[code]!r}, CLI says {meaning!r}"


def test_makefile_targets_named_in_the_readme_exist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in set(re.findall(r"`make ([a-z-]+)", README)) | {"demo", "test"}:
        assert re.search(rf"^{re.escape(target)}:", makefile, flags=re.M), f"README names `make {target}`, Makefile has none"
