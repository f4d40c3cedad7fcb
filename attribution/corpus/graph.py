"""The corpus as a networkx graph of outlets, articles and sources, for Gephi and for centrality rankings.

Nodes are `outlet:<name>`, `article:<id>` and `source:<corpus key>` (sources joined across
articles by attribution.corpus.sources), each with a `kind` and a `label`. Edges, each with a
`kind` and a `weight`:

- `publishes`: outlet - article, weight 1;
- `quotes`: article - source, weight = the source's attributions in the article;
- `co_quoted`: source - source, weight = the articles that quote both.

Unresolved pronouns (the `unresolved` entry of `sources`) name nobody and are left out: as one
node they would link unrelated articles and rank as a bridge between them.

Rankings: weighted degree (quotes, or for outlets the articles published), betweenness
(Freeman 1977; sampled over `BETWEENNESS_SAMPLE` pivots with a fixed seed in large graphs, after
Brandes & Pich 2007), which finds sources that bridge outlets and topics, and PageRank over the
co-quotation edges (Brin & Page 1998), which finds sources quoted alongside other central sources.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import networkx as nx

from attribution.corpus.sources import UNRESOLVED, SourceIndex, corpus_sources
from attribution.corpus.store import Store
from attribution.errors import CorpusError

__all__ = ["BETWEENNESS_SAMPLE", "FORMATS", "Ranking", "build_graph", "rankings", "write_graph"]

BETWEENNESS_SAMPLE = 500  # pivots for betweenness in graphs with more nodes than this
FORMATS = {".graphml": nx.write_graphml, ".gexf": nx.write_gexf}
UNKNOWN_OUTLET = "(unknown outlet)"


@dataclass(frozen=True)
class Ranking:
    """One centrality measure's top nodes: (label, kind, value), highest first."""

    measure: str
    description: str
    entries: tuple[tuple[str, str, float], ...]


def build_graph(store: Store, index: SourceIndex | None = None) -> nx.Graph:
    """The graph of the stored corpus; `index` (from `corpus_sources`) is computed when not given."""
    index = index or corpus_sources(store)
    graph = nx.Graph()
    for src in (s for s in index.sources if s.key != UNRESOLVED):
        graph.add_node(f"source:{src.key}", kind="source", label=src.label, type=src.type, quotes=src.quotes)
    for a in store.rows("SELECT id, title, document, outlet, date, url, score FROM articles ORDER BY id"):
        outlet = f"outlet:{a['outlet'] or UNKNOWN_OUTLET}"
        if outlet not in graph:
            graph.add_node(outlet, kind="outlet", label=a["outlet"] or UNKNOWN_OUTLET)
        node = f"article:{a['id']}"
        graph.add_node(node, kind="article", label=a["title"] or a["document"], score=a["score"],
                       **{k: a[k] for k in ("document", "date", "url") if a[k] is not None})
        graph.add_edge(outlet, node, kind="publishes", weight=1)
    quoted: dict[str, list[str]] = defaultdict(list)
    for s in store.rows("SELECT article_id, idx, quotes FROM sources ORDER BY article_id, idx"):
        key = index.of[(s["article_id"], s["idx"])]
        if key == UNRESOLVED:
            continue
        source = f"source:{key}"
        article = f"article:{s['article_id']}"
        if graph.has_edge(article, source):  # two of the article's sources joined into one corpus source
            graph.edges[article, source]["weight"] += s["quotes"]
        else:
            graph.add_edge(article, source, kind="quotes", weight=s["quotes"])
            quoted[article].append(source)
    for sources in quoted.values():
        for a, b in combinations(sorted(sources), 2):
            if graph.has_edge(a, b):
                graph.edges[a, b]["weight"] += 1
            else:
                graph.add_edge(a, b, kind="co_quoted", weight=1)
    return graph


def write_graph(graph: nx.Graph, path: Path) -> None:
    """Write GraphML or GEXF, chosen by the file's suffix.

    Raises:
        CorpusError: the suffix names neither format.
    """
    writer = FORMATS.get(path.suffix.lower())
    if writer is None:
        raise CorpusError(f"{path}: cannot tell the graph format from '{path.suffix}'; use {' or '.join(FORMATS)}")
    writer(graph, path)


def rankings(graph: nx.Graph, *, top: int = 10) -> tuple[Ranking, ...]:
    """The top sources and outlets by weighted degree, betweenness and co-quotation PageRank."""
    nodes = [n for n, kind in graph.nodes(data="kind") if kind in ("source", "outlet")]
    strength = {n: sum(w for _, other, w in graph.edges(n, data="weight")
                       if graph.nodes[other]["kind"] == "article") for n in nodes}
    sample = BETWEENNESS_SAMPLE if graph.number_of_nodes() > BETWEENNESS_SAMPLE else None
    betweenness = nx.betweenness_centrality(graph, k=sample, seed=0)
    co = graph.edge_subgraph([(a, b) for a, b, kind in graph.edges(data="kind") if kind == "co_quoted"])
    pagerank = nx.pagerank(co, weight="weight") if co.number_of_edges() else {}
    return (
        _ranking(graph, "degree", "quotes of a source / articles of an outlet", strength, nodes, top),
        _ranking(graph, "betweenness", "how often a node lies on shortest paths between others", betweenness, nodes,
                 top),
        _ranking(graph, "pagerank", "co-quotation PageRank: quoted alongside other central sources", pagerank,
                 list(pagerank), top),
    )


def _ranking(graph: nx.Graph, measure: str, description: str, values: dict[str, float], nodes: list[str],
             top: int) -> Ranking:
    ranked = sorted(nodes, key=lambda n: (-values.get(n, 0.0), graph.nodes[n]["label"]))[:top]
    return Ranking(measure, description,
                   tuple((graph.nodes[n]["label"], graph.nodes[n]["kind"], float(values.get(n, 0.0))) for n in ranked))

