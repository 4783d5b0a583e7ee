"""Label Studio on PostgreSQL (`annotate labelstudio start --db postgres`), against a real PostgreSQL
from the system's packages started here (initdb in a temp dir, a free port on 127.0.0.1, password
auth), and the concurrent-writers test of test_rel_concurrent_writers.py re-run on it: another writer
holds a lock on the task table while push imports, and no prediction is lost.

Skipped with one reason line where PostgreSQL is not installed, except under CI
(ANNOTATE_REQUIRE_CORPORA=1 or CI set; .ci/run installs it), where that fails.
"""

from __future__ import annotations

import glob
import json
import os
import pwd
import shutil
import signal
import stat
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pytest
from conftest import REQUIRE_CORPORA, SEEDS
from ls_server import LiveServer
from test_rel_concurrent_writers import HOLD_S, MODEL_VERSION, TARGETS, Predictor
from typer.testing import CliRunner

from annotate.cli import app
from annotate.labelstudio import server
from annotate.labelstudio.push import push_statements

pytestmark = pytest.mark.labelstudio
PG_USER = "annotate"
PG_DB = "labelstudio"


def postgres_bin() -> Optional[Path]:
    """The folder of initdb/postgres/psql: on PATH, else Debian's /usr/lib/postgresql/<version>/bin (newest)."""
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).resolve().parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(found[-1]).parent if found else None


def need_postgres() -> Path:
    found = postgres_bin()
    if found is None:
        reason = "PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin): apt-get install postgresql"
        if REQUIRE_CORPORA or os.environ.get("CI"):
            pytest.fail(f"{reason} (CI must run this test; .ci/run installs it)", pytrace=False)
        pytest.skip(reason)
    return found


