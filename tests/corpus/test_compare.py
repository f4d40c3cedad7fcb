"""compare: figures per outlet (and month) on hand-made stores, bootstrap interval, chi-square test, exports."""
from __future__ import annotations

import csv
import io
import json
import math
import re
from pathlib import Path

import duckdb
import numpy as np
import pytest
from rich.console import Console
from scipy import stats
from typer.testing import CliRunner

import attribution.cli as cli
from attribution.corpus.compare import MIN_ARTICLES, OTHER, compare, describe_test, effect_size
from attribution.corpus.export import comparison_csv, comparison_html, comparison_json, write_parquet
from attribution.corpus.render import render_comparison
from attribution.corpus.store import Store
from attribution.errors import CorpusError
from attribution.types import SOURCE_TYPES
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
        comparison = compare(store, min_articles=1)
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
        a, b = compare(store, min_articles=1).rows
    assert (a.articles, a.attributions, b.articles, b.attributions) == (3, 9, 2, 5)
    assert dict(a.by_type) == {"named": 3, "institutional": 2, "anonymous": 2, "unattributed": 2}
    assert dict(b.by_type) == {"named": 2, "institutional": 2, "anonymous": 1, "unattributed": 0}
    assert a.unjustified_anonymous_share == pytest.approx(1 / 3)  # article 2 gives a reason
    assert b.unjustified_anonymous_share == pytest.approx(1 / 2)


def test_compare_bootstrap_interval_is_seeded_and_brackets_the_mean(db: Path) -> None:
    with Store(db, read_only=True) as store:
        first = compare(store, resamples=2000, seed=3, min_articles=1)
        again = compare(store, resamples=2000, seed=3, min_articles=1)
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
        test = compare(store, min_articles=1).test
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
        comparison = compare(store, by=["outlet", "month"], min_articles=1)
    assert [r.group for r in comparison.rows] == [
        ("A", "2026-01"), ("A", "2026-02"), ("B", "2026-01"), ("B", "(undated)")]
    assert [r.articles for r in comparison.rows] == [1, 2, 1, 1]
    assert comparison.rows[0].score_ci is None  # one article: no interval


def test_compare_without_two_groups_has_no_test(tmp_path: Path) -> None:
    with Store(tmp_path / "c.duckdb") as store:
        store_article(store, _text(1), [NAMED, ANONYMOUS], outlet="A")
        comparison = compare(store, min_articles=1)
    assert comparison.test is None
    assert describe_test(comparison) == ("No test: fewer than two outlets have attributions, too few to tell a real "
                                         "difference from chance.")


@pytest.mark.parametrize(("by", "message"), [(["author"], "cannot group by author"), ([], "cannot group by nothing")])
def test_compare_refuses_unknown_groupings(db: Path, by: list[str], message: str) -> None:
    with Store(db, read_only=True) as store, pytest.raises(ValueError, match=message):
        compare(store, by=by)


def test_compare_empty_corpus_is_an_error(tmp_path: Path) -> None:
    with Store(tmp_path / "c.duckdb") as store, pytest.raises(CorpusError, match="holds no articles"):
        compare(store)


def test_compare_exports_agree(db: Path, tmp_path: Path) -> None:
    with Store(db, read_only=True) as store:
        comparison = compare(store, resamples=500, min_articles=1)
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
        page = comparison_html(compare(store, resamples=500, min_articles=1))
    assert page.count('class="plotly-graph-div"') == 4
    assert "<script src=" not in page  # plotly.js is inline, no network needed
    assert len(page) > 1_000_000  # the library is embedded once
    assert "chi-square test" in page and '<table id="figures">' in page


