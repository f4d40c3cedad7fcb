"""GermEval 2014 NER (dev + test files) -> stanza NER json and BIO files in training/work/ner/.

Labels: the outer column only; PER, ORG, LOC, OTH kept; the *deriv and *part labels
("deutsche" = B-LOCderiv, "SPD-Chef" = B-ORGpart) become O, the usual GermEval practice: the
engine needs names of persons, organisations and places, not adjectives or compounds built from
them. An I- tag left without its B- by this mapping is repaired to B-.

Split (by position, fixed, no shuffling across parts):
- heldout: the last 1,000 sentences of NER-de-test.tsv -- no training or model selection sees them;
- dev:     the first 700 sentences of NER-de-dev.tsv -- early stopping only;
- train:   the rest (NER-de-dev.tsv 701-2200 and NER-de-test.tsv 1-4100).

usage: python training/prepare_ner.py [--data DIR] [--out DIR]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "germeval2014_ner"
OUT = ROOT / "training" / "work" / "ner"
TYPES = ("PER", "ORG", "LOC", "OTH")
HELDOUT = 1000
DEV = 700

Sentence = list[tuple[str, str]]


def map_label(label: str) -> str:
    """Outer GermEval label -> BIO over PER/ORG/LOC/OTH; *deriv and *part become O."""
    if label == "O" or "-" not in label:
        return "O"
    prefix, kind = label.split("-", 1)
    return f"{prefix}-{kind}" if kind in TYPES and prefix in ("B", "I") else "O"


def repair(tags: list[str]) -> list[str]:
    """Turn an I-X that does not continue an X span into B-X."""
    out: list[str] = []
    for tag in tags:
        if tag.startswith("I-") and (not out or out[-1] == "O" or out[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def read_germeval(path: Path) -> list[Sentence]:
    """Sentences of (token, mapped outer BIO tag) from a GermEval 2014 TSV file."""
    sentences: list[Sentence] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#\t") or line.startswith("# "):
            continue
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        cols = line.split("\t")
        token = "".join(ch for ch in cols[1] if ch.isprintable()) or "_"
        current.append((token, map_label(cols[2])))
    if current:
        sentences.append(current)
    return [list(zip([w for w, _ in s], repair([t for _, t in s]))) for s in sentences]


def write(sentences: list[Sentence], stem: Path) -> None:
    """Write `stem`.json (stanza's NER format) and `stem`.bio (token TAB tag, blank line between)."""
    Path(f"{stem}.json").write_text(
        json.dumps([[{"text": w, "ner": t} for w, t in s] for s in sentences], ensure_ascii=False), encoding="utf-8")
    Path(f"{stem}.bio").write_text(
        "".join("".join(f"{w}\t{t}\n" for w, t in s) + "\n" for s in sentences), encoding="utf-8")


def main() -> None:
    """Read, map, split and write the GermEval data."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    dev_file = read_germeval(args.data / "NER-de-dev.tsv")
    test_file = read_germeval(args.data / "NER-de-test.tsv")
    parts = {
        "train": dev_file[DEV:] + test_file[:-HELDOUT],
        "dev": dev_file[:DEV],
        "heldout": test_file[-HELDOUT:],
    }
    args.out.mkdir(parents=True, exist_ok=True)
    for name, sents in parts.items():
        write(sents, args.out / f"de_germeval.{name}")
        spans = Counter(t[2:] for s in sents for _, t in s if t.startswith("B-"))
        print(f"{name}: {len(sents)} sentences, {sum(map(len, sents))} tokens, entities "
              + ", ".join(f"{k} {spans[k]}" for k in TYPES))


if __name__ == "__main__":
    main()
