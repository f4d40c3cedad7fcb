"""What a corpus worker runs on one article, and the versions it stamps on the stored rows.

An `AnalyserSpec` names a factory (`module:function`) instead of holding an analyser, so that
it can be sent to worker processes and Dask workers, each of which builds the analyser once
(`load`) and keeps it, models included, for all its articles. The default factory builds
`StanzaAnalyser`, the parser plus the attribution engine; tests and other engines name their own.
"""
from __future__ import annotations

import functools
import hashlib
import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from attribution import __version__
from attribution.corpus.store import ArticleRows, rows_of
from attribution.report import build_report
from attribution.types import Article, Attribution, ParsedDoc

__all__ = ["DEFAULT_FACTORY", "Analyser", "AnalyserSpec", "Failure", "StanzaAnalyser", "analyse", "engine_version"]

DEFAULT_FACTORY = "attribution.corpus.analyser:StanzaAnalyser"
_PACKAGE = Path(__file__).resolve().parent.parent
# fmt: off
# The code and data that decide what is stored for an article besides the models: readers and
# boilerplate, parse layer, rules and lexicons, summary, score and flags. Renderers are not listed.
_ENGINE_PARTS = (
    "types.py", "pipeline.py", "io", "nlp", "extract", "lang",
    "report/build.py", "report/flags.py", "report/model.py", "report/schema.py", "report/score.py",
    "report/summary.py",
)
# fmt: on


class Analyser(Protocol):
    """Parses an article and finds its attributions; `engine` and `model_id` say which versions did."""

    engine: str

    def model_id(self, lang: str) -> str:
        """Id of the models that would parse an article in `lang` (raises when there are none)."""
        ...

    def __call__(self, article: Article) -> tuple[ParsedDoc, list[Attribution]]: ...


@dataclass(frozen=True)
class AnalyserSpec:
    """A picklable recipe for an analyser: a factory `module:function` called as `factory(model_dir=...)`."""

    factory: str = DEFAULT_FACTORY
    model_dir: str | None = None

    def load(self) -> Analyser:
        """Import the factory and build the analyser (models load lazily, on its first article)."""
        module, _, name = self.factory.partition(":")
        if not module or not name:
            raise ValueError(f"analyser factory '{self.factory}' is not of the form module:function")
        factory = getattr(importlib.import_module(module), name)
        analyser: Analyser = factory(model_dir=self.model_dir)
        return analyser


@functools.cache
def engine_version() -> str:
    """`<package version>+<digest>`: the digest covers the source and language data listed in `_ENGINE_PARTS`,
    so a changed rule or lexicon gives a new version without anyone bumping a number."""
    digest = hashlib.sha256()
    for part in _ENGINE_PARTS:
        path = _PACKAGE / part
        files = sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts) \
            if path.is_dir() else [path]
        for file in files:
            if file.suffix in (".py", ".toml", ".txt"):
                digest.update(file.relative_to(_PACKAGE).as_posix().encode())
                digest.update(file.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


class StanzaAnalyser:
    """The built-in analysis: stanza parse through the on-disk parse cache, then the attribution engine."""

    def __init__(self, *, model_dir: str | None = None) -> None:
        from attribution.nlp.cache import ParseCache

        self.model_dir = model_dir
        self.cache = ParseCache()
        self.engine = engine_version()
        self._model_ids: dict[str, str] = {}

    def model_id(self, lang: str) -> str:
        """Id of the resolved models for `lang` (parser digest and name recogniser; the models are not loaded)."""
        from attribution.nlp.parse import pipeline_id

        if lang not in self._model_ids:
            self._model_ids[lang] = pipeline_id(lang, self.model_dir)
        return self._model_ids[lang]

    def __call__(self, article: Article) -> tuple[ParsedDoc, list[Attribution]]:
        from attribution.pipeline import attributions

        return attributions(article, self.model_dir, self.cache)


@dataclass(frozen=True)
class Failure:
    """An input that was not stored: the file (or `file:line`) and what went wrong."""

    source: str
    problem: str


def analyse(analyser: Analyser, key: str, article: Article) -> ArticleRows | Failure:
    """Analyse one article into the store's rows; any error becomes a Failure so that the batch goes on."""
    from attribution.errors import AttributionError
    from attribution.nlp.models import ModelError

    try:
        doc, atts = analyser(article)
        return rows_of(key, build_report(article, doc, atts), engine=analyser.engine)
    except (AttributionError, ModelError, OSError) as exc:
        return Failure(article.meta.document, str(exc))
    except Exception as exc:  # one article's crash (an engine bug) must not stop the corpus
        return Failure(article.meta.document, f"analysis failed ({type(exc).__name__}: {exc})")
