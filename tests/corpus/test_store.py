"""The DuckDB store: idempotent upserts keyed by content hash, versions per row, rows that match the report."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import duckdb
import pytest

from attribution.corpus.store import TABLES, Store, article_key, month_of, rows_of
from attribution.errors import CorpusError
from attribution.report import build_report, to_dict
from tests.corpus.corpus_fakes import article
from tests.fakes import fake_parse, make_attribution

TEXT = ("Benjamin Netanjahu sagte, die Lage sei ernst. Ein Beamter sagte, es gebe Gespräche, "
        "weil er nicht befugt sei. Dabei soll es um Geld gehen.")


def _report(text: str = TEXT, *, outlet: str = "haOlam.de", n: int = 3):
    atts = [
        make_attribution(text, cue="sagte", content="die Lage sei ernst", speaker="Benjamin Netanjahu",
                         name="Benjamin Netanjahu"),
        make_attribution(text, type="anonymous", cue="sagte, es", content="es gebe Gespräche", speaker="Ein Beamter",
                         reason="weil er nicht befugt sei", sentence=1),
        make_attribution(text, kind="reportative", type="unattributed", cue="soll", content="es um Geld gehen",
                         sentence=2),
    ][:n]
    art = article(text, outlet=outlet, date="2026-03-04", author="Anna Muster")
    return build_report(art, fake_parse(text), atts)


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "c.duckdb") as s:
        yield s


def _counts(store: Store) -> dict[str, int]:
    return {t.name: store.count(t.name) for t in TABLES}


def test_store_upsert_twice_stores_once(store: Store) -> None:
    report = _report()
    rows = rows_of(article_key(report.article), report, engine="e1")
    store.upsert([rows])
    first = _counts(store)
    store.upsert([rows])
    assert _counts(store) == first == {"articles": 1, "attributions": 3, "sources": 2, "scores": 5}


def test_store_upsert_replaces_child_rows_of_a_reanalysed_article(store: Store) -> None:
    key = article_key(_report().article)
    store.upsert([rows_of(key, _report(), engine="e1")])
    store.upsert([rows_of(key, _report(n=1), engine="e2")])
    assert _counts(store) == {"articles": 1, "attributions": 1, "sources": 1, "scores": 5}
    assert store.versions([key]) == {key: ("fake-model", "e2")}


def test_store_every_row_records_model_and_engine(store: Store) -> None:
    report = _report()
    store.upsert([rows_of(article_key(report.article), report, engine="engine-7")])
    for table in TABLES:
        pairs = store.rows(f"SELECT DISTINCT model, engine FROM {table.name}")
        assert pairs == [{"model": "fake-model", "engine": "engine-7"}], table.name


def test_store_rows_copy_the_report(store: Store) -> None:
    report = _report()
    key = article_key(report.article)
    store.upsert([rows_of(key, report, engine="e1")])
    stored = store.rows("SELECT * FROM articles")[0]
    expected = to_dict(report)
    assert json.loads(stored["report"]) == expected
    summary = expected["summary"]
    assert stored["attributions"] == summary["attributions"]
    assert {t: stored[t] for t in summary["by_type"]} == summary["by_type"]
    assert stored["distinct_sources"] == summary["distinct_sources"]
    assert stored["anonymous_without_reason"] == summary["anonymous_without_reason"] == 0
    assert stored["score"] == expected["score"]["total"]
    assert (stored["outlet"], stored["month"], stored["byline_kind"]) == ("haOlam.de", "2026-03", "person")
    quotes = store.rows("SELECT * FROM attributions ORDER BY idx")
    assert [q["content"] for q in quotes] == [q["content"]["text"] for q in expected["quotes"]]
    assert [q["source_idx"] for q in quotes] == [q["source"] for q in expected["quotes"]]
    assert quotes[1]["anonymity_reason"] == "weil er nicht befugt sei"
    sources = store.rows("SELECT * FROM sources ORDER BY idx")
    assert [(s["label"], s["type"], s["quotes"]) for s in sources] == [
        (s["label"], s["type"], len(s["quotes"])) for s in summary["sources"]]
    assert sources[0]["name"] == "Benjamin Netanjahu"


def test_store_article_key_is_the_content_not_the_file() -> None:
    a = article(TEXT, outlet="haOlam.de", document="a.txt")
    assert article_key(a) == article_key(dataclasses.replace(a, meta=dataclasses.replace(a.meta, document="b.txt")))
    assert article_key(a) != article_key(article(TEXT, outlet="All Israel News"))
    assert article_key(a) != article_key(article(TEXT + " ", outlet="haOlam.de"))


@pytest.mark.parametrize(("date", "month"), [
    ("2026-03-04", "2026-03"), ("2026-03", "2026-03"), ("2026-03-04T10:00:00", "2026-03"),
    ("4. März 2026", None), ("", None), (None, None), ("20260304", None),
])
def test_store_month_of(date: str | None, month: str | None) -> None:
    assert month_of(date) == month


def test_store_read_only_needs_an_existing_database(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no corpus database; create one with `attribution corpus ingest"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_store_refuses_another_schema(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with Store(path) as s:
        s.con.execute("UPDATE meta SET value = 'attribution-corpus/0'")
    with pytest.raises(CorpusError, match="corpus schema is attribution-corpus/0"):
        Store(path, read_only=True)


@pytest.mark.parametrize("read_only", [True, False])
def test_store_refuses_a_database_that_is_not_a_corpus(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(CorpusError, match="not a corpus database"):
        Store(path, read_only=read_only)


def test_store_empty_corpus_is_an_error(store: Store) -> None:
    with pytest.raises(CorpusError, match="holds no articles"):
        store.require_articles()
