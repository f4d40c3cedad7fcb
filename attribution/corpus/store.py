"""The corpus store: analysed articles as rows of an embedded DuckDB database (no server).

Tables of schema `attribution-corpus/1` (columns in docs/corpus.md):

- `articles`: one row per article, keyed by `id`, the content hash of the article
  (`article_key`); its metadata, counts by source type, the transparency score and the whole
  JSON report (`attribution-report/1`);
- `attributions`: one row per quotation or piece of reported speech, keyed by
  (`article_id`, `idx`), `idx` being its 0-based position in the report's `quotes`;
- `sources`: one row per distinct source of an article, `idx` as in the report's `summary.sources`;
- `scores`: one row per component of the article's transparency score.

Every row records the `model` that parsed the article and the `engine` version that extracted and
scored it. A write replaces whole articles in one transaction: their child rows are deleted and
all rows inserted again (`INSERT OR REPLACE` on the key), so ingesting an article twice stores it
once and a run killed mid-write leaves no half-written article. DuckDB cannot update a row that a
declared foreign key points at, so `article_id` links the tables by convention only.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import duckdb
import pyarrow as pa

from attribution.errors import CorpusError
from attribution.report import ArticleReport, dumps
from attribution.types import Article

__all__ = ["SCHEMA_VERSION", "TABLES", "ArticleRows", "Column", "Store", "Table", "arrow_table", "article_key",
           "rows_of"]

SCHEMA_VERSION = "attribution-corpus/1"
_MONTH = re.compile(r"^(?P<month>\d{4}-\d{2})(?:-\d{2})?(?:$|[T ])")
_ARROW = {"VARCHAR": pa.string(), "JSON": pa.string(), "INTEGER": pa.int32(), "DOUBLE": pa.float64(),
          "BOOLEAN": pa.bool_(), "TIMESTAMP": pa.timestamp("us")}


@dataclass(frozen=True)
class Column:
    """One column: its name and DuckDB type (the Arrow type of Parquet partitions follows from it)."""

    name: str
    type: str


@dataclass(frozen=True)
class Table:
    """A table of the store: its columns in order and its primary key."""

    name: str
    columns: tuple[Column, ...]
    pk: tuple[str, ...]

    def ddl(self) -> str:
        """`CREATE TABLE IF NOT EXISTS` for this table."""
        cols = ", ".join(f"{c.name} {c.type}" for c in self.columns)
        return f"CREATE TABLE IF NOT EXISTS {self.name} ({cols}, PRIMARY KEY ({', '.join(self.pk)}))"

    @property
    def schema(self) -> pa.Schema:
        """The Arrow schema of this table's rows, for in-memory batches and Parquet partitions."""
        return pa.schema([(c.name, _ARROW[c.type]) for c in self.columns])


def _table(name: str, pk: tuple[str, ...], spec: str) -> Table:
    """A Table from a whitespace block of `name TYPE` pairs."""
    words = spec.split()
    return Table(name, tuple(Column(n, t) for n, t in zip(words[::2], words[1::2], strict=True)), pk)


# fmt: off
ARTICLES = _table("articles", ("id",), """
    id VARCHAR  document VARCHAR  outlet VARCHAR  url VARCHAR  title VARCHAR  author VARCHAR
    date VARCHAR  month VARCHAR  lang VARCHAR  characters INTEGER  byline_kind VARCHAR
    attributions INTEGER  named INTEGER  institutional INTEGER  anonymous INTEGER  unattributed INTEGER
    distinct_sources INTEGER  anonymous_without_reason INTEGER  sentences INTEGER
    attributed_sentences INTEGER  score INTEGER  model VARCHAR  engine VARCHAR  ingested_at TIMESTAMP
    report JSON
""")
ATTRIBUTIONS = _table("attributions", ("article_id", "idx"), """
    article_id VARCHAR  idx INTEGER  kind VARCHAR  type VARCHAR  cue VARCHAR  cue_lemma VARCHAR
    content VARCHAR  content_start INTEGER  content_end INTEGER  speaker VARCHAR  speaker_start INTEGER
    speaker_end INTEGER  speaker_name VARCHAR  speaker_head VARCHAR  source_idx INTEGER
    anonymity_reason VARCHAR  source_description VARCHAR  rule VARCHAR  fallback BOOLEAN
    model VARCHAR  engine VARCHAR
""")
SOURCES = _table("sources", ("article_id", "idx"), """
    article_id VARCHAR  idx INTEGER  key VARCHAR  label VARCHAR  name VARCHAR  type VARCHAR
    quotes INTEGER  model VARCHAR  engine VARCHAR
""")
SCORES = _table("scores", ("article_id", "component"), """
    article_id VARCHAR  component VARCHAR  label VARCHAR  points DOUBLE  max INTEGER  detail VARCHAR
    model VARCHAR  engine VARCHAR
""")
# fmt: on
TABLES: tuple[Table, ...] = (ARTICLES, ATTRIBUTIONS, SOURCES, SCORES)
_CHILDREN = TABLES[1:]

