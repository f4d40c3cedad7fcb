"""Ingest a corpus: analyse the articles that are new or changed, in parallel, and store them.

1. Plan: every article is keyed by its content hash (`article_key`); one stored with the current
   model and engine is skipped (an unchanged corpus costs a hash and a lookup per article), one
   stored with another model or engine is analysed again, a repeat within the run is dropped.
2. Analyse in worker processes, each of which builds the analyser, models included, once
   (`AnalyserSpec.load` in the pool's initializer); with one worker, in this process.
3. Store results as they arrive, in batches of one transaction each: a run that is killed keeps
   every committed batch, and the next run analyses only what is missing. Ctrl-C commits what
   was finished and raises `IngestInterrupted`, which says how much of the input is stored; it
   waits while the store writes, since DuckDB would abort the write (`deferred_interrupt`).
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from attribution.corpus.analyser import Analyser, AnalyserSpec, Failure, analyse
from attribution.corpus.store import ArticleRows, Store, article_key
from attribution.errors import CorpusError, InputError
from attribution.io.readers import ReadResult
from attribution.types import Article

__all__ = ["BATCH_SIZE", "FLUSH_SECONDS", "IngestInterrupted", "IngestResult", "Plan", "Progress", "Task",
           "deferred_interrupt", "ingest", "plan"]

BATCH_SIZE = 64  # articles per transaction at most
FLUSH_SECONDS = 1.0  # commit at least this often while results arrive, so a kill loses little
_WINDOW = 4  # tasks in flight per worker: enough to keep workers busy, few enough to stop quickly

Progress = Callable[[int, int], None]  # called with (articles done, articles to analyse)


@dataclass(frozen=True)
class Task:
    """One article to analyse, with its key."""

    key: str
    article: Article


@dataclass(frozen=True)
class Plan:
    """What a run has to do: the articles to analyse and what it skips.

    `outdated` counts the articles in `todo` that the store holds with another model or engine.
    """

    todo: tuple[Task, ...]
    unchanged: int
    outdated: int
    duplicates: int
    failures: tuple[Failure, ...]  # inputs that could not be read


@dataclass(frozen=True)
class IngestResult:
    """The outcome of one ingest run; `analysed` counts the articles stored by this run."""

    analysed: int
    unchanged: int
    outdated: int
    duplicates: int
    failures: tuple[Failure, ...]
    seconds: float


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C stopped an ingest after planning: `stored` of the input's `total` distinct articles are in the store."""

    def __init__(self, stored: int, total: int) -> None:
        super().__init__(f"interrupted: {stored} of {total} articles stored")
        self.stored, self.total = stored, total


@contextmanager
def deferred_interrupt(*, reraise: bool = True) -> Iterator[None]:
    """Hold Ctrl-C back while the block runs (a store write, which DuckDB would abort half-way), then raise
    KeyboardInterrupt if it came (or drop it, with `reraise=False`); outside the main thread, do nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.default_int_handler)
    if caught and reraise:
        raise KeyboardInterrupt


def plan(results: Iterable[ReadResult], store: Store, analyser: Analyser) -> Plan:
    """Sort read inputs into work, unchanged articles, repeats and unreadable inputs."""
    failures: list[Failure] = []
    tasks: dict[str, Task] = {}
    duplicates = 0
    for result in results:
        if isinstance(result, InputError):
            failures.append(Failure(result.source, result.problem))
            continue
        key = article_key(result)
        if key in tasks:
            duplicates += 1
        else:
            tasks[key] = Task(key, result)
    with deferred_interrupt():
        stored = store.versions(tasks)
    expected: dict[str, str | None] = {}
    todo, unchanged, outdated = [], 0, 0
    for task in tasks.values():
        lang = task.article.lang
        if lang not in expected:
            expected[lang] = _model_id(analyser, lang)
        found = stored.get(task.key)
        if found is not None and found == (expected[lang], analyser.engine):
            unchanged += 1
            continue
        outdated += found is not None
        todo.append(task)
    return Plan(tuple(todo), unchanged, outdated, duplicates, tuple(failures))


def _model_id(analyser: Analyser, lang: str) -> str | None:
    """The analyser's model id for `lang`, or None when it has none (the analysis will say why)."""
    try:
        return analyser.model_id(lang)
    except Exception:  # a missing model is reported per article by the analysis itself
        return None


