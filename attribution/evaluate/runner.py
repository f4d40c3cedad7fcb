"""Run the analysis over annotated articles and score it, timing the parse and extraction apart.

The analysis is the library's (`attribution.pipeline.parse_article`, then the engine's
`extract`), the same two steps as `pipeline.attributions`, called one by one so that each
stage's time can be reported; the evaluate command and the speed benchmark share it.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from attribution.errors import InputError
from attribution.evaluate import gold as gold_mod
from attribution.evaluate import spkatt_metric, typed as typed_mod
from attribution.io.readers import read_path
from attribution.io.spkatt import SpkAttDocument, article_from_document, read_document, to_document
from attribution.nlp.cache import ParseCache
from attribution.types import Article, Attribution, ParsedDoc

#: Called after each article with its file name, for progress bars.
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Analysed:
    """One article's parse and attributions, with each stage's wall-clock seconds."""

    article: Article
    doc: ParsedDoc
    attributions: list[Attribution]
    parse_s: float
    extract_s: float


@dataclass(frozen=True)
class Timing:
    """Totals over a run: articles, tokens, words (tokens with a letter or digit) and stage seconds."""

    articles: int
    tokens: int
    words: int
    parse_s: float
    extract_s: float

    @property
    def total_s(self) -> float:
        return self.parse_s + self.extract_s

    def rate(self, count: int, seconds: float) -> float:
        """`count` per second of `seconds` (0.0 for no time)."""
        return count / seconds if seconds > 0 else 0.0


def analyse(article: Article, model_dir: Path | str | None = None, cache: ParseCache | None = None) -> Analysed:
    """Parse an article and extract its attributions, timing both stages."""
    # Imported here so that scoring and format conversion work without the engine and the parser.
    from attribution.extract.engine import extract
    from attribution.pipeline import parse_article

    t0 = time.perf_counter()
    doc = parse_article(article, model_dir, cache)
    t1 = time.perf_counter()
    atts = extract(doc, excluded=article.excluded)
    t2 = time.perf_counter()
    return Analysed(article, doc, list(atts), t1 - t0, t2 - t1)


#: The analysis step as run_* call it: (article, model_dir, cache) -> Analysed; tests pass fakes.
Analyser = Callable[[Article, Path | str | None, ParseCache | None], Analysed]


def timing(results: Sequence[Analysed]) -> Timing:
    """Sum the stage times and sizes of analysed articles."""
    tokens = [t for r in results for t in r.doc.tokens]
    return Timing(articles=len(results), tokens=len(tokens), words=sum(any(c.isalnum() for c in t.text) for t in tokens),
                  parse_s=sum(r.parse_s for r in results), extract_s=sum(r.extract_s for r in results))


def spkatt_files(folder: Path | str, limit: int | None = None) -> list[Path]:
    """The SpkAtt JSON files of a folder, sorted by name, at most `limit` of them."""
    files = sorted(Path(folder).glob("*.json"))
    return files[:limit] if limit else files


@dataclass(frozen=True)
class SpkAttRun:
    """The outcome of evaluating on a SpkAtt folder: scores, timing and the predicted documents."""

    scores: spkatt_metric.SpkAttScores
    timing: Timing
    predictions: list[SpkAttDocument]


def iter_spkatt(files: Sequence[Path], model_dir: Path | str | None = None, cache: ParseCache | None = None,
                analyser: Analyser = analyse) -> Iterator[tuple[SpkAttDocument, Analysed]]:
    """Read each SpkAtt file and analyse its text, yielding the gold document with the analysis."""
    for path in files:
        gold_doc = read_document(path)
        yield gold_doc, analyser(article_from_document(gold_doc, path.name), model_dir, cache)


def run_spkatt(files: Sequence[Path], model_dir: Path | str | None = None, cache: ParseCache | None = None,
               progress: Progress | None = None, analyser: Analyser = analyse) -> SpkAttRun:
    """Analyse SpkAtt gold files and score the predictions with the task's metric."""
    golds, results, preds = [], [], []
    for gold_doc, res in iter_spkatt(files, model_dir, cache, analyser):
        golds.append(gold_doc)
        results.append(res)
        preds.append(to_document(res.article, res.attributions, res.doc))
        if progress:
            progress(res.article.meta.document)
    scores = spkatt_metric.score(golds, {p.name: p.annotations for p in preds})
    return SpkAttRun(scores, timing(results), preds)


@dataclass(frozen=True)
class GoldRun:
    """The outcome of evaluating on an `attribution-gold/1` file."""

    scores: gold_mod.GoldScores
    timing: Timing
    missing: list[str]  # gold documents whose article file was not found


def find_articles_dir(gold_path: Path, names: Sequence[str]) -> Path | None:
    """Where a gold file's articles are: an `articles/` or `seeds/` beside it (the shipped
    `examples/`), a `seeds/` beside its folder, else `./seeds`."""
    folder = gold_path.parent
    for cand in (folder / "articles", folder / "seeds", folder.parent / "seeds", Path("seeds")):
        if cand.is_dir() and any((cand / n).is_file() for n in names):
            return cand
    return None


def read_article(path: Path, lang: str) -> Article:
    """An article file read as `attribution analyse` reads it (site boilerplate excluded)."""
    for result in read_path(path, lang=lang):
        if isinstance(result, InputError):
            raise result
        return result
    raise InputError(str(path), "holds no article")


def run_gold(gold_docs: Sequence[gold_mod.GoldDocument], articles_dir: Path | str, model_dir: Path | str | None = None,
             cache: ParseCache | None = None, progress: Progress | None = None,
             analyser: Analyser = analyse,
             reader: Callable[[Path, str], Article] = read_article) -> GoldRun:
    """Analyse the articles of gold documents (files in `articles_dir`) and score them as
    `score_attributions.py` does; documents whose article is missing are listed and count as missed."""
    results, preds, missing = [], {}, []
    for gdoc in gold_docs:
        path = Path(articles_dir) / Path(gdoc.document).name
        if not path.is_file():
            missing.append(gdoc.document)
            continue
        res = analyser(reader(path, gdoc.language), model_dir, cache)
        results.append(res)
        preds[path.name] = res.attributions
        if progress:
            progress(path.name)
    return GoldRun(gold_mod.score(gold_docs, preds), timing(results), missing)


@dataclass(frozen=True)
class TypedRun:
    """The outcome of evaluating on the typed SpkAtt development set."""

    scores: typed_mod.TypedScores
    timing: Timing


def find_typed_articles(typed_path: Path, named: str | None) -> Path | None:
    """The SpkAtt folder a typed file names, relative to the working directory or to the
    repository the file lies in (its folder's parents)."""
    if not named:
        return None
    for base in (Path.cwd(), *typed_path.resolve().parents):
        cand = base / named
        if cand.is_dir():
            return cand
    return None


def run_typed(docs: Sequence[typed_mod.TypedDocument], folder: Path | str, model_dir: Path | str | None = None,
              cache: ParseCache | None = None, progress: Progress | None = None,
              analyser: Analyser = analyse) -> TypedRun:
    """Analyse the SpkAtt files of typed documents and score speakers and types."""
    files = [Path(folder) / f"{d.document}.json" for d in docs]
    spkatt, predicted, results = {}, {}, []
    for gold_doc, res in iter_spkatt([f for f in files if f.is_file()], model_dir, cache, analyser):
        spkatt[gold_doc.name] = gold_doc
        predicted[gold_doc.name] = (res.article, res.attributions)
        results.append(res)
        if progress:
            progress(res.article.meta.document)
    return TypedRun(typed_mod.score_typed(docs, spkatt, predicted), timing(results))
