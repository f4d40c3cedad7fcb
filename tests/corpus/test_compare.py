"""compare: figures per outlet (and month) on hand-made stores, bootstrap interval, chi-square test, exports."""
from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import duckdb
import numpy as np
import pytest
from scipy import stats
from typer.testing import CliRunner

import attribution.cli as cli
from attribution.corpus.compare import compare, describe_test
from attribution.corpus.export import comparison_csv, comparison_html, comparison_json, write_parquet
from attribution.corpus.store import Store
from attribution.errors import CorpusError
from tests.corpus.corpus_fakes import store_article

# Each text has a named quote (Schmidt), an anonymous one (ein Beamter) and hearsay (soll).
TEXT = ("„Wir bauen“, sagte Schmidt {n}. Ein Beamter sagte, es gebe Streit{reason}. "
        "Die Kosten soll der Bund tragen. Das Amt teilte mit, alles sei geplant.")
NAMED = {"cue": "sagte", "content": "Wir bauen", "speaker": "Schmidt"}
ANONYMOUS = {"type": "anonymous", "cue": "sagte, es", "content": "es gebe Streit", "speaker": "Ein Beamter"}
HEARSAY = {"kind": "reportative", "type": "unattributed", "cue": "soll", "content": "Die Kosten soll der Bund tragen"}
INSTITUTION = {"type": "institutional", "cue": "teilte mit", "content": "alles sei geplant", "speaker": "Das Amt"}


