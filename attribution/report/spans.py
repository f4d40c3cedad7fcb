"""Cut an article's text into segments by the report's spans, so renderers can style overlaps.

Renderers never re-tokenise: every mark is a half-open character span of the original text, and
`segments` returns consecutive pieces, each with the set of marks covering it.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from attribution.report.model import ArticleReport

__all__ = ["Mark", "MarkRole", "marks", "segments"]

MarkRole = Literal["content", "cue", "speaker", "excluded"]


@dataclass(frozen=True, order=True)
class Mark:
    """A styled span: `index` is the attribution's position (or the exclusion's for `excluded`)."""

    start: int
    end: int
    role: MarkRole
    index: int


def marks(report: ArticleReport) -> list[Mark]:
    """Every content, cue, speaker and excluded span of a report, sorted."""
    out: list[Mark] = []
    for i, att in enumerate(report.attributions):
        if att.content is not None:
            out.append(Mark(att.content.start, att.content.end, "content", i))
        for start, end in att.cue.spans if att.cue else ():
            out.append(Mark(start, end, "cue", i))
        # a continuation's speaker stands in an earlier sentence; mark it only near its own quote
        if att.speaker is not None and att.kind != "continuation":
            out.append(Mark(att.speaker.start, att.speaker.end, "speaker", i))
    out.extend(Mark(e.start, e.end, "excluded", i) for i, e in enumerate(report.excluded))
    return sorted(m for m in out if m.start < m.end)


def segments(text: str, spans: list[Mark]) -> list[tuple[int, int, tuple[Mark, ...]]]:
    """Consecutive `(start, end, covering marks)` pieces that together make up the whole text."""
    cuts = sorted({0, len(text), *(m.start for m in spans), *(m.end for m in spans)})
    cuts = [c for c in cuts if 0 <= c <= len(text)]
    out = []
    for start, end in pairwise(cuts):
        covering = tuple(m for m in spans if m.start <= start and end <= m.end)
        out.append((start, end, covering))
    return out
