"""Bad input across commands: one stderr line naming the file/field and the fix, the documented
exit code, no traceback, no output file left behind, and never the Label Studio API key."""

from __future__ import annotations

import json

from conftest import SEEDS, SEEDS_GOLD
from typer.testing import CliRunner

from annotate.cli import app

runner = CliRunner()
KEY = "sekrit-key-123"
UNREACHABLE = {"LABEL_STUDIO_URL": "http://127.0.0.1:9", "LABEL_STUDIO_API_KEY": KEY}
NOT_REACHABLE = (
    "error: Label Studio at http://127.0.0.1:9 is not reachable (ConnectError) while checking the API key; "
    "start it with `annotate labelstudio start` or set LABEL_STUDIO_URL\n"
)

ARTICLE = next(p for p in sorted(SEEDS.glob("*.txt")))


def statements_file(tmp_path):
    result = runner.invoke(app, ["extract", str(ARTICLE), "-q"])
    assert result.exit_code == 0 and result.stdout.strip(), result.output
    path = tmp_path / "statements.jsonl"
    path.write_text(result.stdout, encoding="utf-8")
    return path


def test_evaluate_empty_predictions_file_is_a_usage_error(tmp_path):
    preds = tmp_path / "empty.jsonl"
    preds.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--gold", str(SEEDS_GOLD), str(preds)])
    assert result.exit_code == 2
    assert result.stderr == f"error: {preds}: no statements to score (0 lines, none valid); give the JSONL written by `annotate extract`\n"
    assert result.stdout == ""


def test_evaluate_predictions_with_no_valid_line_names_the_line_then_stops(tmp_path):
    preds = tmp_path / "export.json"
    preds.write_text("not json\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--gold", str(SEEDS_GOLD), str(preds)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"warning: {preds}:1: malformed JSON (Expecting value at column 1), line skipped; fix or remove that line\n"
        f"error: {preds}: no statements to score (1 lines, none valid); give the JSONL written by `annotate extract`\n"
    )
    assert result.stdout == ""


def test_train_model_dir_that_is_a_file_stops_before_training(tmp_path):
    model_file = tmp_path / "model"
    model_file.write_text("not a folder", encoding="utf-8")
    export = tmp_path / "export.json"
    export.write_text("[]", encoding="utf-8")
    result = runner.invoke(app, ["train", "--annotations", str(export), "--model-dir", str(model_file)])
    assert result.exit_code == 2
    assert result.stderr == f"error: {model_file}: --model-dir is a file, not a folder; pass a folder path instead\n"
    assert model_file.read_text(encoding="utf-8") == "not a folder"


def test_prelabel_model_dir_that_is_a_file_is_not_silently_replaced_by_rules(tmp_path):
    model_file = tmp_path / "model.skops"
    model_file.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["prelabel", str(ARTICLE), "--model-dir", str(model_file), "-q"])
    assert result.exit_code == 2
    assert result.stderr == f"error: {model_file}: --model-dir is a file, not a folder; pass a folder path instead\n"
    assert result.stdout == ""


def test_prelabel_output_under_a_file_is_a_usage_error_and_writes_nothing(tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("keep me", encoding="utf-8")
    out = blocker / "predictions.jsonl"
    result = runner.invoke(app, ["prelabel", str(ARTICLE), "--rules", "-o", str(out), "-q"])
    assert result.exit_code == 2
    assert result.stderr == f"error: {out}: cannot write there ({blocker} is a file, not a folder); choose another output path\n"
    assert blocker.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_schema_output_in_an_uncreatable_folder_is_a_usage_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    out = blocker / "sub" / "labeling_config.xml"
    result = runner.invoke(app, ["schema", "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr == f"error: {out}: cannot write there (Not a directory); choose a writable output path\n"


def test_pull_with_a_url_that_is_not_http_says_so_without_the_key(tmp_path):
    env = {"LABEL_STUDIO_URL": "localhost:8080", "LABEL_STUDIO_API_KEY": KEY}
    result = runner.invoke(app, ["pull", "--project", "Anything", "--out-dir", str(tmp_path / "pulled"), "-q"], env=env)
    assert result.exit_code == 3
    assert result.stderr == "error: LABEL_STUDIO_URL='localhost:8080' is not an http(s) URL; set it like http://localhost:8080\n"
    assert KEY not in result.output
    assert not (tmp_path / "pulled").exists()


def test_push_and_pull_to_an_unreachable_server_exit_3_without_the_key(tmp_path):
    statements = statements_file(tmp_path)
    push = runner.invoke(app, ["push", str(statements), "--project", "Audit", "-t", "A claim", "-q"], env=UNREACHABLE)
    pull = runner.invoke(app, ["pull", "--project", "Audit", "--out-dir", str(tmp_path / "pulled"), "-q"], env=UNREACHABLE)
    for result in (push, pull):
        assert result.exit_code == 3
        assert result.stderr == NOT_REACHABLE
        assert result.stdout == ""
        assert KEY not in result.output
    assert not (tmp_path / "pulled").exists()


def test_prelabel_push_to_an_unreachable_server_fails_before_writing(tmp_path):
    statements = statements_file(tmp_path)
    out = tmp_path / "predictions.jsonl"
    args = ["prelabel", str(statements), "--rules", "-t", "A claim", "--push", "--project", "Audit", "-o", str(out), "-q"]
    result = runner.invoke(app, args, env=UNREACHABLE)
    assert result.exit_code == 3
    assert result.stderr == NOT_REACHABLE
    assert KEY not in result.output
    assert not out.exists()


def test_labelstudio_status_without_a_server_exits_3(tmp_path):
    result = runner.invoke(app, ["labelstudio", "status", "--data-dir", str(tmp_path / "ls")], env=UNREACHABLE)
    assert result.exit_code == 3
    assert result.stdout == f"Label Studio not running (data {tmp_path / 'ls'}); start it with `annotate labelstudio start`\n"
    assert KEY not in result.output


def test_train_on_a_label_outside_the_schema_names_task_and_fix(tmp_path):
    export = tmp_path / "export.json"
    task = {
        "id": 7,
        "data": {"statement_id": "s1", "text": "Officials said it moved.", "target": "It moved."},
        "annotations": [{"id": 9, "completed_by": 1, "result": [
            {"from_name": "stance", "to_name": "text", "type": "choices", "value": {"choices": ["disagree"]}}
        ]}],
    }
    export.write_text(json.dumps([task]), encoding="utf-8")
    result = runner.invoke(app, ["train", "--annotations", str(export), "--model-dir", str(tmp_path / "m")])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    assert "stance label 'disagree' is not in the label schema" in result.stderr
    assert not (tmp_path / "m").exists()


def test_evaluate_against_the_wrong_gold_is_not_a_silent_all_zero_report(tmp_path):
    statements = statements_file(tmp_path)
    gold = tmp_path / "other-gold.jsonl"
    first_gold_line = SEEDS_GOLD.read_text(encoding="utf-8").splitlines()[0]
    record = json.loads(first_gold_line)
    record["doc"] = "999_not_an_article.txt"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), str(statements)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {statements}: none of its 1 article(s) is in the gold {gold}; "
        "check --gold, or run `annotate extract` on the gold's texts\n"
    )
    assert result.stdout == ""
