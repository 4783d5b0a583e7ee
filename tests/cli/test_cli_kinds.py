"""`--kinds` on `annotate extract` and `annotate push`: keep only some statement kinds; a bad kind is a usage error."""

from __future__ import annotations

import json

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from annotate.cli import app
from annotate.extract.kinds import keep_kinds, parse_kinds

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
    assert parse_kinds("speech") == {"direct", "indirect", "mixed", "speech"}  # "speech": indirect only when speech
    assert parse_kinds("speech,indirect") == {"direct", "indirect", "mixed"}
    assert parse_kinds(" direct , according_to") == {"direct", "according_to"}
    assert parse_kinds(None) is None


@pytest.mark.parametrize("command", [["extract", str(SEED)], ["push", str(SEED), "--project", "p", "--target", "t"]])
def test_bad_kind_is_a_one_line_usage_error(command, tmp_path):
    result = CliRunner().invoke(app, [*command, "--kinds", "direct,quotes"])
    assert result.exit_code == 2
    assert result.stderr == f"error: --kinds 'direct,quotes': unknown kind 'quotes'; use a comma-separated list of {VALID}\n"
    assert result.stdout == ""


def test_speech_leaves_out_indirect_statements_that_report_no_speech():
    """A seed article (issue 12: broad attributions where a quote corpus expects speech only): "Netanyahu blamed Hamas
    for the failure of a hostage deal", "Barnea presented the Israeli strategy" and "Hamas also denied the reports" (an
    object, no clause) are not speech quotes; "a Turkish diplomatic source ... denied reports that C", "made it clear
    that C" and the quotations are."""
    seed = SEEDS / "002_230740f0fec52f44.txt"
    every = CliRunner().invoke(app, ["extract", str(seed), "-q", "--kinds", "direct,indirect,mixed"])
    speech = CliRunner().invoke(app, ["extract", str(seed), "-q", "--kinds", "speech"])
    assert every.exit_code == speech.exit_code == 0
    cues = lambda out: {(json.loads(line)["cue"] or {}).get("text") for line in out.splitlines()}  # noqa: E731
    assert {"blamed", "presented", "denied"} <= cues(every.stdout) - cues(speech.stdout)  # "denied" + object "the reports"
    assert {"denied reports", "insisted", "made it clear"} <= cues(speech.stdout)
    kept = [line for line in speech.stdout.splitlines()]
    assert kept == [line for line in every.stdout.splitlines() if line in kept]  # a subset, in the same order
    assert list(keep_kinds([], parse_kinds("speech"))) == []
