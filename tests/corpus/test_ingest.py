"""Ingest: idempotent, resumable after a kill, parallel, with failures reported (fake analysers, no models)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import attribution.cli as cli
from attribution import __version__
from attribution.corpus.analyser import AnalyserSpec, engine_version
from attribution.corpus.ingest import ingest
from attribution.corpus.store import TABLES, Store
from attribution.io.readers import read_inputs
from tests.corpus.corpus_fakes import CRASH, DELAY_ENV, FAKE, INTERRUPTING, MARKS_ENV, NEW_ENGINE, SLOW

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
NAMES = ["Schmidt", "Meier", "Yilmaz", "Nowak", "Weber", "Fischer", "Becker", "Wagner", "Hoffmann", "Koch",
         "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann"]


def _write_corpus(folder: Path, n: int = len(NAMES)) -> Path:
    """A JSONL file of `n` small, distinct articles from two outlets."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for i, name in enumerate(NAMES[:n]):
        text = (f"Die Gemeinde plant eine neue Brücke Nummer {i}. „Wir sind bereit“, sagte {name}. "
                f"Die Kosten soll der Bund tragen.")
        lines.append(json.dumps({"text": text, "outlet": "Blatt A" if i % 2 else "Blatt B",
                                 "date": f"2026-0{1 + i % 3}-1{i % 10}"}, ensure_ascii=False))
    path = folder / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        return {t.name: store.count(t.name) for t in TABLES}


def _contents(db: Path) -> list[tuple]:
    """Everything stored but the time of analysis, sorted: equal for equal corpora however they were ingested."""
    with Store(db, read_only=True) as store:
        articles = store.con.execute("SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY id").fetchall()
        children = [store.con.execute(f"SELECT * FROM {t.name} ORDER BY ALL").fetchall() for t in TABLES[1:]]
    return articles + [row for rows in children for row in rows]


def _ingest(paths: list[Path], db: Path, factory: str = FAKE, workers: int = 1, **kw):
    with Store(db) as store:
        return ingest(read_inputs(paths), store, AnalyserSpec(factory), workers=workers, **kw)


def test_ingest_twice_stores_nothing_twice(tmp_path: Path) -> None:
    feed, db = _write_corpus(tmp_path / "in"), tmp_path / "c.duckdb"
    first = _ingest([feed], db)
    counts = _counts(db)
    second = _ingest([feed, feed], db)
    assert (first.analysed, first.unchanged) == (len(NAMES), 0)
    assert (second.analysed, second.unchanged, second.duplicates) == (0, len(NAMES), len(NAMES))
    assert _counts(db) == counts
    assert counts["articles"] == len(NAMES)
    assert counts["attributions"] == 2 * len(NAMES)  # „...“, sagte X. and hearsay "soll"


def test_ingest_new_engine_version_analyses_again_and_records_it(tmp_path: Path) -> None:
    feed, db = _write_corpus(tmp_path / "in", 4), tmp_path / "c.duckdb"
    _ingest([feed], db)
    counts = _counts(db)
    result = _ingest([feed], db, NEW_ENGINE)
    assert (result.analysed, result.outdated, result.unchanged) == (4, 4, 0)
    assert _counts(db) == counts
    with Store(db, read_only=True) as store:
        for table in TABLES:
            assert store.rows(f"SELECT DISTINCT engine FROM {table.name}") == [{"engine": "fake-engine/2"}]


