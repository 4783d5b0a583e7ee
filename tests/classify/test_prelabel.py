"""`annotate prelabel` on the seeds (articles, extract JSONL, CSV), and --push to the real Label Studio."""

from __future__ import annotations

import csv
import json

import pytest
from conftest import SEEDS, SEEDS_GOLD
from typer.testing import CliRunner

from annotate.cli import app
from annotate.schema import load_schema

runner = CliRunner()
TARGETS = ["Hamas has moved its political bureau from Qatar to Turkey.", "Turkey will act as a mediator in the Gaza hostage negotiations."]



@pytest.fixture(scope="module")
def statements_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("prelabel") / "statements.jsonl"
    result = runner.invoke(app, ["extract", str(SEEDS), "-o", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def check_prediction(record):
    schema = load_schema()
    for name in ("stance", "certainty"):
        field = record[name]
        assert field["label"] in schema.classes(name)
        assert list(field["probabilities"]) == schema.classes(name)
        assert sum(field["probabilities"].values()) == pytest.approx(1.0)
        assert field["score"] == field["probabilities"][field["label"]]


def test_prelabel_articles_gives_one_record_per_statement_and_target(tmp_path, statements_file):
    statements = read_jsonl(statements_file)
    out = tmp_path / "pre.jsonl"
    args = ["prelabel", str(SEEDS), "--rules", "-o", str(out), "-q"]
    for target in TARGETS:
        args += ["--target", target]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and result.stderr == ""
    records = read_jsonl(out)
    with_content = [s for s in statements if s["content"] is not None]
    assert len(records) == 2 * len(with_content)
    assert [r["id"] for r in records[::2]] == [s["id"] for s in with_content]
    assert {r["target"] for r in records} == set(TARGETS)
    for record in records:
        check_prediction(record)
        assert record["model_version"] == "rules-1"
        assert record["article_id"] and record["content"]["text"]


def test_prelabel_statement_jsonl_without_target_predicts_certainty_only(statements_file):
    result = runner.invoke(app, ["prelabel", str(statements_file), "--rules", "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(r["stance"] is None and r["certainty"]["label"] for r in records)
    assert any(r["certainty"]["label"] == "hedged" for r in records)  # "reportedly" in the first seed


def test_prelabel_csv_keeps_id_and_row_target_and_writes_csv(tmp_path):
    gold = [json.loads(line) for line in SEEDS_GOLD.read_text(encoding="utf-8").splitlines()]
    source = tmp_path / "statements.csv"
    with open(source, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "text", "target"])
        writer.writeheader()
        for number, row in enumerate(gold):
            writer.writerow({"id": f"g{number}", "text": row["content"], "target": row["target"]})
    out = tmp_path / "pre.csv"
    result = runner.invoke(app, ["prelabel", str(source), "--rules", "--format", "csv", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    with open(out, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == [f"g{n}" for n in range(len(gold))]
    assert [r["target"] for r in rows] == [g["target"] for g in gold]
    assert set(rows[0]) >= {"stance", "stance_score", "stance_p_unrelated", "certainty_p_uncommitted", "model_version"}
    for row in rows:
        assert sum(float(row[f"stance_p_{c}"]) for c in load_schema().classes("stance")) == pytest.approx(1.0)


def test_prelabel_csv_without_text_column_and_bad_rows(tmp_path):
    source = tmp_path / "bad.csv"
    source.write_text("id,statement\n1,Hamas denied it\n", encoding="utf-8")
    result = runner.invoke(app, ["prelabel", str(source), "--rules", "-q"])
    assert result.exit_code == 2
    assert result.stderr == f"error: {source}: CSV has no 'text' column (columns: id, statement); name the statement column text\n"
    source.write_text("id,text\n1,Hamas denied it\n2,\n", encoding="utf-8")
    result = runner.invoke(app, ["prelabel", str(source), "--rules", "-q"])
    assert result.exit_code == 1
    assert result.stderr == f"warning: {source}:3: empty 'text', row skipped; give every row its statement\n"
    assert len(result.stdout.splitlines()) == 1


def test_push_needs_project_and_targets(tmp_path, statements_file):
    result = runner.invoke(app, ["prelabel", str(statements_file), "--push", "-q"])
    assert result.exit_code == 2 and result.stderr == "error: --push needs --project TITLE\n"
    result = runner.invoke(app, ["prelabel", str(statements_file), "--push", "--project", "p", "--rules", "-q"])
    assert result.exit_code == 2
    assert result.stderr == 'error: --push needs at least one --target "CLAIM" (tasks are statement x target)\n'


@pytest.mark.labelstudio
@pytest.mark.filterwarnings("ignore:The `parse_obj` method is deprecated:DeprecationWarning")
def test_prelabel_push_sends_predictions_to_the_real_server(ls_env, statements_file, tmp_path):
    title = "prelabel push test"
    out = tmp_path / "pre.jsonl"
    args = ["prelabel", str(statements_file), "--rules", "-t", TARGETS[0], "--push", "--project", title, "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    records = read_jsonl(out)
    client = ls_env.client()
    project = client.find_project(title)
    tasks = client.tasks_by_key(project.id)
    assert set(tasks) == {(r["id"], "") for r in records}  # one task per statement (the statement layout)
    assert all(refs[0].asked == ("stance_1",) for refs in tasks.values())
    assert all(refs[0].model_versions == "rules-1" for refs in tasks.values())
    again = runner.invoke(app, args)  # idempotent: nothing new
    assert again.exit_code == 0, again.output
    assert "created 0, " in again.stderr
    assert sum(len(refs) for refs in client.tasks_by_key(project.id).values()) == len(records)
