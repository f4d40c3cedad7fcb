"""The library API: one article in, its attributions and report out.

read (attribution.io) -> parse (attribution.nlp) -> extract (attribution.extract) -> report
(attribution.report). Each stage is a function of the previous stage's value.

A text longer than `CHUNK_CHARS` (a plenary protocol, a book) is analysed in chunks split at
paragraph breaks (`chunks`), so that the parser's memory stays bounded by the chunk, not the text;
each chunk's parse and attributions are shifted back to the whole text's offsets and merged. A
pronoun at the start of a chunk cannot refer to a person named only in the chunk before.
"""
from __future__ import annotations

import re
from collections import deque
from dataclasses import replace
from pathlib import Path

from attribution.extract.engine import extract
from attribution.nlp.cache import ParseCache
from attribution.nlp.parse import parse_text
from attribution.report.build import build_report
from attribution.report.model import ArticleReport
from attribution.types import Article, ArticleMeta, Attribution, ParsedDoc, Sentence, Span

__all__ = ["CHUNK_CHARS", "analyse", "attributions", "chunks", "parse_article"]

CHUNK_CHARS = 50_000  # longer texts are analysed in chunks of at most this many characters
# Where a chunk may end, best first: after a blank line, a line end, a sentence end, any space.
_BREAKS = (re.compile(r"\n[^\S\n]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"(?<=[.!?])\s+"), re.compile(r"\s+"))


def parse_article(article: Article, model_dir: Path | str | None = None, cache: ParseCache | None = None) -> ParsedDoc:
    """Parse an article's text, keeping given tokens for pre-tokenized sources.

    Excluded boilerplate is blanked out before parsing (same length, so offsets hold): a dateline
    or an inline image credit inside a paragraph would otherwise join the sentence it opens
    ("MARLOW, Oct. 4 — Residents said …" would make the dateline part of the speaker).
    """
    if article.tokens is not None:
        return parse_text(article.text, article.lang, model_dir, cache, spans=[list(s) for s in article.tokens])
    chars = list(article.text)
    for span in article.excluded:
        for i in range(span.start, span.end):
            if chars[i] != "\n":  # lines stay lines
                chars[i] = " "
    doc = parse_text("".join(chars), article.lang, model_dir, cache)
    return replace(doc, text=article.text)


def attributions(article: Article, model_dir: Path | str | None = None, cache: ParseCache | None = None, *,
                 chunk_chars: int = CHUNK_CHARS) -> tuple[ParsedDoc, list[Attribution]]:
    """Parse and extract: the parsed document and every attribution outside excluded spans.

    A text longer than `chunk_chars` is analysed chunk by chunk (see the module docstring);
    pre-tokenized articles (SpkAtt) are analysed whole.
    """
    if article.tokens is not None or len(article.text) <= chunk_chars:
        doc = parse_article(article, model_dir, cache)
        return doc, extract(doc, excluded=article.excluded)
    sentences: list[Sentence] = []
    entities: list[tuple[int, int, str]] = []
    found: list[Attribution] = []
    model = ""
    for start, end in chunks(article.text, chunk_chars):
        part = replace(article, text=article.text[start:end], excluded=_clip(article.excluded, start, end))
        doc = parse_article(part, model_dir, cache)
        found.extend(_shift_attribution(a, start, len(sentences)) for a in extract(doc, excluded=part.excluded))
        sentences.extend(_shift_sentences(doc.sentences, start, len(sentences), sum(len(s.tokens) for s in sentences)))
        entities.extend((a + start, b + start, label) for a, b, label in doc.entities)
        model = doc.model
    return ParsedDoc(article.text, article.lang, model, tuple(sentences), tuple(entities)), found


def chunks(text: str, limit: int) -> list[tuple[int, int]]:
    """Consecutive `(start, end)` spans that cover the text, each at most `limit` characters long, ending
    after a blank line where there is one, else after a line end, a sentence end or a space (else anywhere)."""
    if limit < 1:
        raise ValueError(f"chunk size must be at least 1 character, got {limit}")
    spans, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        for pattern in _BREAKS:
            last = deque(pattern.finditer(text, start + 1, end), maxlen=1)
            if last:
                end = last[0].end()
                break
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _clip(excluded: tuple[Span, ...], start: int, end: int) -> tuple[Span, ...]:
    """The parts of excluded spans inside `[start, end)`, with offsets relative to `start`."""
    return tuple(Span(max(s.start, start) - start, min(s.end, end) - start,
                      s.text[max(0, start - s.start):min(s.end, end) - s.start])
                 for s in excluded if s.start < end and start < s.end)


def _shift_sentences(sentences: tuple[Sentence, ...], offset: int, first: int, tokens: int) -> list[Sentence]:
    """A chunk's sentences moved to the whole text: character offsets, sentence and token indices."""
    moved = []
    for sent in sentences:
        toks = tuple(replace(t, i=t.i + tokens, sent=t.sent + first, start=t.start + offset, end=t.end + offset)
                     for t in sent.tokens)
        moved.append(Sentence(sent.index + first, sent.start + offset, sent.end + offset, toks))
    return moved


def _shift_span(span: Span | None, offset: int) -> Span | None:
    """A span (or None) moved by `offset` characters."""
    return None if span is None else replace(span, start=span.start + offset, end=span.end + offset)


def _shift_attribution(att: Attribution, offset: int, first: int) -> Attribution:
    """An attribution of a chunk moved to the whole text: every span by `offset`, its sentence by `first`."""
    cue = None if att.cue is None else replace(att.cue, spans=tuple((a + offset, b + offset) for a, b in att.cue.spans))
    speaker = None if att.speaker is None else replace(att.speaker, start=att.speaker.start + offset,
                                                       end=att.speaker.end + offset)
    return replace(att, cue=cue, speaker=speaker, sentence=att.sentence + first,
                   content=_shift_span(att.content, offset),
                   anonymity_reason=_shift_span(att.anonymity_reason, offset),
                   source_phrase=_shift_span(att.source_phrase, offset),
                   addressee=_shift_span(att.addressee, offset))


def analyse(text: str, *, lang: str = "de", document: str = "text", model_dir: Path | str | None = None,
            cache: ParseCache | None = None) -> ArticleReport:
    """The whole analysis of one article's text: attributions, summary, score and flags.

    For files, HTML and boilerplate handling use `attribution.io.readers` first; this takes the
    text as it is.
    """
    article = Article(text, ArticleMeta(document), lang)
    doc, atts = attributions(article, model_dir, cache)
    return build_report(article, doc, atts)
