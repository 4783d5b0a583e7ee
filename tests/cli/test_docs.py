"""The README and docs/ stay honest: every command they show exists, every option is documented, the exit-code
table is the CLI's, links resolve, and the README's figures are the ones its linked pages give."""

from __future__ import annotations

import json
import re

import pytest
import typer
from conftest import ROOT, SEEDS
from typer.testing import CliRunner

import annotate.cli as cli
from annotate.extract import Extractor
from annotate.readers import iter_articles

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = {path.name: path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs").glob("*.md"))}
CLI_MD = DOCS["cli.md"]


def shown_commands(text: str) -> set[str]:
    shown = set(re.findall(r"^\s*annotate ((?:labelstudio )?[a-z]+)", text, flags=re.M))
    return shown | set(re.findall(r"`annotate ((?:labelstudio )?[a-z]+)", text))


def cli_commands() -> dict:
    """Every leaf command of the CLI by its path ("extract", "labelstudio status", ...)."""
    root = typer.main.get_command(cli.app)
    commands = {}
    for name, command in root.commands.items():
        if hasattr(command, "commands"):  # a group such as `labelstudio`
            commands.update({f"{name} {sub}": leaf for sub, leaf in command.commands.items()})
        else:
            commands[name] = command
    return commands


def slug(heading: str) -> str:
    """GitHub's anchor for a markdown heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_every_annotate_command_in_the_readme_exists():
    shown = shown_commands(README)
    assert {"extract", "evaluate", "push", "pull", "train", "prelabel", "labelstudio status"} <= shown
    for command in sorted(shown):
        result = CliRunner().invoke(cli.app, [*command.split(), "--help"])
        assert result.exit_code == 0, f"README shows `annotate {command}`, which the CLI does not have"


@pytest.mark.parametrize("name", sorted(DOCS))
def test_every_annotate_command_in_the_docs_exists(name):
    commands = cli_commands()
    for command in sorted(shown_commands(DOCS[name])):
        assert command in commands or command == "labelstudio", f"docs/{name} shows `annotate {command}`, which the CLI does not have"


def test_readme_exit_codes_match_the_cli():
    table = dict(re.findall(r"^\| (\d) \| (.+?) \|$", README, flags=re.M))
    documented = dict(re.findall(r"^  (\d)  (.+)$", cli.__doc__, flags=re.M))
    assert sorted(table) == sorted(documented) == ["0", "1", "2", "3", "4"]
    for code, meaning in documented.items():
        first_words = " ".join(meaning.split()[:2]).lower()
        assert first_words in table[code].lower(), f"exit {code}: README says {table[code]!r}, CLI says {meaning!r}"


def test_makefile_targets_named_in_the_readme_and_docs_exist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    named = {"demo", "test"}
    for text in [README, *DOCS.values()]:
        named |= set(re.findall(r"`make ([a-z-]+)", text))
    for target in sorted(named):
        assert re.search(rf"^{re.escape(target)}:", makefile, flags=re.M), f"docs name `make {target}`, Makefile has none"


def test_cli_md_documents_every_command_and_option():
    sections = dict(re.findall(r"^## annotate (.+?)\n(.*?)(?=^## |\Z)", CLI_MD, flags=re.M | re.S))
    commands = cli_commands()
    assert sorted(sections) == sorted(commands), "docs/cli.md needs one '## annotate COMMAND' section per command"
    for name, command in commands.items():
        for param in command.params:
            if param.param_type_name == "option" and "--help" not in param.opts:
                long_opt = next(opt for opt in param.opts if opt.startswith("--"))
                assert f"`{long_opt}" in sections[name], f"docs/cli.md, annotate {name}: option {long_opt} is not documented"


def test_links_between_readme_and_docs_resolve():
    anchors = {name: {slug(h) for h in re.findall(r"^#+ (.+)$", text, flags=re.M)} for name, text in DOCS.items()}
    pages = [("README.md", README, "docs/")] + [(f"docs/{name}", text, "") for name, text in DOCS.items()]
    for where, text, prefix in pages:
        for target in re.findall(r"\]\(((?:docs/)?[a-z-]+\.md(?:#[^)]*)?)\)", text):
            path, _, anchor = target.partition("#")
            name = path.removeprefix(prefix) if prefix else path
            assert name in DOCS, f"{where} links to {target}, which does not exist"
            assert not anchor or anchor in anchors[name], f"{where} links to {target}: no such heading in docs/{name}"


def test_readme_figures_are_the_ones_their_pages_give():
    """Each row of the README's figures table links to a docs page holding its numbers."""
    section = README.split("## Measured", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "](docs/" in line]
    assert len(rows) >= 6
    for row in rows:
        page = re.search(r"\]\(docs/([a-z-]+\.md)", row).group(1)
        figure = row.split(" | ")[1]
        for number in re.findall(r"\d+(?:[.,–]\d+)+", figure):
            assert number in DOCS[page], f"README figure {number} ({row.split(' | ')[0][2:]}) is not in docs/{page}"


def test_readme_statement_example_is_what_extract_writes():
    shown = json.loads(re.search(r"One statement, as `annotate extract` writes it.*?```json\n(.*?)```", README, flags=re.S).group(1))
    article = next(iter_articles([SEEDS / f"{shown['article_id']}.txt"]))
    written = {s.id: json.loads(s.model_dump_json()) for s in Extractor().extract_many([article])}
    assert shown["id"] in written, f"README's example statement {shown['id']} is no longer extracted"
    assert {key: written[shown["id"]][key] for key in shown} == shown
