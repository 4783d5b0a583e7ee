"""Small corpora for the scale tests: the seeds plus synthetic articles built from them.

Synthetic articles are the seeds under new ids and two seeds joined into one article, so
every partition holds real news prose and the single-process reference is exact.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from conftest import SEEDS

from annotate.extract import Extractor
from annotate.readers import iter_articles
from annotate.records import Article

FAIL_ID = "syn-03"  # FailingExtractor breaks on this article


def seed_texts() -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def synthetic(count: int) -> list[dict]:
    seeds = seed_texts()
    records = []
    for n in range(count):
        _, text = seeds[n % len(seeds)]
        if n % 3 == 2:  # two seeds as one longer article
            text = text + "\n" + seeds[(n + 1) % len(seeds)][1]
        records.append({"id": f"syn-{n:02d}", "text": text, "outlet": f"outlet-{n % 2}"})
    return records


def write_partitions(folder: Path, per_file: int = 3, files: int = 4, txt: bool = True, parquet: bool = True) -> Path:
    """A folder of partitions: JSONL and CSV (and Parquet) files of synthetic articles and a .txt subfolder of the seeds."""
    folder.mkdir(parents=True, exist_ok=True)
    records = synthetic(per_file * files)
    for n in range(files):
        chunk = records[n * per_file:(n + 1) * per_file]
        kind = ("jsonl", "csv", "parquet")[n % 3] if parquet else ("jsonl", "csv")[n % 2]
        path = folder / f"part-{n}.{kind}"
        if kind == "jsonl":
            path.write_text("".join(json.dumps(r) + "\n" for r in chunk), encoding="utf-8")
        elif kind == "csv":
            with open(path, "w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=["id", "text", "outlet"])
                writer.writeheader()
                writer.writerows(chunk)
        else:
            pq.write_table(pa.Table.from_pylist(chunk), path)
    if txt:
        (folder / "seeds").mkdir(exist_ok=True)
        for stem, text in seed_texts():
            (folder / "seeds" / f"{stem}.txt").write_text(text, encoding="utf-8")
    return folder


def all_articles(folder: Path) -> list[Article]:
    from annotate.scale.partitions import discover, partition_articles

    out: list[Article] = []
    for part in discover([str(folder)], txt_per_partition=1000):
        out += list(partition_articles(part, lambda p: None))
    return out


def reference_lines(articles: list[Article], extractor: Extractor) -> list[str]:
    """The single-process output, one JSON line per statement, sorted."""
    return sorted(s.model_dump_json() + "\n" for s in extractor.extract_many(articles))


class FailingExtractor(Extractor):
    """The real extractor, except that the rules "fail" on article FAIL_ID (a stand-in for a rules bug)."""

    def _statements(self, article):
        if article.id == FAIL_ID:
            raise IndexError("string index out of range")
        return super()._statements(article)


class PidExtractor(Extractor):
    """The real extractor, writing to the file in ``ANNOTATE_TEST_PIDS`` the pid that loads its model
    ("load <pid>") and the pid that extracts each article ("article <id> <pid>")."""

    @property
    def nlp(self):
        import os

        if self._nlp is None:
            _note(f"load {os.getpid()}")
        return super().nlp

    def _statements(self, article):
        import os

        _note(f"article {article.id} {os.getpid()}")
        return super()._statements(article)


def _note(line: str) -> None:
    import os

    with open(os.environ["ANNOTATE_TEST_PIDS"], "a", encoding="utf-8") as handle:
        handle.write(line + "\n")
