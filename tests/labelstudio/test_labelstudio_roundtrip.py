"""Push, annotate, pull and the error cases against the REAL Label Studio of the session fixture, in the pair
layout (one task per (statement, target)): the layout of projects made before the statement layout, which must keep working."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections import Counter

import pandas as pd
import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from annotate.cli import app
from annotate.errors import ServerError
from annotate.labelstudio import server
from annotate.labelstudio.config import labeling_config
from annotate.labelstudio.pull import pull_project
from annotate.labelstudio.push import push_statements
from annotate.output import write_jsonl
from annotate.records import FieldPrediction, Prediction, Statement

pytestmark = [
    pytest.mark.labelstudio,
    pytest.mark.filterwarnings("ignore:The `parse_obj` method is deprecated:DeprecationWarning"),
]
runner = CliRunner()
MODEL_VERSION = "test-model-1"


@pytest.fixture(scope="module")
def seed_statements() -> list[Statement]:
    from annotate.extract import Extractor
    from annotate.readers import iter_articles

    return [s for s in Extractor().extract_many(iter_articles([SEEDS])) if s.content is not None]


@pytest.fixture(scope="module")
def statements_file(seed_statements, tmp_path_factory):
    path = tmp_path_factory.mktemp("push") / "statements.jsonl"
    write_jsonl(seed_statements, path)
    return path


class FixedPredictor:
    """A predictor with the classifier's interface: every statement opposes, certainly."""

    model_version = MODEL_VERSION

    def predict(self, items):
        return [
            Prediction(
                statement_id=item.statement_id, target=item.target, model_version=self.model_version,
                stance=FieldPrediction(label="oppose", score=0.8, probabilities={"oppose": 0.8, "support": 0.2}),
                certainty=FieldPrediction(label="certain", score=0.6, probabilities={"certain": 0.6, "hedged": 0.4}),
            )
            for item in items
        ]


def _keys(client, title):
    project = client.require_project(title)
    tasks = list(client.sdk.tasks.list(project=project.id, include="id,data", page_size=1000))
    return project, Counter((t.data["statement_id"], t.data["target"]) for t in tasks)


def _wait_until_task_count_settles(client, title, interval=1.0, rounds=10):
    last = -1
    for _ in range(rounds):
        count = len(client.task_keys(client.require_project(title).id))
        if count == last:
            return
        last = count
        time.sleep(interval)


def test_push_twice_creates_no_duplicates_and_shows_predictions(ls_env, seed_statements, gold_targets, statements_file):
    args = ["push", "--layout", "pair", str(statements_file), "--project", "twice", "--no-predictions", "--quiet"]
    for target in gold_targets:
        args += ["--target", target]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    report = json.loads(first.stdout.strip().splitlines()[-1])
    wanted = 2 * len(seed_statements)
    assert (report["tasks_wanted"], report["tasks_created"], report["tasks_existing"]) == (wanted, wanted, 0)
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    report = json.loads(second.stdout.strip().splitlines()[-1])
    assert (report["tasks_created"], report["tasks_existing"]) == (0, wanted)
    client = ls_env.client()
    _, keys = _keys(client, "twice")
    assert len(keys) == wanted and max(keys.values()) == 1

    # Re-pushing with a model attaches its predictions to the existing tasks and sets model_version.
    again = push_statements(seed_statements, gold_targets, "twice", FixedPredictor(), client=client, layout="pair")
    assert (again.tasks_created, again.predictions_added, again.model_version) == (0, wanted, MODEL_VERSION)
    project, keys = _keys(client, "twice")
    assert len(keys) == wanted and max(keys.values()) == 1
    assert project.model_version == MODEL_VERSION
    task = next(iter(client.sdk.tasks.list(project=project.id, fields="all", page_size=1)))
    (prediction,) = task.predictions
    assert prediction.model_version == MODEL_VERSION
    assert prediction.score == pytest.approx(0.7)
    assert [(r["from_name"], r["to_name"], r["value"]["choices"]) for r in prediction.result if r["type"] == "choices"] == [
        ("stance", "statement", ["oppose"]), ("certainty", "statement", ["certain"]),
    ]
    # The same prediction carries the extractor's spans as regions of the context (tests/labelstudio/test_spans_roundtrip.py).
    assert {r["value"]["labels"][0] for r in prediction.result if r["type"] == "labels"} >= {"Content"}
    # Pushing the same model again adds nothing.
    assert push_statements(seed_statements, gold_targets, "twice", FixedPredictor(), client=client, layout="pair").predictions_added == 0


