"""Count an article's attributions by type and kind, group them into distinct sources, and
measure how much of the article is attributed content.

Distinct sources: the same person quoted five times is one source. Attributions are grouped by
a key: for named sources the last word of the resolved name (or of the mention), so that
"Donald Trump", "Trump" and "er" resolved to Donald Trump are one source; for institutional and
anonymous sources the resolved name, else the lemmas of the mention's content words, so that
"ein amerikanischer Beamter" and "eines amerikanischen Beamten" are one source. Unattributed
claims have no source.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from attribution.io.boilerplate import Exclusion
from attribution.report.model import Source, Summary
from attribution.types import KINDS, SOURCE_TYPES, Attribution, ParsedDoc, Sentence, Token

__all__ = ["distinct_sources", "source_key", "summarise"]

# Word classes that do not identify a source: "der", "mit", "den", "er", punctuation.
_FUNCTION_UPOS = frozenset({"DET", "ADP", "PRON", "PUNCT", "CCONJ", "SCONJ", "PART", "AUX", "NUM", "SYM", "X"})
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def _span_tokens(doc: ParsedDoc | None, start: int, end: int) -> list[Token]:
    if doc is None:
        return []
    return [t for t in doc.tokens if t.start >= start and t.end <= end]


def source_key(att: Attribution, doc: ParsedDoc | None) -> str | None:
    """The identity of an attribution's source, or None when it has none (unattributed claims)."""
    if att.type == "unattributed":
        return None
    speaker = att.speaker
    if speaker is None:
        return f"{att.type}:{att.source_description.casefold()}" if att.source_description else None
    if att.type == "named":
        words = _WORD.findall(speaker.name or speaker.text)
        return f"named:{words[-1].casefold()}" if words else None
    if speaker.name:
        return f"{att.type}:{speaker.name.casefold()}"
    tokens = [t for t in _span_tokens(doc, speaker.start, speaker.end) if t.upos not in _FUNCTION_UPOS]
    words = [t.lemma.casefold() for t in tokens] if tokens else [w.casefold() for w in _WORD.findall(speaker.text)]
    return f"{att.type}:{' '.join(words)}" if words else None


def _label(att: Attribution) -> str:
    if att.speaker is not None:
        return att.speaker.name or att.speaker.text
    return att.source_description or ""


def distinct_sources(attributions: Sequence[Attribution], doc: ParsedDoc | None) -> tuple[Source, ...]:
    """The distinct sources of the attributions, in order of first mention."""
    groups: dict[str, list[int]] = {}
    for i, att in enumerate(attributions):
        key = source_key(att, doc)
        if key is not None:
            groups.setdefault(key, []).append(i)
    sources = []
    for key, members in groups.items():
        labels = [_label(attributions[i]) for i in members]
        named = [attributions[i].speaker.name for i in members if attributions[i].speaker and attributions[i].speaker.name]
        label = max(named, key=len) if named else labels[0]
        sources.append(Source(key, label, attributions[members[0]].type, tuple(members)))
    return tuple(sources)


def _is_excluded(sentence: Sentence, excluded: Sequence[Exclusion]) -> bool:
    """True when every token of the sentence lies in excluded boilerplate."""
    return all(any(e.start <= t.start and t.end <= e.end for e in excluded) for t in sentence.tokens)


def _attributed_spans(att: Attribution) -> list[tuple[int, int]]:
    if att.content is not None:
        return [(att.content.start, att.content.end)]
    return list(att.cue.spans) if att.cue is not None else []


def summarise(attributions: Sequence[Attribution], doc: ParsedDoc | None, excluded: Sequence[Exclusion]) -> Summary:
    """Counts, distinct sources and the attributed share of the article's sentences.

    Args:
        attributions: the article's attributions in text order.
        doc: the parse, for sentences and lemmas; None counts no sentences.
        excluded: boilerplate spans; sentences wholly inside them are not counted.
    """
    sentences = [s for s in (doc.sentences if doc else ()) if s.tokens and not _is_excluded(s, excluded)]
    spans = [span for att in attributions for span in _attributed_spans(att)]
    attributed = sum(1 for s in sentences if any(a < s.end and s.start < b for a, b in spans))
    return Summary(
        attributions=len(attributions),
        by_type={t: sum(a.type == t for a in attributions) for t in SOURCE_TYPES},
        by_kind={k: sum(a.kind == k for a in attributions) for k in KINDS},
        sources=distinct_sources(attributions, doc),
        sentences=len(sentences),
        attributed_sentences=attributed,
        anonymous_without_reason=sum(a.type == "anonymous" and a.anonymity_reason is None for a in attributions),
    )
