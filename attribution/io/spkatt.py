"""Read and write the JSON format of GermEval 2023 SpkAtt, task 2 (speaker attribution in news).

A SpkAtt file gives an article as sentences of tokens, and its annotations as lists of
`"SentenceId:TokenId"` strings (0-based positions, possibly discontinuous):

    {"DocumentName": "...", "Sentences": [{"SentenceId": 0, "Tokens": ["Er", "sagte", ...]}],
     "Annotations": [{"Message": ["0:3", ...], "Source": ["0:0"], "Cue": ["0:1"], "Form": "Indirect",
                      "STWR": "Speech", "Addr": [], "Frame": [...], "IsNested": false, "HasNested": false}]}

The reader builds the article text by joining tokens with single spaces and sentences with
newlines, and keeps every token's character span in `Article.tokens`, so the parse keeps the
task's tokens and sentences exactly; `TokenMap` converts character offsets to token ids and back.

The writer follows the conventions of the task's annotation guideline
(`annotation_guidelines_de.pdf`, Nöll et al. 2023), which differ from this project's in places:

- *Message* of Direct speech includes the quotation marks; of Indirect speech it includes the
  complementiser (*dass*, *ob*) but not the sentence-final full stop; of the frameless forms
  (IndirectFreeIndirect, FreeIndirect) it is the whole sentence with its full stop, and
  consecutive sentences of one speaker form one passage.
- *Source* is the attribution's source phrase: the speaker mention with its article and
  appositions; for a source marker *nach Angaben der Polizei* the cue is the preposition alone
  and the source the rest (*Angaben der Polizei*), where this project's cue is *nach Angaben*.
- *Frame* is the rest of the cue's sentence outside the message, without the full stop.
- A quoted fragment inside reported content (*mixed*) is also a Direct annotation nested in it.
- *STWR* (speech, thought or writing) comes from the cue's class, else the nouns of the source
  phrase, else the source's type, as the language's `stwr.toml` lists them (`stwr_of`); a
  continuation takes its report's.
"""
from __future__ import annotations

import bisect
import functools
import json
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from attribution.errors import InputError
from attribution.types import Article, ArticleMeta, Attribution, Kind, ParsedDoc, Span

Form = Literal["Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported"]
FORMS: tuple[Form, ...] = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")
STWRS: tuple[str, ...] = ("Speech", "Thought", "Writing", "ST", "SW", "TW", "none")

#: Which Form each of the project's kinds is written as. `continuation` (a Konjunktiv sentence
#: with no cue, continuing the previous speaker) is the guideline's IndirectFreeIndirect
#: ("Berichtete Rede", section 3.4); `reportative` hearsay with *soll* is its FreeIndirect
#: (section 3.2: "Formulierung mit sollen und müssen", no frame, the source from context).
KIND_TO_FORM: dict[Kind, Form] = {
    "direct": "Direct",
    "indirect": "Indirect",
    "mixed": "Indirect",
    "according_to": "Indirect",
    "continuation": "IndirectFreeIndirect",
    "reportative": "FreeIndirect",
    "reported": "Reported",
}
#: The STWR of annotations read without one, and of every annotation in a language without `stwr.toml`.
DEFAULT_STWR = "Speech"

#: Rules whose attributions mark no speech, thought or writing event in the task's sense: hearsay
#: shown by an adverb alone (*angeblich*); the guideline's frameless hearsay is *sollen*/*müssen* (3.2).
_NO_SPEECH_EVENT_RULES = frozenset({"reportative.adverb"})

_ROLE_KEYS = ("Addr", "Cue", "Frame", "Message", "Source")
_QUOTE_TOKENS = frozenset({"„", "“", "”", '"', "»", "«", "‚", "‘", "’", "›", "‹"})
_SENTENCE_END = frozenset({".", "!", "?"})
_CLAUSE_PUNCT = frozenset({",", ":", ";"})
# "Er sagte, dass ...": the guideline puts the complementiser into the message.
_COMPLEMENTISERS = frozenset({"dass", "daß", "ob"})
# "Nach Angaben der Polizei": the guideline's cue is the preposition, its object the source.
_SOURCE_MARKER_PREPOSITIONS = frozenset({"nach", "laut", "gemäß"})
_SOURCE_MARKER_POSTPOSITIONS = frozenset({"nach", "zufolge"})
# A continuation without Konjunktiv but with *sollen*/*müssen* is FreeIndirect (section 3.2).
_FREE_INDIRECT_MODALS = frozenset({"sollen", "müssen"})
_FRAMELESS_FORMS = frozenset({"IndirectFreeIndirect", "FreeIndirect"})
_NOUN_TAGS = frozenset({"NOUN", "PROPN"})
_DOCUMENT_NAME = re.compile(r"^\d+ - (?P<title>.*?)(?: \((?P<date>\d{4}-\d{2}-\d{2})\))?$")

