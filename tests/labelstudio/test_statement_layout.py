"""The statement layout against the REAL Label Studio of the session fixture: one task per statement,
one stance control per target (asked only where the relation rule relates them), certainty,
attribution and note once; pull, the flat table, agreement and train on it; a target added to a
project that already has annotations; and a project in the layout made before (HyperText context,
one task per (statement, target)) that still pulls and trains."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pandas as pd
import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from annotate.classify.train import collect_examples
from annotate.cli import app
from annotate.errors import UsageError
from annotate.labelstudio.config import config_differences
from annotate.labelstudio.export import parse_export
from annotate.labelstudio.layout import NOT_ASKED, VIEW_COLUMNS, statement_config, target_controls, target_line
from annotate.labelstudio.pull import pull_project
from annotate.labelstudio.push import push_statements
from annotate.labelstudio.tasks import RelationRule, Target
from annotate.output import write_jsonl
from annotate.records import FieldPrediction, Prediction

pytestmark = [
    pytest.mark.labelstudio,
    pytest.mark.filterwarnings("ignore:The `parse_obj` method is deprecated:DeprecationWarning"),
]
runner = CliRunner()
VERSION = "per-target-1"


class PerTargetPredictor:
    """Says 'support' toward the first gold target and 'oppose' toward any other, 'hedged' always."""

    model_version = VERSION

    def __init__(self, first_target: str) -> None:
        self.first = first_target

    def predict(self, items):
        return [
            Prediction(
                statement_id=item.statement_id, target=item.target, model_version=VERSION,
                stance=FieldPrediction(label="support" if item.target == self.first else "oppose", score=0.7, probabilities={}),
                certainty=FieldPrediction(label="hedged", score=0.6, probabilities={}),
            )
            for item in items
        ]


@pytest.fixture(scope="module")
def seed_statements():
    from annotate.extract import Extractor
    from annotate.readers import iter_articles

    return [s for s in Extractor().extract_many(iter_articles([SEEDS])) if s.content is not None]


def _tasks(client, title):
    project = client.require_project(title)
    return project, list(client.sdk.tasks.list(project=project.id, fields="all", page_size=1000))


def _choice(name, label):
    return {"from_name": name, "to_name": "statement", "type": "choices", "value": {"choices": [label]}}


def test_demo_push_is_one_task_per_statement_with_every_target_prefilled(ls_server, seed_statements, gold_targets):
    client = ls_server.client()
    report = push_statements(seed_statements, gold_targets, "statements", PerTargetPredictor(gold_targets[0]), client=client)
    assert (report.layout, report.tasks_wanted, report.tasks_created) == ("statement", len(seed_statements), len(seed_statements))
    project, tasks = _tasks(client, "statements")
    assert len(tasks) == len(seed_statements) == len({t.data["statement_id"] for t in tasks})
    assert target_controls(project.label_config) == {"stance_1": gold_targets[0], "stance_2": gold_targets[1]}
    assert project.show_instruction and "Target claims" in project.expert_instruction and gold_targets[1] in project.expert_instruction
    views = [v.data if isinstance(v.data, dict) else v.data.dict() for v in sorted(client.sdk.views.list(project=project.id), key=lambda v: v.id)]
    data = views[0]  # the first tab, so the Data Manager opens on the useful columns only
    assert data["title"] == "Statements"
    hidden = set(data["hiddenColumns"]["explore"])
    assert not hidden & set(VIEW_COLUMNS) and {"tasks:data.context", "tasks:data.extracted_spans", "tasks:inner_id"} <= hidden
    assert "tasks:data.normalised_source" in VIEW_COLUMNS and data["columnsWidth"]["tasks:data.targets"] > 300
    for task in tasks:
        assert task.data["target_controls"] == {"stance_1": gold_targets[0], "stance_2": gold_targets[1]}
        assert [c["hotkey"] for c in task.data["stance_2_choices"]] == ["5", "6", "7", "8"]
        (prediction,) = task.predictions
        chosen = {r["from_name"]: r["value"].get("choices", r["value"].get("labels")) for r in prediction.result}
        assert chosen["stance_1"] == ["support"] and chosen["stance_2"] == ["oppose"]
        assert chosen["certainty"] == ["hedged"] and chosen["attribution"] == ["correct"]
        assert "spans" in chosen  # the extractor's spans, from the spans layer
        assert task.data["show_via"] == (task.data["via"] or "—")
        assert task.data["normalised_source"] == (task.data["source_label"] or "—")
        assert task.data["targets"].splitlines() == [target_line(1, gold_targets[0]), target_line(2, gold_targets[1])]
    again = push_statements(seed_statements, gold_targets, "statements", PerTargetPredictor(gold_targets[0]), client=client)
    assert (again.tasks_created, again.tasks_existing, again.predictions_added) == (0, len(seed_statements), 0)


def test_hotkeys_are_unique_over_the_whole_config(gold_targets):
    xml = statement_config([*gold_targets, "A third claim.", "A fourth claim."])
    keys = [el.get("hotkey") for el in ET.fromstring(xml).iter() if el.get("hotkey")]
    for k in range(1, 5):
        from annotate.labelstudio.layout import stance_choices
        from annotate.schema import load_schema

        keys += [c["hotkey"] for c in stance_choices(load_schema(), k)]
    assert len(keys) == len(set(keys)), sorted(keys)
    assert {"z", "x", "c", "v", "f", "g", "1", "8", "shift+1", "shift+8"} <= set(keys)


def test_overlap_rule_asks_only_related_targets(ls_server, seed_statements):
    client = ls_server.client()
    turkey, unrelated = "Turkey will mediate the hostage negotiations with Hamas.", "Bananas grow on volcanic islands."
    rule = RelationRule("overlap", 2)
    report = push_statements(seed_statements, [turkey, unrelated], "overlap layout", None, client=client, rule=rule)
    related = [s for s in seed_statements if rule.relates(s, Target(turkey))]
    assert 0 < len(related) < len(seed_statements) and not any(rule.relates(s, Target(unrelated)) for s in seed_statements)
    assert report.tasks_created == len(related)  # a statement related to no target is no task
    _, tasks = _tasks(client, "overlap layout")
    for task in tasks:
        assert task.data["target_controls"] == {"stance_1": turkey}
        assert task.data["stance_2_choices"] == [] and task.data["target_2_status"] == NOT_ASKED
        assert task.data["targets"] == f"1. {turkey}"


def test_pull_table_agreement_and_train_read_the_statement_layout(ls_server, seed_statements, gold_targets, tmp_path):
    client = ls_server.client()
    chosen = seed_statements[:4]
    push_statements(chosen, gold_targets, "statement pull", PerTargetPredictor(gold_targets[0]), client=client)
    _, tasks = _tasks(client, "statement pull")
    by_id = {t.data["statement_id"]: t for t in tasks}
    other = client.sdk.users.create(username="screen2", email="screen2@annotate.local", password="screen-pass-2")
    me = client.whoami().id
    mine = [("support", "oppose", "hedged"), ("support", "neutral", "certain"), ("oppose", "oppose", "certain"), ("support", "oppose", "hedged")]
    theirs = [("support", "oppose", "hedged"), ("neutral", "neutral", "certain"), ("oppose", "oppose", "hedged")]
    for statement, (s1, s2, certainty) in zip(chosen, mine):
        task = by_id[statement.id]
        client.create_annotation(task.id, [_choice("stance_1", s1), _choice("stance_2", s2), _choice("certainty", certainty),
                                           _choice("attribution", "correct")], completed_by=me, parent_prediction=task.predictions[0].id)
    for statement, (s1, s2, certainty) in zip(chosen, theirs):
        client.create_annotation(by_id[statement.id].id, [_choice("stance_1", s1), _choice("stance_2", s2), _choice("certainty", certainty)],
                                 completed_by=other.id)
    result = pull_project("statement pull", tmp_path, client=client)
    table = pd.read_parquet(result.table_parquet)
    assert len(table) == 2 * (4 + 3) and set(table["layout"]) == {"statement"}
    row = table[(table["statement_id"] == chosen[1].id) & (table["annotator"] == ls_server.email)].set_index("target")
    assert row.loc[gold_targets[0], "stance"] == "support" and row.loc[gold_targets[1], "stance"] == "neutral"
    assert (row["certainty"] == "certain").all() and (row["attribution"] == "correct").all()
    first = table[(table["statement_id"] == chosen[0].id) & (table["annotator"] == ls_server.email)]
    assert first["prediction_accepted"].all()  # support / oppose / hedged / correct is what was pre-filled
    stance, certainty = result.agreement[0], result.agreement[1]
    # stance: 6 (statement, target) items labelled by both, 5 agree; certainty: 3 statements (not 6), 2 agree.
    assert stance.items == 6 and certainty.items == 3
    assert stance.pairwise[0].items == 6 and certainty.pairwise[0].items == 3
    by_statement = pd.read_csv(result.by_statement)
    assert len(by_statement) == 8  # one row per (statement, target)
    assert set(by_statement[by_statement["statement_id"] == chosen[2].id]["certainty_votes"]) == {2}
    examples = collect_examples(parse_export(result.snapshot))
    assert len(examples.items) == 8 and {item.target for item in examples.items} == set(gold_targets)
    assert examples.labels["stance"].count("oppose") >= 3


def test_adding_a_target_keeps_annotations_and_asks_the_new_one(ls_env, seed_statements, gold_targets, tmp_path):
    client = ls_env.client()
    chosen = seed_statements[:3]
    path = tmp_path / "statements.jsonl"
    write_jsonl(chosen, path)
    push_statements(chosen, gold_targets[:1], "add target", PerTargetPredictor(gold_targets[0]), client=client)
    _, tasks = _tasks(client, "add target")
    annotated = tasks[0]
    client.create_annotation(annotated.id, [_choice("stance_1", "oppose"), _choice("certainty", "certain")])
    before = [a.result for a in client.sdk.annotations.list(annotated.id)]
    args = ["push", str(path), "--project", "add target", "-t", gold_targets[0], "-t", gold_targets[1], "--no-predictions", "-q"]
    refused = runner.invoke(app, args)
    assert refused.exit_code == 2
    assert refused.stderr.startswith(f"error: target(s) {gold_targets[1]!r} are new to project 'add target': push with --update-config")
    dry = runner.invoke(app, [*args, "--update-config", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert json.loads(dry.stdout.splitlines()[-1])["tasks_widened"] == 3
    assert target_controls(client.require_project("add target").label_config) == {"stance_1": gold_targets[0]}  # nothing written
    added = runner.invoke(app, [*args, "--update-config"])
    assert added.exit_code == 0, added.output
    report = json.loads(added.stdout.splitlines()[-1])
    assert (report["tasks_created"], report["tasks_widened"]) == (0, 3)
    project, tasks = _tasks(client, "add target")
    assert target_controls(project.label_config) == {"stance_1": gold_targets[0], "stance_2": gold_targets[1]}
    assert all(t.data["target_controls"] == {"stance_1": gold_targets[0], "stance_2": gold_targets[1]} for t in tasks)
    assert [a.result for a in client.sdk.annotations.list(annotated.id)] == before  # never touched
    result = pull_project("add target", tmp_path, client=client)
    rows = pd.read_parquet(result.table_parquet).set_index("target")
    assert rows.loc[gold_targets[0], "stance"] == "oppose"
    assert pd.isna(rows.loc[gold_targets[1], "stance"])  # asked after the annotation: unanswered
    assert rows.loc[gold_targets[1], "certainty"] == "certain"


#: The labeling config annotate generated before the statement layout and the span labels (main at
#: ddc84bf, schemas/labeling_config.xml): a project made then has it on the server.
OLD_CONFIG = """<View>
  <Header value="Target claim" size="5" />
  <Text name="target" value="$target" />
  <Header value="Statement" size="5" />
  <Text name="statement" value="$text" />
  <View style="display: grid; grid-template-columns: max-content 1fr; column-gap: 1em; font-size: 90%">
    <Header value="Source" size="6" />
    <Text name="source_mention" value="$source_mention" />
    <Header value="Normalised source" size="6" />
    <Text name="source_label" value="$source_label" />
    <Header value="Cue" size="6" />
    <Text name="cue" value="$cue" />
    <Header value="Via" size="6" />
    <Text name="via" value="$via" />
  </View>
  <Header value="Context" size="5" />
  <HyperText name="context" value="$context" />
  <Header value="Stance of the source toward the target claim" size="5" />
  <Choices name="stance" toName="statement" choice="single-radio" required="true" showInline="true">
    <Choice value="support" hotkey="1" /><Choice value="oppose" hotkey="2" /><Choice value="neutral" hotkey="3" /><Choice value="unrelated" hotkey="4" />
  </Choices>
  <Header value="How firmly does the source commit to what it says?" size="5" />
  <Choices name="certainty" toName="statement" choice="single-radio" required="true" showInline="true">
    <Choice value="certain" hotkey="q" /><Choice value="hedged" hotkey="w" /><Choice value="uncommitted" hotkey="e" />
  </Choices>
  <Header value="Is the extracted attribution right?" size="5" />
  <Choices name="attribution" toName="statement" choice="single-radio" showInline="true">
    <Choice value="correct" hotkey="a" /><Choice value="wrong_source" hotkey="s" /><Choice value="not_a_statement" hotkey="d" />
  </Choices>
  <Header value="Note (optional)" size="5" />
  <TextArea name="note" toName="statement" rows="2" editable="true" maxSubmissions="1" />
