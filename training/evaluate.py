"""Score a model directory end to end on held-out GSD test: raw text -> tokens -> tags -> parse.

Prints the CoNLL 2018 shared-task figures (stanza's evaluation code, `udtools.udeval`): Tokens,
Sentences, UPOS, XPOS, UFeats, Lemmas, UAS, LAS; per-relation F1 (attachment and label right)
for the relations attribution needs; and precision/recall of `Mood=Sub` (Konjunktiv) on verbs.

usage: python training/evaluate.py [--model-dir attribution/models/de] [--work training/work] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import conllu  # noqa: E402

from attribution.nlp.parse import parse_text  # noqa: E402
from attribution.types import ParsedDoc  # noqa: E402

RELATIONS = ("nsubj", "obj", "ccomp", "parataxis", "appos", "flat", "conj", "advcl", "xcomp", "compound:prt")


def gold_offsets(text: str, sents: list[conllu.Sentence]) -> list[list[tuple[tuple[int, int], list[str]]]]:
    """Each gold word with its character span in the raw test text."""
    out, pos = [], 0
    for s in sents:
        row = []
        for r in s.words():
            start = text.index(r[1], pos)
            pos = start + len(r[1])
            row.append(((start, pos), r))
        out.append(row)
    return out


def relation_scores(doc: ParsedDoc, gold: list[list[tuple[tuple[int, int], list[str]]]]) -> dict[str, dict[str, float]]:
    """Per-relation precision/recall/F1: a word counts when its span, head's span and label match."""
    def label(rel: str) -> str:
        return rel if rel in RELATIONS else rel.split(":")[0]

    gold_arcs, sys_arcs = set(), set()
    for sent in gold:
        spans = {int(r[0]): span for span, r in sent}
        for span, r in sent:
            gold_arcs.add((span, spans.get(int(r[6]), (-1, -1)), label(r[7])))
    for s in doc.sentences:
        for t in s.tokens:
            head = s.tokens[t.head - 1] if t.head else None
            sys_arcs.add(((t.start, t.end), (head.start, head.end) if head else (-1, -1), label(t.deprel)))
    out = {}
    for rel in RELATIONS:
        g = {a for a in gold_arcs if a[2] == rel}
        p = {a for a in sys_arcs if a[2] == rel}
        ok = len(g & p)
        prec = ok / len(p) if p else 0.0
        rec = ok / len(g) if g else 0.0
        out[rel] = {"precision": round(prec, 3), "recall": round(rec, 3),
                    "f1": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0, "gold": len(g)}
    return out


def mood_scores(doc: ParsedDoc, gold: list[list[tuple[tuple[int, int], list[str]]]]) -> dict[str, float]:
    gold_sub = {span for sent in gold for span, r in sent if "Mood=Sub" in r[5]}
    sys_sub = {(t.start, t.end) for t in doc.tokens if t.feat("Mood") == "Sub"}
    ok = len(gold_sub & sys_sub)
    return {"precision": round(ok / len(sys_sub), 3) if sys_sub else 0.0,
            "recall": round(ok / len(gold_sub), 3) if gold_sub else 0.0, "gold": len(gold_sub)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model-dir", type=Path, default=ROOT / "attribution" / "models" / "de")
    ap.add_argument("--work", type=Path, default=ROOT / "training" / "work")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = ap.parse_args()
    from udtools import udeval

    text = (args.work / "gold" / "test.txt").read_text(encoding="utf-8")
    gold_sents = conllu.read(args.work / "gold" / "test.conllu")
    t0 = time.perf_counter()
    doc = parse_text(text, "de", args.model_dir)
    seconds = time.perf_counter() - t0
    system = args.work / "test.system.conllu"
    system.write_text(conllu.from_doc(doc), encoding="utf-8")
    scores = udeval.evaluate(udeval.load_conllu_file(str(args.work / "gold" / "test.conllu")),
                             udeval.load_conllu_file(str(system)))
    metrics = ("Tokens", "Sentences", "UPOS", "XPOS", "UFeats", "Lemmas", "UAS", "LAS")
    result = {
        "test": "UD German GSD test (held out), from raw text",
        "words": sum(len(s.words()) for s in gold_sents),
        "seconds": round(seconds, 1),
        "conll18": {m: round(100 * scores[m].f1, 2) for m in metrics},
        "relations": relation_scores(doc, gold_offsets(text, gold_sents)),
        "mood_sub": mood_scores(doc, gold_offsets(text, gold_sents)),
    }
    for m in metrics:
        print(f"{m:10s} {result['conll18'][m]:6.2f}")
    print("relation      P      R      F1   (gold)")
    for rel, s in result["relations"].items():
        print(f"{rel:12s} {s['precision']:.3f}  {s['recall']:.3f}  {s['f1']:.3f}  ({s['gold']})")
    print(f"Mood=Sub     P {result['mood_sub']['precision']:.3f}  R {result['mood_sub']['recall']:.3f}")
    print(f"parsed {result['words']} words in {seconds:.1f} s")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
