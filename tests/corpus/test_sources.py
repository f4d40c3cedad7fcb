"""sources: one entry per person or body across spellings, references and outlets (hand-made stores)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import attribution.cli as cli
from attribution.corpus.sources import _alike, corpus_sources, spelling
from attribution.corpus.store import Store
from tests.corpus.corpus_fakes import store_article

BIBI = "Benjamin Netanjahu"


def _quote(speaker: str, name: str | None = None, cue: str = "sagte", **kw: str) -> dict:
    return {"cue": cue, "speaker": speaker, "name": name, **kw}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        store_article(store, "Benjamin Netanjahu sagte, man sei bereit. Der Ministerpräsident erklärte, es eile. "
                             "Das Weiße Haus teilte mit, man prüfe das.",
                      [_quote("Benjamin Netanjahu", BIBI), _quote("Der Ministerpräsident", BIBI, cue="erklärte"),
                       _quote("Das Weiße Haus", "Weißes Haus", cue="teilte mit", type="institutional")],
                      outlet="haOlam.de")
        store_article(store, "Benjamin Netanyahu sagte, Israel handle. Dem Weißen Haus zufolge gibt es Gespräche.",
                      [_quote("Benjamin Netanyahu", "Benjamin Netanyahu"),
                       _quote("Dem Weißen Haus", "Weißes Haus", cue="zufolge", type="institutional")],
                      outlet="All Israel News")
        store_article(store, "Netanjahu sagte, das reiche nicht. Anna Schmidt sagte, sie warte. "
                             "Anna Schmitt sagte, sie gehe.",
                      [_quote("Netanjahu"), _quote("Anna Schmidt", "Anna Schmidt", cue="sagte, sie warte"),
                       _quote("Anna Schmitt", "Anna Schmitt", cue="sagte, sie gehe")],
                      outlet="All Israel News")
    return path


def test_sources_join_spellings_references_and_outlets(db: Path) -> None:
    with Store(db, read_only=True) as store:
        index = corpus_sources(store)
    top = index.sources[0]
    assert (top.label, top.type, top.quotes, top.articles) == (BIBI, "named", 4, 3)
    assert dict(top.outlets) == {"haOlam.de": 2, "All Israel News": 2}
    assert {"Benjamin Netanjahu", "Benjamin Netanyahu", "Der Ministerpräsident", "Netanjahu"} <= set(top.variants)
    white_house = next(s for s in index.sources if s.type == "institutional")
    assert (white_house.label, white_house.quotes, white_house.articles) == ("Weißes Haus", 2, 2)
    assert sorted(s.label for s in index.sources if s.quotes == 1) == ["Anna Schmidt", "Anna Schmitt"]
    assert len(index.sources) == 4
    assert set(index.of.values()) == {s.key for s in index.sources}


def test_sources_bare_surname_with_two_people_of_that_name(tmp_path: Path) -> None:
    with Store(tmp_path / "c.duckdb") as store:
        store_article(store, "Benjamin Netanjahu sagte, man sei bereit.", [_quote("Benjamin Netanjahu", BIBI)])
        store_article(store, "Sara Netanjahu sagte, sie sei müde. Netanjahu erklärte, sie gehe.",
                      [_quote("Sara Netanjahu", "Sara Netanjahu"), _quote("Netanjahu", cue="erklärte")])
        store_article(store, "Netanjahu sagte, das reiche.", [_quote("Netanjahu")])
        index = corpus_sources(store)
    quotes = {s.label: s.quotes for s in index.sources}
    # the article that names Sara Netanjahu joins its "Netanjahu" to her (one source in the report already);
    # the article that names nobody cannot tell which Netanjahu: an entry of its own
    assert quotes == {"Sara Netanjahu": 2, BIBI: 1, "Netanjahu": 1}


@pytest.mark.parametrize(("text", "key"), [
    ("Netanjahu", "netanjahu"), ("NETANJAHU", "netanjahu"), ("Netanjahú", "netanjahu"),
    ("Hans-Peter  Müller", "hans-peter muller"), ("Straße", "strasse"), ("„Weißes Haus“", "weisses haus"),
])
def test_sources_spelling(text: str, key: str) -> None:
    assert spelling(text) == key


@pytest.mark.parametrize(("a", "b", "alike"), [
    ("netanjahu", "netanyahu", True), ("selenskyj", "selenskij", True), ("muller", "mueller", True),
    ("schmidt", "schmitt", False), ("scholz", "schulz", False), ("meier", "meyer", False), ("putin", "tputin", False),
])
def test_sources_alike_surnames(a: str, b: str, alike: bool) -> None:
    assert _alike(a, b) is alike


def test_sources_cli(db: Path) -> None:
    runner = CliRunner()
    table = runner.invoke(cli.app, ["sources", "--db", str(db), "--no-color"])
    assert table.exit_code == 0, table.output
    assert "Most quoted sources" in table.stdout and BIBI in table.stdout
    as_json = runner.invoke(cli.app, ["sources", "--db", str(db), "-f", "json", "--type", "institutional"])
    assert [s["label"] for s in json.loads(as_json.stdout)] == ["Weißes Haus"]
    as_csv = runner.invoke(cli.app, ["sources", "--db", str(db), "-f", "csv", "--top", "1"])
    assert as_csv.stdout.splitlines()[1].startswith(f"1,{BIBI},named,4,3,")
