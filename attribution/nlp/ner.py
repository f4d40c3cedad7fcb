"""German named-entity recognition (PER, ORG, LOC, OTH) with the project's shipped stanza model.

The model (`attribution/models/de/ner.pt`, trained on GermEval 2014 by training/train_ner.sh,
scores in attribution/models/de/MANIFEST.md) tags given tokens; it is loaded once per process.
Tags come back in BIO form ("B-PER", "I-PER", "O"). *deriv and *part entities of GermEval
("deutsche", "SPD-Chef") are not entities for this model.
"""
from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any

from attribution.nlp.models import PACKAGE_MODELS, ModelError

MODEL_DIR = PACKAGE_MODELS / "de"
MODEL_FILE = MODEL_DIR / "ner.pt"
TYPES = ("PER", "ORG", "LOC", "OTH")

Entity = tuple[int, int, int, str]


def model_path(path: Path | str | None = None) -> Path:
    """The NER model file to use: `path` if given, else the shipped one; raises ModelError if missing."""
    model = Path(path).expanduser() if path else MODEL_FILE
    if not model.is_file():
        raise ModelError(f"NER model file {model} not found; reinstall the package (it ships "
                         "attribution/models/de/ner.pt) or train one with training/train_ner.sh")
    return model


@functools.lru_cache(maxsize=2)
def _pipeline(model: str) -> Any:
    """A stanza pipeline (pretokenized input, NER only) for one model file, built once per process."""
    import stanza

    logging.getLogger("stanza").setLevel(logging.ERROR)
    try:
        # resources.json in the shipped directory lists no official packages; naming the
        # tokenizer file keeps the (pretokenized, model-free) tokenize step in the pipeline
        return stanza.Pipeline("de", processors="tokenize,ner", tokenize_pretokenized=True,
                               tokenize_model_path=str(MODEL_DIR / "tokenizer.pt"), ner_model_path=model,
                               ner_batch_size=64, dir=str(MODEL_DIR), download_method=None,
                               logging_level="ERROR", use_gpu=False)
    except Exception as exc:  # stanza raises many kinds for a broken file
        raise ModelError(f"cannot load the NER model {model}: {exc}") from exc


def to_bio(tags: list[str]) -> list[str]:
    """BIOES tags (stanza's output) -> BIO; an I- that continues nothing becomes B-."""
    out: list[str] = []
    for tag in tags:
        if tag.startswith("S-"):
            tag = "B-" + tag[2:]
        elif tag.startswith("E-"):
            tag = "I-" + tag[2:]
        if tag.startswith("I-") and (not out or out[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        elif not tag.startswith(("B-", "I-")):
            tag = "O"
        out.append(tag)
    return out


def recognise(sentences: list[list[str]], model: Path | str | None = None) -> list[list[str]]:
    """BIO tags (B-PER, I-ORG, O, ...) for each token of each given sentence."""
    pipeline = _pipeline(str(model_path(model)))
    index = [i for i, s in enumerate(sentences) if s]
    out: list[list[str]] = [[] for _ in sentences]
    if not index:
        return out
    # stanza's pretokenized mode cannot take empty or blank tokens
    forms = [[t if t.strip() else "_" for t in sentences[i]] for i in index]
    forms = [["".join(t.split()) for t in s] for s in forms]
    doc = pipeline(forms)
    for i, sent in zip(index, doc.sentences):
        out[i] = to_bio([tok.ner or "O" for tok in sent.tokens])
    return out


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, end token exclusive, type) of each entity in one sentence's BIO tags."""
    found: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == kind):
            found.append((start, i, kind))
            start = -1
        if tag.startswith("B-") or (tag.startswith("I-") and start < 0):
            start, kind = i, tag[2:]
    return found


def entities(sentences: list[list[str]], model: Path | str | None = None) -> list[Entity]:
    """(sentence index, first token, end token exclusive, type) of each entity found."""
    return [(si, a, b, kind) for si, tags in enumerate(recognise(sentences, model)) for a, b, kind in spans(tags)]
