"""Test doubles for corpus tests: analysers without models (named by AnalyserSpec) and hand-made stores."""
from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from attribution.corpus.store import Store, article_key, rows_of
from attribution.report import build_report
from attribution.types import Article, ArticleMeta, Attribution, ParsedDoc
from tests.fakes import fake_extract, fake_parse, make_attribution

FAKE = "tests.corpus.corpus_fakes:FakeAnalyser"
SLOW = "tests.corpus.corpus_fakes:SlowFakeAnalyser"
NEW_ENGINE = "tests.corpus.corpus_fakes:NewEngineFakeAnalyser"
COUNTING = "tests.corpus.corpus_fakes:CountingFakeAnalyser"
INTERRUPTING = "tests.corpus.corpus_fakes:InterruptingFakeAnalyser"
DELAY_ENV = "ATTRIBUTION_TEST_DELAY"  # seconds SlowFakeAnalyser takes per article
MARKS_ENV = "ATTRIBUTION_TEST_MARKS"  # directory where SlowFakeAnalyser leaves a file per article
CRASH = "KAPUTT"  # FakeAnalyser raises on articles that contain this word


class FakeAnalyser:
    """The regular-expression stand-in for the engine (tests.fakes.fake_extract) with fixed versions."""

    engine = "fake-engine/1"

    def __init__(self, *, model_dir: str | None = None) -> None:
        self.model_dir = model_dir

    def model_id(self, lang: str) -> str:
        return "fake-model"

    def __call__(self, article: Article) -> tuple[ParsedDoc, list[Attribution]]:
        if CRASH in article.text:
            raise RuntimeError("engine bug for the test")
        return fake_extract(article)


class NewEngineFakeAnalyser(FakeAnalyser):
    """FakeAnalyser under a new engine version: stored articles must be analysed again."""

    engine = "fake-engine/2"


class CountingFakeAnalyser(FakeAnalyser):
    """FakeAnalyser that counts how often it is built in this process (threaded Dask workers share it)."""

    built = 0

    def __init__(self, *, model_dir: str | None = None) -> None:
        super().__init__(model_dir=model_dir)
        type(self).built += 1


class InterruptingFakeAnalyser(FakeAnalyser):
    """FakeAnalyser that is interrupted (KeyboardInterrupt, as Ctrl-C raises it) at its fifth article."""

    stop_at = 5

    def __init__(self, *, model_dir: str | None = None) -> None:
        super().__init__(model_dir=model_dir)
        self.seen = 0

    def __call__(self, article: Article) -> tuple[ParsedDoc, list[Attribution]]:
        self.seen += 1
        if self.seen == self.stop_at:
            raise KeyboardInterrupt
        return super().__call__(article)


class SlowFakeAnalyser(FakeAnalyser):
    """FakeAnalyser that takes $ATTRIBUTION_TEST_DELAY seconds an article and leaves a marker file
    for it in $ATTRIBUTION_TEST_MARKS, so that a test can kill an ingest midway."""

    def __call__(self, article: Article) -> tuple[ParsedDoc, list[Attribution]]:
        time.sleep(float(os.environ.get(DELAY_ENV, "0.2")))
        marks = os.environ.get(MARKS_ENV)
        if marks:
            Path(marks, hashlib.sha256(article.text.encode()).hexdigest()[:16]).touch()
        return super().__call__(article)


def article(text: str, *, outlet: str | None = None, date: str | None = None, document: str = "a.txt",
            author: str | None = None) -> Article:
    """An Article with the metadata the corpus groups by."""
    extra = {"byline_kind": "person" if author else "missing"}
    return Article(text=text, meta=ArticleMeta(document=document, outlet=outlet, date=date, author=author, extra=extra))


def store_article(store: Store, text: str, attributions: Sequence[Mapping[str, Any]], *, outlet: str | None = None,
                  date: str | None = None, document: str = "a.txt", author: str | None = None) -> str:
    """Store a hand-made article: attributions as keyword arguments of tests.fakes.make_attribution."""
    art = article(text, outlet=outlet, date=date, document=document, author=author)
    atts = [make_attribution(text, **kw) for kw in attributions]
    key = article_key(art)
    store.upsert([rows_of(key, build_report(art, fake_parse(text), atts), engine="hand-made")])
    return key
