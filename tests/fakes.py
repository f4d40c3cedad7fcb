"""Test doubles: a parse without models and hand-made attributions, for report, render and CLI tests."""
from __future__ import annotations

import re
from collections.abc import Mapping

from attribution.types import (Article, ArticleMeta, Attribution, Cue, Explanation, Kind, ParsedDoc, Sentence,
                               SourceType, Span, Speaker, Token)

_SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?]+[“”\"]?|$)", re.M)
_TOKEN = re.compile(r"\w+(?:-\w+)*|[^\w\s]")


def fake_parse(text: str, *, upos: Mapping[str, str] | None = None, lemmas: Mapping[str, str] | None = None,
               model: str = "fake-model") -> ParsedDoc:
    """Sentences split at . ! ? and line ends, tokens at word boundaries; tags from the given maps (default X)."""
    upos, lemmas = upos or {}, lemmas or {}
    sentences, i = [], 0
    for m in _SENTENCE.finditer(text):
        toks = []
        for n, t in enumerate(_TOKEN.finditer(text, m.start(), m.end()), 1):
            word = t.group()
            toks.append(Token(i=i, sent=len(sentences), id=n, text=word, start=t.start(), end=t.end(),
                              lemma=lemmas.get(word, word), upos=upos.get(word, "PUNCT" if not word[0].isalnum() else "X"),
                              xpos="_", feats="_", head=0, deprel="root"))
            i += 1
        if toks:
            sentences.append(Sentence(len(sentences), toks[0].start, toks[-1].end, tuple(toks)))
    return ParsedDoc(text, "de", model, tuple(sentences))


def span_of(text: str, part: str, occurrence: int = 0) -> Span:
    """The span of the n-th occurrence of `part` in `text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part), part)


def make_attribution(text: str, *, kind: Kind = "indirect", type: SourceType = "named", cue: str | None = None,
                     content: str | None = None, speaker: str | None = None, name: str | None = None,
                     reason: str | None = None, description: str | None = None, sentence: int = 0,
                     rule: str = "test.rule") -> Attribution:
    """An Attribution over substrings of `text` (first occurrences)."""
    cue_span = span_of(text, cue) if cue else None
    spk = span_of(text, speaker) if speaker else None
    return Attribution(
        kind=kind, type=type,
        cue=Cue(cue, ((cue_span.start, cue_span.end),), cue.lower()) if cue_span and cue else None,
        content=span_of(text, content) if content else None,
        speaker=Speaker(spk.text, spk.start, spk.end, spk.text.split()[-1], name) if spk else None,
        explanation=Explanation(rule=rule, cue_lemma=cue.lower() if cue else None, path=None, fallback=False,
                                type_reason=f"test: {type}"),
        sentence=sentence,
        anonymity_reason=span_of(text, reason) if reason else None,
        source_description=description,
    )


def make_article(text: str, *, document: str = "test.txt", title: str | None = None, author: str | None = None,
                 byline_kind: str | None = None, excluded: tuple[tuple[str, str], ...] = ()) -> Article:
    """An Article with optional exclusions given as (substring, reason) pairs."""
    spans = tuple(span_of(text, part) for part, _ in excluded)
    extra = {"excluded_reasons": ";".join(r for _, r in excluded)}
    if byline_kind:
        extra["byline_kind"] = byline_kind
    return Article(text=text, meta=ArticleMeta(document=document, title=title, author=author, extra=extra), excluded=spans)


# "„Wir sind bereit“, sagte Viktorov." -> a direct quote; "soll ... haben" -> hearsay.
_DIRECT = re.compile(r"„(?P<content>[^“]+)“,? (?P<cue>sagte|erklärte|argumentierte) (?P<speaker>[\w ]+?)\.")
_HEARSAY = re.compile(r"(?P<content>[^.\n]* (?P<cue>soll) [^.\n]*\.)")


def fake_extract(article: Article) -> tuple[ParsedDoc, list[Attribution]]:
    """A stand-in for the engine that finds „quote“, sagte X. and reportative *soll* with regular expressions."""
    doc = fake_parse(article.text)
    found = []
    for m in _DIRECT.finditer(article.text):
        if any(e.start <= m.start() < e.end for e in article.excluded):
            continue
        spk = m["speaker"]
        found.append(Attribution(
            kind="direct", type="named" if spk[0].isupper() and " " not in spk else "anonymous",
            cue=Cue(m["cue"], ((m.start("cue"), m.end("cue")),), m["cue"]),
            content=Span(m.start("content"), m.end("content"), m["content"]),
            speaker=Speaker(spk, m.start("speaker"), m.end("speaker"), spk.split()[-1]),
            explanation=Explanation("fake.direct", m["cue"], None, True, "fake: capitalised single word"),
            sentence=0))
    for m in _HEARSAY.finditer(article.text):
        found.append(Attribution(
            kind="reportative", type="unattributed", cue=Cue("soll", ((m.start("cue"), m.end("cue")),), "sollen"),
            content=Span(m.start("content"), m.end("content"), m["content"]), speaker=None,
            explanation=Explanation("fake.reportative", "sollen", None, True, "no source"), sentence=0))
    return doc, found
