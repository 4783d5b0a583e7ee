"""`--kinds` on `annotate extract` and `annotate push`: keep only some statement kinds; a bad kind is a usage error."""

from __future__ import annotations

import json

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from annotate.cli import app
from annotate.extract.kinds import parse_kinds

SEED = SEEDS / "000_86151a200f2d23fc.txt"
VALID = "direct, indirect, mixed, according_to, speech"


def kinds_of(stdout: str) -> set[str]:
    return {json.loads(line)["kind"] for line in stdout.splitlines()}


def test_extract_keeps_only_the_kinds_asked_for():
    every = CliRunner().invoke(app, ["extract", str(SEED), "-q"])
    only = CliRunner().invoke(app, ["extract", str(SEED), "-q", "--kinds", "direct,according_to"])
    assert every.exit_code == only.exit_code == 0
    assert kinds_of(only.stdout) == {"direct", "according_to"} and "indirect" in kinds_of(every.stdout)
    kept = [json.loads(line) for line in every.stdout.splitlines() if json.loads(line)["kind"] in ("direct", "according_to")]
    assert [json.loads(line) for line in only.stdout.splitlines()] == kept


def test_speech_is_direct_indirect_and_mixed():
    assert parse_kinds("speech") == {"direct", "indirect", "mixed"}
    assert parse_kinds(" direct , according_to") == {"direct", "according_to"}
    assert parse_kinds(None) is None


@pytest.mark.parametrize("command", [["extract", str(SEED)], ["push", str(SEED), "--project", "p", "--target", "t"]])
def test_bad_kind_is_a_one_line_usage_error(command, tmp_path):
    result = CliRunner().invoke(app, [*command, "--kinds", "direct,quotes"])
    assert result.exit_code == 2
    assert result.stderr == f"error: --kinds 'direct,quotes': unknown kind 'quotes'; use a comma-separated list of {VALID}\n"
    assert result.stdout == ""
