"""One Parquet file per partition (``--format parquet`` with ``--engine dask``).

The records (statements or predictions) are JSON objects with nested objects (spans, the
``via`` chain, per-field predictions with their class probabilities). Their Arrow schema is
inferred from every record of the partition, not the first batch: a field that is null in
the first thousand records and an object later (``via``, ``resolves_to``) is a struct
column, and objects whose keys differ between records (class probabilities) get the union
of the keys. To do that without holding the partition in memory, the JSON lines are
spooled to an anonymous temp file beside the output; a first pass infers and unifies the
schema batch by batch, a second writes one row group per batch. The file is written
atomically (temp file + rename), zstd-compressed.

Reading back (``pyarrow.parquet.read_table(path).to_pylist()``) gives the records as
written, except that a key some objects lack reads back as ``None`` in those objects (Arrow
structs have one set of fields), and an integer in a column that also holds fractions reads
back as a float.

Limits: an object with no keys at all in every record (``{}``) cannot be stored in Parquet
(a struct needs a child); such a partition fails with a message naming the field.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import IO, Iterable, Iterator

from annotate.errors import UsageError
from annotate.output import atomic_writer

BATCH_RECORDS = 2000
COMPRESSION = "zstd"


def _batches(spool: IO[str], size: int = BATCH_RECORDS) -> Iterator[list[dict]]:
    spool.seek(0)
    batch: list[dict] = []
    for line in spool:
        batch.append(json.loads(line))
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _schema(spool: IO[str]):
    import pyarrow as pa

    schema = None
    for batch in _batches(spool):
        found = pa.Table.from_pylist(batch).schema
        schema = found if schema is None else pa.unify_schemas([schema, found], promote_options="permissive")
    return schema if schema is not None else pa.schema([])


def write_parquet_lines(lines: Iterable[str], out: Path) -> int:
    """Write JSON ``lines`` (one object each) to ``out`` as Parquet, atomically; return how many."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(out)
    records = 0
    with tempfile.TemporaryFile("w+", encoding="utf-8", dir=out.parent, prefix=f".{out.name}.", suffix=".spool") as spool:
        for line in lines:
            spool.write(line if line.endswith("\n") else line + "\n")
            records += 1
        schema = _schema(spool)
        with atomic_writer(out, "wb", encoding=None) as handle:
            try:
                with pq.ParquetWriter(handle, schema, compression=COMPRESSION) as writer:
                    if records == 0:
                        writer.write_table(schema.empty_table())
                    for batch in _batches(spool):
                        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            except (pa.ArrowException, ValueError) as err:
                raise UsageError(f"{out}: these records cannot be written as Parquet ({err}); use --format jsonl") from None
    return records
