"""The per-article report as typed values: summary, distinct sources, score components, flags.

Indices into an article's attributions (`Source.attributions`, `Flag.attributions`) are 0-based
positions in `ArticleReport.attributions`, which is in text order.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from attribution.io.boilerplate import BylineKind, Exclusion
from attribution.types import Article, Attribution, SourceType

__all__ = ["ArticleReport", "Flag", "Score", "ScoreComponent", "Source", "Summary"]


@dataclass(frozen=True)
class Source:
    """One distinct source: all attributions to the same person, body or description."""

    key: str  # the identity compared (surname for people, lemmas or name otherwise)
    label: str  # how reports name it: the fullest name seen, else the first mention
    type: SourceType
    attributions: tuple[int, ...]


@dataclass(frozen=True)
class Summary:
    """Counts over an article's attributions and sentences; shares are 0.0 when there is nothing to count."""

    attributions: int
    by_type: Mapping[str, int]  # every source type, zeros included
    by_kind: Mapping[str, int]  # every kind, zeros included
    sources: tuple[Source, ...]  # distinct sources in order of first mention
    sentences: int  # sentences outside excluded boilerplate
    attributed_sentences: int  # of those, sentences that carry attributed content (or a cue)
    anonymous_without_reason: int

    def share(self, count: int) -> float:
        """`count` as a share of all attributions."""
        return count / self.attributions if self.attributions else 0.0

    @property
    def attributed_sentence_share(self) -> float:
        return self.attributed_sentences / self.sentences if self.sentences else 0.0


@dataclass(frozen=True)
class ScoreComponent:
    """One line of the transparency score: its points out of `max`, and how they were computed."""

    id: str
    label: str
    points: float
    max: int
    detail: str


@dataclass(frozen=True)
class Score:
    """The transparency score (0-100): the rounded sum of its components."""

    total: int
    components: tuple[ScoreComponent, ...]


@dataclass(frozen=True)
class Flag:
    """A sourcing problem worth an editor's look, with the attributions it concerns (may be empty)."""

    id: str
    message: str
    attributions: tuple[int, ...] = ()


@dataclass(frozen=True)
class ArticleReport:
    """Everything reported about one article; every renderer reads only this."""

    article: Article
    model: str  # id of the models that parsed the article
    attributions: tuple[Attribution, ...]  # in text order
    excluded: tuple[Exclusion, ...]  # boilerplate skipped by analysis, with reasons
    byline_kind: BylineKind
    summary: Summary
    score: Score
    flags: tuple[Flag, ...]

    @property
    def language_note(self) -> str | None:
        """Why the language is uncertain, when `--lang auto` could not tell it well (a text too
        short to tell falls back to German; mixed or short texts), else None
        (`meta.extra["language_note"]`, attribution.io.readers)."""
        note = self.article.meta.extra.get("language_note")
        return str(note) if note else None

    @property
    def language_label(self) -> str:
        """The Language field of the reports: the code, with the detector's note when it made one."""
        note = self.language_note
        return f"{self.article.lang} ({note})" if note else self.article.lang
