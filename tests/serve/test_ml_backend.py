"""`annotate serve` as Label Studio's ML backend: the REAL Label Studio of the session fixture and a real backend
process on a free port (no mocks). The tests run in order on one project: connect, predict, retrain, crash."""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEEDS, SEEDS_GOLD

from annotate.classify import load_predictor
from annotate.classify.rules import RulePredictor
from annotate.classify.store import current_version, read_metadata
from annotate.labelstudio import server
from annotate.labelstudio.push import push_statements
from annotate.labelstudio.layout import task_items
from annotate.schema import load_schema
from annotate.serve import process

pytestmark = [
    pytest.mark.labelstudio,
    pytest.mark.filterwarnings("ignore:The `parse_obj` method is deprecated:DeprecationWarning"),
]
PROJECT = "ML backend loop"


class Backend:
    """One `annotate serve` process (foreground mode, as a user runs it), stopped by its pid."""

    def __init__(self, ls, work: Path, port: int) -> None:
        self.ls, self.work, self.port = ls, work, port
        self.url = f"http://127.0.0.1:{port}"
        self.model_dir = work / "models" / "loop"
        self.log = work / "serve.log"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("LABEL_STUDIO_")}
        command = [
            sys.executable, "-m", "annotate.serve", "--project", PROJECT, "--port", str(self.port),
            "--model-dir", str(self.model_dir), "--data-dir", str(self.ls.data_dir), "--annotations-dir", str(self.work / "pulls"),
            "--retrain-after", "5", "--quiet-seconds", "2",
        ]
        with open(self.log, "a") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        self.wait(lambda h: h is not None, 120, "answering")

    def health(self) -> dict | None:
        return process.health(self.url, timeout=2.0)

    def wait(self, condition, timeout: float, what: str) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"backend exited ({self.process.returncode}): {self.log.read_text()[-2000:]}"
            state = self.health()
            if condition(state):
                return state
            time.sleep(0.1)
        pytest.fail(f"backend not {what} within {timeout} s: {self.health()}; log: {self.log.read_text()[-2000:]}")

    def stop(self, sig=signal.SIGTERM) -> int:
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else 0
        os.kill(self.process.pid, sig)
        return self.process.wait(timeout=60)


@pytest.fixture(scope="module")
def loop(ls_server, tmp_path_factory, gold_targets):
    from annotate.extract import Extractor
    from annotate.readers import iter_articles

    work = tmp_path_factory.mktemp("serve")
    client = ls_server.client()
    statements = [s for s in Extractor().extract_many(iter_articles([SEEDS])) if s.content is not None]
    report = push_statements(statements, gold_targets, PROJECT, None, client=client)  # as `annotate push --no-predictions`
    assert report.tasks_created > 40 and report.predictions_added == 0
    backend = Backend(ls_server, work, server.free_port())
    backend.start()
    yield backend, client, report.project_id
    backend.stop()


def as_dict(obj) -> dict:
    return obj if isinstance(obj, dict) else obj.dict()


def project_tasks(client, project_id):
    return list(client.sdk.tasks.list(project=project_id, fields="all", page_size=1000))


def test_the_backend_registers_itself_with_the_project(loop):
    backend, client, project_id = loop
    deadline = time.monotonic() + 60
    while "connected to project" not in backend.log.read_text() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert f"connected to project '{PROJECT}' on {client.url} as its ML backend 'annotate' (rules-1)" in backend.log.read_text()
    backends = list(client.sdk.ml.list(project=project_id))
    assert [b.url for b in backends] == [backend.url]
    assert backends[0].is_interactive is True and backends[0].model_version == "rules-1"  # from /setup
    project = client.get_project(project_id)
    assert project.model_version == process.BACKEND_TITLE  # Label Studio 1.23 selects a live model by its title
    webhooks = [w.url for w in client.sdk.webhooks.list(project=str(project_id))]
    assert f"{backend.url}/webhook" in webhooks


