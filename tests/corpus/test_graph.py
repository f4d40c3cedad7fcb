"""graph: outlets, articles and sources with weighted edges, GraphML/GEXF export, centrality rankings."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

import attribution.cli as cli
from attribution.corpus.graph import build_graph, rankings, write_graph
from attribution.corpus.store import Store
from attribution.errors import CorpusError
from tests.corpus.corpus_fakes import store_article


@pytest.fixture
def network(tmp_path: Path) -> tuple[Path, nx.Graph]:
    """Two outlets; Weber is quoted twice in article 1 and with Roth in both articles; Lang only in article 2."""
    db = tmp_path / "c.duckdb"
    weber = {"speaker": "Anna Weber", "name": "Anna Weber"}
    roth = {"speaker": "Paul Roth", "name": "Paul Roth"}
    with Store(db) as store:
        store_article(store, "Anna Weber sagte, es regne. Paul Roth erklärte, es schneie. Anna Weber meinte, gut.",
                      [weber | {"cue": "sagte"}, roth | {"cue": "erklärte"}, weber | {"cue": "meinte"}],
                      outlet="Blatt A", document="a1.txt")
        store_article(store, "Paul Roth sagte, nein. Anna Weber erklärte, ja. Eva Lang meinte, vielleicht.",
                      [roth | {"cue": "sagte"}, weber | {"cue": "erklärte"},
                       {"speaker": "Eva Lang", "name": "Eva Lang", "cue": "meinte"}],
                      outlet="Blatt B", document="b1.txt")
        graph = build_graph(store)
    return db, graph


def _node(graph: nx.Graph, label: str) -> str:
    return next(n for n, data in graph.nodes(data=True) if data["label"] == label)


def test_graph_nodes_and_weighted_edges(network: tuple[Path, nx.Graph]) -> None:
    _, graph = network
    kinds = [kind for _, kind in graph.nodes(data="kind")]
    assert (kinds.count("outlet"), kinds.count("article"), kinds.count("source")) == (2, 2, 3)
    weber, roth, lang = (_node(graph, x) for x in ("Anna Weber", "Paul Roth", "Eva Lang"))
    a1 = next(n for n, d in graph.nodes(data=True) if d.get("document") == "a1.txt")
    assert graph.edges[a1, weber] == {"kind": "quotes", "weight": 2}
    assert graph.edges[_node(graph, "Blatt A"), a1] == {"kind": "publishes", "weight": 1}
    assert graph.edges[weber, roth] == {"kind": "co_quoted", "weight": 2}
    assert graph.edges[weber, lang]["weight"] == 1
    assert not graph.has_edge(_node(graph, "Blatt A"), lang)


@pytest.mark.parametrize(("suffix", "read"), [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_graph_export_reads_back(network: tuple[Path, nx.Graph], tmp_path: Path, suffix: str, read) -> None:
    _, graph = network
    path = tmp_path / f"sources{suffix}"
    write_graph(graph, path)
    back = read(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert sorted(float(w) for _, _, w in back.edges(data="weight")) == sorted(
        float(w) for _, _, w in graph.edges(data="weight"))


def test_graph_unknown_format_is_an_error(network: tuple[Path, nx.Graph], tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="use .graphml or .gexf"):
        write_graph(network[1], tmp_path / "sources.csv")


def test_graph_rankings(network: tuple[Path, nx.Graph]) -> None:
    degree, betweenness, pagerank = rankings(network[1], top=3)
    assert degree.entries[0] == ("Anna Weber", "source", 3.0)
    assert {kind for _, kind, _ in pagerank.entries} == {"source"}
    assert pagerank.entries[0][0] in ("Anna Weber", "Paul Roth")
    assert betweenness.entries[0][2] >= betweenness.entries[-1][2]


def test_graph_cli(network: tuple[Path, nx.Graph], tmp_path: Path) -> None:
    db, _ = network
    out = tmp_path / "g.gexf"
    result = CliRunner().invoke(cli.app, ["graph", "--db", str(db), "--out", str(out), "--no-color", "--top", "2"])
    assert result.exit_code == 0, result.output
    assert out.is_file()
    assert "betweenness" in result.stdout and "Anna Weber" in result.stdout
    assert "2 outlets, 2 articles, 3 sources" in result.stderr
