"""Extraction on every core of one machine: a process pool fed with chunks of articles.

:class:`ParallelExtractor` has the same ``extract_many(articles, on_problem)`` as
:class:`~annotate.extract.Extractor`, so the CLI and :mod:`annotate.classify.prelabel` take
either. Guarantees:

- Output order and content are those of one process: chunks are submitted in input order
  and their statements are yielded in that order (a finished chunk waits for earlier ones).
- Memory stays flat: articles are read lazily and at most ``in_flight`` chunks (by default
  two per worker) are queued or running; their results are dropped once yielded.
- An article the rules fail on is reported through ``on_problem`` as in one process (the
  worker catches it, the parent reports it when the chunk comes back) and the rest go on.
- Inputs shorter than one chunk per worker are extracted in this process: starting workers
  (each loads the spaCy model, ~1-2 s) would cost more than it saves.

Workers are started with ``spawn`` (no copy of the parent's threads or open files) and
load the spaCy model once each, in the pool initializer.

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

# The one Extractor of a pool worker process, set by the pool initializer.
_worker_extractor = None


def _init_worker(factory: Callable[[], object]) -> None:
    global _worker_extractor
    _worker_extractor = factory()
    _worker_extractor.nlp  # load now, not inside the first chunk's timing


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
    ) -> None:
        from annotate.extract import Extractor

        self.workers = max(1, workers)
        self.local = local
        self.factory = factory or Extractor
        self.chunk_size = max(1, chunk_size)
        self.in_flight = in_flight or 2 * self.workers
        self.progress = progress

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
        context = multiprocessing.get_context("spawn")
        pending: deque[tuple[int, Future]] = deque()
        with ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker, initargs=(self.factory,)) as pool:
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