def test_the_backend_ranks_tasks_pushed_without_predictions_for_the_least_confident_first_tab(loop):
    from annotate.labelstudio.ranking import RANK_KEY, RANKED_BY_KEY, find_view

    backend, client, project_id = loop
    # The start-up job (a retraining, skipped without labels, then the re-ranking) has run.
    backend.wait(lambda h: h and h["trainings"] >= 1 and not h["training"], 300, "done with its start-up job")
    ranks = [data.get(RANK_KEY) for _, data in client.iter_task_data(project_id)]
    assert all(isinstance(rank, int) for rank in ranks), backend.log.read_text()[-2000:]
    assert sorted(ranks) == list(range(1, len(ranks) + 1))
    view = find_view(client, project_id)
    assert view is not None and view.data[RANKED_BY_KEY] == "rules-1"
    assert f"re-ranked {len(ranks)} tasks of '{PROJECT}' by rules-1" in backend.log.read_text()
    listed = client.task_ids_in_view(project_id, view.id)
    rank_of = {ref.id: data[RANK_KEY] for ref, data in client.iter_task_data(project_id)}
    assert [rank_of[task_id] for task_id in listed] == list(range(1, len(ranks) + 1))


def test_tasks_pushed_without_predictions_get_them_through_label_studio(loop):
    backend, client, project_id = loop
    client.sdk.actions.create(id="retrieve_tasks_predictions", project=project_id, selected_items={"all": True, "excluded": []})
    tasks = project_tasks(client, project_id)
    schema = load_schema()
    rules = RulePredictor()
    for task in tasks:
        # One task per statement: the backend predicts each asked target's stance and the statement's certainty.
        controls = list(task.data["target_controls"])
        want = rules.predict([item for _, item in task_items(task.data, kind=task.data.get("kind"))])
        assert len(controls) == len(want) == 2
        assert len(task.predictions) == 1, task.id
        prediction = as_dict(task.predictions[0])
        assert prediction["model_version"] == "rules-1"
        shown = {r["from_name"]: r for r in prediction["result"] if r["type"] == "choices"}
        # The extractor's spans of the task's data come back as regions of the context, at their offsets.
        regions = [r["value"] for r in prediction["result"] if r["type"] == "labels"]
        assert [(v["start"], v["end"], v["text"]) for v in regions] == [
            (s["start"], s["end"], s["text"]) for s in task.data["extracted_spans"] if s["field"] != "resolves_to"
        ]
        assert all(task.data["context"][v["start"]:v["end"]] == v["text"] for v in regions) and regions
        # Each task got ITS prediction (results in task order): the labels and scores the rules give that task.
        for control, wanted in zip(controls, want):
            assert shown[control]["value"]["choices"] == [wanted.stance.label]
            assert shown[control]["score"] == pytest.approx(wanted.stance.score)
        assert shown["certainty"]["value"]["choices"] == [want[0].certainty.label]
        assert shown["attribution"]["value"]["choices"] == ["correct"]
        assert set(shown) == {*controls, "certainty", "attribution"}
        scores = [w.stance.score for w in want] + [want[0].certainty.score]
        assert prediction["score"] == pytest.approx(sum(scores) / len(scores), abs=1e-4)
    assert {schema.object.name, schema.spans.to_name} == {r["to_name"] for t in tasks for r in as_dict(t.predictions[0])["result"]}


def gold_labels() -> dict[tuple[str, str], dict]:
    records = [json.loads(line) for line in SEEDS_GOLD.read_text().splitlines() if line.strip()]
    from annotate.records import statement_id

    return {
        (statement_id(Path(r["doc"]).stem, r["content_start"], r["content_end"]), r["target"]): {"stance": r["stance"], "certainty": r["certainty"]}
        for r in records
    }


def annotate_tasks(client, tasks, labels) -> int:
    """Annotate every task the gold labels for some target (each gold target's stance, the first one's
    certainty); return the number of (statement, target) rows these annotations give."""
    schema = load_schema()
    done = 0
    for task in tasks:
        controls = task.data["target_controls"]
        wanted = {control: labels.get((task.data["statement_id"], claim)) for control, claim in controls.items()}
        known = [w for w in wanted.values() if w is not None]
        if not known:
            continue
        chosen = {control: w["stance"] for control, w in wanted.items() if w is not None}
        chosen["certainty"] = known[0]["certainty"]
        result = [
            {"from_name": name, "to_name": schema.object.name, "type": "choices", "value": {"choices": [value]}}
            for name, value in chosen.items()
        ]
        client.create_annotation(task.id, result=result)
        done += len(controls)
    return done