def ingest(results: Iterable[ReadResult], store: Store, spec: AnalyserSpec | None = None, *,
           workers: int | None = None, progress: Progress | None = None, batch_size: int = BATCH_SIZE,
           flush_seconds: float = FLUSH_SECONDS) -> IngestResult:
    """Analyse and store the articles that the store lacks or holds from other versions.

    Args:
        results: read inputs (`attribution.io.read_inputs`); InputErrors become failures.
        store: the corpus database, opened for writing.
        spec: the analyser to build in each worker (default: the parser and attribution engine).
        workers: worker processes (default: all cores); 1 analyses in this process.
        progress: called after planning and after each analysed article.
        batch_size: most articles per transaction.
        flush_seconds: longest time analysed articles wait before they are committed.

    Raises:
        CorpusError: a worker process died (what was finished is stored).
        IngestInterrupted: Ctrl-C after planning (what was finished is stored).
        ValueError: fewer than one worker, or a malformed analyser factory.
    """
    spec = spec or AnalyserSpec()
    workers = workers if workers is not None else os.cpu_count() or 1
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    start = time.perf_counter()
    analyser = spec.load()
    work = plan(results, store, analyser)
    failures = list(work.failures)
    total, done, stored = len(work.todo), 0, 0
    if progress:
        progress(0, total)
    batch: list[ArticleRows] = []
    last_flush = time.monotonic()
    outcomes = _outcomes(work.todo, spec, analyser, min(workers, max(total, 1)))
    try:
        for outcome in outcomes:
            done += 1
            if isinstance(outcome, Failure):
                failures.append(outcome)
            else:
                batch.append(outcome)
            if len(batch) >= batch_size or (batch and time.monotonic() - last_flush >= flush_seconds):
                with deferred_interrupt():
                    ready, batch = batch, []
                    store.upsert(ready)
                    stored += len(ready)
                last_flush = time.monotonic()
            if progress:
                progress(done, total)
    except BrokenProcessPool as exc:
        raise CorpusError(f"a worker process died ({exc}); finished articles are stored: "
                          "run the same ingest again to continue (fewer --workers if memory ran out)") from None
    except KeyboardInterrupt:
        raise IngestInterrupted(work.unchanged + stored + len(batch), work.unchanged + total) from None
    finally:  # an interrupted run keeps what it finished, then waits for the workers to stop
        with deferred_interrupt(reraise=False):
            store.upsert(batch)
        outcomes.close()
    stored += len(batch)
    return IngestResult(stored, work.unchanged, work.outdated, work.duplicates, tuple(failures),
                        time.perf_counter() - start)


def _outcomes(tasks: tuple[Task, ...], spec: AnalyserSpec, analyser: Analyser,
              workers: int) -> Iterator[ArticleRows | Failure]:
    """Analyse the tasks, in this process or in a pool, yielding results as they complete."""
    if workers == 1:
        for task in tasks:
            yield analyse(analyser, task.key, task.article)
        return
    # spawn, not fork: the parent holds a DuckDB connection and its threads, which a fork would copy
    threads = max(1, (os.cpu_count() or 1) // workers)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker, initargs=(spec, threads))
    try:
        queue = iter(tasks)
        pending: set[Future[ArticleRows | Failure]] = set()
        for task in queue:
            pending.add(pool.submit(_work, task))
            if len(pending) >= workers * _WINDOW:
                break
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                yield future.result()
                task = next(queue, None)
                if task is not None:
                    pending.add(pool.submit(_work, task))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")
_WORKER_ANALYSER: Analyser | None = None  # the analyser of a worker process, built once by _init_worker


def _init_worker(spec: AnalyserSpec, threads: int) -> None:
    """Build the worker's analyser once, models loading with its first article; Ctrl-C is left to the parent.

    The worker's share of the cores is set for the math libraries (torch reads OMP_NUM_THREADS
    when it is first imported, with the models): N workers each running one thread per core
    would oversubscribe the machine, which slows stanza's parser several times over.
    """
    global _WORKER_ANALYSER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the pool
    for variable in _THREAD_VARIABLES:
        os.environ.setdefault(variable, str(threads))
    _WORKER_ANALYSER = spec.load()


def _work(task: Task) -> ArticleRows | Failure:
    """Analyse one article in a worker process."""
    if _WORKER_ANALYSER is None:
        raise RuntimeError("worker process was started without _init_worker")
    return analyse(_WORKER_ANALYSER, task.key, task.article)
