"""sources: one entry per person or body across spellings, references and outlets (hand-made stores)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import attribution.cli as cli
from attribution.corpus.graph import build_graph
from attribution.corpus.sources import UNRESOLVED, _alike, corpus_sources, is_pronoun, spelling, unattributed_claims
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


def _anonymous(speaker: str, cue: str = "sagte") -> dict:
    return {"cue": cue, "speaker": speaker, "type": "anonymous"}


@pytest.fixture
def pronouns(tmp_path: Path) -> Path:
    """Unresolved pronouns, "man" and a possessive beside real sources in two articles; hearsay with "soll"."""
    path = tmp_path / "p.duckdb"
    with Store(path) as store:
        store_article(store, "Er sagte, es regne. Anna Weber erklärte, ja. Die Kosten soll der Bund tragen.",
                      [_anonymous("Er"), _quote("Anna Weber", "Anna Weber", cue="erklärte"),
                       {"kind": "reportative", "type": "unattributed", "cue": "soll",
                        "content": "Die Kosten soll der Bund tragen"}],
                      outlet="A")
        store_article(store, "Sie meinte, nein. Man hört, es sei so. Nach seinen Angaben ist es so. Anna Weber "
                             "sagte, gut. Herr Seiner sagte, schön. Der Bau soll teuer sein. Angeblich ist er fertig.",
                      [_anonymous("Sie", "meinte"), _anonymous("Man", "hört"), _anonymous("seinen", "Nach"),
                       _quote("Anna Weber", "Anna Weber", cue="sagte, gut"),
                       _quote("Herr Seiner", "Herr Seiner", cue="sagte, schön"),
                       {"kind": "reportative", "type": "unattributed", "cue": "soll teuer",
                        "content": "Der Bau soll teuer sein"},
                       {"kind": "reportative", "type": "unattributed", "cue": "Angeblich",
                        "content": "Angeblich ist er fertig"}],
                      outlet="B")
    return path


@pytest.mark.parametrize(("text", "pronoun"), [
    ("Er", True), ("sie", True), ("Man", True), ("ihm", True), ("seinen", True), ("Ihrem", True), ("wir", True),
    ("Seiner", True), ("Seinfeld", False), ("Ihrig", False), ("Erika", False), ("der Minister", False),
])
def test_sources_is_pronoun_reads_the_lexicon(text: str, pronoun: bool) -> None:
    assert is_pronoun(text, "de") is pronoun
    assert is_pronoun(text, "xx") is False  # no lexicon: nothing is taken for a pronoun


def test_sources_unresolved_pronouns_are_one_entry_never_a_source(pronouns: Path) -> None:
    with Store(pronouns, read_only=True) as store:
        index = corpus_sources(store)
    labels = [s.label for s in index.sources]
    assert labels == ["unresolved", "Anna Weber", "Herr Seiner"]
    unresolved = index.sources[0]
    assert (unresolved.key, unresolved.quotes, unresolved.articles) == (UNRESOLVED, 4, 2)
    assert set(unresolved.variants) == {"Er", "Sie", "Man", "seinen"}
    assert dict(unresolved.outlets) == {"B": 3, "A": 1}


def test_sources_graph_leaves_unresolved_pronouns_out(pronouns: Path) -> None:
    with Store(pronouns, read_only=True) as store:
        graph = build_graph(store)
    labels = {data["label"] for _, data in graph.nodes(data=True) if data["kind"] == "source"}
    assert labels == {"Anna Weber", "Herr Seiner"}
    assert not any(n == f"source:{UNRESOLVED}" for n in graph)


def test_sources_unattributed_claims_by_cue(pronouns: Path) -> None:
    with Store(pronouns, read_only=True) as store:
        claims = unattributed_claims(store)
    assert sorted((c.label, c.type, c.quotes, c.articles, c.variants) for c in claims) == [
        ("(no source given: angeblich)", "unattributed", 1, 1, ("Angeblich",)),
        ("(no source given: soll teuer)", "unattributed", 1, 1, ("soll teuer",)),
        ("(no source given: soll)", "unattributed", 1, 1, ("soll",)),
    ]


def test_sources_cli_type_unattributed(pronouns: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli.app, ["sources", "--db", str(pronouns), "--type", "unattributed", "-f", "json"])
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)
    assert {e["label"] for e in entries} == {"(no source given: soll)", "(no source given: soll teuer)",
                                            "(no source given: angeblich)"}
    assert all(e["type"] == "unattributed" for e in entries) and sum(e["quotes"] for e in entries) == 3
    table = runner.invoke(cli.app, ["sources", "--db", str(pronouns), "--type", "unattributed", "--no-color"])
    words = " ".join(table.stdout.split())
    assert "(no source given: soll)" in words and "unattributed" in words
    everything = runner.invoke(cli.app, ["sources", "--db", str(pronouns), "-f", "json"])
    listed = [e["label"] for e in json.loads(everything.stdout)]
    assert listed == ["unresolved", "Anna Weber", "Herr Seiner"]  # claims without a source are no sources