Row = tuple[Any, ...]


@dataclass(frozen=True)
class ArticleRows:
    """One analysed article as rows of every table, in the tables' column order.

    Plain tuples, so that worker processes can send them back cheaply and batches become Arrow
    tables (and Parquet partitions) without a conversion layer.
    """

    id: str
    articles: tuple[Row, ...]
    attributions: tuple[Row, ...]
    sources: tuple[Row, ...]
    scores: tuple[Row, ...]

    def rows(self, table: Table) -> tuple[Row, ...]:
        """This article's rows of `table`."""
        rows: tuple[Row, ...] = getattr(self, table.name)
        return rows


def article_key(article: Article) -> str:
    """The content hash that identifies an article in the store: SHA-256 of its text, outlet and URL.

    The outlet and URL are part of the identity so that a wire story printed by two outlets counts
    for each; the file name is not, so moving or renaming files costs nothing.
    """
    meta = article.meta
    payload = json.dumps([article.text, meta.outlet, meta.url], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def month_of(date: str | None) -> str | None:
    """`YYYY-MM` of an ISO date ("2026-03-04" -> "2026-03"), or None for no or another date."""
    m = _MONTH.match(date or "")
    return m["month"] if m else None


def rows_of(key: str, report: ArticleReport, *, engine: str, ingested_at: datetime | None = None) -> ArticleRows:
    """The store's rows for one article's report.

    Args:
        key: the article's `article_key`.
        report: its report; the rows are copies of its figures, so the store and the per-article
            JSON report never disagree.
        engine: version of the rules and scoring that made the report (`analyser.engine_version`).
        ingested_at: when it was analysed (default now, UTC).
    """
    meta, summary, model = report.article.meta, report.summary, report.model
    when = (ingested_at or datetime.now(UTC)).replace(tzinfo=None)
    source_of = {i: n for n, src in enumerate(summary.sources) for i in src.attributions}
    by_type = summary.by_type
    article = (
        key, meta.document, meta.outlet, meta.url, meta.title, meta.author, meta.date, month_of(meta.date),
        report.article.lang, len(report.article.text), report.byline_kind, summary.attributions, by_type["named"],
        by_type["institutional"], by_type["anonymous"], by_type["unattributed"], len(summary.sources),
        summary.anonymous_without_reason, summary.sentences, summary.attributed_sentences, report.score.total,
        model, engine, when, dumps(report, indent=None),
    )
    attributions = []
    for i, att in enumerate(report.attributions):
        cue, content, spk = att.cue, att.content, att.speaker
        attributions.append((
            key, i, att.kind, att.type, cue.text if cue else None, cue.lemma if cue else None,
            content.text if content else None, content.start if content else None, content.end if content else None,
            spk.text if spk else None, spk.start if spk else None, spk.end if spk else None,
            spk.name if spk else None, spk.head if spk else None, source_of.get(i),
            att.anonymity_reason.text if att.anonymity_reason else None, att.source_description,
            att.explanation.rule, att.explanation.fallback, model, engine,
        ))
    sources = []
    for n, src in enumerate(summary.sources):
        names = [s.name for i in src.attributions if (s := report.attributions[i].speaker) is not None and s.name]
        sources.append((key, n, src.key, src.label, max(names, key=len) if names else None, src.type,
                        len(src.attributions), model, engine))
    scores = tuple((key, c.id, c.label, c.points, c.max, c.detail, model, engine) for c in report.score.components)
    return ArticleRows(key, (article,), tuple(attributions), tuple(sources), scores)


def arrow_table(table: Table, batch: Iterable[ArticleRows]) -> pa.Table:
    """The rows of `table` for a batch of articles, as an Arrow table of the table's schema."""
    rows = [row for item in batch for row in item.rows(table)]
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in table.columns]
    arrays = [pa.array(col, type=_ARROW[c.type]) for c, col in zip(table.columns, columns, strict=True)]
    return pa.Table.from_arrays(arrays, schema=table.schema)


