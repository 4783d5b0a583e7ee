"""`--engine dask`: a real in-process LocalCluster, a real `dask scheduler` + 2 `dask worker`
processes on 127.0.0.1, and a worker killed mid-run. Outputs are compared (sorted) with the
single-process extraction of the same articles.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from scale_corpus import FAIL_ID, FailingExtractor, all_articles, reference_lines, write_partitions
from typer.testing import CliRunner

from annotate.cli import app
from annotate.extract import Extractor
from annotate.scale.dask_engine import SUCCESS, Job, JobFailed, run_dask

distributed = pytest.importorskip("distributed")
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_partitions(tmp_path_factory.mktemp("scale") / "in")


@pytest.fixture(scope="module")
def reference(corpus, extractor) -> list[str]:
    return reference_lines(all_articles(corpus), extractor)


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as connected:
            yield connected


def outputs(out_dir: Path) -> list[str]:
    return sorted(line for path in out_dir.glob("*.jsonl") for line in path.read_text(encoding="utf-8").splitlines(keepends=True))


def test_local_cluster_output_equals_one_process_and_a_rerun_skips_done_partitions(corpus, reference, client, tmp_path):
    out = tmp_path / "out"
    summary = run_dask([str(corpus)], out, Job("extract"), client=client, txt_per_partition=2)
    assert len(summary.partitions) == 7  # 4 record files + 5 seeds in groups of 2
    assert outputs(out) == reference
    manifest = json.loads((out / SUCCESS).read_text(encoding="utf-8"))
    assert manifest["records"] == len(reference)
    assert manifest["articles"] == 12 + 5
    assert sorted(p["output"] for p in manifest["partitions"]) == sorted(p.name for p in out.glob("*.jsonl"))
    # the model loads once per worker, not once per task
    pids = {(p["worker_pid"], p["model_loads"]) for p in summary.partitions}
    assert {loads for _, loads in pids} == {1}

    (out / "part-1.jsonl").unlink()  # lost output: only that partition is done again
    (out / SUCCESS).unlink()
    again = run_dask([str(corpus)], out, Job("extract"), client=client, txt_per_partition=2)
    assert again.skipped == 6
    assert outputs(out) == reference
    assert (out / SUCCESS).is_file()


def test_a_bad_article_in_one_partition_is_reported_and_the_rest_go_on(corpus, reference, client, tmp_path):
    out = tmp_path / "out"
    seen = []

    class Collect:
        quiet = True

        def warn(self, message):
            seen.append(message)

        def info(self, message):
            pass

    summary = run_dask([str(corpus)], out, Job("extract"), client=client, factory=FailingExtractor, console=Collect())
    bad = corpus / "part-1.csv"
    assert seen == [
        f"warning: {bad}: extraction failed on article '{FAIL_ID}' (IndexError: string index out of range), "
        "article skipped; please report it with the article"
    ]
    assert summary.problems == [seen[0].removeprefix("warning: ")]
    assert outputs(out) == [line for line in reference if json.loads(line)["article_id"] != FAIL_ID]
    assert (out / SUCCESS).is_file()


def test_prelabel_on_dask_equals_prelabel_in_one_process(corpus, client, tmp_path):
    target = "The policy will work."
    local = CliRunner().invoke(app, ["prelabel", str(corpus / "part-0.jsonl"), "-t", target, "--workers", "1", "-q"])
    assert local.exit_code == 0, local.stderr
    summary = run_dask([str(corpus / "part-0.jsonl")], tmp_path / "out", Job("prelabel", targets=(target,)), client=client)
    assert summary.records == len(local.stdout.splitlines()) > 10
    assert (tmp_path / "out" / "part-0.jsonl").read_text(encoding="utf-8") == local.stdout


def test_a_missing_input_is_one_line_and_no_output(tmp_path):
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "nope"), "--engine", "dask", "--output-dir", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {tmp_path / 'nope'}: no such file, folder or matching files; check the path or pattern"
    assert not (tmp_path / "out").exists()


# --- a real scheduler and two worker processes ---------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_workers(address: str, count: int, timeout: float = 120) -> None:
    with distributed.Client(address, timeout="30s") as probe:
        probe.wait_for_workers(count, timeout=timeout)


@pytest.fixture
def cluster(tmp_path):
    """`dask scheduler` and 2 `dask worker` processes (each with its nanny) on 127.0.0.1; killed by pid at the end."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path / "logs"
    logs.mkdir()
    procs = [
        subprocess.Popen(
            [str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            stdout=subprocess.DEVNULL, stderr=open(logs / "scheduler.log", "w"),
        )
    ]
    for n in range(2):
        procs.append(
            subprocess.Popen(
                [str(BIN / "dask"), "worker", address, "--host", "127.0.0.1", "--nthreads", "1", "--no-dashboard", "--name", f"w{n}"],
                stdout=subprocess.DEVNULL, stderr=open(logs / f"worker{n}.log", "w"),
            )
        )
    try:
        wait_workers(address, 2)
        yield address
    finally:
        for proc in reversed(procs):
            proc.send_signal(signal.SIGTERM)
        for proc in reversed(procs):
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def test_cli_on_a_real_scheduler_with_two_worker_processes(corpus, reference, cluster, tmp_path):
    out = tmp_path / "out"
    result = subprocess.run(
        [str(BIN / "annotate"), "extract", str(corpus), "--engine", "dask", "--scheduler", cluster, "--output-dir", str(out), "--txt-per-partition", "2"],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == f"{len(reference)} statements from 17 articles in 7 partitions (0 done before) -> {out}"
    assert outputs(out) == reference
    done = [json.loads(p.read_text()) for p in (out / "_parts").glob("*.json")]
    assert len({d["worker_pid"] for d in done}) == 2  # both workers took partitions
    assert {d["model_loads"] for d in done} == {1}


def test_a_worker_killed_mid_run_loses_nothing_and_duplicates_nothing(corpus, reference, cluster, tmp_path):
    out = tmp_path / "out"
    job = subprocess.Popen(
        [str(BIN / "annotate"), "extract", str(corpus), "--engine", "dask", "--scheduler", cluster, "--output-dir", str(out), "--txt-per-partition", "1", "-q"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    killed = None
    with distributed.Client(cluster, timeout="30s") as probe:
        deadline = time.monotonic() + 300
        while killed is None and time.monotonic() < deadline and job.poll() is None:
            busy = [worker for worker, keys in probe.processing().items() if keys]
            if busy and (out / "_parts").is_dir() and any((out / "_parts").iterdir()):
                pid = probe.run(os.getpid, workers=[busy[0]])[busy[0]]
                os.kill(pid, signal.SIGKILL)  # the worker process, mid-task; its nanny starts a new one
                killed = pid
            time.sleep(0.2)
    stdout, stderr = job.communicate(timeout=600)
    assert killed is not None, "the job ended before a worker could be killed mid-task"
    assert job.returncode == 0, stderr
    lines = outputs(out)
    assert len(lines) == len(set(lines))  # no duplicates
    assert lines == reference  # none lost
    manifest = json.loads((out / SUCCESS).read_text(encoding="utf-8"))
    assert manifest["records"] == len(reference) and len(manifest["partitions"]) == 9
