"""Extraction on every core of one machine: a process pool fed with chunks of articles.

:class:`ParallelExtractor` has the same ``extract_many(articles, on_problem)`` as
:class:`~annotate.extract.Extractor`, so the CLI and :mod:`annotate.classify.prelabel` take
either. Guarantees:

- Output order and content are those of one process: chunks are submitted in input order
  and their statements are yielded in that order (a finished chunk waits for earlier ones).
- Memory stays flat: articles are read lazily and at most ``in_flight`` chunks (by default
  four per worker) are queued or running; their results are dropped once yielded.
- An article the rules fail on is reported through ``on_problem`` as in one process (the
  worker catches it, the parent reports it when the chunk comes back) and the rest go on.
- Inputs shorter than one chunk per worker are extracted in this process: starting workers
  (each loads the spaCy model, ~1-2 s) would cost more than it saves.

Start-up: on Linux this process loads the spaCy model once and the workers are started with
``fork``, so each begins with the model loaded (pages shared copy-on-write) instead of importing
spaCy and loading the model again: ~2-3 CPU-seconds per worker with ``spawn``, which is what kept
two workers from twice one worker's rate on inputs of a few hundred articles (docs/scale.md).
Elsewhere (``fork`` is unsafe on macOS, absent on Windows) workers are started with ``spawn``
and load the model in the pool initializer. Either way each worker extracts whole articles
(parse and rules); only articles go out and statements come back.

Limit: ``progress`` counts articles when their chunk comes back, so it moves in steps of
``chunk_size``.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Callable, Iterable, Iterator, Optional

from annotate.errors import AnnotateError
from annotate.readers import InputProblem, ProblemHandler
from annotate.records import Article, Statement

CHUNK_SIZE = 8
# Chunks queued or running per worker: enough that a slow chunk at the head of the queue (results are
# yielded in input order) does not leave the other workers idle; memory stays bounded by it.
IN_FLIGHT_PER_WORKER = 4

# The one Extractor of a pool worker process, set by the pool initializer.
_worker_extractor = None


def _init_worker(factory: Callable[[], object]) -> None:
    global _worker_extractor
    _worker_extractor = factory()
    _worker_extractor.nlp  # load now, not inside the first chunk's timing


def _use_extractor(extractor: object) -> None:
    """Initializer of a forked worker: the parent's loaded extractor (inherited, not pickled)."""
    global _worker_extractor
    _worker_extractor = extractor


def start_method() -> str:
    """``fork`` on Linux (workers start with the parent's loaded model), else ``spawn``."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def _extract_chunk(articles: list[Article], catch: bool) -> tuple[list[Statement], list[InputProblem]]:
    problems: list[InputProblem] = []
    statements = list(_worker_extractor.extract_many(articles, problems.append if catch else None))
    return statements, problems


class WorkerCrashed(AnnotateError):
    """A pool worker process died (killed, out of memory)."""


class ParallelExtractor:
    """``extract_many`` over ``workers`` processes, output identical to one process.

    ``factory`` makes each worker's extractor (picklable: a class or a module-level function;
    default :class:`~annotate.extract.Extractor`); ``local`` (default ``factory``) makes the
    one used in this process for inputs too small for workers. ``progress(n)`` is called as
    ``n`` more articles are done.
    """

    def __init__(
        self,
        workers: int,
        local: Optional[Callable[[], object]] = None,
        factory: Optional[Callable[[], object]] = None,
        chunk_size: int = CHUNK_SIZE,
        in_flight: Optional[int] = None,
        progress: Optional[Callable[[int], None]] = None,
        method: Optional[str] = None,
    ) -> None:
        from annotate.extract import Extractor

        self.workers = max(1, workers)
        self.local = local
        self.factory = factory or Extractor
        self.chunk_size = max(1, chunk_size)
        self.in_flight = in_flight or IN_FLIGHT_PER_WORKER * self.workers
        self.progress = progress
        self.method = method or start_method()

    def _local_extractor(self):
        return (self.local or self.factory)()

    def _done(self, count: int) -> None:
        if self.progress is not None:
            self.progress(count)

    def extract_many(self, articles: Iterable[Article], on_problem: Optional[ProblemHandler] = None) -> Iterator[Statement]:
        iterator = iter(articles)
        head = list(islice(iterator, self.chunk_size * self.workers))
        if self.workers == 1 or len(head) < self.chunk_size * self.workers:
            extractor = self._local_extractor()
            for article in head:
                yield from extractor.extract_many([article], on_problem)
                self._done(1)
            for article in iterator:  # workers == 1: the whole stream in this process
                yield from extractor.extract_many([article], on_problem)
                self._done(1)
            return
        yield from self._pooled(head, iterator, on_problem)

    def _pooled(self, head: list[Article], rest: Iterator[Article], on_problem: Optional[ProblemHandler]) -> Iterator[Statement]:
        chunks = _chunks(head, rest, self.chunk_size)
        if self.method == "fork":
            extractor = self.factory()
            extractor.nlp  # loaded once, here; every worker is forked with it
            sys.stdout.flush()  # a forked worker flushes what it inherits in these buffers when it exits
            sys.stderr.flush()
            initializer, initargs = _use_extractor, (extractor,)
        else:
            initializer, initargs = _init_worker, (self.factory,)
        context = multiprocessing.get_context(self.method)
        pending: deque[tuple[int, Future]] = deque()
        with ProcessPoolExecutor(self.workers, mp_context=context, initializer=initializer, initargs=initargs) as pool:
            try:
                for chunk in chunks:
                    pending.append((len(chunk), pool.submit(_extract_chunk, chunk, on_problem is not None)))
                    if len(pending) >= self.in_flight:
                        yield from self._collect(pending.popleft(), on_problem)
                while pending:
                    yield from self._collect(pending.popleft(), on_problem)
            except BrokenProcessPool as err:
                raise WorkerCrashed(
                    f"an extraction worker process died ({err}); rerun, or use --workers 1 to find the article that kills it"
                ) from None
            finally:
                for _, future in pending:
                    future.cancel()

    def _collect(self, item: tuple[int, Future], on_problem: Optional[ProblemHandler]) -> Iterator[Statement]:
        count, future = item
        statements, problems = future.result()  # an error the worker did not catch is raised here
        for problem in problems:
            on_problem(problem)
        self._done(count)
        yield from statements


def _chunks(head: list[Article], rest: Iterator[Article], size: int) -> Iterator[list[Article]]:
    for start in range(0, len(head), size):
        yield head[start:start + size]
    while True:
        chunk = list(islice(rest, size))
        if not chunk:
            return
        yield chunk


@contextlib.contextmanager
def article_counter(console, desc: str) -> Iterator[Callable[[int], None]]:
    """A stderr progress bar counting articles done across workers (silent with --quiet or no console)."""
    from tqdm import tqdm

    quiet = console is None or console.quiet
    bar = tqdm(desc=desc, unit="article", file=sys.stderr, disable=quiet or None, leave=False)
    try:
        yield bar.update
    finally:
        bar.close()
