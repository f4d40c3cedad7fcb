"""On-disk parse cache: re-analysing an unchanged article with the same models skips parsing.

Entries are keyed by the SHA-256 of the text, the model id and the parse-layer format version,
and stored as compact JSON (one file each, written atomically), so a cache directory can be
shared by processes and survives interrupted runs.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import astuple
from pathlib import Path

from attribution.types import ParsedDoc, Sentence, Token

FORMAT = 9  # 2: entities of the name recogniser; 3: German Reflex, Poss and PartType features from the tag table; 4: regular Konjunktiv I; 5: Konjunktiv forms in reformed spelling (müsste); 6: umlauted Konjunktiv II (bräuchte); 7: a listed Konjunktiv form that is an indicative of its lemma (führen); 8: quotation marks split off words, sentences joined after listed abbreviations (Prof.); 9: a lone closing quotation mark joins its sentence
_FIELDS = ("i", "sent", "id", "text", "start", "end", "lemma", "upos", "xpos", "feats", "head", "deprel")


def default_dir() -> Path:
    """`ATTRIBUTION_CACHE_DIR`, else the user's cache directory."""
    env = os.environ.get("ATTRIBUTION_CACHE_DIR")
    base = Path(env) if env else Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "attribution"
    return base / "parses"


def cache_key(text: str, model_id: str, mode: str = "raw") -> str:
    """Key of one parse: text hash, model id, tokenisation mode and format version."""
    h = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return hashlib.sha256(f"{h}|{model_id}|{mode}|{FORMAT}".encode()).hexdigest()[:40]


def dumps(doc: ParsedDoc) -> str:
    """Serialise a ParsedDoc without its text (the caller has the text)."""
    return json.dumps({"format": FORMAT, "lang": doc.lang, "model": doc.model,
                       "sentences": [[list(astuple(t)) for t in s.tokens] for s in doc.sentences],
                       "entities": [list(e) for e in doc.entities]},
                      ensure_ascii=False, separators=(",", ":"))


def loads(text: str, data: str) -> ParsedDoc:
    """Rebuild a ParsedDoc from `dumps` output and the article text."""
    obj = json.loads(data)
    sentences = []
    for si, rows in enumerate(obj["sentences"]):
        toks = tuple(Token(**dict(zip(_FIELDS, r))) for r in rows)
        sentences.append(Sentence(si, toks[0].start, toks[-1].end, toks))
    entities = tuple((int(a), int(b), str(label)) for a, b, label in obj.get("entities", []))
    return ParsedDoc(text, obj["lang"], obj["model"], tuple(sentences), entities)


class ParseCache:
    """A directory of cached parses."""

    def __init__(self, directory: Path | None = None) -> None:
        self.dir = directory or default_dir()

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def get(self, key: str, text: str) -> ParsedDoc | None:
        """The cached parse, or None when absent or unreadable (a broken entry is ignored)."""
        try:
            return loads(text, self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None

    def put(self, key: str, doc: ParsedDoc) -> None:
        """Store a parse atomically; a cache that cannot be written is skipped silently."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(dumps(doc))
            os.replace(tmp, path)
        except OSError:
            return
