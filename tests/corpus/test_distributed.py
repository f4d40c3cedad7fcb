"""The ingest on Dask distributed: a LocalCluster of two single-threaded workers, a handful of tiny articles."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client, LocalCluster
from typer.testing import CliRunner

import attribution.cli as cli
from attribution.corpus.analyser import AnalyserSpec
from attribution.corpus.distributed import ingest_distributed, pending_partitions, write_partition
from attribution.corpus.ingest import ingest
from attribution.corpus.store import TABLES, Store, article_key, rows_of
from attribution.io.readers import read_inputs
from attribution.report import build_report
from tests.corpus.corpus_fakes import COUNTING, FAKE, CountingFakeAnalyser, article
from tests.fakes import fake_extract

NAMES = ["Arendt", "Brandt", "Curie", "Dietrich", "Ebert", "Frank", "Goethe"]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"text": f"„Es geht um Folge {i}“, sagte {name}. Das soll teuer werden.",
                                        "outlet": ("Blatt A", "Blatt B")[i % 2]}, ensure_ascii=False) + "\n"
                            for i, name in enumerate(NAMES)), encoding="utf-8")
    return path


def _contents(db: Path) -> list[tuple]:
    with Store(db, read_only=True) as store:
        rows = store.con.execute("SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY id").fetchall()
        for table in TABLES[1:]:
            rows += store.con.execute(f"SELECT * FROM {table.name} ORDER BY ALL").fetchall()
    return rows


def test_distributed_stores_what_local_ingest_does(client: Client, feed: Path, tmp_path: Path) -> None:
    parts, local, dist = tmp_path / "parts", tmp_path / "local.duckdb", tmp_path / "dist.duckdb"
    with Store(local) as store:
        ingest(read_inputs([feed]), store, AnalyserSpec(FAKE), workers=1)
    built = CountingFakeAnalyser.built
    with Store(dist) as store:
        result = ingest_distributed(read_inputs([feed]), store, AnalyserSpec(COUNTING), scheduler=client, parts=parts,
                                    batch_size=2)
    assert (result.analysed, result.unchanged, result.failures) == (len(NAMES), 0, ())
    assert CountingFakeAnalyser.built - built == 3  # once per worker (plugin) and once for the plan
    assert _contents(dist) == _contents(local)
    assert pending_partitions(parts) == []  # loaded into DuckDB and removed
    with Store(dist) as store:
        again = ingest_distributed(read_inputs([feed]), store, AnalyserSpec(COUNTING), scheduler=client, parts=parts)
    assert (again.analysed, again.unchanged) == (0, len(NAMES))


def test_distributed_loads_partitions_an_interrupted_run_left(feed: Path, tmp_path: Path) -> None:
    parts, db = tmp_path / "parts", tmp_path / "c.duckdb"
    art = article("„Wir bleiben“, sagte Jung.", outlet="Blatt A")
    key = article_key(art)
    write_partition([rows_of(key, build_report(art, *fake_extract(art)), engine="fake-engine/1")], parts)
    (parts / ".unfinished.tmp").mkdir()  # a partition still being written when the run died: ignored
    with Store(db) as store:
        result = ingest_distributed([], store, AnalyserSpec(FAKE), scheduler="tcp://127.0.0.1:1", parts=parts)
        assert result.analysed == 1
        assert store.versions([key]) == {key: ("fake-model", "fake-engine/1")}
    assert pending_partitions(parts) == []


def test_distributed_cli_with_scheduler(client: Client, feed: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    result = CliRunner().invoke(cli.app, ["corpus", "ingest", str(feed), "--db", str(db), "--analyser", FAKE,
                                          "--scheduler", client.scheduler.address])
    assert result.exit_code == 0, result.output
    assert f"stored {len(NAMES)} articles; 0 unchanged" in result.stderr
    assert not any((tmp_path / "c.duckdb.parts").iterdir())
