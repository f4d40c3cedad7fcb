"""The same ingest on a Dask distributed cluster, for corpora beyond one machine.

The driver (this process) plans as `ingest.plan` does, sends batches of articles to the cluster
and stores what comes back:

1. each Dask worker builds the analyser once, in a worker plugin (`AnalyserPlugin`), and keeps it,
   models included, for all its tasks;
2. a task analyses one batch and writes its rows as Parquet partitions,
   `parts/<batch>/<table>.parquet`, into a hidden directory that is renamed into place when
   complete, so a partition is either whole or absent;
3. the driver has DuckDB read each finished partition directly into the store (one transaction)
   and then deletes it. Partitions that an interrupted driver did not load are loaded first by
   the next run, so no finished work is lost.

`parts` must be a directory that the workers and the driver share: the same machine, or a
network file system on a real cluster (docs/corpus.md shows how to start one).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
from distributed import Client, WorkerPlugin, as_completed, get_worker

from attribution.corpus.analyser import Analyser, AnalyserSpec, Failure, analyse
from attribution.corpus.ingest import IngestInterrupted, IngestResult, Progress, Task, deferred_interrupt, plan
from attribution.corpus.store import TABLES, ArticleRows, Store, arrow_table
from attribution.errors import CorpusError
from attribution.io.readers import ReadResult

__all__ = ["BATCH_SIZE", "PLUGIN", "AnalyserPlugin", "BatchResult", "analyse_batch", "ingest_distributed",
           "pending_partitions", "write_partition"]

PLUGIN = "attribution-analyser"
BATCH_SIZE = 16  # articles per task: large enough to amortise scheduling, small enough to balance


class AnalyserPlugin(WorkerPlugin):
    """Builds the analyser once when a Dask worker starts (or when the plugin is registered)."""

    name = PLUGIN

    def __init__(self, spec: AnalyserSpec) -> None:
        self.spec = spec
        self.analyser: Analyser | None = None

    def setup(self, worker: object) -> None:
        """Build this worker's analyser; its models load with its first article and stay loaded."""
        self.analyser = self.spec.load()


@dataclass(frozen=True)
class BatchResult:
    """What a task reports back: where its partition is (None when nothing succeeded) and what failed."""

    part: str | None
    failures: tuple[Failure, ...]
    articles: int


def analyse_batch(tasks: Sequence[Task], parts: str) -> BatchResult:
    """Analyse a batch on a Dask worker with the plugin's analyser and write its rows as a partition."""
    plugin = get_worker().plugins[PLUGIN]
    if not isinstance(plugin, AnalyserPlugin) or plugin.analyser is None:
        raise RuntimeError(f"the Dask worker has no analyser: register {PLUGIN} before submitting tasks")
    rows: list[ArticleRows] = []
    failures: list[Failure] = []
    for task in tasks:
        outcome = analyse(plugin.analyser, task.key, task.article)
        if isinstance(outcome, Failure):
            failures.append(outcome)
        else:
            rows.append(outcome)
    part = str(write_partition(rows, Path(parts))) if rows else None
    return BatchResult(part, tuple(failures), len(tasks))


def write_partition(rows: Sequence[ArticleRows], parts: Path) -> Path:
    """Write one Parquet file per table for these articles; the directory appears only when complete."""
    name = hashlib.sha256("\n".join(sorted(r.id for r in rows)).encode()).hexdigest()[:20]
    final = parts / name
    tmp = parts / f".{name}.{uuid.uuid4().hex}.tmp"
    tmp.mkdir(parents=True)
    for table in TABLES:
        pq.write_table(arrow_table(table, rows), tmp / f"{table.name}.parquet")
    try:
        os.rename(tmp, final)
    except OSError:  # the same batch was written by a retried task: keep the first copy
        shutil.rmtree(tmp)
        if not final.is_dir():
            raise
    return final


def pending_partitions(parts: Path) -> list[Path]:
    """Complete partitions in `parts` that have not been loaded into the store yet."""
    if not parts.is_dir():
        return []
    return sorted(d for d in parts.iterdir()
                  if d.is_dir() and not d.name.startswith(".") and (d / f"{TABLES[0].name}.parquet").is_file())


def _load(store: Store, partitions: Sequence[Path]) -> int:
    """Store partitions (one transaction) and delete them; returns how many articles they held."""
    count = store.upsert_parquet(partitions)
    for part in partitions:
        shutil.rmtree(part)
    return count


def ingest_distributed(results: Iterable[ReadResult], store: Store, spec: AnalyserSpec | None = None, *,
                       scheduler: str | Client, parts: Path, batch_size: int = BATCH_SIZE,
                       progress: Progress | None = None) -> IngestResult:
    """Analyse and store the articles that the store lacks or holds from other versions, on a Dask cluster.

    Args:
        results: read inputs; InputErrors become failures.
        store: the corpus database, opened for writing (by this process only).
        spec: the analyser each worker builds once (default: the parser and attribution engine).
        scheduler: a scheduler address (`tcp://host:8786`) or a connected Client (e.g. of a LocalCluster).
        parts: directory for Parquet partitions, shared by workers and this process.
        batch_size: articles per task.
        progress: called after planning and after each finished batch.

    Raises:
        CorpusError: the scheduler cannot be reached.
        IngestInterrupted: Ctrl-C while the cluster works (what was loaded is stored).
    """
    spec = spec or AnalyserSpec()
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    start = time.perf_counter()
    with deferred_interrupt():  # Ctrl-C waits for a write: DuckDB would abort it half-way
        recovered = _load(store, pending_partitions(parts))
    work = plan(results, store, spec.load())
    failures = list(work.failures)
    total, done, stored = len(work.todo), 0, recovered
    if progress:
        progress(0, total)
    if total:
        client = _connect(scheduler) if isinstance(scheduler, str) else scheduler
        try:
            client.register_plugin(AnalyserPlugin(spec), name=PLUGIN)
            batches = [work.todo[i:i + batch_size] for i in range(0, total, batch_size)]
            futures = [client.submit(analyse_batch, batch, str(parts), pure=False) for batch in batches]
            for future in as_completed(futures):
                result: BatchResult = future.result()
                if result.part is not None:
                    with deferred_interrupt():
                        stored += _load(store, [Path(result.part)])
                failures.extend(result.failures)
                done += result.articles
                if progress:
                    progress(done, total)
        except KeyboardInterrupt:  # partitions written but not loaded are loaded by the next run
            raise IngestInterrupted(work.unchanged + stored - recovered, work.unchanged + total) from None
        finally:
            if isinstance(scheduler, str):
                client.close()
    return IngestResult(stored, work.unchanged, work.outdated, work.duplicates, tuple(failures),
                        time.perf_counter() - start)


def _connect(address: str) -> Client:
    """A client of the scheduler at `address`, or a CorpusError saying it cannot be reached."""
    try:
        return Client(address, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise CorpusError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
