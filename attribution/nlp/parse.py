"""Article text -> ParsedDoc with exact character offsets into the original text.

The text handed to stanza is a same-length copy of the original in which characters that
trouble the tokenizer (BOM, CR, NBSP, tabs, other Unicode spaces) are replaced one-for-one by
spaces, so every offset stanza reports is an offset into the original. Soft hyphens stay in the
text (and in `Token.text`) but are removed from the word forms given to the tagger and parser.

The German project models tokenize with stanza, tag with HanTa (attribution.nlp.tagger) and
parse with stanza (`depparse_pretagged`); official stanza models run their own full pipeline.
Pipelines are loaded once per process and reused.
"""
from __future__ import annotations

import functools
import logging
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

from attribution.nlp.cache import ParseCache, cache_key
from attribution.nlp.models import PACKAGE_MODELS, ModelError, ModelSpec, resolve
from attribution.types import ParsedDoc, Sentence, Token

SOFT_HYPHEN = "\u00ad"
_SPACE_LIKE = re.compile(r"[\ufeff\r\t\u00a0\u2000-\u200a\u202f\u205f\u3000\u2028\u2029\u000b\u000c]")

TokenSpans = list[list[tuple[int, int]]]


def normalise(text: str) -> str:
    """A same-length copy of `text` with space-like characters replaced by plain spaces."""
    return _SPACE_LIKE.sub(" ", text)


def word_form(text: str) -> str:
    """The form given to tagger and parser: soft hyphens removed."""
    return text.replace(SOFT_HYPHEN, "") or text


class Parser:
    """Stanza pipelines for one ModelSpec; use `get_parser` to share them within a process."""

    def __init__(self, spec: ModelSpec) -> None:
        import stanza

        self.spec = spec
        self.id = spec.id
        logging.getLogger("stanza").setLevel(logging.ERROR)  # resources.json lists no official packages
        common: dict[str, Any] = dict(dir=str(spec.path), download_method=None, logging_level="ERROR", use_gpu=False)
        try:
            if spec.kind == "project":
                self._tokenize = stanza.Pipeline(spec.lang, processors="tokenize",
                                                 tokenize_model_path=str(spec.path / "tokenizer.pt"), **common)
                self._depparse = stanza.Pipeline(spec.lang, processors="depparse", depparse_pretagged=True,
                                                 depparse_model_path=str(spec.path / "parser.pt"), **common)
            else:
                self._tokenize = stanza.Pipeline(spec.lang, processors="tokenize", **common)
                self._full_pretok = stanza.Pipeline(spec.lang, tokenize_pretokenized=True,
                                                    processors="tokenize,mwt,pos,lemma,depparse", **common)
        except Exception as exc:  # stanza raises many kinds for a broken file
            raise ModelError(f"cannot load the {spec.kind} models in {spec.path}: {exc}. "
                             "Reinstall the package or pass --model-dir with a complete model directory") from exc

    # -- public API ---------------------------------------------------------------------------
    def parse(self, text: str) -> ParsedDoc:
        """Tokenize, tag and parse raw text."""
        spans = self.tokenize(text)
        return self.parse_tokens(text, spans)

    def tokenize(self, text: str) -> TokenSpans:
        """Sentence and token spans of `text` (project tokenizer or the official one)."""
        norm = normalise(text)
        if not norm.strip():
            return []
        doc = self._tokenize(norm)
        sentences = [_split_colons(norm, [(t.start_char, t.end_char) for t in s.tokens]) for s in doc.sentences]
        sentences = split_quote_marks(norm, sentences)
        sentences = join_after_titles(norm, sentences, title_abbreviations(self.spec.lang))
        sentences = split_word_full_stops(norm, join_unterminated(norm, sentences), abbreviations(self.spec.lang))
        sentences = split_after_ordinals(norm, sentences, ordinal_openers(self.spec.lang))
        kept = abbreviations(self.spec.lang) | title_abbreviations(self.spec.lang)
        return split_after_full_stops(norm, split_after_quotes(norm, sentences), kept)

    def parse_tokens(self, text: str, spans: TokenSpans) -> ParsedDoc:
        """Tag and parse given sentences of token spans (stanza's pretokenized mode)."""
        spans = [s for s in spans if s]
        if not spans:
            return ParsedDoc(text, self.spec.lang, self.id, ())
        forms = [[word_form(text[a:b]) for a, b in sent] for sent in spans]
        if self.spec.kind == "project":
            rows = self._project_parse(forms)
        else:
            rows = self._official_parse(forms)
        sentences: list[Sentence] = []
        i = 0
        for si, (sent_spans, sent_rows) in enumerate(zip(spans, rows)):
            toks = []
            for wid, ((a, b), row) in enumerate(zip(sent_spans, sent_rows), 1):
                toks.append(Token(i=i, sent=si, id=wid, text=text[a:b], start=a, end=b, **row))
                i += 1
            sentences.append(Sentence(si, sent_spans[0][0], sent_spans[-1][1], tuple(toks)))
        return ParsedDoc(text, self.spec.lang, self.id, tuple(sentences))

    # -- project models: stanza tokenizer + HanTa tags + stanza parser ------------------------
    def _project_parse(self, forms: list[list[str]]) -> list[list[dict[str, Any]]]:
        import stanza

        from attribution.nlp.tagger import tag_sentence

        sents = []
        for words in forms:
            tags = tag_sentence(words)
            sents.append([{"id": n, "text": w, "lemma": t.lemma, "upos": t.upos, "xpos": t.xpos, "feats": t.feats}
                          for n, (w, t) in enumerate(zip(words, tags), 1)])
        doc = self._depparse(stanza.Document(sents))
        return [[_row(w) for w in s.words] for s in doc.sentences]

    # -- official stanza models ----------------------------------------------------------------
    def _official_parse(self, forms: list[list[str]]) -> list[list[dict[str, Any]]]:
        """Run the full official pipeline on given tokens; a multi-word token (*zum* = *zu dem*)
        becomes one word carrying its first word's analysis, as in the project's own models."""
        doc = self._full_pretok(forms)
        out = []
        for s in doc.sentences:
            word_to_tok: dict[int, int] = {}
            for ti, tok in enumerate(s.tokens, 1):
                for w in tok.words:
                    word_to_tok[w.id] = ti
            rows = []
            for ti, tok in enumerate(s.tokens, 1):
                first = tok.words[0]
                outside = [w for w in tok.words if word_to_tok.get(w.head, 0) != ti] or [first]
                w = outside[0]
                row = _row(first)
                row["head"] = word_to_tok.get(w.head, 0) if w.head else 0
                row["deprel"] = w.deprel
                rows.append(row)
            out.append(rows)
        return out