def test_ingest_reports_failures_and_stores_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    feed = _write_corpus(folder, 3)
    (folder / "crash.txt").write_text(f"„Das geht schief“, sagte Kaiser. {CRASH}.", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    result = _ingest([feed, folder / "crash.txt", folder / "empty.txt", tmp_path / "missing.txt"], db)
    assert result.analysed == 3
    problems = {Path(f.source).name: f.problem for f in result.failures}
    assert set(problems) == {"crash.txt", "empty.txt", "missing.txt"}
    assert "analysis failed (RuntimeError: engine bug for the test)" in problems["crash.txt"]
    assert _counts(db)["articles"] == 3


def test_ingest_two_worker_processes_store_what_one_does(tmp_path: Path) -> None:
    feed = _write_corpus(tmp_path / "in", 6)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    _ingest([feed], one, workers=1)
    result = _ingest([feed], two, workers=2)
    assert result.analysed == 6 and not result.failures
    assert _contents(one) == _contents(two)


def test_ingest_reports_progress(tmp_path: Path) -> None:
    feed = _write_corpus(tmp_path / "in", 3)
    calls: list[tuple[int, int]] = []
    _ingest([feed], tmp_path / "c.duckdb", progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_ingest_resumes_after_a_kill_with_no_duplicates_and_nothing_lost(tmp_path: Path) -> None:
    """A real `attribution corpus ingest` process is killed (SIGKILL) midway; the rerun completes the corpus."""
    feed, db, marks = _write_corpus(tmp_path / "in"), tmp_path / "c.duckdb", tmp_path / "marks"
    marks.mkdir()
    command = [sys.executable, "-c", "from attribution.cli import app; app()", "corpus", "ingest", str(feed),
               "--db", str(db), "--workers", "1", "--analyser", SLOW]
    env = {**os.environ, DELAY_ENV: "0.25", MARKS_ENV: str(marks), "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while len(list(marks.iterdir())) < 8 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, process.communicate()
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)

    kept = _counts(db)["articles"]
    assert 0 < kept < len(NAMES)  # batches committed before the kill survive; the rest is missing
    rerun = subprocess.run(command, cwd=ROOT, env={**env, DELAY_ENV: "0"}, capture_output=True, text=True,
                           timeout=120, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert f"stored {len(NAMES) - kept} articles; {kept} unchanged" in rerun.stderr

    with Store(db, read_only=True) as store:
        assert store.count() == len(NAMES)
        assert store.rows("SELECT count(*) AS n, count(DISTINCT id) AS d FROM articles") == [
            {"n": len(NAMES), "d": len(NAMES)}]
        assert store.rows("SELECT count(*) AS n FROM (SELECT DISTINCT article_id, idx FROM attributions)") == [
            {"n": store.count("attributions")}]
        orphans = store.rows("SELECT count(*) AS n FROM attributions WHERE article_id NOT IN (SELECT id FROM articles)")
        assert orphans == [{"n": 0}]
    reference = tmp_path / "reference.duckdb"
    _ingest([feed], reference)
    assert _contents(db) == _contents(reference)


def test_ingest_ctrl_c_keeps_what_was_finished_and_says_how_to_resume(tmp_path: Path) -> None:
    feed, db = _write_corpus(tmp_path / "in"), tmp_path / "c.duckdb"
    runner = CliRunner()
    args = ["corpus", "ingest", str(feed), "--db", str(db), "--workers", "1"]
    stopped = runner.invoke(cli.app, [*args, "--analyser", INTERRUPTING])
    assert stopped.exit_code == 130
    assert stopped.stderr.strip() == (f"interrupted: 4 of {len(NAMES)} articles stored in {db}; "
                                      "run the same command again to continue")
    assert _counts(db)["articles"] == 4
    resumed = runner.invoke(cli.app, [*args, "--analyser", FAKE])
    assert resumed.exit_code == 0 and f"stored {len(NAMES) - 4} articles; 4 unchanged" in resumed.stderr


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_sigint_to_a_real_process_stops_it_cleanly(tmp_path: Path, workers: int) -> None:
    """Ctrl-C on a terminal sends SIGINT to the command and its worker processes; the command stops them."""
    feed, db, marks = _write_corpus(tmp_path / "in"), tmp_path / "c.duckdb", tmp_path / "marks"
    marks.mkdir()
    command = [sys.executable, "-c", "from attribution.cli import app; app()", "corpus", "ingest", str(feed),
               "--db", str(db), "--workers", str(workers), "--analyser", SLOW]
    env = {**os.environ, DELAY_ENV: "0.25", MARKS_ENV: str(marks), "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)
    deadline = time.monotonic() + 90
    while len(list(marks.iterdir())) < 4 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, process.communicate()
    os.killpg(process.pid, signal.SIGINT)  # the whole process group, as a terminal does
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    (line,) = stderr.strip().splitlines()
    kept = _counts(db)["articles"]
    assert 0 < kept < len(NAMES)
    assert line == (f"interrupted: {kept} of {len(NAMES)} articles stored in {db}; "
                    "run the same command again to continue")


def test_ingest_cli_summary_and_exit_status(tmp_path: Path) -> None:
    feed, db = _write_corpus(tmp_path / "in", 2), tmp_path / "c.duckdb"
    runner = CliRunner()
    ok = runner.invoke(cli.app, ["corpus", "ingest", str(feed), "--db", str(db), "--workers", "1", "--analyser", FAKE])
    assert ok.exit_code == 0, ok.output
    assert "stored 2 articles; 0 unchanged" in ok.stderr
    failed = runner.invoke(cli.app, ["corpus", "ingest", str(feed), str(tmp_path / "missing.txt"), "--db", str(db),
                                     "--workers", "1", "--analyser", FAKE])
    assert failed.exit_code == 1
    assert "stored 0 articles; 2 unchanged; 1 failed" in failed.stderr
    assert "no such file or directory" in failed.stderr


def test_ingest_engine_version_names_package_and_digest() -> None:
    version = engine_version()
    assert version.startswith(f"{__version__}+") and len(version.split("+")[1]) == 12


@pytest.mark.parametrize("workers", [0, -1])
def test_ingest_refuses_fewer_than_one_worker(tmp_path: Path, workers: int) -> None:
    with pytest.raises(ValueError, match="workers must be at least 1"):
        _ingest([SEEDS], tmp_path / "c.duckdb", workers=workers)
