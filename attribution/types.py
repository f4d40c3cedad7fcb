"""Typed values that flow between the pipeline's stages.

Offsets are the truth: every span is a half-open `(start, end)` pair of character offsets into
the article's original text, so `text[start:end]` is always the span's text. Values are frozen
so that stages stay pure and results can be cached and shipped to other processes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["direct", "indirect", "mixed", "according_to", "continuation", "reportative", "reported"]
SourceType = Literal["named", "anonymous", "institutional", "unattributed"]
# `reported`: a speech act whose content is a noun phrase, not a clause ("sprach von einem Erfolg",
# "verlangt Klarstellung"); the annotation guideline counts these as borderline indirect speech.
KINDS: tuple[Kind, ...] = ("direct", "indirect", "mixed", "according_to", "continuation", "reportative", "reported")
SOURCE_TYPES: tuple[SourceType, ...] = ("named", "institutional", "anonymous", "unattributed")


@dataclass(frozen=True)
class Token:
    """One syntactic word with its parse; `head` is the 1-based id in its sentence (0 = root)."""

    i: int  # index in the document's token list
    sent: int  # sentence index
    id: int  # 1-based position in the sentence
    text: str  # exactly text[start:end] of the original article
    start: int
    end: int
    lemma: str
    upos: str
    xpos: str
    feats: str  # UD feature string, "_" when none
    head: int
    deprel: str

    def feat(self, name: str) -> str | None:
        """Value of one UD feature, e.g. `feat("Mood") == "Sub"`."""
        for item in self.feats.split("|"):
            key, _, value = item.partition("=")
            if key == name:
                return value
        return None

    @property
    def rel(self) -> str:
        """The universal part of the relation (`nsubj:pass` -> `nsubj`)."""
        return self.deprel.split(":")[0]


@dataclass(frozen=True)
class Sentence:
    """A sentence: its character span and its tokens (document-level indices)."""

    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]

    def head_of(self, tok: Token) -> Token | None:
        """The token's syntactic head, or None at the root."""
        return self.tokens[tok.head - 1] if tok.head > 0 else None

    def children(self, tok: Token) -> list[Token]:
        return [t for t in self.tokens if t.head == tok.id]

    def subtree(self, tok: Token) -> list[Token]:
        """The token and all its descendants, in text order."""
        ids = {tok.id}
        changed = True
        while changed:
            changed = False
            for t in self.tokens:
                if t.head in ids and t.id not in ids:
                    ids.add(t.id)
                    changed = True
        return [t for t in self.tokens if t.id in ids]


@dataclass(frozen=True)
class ParsedDoc:
    """An article's text with its sentences and parse; `model` names the models that made it."""

    text: str
    lang: str
    model: str
    sentences: tuple[Sentence, ...]
    #: Names the recogniser found: (start, end, label) character spans, label PER, ORG, LOC or OTH;
    #: empty where no name recogniser ran.
    entities: tuple[tuple[int, int, str], ...] = ()

    @property
    def tokens(self) -> list[Token]:
        return [t for s in self.sentences for t in s.tokens]


@dataclass(frozen=True)
class Span:
    """A character span of the original text with its text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Cue:
    """The reporting cue: one or more spans (separable particle verbs, multiword cues)."""

    text: str  # the parts joined by a space, e.g. "gab bekannt"
    spans: tuple[tuple[int, int], ...]
    lemma: str  # lexicon key, e.g. "bekanntgeben" or "nach Angaben"


@dataclass(frozen=True)
class Speaker:
    """The speaker mention and, for pronouns and descriptions, the entity it stands for."""

    text: str
    start: int
    end: int
    head: str
    name: str | None = None  # resolved full name or body (coreference), else None
    resolution: str | None = None  # how `name` was found, e.g. "pronoun 'er' -> last masculine person"


@dataclass(frozen=True)
class Explanation:
    """Why an attribution was found and labelled: shown by every renderer."""

    rule: str  # e.g. "indirect.ccomp", "direct.fallback.after_quote"
    cue_lemma: str | None
    path: str | None  # dependency path or token pattern that linked cue, speaker and content
    fallback: bool  # True when the token/punctuation fallback fired instead of the parse rule
    type_reason: str  # why the source type was chosen
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Attribution:
    """One quotation or piece of reported speech with its cue, speaker and source type."""

    kind: Kind
    type: SourceType
    cue: Cue | None
    content: Span | None
    speaker: Speaker | None
    explanation: Explanation
    sentence: int  # index of the sentence holding the cue (or the content)
    anonymity_reason: Span | None = None  # text that justifies anonymity, if given
    source_description: str | None = None  # e.g. "amerikanischer Beamter" for anonymous sources
    #: The words that give the source where the sentence gives it, as annotators mark a source:
    #: the speaker's whole noun phrase, or a marker's (*einem Bericht der Polizei*, *eigenen
    #: Angaben*, *demnach*). Continuations carry their report's phrase, and so does hearsay right
    #: after a report (its likely source, though the hearsay itself stays unattributed). None when no words do.
    source_phrase: Span | None = None
    addressee: Span | None = None  # whom the words were addressed to: "sagte [der Zeitung]", "gegenüber [der BBC]"


@dataclass(frozen=True)
class ArticleMeta:
    """What is known about an article besides its text."""

    document: str  # file name or identifier; the JSON report's "document"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    image_credits: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Article:
    """An article as read: its text (analysed as is; offsets point into it) and metadata.

    `excluded` holds spans of site boilerplate (donation appeals, navigation) that analysis skips.
    `tokens`, for pre-tokenized sources (SpkAtt), gives sentences of token spans that the parse
    must keep exactly; None means the text is tokenized by the parser.
    """

    text: str
    meta: ArticleMeta
    lang: str = "de"
    excluded: tuple[Span, ...] = ()
    tokens: tuple[tuple[tuple[int, int], ...], ...] | None = None
