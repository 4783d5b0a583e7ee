"""The statement layout's parts without a server: the config and its claims, the task data of a seed
statement, one /predict answer per task, and an export parsed into one row per asked target."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from conftest import SEEDS

from annotate.classify.rules import RulePredictor
from annotate.labelstudio.agreement import field_agreement
from annotate.labelstudio.config import config_differences
from annotate.labelstudio.export import parse_export
from annotate.labelstudio.layout import (
    EMPTY, NOT_ASKED, TARGET_LINE_CHARS, VIEW_COLUMNS, _flat, data_manager_view, instructions, stance_hotkeys,
    statement_config, statement_task_data, target_controls, target_line, task_items,
)
from annotate.labelstudio.ml import predict_items, predict_response
from annotate.schema import load_schema

CLAIMS = ["Turkey will act as a mediator.", "Hamas moved its bureau to Turkey."]


@pytest.fixture(scope="module")
def statement():
    from annotate.extract import Extractor
    from annotate.readers import iter_articles

    return next(s for s in Extractor().extract_many(iter_articles([SEEDS])) if s.content is not None and s.via is None)


def test_config_names_each_claim_and_keeps_the_other_fields_once():
    xml = statement_config(CLAIMS)
    root = ET.fromstring(xml)
    names = [el.get("name") for el in root.iter() if el.tag in ("Choices", "TextArea")]
    assert names == ["stance_1", "stance_2", "certainty", "attribution", "note"]
    assert target_controls(xml) == {"stance_1": CLAIMS[0], "stance_2": CLAIMS[1]}
    assert target_controls(statement_config([*CLAIMS, "A third."])) == {"stance_1": CLAIMS[0], "stance_2": CLAIMS[1], "stance_3": "A third."}
    assert config_differences(xml, statement_config([*CLAIMS, "A third."]))[0] == "field 'stance_3' missing on the server"
    assert target_controls(load_schema().object.name) is None  # not XML: no layout
    assert ">" not in root.find("Style").text  # the XML writer would escape it, and CSS would not read it
    context = next(el for el in root.iter("Text") if el.get("name") == "context")
    assert context.get("value") == "$context"  # plain text, for the span labels


def test_hotkeys_per_target():
    assert stance_hotkeys(1, 4) == ["1", "2", "3", "4"]
    assert stance_hotkeys(2, 4) == ["5", "6", "7", "8"]
    assert stance_hotkeys(3, 4) == ["shift+1", "shift+2", "shift+3", "shift+4"]
    assert stance_hotkeys(4, 4) == ["shift+5", "shift+6", "shift+7", "shift+8"]
    assert stance_hotkeys(5, 4) == [None] * 4


def test_task_data_asks_only_related_targets(statement):
    schema = load_schema()
    data = statement_task_data(statement, {"stance_1": CLAIMS[0], "stance_2": CLAIMS[1]}, ["stance_2"], schema)
    assert "target" not in data and data["target_controls"] == {"stance_2": CLAIMS[1]} and data["targets"] == f"2. {CLAIMS[1]}"
    assert data["stance_1_choices"] == [] and data["target_1_status"] == NOT_ASKED and data["target_2_status"] == ""
    assert [c["alias"] for c in data["stance_2_choices"]] == schema.classes("stance")
    assert len({c["value"] for c in data["stance_2_choices"]}) == 4  # unique per control: see layout.stance_choices
    assert data["normalised_source"] == (statement.source_label or EMPTY)
    assert data["show_via"] == EMPTY and data["context"][data["extracted_spans"][0]["start"]:].startswith(data["extracted_spans"][0]["text"])


def test_the_data_managers_target_lines_fit_the_column():
    long = "Turkey will act as a mediator in the Gaza hostage negotiations between Israel and Hamas."
    assert target_line(1, long) == "1. Turkey will act as a mediator in the Gaza hostage…"
    assert len(target_line(1, long)) <= TARGET_LINE_CHARS + 3 and target_line(2, CLAIMS[1]) == f"2. {CLAIMS[1]}"
    assert target_line(3, "word " * 3 + "x" * 80).endswith("…") and target_line(4, "  two\n lines ") == "4. two lines"


def test_the_default_tab_shows_the_useful_columns_with_widths():
    view = data_manager_view(["text", "source_label", "normalised_source", "targets", "context"])
    hidden = set(view["hiddenColumns"]["explore"])
    assert {"tasks:data.source_label", "tasks:data.context", "tasks:inner_id"} <= hidden and not hidden & set(VIEW_COLUMNS)
    assert set(view["columnsWidth"]) == set(VIEW_COLUMNS) and view["columnsWidth"]["tasks:data.targets"] >= 5 * TARGET_LINE_CHARS


def test_the_screen_paints_a_nested_region_in_its_own_colour_and_the_note_has_no_add_button():
    schema = load_schema()
    root = ET.fromstring(statement_config(CLAIMS, schema))
    css = root.find("Style").text
    for label in schema.spans.labels:  # opaque: the colour Label Studio gives a region alone, 30 % over white
        assert f'[data-label$=":{label.value}"]' in css and _flat(label.background) in css
    assert _flat("#9467bd") == "#dfd1eb" and ">" not in css
    assert root.find("TextArea[@name='note']").get("showSubmitButton") == "false"
    assert "press a key only to change an answer" in instructions(schema, CLAIMS)


def test_predict_answers_one_prediction_per_task_with_every_asked_target(statement):
    schema = load_schema()
    both = statement_task_data(statement, {"stance_1": CLAIMS[0], "stance_2": CLAIMS[1]}, ["stance_1", "stance_2"], schema)
    one = statement_task_data(statement, {"stance_1": CLAIMS[0], "stance_2": CLAIMS[1]}, ["stance_1"], schema)
    body = {"tasks": [{"id": 7, "data": both}, {"id": 8, "data": one}]}
    items, ids = predict_items(body)
    assert ids == [7, 7, 8] and [i.target for i in items] == [CLAIMS[0], CLAIMS[1], CLAIMS[0]]
    predictions = RulePredictor().predict(items)
    results = predict_response(predictions, schema, "rules-1", tasks=body["tasks"])["results"]
    assert len(results) == 2
    first = {r["from_name"] for r in results[0]["result"] if r["type"] == "choices"}
    second = {r["from_name"] for r in results[1]["result"] if r["type"] == "choices"}
    assert first == {"stance_1", "stance_2", "certainty", "attribution"} and second == {"stance_1", "certainty", "attribution"}
    assert [i.target for _, i in task_items(one)] == [CLAIMS[0]]


def _choice(name, label):
    return {"from_name": name, "to_name": "statement", "type": "choices", "value": {"choices": [label]}}


def test_an_export_gives_one_row_per_asked_target_and_certainty_counts_once(statement):
    schema = load_schema()
    data = statement_task_data(statement, {"stance_1": CLAIMS[0], "stance_2": CLAIMS[1]}, ["stance_1", "stance_2"], schema)
    other = statement_task_data(statement.model_copy(update={"id": "st_other"}), {"stance_1": CLAIMS[0], "stance_2": CLAIMS[1]},
                                ["stance_1", "stance_2"], schema)

    def annotation(number, who, *results):
        return {"id": number, "completed_by": {"email": who}, "result": list(results), "was_cancelled": False}

    tasks = [
        {"id": 1, "data": data, "annotations": [
            annotation(1, "a", _choice("stance_1", "support"), _choice("stance_2", "oppose"), _choice("certainty", "hedged")),
            annotation(2, "b", _choice("stance_1", "support"), _choice("stance_2", "neutral"), _choice("certainty", "hedged")),
        ]},
        {"id": 2, "data": other, "annotations": [
            annotation(3, "a", _choice("stance_1", "oppose"), _choice("certainty", "certain")),
            annotation(4, "b", _choice("stance_1", "oppose"), _choice("certainty", "hedged")),
        ]},
    ]
    rows = list(parse_export(tasks, schema))
    assert len(rows) == 8 and {r.layout for r in rows} == {"statement"}
    assert [(r.target, r.labels["stance"], r.labels["certainty"]) for r in rows[:2]] == [(CLAIMS[0], "support", "hedged"), (CLAIMS[1], "oppose", "hedged")]
    assert rows[5].labels["stance"] is None  # target 2 unanswered on task 2: missing, not guessed
    certainty = field_agreement(rows, "certainty", schema.classes("certainty"))
    stance = field_agreement(rows, "stance", schema.classes("stance"))
    assert certainty.items == 2 and certainty.pairwise[0].items == 2  # two statements, not four rows
    assert stance.items == 3  # (statement, target) pairs labelled by both