TokenId = tuple[int, int]  # (SentenceId, TokenId), both 0-based


class SpkAttError(InputError):
    """A file is not valid SpkAtt JSON; `source` names it and the message says what is wrong."""


def format_id(tid: TokenId) -> str:
    """`(3, 18)` -> `"3:18"`."""
    return f"{tid[0]}:{tid[1]}"


def parse_id(text: str) -> TokenId:
    """`"3:18"` -> `(3, 18)`; raises ValueError for anything else."""
    sent, sep, tok = str(text).partition(":")
    if not sep or not sent.isdigit() or not tok.isdigit():
        raise ValueError(f"token id {text!r} is not of the form 'SentenceId:TokenId'")
    return int(sent), int(tok)


@dataclass(frozen=True)
class SpkAttAnnotation:
    """One SpkAtt annotation; every role is a sorted tuple of distinct token ids (empty = absent)."""

    message: tuple[TokenId, ...]
    form: Form
    stwr: str = DEFAULT_STWR
    cue: tuple[TokenId, ...] = ()
    source: tuple[TokenId, ...] = ()
    addr: tuple[TokenId, ...] = ()
    frame: tuple[TokenId, ...] = ()
    is_nested: bool = False
    has_nested: bool = False

    def to_json(self) -> dict[str, Any]:
        """The annotation as the task's JSON object (keys in the corpus's order)."""
        return {
            "Addr": [format_id(t) for t in self.addr],
            "Cue": [format_id(t) for t in self.cue],
            "Form": self.form,
            "Frame": [format_id(t) for t in self.frame],
            "HasNested": self.has_nested,
            "IsNested": self.is_nested,
            "Message": [format_id(t) for t in self.message],
            "STWR": self.stwr,
            "Source": [format_id(t) for t in self.source],
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> SpkAttAnnotation:
        """Read one annotation; missing roles are empty, a missing STWR is the default."""
        if not isinstance(obj, dict) or "Message" not in obj or "Form" not in obj:
            raise ValueError(f"an annotation needs 'Message' and 'Form': {str(obj)[:120]}")
        if obj["Form"] not in FORMS:
            raise ValueError(f"unknown Form {obj['Form']!r}; valid: {', '.join(FORMS)}")
        roles = {k: _ids(obj.get(k) or []) for k in _ROLE_KEYS}
        return cls(message=roles["Message"], form=obj["Form"], stwr=obj.get("STWR") or DEFAULT_STWR,
                   cue=roles["Cue"], source=roles["Source"], addr=roles["Addr"], frame=roles["Frame"],
                   is_nested=bool(obj.get("IsNested", False)), has_nested=bool(obj.get("HasNested", False)))


@dataclass(frozen=True)
class SpkAttDocument:
    """A SpkAtt file: its name (file stem, the scorer's key), tokens by sentence and annotations."""

    name: str
    sentences: tuple[tuple[str, ...], ...]
    annotations: tuple[SpkAttAnnotation, ...]

    def text_of(self, ids: Iterable[TokenId]) -> str:
        """The tokens' texts joined by spaces, for showing a span."""
        return " ".join(self.sentences[s][t] for s, t in ids
                        if s < len(self.sentences) and t < len(self.sentences[s]))

    def to_json(self) -> dict[str, Any]:
        """The document as the task's JSON object."""
        return {"Annotations": [a.to_json() for a in self.annotations],
                "DocumentName": self.name,
                "Sentences": [{"SentenceId": i, "Tokens": list(toks)} for i, toks in enumerate(self.sentences)]}


class TokenMap:
    """Character spans of an article's SpkAtt tokens and their ids, in both directions.

    Built from `Article.tokens` (sentences of half-open `(start, end)` spans); the n-th sentence
    is SentenceId n and the k-th token in it TokenId k, as the task's scorer assumes.
    """

    def __init__(self, sentences: Sequence[Sequence[tuple[int, int]]]) -> None:
        self.sentences = tuple(tuple(s) for s in sentences)
        flat = [(a, b, (si, ti)) for si, sent in enumerate(self.sentences) for ti, (a, b) in enumerate(sent)]
        self._starts = [a for a, _, _ in flat]
        self._ends = [b for _, b, _ in flat]
        self._ids = [tid for _, _, tid in flat]

    @classmethod
    def of(cls, article: Article) -> TokenMap:
        """The map of a pre-tokenized article; raises ValueError when it has no given tokens."""
        if article.tokens is None:
            raise ValueError(f"{article.meta.document}: the article has no given tokens (read it with read_spkatt)")
        return cls(article.tokens)

    def ids(self, start: int, end: int) -> list[TokenId]:
        """Ids of the tokens that overlap the character span `[start, end)`, in text order."""
        lo = bisect.bisect_right(self._ends, start)
        hi = bisect.bisect_left(self._starts, end)
        return self._ids[lo:hi]

    def id_at(self, offset: int) -> TokenId | None:
        """The id of the token covering a character offset, or None between tokens."""
        found = self.ids(offset, offset + 1)
        return found[0] if found else None

    def span(self, tid: TokenId) -> tuple[int, int]:
        """The character span of a token id; raises IndexError for an id outside the text."""
        s, t = tid
        if s >= len(self.sentences) or t >= len(self.sentences[s]):
            raise IndexError(f"token {format_id(tid)} is outside the article")
        return self.sentences[s][t]


def is_spkatt(obj: Any) -> bool:
    """True for a parsed JSON object shaped like a SpkAtt document (sentences of token lists)."""
    if not isinstance(obj, dict) or not isinstance(obj.get("Sentences"), list) or not obj["Sentences"]:
        return False
    return all(isinstance(s, dict) and "SentenceId" in s and isinstance(s.get("Tokens"), list)
               for s in obj["Sentences"])


def read_document(path: Path | str) -> SpkAttDocument:
    """Read a SpkAtt file with its annotations (none for unlabelled files)."""
    path = Path(path)
    try:
        obj = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SpkAttError(str(path), f"cannot read it: {exc}") from exc
    return document_from_json(obj, path.stem, str(path))


def document_from_json(obj: Any, name: str, source: str | None = None) -> SpkAttDocument:
    """Validate a parsed SpkAtt object; `name` is the document's key (its file stem), `source`
    names the input in errors (default: `name`)."""
    source = source or name
    if not is_spkatt(obj):
        raise SpkAttError(source, "not SpkAtt JSON (expected 'Sentences': [{'SentenceId', 'Tokens'}, ...])")
    sentences = []
    for pos, sent in enumerate(obj["Sentences"]):
        if sent["SentenceId"] != pos:
            raise SpkAttError(source, f"SentenceId {sent['SentenceId']!r} at position {pos}; "
                              "sentence ids must count 0, 1, 2, ... in file order")
        for ti, tok in enumerate(sent["Tokens"]):
            if not isinstance(tok, str) or not tok or any(c.isspace() for c in tok):
                raise SpkAttError(source, f"token {pos}:{ti} ({tok!r}) must be a non-empty string without spaces")
        sentences.append(tuple(sent["Tokens"]))
    try:
        annotations = tuple(SpkAttAnnotation.from_json(a) for a in obj.get("Annotations") or [])
    except ValueError as exc:
        raise SpkAttError(source, str(exc)) from None
    return SpkAttDocument(name, tuple(sentences), annotations)


def article_from_document(doc: SpkAttDocument, document: str | None = None) -> Article:
    """The article of a SpkAtt document: tokens joined by spaces, sentences by newlines.

    `document` is the article's file name (default: the document name plus `.json`); a
    Wikinews name *"10022 - Title (2005-08-05)"* also gives title and date.
    """
    parts: list[str] = []
    spans: list[tuple[tuple[int, int], ...]] = []
    pos = 0
    for si, toks in enumerate(doc.sentences):
        if si:
            parts.append("\n")
            pos += 1
        sent = []
        for ti, tok in enumerate(toks):
            if ti:
                parts.append(" ")
                pos += 1
            parts.append(tok)
            sent.append((pos, pos + len(tok)))
            pos += len(tok)
        spans.append(tuple(sent))
    m = _DOCUMENT_NAME.match(doc.name)
    meta = ArticleMeta(document=document or f"{doc.name}.json",
                       title=m.group("title") if m else doc.name, date=m.group("date") if m else None,
                       outlet="Wikinews", extra={"spkatt_name": doc.name})
    return Article(text="".join(parts), meta=meta, lang="de", tokens=tuple(spans))


def read_spkatt(path: Path | str) -> Article:
    """Read a SpkAtt file as an Article whose `tokens` are the task's (metadata document = file name)."""
    path = Path(path)
    return article_from_document(read_document(path), path.name)


# -- STWR -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StwrTable:
    """A language's `stwr.toml`: the STWR of cue lemmas (None for cues that name no medium), of noun
    endings (longest first) and, when neither decides, of source types for markers and other cues."""

    verbs: Mapping[str, str | None]
    nouns: tuple[tuple[str, str], ...]
    defaults: Mapping[str, Mapping[str, str]]  # "marker" or "other" -> source type -> STWR


@functools.cache
def stwr_table(lang: str) -> StwrTable | None:
    """The STWR table of a language (attribution/lang/<lang>/stwr.toml), or None when it has none."""
    try:
        data = tomllib.loads(resources.files(f"attribution.lang.{lang}").joinpath("stwr.toml").read_text("utf-8"))
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    verbs: dict[str, str | None] = dict.fromkeys(data.pop("neutral", {}).get("verbs", []))
    defaults = data.pop("default")
    nouns: dict[str, str] = {}
    for name, entry in data.items():
        if entry["stwr"] not in STWRS:
            raise ValueError(f"stwr.toml [{name}]: unknown STWR {entry['stwr']!r}; valid: {', '.join(STWRS)}")
        verbs.update(dict.fromkeys(entry.get("verbs", []), entry["stwr"]))
        nouns.update(dict.fromkeys(entry.get("nouns", []), entry["stwr"]))
    return StwrTable(verbs, tuple(sorted(nouns.items(), key=lambda kv: -len(kv[0]))), defaults)


def stwr_of(att: Attribution, doc: ParsedDoc | None, lang: str = "de") -> str:
    """The STWR of an attribution: its cue's class, else that of the first listed noun of the cue and the
    source phrase ("nach [Angaben]", "laut einem [Bericht]"), else its source type's default."""
    table = stwr_table(lang)
    if table is None:
        return DEFAULT_STWR
    lemma = att.cue.lemma.lower() if att.cue else ""
    words = lemma.split()
    for candidate in (lemma, words[-1] if words else ""):
        if candidate in table.verbs:
            stwr = table.verbs[candidate]
            if stwr is not None:
                return stwr
            break  # a cue that names no medium: the nouns decide
    phrase = att.source_phrase or att.speaker
    nouns = [] if doc is None or phrase is None else [
        t.lemma.lower() for t in doc.tokens
        if phrase.start <= t.start and t.end <= phrase.end and t.upos in _NOUN_TAGS]
    for noun in (*words, *nouns):
        found = next((stwr for ending, stwr in table.nouns if noun.endswith(ending)), None)
        if found is not None:
            return found
    return table.defaults["marker" if att.kind == "according_to" else "other"][att.type]


# -- writing --------------------------------------------------------------------------------------
def to_document(article: Article, attributions: Sequence[Attribution], doc: ParsedDoc | None = None) -> SpkAttDocument:
    """Convert attributions found in a SpkAtt article into the task's annotations.

    Attributions without content are left out (a SpkAtt annotation is anchored on its message),
    and so are repeats of an annotation's message and source.
    `doc`, the article's parse, tells continuations in Konjunktiv (IndirectFreeIndirect) from
    those with *sollen*/*müssen* and no Konjunktiv (FreeIndirect); without it every continuation
    is IndirectFreeIndirect.
    """
    tmap = TokenMap.of(article)
    words = [[article.text[a:b] for a, b in sent] for sent in tmap.sentences]
    top: list[tuple[SpkAttAnnotation, list[SpkAttAnnotation]]] = []
    seen: set[tuple[tuple[TokenId, ...], tuple[TokenId, ...]]] = set()
    reports: dict[Span, str] = {}  # source phrase -> STWR of the latest report with it
    for att in attributions:
        inherited = reports.get(att.source_phrase) if att.kind == "continuation" and att.source_phrase else None
        stwr = inherited or stwr_of(att, doc, article.lang)
        if att.kind != "continuation" and att.source_phrase:
            reports[att.source_phrase] = stwr
        ann = _annotation(att, tmap, words, doc, stwr)
        if ann is None or (ann.message, ann.source) in seen:
            continue
        seen.add((ann.message, ann.source))
        nested = _nested_quotes(ann, words)
        top.append((replace(ann, has_nested=bool(nested)), nested))
    top.sort(key=lambda pair: pair[0].message)
    annotations: list[SpkAttAnnotation] = []
    for ann, nested in _merge_passages(top):
        annotations.append(ann)
        annotations.extend(nested)
    name = article.meta.extra.get("spkatt_name") or Path(article.meta.document).stem
    return SpkAttDocument(name, tuple(tuple(s) for s in words), tuple(annotations))


def write_spkatt(article: Article, attributions: Sequence[Attribution], out_path: Path | str,
                 doc: ParsedDoc | None = None) -> Path:
    """Write the attributions of a SpkAtt article as a prediction file in the task's format."""
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    data = to_document(article, attributions, doc).to_json()
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


def _ids(items: Iterable[Any]) -> tuple[TokenId, ...]:
    return tuple(sorted({parse_id(x) for x in items}))


def _annotation(att: Attribution, tmap: TokenMap, words: list[list[str]], doc: ParsedDoc | None,
                stwr: str) -> SpkAttAnnotation | None:
    """One attribution as a top-level annotation, with the guideline's span conventions."""
    if att.content is None or att.explanation.rule in _NO_SPEECH_EVENT_RULES:
        return None
    form = _form(att, doc)
    message = _message(tmap.ids(att.content.start, att.content.end), form, words)
    if not message:
        return None
    cue = sorted({tid for a, b in (att.cue.spans if att.cue else ()) for tid in tmap.ids(a, b)})
    phrase = att.source_phrase or att.speaker
    source = set(tmap.ids(phrase.start, phrase.end)) if phrase else set()
    if att.kind == "according_to" and cue:
        cue = _marker_cue(cue, words)
    if att.kind == "according_to":  # "Die Feuerwehr hat [nach eigenen Angaben] … abgesucht": the marker is no message
        message = [t for t in message if t not in set(cue) | source]
    frame: list[TokenId] = []
    if form in _FRAMELESS_FORMS:
        cue = []  # "Durch den Tönungseffekt soll ...": the guideline gives these forms no cue and no frame
    else:
        frame = _frame(cue, set(message), words)
    addr = tuple(tmap.ids(att.addressee.start, att.addressee.end)) if att.addressee else ()
    return SpkAttAnnotation(message=tuple(message), form=form, stwr=stwr, cue=tuple(cue),
                            source=tuple(sorted(source)), frame=tuple(frame), addr=addr)


def _form(att: Attribution, doc: ParsedDoc | None) -> Form:
    """The Form of an attribution; a continuation is FreeIndirect when its parse shows *sollen*/*müssen* and no Konjunktiv."""
    form = KIND_TO_FORM[att.kind]
    if att.kind == "continuation" and doc is not None and att.content is not None:
        toks = [t for t in doc.tokens if t.start < att.content.end and att.content.start < t.end]
        subjunctive = any(t.feat("Mood") == "Sub" for t in toks)
        if not subjunctive and any(t.lemma in _FREE_INDIRECT_MODALS for t in toks):
            return "FreeIndirect"
    return form


def _message(ids: list[TokenId], form: Form, words: list[list[str]]) -> list[TokenId]:
    """Adjust the content's tokens to the guideline's message span for its Form."""
    def word(tid: TokenId) -> str:
        return words[tid[0]][tid[1]]

    def before(tid: TokenId) -> TokenId | None:
        return (tid[0], tid[1] - 1) if tid[1] > 0 else None

    def after(tid: TokenId) -> TokenId | None:
        return (tid[0], tid[1] + 1) if tid[1] + 1 < len(words[tid[0]]) else None

    ids = list(ids)
    if not ids:
        return ids
    if form == "Direct":
        # „Wir haben etwas erreicht“, sagte er: the quotation marks belong to the message.
        prev, nxt = before(ids[0]), after(ids[-1])
        if word(ids[0]) not in _QUOTE_TOKENS and prev and word(prev) in _QUOTE_TOKENS:
            ids.insert(0, prev)
        if word(ids[-1]) not in _QUOTE_TOKENS and nxt and word(nxt) in _QUOTE_TOKENS:
            ids.append(nxt)
        return ids
    while len(ids) > 1 and word(ids[0]) in _CLAUSE_PUNCT:
        ids.pop(0)
    if form in _FRAMELESS_FORMS:
        # Rot-Grün habe seine Mehrheit verloren. -- the whole sentence with its full stop.
        nxt = after(ids[-1])
        if nxt and word(nxt) in _SENTENCE_END and after(nxt) is None:
            ids.append(nxt)
        return ids
    # Er sagte, dass die Besorgnis groß sei. -- with the dass, without the comma and the full stop.
    while len(ids) > 1 and (word(ids[-1]) in _CLAUSE_PUNCT
                            or (word(ids[-1]) in _SENTENCE_END and after(ids[-1]) is None)):
        ids.pop()
    prev = before(ids[0])
    if prev and word(prev).lower() in _COMPLEMENTISERS:
        ids.insert(0, prev)
    return ids


def _marker_cue(cue: list[TokenId], words: list[list[str]]) -> list[TokenId]:
    """The guideline's cue of a nominal source marker, whose noun belongs to the source:
    *Nach Angaben* -> *Nach*; *Seiner Ansicht nach*, *Angaben der Polizei zufolge* -> the postposition."""
    if len(cue) >= 2 and words[cue[-1][0]][cue[-1][1]].lower() in _SOURCE_MARKER_POSTPOSITIONS:
        return cue[-1:]
    if len(cue) >= 2 and words[cue[0][0]][cue[0][1]].lower() in _SOURCE_MARKER_PREPOSITIONS:
        return cue[:1]
    return cue


def _frame(cue: list[TokenId], message: set[TokenId], words: list[list[str]]) -> list[TokenId]:
    """The frame: the rest of the cue's sentences outside the message, without the full stop."""
    frame: list[TokenId] = []
    for sent in sorted({s for s, _ in cue}):
        toks = words[sent]
        last = len(toks) - 1 if toks[-1] in _SENTENCE_END else len(toks)
        frame.extend((sent, i) for i in range(last) if (sent, i) not in message)
    return frame


def _nested_quotes(ann: SpkAttAnnotation, words: list[list[str]]) -> list[SpkAttAnnotation]:
    """Direct annotations for quoted fragments inside a non-direct message (*mixed* speech)."""
    if ann.form == "Direct":
        return []
    fragments: list[list[TokenId]] = []
    current: list[TokenId] | None = None
    for tid in ann.message:
        if words[tid[0]][tid[1]] in _QUOTE_TOKENS:
            if current is None:
                current = [tid]
            else:
                current.append(tid)
                fragments.append(current)
                current = None
        elif current is not None:
            current.append(tid)
    return [SpkAttAnnotation(message=tuple(f), form="Direct", stwr=ann.stwr, cue=ann.cue, source=ann.source,
                             frame=ann.frame, is_nested=True)
            for f in fragments if len(f) > 2 and len(f) < len(ann.message)]


def _merge_passages(items: list[tuple[SpkAttAnnotation, list[SpkAttAnnotation]]]
                    ) -> list[tuple[SpkAttAnnotation, list[SpkAttAnnotation]]]:
    """Join consecutive frameless sentences of one Form and source into one passage (guideline 3.2, 3.4)."""
    merged: list[tuple[SpkAttAnnotation, list[SpkAttAnnotation]]] = []
    for ann, nested in items:
        if merged:
            prev, prev_nested = merged[-1]
            if (ann.form in _FRAMELESS_FORMS and prev.form == ann.form and prev.source == ann.source
                    and ann.message[0][0] == prev.message[-1][0] + 1):
                joined = replace(prev, message=prev.message + ann.message,
                                 has_nested=prev.has_nested or ann.has_nested)
                merged[-1] = (joined, prev_nested + nested)
                continue
        merged.append((ann, nested))
    return merged