def test_annotate_through_the_api_then_pull_table_and_agreement(ls_server, seed_statements, gold_targets, tmp_path):
    client = ls_server.client()
    chosen = seed_statements[:5]
    push_statements(chosen, gold_targets[:1], "pull", FixedPredictor(), client=client, layout="pair")
    project = client.require_project("pull")
    tasks = {t.data["statement_id"]: t for t in client.sdk.tasks.list(project=project.id, fields="all", page_size=100)}
    other = client.sdk.users.create(username="second", email="second@annotate.local", password="second-pass-1")
    me = client.whoami().id

    def choices(stance, certainty):
        return [
            {"from_name": "stance", "to_name": "statement", "type": "choices", "value": {"choices": [stance]}},
            {"from_name": "certainty", "to_name": "statement", "type": "choices", "value": {"choices": [certainty]}},
        ]

    first = [("oppose", "certain"), ("oppose", "certain"), ("neutral", "certain"), ("oppose", "hedged"), ("support", "certain")]
    second = [("support", "certain"), ("oppose", "certain"), ("oppose", "certain"), ("oppose", "certain")]
    for statement, labels in zip(chosen, first):
        task = tasks[statement.id]
        client.create_annotation(task.id, choices(*labels), completed_by=me, lead_time=2.5, parent_prediction=task.predictions[0].id)
    for statement, labels in zip(chosen, second):
        client.create_annotation(tasks[statement.id].id, choices(*labels), completed_by=other.id, lead_time=4.0)
    client.create_annotation(tasks[chosen[4].id].id, [], completed_by=other.id, was_cancelled=True)

    fixed = dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    result = pull_project("pull", tmp_path, client=client, now=fixed)
    assert result.snapshot.name == "pull-20300102T030405Z.json"
    table = pd.read_parquet(result.table_parquet)
    assert len(table) == 10 and table["was_cancelled"].sum() == 1
    assert set(table["annotator"]) == {ls_server.email, "second@annotate.local"}
    mine = table[table["annotator"] == ls_server.email].set_index("statement_id")
    assert mine.loc[chosen[0].id, "prediction_accepted"]  # oppose/certain is what the model said
    assert not mine.loc[chosen[2].id, "prediction_accepted"]
    assert mine.loc[chosen[0].id, "lead_time"] == 2.5
    assert (mine["target"] == gold_targets[0]).all()
    assert pd.read_csv(result.table_csv).shape == table.shape
    stance, certainty = result.agreement[0], result.agreement[1]
    # Items 0-3 labelled by both: first = o,o,n,o / second = s,o,o,o.
    # kappa: po = 2/4; marginals first o3 n1, second s1 o3 -> pe = 9/16 -> (8/16 - 9/16)/(7/16) = -1/7
    assert stance.pairwise[0].items == 4 and stance.pairwise[0].kappa == pytest.approx(-1 / 7)
    # alpha: n = 8 values (o6 n1 s1), Do = 4/8, De = (64 - 38)/56 -> 1 - (7 * 4)/26
    assert stance.alpha == pytest.approx(1 - 28 / 26)
    # certainty: first c,c,c,h / second c,c,c,c -> kappa 0, alpha: n=8 (c7 h1): 1 - (7*2)/14 = 0
    assert certainty.pairwise[0].kappa == pytest.approx(0.0)
    assert certainty.alpha == pytest.approx(0.0)
    by_statement = pd.read_csv(result.by_statement).set_index("statement_id")
    assert by_statement.loc[chosen[1].id, "stance"] == "oppose" and not by_statement.loc[chosen[1].id, "disagreement"]
    assert by_statement.loc[chosen[0].id, "stance_tie"] and pd.isna(by_statement.loc[chosen[0].id, "stance"])
    assert by_statement.loc[chosen[4].id, "cancelled"] == 1 and by_statement.loc[chosen[4].id, "stance"] == "support"

    before = result.snapshot.read_bytes()
    again = pull_project("pull", tmp_path, client=client, now=fixed)  # same second: a new name, nothing overwritten
    assert again.snapshot.name == "pull-20300102T030405Z-2.json" and again.table_csv.name == "pull-20300102T030405Z-2.csv"
    assert result.snapshot.read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_pull_cli_prints_agreement(ls_env, tmp_path):
    result = runner.invoke(app, ["pull", "--project", "pull", "--out-dir", str(tmp_path), "--quiet"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert sum(line.startswith("wrote ") for line in lines) == 5  # snapshot, csv, parquet, by-statement, attributions
    assert any(line.startswith("stance: Krippendorff alpha -0.077 over 2 annotators, 4 items; Cohen kappa") for line in lines), lines


def test_server_not_reachable(monkeypatch, tmp_path):
    url = f"http://127.0.0.1:{server.free_port()}"
    monkeypatch.setenv("LABEL_STUDIO_URL", url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", "some-key-value")
    result = runner.invoke(app, ["pull", "--project", "x", "--out-dir", str(tmp_path)])
    assert result.exit_code == 3
    assert result.stderr == (
        f"error: Label Studio at {url} is not reachable (ConnectError) while checking the API key; "
        "start it with `annotate labelstudio start` or set LABEL_STUDIO_URL\n"
    )
    assert not any(tmp_path.iterdir())


def test_wrong_key_is_refused_and_never_shown(ls_server, monkeypatch, statements_file):
    monkeypatch.setenv("LABEL_STUDIO_URL", ls_server.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", "wrong-key-123456")
    result = runner.invoke(app, ["push", "--layout", "pair", str(statements_file), "--project", "x", "--target", "claim"])
    assert result.exit_code == 3
    assert result.stderr.startswith(f"error: Label Studio at {ls_server.url} rejected the API key (HTTP 401) while checking the API key; set LABEL_STUDIO_API_KEY")
    assert result.stderr.count("\n") == 1 and "wrong-key-123456" not in result.output


def test_project_missing(ls_env, tmp_path):
    result = runner.invoke(app, ["pull", "--project", "no such project", "--out-dir", str(tmp_path)])
    assert result.exit_code == 3
    assert result.stderr.startswith(f"error: no project titled 'no such project' on {ls_env.url} (projects there: ")
    assert result.stderr.rstrip().endswith("; check --project or push to create it")
    assert not any(tmp_path.iterdir())


def test_a_title_label_studio_would_refuse_is_caught_before_anything_is_sent(ls_env, statements_file):
    result = runner.invoke(app, ["push", "--layout", "pair", str(statements_file), "--project", "P", "--target", "A claim about Turkey.", "-q"])
    assert result.exit_code == 2
    assert result.stderr == "error: --project 'P': Label Studio project titles have 3 to 50 characters; choose another title\n"
    assert ls_env.client().find_project("P") is None


def test_labeling_config_differs(ls_env, statements_file):
    client = ls_env.client()
    ours = labeling_config()
    client.create_project("old config", ours.replace('    <Choice value="unrelated" hotkey="4" hint="The statement is not about the target claim." />\n', ""))
    result = runner.invoke(app, ["push", "--layout", "pair", str(statements_file), "--project", "old config", "--target", "claim", "--no-predictions"])
    assert result.exit_code == 3
    assert result.stderr == (
        f"error: labeling config of project 'old config' on {ls_env.url} differs from the label schema: "
        "field 'stance' lacks label(s) unrelated on the server; run `annotate schema` and push with --update-config, "
        "or fix schemas/label_schema.json\n"
    )
    assert client.require_project("old config").task_number == 0
    fixed = runner.invoke(app, ["push", "--layout", "pair", str(statements_file), "--project", "old config", "--target", "claim", "--update-config", "--no-predictions", "-q"])
    assert fixed.exit_code == 0, fixed.output
    assert client.require_project("old config").label_config.count("<Choice") == len(ours.split("<Choice")) - 1


def test_timeout_mid_push_then_rerun_completes_without_duplicates(ls_env, seed_statements, statements_file):
    client = ls_env.client()

    def stall_after_first_batch(number, ids):
        client.timeout = 0.0005  # a real client-side timeout for every later call

    with pytest.raises(ServerError) as caught:
        push_statements(seed_statements, ["claim"], "timeout", None, batch_size=10, client=client, layout="pair", on_batch=stall_after_first_batch)
    message = str(caught.value)
    # What the server holds is counted: the first batch, and the second if it landed after the timeout.
    landed = re.match(rf"push to 'timeout' stopped after (\d+) of {len(seed_statements)} new tasks \(counted on the server\): Label Studio at ", message)
    assert landed and int(landed.group(1)) in (10, 20), message
    assert f"{ls_env.url} timed out" in message
    assert message.endswith(
        "; re-run the same command: it completes the push and removes any duplicate this interrupted import "
        "may still create (or raise --timeout)"
    )
    assert "\n" not in message
    _wait_until_task_count_settles(ls_env.client(), "timeout")  # a request the server already got may still land
    rerun = runner.invoke(app, ["push", "--layout", "pair", str(statements_file), "--project", "timeout", "--target", "claim", "--batch-size", "10", "-q"])
    assert rerun.exit_code == 0, rerun.output
    report = json.loads(rerun.stdout.strip().splitlines()[-1])
    assert report["tasks_existing"] >= 10 and report["tasks_existing"] + report["tasks_created"] == len(seed_statements)
    _, keys = _keys(ls_env.client(), "timeout")
    assert len(keys) == len(seed_statements) and max(keys.values()) == 1


def _stance(label):
    return [{"from_name": "stance", "to_name": "statement", "type": "choices", "value": {"choices": [label]}}]


def _ids_by_statement(client, project_id):
    return {t.data["statement_id"]: t.id for t in client.sdk.tasks.list(project=project_id, include="id,data", page_size=100)}


def _land_late(client, project_id, statements, target):
    """Import these tasks again straight through the SDK (what a timed-out import does when it lands late).

    Returns statement id -> id of the new copy.
    """
    from annotate.labelstudio.tasks import task_data

    before = {t.id for t in client.sdk.tasks.list(project=project_id, include="id", page_size=100)}
    tasks = [{"data": {**task_data(s, target), "kind": s.kind}} for s in statements]
    client.sdk.projects.import_tasks(project_id, request=tasks)
    return {
        t.data["statement_id"]: t.id
        for t in client.sdk.tasks.list(project=project_id, include="id,data", page_size=100) if t.id not in before
    }


def test_rerun_removes_unannotated_duplicates_of_a_late_import_and_keeps_annotated(ls_env, seed_statements, tmp_path):
    chosen = seed_statements[:6]
    path = tmp_path / "statements.jsonl"
    write_jsonl(chosen, path)
    client = ls_env.client()
    push_statements(chosen, ["claim"], "late", None, client=client, layout="pair")
    project = client.require_project("late")
    original = _ids_by_statement(client, project.id)
    late = _land_late(client, project.id, chosen, "claim")
    assert len(original) == len(late) == 6 and min(late.values()) > max(original.values())
    a, b, c = (s.id for s in chosen[:3])
    client.create_annotation(original[a], _stance("oppose"))  # the original is annotated
    client.create_annotation(late[b], _stance("support"))  # the late copy is annotated
    client.create_annotation(late[c], [], was_cancelled=True)  # a skipped copy counts as annotated too
    assert client.require_project("late").task_number == 12

    result = runner.invoke(app, ["push", "--layout", "pair", str(path), "--project", "late", "--target", "claim", "--no-predictions"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert (report["tasks_created"], report["tasks_existing"], report["duplicates_removed"]) == (0, 6, 6)
    assert report["warnings"] == [] and "warning" not in result.stderr
    assert "; removed 6 duplicate tasks left by an interrupted import [" in result.stderr
    _, keys = _keys(client, "late")
    assert len(keys) == 6 and max(keys.values()) == 1
    left = {t.id for t in client.sdk.tasks.list(project=project.id, include="id", page_size=100)}
    assert left == {original[a], late[b], late[c]} | {original[s.id] for s in chosen[3:]}
    assert push_statements(chosen, ["claim"], "late", None, client=client, layout="pair").duplicates_removed == 0


def test_duplicates_that_are_both_annotated_are_kept_with_a_warning(ls_env, seed_statements, tmp_path):
    chosen = seed_statements[6:9]
    path = tmp_path / "statements.jsonl"
    write_jsonl(chosen, path)
    client = ls_env.client()
    push_statements(chosen, ["claim"], "both annotated", None, client=client, layout="pair")
    project = client.require_project("both annotated")
    original = _ids_by_statement(client, project.id)[chosen[0].id]
    (late,) = _land_late(client, project.id, chosen[:1], "claim").values()
    client.create_annotation(original, _stance("oppose"))
    client.create_annotation(late, _stance("neutral"))

    dry = runner.invoke(app, ["push", "--layout", "pair", str(path), "--project", "both annotated", "--target", "claim", "--no-predictions", "--dry-run", "-q"])
    rerun = runner.invoke(app, ["push", "--layout", "pair", str(path), "--project", "both annotated", "--target", "claim", "--no-predictions", "-q"])
    warning = (
        f"warning: statement {chosen[0].id!r} x target 'claim' has 2 annotated tasks (ids {original}, {late}); "
        "kept all: merge their annotations and delete the extra tasks in Label Studio\n"
    )
    for result in (dry, rerun):
        assert result.exit_code == 0, result.output
        assert result.stderr == warning
        report = json.loads(result.stdout.strip().splitlines()[-1])
        assert (report["tasks_created"], report["duplicates_removed"], report["duplicates_kept"]) == (0, 0, 1)
    _, keys = _keys(client, "both annotated")
    assert keys[(chosen[0].id, "claim")] == 2 and len(keys) == 3
    # The delete call itself re-checks on the server: an annotated task asked for is still kept.
    assert client.delete_unannotated_tasks(project.id, [original, late]) == 0
    assert client.require_project("both annotated").task_number == 4


def test_dedupe_plan_never_deletes_annotated_or_foreign_tasks():
    from annotate.labelstudio.client import TaskRef
    from annotate.labelstudio.push import plan_dedupe

    plan = plan_dedupe({
        ("s1", "t"): [TaskRef(3), TaskRef(5, annotations=1), TaskRef(9)],
        ("s2", "t"): [TaskRef(4), TaskRef(8)],
        ("s3", "t"): [TaskRef(6)],
        ("", ""): [TaskRef(1), TaskRef(2)],  # not created by annotate: no statement_id
    })
    assert plan.delete == [3, 8, 9]
    assert {key: ref.id for key, ref in plan.keep.items()} == {("s1", "t"): 5, ("s2", "t"): 4, ("s3", "t"): 6, ("", ""): 1}
    assert plan.warnings == []


def test_dry_run_writes_nothing(ls_env, statements_file):
    result = runner.invoke(app, ["push", "--layout", "pair", str(statements_file), "--project", "dry", "--target", "claim", "--dry-run", "-q"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.strip().splitlines()[-1])["dry_run"] is True
    assert ls_env.client().find_project("dry") is None


def test_local_server_status_credentials_and_argv(ls_server):
    result = runner.invoke(app, ["labelstudio", "status", "--data-dir", str(ls_server.data_dir)])
    assert result.exit_code == 0, result.output
    state = server.status(ls_server.data_dir)
    assert result.stdout == f"Label Studio running at {ls_server.url} (pid {state.pid}, data {ls_server.data_dir})\n"
    assert (server.credentials_path(ls_server.data_dir).stat().st_mode & 0o777) == 0o600
    cmdline = open(f"/proc/{state.pid}/cmdline", "rb").read().decode()
    assert ls_server.api_key not in cmdline and "password" not in cmdline
    assert ls_server.api_key not in repr(server.read_credentials(ls_server.data_dir))


def test_start_refuses_a_busy_port(ls_server, tmp_path):
    port = int(ls_server.url.rsplit(":", 1)[1])
    result = runner.invoke(app, ["labelstudio", "start", "--data-dir", str(tmp_path / "other"), "--port", str(port)])
    assert result.exit_code == 3
    assert result.stderr == f"error: port {port} on 127.0.0.1 is busy (Label Studio would silently move to {port + 1}); pass a free --port\n"