def _text(n: int, reason: bool = False) -> str:
    return TEXT.format(n=n, reason=", weil er nicht genannt werden wollte" if reason else "")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Outlet A: 3 articles, 9 attributions; outlet B: 2 articles, 5 attributions; one article undated."""
    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        store_article(store, _text(1), [NAMED, ANONYMOUS, HEARSAY], outlet="A", date="2026-01-05", author="Eva Fink")
        store_article(store, _text(2, True), [NAMED, {**ANONYMOUS, "reason": "weil er nicht genannt werden wollte"},
                                              INSTITUTION], outlet="A", date="2026-02-01")
        store_article(store, _text(3), [NAMED, INSTITUTION, HEARSAY], outlet="A", date="2026-02-11")
        second = NAMED | {"content": "Die Kosten soll der Bund tragen", "cue": "teilte mit"}
        store_article(store, _text(4), [NAMED, second, INSTITUTION], outlet="B", date="2026-01-20", author="Jan Ott")
        store_article(store, _text(5), [ANONYMOUS, INSTITUTION], outlet="B")
    return path


def _reports(db: Path) -> dict[str, list[dict]]:
    with Store(db, read_only=True) as store:
        rows = store.rows("SELECT outlet, report FROM articles")
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(r["outlet"], []).append(json.loads(r["report"]))
    return out


def test_compare_figures_per_outlet_match_the_reports(db: Path) -> None:
    with Store(db, read_only=True) as store:
        comparison = compare(store)
    assert [r.group for r in comparison.rows] == [("A",), ("B",)]
    for row, reports in zip(comparison.rows, _reports(db).values(), strict=True):
        n = len(reports)
        total = sum(r["summary"]["attributions"] for r in reports)
        assert row.articles == n
        assert row.attributions_per_article == pytest.approx(total / n)
        assert row.sources_per_article == pytest.approx(sum(r["summary"]["distinct_sources"] for r in reports) / n)
        for t in ("named", "institutional", "anonymous", "unattributed"):
            assert row.share_by_type[t] == pytest.approx(sum(r["summary"]["by_type"][t] for r in reports) / total)
        unjustified = sum(r["summary"]["anonymous_without_reason"] > 0 for r in reports) / n
        assert row.unjustified_anonymous_share == pytest.approx(unjustified)
        assert row.score_mean == pytest.approx(np.mean([r["score"]["total"] for r in reports]))


def test_compare_hand_counted_figures(db: Path) -> None:
    with Store(db, read_only=True) as store:
        a, b = compare(store).rows
    assert (a.articles, a.attributions, b.articles, b.attributions) == (3, 9, 2, 5)
    assert dict(a.by_type) == {"named": 3, "institutional": 2, "anonymous": 2, "unattributed": 2}
    assert dict(b.by_type) == {"named": 2, "institutional": 2, "anonymous": 1, "unattributed": 0}
    assert a.unjustified_anonymous_share == pytest.approx(1 / 3)  # article 2 gives a reason
    assert b.unjustified_anonymous_share == pytest.approx(1 / 2)


def test_compare_bootstrap_interval_is_seeded_and_brackets_the_mean(db: Path) -> None:
    with Store(db, read_only=True) as store:
        first, again = compare(store, resamples=2000, seed=3), compare(store, resamples=2000, seed=3)
    a = first.rows[0]
    assert a.score_ci == again.rows[0].score_ci
    assert a.score_ci is not None and a.score_ci[0] <= a.score_mean <= a.score_ci[1]
    scores = np.array([r["score"]["total"] for r in _reports(db)["A"]], dtype=float)
    assert scores.min() <= a.score_ci[0] and a.score_ci[1] <= scores.max()
    direct = stats.bootstrap((scores,), np.mean, n_resamples=2000, method="percentile",
                             rng=np.random.default_rng(3)).confidence_interval
    assert a.score_ci == pytest.approx((direct.low, direct.high))


def test_compare_chi_square_and_cramers_v(db: Path) -> None:
    with Store(db, read_only=True) as store:
        test = compare(store).test
    table = np.array([[3, 2, 2, 2], [2, 2, 1, 0]])
    expected = stats.chi2_contingency(table, correction=False)
    assert test is not None
    assert test.statistic == pytest.approx(expected.statistic)
    assert test.p_value == pytest.approx(expected.pvalue)
    assert test.dof == 3 and test.attributions == 14 and test.groups == 2
    assert test.cramers_v == pytest.approx(math.sqrt(expected.statistic / (14 * 1)))
    assert test.small_expected  # 14 attributions in 8 cells


def test_compare_by_outlet_and_month_with_undated_articles(db: Path) -> None:
    with Store(db, read_only=True) as store:
        comparison = compare(store, by=["outlet", "month"])
    assert [r.group for r in comparison.rows] == [
        ("A", "2026-01"), ("A", "2026-02"), ("B", "2026-01"), ("B", "(undated)")]
    assert [r.articles for r in comparison.rows] == [1, 2, 1, 1]
    assert comparison.rows[0].score_ci is None  # one article: no interval


def test_compare_without_two_groups_has_no_test(tmp_path: Path) -> None:
    with Store(tmp_path / "c.duckdb") as store:
        store_article(store, _text(1), [NAMED, ANONYMOUS], outlet="A")
        comparison = compare(store)
    assert comparison.test is None
    assert describe_test(comparison) == "no test: fewer than two groups have attributions"


@pytest.mark.parametrize(("by", "message"), [(["author"], "cannot group by author"), ([], "cannot group by nothing")])
def test_compare_refuses_unknown_groupings(db: Path, by: list[str], message: str) -> None:
    with Store(db, read_only=True) as store, pytest.raises(ValueError, match=message):
        compare(store, by=by)


def test_compare_empty_corpus_is_an_error(tmp_path: Path) -> None:
    with Store(tmp_path / "c.duckdb") as store, pytest.raises(CorpusError, match="holds no articles"):
        compare(store)


def test_compare_exports_agree(db: Path, tmp_path: Path) -> None:
    with Store(db, read_only=True) as store:
        comparison = compare(store, resamples=500)
    rows = list(csv.DictReader(io.StringIO(comparison_csv(comparison))))
    data = json.loads(comparison_json(comparison))
    write_parquet(comparison, tmp_path / "c.parquet")
    parquet = duckdb.sql(f"SELECT * FROM read_parquet('{tmp_path / 'c.parquet'}') ORDER BY outlet").fetchall()
    assert data["schema_version"] == "attribution-compare/1" and data["by"] == ["outlet"]
    assert [r["outlet"] for r in rows] == [r["outlet"] for r in data["rows"]] == [p[0] for p in parquet] == ["A", "B"]
    assert float(rows[0]["score_mean"]) == data["rows"][0]["score_mean"] == parquet[0][-3]
    assert data["rows"][1]["share_named"] == pytest.approx(0.4)
    assert data["test"]["dof"] == 3 and data["test"]["small_expected"] is True


def test_compare_html_is_self_contained_with_four_charts(db: Path) -> None:
    with Store(db, read_only=True) as store:
        page = comparison_html(compare(store, resamples=500))
    assert page.count('class="plotly-graph-div"') == 4
    assert "<script src=" not in page  # plotly.js is inline, no network needed
    assert len(page) > 1_000_000  # the library is embedded once
    assert "Chi-square test" in page and '<table id="figures">' in page


def test_compare_cli_formats(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    table = runner.invoke(cli.app, ["compare", "--db", str(db), "--no-color", "--resamples", "200"])
    assert table.exit_code == 0, table.output
    assert "Sourcing by outlet" in table.stdout and "Chi-square test" in table.stdout
    as_json = runner.invoke(cli.app, ["compare", "--db", str(db), "-f", "json", "--by", "month", "--resamples", "200"])
    assert json.loads(as_json.stdout)["by"] == ["month"]
    missing = runner.invoke(cli.app, ["compare", "--db", str(db), "-f", "parquet"])
    assert missing.exit_code == 1 and "--format parquet writes a file: pass --output FILE" in missing.stderr
    page = tmp_path / "c.html"
    assert runner.invoke(cli.app, ["compare", "--db", str(db), "-f", "html", "-o", str(page)]).exit_code == 0
    again = runner.invoke(cli.app, ["compare", "--db", str(db), "-f", "html", "-o", str(page)])
    assert again.exit_code == 1 and "pass --force to overwrite" in again.stderr
    nothing = runner.invoke(cli.app, ["compare", "--db", str(tmp_path / "none.duckdb")])
    assert nothing.exit_code == 1 and "no corpus database" in nothing.stderr
