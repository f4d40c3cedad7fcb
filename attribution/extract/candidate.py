"""The Candidate a rule proposes, the sentence context every rule reads, and the span helpers they share."""
from __future__ import annotations

from dataclasses import dataclass, field

from attribution.extract.lexicon import Lexicon
from attribution.extract.quotes import Quote
from attribution.types import Kind, Sentence, Token

@dataclass(frozen=True)
class Context:
    """One sentence with the language's lexicon and the article's quotations: what every rule reads."""

    sent: Sentence
    lex: Lexicon
    quotes: list[Quote]


@dataclass
class Candidate:
    """An attribution before speakers are resolved and types assigned."""

    kind: Kind
    sent: Sentence
    cue: list[Token]
    cue_lemma: str | None
    content: tuple[int, int] | None
    speaker: list[Token]
    speaker_head: Token | None
    rule: str
    path: str | None = None
    fallback: bool = False
    notes: list[str] = field(default_factory=list)
    speaker_note: str | None = None  # why the speaker tokens were chosen
    inherited: "Candidate | None" = None  # for continuations: the attribution continued
    anaphoric: bool = False  # the source is the previous report's ("demnach")
    phrase: list[Token] | None = None  # the words giving the source, where not the speaker's (markers)
    context: "Candidate | None" = None  # hearsay: the report just before, whose source likely stands behind it
    speaker_guess: bool = False  # the speaker is a guess from context: kept only if it names a person or body
    addressee: list[Token] = field(default_factory=list)  # "sagte [der Zeitung]", "gegenüber [der BBC]"
    refers_back: bool = False  # "Dies bestätigte X": the content is the previous sentence and the pronoun

    @property
    def cue_ids(self) -> set[int]:
        return {t.id for t in self.cue}


def span(tokens: list[Token]) -> tuple[int, int] | None:
    """The character span from the first to the last token; None for no tokens."""
    return (tokens[0].start, tokens[-1].end) if tokens else None


def in_quote(quotes: list[Quote], pos: int) -> bool:
    """The character position lies inside a quotation's marks."""
    return any(q.inner_start <= pos < q.inner_end for q in quotes)


def trim(tokens: list[Token]) -> list[Token]:
    """The tokens without edge punctuation, except quotation marks that open or close them."""
    while tokens and tokens[0].upos == "PUNCT" and tokens[0].text not in "„»«“\"‚":
        tokens = tokens[1:]
    while tokens and tokens[-1].upos == "PUNCT" and tokens[-1].text not in "“”«»\"‘’":
        tokens = tokens[:-1]
    return tokens


def longest_run(sent: Sentence, ids: set[int]) -> list[Token]:
    """The longest stretch of consecutive tokens (punctuation allowed inside) whose ids are in `ids`."""
    best: list[Token] = []
    cur: list[Token] = []
    for t in sent.tokens:
        if t.id in ids:
            cur.append(t)
        elif t.upos == "PUNCT" and cur:
            cur.append(t)
        else:
            if len([u for u in cur if u.upos != "PUNCT"]) > len([u for u in best if u.upos != "PUNCT"]):
                best = cur
            cur = []
    if len([u for u in cur if u.upos != "PUNCT"]) > len([u for u in best if u.upos != "PUNCT"]):
        best = cur
    return trim(best)
