"""The library API: one article in, its attributions and report out.

read (attribution.io) -> parse (attribution.nlp) -> extract (attribution.extract) -> report
(attribution.report). Each stage is a function of the previous stage's value.
"""
from __future__ import annotations

from pathlib import Path

from attribution.extract.engine import extract
from attribution.nlp.cache import ParseCache
from attribution.nlp.parse import parse_text
from attribution.report.build import build_report
from attribution.report.model import ArticleReport
from attribution.types import Article, ArticleMeta, Attribution, ParsedDoc


def parse_article(article: Article, model_dir: Path | str | None = None, cache: ParseCache | None = None) -> ParsedDoc:
    """Parse an article's text, keeping given tokens for pre-tokenized sources."""
    spans = [list(s) for s in article.tokens] if article.tokens is not None else None
    return parse_text(article.text, article.lang, model_dir, cache, spans=spans)


def attributions(article: Article, model_dir: Path | str | None = None,
                 cache: ParseCache | None = None) -> tuple[ParsedDoc, list[Attribution]]:
    """Parse and extract: the parsed document and every attribution outside excluded spans."""
    doc = parse_article(article, model_dir, cache)
    return doc, extract(doc, excluded=article.excluded)


def analyse(text: str, *, lang: str = "de", document: str = "text", model_dir: Path | str | None = None,
            cache: ParseCache | None = None) -> ArticleReport:
    """The whole analysis of one article's text: attributions, summary, score and flags.

    For files, HTML and boilerplate handling use `attribution.io.readers` first; this takes the
    text as it is.
    """
    article = Article(text, ArticleMeta(document), lang)
    doc, atts = attributions(article, model_dir, cache)
    return build_report(article, doc, atts)