SENTENCE_ENDS = {".", "!", "?"}
CLOSING_QUOTES = {"“", "”", "«", "\""}
TOKENIZE_RULES = "quote-split,colon,ordinal,join,word-stop,lone-stop"  # part of the cache key of raw-text parses: sentence rules after the model's


def _split_colons(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A colon the tokenizer left on a word ("schrieb auf X: „…“") is a token of its own."""
    out: list[tuple[int, int]] = []
    for a, b in tokens:
        if b - a > 1 and text[b - 1] == ":" and text[a:b - 1].isalpha():
            out += [(a, b - 1), (b - 1, b)]
        else:
            out.append((a, b))
    return out


@functools.cache
def _sentence_rules(lang: str) -> dict[str, list[str]]:
    """The language's sentence rules (lang/<lang>/sentences.toml), empty where it has none."""
    path = resources.files(f"attribution.lang.{lang}").joinpath("sentences.toml")
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def ordinal_openers(lang: str) -> frozenset[str]:
    """Words that open a sentence after a number with a full stop."""
    return frozenset(_sentence_rules(lang).get("openers_after_ordinal", []))


def abbreviations(lang: str) -> frozenset[str]:
    """Abbreviations of three letters or more (lower case), which a full stop does not end."""
    return frozenset(w.lower() for w in _sentence_rules(lang).get("abbreviations", []))


def title_abbreviations(lang: str) -> frozenset[str]:
    """Abbreviated titles before a name (lower case), after which no sentence ends ("Prof.", "Dr.")."""
    return frozenset(w.lower() for w in _sentence_rules(lang).get("title_abbreviations", []))


WORD_STOP = re.compile(r"^([^\W\d_]{3,})\.$")  # a word of three letters or more with a full stop


def split_word_full_stops(text: str, sentences: TokenSpans, abbreviations: frozenset[str]) -> TokenSpans:
    """Split "Weg." before a capitalised word into the word and a full stop that ends the sentence,
    where the tokenizer took a word for an abbreviation ("auf einem guten Weg. Marktbeobachter …")."""
    out: TokenSpans = []
    for sent in sentences:
        cur: list[tuple[int, int]] = []
        for i, (a, b) in enumerate(sent):
            m = WORD_STOP.match(text[a:b])
            nxt = text[sent[i + 1][0]:sent[i + 1][1]] if i + 1 < len(sent) else ""
            if m and nxt[:1].isupper() and m.group(1).lower() not in abbreviations and not m.group(1).endswith("str"):
                out.append([*cur, (a, b - 1), (b - 1, b)])
                cur = []
            else:
                cur.append((a, b))
        if cur:
            out.append(cur)
    return out


QUOTE_MARKS = "»«„“”\"‚‘›‹"  # not "’", an apostrophe at a word's end ("the workers’ union")


def split_quote_marks(text: str, sentences: TokenSpans) -> TokenSpans:
    """Split quotation marks off the word they touch ("Geheimnis«", "»Wir"), which the tokenizer
    sometimes keeps as one token: the quotation's bounds and the word's tag depend on it."""
    out: TokenSpans = []
    for sent in sentences:
        cur: list[tuple[int, int]] = []
        for a, b in sent:
            lead = a
            while lead < b - 1 and text[lead] in QUOTE_MARKS:
                cur.append((lead, lead + 1))
                lead += 1
            trail = b
            while trail - 1 > lead and text[trail - 1] in QUOTE_MARKS and text[trail - 2] != "'":
                trail -= 1
            cur.append((lead, trail))
            cur.extend((i, i + 1) for i in range(trail, b))
        out.append(cur)
    return out


def join_after_titles(text: str, sentences: TokenSpans, titles: frozenset[str]) -> TokenSpans:
    """Join a sentence that ends on a title's abbreviation ("sagte Studienleiter Prof. | Jürgen
    Walther") to the next one on the same line."""
    out: TokenSpans = []
    for sent in sentences:
        last = out[-1][-2:] if out else []
        words = [text[a:b] for a, b in last]
        word = words[-1][:-1] if words and words[-1].endswith(".") and len(words[-1]) > 1 else \
            (words[0] if len(words) == 2 and words[1] == "." else "")
        if word.lower() in titles and sent and "\n" not in text[out[-1][-1][1]:sent[0][0]]:
            out[-1] = out[-1] + sent
        else:
            out.append(sent)
    return out


def join_unterminated(text: str, sentences: TokenSpans) -> TokenSpans:
    """Join a sentence that ends on a word or comma to the next one on the same line ("meldete,
    Machthaber | Kim Jong Un habe …"): the tokenizer's break there is no sentence end, while a
    headline with no full stop has its line to itself; and a "sentence" of closing quotation marks
    only to the one it closes ("… geblieben. | “")."""
    out: TokenSpans = []
    for sent in sentences:
        lone_closer = bool(sent) and all(text[a:b] in CLOSING_QUOTES for a, b in sent)
        if out and out[-1] and sent and (lone_closer or text[out[-1][-1][1] - 1].isalnum() or text[out[-1][-1][1] - 1] == ",") \
                and "\n" not in text[out[-1][-1][1]:sent[0][0]]:
            out[-1] = out[-1] + sent
        else:
            out.append(sent)
    return out


def split_after_ordinals(text: str, sentences: TokenSpans, openers: frozenset[str]) -> TokenSpans:
    """Split after a number with a full stop that the tokenizer took for an ordinal, where a
    sentence opener follows ("am Terminal 1. Ein Geschäftsmann sagte …")."""
    def ends(words: list[str], i: int) -> bool:
        return len(words[i]) > 1 and words[i].endswith(".") and words[i][:-1].isdigit() and words[i + 1] in openers
    return _split_where(text, sentences, ends)


def split_after_full_stops(text: str, sentences: TokenSpans, abbreviations: frozenset[str]) -> TokenSpans:
    """Split after a full stop, question or exclamation mark that stands as a token of its own
    before a capitalised word ("zwischen Union und SPD. Bundeskanzler Martin Albers rief …"): the
    tokenizer sometimes keeps such sentences together after an acronym. Not after an abbreviation,
    an initial or a number ("Prof. Jürgen Walther", "Jürgen W. Müller")."""
    def ends(words: list[str], i: int) -> bool:
        before = words[i - 1] if i > 0 else ""
        return words[i] in SENTENCE_ENDS and words[i + 1][:1].isupper() and len(before) > 1 \
            and before.lower() not in abbreviations and not before.isdigit()
    return _split_where(text, sentences, ends)


def split_after_quotes(text: str, sentences: TokenSpans) -> TokenSpans:
    """Split a sentence after a quotation that ends one, where the next word opens another
    ("„Wir haben alles verloren.“ Laut Behörde …"): the tokenizer keeps such pairs together,
    which would hang the quotation on the next sentence's cue."""
    def ends(words: list[str], i: int) -> bool:
        return i > 0 and words[i - 1] in SENTENCE_ENDS and words[i] in CLOSING_QUOTES and words[i + 1][:1].isupper()
    return _split_where(text, sentences, ends)


def _split_where(text: str, sentences: TokenSpans, ends: Callable[[list[str], int], bool]) -> TokenSpans:
    """The sentences split after every token i (not the last) for which `ends(words, i)` holds."""
    out: TokenSpans = []
    for sent in sentences:
        words = [text[a:b] for a, b in sent]
        start = 0
        for i in range(len(sent) - 1):
            if ends(words, i):
                out.append(sent[start: i + 1])
                start = i + 1
        out.append(sent[start:])
    return out


def _row(w: Any) -> dict[str, Any]:
    return {"lemma": w.lemma or w.text, "upos": w.upos or "X", "xpos": w.xpos or "_", "feats": w.feats or "_",
            "head": int(w.head or 0), "deprel": w.deprel or "dep"}


@functools.lru_cache(maxsize=4)
def _parser_for(lang: str, model_dir: str | None) -> Parser:
    spec = resolve(lang, Path(model_dir) if model_dir else None)
    if spec.kind == "spacy":  # English: spaCy, converted to UD (attribution.nlp.english)
        from attribution.nlp.english import SpacyParser
        from attribution.nlp.models import spacy_model

        return SpacyParser(spec, spacy_model(spec))  # type: ignore[return-value]  # same interface
    return Parser(spec)


def get_parser(lang: str = "de", model_dir: Path | str | None = None) -> Parser:
    """The process-wide Parser for a language and model directory (loaded on first use)."""
    return _parser_for(lang, str(model_dir) if model_dir else None)


def parse_text(text: str, lang: str = "de", model_dir: Path | str | None = None,
               cache: ParseCache | None = None, spans: TokenSpans | None = None) -> ParsedDoc:
    """Parse an article, through the cache when one is given.

    With `spans` (sentences of token spans, e.g. from a pre-tokenized corpus) stanza's
    tokenizer is skipped and the given tokens and sentences are kept exactly.
    """
    parser = get_parser(lang, model_dir)
    recogniser = ner_model(lang)
    model_id = with_recogniser(parser.id, recogniser)
    key = cache_key(text if spans is None else f"{text}\x00{spans!r}", model_id,
                    f"raw/{TOKENIZE_RULES}" if spans is None else "pretok")
    if cache is not None:
        hit = cache.get(key, text)
        if hit is not None:
            return hit
    doc = parser.parse(text) if spans is None else parser.parse_tokens(text, spans)
    if recogniser is not None and doc.sentences:
        doc = replace(doc, model=model_id, entities=recogniser.entities(doc))
    if cache is not None:
        cache.put(key, doc)
    return doc


@dataclass(frozen=True)
class Recogniser:
    """The shipped name recogniser of a language: its model file and an id for the cache key."""

    path: Path

    @property
    def id(self) -> str:
        return f"ner:{self.path.stat().st_size}"

    def entities(self, doc: ParsedDoc) -> tuple[tuple[int, int, str], ...]:
        """Character spans and labels (PER, ORG, LOC, OTH) of the names in a parsed document."""
        from attribution.nlp.ner import entities

        sents = [[word_form(t.text) for t in s.tokens] for s in doc.sentences]
        return tuple((doc.sentences[si].tokens[a].start, doc.sentences[si].tokens[b - 1].end, label)
                     for si, a, b, label in entities(sents, self.path))


def with_recogniser(parser_id: str, recogniser: Recogniser | None) -> str:
    """The id of the whole pipeline: the parser's, plus the name recogniser's where one runs."""
    return parser_id + (f"+{recogniser.id}" if recogniser else "")


def pipeline_id(lang: str = "de", model_dir: Path | str | None = None) -> str:
    """The id every report names for `lang` (parser and name recogniser), without loading models."""
    return with_recogniser(resolve(lang, Path(model_dir) if model_dir else None).id, ner_model(lang))


def ner_model(lang: str) -> Recogniser | None:
    """The shipped name recogniser for `lang`, or None where none ships (ATTRIBUTION_NO_NER=1 turns it off)."""
    path = PACKAGE_MODELS / lang / "ner.pt"
    if os.environ.get("ATTRIBUTION_NO_NER") or not path.is_file():
        return None
    return Recogniser(path)
