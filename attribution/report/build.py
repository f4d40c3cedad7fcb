"""Assemble an ArticleReport from an article, its parse and its attributions (no I/O, no models)."""
from __future__ import annotations

from collections.abc import Sequence

from attribution.io.boilerplate import REASONS, BylineKind, Exclusion, byline_kind
from attribution.report.flags import find_flags
from attribution.report.model import ArticleReport
from attribution.report.score import score
from attribution.report.summary import summarise
from attribution.types import Article, Attribution, ParsedDoc

__all__ = ["article_byline_kind", "build_report", "exclusions"]

_OTHER = "other"


def exclusions(article: Article) -> tuple[Exclusion, ...]:
    """The article's excluded spans with the reasons the reader recorded (`meta.extra["excluded_reasons"]`)."""
    recorded = article.meta.extra.get("excluded_reasons", "")
    reasons = recorded.split(";") if recorded else []
    if len(reasons) != len(article.excluded):
        reasons = [_OTHER] * len(article.excluded)
    return tuple(Exclusion(s.start, s.end, s.text, r if r in REASONS else _OTHER)
                 for s, r in zip(article.excluded, reasons, strict=True))


def article_byline_kind(article: Article) -> BylineKind:
    """The byline kind the reader recorded, else judged from the author field."""
    recorded = article.meta.extra.get("byline_kind")
    if recorded in ("person", "collective", "missing"):
        return recorded  # type: ignore[return-value]
    return byline_kind(article.meta.author, article.lang)


def build_report(article: Article, doc: ParsedDoc | None, attributions: Sequence[Attribution]) -> ArticleReport:
    """Summarise, score and flag one article's attributions.

    Args:
        article: the article as read.
        doc: its parse (sentences and lemmas), or None when there is none; then no sentences
            are counted and no affiliations are compared.
        attributions: what the engine found, in any order; the report keeps them in text order.
    """
    ordered = tuple(sorted(attributions, key=_position))
    excluded = exclusions(article)
    byline = article_byline_kind(article)
    summary = summarise(ordered, doc, excluded)
    return ArticleReport(
        article=article,
        model=doc.model if doc is not None else "none",
        attributions=ordered,
        excluded=excluded,
        byline_kind=byline,
        summary=summary,
        score=score(summary, byline),
        flags=find_flags(ordered, summary, doc, byline, article.meta.author),
    )


def _position(att: Attribution) -> tuple[int, int]:
    """Sort key: where the attribution's cue or content starts (a continuation's speaker lies earlier)."""
    starts = [s for s, _ in att.cue.spans] if att.cue else []
    if att.content is not None:
        starts.append(att.content.start)
    if not starts and att.speaker is not None:
        starts.append(att.speaker.start)
    return (min(starts) if starts else 0, att.sentence)
