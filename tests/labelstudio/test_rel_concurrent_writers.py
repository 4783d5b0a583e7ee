"""Predictions are not silently lost when another writer holds the SQLite database (real server).

Label Studio 1.23.2 on SQLite answers a write that hit "database is locked" by retrying the request,
and the retried import has already lost its ``predictions`` (the serializer popped them): the tasks
land without pre-annotations and the import still answers 201. Here a second writer holds the
server's database (a real SQLite write transaction on its file) while push imports; push must find
the tasks that arrived bare, add their predictions again and report what the server holds.
"""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from conftest import SEEDS

from annotate.labelstudio.client import Client
from annotate.labelstudio.push import push_statements
from annotate.records import FieldPrediction, Prediction

pytestmark = pytest.mark.labelstudio
MODEL_VERSION = "lock-test-1"
TARGETS = ["The claim", "Another claim", "A third claim", "A fourth claim"]
HOLD_S = 7.0  # longer than SQLite's 5 s busy timeout in Label Studio, so its first attempt fails


class Predictor:
    model_version = MODEL_VERSION

    def predict(self, items):
        return [
            Prediction(
                statement_id=item.statement_id, target=item.target, model_version=self.model_version,
                stance=FieldPrediction(label="support", score=0.7, probabilities={"support": 0.7, "oppose": 0.3}),
                certainty=FieldPrediction(label="hedged", score=0.6, probabilities={"hedged": 0.6, "certain": 0.4}),
            )
            for item in items
        ]


def lock_after_next_write(database, seconds: float) -> threading.Event:
    """Another writer: once the server has written the user's last activity (the first write of every
    POST, in its middleware), a thread takes the database's write lock and holds it for ``seconds``,
    so the import view itself meets the lock."""
    taken = threading.Event()
    ready = threading.Event()

    def run():
        connection = sqlite3.connect(database, timeout=30, isolation_level=None)
        try:
            before = connection.execute("SELECT max(last_activity) FROM htx_user").fetchone()
            ready.set()
            deadline = time.monotonic() + 60
            while connection.execute("SELECT max(last_activity) FROM htx_user").fetchone() == before:
                if time.monotonic() > deadline:
                    return
                time.sleep(0.002)
            connection.execute("BEGIN IMMEDIATE")
            taken.set()
            time.sleep(seconds)
            connection.execute("ROLLBACK")
        finally:
            connection.close()

    threading.Thread(target=run, daemon=True).start()
    assert ready.wait(30)
    return taken


class ContendedClient(Client):
    """The real client; another writer takes the database while each import is being handled."""

    def __init__(self, connection, database, timeout=180.0):
        super().__init__(connection, timeout=timeout)
        self.database = database
        self.locks: list[threading.Event] = []

    def import_tasks(self, project_id, tasks):
        self.locks.append(lock_after_next_write(self.database, HOLD_S))
        return super().import_tasks(project_id, tasks)


@pytest.fixture(scope="module")
def statements():
    from annotate.extract import Extractor
    from annotate.readers import iter_articles

    return [s for s in Extractor().extract_many(iter_articles([SEEDS])) if s.content is not None]


def test_push_under_a_locked_database_restores_dropped_predictions(ls_server, statements):
    database = ls_server.data_dir / "label_studio.sqlite3"
    assert database.is_file()
    title = "Locked writers"
    plain = ls_server.client()
    push_statements(statements[:1], TARGETS[:1], title, None, client=plain, layout="pair")  # the project exists before the lock; pair layout: 4 tasks a statement, more writes to contend
    client = ContendedClient(plain.connection, database)
    report = push_statements(statements, TARGETS, title, Predictor(), client=client, batch_size=5000, layout="pair")
    wanted = len(statements) * len(TARGETS)
    assert client.locks and all(lock.is_set() for lock in client.locks), "the other writer never took the lock"
    assert report.tasks_created == wanted - 1
    tasks = plain.tasks_by_key(plain.find_project(title).id)
    bare = [key for key, refs in tasks.items() if MODEL_VERSION not in refs[0].model_versions.split(",")]
    assert bare == []
    assert report.predictions_added == wanted
    assert report.predictions_repaired > 0, "the lock did not make Label Studio drop predictions: the test reproduces nothing"
    assert any("without their prediction" in warning for warning in report.warnings)