def training_children(backend) -> list[int]:
    """Pids of the running `annotate.serve.retrain` children of this backend (read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:  # the process ended while we looked
            continue
        if b"annotate.serve.retrain" in argv and any(str(backend.model_dir).encode() in arg for arg in argv):
            found.append(int(entry.name))
    return found


def newest(backend) -> Path | None:
    versions = sorted(p for p in backend.model_dir.iterdir() if p.is_dir() and not p.name.startswith(".")) if backend.model_dir.is_dir() else []
    return versions[-1] if versions else None


def test_annotations_trigger_a_retraining_and_the_gate_decides(loop):
    backend, client, project_id = loop
    tasks = project_tasks(client, project_id)
    labels = gold_labels()
    done = annotate_tasks(client, tasks, labels)
    assert done >= 30  # the seeds' statements the extractor finds with the gold's exact spans

    def trained_on_all(health) -> bool:
        # Retraining starts after 5 annotations, so a first version may cover only part of them; wait for one on all.
        return bool(health and not health["training"] and not health["pending"] and newest(backend) is not None
                    and read_metadata(newest(backend)).training_data.examples == done)

    state = backend.wait(trained_on_all, 300, "done retraining on every annotation")
    metadata = read_metadata(newest(backend))
    assert metadata.training_data.source.startswith("ml-backend-loop-") and "(project 'ML backend loop')" in metadata.training_data.source
    gate = metadata.fields["stance"].gate
    assert gate is not None and gate.baseline == "rules-1"
    assert (metadata.version in metadata.fields["stance"].served_by) == gate.promoted
    log = backend.log.read_text()
    assert f"trained {metadata.version}" in log and gate.reason in log


def test_a_webhook_is_answered_at_once_while_a_training_runs_and_a_crash_mid_training_breaks_nothing(loop):
    backend, client, project_id = loop
    before = current_version(backend.model_dir)
    versions_before = {p.name for p in backend.model_dir.iterdir() if not p.name.startswith(".")}
    # Change labels: every stance-labelled annotation of the first 5 tasks is updated through the API (5 webhooks).
    annotated = [t for t in project_tasks(client, project_id) if t.annotations][:5]
    for task in annotated:
        annotation = as_dict(task.annotations[0])
        result = [r for r in annotation["result"] if r["from_name"] != "stance_1"]
        result.append({"from_name": "stance_1", "to_name": load_schema().object.name, "type": "choices", "value": {"choices": ["unrelated"]}})
        client.sdk.annotations.update(annotation["id"], result=result)
    backend.wait(lambda h: h and h["training"], 120, "training")
    payload = {"action": "ANNOTATION_UPDATED", "project": {"id": project_id, "title": PROJECT}}
    timings = []
    for _ in range(5):
        # A new connection per call, as Label Studio makes (timed with http.client: creating an httpx client alone
        # loads the CA bundle, ~200 ms on this machine, before any request is sent).
        started = time.perf_counter()
        connection = http.client.HTTPConnection("127.0.0.1", backend.port, timeout=5)
        connection.request("POST", "/webhook", body=json.dumps(payload), headers={"Content-Type": "application/json"})
        answer = json.loads(connection.getresponse().read())
        timings.append(time.perf_counter() - started)
        connection.close()
        assert answer == {"status": "queued", "action": "ANNOTATION_UPDATED"}
    assert backend.health()["training"] is True  # the timings were taken during the training
    assert sorted(timings)[2] < 0.1, timings  # median under 100 ms

    # Killed mid-training: the training child dies with it, `current` still names a loadable model (or none),
    # nothing half-written is visible.
    children = training_children(backend)
    assert len(children) == 1, children
    assert backend.stop(signal.SIGKILL) == -signal.SIGKILL
    deadline = time.monotonic() + 5  # SIGKILL is at once; a training left alone runs on for 10 s or more
    while training_children(backend) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert training_children(backend) == [], "the training child outlived its backend"
    assert current_version(backend.model_dir) == before
    load_predictor(backend.model_dir, rules_if_missing=True)  # loads (the rules when nothing was promoted)
    assert {p.name for p in backend.model_dir.iterdir() if not p.name.startswith(".")} == versions_before

    # Restarted, it retrains from the current annotations (the queued events died with it).
    backend.start()
    state = backend.wait(lambda h: h and h["trainings"] >= 1 and not h["training"], 300, "done retraining after restart")
    new = {p.name for p in backend.model_dir.iterdir() if not p.name.startswith(".")} - versions_before - {"current"}
    assert len(new) == 1, state
    assert f"trained {new.pop()}" in backend.log.read_text()
    load_predictor(backend.model_dir, rules_if_missing=True)
