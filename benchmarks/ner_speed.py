"""NER speed: words/s of attribution.nlp.ner.recognise on about 2,000 words of German text.

The text is the first sentences of UD German GSD test (news and web text, already tokenized;
multi-word token lines are skipped), run with torch limited to one thread after the model is loaded.

usage: python benchmarks/ner_speed.py [--words 2000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parent.parent


def gsd_sentences(words: int) -> list[list[str]]:
    """Tokenized GSD test sentences until at least `words` tokens."""
    path = ROOT.parent / "shared" / "data" / "ud" / "de_gsd-ud-test.conllu"
    sents: list[list[str]] = []
    cur: list[str] = []
    total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                total += len(cur)
                cur = []
                if total >= words:
                    break
            continue
        cols = line.split("\t")
        if line.startswith("#") or "-" in cols[0] or "." in cols[0]:
            continue
        cur.append(cols[1])
    return sents


def main() -> None:
    """Load the model, then time recognise over the text a few times and print the best words/s."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    torch.set_num_threads(1)
    from attribution.nlp.ner import MODEL_FILE, entities, recognise

    sents = gsd_sentences(args.words)
    n = sum(map(len, sents))
    t = time.perf_counter()
    recognise([["Berlin"]])
    load = time.perf_counter() - t
    runs = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        recognise(sents)
        runs.append(time.perf_counter() - t)
    best = min(runs)
    print(f"model: {MODEL_FILE} ({MODEL_FILE.stat().st_size / 1e6:.1f} MB); torch threads: {torch.get_num_threads()}")
    print(f"text: GSD test, {len(sents)} sentences, {n} words; {len(entities(sents))} entities found")
    print(f"load model   {load:7.2f} s")
    print(f"recognise    {best:7.2f} s  {n / best:8.0f} words/s (best of {args.repeat})")


if __name__ == "__main__":
    main()
