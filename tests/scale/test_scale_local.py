"""`--workers N` on one machine: output identical to one process, streaming, bad articles reported.

The pool workers are real spawned processes that load the real spaCy model.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from scale_corpus import FAIL_ID, FailingExtractor, PidExtractor, synthetic
from typer.testing import CliRunner

from annotate.cli import app
from annotate.extract import Extractor
from annotate.records import Article
from annotate.scale.local import ParallelExtractor


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return [Article(id=r["id"], text=r["text"], outlet=r["outlet"]) for r in synthetic(20)]


@pytest.fixture(scope="module")
def one_process(articles) -> list[str]:
    return [s.model_dump_json() for s in Extractor().extract_many(articles)]


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_two_workers_give_the_one_process_output_in_the_same_order(articles, one_process, method):
    if method == "fork" and not sys.platform.startswith("linux"):
        pytest.skip("workers are forked on Linux only")
    done = []
    pooled = ParallelExtractor(2, chunk_size=4, progress=done.append, method=method)
    got = [s.model_dump_json() for s in pooled.extract_many(articles)]
    assert len(got) > 100
    assert got == one_process
    assert sum(done) == len(articles)  # progress counts every article, across workers


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_forked_workers_start_with_the_model_loaded_once_and_each_extracts_whole_articles(articles, tmp_path, monkeypatch):
    notes = tmp_path / "pids.txt"
    monkeypatch.setenv("ANNOTATE_TEST_PIDS", str(notes))
    got = list(ParallelExtractor(2, chunk_size=4, factory=PidExtractor).extract_many(articles))
    assert len(got) > 100
    lines = [line.split() for line in notes.read_text(encoding="utf-8").splitlines()]
    assert [line for line in lines if line[0] == "load"] == [["load", str(os.getpid())]]  # here, once, not per worker
    extracted_by = {line[1]: line[2] for line in lines if line[0] == "article"}
    assert sorted(extracted_by) == sorted(a.id for a in articles)  # every article parsed and ruled in one worker
    workers = set(extracted_by.values())
    assert 1 <= len(workers) <= 2 and str(os.getpid()) not in workers  # in the workers, never in this process


def test_the_input_is_read_lazily_with_a_bounded_number_of_articles_in_flight(articles):
    pulled = []

    def source():
        for article in articles:
            pulled.append(article.id)
            yield article

    pooled = ParallelExtractor(2, chunk_size=2, in_flight=3)
    stream = pooled.extract_many(source())
    first = next(stream)
    assert first.article_id == articles[0].id
    # head for the small-input check (one chunk per worker = 4 articles) + 3 chunks in flight at most
    assert len(pulled) <= 4 + 3 * 2 < len(articles)
    stream.close()


def test_an_article_the_rules_fail_on_in_a_worker_is_reported_and_the_rest_go_on(articles, one_process):
    problems = []
    pooled = ParallelExtractor(2, chunk_size=4, factory=FailingExtractor)
    got = [s.model_dump_json() for s in pooled.extract_many(articles, problems.append)]
    assert [str(p) for p in problems] == [
        f"{FAIL_ID}: extraction failed on article '{FAIL_ID}' (IndexError: string index out of range), "
        "article skipped; please report it with the article"
    ]
    assert got == [line for line in one_process if json.loads(line)["article_id"] != FAIL_ID]


def _folder(tmp_path: Path, count: int = 20) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    with open(folder / "articles.jsonl", "w", encoding="utf-8") as handle:
        for record in synthetic(count):
            handle.write(json.dumps(record) + "\n")
    return folder


def test_extract_cli_workers_2_writes_the_same_bytes_as_workers_1(tmp_path, one_process):
    folder = _folder(tmp_path)
    one = CliRunner().invoke(app, ["extract", str(folder), "--workers", "1", "-o", str(tmp_path / "w1.jsonl"), "-q"])
    two = CliRunner().invoke(app, ["extract", str(folder), "--workers", "2", "-o", str(tmp_path / "w2.jsonl"), "-q"])
    assert one.exit_code == 0 and two.exit_code == 0, (one.stderr, two.stderr)
    assert (tmp_path / "w2.jsonl").read_bytes() == (tmp_path / "w1.jsonl").read_bytes()
    assert (tmp_path / "w1.jsonl").read_text(encoding="utf-8").splitlines() == one_process


def test_prelabel_cli_workers_2_writes_the_same_bytes_as_workers_1(tmp_path):
    folder = _folder(tmp_path)
    args = ["prelabel", str(folder), "-t", "The policy will work.", "-q"]
    one = CliRunner().invoke(app, [*args, "--workers", "1", "-o", str(tmp_path / "w1.jsonl")])
    two = CliRunner().invoke(app, [*args, "--workers", "2", "-o", str(tmp_path / "w2.jsonl")])
    assert one.exit_code == 0 and two.exit_code == 0, (one.stderr, two.stderr)
    lines = (tmp_path / "w1.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) > 100 and all(json.loads(line)["stance"] is not None for line in lines)
    assert (tmp_path / "w2.jsonl").read_bytes() == (tmp_path / "w1.jsonl").read_bytes()


def test_dask_only_options_are_refused_with_the_local_engine(tmp_path):
    folder = _folder(tmp_path, 1)
    result = CliRunner().invoke(app, ["extract", str(folder), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("--scheduler is only used with --engine dask; add --engine dask")
    result = CliRunner().invoke(app, ["extract", str(folder), "--engine", "dask", "-o", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 2
    assert "give --output-dir DIR instead of -o" in result.stderr
    assert not (tmp_path / "x.jsonl").exists()