class Store:
    """A corpus database file; open it as a context manager.

    Args:
        path: the DuckDB file; created (with its tables) unless `read_only`.
        read_only: open an existing database for queries only; several readers may share it,
            but not with a writer (DuckDB locks the file).

    Raises:
        CorpusError: the file is missing (read-only), locked by another process, not a DuckDB
            database, or of another schema version.
    """

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.is_file():
            raise CorpusError(f"{self.path}: no corpus database; create one with "
                              f"`attribution corpus ingest PATH... --db {self.path}`")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise CorpusError(f"{self.path}: cannot open the corpus database: {_first_line(exc)}") from None
        try:
            self._check_schema(create=not read_only)
        except CorpusError:
            self.con.close()
            raise

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (DuckDB checkpoints the file)."""
        self.con.close()

    def _check_schema(self, *, create: bool) -> None:
        """Refuse a database of another kind or schema version; when writing, create what is missing."""
        names = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "meta" in names:
            version = self._scalar("SELECT value FROM meta WHERE key = 'schema_version'")
            if version != SCHEMA_VERSION:
                raise CorpusError(f"{self.path}: corpus schema is {version or 'none'}, this version reads "
                                  f"{SCHEMA_VERSION}; ingest into a new --db")
        elif names or not create:
            raise CorpusError(f"{self.path}: not a corpus database (it has no 'meta' table)")
        else:
            self.con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
        if create:
            for table in TABLES:
                self.con.execute(table.ddl())

    def versions(self, keys: Iterable[str]) -> dict[str, tuple[str, str]]:
        """The stored (model, engine) of each of these article keys that the store holds."""
        rows = self.con.execute("SELECT id, model, engine FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                                [list(keys)]).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def upsert(self, batch: Sequence[ArticleRows]) -> None:
        """Store a batch of analysed articles (distinct keys), replacing earlier rows of the same articles."""
        if not batch:
            return
        for table in TABLES:
            self.con.register(_staged(table), arrow_table(table, batch))
        try:
            self._replace()
        finally:
            for table in TABLES:
                self.con.unregister(_staged(table))

    def upsert_parquet(self, directories: Sequence[Path]) -> int:
        """Store the articles of Parquet partitions (`<dir>/<table>.parquet`); returns how many articles.

        DuckDB reads the files directly; like `upsert`, one transaction for all of them.
        """
        if not directories:
            return 0
        for table in TABLES:
            files = ", ".join(_sql_string(str(d / f"{table.name}.parquet")) for d in directories)
            self.con.execute(f"CREATE OR REPLACE TEMP VIEW {_staged(table)} AS SELECT * FROM read_parquet([{files}])")
        try:
            count = int(self._scalar(f"SELECT count(*) FROM {_staged(ARTICLES)}"))
            self._replace()
        finally:
            for table in TABLES:
                self.con.execute(f"DROP VIEW IF EXISTS {_staged(table)}")
        return count

    def _replace(self) -> None:
        """Replace whole articles by the staged rows of every table, in one transaction."""
        self.con.begin()
        try:
            for table in _CHILDREN:
                self.con.execute(f"DELETE FROM {table.name} WHERE article_id IN (SELECT id FROM {_staged(ARTICLES)})")
            self.con.execute(f"INSERT OR REPLACE INTO articles BY NAME SELECT * FROM {_staged(ARTICLES)}")
            for table in _CHILDREN:
                self.con.execute(f"INSERT INTO {table.name} BY NAME SELECT * FROM {_staged(table)}")
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise

    def count(self, table: str = "articles") -> int:
        """Number of rows in one of the store's tables."""
        if table not in {t.name for t in TABLES}:
            raise CorpusError(f"no table '{table}'; tables: {', '.join(t.name for t in TABLES)}")
        return int(self._scalar(f"SELECT count(*) FROM {table}"))

    def require_articles(self) -> None:
        """Raise a CorpusError when the store holds no articles, before a figure is computed from nothing."""
        if not self.count():
            raise CorpusError(f"{self.path}: the corpus holds no articles; run `attribution corpus ingest` first")

    def _scalar(self, sql: str) -> Any:
        """The first value of a query's first row, or None; the result is read to the end, as DuckDB requires
        before the connection does other work."""
        rows = self.con.execute(sql).fetchall()
        return rows[0][0] if rows else None

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """The result of a query as dicts keyed by column name."""
        cursor = self.con.execute(sql, list(params))
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def _staged(table: Table) -> str:
    """Name of the session-only view that holds the rows of `table` being written."""
    return f"_new_{table.name}"


def _sql_string(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
