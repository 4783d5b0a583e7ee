"""Streaming `.txt`, `.jsonl` and `.csv` articles from real texts (the seeds)."""

from __future__ import annotations

import csv
import json
import tracemalloc
from pathlib import Path

from conftest import SEEDS

from annotate.readers import InputProblem, iter_articles

SEED = SEEDS / "000_86151a200f2d23fc.txt"


def read(paths, **kwargs):
    problems: list[InputProblem] = []
    articles = list(iter_articles([Path(p) for p in paths], problems.append, **kwargs))
    return articles, [str(p) for p in problems]


def seed_texts() -> list[tuple[str, str]]:
    """The five seed articles as (id, text), as a JSONL or CSV would carry them."""
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def test_jsonl_and_csv_carry_every_column(tmp_path):
    stem, text = seed_texts()[0]
    record = {"id": stem, "text": text, "title": "T", "outlet": "Breitbart", "date": "2016-09-12", "url": "https://example.org/a"}
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    with open(tmp_path / "b.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(record))
        writer.writeheader()
        writer.writerow({**record, "id": "csv-1"})
    articles, problems = read([tmp_path])
    assert problems == []
    assert [a.id for a in articles] == [stem, "csv-1"]  # sorted: a.jsonl, b.csv
    for article in articles:
        assert article.text == text  # multi-line CSV field kept exactly
        assert (article.title, article.outlet, article.date, article.url) == ("T", "Breitbart", "2016-09-12", "https://example.org/a")


def test_csv_row_numbers_count_physical_lines_of_multiline_fields(tmp_path):
    texts = seed_texts()[:2]
    path = tmp_path / "a.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerow(texts[0])
        writer.writerow(["no-text", ""])
    articles, problems = read([path])
    line = 2 + texts[0][1].count("\n") + 1
    assert [a.id for a in articles] == [texts[0][0]]
    assert problems == [f"{path}:{line}: missing or empty 'text' field, skipped; give each record its article text"]


def test_non_utf8_jsonl_line_is_skipped_and_the_rest_read(tmp_path):
    texts = seed_texts()[::2]  # the middle one (002) has curly quotes
    lines = [json.dumps({"id": i, "text": t}, ensure_ascii=False).encode("utf-8") for i, t in texts]
    lines[1] = lines[1].decode("utf-8").encode("cp1252", errors="replace")  # curly quotes become 0x92...
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    articles, problems = read([path])
    assert [a.id for a in articles] == [texts[0][0], texts[2][0]]
    assert len(problems) == 1 and problems[0].startswith(f"{path}:2: not UTF-8 (byte 0x")
    assert problems[0].endswith("line skipped; re-save the file as UTF-8")


def test_bom_is_dropped_from_the_first_jsonl_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "x", "text": SEED.read_text(encoding="utf-8")}).encode() + b"\n")
    articles, problems = read([path])
    assert problems == [] and [a.id for a in articles] == ["x"]


def test_jsonl_is_streamed_line_by_line_memory_stays_flat(tmp_path):
    """A ~15 MB JSONL is read with a peak far below its size (the whole file is never held)."""
    texts = seed_texts()
    path = tmp_path / "big.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for n in range(1200):
            for stem, text in texts:
                handle.write(json.dumps({"id": f"{stem}-{n}", "text": text}) + "\n")
    size = path.stat().st_size
    assert size > 3_000_000
    count = 0
    tracemalloc.start()
    try:
        for _ in iter_articles([path], lambda p: None):
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 6000
    assert peak < size / 10, f"peak {peak:,} bytes while reading a {size:,}-byte file"


def test_iter_articles_is_lazy_across_files(tmp_path):
    (tmp_path / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    problems: list[InputProblem] = []
    articles = iter_articles([tmp_path], problems.append)
    assert next(articles).id == "a"
    assert problems == []  # b.txt not looked at yet
    assert list(articles) == [] and len(problems) == 1


def test_statements_jsonl_is_detected_and_a_bad_line_is_named_and_skipped(tmp_path):
    from annotate.extract import Extractor
    from annotate.readers import is_statements_jsonl, iter_articles, iter_statements_jsonl

    seed = sorted(SEEDS.glob("*.txt"))[0]
    statements = list(Extractor().extract_many(iter_articles([seed])))
    assert len(statements) >= 3
    path = tmp_path / "statements.jsonl"
    lines = [s.model_dump_json() for s in statements]
    lines.insert(1, '{"article_id": "x", "content": null, "kind": "direct", "rule": "r"}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles = tmp_path / "articles.jsonl"
    articles.write_text('{"id": "a1", "text": "Officials said the talks would resume."}\n', encoding="utf-8")

    assert is_statements_jsonl(path)
    assert not is_statements_jsonl(articles)
    problems = []
    read = list(iter_statements_jsonl(path, problems.append))
    assert [s.id for s in read] == [s.id for s in statements]
    assert [str(p) for p in problems] == [
        f"{path}:2: not a statement (id: Field required), line skipped; give the JSONL `annotate extract` writes"
    ]