def test_compare_cli_formats(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    table = runner.invoke(cli.app, ["compare", "--db", str(db), "--no-color", "--resamples", "200",
                                    "--min-articles", "1"])
    assert table.exit_code == 0, table.output
    assert "Sourcing by outlet" in table.stdout and "chi-square test" in table.stdout
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


def _store_outlets(path: Path, mixes: dict[str, list[list[dict]]]) -> Path:
    """A store with, per outlet, one article per list of attributions."""
    with Store(path) as store:
        n = 0
        for outlet, articles in mixes.items():
            for atts in articles:
                n += 1
                store_article(store, _text(n), atts, outlet=outlet, date=f"2026-0{1 + n % 9}-01")
    return path


@pytest.fixture
def differing(tmp_path: Path) -> Path:
    """Two outlets of 8 articles: one quotes named people, the other mostly anonymous sources; a third of 2 articles."""
    return _store_outlets(tmp_path / "d.duckdb", {
        "Frankfurter Allgemeine Zeitung": [[NAMED, INSTITUTION, NAMED | {"cue": "teilte mit"}]] * 8,
        "taz": [[ANONYMOUS, ANONYMOUS | {"cue": "sagte"}, NAMED]] * 8,
        "Kleinblatt": [[NAMED, HEARSAY]] * 2,
    })


def test_compare_pools_small_groups_and_leaves_them_out_of_the_test(differing: Path) -> None:
    with Store(differing, read_only=True) as store:
        comparison = compare(store, resamples=200)
    assert [r.group for r in comparison.rows] == [("Frankfurter Allgemeine Zeitung",), ("taz",), (OTHER,)]
    other = comparison.rows[-1]
    assert (other.articles, other.attributions, other.pooled) == (2, 4, (("Kleinblatt",),))
    assert comparison.test is not None and comparison.test.groups == 2 and comparison.test.attributions == 48
    assert comparison.pool_note == (
        "1 of the outlets has fewer than 5 articles (2 in all): too few for figures of its own, so it is pooled as "
        "'other (small groups)', which the test leaves out (--min-articles sets the size).")
    data = json.loads(comparison_json(comparison))
    assert data["min_articles"] == 5 and data["pooled"] == [["Kleinblatt"]] and data["rows"][-1]["outlet"] == OTHER


def test_compare_too_few_articles_says_so_in_plain_words(db: Path) -> None:
    with Store(db, read_only=True) as store:
        comparison = compare(store, resamples=200)  # outlets of 3 and 2 articles, below the default of 5
    assert [r.group for r in comparison.rows] == [(OTHER,)]
    assert comparison.rows[0].articles == 5 and comparison.test is None
    assert describe_test(comparison) == ("No test: fewer than two outlets have 5 or more articles with attributions, "
                                         "too few to tell a real difference from chance.")
    assert "2 outlets have fewer than 5 articles (5 in all): too few for figures of their own, so they are pooled" in (
        comparison.pool_note or "")


def test_compare_pools_sparse_months(db: Path) -> None:
    with Store(db, read_only=True) as store:
        comparison = compare(store, by=["outlet", "month"], resamples=200, min_articles=2)
    assert [r.group for r in comparison.rows] == [("A", "2026-02"), (OTHER, OTHER)]
    assert comparison.rows[-1].shown == (OTHER, "")
    assert comparison.rows[-1].pooled == (("A", "2026-01"), ("B", "2026-01"), ("B", "(undated)"))


def test_compare_refuses_a_minimum_below_one(db: Path) -> None:
    with Store(db, read_only=True) as store, pytest.raises(ValueError, match="min_articles must be at least 1"):
        compare(store, min_articles=0)


def test_compare_test_in_plain_words_when_groups_differ(differing: Path) -> None:
    with Store(differing, read_only=True) as store:
        comparison = compare(store, resamples=200)
    test = comparison.test
    assert test is not None and test.p_value < 0.001 and test.largest == "anonymous"
    sentence = describe_test(comparison)
    assert sentence.startswith("The outlets differ in how they source their reports, most in how often they use "
                               "anonymous sources (0 % in Frankfurter Allgemeine Zeitung to 67 % in taz): "
                               "chi-square test over 48 attributions in 2 outlets: χ² = ")
    assert f"df = {test.dof}, p < 0.001; Cramér's V = {test.cramers_v:.2f} (large effect)." in sentence
    assert json.loads(comparison_json(comparison))["summary"] == sentence


def test_compare_test_in_plain_words_when_groups_do_not_differ(tmp_path: Path) -> None:
    same = [[NAMED, ANONYMOUS, INSTITUTION]] * 5
    db = _store_outlets(tmp_path / "s.duckdb", {"A": same, "B": same})
    with Store(db, read_only=True) as store:
        sentence = describe_test(compare(store, resamples=200))
    assert sentence.startswith("No clear difference between the outlets in how they source their reports; "
                               "differences this large often arise by chance: chi-square test over 30 attributions "
                               "in 2 outlets: χ² = 0.0, df = 2, p = 1.00; Cramér's V = 0.00 (negligible effect).")


@pytest.mark.parametrize(("v", "groups", "types", "label"), [
    (0.05, 2, 2, "negligible"), (0.1, 2, 2, "small"), (0.3, 2, 4, "medium"), (0.5, 3, 2, "large"),
    (0.2, 4, 4, "medium"), (0.15, 4, 4, "small"), (0.29, 4, 4, "large"),
])
def test_compare_effect_size_follows_cohen_for_the_table_shape(v: float, groups: int, types: int, label: str) -> None:
    assert effect_size(v, groups, types) == label


def _terminal(comparison) -> list[str]:
    console = Console(width=80, record=True, file=io.StringIO(), no_color=True)
    render_comparison(comparison, console)
    return console.export_text().splitlines()


@pytest.mark.parametrize("by", [["outlet"], ["month"], ["outlet", "month"]])
def test_compare_terminal_table_fits_80_columns(differing: Path, by: list[str]) -> None:
    with Store(differing, read_only=True) as store:
        comparison = compare(store, by=by, resamples=200, min_articles=1)
    lines = _terminal(comparison)
    assert max(len(line) for line in lines) <= 80
    text = "\n".join(lines)
    assert "…" not in text  # nothing cut
    header = next(line for line in lines if "Named" in line)
    assert header.split() == [*(f.capitalize() for f in by), "n", "Att.", "Src.", "Named", "Inst.", "Anon.",
                              "Unatt.", "reason", "Score"]
    for row in comparison.rows:  # every figure whole, on the group's first line
        first = next(line for line in lines
                     if line.startswith(row.shown[0].split()[0]) and all(v in line for v in row.shown[1:]))
        assert first.split()[-7:] == [f"{row.sources_per_article:.1f}", *(f"{row.share_by_type[t]:.0%}" for t in
                                      SOURCE_TYPES), f"{row.unjustified_anonymous_share:.0%}", f"{row.score_mean:.1f}"]
    if "outlet" in by:  # a long outlet name wraps at its spaces
        assert any(line.startswith("Frankfurter ") for line in lines)
        assert any(line.startswith("Allgemeine") for line in lines)


def test_compare_html_figures_table_is_readable(differing: Path) -> None:
    with Store(differing, read_only=True) as store:
        page = comparison_html(compare(store, resamples=200))
    table = page[page.index('<table id="figures">'):page.index("</table>")]
    headers = re.findall(r"<th[^>]*>([^<]*)</th>", table)
    assert headers == ["Outlet", "Articles", "Attributions per article", "Sources per article", "Named",
                       "Institutional", "Anonymous", "Unattributed", "Anonymous without reason", "Score (mean)",
                       "Score, 95 % interval"]
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", table)
    assert cells[:8] == ["Frankfurter Allgemeine Zeitung", "8", "3.0", "2.0", "67 %", "33 %", "0 %", "0 %"]
    assert all(not re.fullmatch(r"\d+\.\d{2,}", c) for c in cells)  # rounded
    assert '<td class="group" title="Kleinblatt">other (small groups)</td>' in table
    assert "width:100%" in page and "overflow-x" not in page  # fits the page


def test_compare_cli_min_articles(differing: Path) -> None:
    runner = CliRunner()
    pooled = runner.invoke(cli.app, ["compare", "--db", str(differing), "--no-color", "--resamples", "200"])
    assert pooled.exit_code == 0, pooled.output
    assert "other (small groups)" in pooled.stdout and "pooled as 'other (small groups)'" in " ".join(
        pooled.stdout.split())
    alone = runner.invoke(cli.app, ["compare", "--db", str(differing), "-f", "json", "--min-articles", "1",
                                    "--resamples", "200"])
    assert [r["outlet"] for r in json.loads(alone.stdout)["rows"]] == [
        "Frankfurter Allgemeine Zeitung", "Kleinblatt", "taz"]
    assert cli.MIN_ARTICLES == MIN_ARTICLES