</View>
"""


def _old_task(statement, target):
    span = lambda value: value.text if value is not None else ""  # noqa: E731
    return {
        "statement_id": statement.id, "article_id": statement.article_id, "text": statement.content.text, "target": target,
        "source": span(statement.source), "source_label": statement.source_label or "", "anonymous": bool(statement.anonymous),
        "cue": span(statement.cue), "via": span(statement.via), "context": f"<mark>{statement.content.text}</mark>",
        "title": statement.title or "", "outlet": "", "date": "", "kind": statement.kind, "source_mention": span(statement.source),
    }


def test_a_project_in_the_old_pair_layout_still_pulls_and_trains(ls_server, seed_statements, gold_targets, tmp_path):
    client = ls_server.client()
    project = client.create_project("old pair layout", OLD_CONFIG)
    chosen = seed_statements[:3]
    client.import_tasks(project.id, [{"data": _old_task(s, t)} for s in chosen for t in gold_targets])
    _, tasks = _tasks(client, "old pair layout")
    assert len(tasks) == 6 and target_controls(OLD_CONFIG) is None
    for task, stance in zip(tasks, ["support", "oppose", "neutral", "unrelated", "support", "oppose"]):
        client.create_annotation(task.id, [_choice("stance", stance), _choice("certainty", "certain"), _choice("attribution", "correct")])
    result = pull_project("old pair layout", tmp_path, client=client)
    table = pd.read_parquet(result.table_parquet)
    assert len(table) == 6 and table["layout"].isna().all()
    assert sorted(table["stance"]) == sorted(["support", "oppose", "neutral", "unrelated", "support", "oppose"])
    assert set(table["target"]) == set(gold_targets)
    examples = collect_examples(parse_export(result.table_parquet))
    assert len(examples.items) == 6 and examples.labels["certainty"] == ["certain"] * 6
    with pytest.raises(UsageError, match="is in the pair layout"):
        push_statements(chosen, gold_targets, "old pair layout", None, client=client, layout="statement")
    assert config_differences(OLD_CONFIG, OLD_CONFIG) == []
