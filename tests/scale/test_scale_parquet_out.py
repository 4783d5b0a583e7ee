"""`--engine dask --format parquet`: one Parquet file per input partition, on a real in-process
LocalCluster; the records read back equal the single-process JSONL records, nested fields included."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from scale_corpus import all_articles, reference_lines, write_partitions
from typer.testing import CliRunner

from annotate.cli import app
from annotate.extract import Extractor
from annotate.scale.dask_engine import SUCCESS, Job, run_dask
from annotate.scale.parquet_out import write_parquet_lines

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_partitions(tmp_path_factory.mktemp("scale-pq") / "in")


@pytest.fixture(scope="module")
def reference(corpus) -> list[dict]:
    return [json.loads(line) for line in reference_lines(all_articles(corpus), Extractor())]


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as connected:
            yield connected


def by_id(records: list[dict]) -> list[dict]:
    return sorted(records, key=lambda r: json.dumps(r, sort_keys=True))


def parquet_records(out: Path) -> list[dict]:
    return [row for path in sorted(out.glob("*.parquet")) for row in pq.read_table(path).to_pylist()]


def test_extract_to_parquet_partitions_keeps_every_nested_field(corpus, reference, client, tmp_path):
    # the corpus exercises the nested fields: a `via` chain and a resolved source are objects in some records, null in others
    assert any(r["via"] for r in reference) and any(r["via"] is None for r in reference)
    assert any(r["resolves_to"] for r in reference) and any(r["context"] for r in reference)
    out = tmp_path / "out"
    summary = run_dask([str(corpus)], out, Job("extract", output_format="parquet"), client=client, txt_per_partition=2)
    assert len(summary.partitions) == 7
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [SUCCESS, "_parts"] + [f"part-{n}.parquet" for n in range(4)] + [f"seeds-{n:05d}.parquet" for n in range(3)]
    )  # no JSONL, no temp or spool file left
    assert by_id(parquet_records(out)) == by_id(reference)
    manifest = json.loads((out / SUCCESS).read_text(encoding="utf-8"))
    assert manifest["format"] == "parquet"
    assert sorted(p["output"] for p in manifest["partitions"]) == sorted(p.name for p in out.glob("*.parquet"))
    for entry in manifest["partitions"]:
        assert pq.ParquetFile(out / entry["output"]).metadata.num_rows == entry["records"]
    via = pq.read_schema(out / "part-0.parquet").field("via").type
    assert str(via) == "struct<start: int64, end: int64, text: string>"

    # resumable: a lost file is the only partition done again
    (out / "part-2.parquet").unlink()
    (out / SUCCESS).unlink()
    again = run_dask([str(corpus)], out, Job("extract", output_format="parquet"), client=client, txt_per_partition=2)
    assert again.skipped == 6
    assert by_id(parquet_records(out)) == by_id(reference)

    # the JSONL of an earlier run is not taken for the Parquet of this one, nor the reverse
    jsonl = run_dask([str(corpus)], out, Job("extract"), client=client, txt_per_partition=2)
    assert jsonl.skipped == 0
    assert by_id([json.loads(line) for p in out.glob("*.jsonl") for line in p.read_text(encoding="utf-8").splitlines()]) == by_id(reference)


def test_prelabel_to_parquet_equals_its_jsonl(corpus, client, tmp_path):
    job = dict(targets=("The policy will work.",), rules=True)
    run_dask([str(corpus / "part-0.jsonl")], tmp_path / "j", Job("prelabel", **job), client=client)
    run_dask([str(corpus / "part-0.jsonl")], tmp_path / "p", Job("prelabel", output_format="parquet", **job), client=client)
    lines = [json.loads(line) for line in (tmp_path / "j" / "part-0.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 10 and all(isinstance(r["stance"]["probabilities"], dict) for r in lines)
    assert parquet_records(tmp_path / "p") == lines  # same order, nested predictions with their probabilities


def test_an_empty_partition_is_a_readable_empty_file(tmp_path):
    assert write_parquet_lines(iter(()), tmp_path / "empty.parquet") == 0
    assert pq.read_table(tmp_path / "empty.parquet").num_rows == 0
    assert [p.name for p in tmp_path.iterdir()] == ["empty.parquet"]


def test_records_parquet_cannot_hold_fail_as_one_line_and_leave_no_file(tmp_path):
    from annotate.errors import UsageError

    with pytest.raises(UsageError) as caught:
        write_parquet_lines(['{"id": "a", "extra": {}}\n'], tmp_path / "bad.parquet")
    assert str(caught.value).startswith(f"{tmp_path / 'bad.parquet'}: these records cannot be written as Parquet (")
    assert str(caught.value).endswith("); use --format jsonl")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "args, message",
    [
        (["extract", "--format", "parquet", "-o", "x.parquet"], "error: --format parquet writes one file per partition: add --engine dask --output-dir DIR, or drop --format"),
        (["prelabel", "--format", "parquet", "-t", "T"], "error: --format parquet writes one file per partition: add --engine dask --output-dir DIR, or use jsonl or csv"),
    ],
)
def test_parquet_without_dask_is_refused_before_any_work(args, message, corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, [args[0], str(corpus / "part-0.jsonl"), *args[1:]])
    assert result.exit_code == 2
    assert result.stderr.strip() == message
    assert list(tmp_path.iterdir()) == []
