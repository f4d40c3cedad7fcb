"""End to end with the real models: the seeds ingested, then compared, side by side with their reports."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import attribution.cli as cli
from attribution.corpus.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
OUTLETS = ["All Israel News", "haOlam.de"]

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict]]:
    """The seeds ingested into a corpus, and their per-article JSON reports from `analyse` (parses cached once)."""
    from attribution.nlp.models import ModelError, resolve

    pytest.importorskip("attribution.extract.engine")
    try:
        resolve("de")
    except ModelError as exc:
        pytest.skip(f"no German models: {exc}")
    db = tmp_path_factory.mktemp("corpus") / "seeds.duckdb"
    mp = pytest.MonkeyPatch()
    mp.setenv("ATTRIBUTION_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    try:
        ingested = CliRunner().invoke(cli.app, ["corpus", "ingest", str(SEEDS), "--db", str(db), "--workers", "1"])
        analysed = CliRunner().invoke(cli.app, ["analyse", str(SEEDS), "--format", "json"])
    finally:
        mp.undo()
    assert ingested.exit_code == 0, ingested.output
    assert analysed.exit_code == 0, analysed.output
    reports = [json.loads(line) for line in analysed.stdout.splitlines()]
    return db, {r["metadata"]["outlet"]: r for r in reports}


def test_seeds_compare_shows_both_outlets_with_their_reports_figures(seeds: tuple[Path, dict[str, dict]]) -> None:
    db, reports = seeds
    result = CliRunner().invoke(cli.app, ["compare", "--db", str(db), "--format", "json", "--min-articles", "1"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [row["outlet"] for row in data["rows"]] == OUTLETS == sorted(reports, key=str.casefold)
    for row in data["rows"]:
        summary, score = reports[row["outlet"]]["summary"], reports[row["outlet"]]["score"]
        assert row["articles"] == 1
        assert row["attributions"] == row["attributions_per_article"] == summary["attributions"]
        assert row["sources_per_article"] == summary["distinct_sources"]
        assert {t: row[t] for t in summary["by_type"]} == summary["by_type"]
        assert {t: row[f"share_{t}"] for t in summary["share_by_type"]} == summary["share_by_type"]
        assert row["unjustified_anonymous_share"] == (1.0 if summary["anonymous_without_reason"] else 0.0)
        assert row["score_mean"] == score["total"]
        assert row["score_ci_low"] is None  # one article per outlet: no interval
    assert data["test"]["attributions"] == sum(r["summary"]["attributions"] for r in reports.values())


def test_seeds_store_holds_the_reports_and_their_versions(seeds: tuple[Path, dict[str, dict]]) -> None:
    from attribution.corpus.analyser import engine_version
    from attribution.nlp.parse import pipeline_id

    db, reports = seeds
    with Store(db, read_only=True) as store:
        rows = store.rows("SELECT outlet, model, engine, report FROM articles ORDER BY outlet")
    assert [r["outlet"] for r in rows] == OUTLETS
    for row in rows:
        assert json.loads(row["report"]) == reports[row["outlet"]]
        assert (row["model"], row["engine"]) == (pipeline_id("de"), engine_version())
