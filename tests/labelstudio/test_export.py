"""parse_export on a real export made from the seeds gold, in Label Studio's JSON and pull's flat tables."""

from __future__ import annotations

import copy
import json

import pandas as pd
import pytest
from conftest import SEEDS_GOLD

from annotate.classify.datasets import seeds_gold_records
from annotate.errors import InputError
from annotate.labelstudio.export import build_export, flat_columns, flat_row, parse_export
from annotate.records import statement_id


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return [json.loads(line) for line in SEEDS_GOLD.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def export(gold) -> list[dict]:
    return build_export(seeds_gold_records(SEEDS_GOLD))


def test_seeds_gold_export_parses_to_one_annotation_per_gold_statement(tmp_path, gold, export):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    annotations = list(parse_export(path))
    assert len(annotations) == len(gold) == 46
    for annotation, row in zip(annotations, gold):
        assert annotation.labels["stance"] == row["stance"]
        assert annotation.labels["certainty"] == row["certainty"]
        assert annotation.labels["attribution"] is None and annotation.labels["note"] is None
        assert annotation.text == row["content"] and annotation.target == row["target"]
        assert annotation.statement_id == statement_id(row["doc"][:-4], row["content_start"], row["content_end"])
        assert annotation.cue == row["cue"] and annotation.kind == row["kind"] and annotation.anonymous == row["anonymous"]
        assert annotation.annotator == "gold@annotate.local" and not annotation.was_cancelled


def test_cancelled_predictions_annotators_and_unknown_controls(export):
    tasks = copy.deepcopy(export[:3])
    first, second, third = tasks
    prediction = {"id": 77, "model_version": "rules-1", "result": [
        {"from_name": "stance", "to_name": "statement", "type": "choices", "value": {"choices": [first["annotations"][0]["result"][0]["value"]["choices"][0]]}},
    ]}
    first["predictions"] = [prediction]
    first["annotations"][0]["parent_prediction"] = 77
    first["annotations"][0]["completed_by"] = 5
    first["annotations"][0]["result"].append({"from_name": "relevance", "to_name": "statement", "type": "choices", "value": {"choices": ["x"]}})
    second["annotations"][0]["prediction"] = {"model_version": "m/2", "result": [
        {"from_name": "stance", "to_name": "statement", "type": "choices", "value": {"choices": ["unrelated"]}}]}
    second["annotations"][0]["result"].append({"from_name": "note", "to_name": "statement", "type": "textarea", "value": {"text": ["odd", "cue"]}})
    third["annotations"][0]["was_cancelled"] = True
    a, b, c = parse_export(tasks)
    assert a.prediction_model_version == "rules-1" and a.prediction_accepted is True and a.annotator == "5"
    assert b.prediction_model_version == "m/2" and b.prediction_accepted is False  # gold says oppose
    assert b.labels["note"] == "odd\ncue"
    assert c.was_cancelled and set(c.labels.values()) == {None}


def test_label_outside_the_schema_is_a_one_line_error_naming_task_and_fix(export):
    tasks = copy.deepcopy(export[:1])
    tasks[0]["annotations"][0]["result"][0]["value"]["choices"] = ["agree"]
    with pytest.raises(InputError) as err:
        list(parse_export(tasks))
    assert str(err.value) == (
        "export: task 1 annotation 1: stance label 'agree' is not in the label schema (support, oppose, neutral, unrelated); "
        "add it to schemas/label_schema.json or fix the project's labeling config"
    )


def test_bad_json_and_missing_file_name_the_file(tmp_path):
    bad = tmp_path / "export.json"
    bad.write_text('[{"data": ', encoding="utf-8")
    with pytest.raises(InputError, match=r"export\.json: not valid JSON \(Expecting value at line 1\)"):
        list(parse_export(bad))
    with pytest.raises(InputError, match="missing.json: export not found"):
        list(parse_export(tmp_path / "missing.json"))
    with pytest.raises(InputError, match="task 1 has no 'text' in its data"):
        list(parse_export([{"id": 1, "data": {"statement": "x"}, "annotations": []}]))


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_flat_table_round_trip(tmp_path, export, suffix):
    annotations = list(parse_export(export))
    frame = pd.DataFrame([flat_row(a) for a in annotations], columns=flat_columns())
    path = tmp_path / f"table{suffix}"
    frame.to_csv(path, index=False) if suffix == ".csv" else frame.to_parquet(path, index=False)
    again = list(parse_export(path))
    assert [a.labels for a in again] == [a.labels for a in annotations]
    assert [(a.statement_id, a.target, a.anonymous, a.task_id) for a in again] == [
        (a.statement_id, a.target, a.anonymous, a.task_id) for a in annotations
    ]


def test_flat_table_without_label_columns_is_refused(tmp_path):
    path = tmp_path / "table.csv"
    path.write_text("text,target\nHamas denied it,claim\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"table\.csv: flat table needs a 'text' column and at least one label column"):
        list(parse_export(path))
