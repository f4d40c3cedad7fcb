"""Score the English parser (spaCy en_core_web_sm converted to UD, attribution.nlp.english) on UD
English PUD (news and Wikipedia) and EWT test with the CoNLL 2018 shared-task scorer
(`udtools.udeval`, the one stanza uses and training/evaluate.py uses for German).

Two settings per treebank:
* raw: the sentences' text, paragraphs (`# newdoc`/`# newpar`) separated by blank lines, the rest
  joined by a space -> tokens, sentences, tags, parse (what `analyse` does);
* gold: the gold words and sentences given (`parse_tokens`), so tags and parse are scored alone.

Prints Tokens, Sentences, UPOS, XPOS, UFeats, Lemmas, UAS, LAS (F1, %), per-relation F1 for the
relations attribution needs (gold setting), and words per second.

usage: python training/evaluate_en.py [--data ../shared/data/ud_en] [--json OUT] [--limit N]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import conllu  # noqa: E402

from attribution.nlp.parse import get_parser  # noqa: E402
from attribution.types import ParsedDoc  # noqa: E402

METRICS = ("Tokens", "Sentences", "UPOS", "XPOS", "UFeats", "Lemmas", "UAS", "LAS")
RELATIONS = ("nsubj", "nsubj:pass", "obj", "iobj", "ccomp", "xcomp", "advcl", "acl:relcl", "obl", "obl:agent",
             "nmod", "appos", "flat", "compound", "conj", "cc", "cop", "case", "mark", "parataxis", "root")
TREEBANKS = {"pud": "ud_english_pud/en_pud-ud-test.conllu", "ewt": "ud_english_ewt/en_ewt-ud-test.conllu"}


def raw_text(sents: list[conllu.Sentence]) -> str:
    parts = []
    for i, s in enumerate(sents):
        if i:
            new_par = any(c.startswith(("# newdoc", "# newpar")) for c in s.comments)
            parts.append("\n\n" if new_par else " ")
        parts.append(s.text)
    return "".join(parts)


def gold_tokens(sents: list[conllu.Sentence]) -> tuple[str, list[list[tuple[int, int]]]]:
    """Text of the gold words (a space between words, a line per sentence) and their spans."""
    text, spans = [], []
    pos = 0
    for s in sents:
        row = []
        for r in s.words():
            row.append((pos, pos + len(r[1])))
            text.append(r[1] + " ")
            pos += len(r[1]) + 1
        text.append("\n")
        pos += 1
        spans.append(row)
    return "".join(text), spans


def relation_f1(gold: list[conllu.Sentence], doc: ParsedDoc) -> dict[str, float]:
    """Per relation (full label), F1 of words whose head and label are right (gold tokens only)."""
    out = {}
    g_arcs = {(si, int(r[0]), int(r[6]), r[7]) for si, s in enumerate(gold) for r in s.words()}
    s_arcs = {(si, t.id, t.head, t.deprel) for si, s in enumerate(doc.sentences) for t in s.tokens}
    for rel in RELATIONS:
        g = {a for a in g_arcs if a[3] == rel}
        p = {a for a in s_arcs if a[3] == rel}
        ok = len(g & p)
        out[rel] = round(200 * ok / (len(g) + len(p)), 1) if g or p else 0.0
    return out


def score(gold_path: Path, doc: ParsedDoc) -> dict[str, float]:
    from udtools import udeval

    with tempfile.NamedTemporaryFile("w", suffix=".conllu", encoding="utf-8", delete=False) as fh:
        fh.write(conllu.from_doc(doc))
    scores = udeval.evaluate(udeval.load_conllu_file(str(gold_path)), udeval.load_conllu_file(fh.name))
    Path(fh.name).unlink()
    return {m: round(100 * scores[m].f1, 2) for m in METRICS}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "ud_en")
    ap.add_argument("--model-dir", type=Path, help="a spaCy model directory instead of the installed package")
    ap.add_argument("--treebank", choices=sorted(TREEBANKS), action="append", help="default: both")
    ap.add_argument("--limit", type=int, help="only the first N sentences (a quick check)")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = ap.parse_args()
    parser = get_parser("en", args.model_dir)
    result: dict[str, object] = {"model": parser.id}
    print(f"model {parser.id}")
    for name in args.treebank or ["pud", "ewt"]:
        path = args.data / TREEBANKS[name]
        sents = conllu.read(path)
        if args.limit:
            sents = sents[: args.limit]
            path = Path(tempfile.mkdtemp()) / "gold.conllu"
            conllu.write(path, sents)
        words = sum(len(s.words()) for s in sents)
        t0 = time.perf_counter()
        raw = parser.parse(raw_text(sents))
        raw_s = time.perf_counter() - t0
        text, spans = gold_tokens(sents)
        t0 = time.perf_counter()
        pretok = parser.parse_tokens(text, spans)
        gold_s = time.perf_counter() - t0
        entry = {"sentences": len(sents), "words": words,
                 "raw": score(path, raw), "gold_tokens": score(path, pretok),
                 "relations_f1_gold_tokens": relation_f1(sents, pretok),
                 "words_per_second_raw": round(words / raw_s), "words_per_second_gold": round(words / gold_s)}
        result[name] = entry
        print(f"\n{name}: {len(sents)} sentences, {words} words ({path})")
        print(f"{'':10s} {'raw':>7s} {'gold tok':>9s}")
        for m in METRICS:
            print(f"{m:10s} {entry['raw'][m]:7.2f} {entry['gold_tokens'][m]:9.2f}")
        print("relation F1 (gold tokens): " + ", ".join(f"{k} {v}" for k, v in entry["relations_f1_gold_tokens"].items()))
        print(f"speed: {entry['words_per_second_raw']} words/s raw (one process), {entry['words_per_second_gold']} gold tokens")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
