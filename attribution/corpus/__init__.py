"""Corpus mode: store many analysed articles in DuckDB, compare outlets, rank and map their sources.

attribution.corpus.distributed (the ingest on Dask) is imported on its own, so that the rest of
the package does not load Dask.
"""
from attribution.corpus.analyser import Analyser, AnalyserSpec, Failure, StanzaAnalyser, analyse, engine_version
from attribution.corpus.compare import ChiSquare, Comparison, GroupFigures, compare, describe_test, flat_rows, to_dict
from attribution.corpus.export import comparison_csv, comparison_html, comparison_json, sources_csv, sources_json
from attribution.corpus.export import sources_records, write_parquet
from attribution.corpus.graph import Ranking, build_graph, rankings, write_graph
from attribution.corpus.ingest import IngestResult, Plan, Task, ingest, plan
from attribution.corpus.sources import CorpusSource, SourceIndex, corpus_sources, spelling
from attribution.corpus.store import SCHEMA_VERSION, TABLES, ArticleRows, Store, article_key, rows_of

__all__ = [
    "SCHEMA_VERSION", "TABLES", "Analyser", "AnalyserSpec", "ArticleRows", "ChiSquare", "Comparison", "CorpusSource",
    "Failure", "GroupFigures", "IngestResult", "Plan", "Ranking", "SourceIndex", "StanzaAnalyser", "Store", "Task",
    "analyse", "article_key", "build_graph", "compare", "comparison_csv", "comparison_html", "comparison_json",
    "corpus_sources", "describe_test", "engine_version", "flat_rows", "ingest", "plan", "rankings", "rows_of",
    "sources_csv", "sources_json", "sources_records", "spelling", "to_dict", "write_graph", "write_parquet",
]
