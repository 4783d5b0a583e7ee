"""Projects are never duplicated by a title's spaces or by two first pushes at once; --update-config
never drops a label annotations use; pull keeps a project with an unknown label, cleans up after a
killed pull and publishes a snapshot only together with its tables (real Label Studio)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pandas as pd
import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from annotate.cli import app
from annotate.labelstudio.client import Client
from annotate.labelstudio.config import labeling_config
from annotate.labelstudio.pull import publish_new, pull_project
from annotate.labelstudio.push import push_statements
from annotate.labelstudio.tasks import task_data
from annotate.output import write_jsonl

pytestmark = [
    pytest.mark.labelstudio,
    pytest.mark.filterwarnings("ignore:The `parse_obj` method is deprecated:DeprecationWarning"),
]
runner = CliRunner()
OFFTOPIC = '    <Choice value="unrelated" hotkey="4" hint="The statement is not about the target claim." />\n'


@pytest.fixture(scope="module")
def statements():
    from annotate.extract import Extractor
    from annotate.readers import iter_articles

    return [s for s in Extractor().extract_many(iter_articles(sorted(SEEDS.glob("*.txt"))[:2])) if s.content is not None]


@pytest.fixture(scope="module")
def statements_file(statements, tmp_path_factory):
    path = tmp_path_factory.mktemp("rel") / "statements.jsonl"
    write_jsonl(statements, path)
    return path


def titled(client, title):
    return [p for p in client.sdk.projects.list(page_size=100) if p.title == title]


def test_a_title_with_spaces_is_the_same_project(ls_env, statements_file, tmp_path):
    for title in ("Space story ", "Space story", "  Space story"):
        result = runner.invoke(app, ["push", str(statements_file), "--project", title, "--target", "claim", "--no-predictions", "-q"])
        assert result.exit_code == 0, result.output
    assert len(titled(ls_env.client(), "Space story")) == 1
    pulled = runner.invoke(app, ["pull", "--project", "Space story ", "--out-dir", str(tmp_path), "-q"])
    assert pulled.exit_code == 0, pulled.output


def test_a_blank_title_is_refused_and_creates_nothing(ls_env, statements_file):
    before = len(list(ls_env.client().sdk.projects.list(page_size=100)))
    result = runner.invoke(app, ["push", str(statements_file), "--project", "     ", "--target", "claim", "--no-predictions"])
    assert result.exit_code == 2
    assert result.stderr == "error: --project '     ' is blank; give the project a title\n"
    assert len(list(ls_env.client().sdk.projects.list(page_size=100))) == before


class RacingClient(Client):
    """The real client; both racers reach create_project before either has created."""

    barrier = threading.Barrier(2, timeout=60)
    deleted: list[int] = []

    def create_project(self, *args, **kwargs):
        self.barrier.wait()
        return super().create_project(*args, **kwargs)

    def delete_project(self, project_id, missing_ok=False):
        self.deleted.append(project_id)
        return super().delete_project(project_id, missing_ok=missing_ok)


def test_two_simultaneous_first_pushes_make_one_project(ls_server, statements):
    reports, errors = [], []

    def push():
        try:
            client = RacingClient(ls_server.client().connection)
            reports.append(push_statements(statements, ["claim"], "Concurrent 1", None, client=client))
        except Exception as err:  # noqa: BLE001 - reported by the assertion below
            errors.append(err)

    threads = [threading.Thread(target=push) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == [] and len(reports) == 2
    client = ls_server.client()
    projects = titled(client, "Concurrent 1")
    assert len(projects) == 1
    assert {r.project_id for r in reports} == {projects[0].id}
    # No project is deleted (renamed instead): Label Studio 1.23 disconnects every model signal process-wide
    # while it deletes a project, and two overlapping deletes left the server without signals (no ML-backend
    # webhooks, annotated tasks never counted as labelled) until it restarted.
    assert RacingClient.deleted == []
    task = next(iter(client.sdk.tasks.list(project=projects[0].id, page_size=1)))
    client.create_annotation(task.id, [{"from_name": "stance", "to_name": "statement", "type": "choices", "value": {"choices": ["neutral"]}}])
    assert client.sdk.tasks.get(task.id).is_labeled  # the server's signals still run
    # Both imported into the one project; the next push removes the unannotated duplicates.
    again = push_statements(statements, ["claim"], "Concurrent 1", None, client=client)
    assert again.tasks_created == 0
    assert sum(len(refs) for refs in client.tasks_by_key(projects[0].id).values()) == len(statements)


class OrphaningClient(Client):
    """The real client; between this push's lookup and its creation another push creates the
    project, and Label Studio's locked-database middleware re-runs the creation request, leaving
    an orphaned project that no caller is given (what failed CI once: two projects kept the title)."""

    def create_project(self, *args, **kwargs):
        self.other = super().create_project(*args, **kwargs)
        self.orphan = super().create_project(*args, **kwargs)
        return super().create_project(*args, **kwargs)


def test_an_orphan_of_a_rerun_creation_is_renamed_too(ls_server, statements):
    client = OrphaningClient(ls_server.client().connection)
    report = push_statements(statements, ["claim"], "Orphaned story", None, client=client)
    projects = titled(client, "Orphaned story")
    assert [p.id for p in projects] == [client.other.id] == [report.project_id]
    assert client.sdk.projects.get(client.orphan.id).title == f"Orphaned story (empty duplicate {client.orphan.id})"
    assert sum(len(refs) for refs in client.tasks_by_key(client.other.id).values()) == len(statements)


def annotate_offtopic(client, title, statements):
    """A project whose config had stance 'offtopic' and one task annotated with it."""
    ours = labeling_config()
    extra = ours.replace(OFFTOPIC, OFFTOPIC + '    <Choice value="offtopic" />\n')
    assert extra != ours
    project = client.create_project(title, extra)
    client.import_tasks(project.id, [{"data": task_data(s, "claim")} for s in statements[:3]])
    task = next(iter(client.sdk.tasks.list(project=project.id, page_size=10)))
    result = [{"from_name": "stance", "to_name": "statement", "type": "choices", "value": {"choices": ["offtopic"]}}]
    client.create_annotation(task.id, result, completed_by=client.whoami().id)
    return project


def test_update_config_refuses_to_drop_a_label_annotations_use(ls_env, statements, statements_file):
    client = ls_env.client()
    project = annotate_offtopic(client, "Offtopic used", statements)
    before = client.get_project(project.id).label_config
    result = runner.invoke(app, ["push", str(statements_file), "--project", "Offtopic used", "--target", "claim", "--update-config", "--no-predictions"])
    assert result.exit_code == 3
    assert result.stderr == (
        "error: --update-config would remove what annotations of 'Offtopic used' use: stance label 'offtopic' (1 annotations); "
        "keep those labels in schemas/label_schema.json, or relabel those annotations first\n"
    )
    assert client.get_project(project.id).label_config == before


def test_pull_keeps_a_project_with_an_unknown_label(ls_env, statements, tmp_path):
    client = ls_env.client()
    project = annotate_offtopic(client, "Offtopic dropped", statements)
    client.update_project(project.id, label_config=labeling_config())  # what an unchecked config change left
    result = runner.invoke(app, ["pull", "--project", "Offtopic dropped", "--out-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: stance label 'offtopic' is not in the label schema (1 results); kept as given: "
        "add it to schemas/label_schema.json or relabel those tasks"
    ]
    table = pd.read_csv(next(tmp_path.glob("*[0-9]Z.csv")))
    assert list(table["stance"]) == ["offtopic"]
    assert len(list(tmp_path.glob("*.json"))) == 1


def test_pull_removes_a_killed_pulls_temp_files_and_writes_no_lone_snapshot(ls_env, tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    leftover = tmp_path / f".space-story-20300101T000000Z.{dead.pid}.abcd.tmp"
    leftover.write_bytes(b"x" * 1000)
    mine = tmp_path / f".space-story-20300101T000000Z.{os.getpid()}.abcd.tmp"  # a live pull's: kept
    mine.write_bytes(b"y")
    result = runner.invoke(app, ["pull", "--project", "Space story", "--out-dir", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    assert not leftover.exists()
    names = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))
    stem = next(name for name in names if name.endswith(".json")).removesuffix(".json")
    assert names == sorted([f"{stem}.json", f"{stem}.csv", f"{stem}.parquet", f"{stem}-by-statement.csv", f"{stem}-attributions.jsonl"])


def test_a_taken_snapshot_name_moves_all_parts_together(tmp_path):
    (tmp_path / "p-1.json").write_bytes(b"theirs")
    paths = publish_new(tmp_path, "p-1", [(".csv", b"a"), (".parquet", b"b"), (".json", b"mine")])
    assert [p.name for p in paths] == ["p-1-2.csv", "p-1-2.parquet", "p-1-2.json"]
    assert not (tmp_path / "p-1.csv").exists() and (tmp_path / "p-1.json").read_bytes() == b"theirs"
    assert not list(tmp_path.glob(".*.tmp"))


def test_pull_out_dir_that_cannot_be_a_folder_fails_before_exporting(ls_env, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    for out_dir in (blocker / "sub",):  # a folder under a file: click's file_okay check cannot see it
        result = runner.invoke(app, ["pull", "--project", "Space story", "--out-dir", str(out_dir)])
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith(f"error: --out-dir {out_dir}: ") and result.stderr.count("\n") == 1