@dataclass
class Postgres:
    bin: Path
    port: int
    password: str
    process: subprocess.Popen

    def env(self) -> dict[str, str]:
        return {
            "POSTGRE_NAME": PG_DB, "POSTGRE_USER": PG_USER, "POSTGRE_PASSWORD": self.password,
            "POSTGRE_HOST": "127.0.0.1", "POSTGRE_PORT": str(self.port),
        }

    def psql_args(self, sql: str, database: str = PG_DB) -> list[str]:
        return [str(self.bin / "psql"), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(self.port), "-U", PG_USER, "-d", database, "-c", sql]

    def psql_env(self) -> dict[str, str]:
        return dict(os.environ, PGPASSWORD=self.password, PGCONNECT_TIMEOUT="10")

    def query(self, sql: str, database: str = PG_DB) -> str:
        done = subprocess.run(self.psql_args(sql, database), env=self.psql_env(), capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()


def _as_owner() -> dict:
    """As root, PostgreSQL refuses to run: run it as the `postgres` user (or nobody)."""
    if os.geteuid() != 0:
        return {}
    for name in ("postgres", "nobody"):
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        return {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
    pytest.fail("running as root and there is no postgres or nobody user to run PostgreSQL as", pytrace=False)


@pytest.fixture(scope="module")
def postgres() -> Postgres:
    bindir = need_postgres()
    owner = _as_owner()
    base = Path(tempfile.mkdtemp(prefix="annotate-pg-"))  # not under pytest's 0700 root-owned tmp: the owner must reach it
    password = server.secrets.token_urlsafe(16)
    (base / "pw").write_text(password + "\n")
    if owner:
        for path in (base, base / "pw"):
            os.chown(path, owner["user"], owner["group"])
    os.chmod(base, 0o700)
    data, sockets = base / "data", base / "sockets"
    subprocess.run(
        [str(bindir / "initdb"), "-D", str(data), "-U", PG_USER, "-A", "scram-sha-256", f"--pwfile={base / 'pw'}", "-E", "UTF8", "--locale=C", "--no-sync"],
        check=True, capture_output=True, cwd=base, timeout=300, **owner,
    )
    (base / "pw").unlink()
    subprocess.run(["mkdir", str(sockets)], check=True, cwd=base, **owner)
    port = server.free_port()
    log = open(base / "postgres.log", "w")
    os.chown(base / "postgres.log", owner["user"], owner["group"]) if owner else None
    process = subprocess.Popen(
        [str(bindir / "postgres"), "-D", str(data), "-p", str(port), "-k", str(sockets), "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"],
        stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=base, start_new_session=True, **owner,
    )
    pg = Postgres(bindir, port, password, process)
    try:
        deadline = time.monotonic() + 120
        while subprocess.run([str(bindir / "pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(port)], timeout=30).returncode != 0:
            assert process.poll() is None, f"PostgreSQL exited: {(base / 'postgres.log').read_text()[-500:]}"
            assert time.monotonic() < deadline, "PostgreSQL did not accept connections within 120 s"
            time.sleep(0.3)
        pg.query(f"CREATE DATABASE {PG_DB}", database="postgres")
        yield pg
    finally:
        process.send_signal(signal.SIGINT)  # fast shutdown (SIGTERM would wait for clients)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="module")
def pg_server(postgres, tmp_path_factory) -> LiveServer:
    """Label Studio started by the CLI on the PostgreSQL above (first start: migrations into it)."""
    data_dir = tmp_path_factory.mktemp("ls-postgres") / "data"
    port = server.free_port()
    result = CliRunner().invoke(
        app, ["labelstudio", "start", "--db", "postgres", "--port", str(port), "--data-dir", str(data_dir), "--timeout", "900"], env=postgres.env()
    )
    try:
        assert result.exit_code == 0, result.stderr + result.stdout
        assert f"on the PostgreSQL database '{PG_DB}' as '{PG_USER}' at 127.0.0.1:{postgres.port}" in result.stderr
        credentials = server.read_credentials(data_dir)
        yield LiveServer(credentials.url, credentials.api_key.get_secret_value(), credentials.email, data_dir)
    finally:
        server.stop(data_dir)


def test_start_on_postgres_keeps_nothing_in_sqlite_and_restarts_without_the_variables(postgres, pg_server, monkeypatch):
    data_dir = pg_server.data_dir
    assert not (data_dir / server.SQLITE_NAME).exists()
    assert stat.S_IMODE((data_dir / server.DATABASE_FILE).stat().st_mode) == 0o600
    recorded = json.loads((data_dir / server.DATABASE_FILE).read_text())
    assert {k: recorded[k] for k in ("name", "user", "host", "port")} == {"name": PG_DB, "user": PG_USER, "host": "127.0.0.1", "port": postgres.port}
    assert postgres.query("SELECT email FROM htx_user") == pg_server.email  # the admin lives in PostgreSQL

    for name in server.POSTGRES_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    port = int(pg_server.url.rsplit(":", 1)[1])
    assert CliRunner().invoke(app, ["labelstudio", "stop", "--data-dir", str(data_dir)]).exit_code == 0
    again = CliRunner().invoke(app, ["labelstudio", "start", "--port", str(port), "--data-dir", str(data_dir)])
    assert again.exit_code == 0, again.stderr
    assert "(restart) on the PostgreSQL database" in again.stderr
    assert server.token_accepted(pg_server.url, pg_server.api_key)  # same admin and token: same database
    assert not (data_dir / server.SQLITE_NAME).exists()

    refused = CliRunner().invoke(app, ["labelstudio", "start", "--db", "sqlite", "--data-dir", str(data_dir)])
    assert refused.exit_code == 2
    assert refused.stderr.strip() == (
        f"error: {data_dir.resolve()} runs on the PostgreSQL database '{PG_DB}' as '{PG_USER}' at 127.0.0.1:{postgres.port} "
        f"({server.DATABASE_FILE}); drop --db sqlite or use another --data-dir"
    )


def test_postgres_settings_are_checked_before_the_server_starts(postgres, tmp_path):
    data_dir = tmp_path / "data"
    missing = CliRunner().invoke(app, ["labelstudio", "start", "--db", "postgres", "--data-dir", str(data_dir)], env={n: "" for n in server.POSTGRES_VARIABLES})
    assert missing.exit_code == 2
    assert missing.stderr.strip() == (
        "error: --db postgres needs POSTGRE_NAME, POSTGRE_USER, POSTGRE_HOST in the environment "
        "(and POSTGRE_PASSWORD, POSTGRE_PORT if not 5432); set them to the database you provide"
    )
    wrong = CliRunner().invoke(
        app, ["labelstudio", "start", "--db", "postgres", "--data-dir", str(data_dir), "--port", str(server.free_port())],
        env=postgres.env() | {"POSTGRE_PASSWORD": "not-the-password"},
    )
    assert wrong.exit_code == 3
    line = wrong.stderr.strip()
    assert line.startswith(f"error: cannot connect to the PostgreSQL database '{PG_DB}' as '{PG_USER}' at 127.0.0.1:{postgres.port} (")
    assert "password authentication failed" in line and line.endswith("); check the POSTGRE_* variables and that the server runs")
    assert not data_dir.exists()  # nothing started, nothing written


class TableLockedClient:
    """The real client; another writer (psql) holds a lock on the task table while each import is sent."""

    def __init__(self, client, postgres: Postgres) -> None:
        self.client = client
        self.postgres = postgres
        self.waits: list[float] = []

    def __getattr__(self, name):
        return getattr(self.client, name)

    def import_tasks(self, project_id, tasks):
        holder = subprocess.Popen(
            self.postgres.psql_args(f"BEGIN; LOCK TABLE task IN SHARE ROW EXCLUSIVE MODE; SELECT pg_sleep({HOLD_S}); COMMIT;"),
            env=self.postgres.psql_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        granted = "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'task' AND l.mode = 'ShareRowExclusiveLock' AND l.granted"
        deadline = time.monotonic() + 60
        while self.postgres.query(granted) != "1":
            assert holder.poll() is None and time.monotonic() < deadline, "the other writer never took the lock"
            time.sleep(0.05)
        started = time.monotonic()
        try:
            return self.client.import_tasks(project_id, tasks)
        finally:
            self.waits.append(time.monotonic() - started)
            assert holder.wait(timeout=120) == 0, holder.stderr.read()


@pytest.fixture(scope="module")
def statements():
    from annotate.extract import Extractor
    from annotate.readers import iter_articles

    return [s for s in Extractor().extract_many(iter_articles([SEEDS])) if s.content is not None]


def test_concurrent_writers_on_postgres_lose_no_prediction(postgres, pg_server, statements):
    title = "Locked writers on PostgreSQL"
    plain = pg_server.client(timeout=180)
    push_statements(statements[:1], TARGETS[:1], title, None, client=plain)  # the project exists before the lock
    client = TableLockedClient(plain, postgres)
    report = push_statements(statements, TARGETS, title, Predictor(), client=client, batch_size=5000)
    wanted = len(statements) * len(TARGETS)
    assert client.waits and min(client.waits) >= HOLD_S * 0.8, f"the import did not wait for the other writer: {client.waits}"
    assert report.tasks_created == wanted - 1
    tasks = plain.tasks_by_key(plain.find_project(title).id)
    assert len(tasks) == wanted
    bare = [key for key, refs in tasks.items() if MODEL_VERSION not in refs[0].model_versions.split(",")]
    assert bare == []
    assert report.predictions_added == wanted
    assert report.predictions_repaired == 0  # PostgreSQL waits for the lock; nothing is retried, nothing dropped
    assert not any("without their prediction" in warning for warning in report.warnings)

    # and two pushes at once (new targets), each with its predictions
    errors: list[BaseException] = []

    def push(target):
        try:
            push_statements(statements, [target], title, Predictor(), client=pg_server.client(timeout=180))
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=push, args=(f"Concurrent claim {n}",)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    assert errors == []
    tasks = plain.tasks_by_key(plain.find_project(title).id)
    assert len(tasks) == wanted + 2 * len(statements)
    assert [key for key, refs in tasks.items() if MODEL_VERSION not in refs[0].model_versions.split(",")] == []
