"""Parse speed (words/s on one core) and peak memory of the German pipeline.

Parses held-out-style text (UD German GSD test sentences and the seed articles, no parse cache)
with torch limited to one thread, and prints words/s per stage (tokenizer, tagger and parser, name
recogniser, attribution), end to end, and the process's peak RSS.

usage: python benchmarks/parse_speed.py [--sentences 300] [--model-dir DIR]
"""
from __future__ import annotations

import argparse
import resource
import time
from dataclasses import replace
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parent.parent


def gsd_text(limit: int) -> str:
    """The first `limit` sentences of GSD test as paragraphs of running text."""
    path = ROOT.parent / "shared" / "data" / "ud" / "de_gsd-ud-test.conllu"
    sents = [line[len("# text = "):] for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("# text = ")]
    sents = sents[:limit]
    return "\n\n".join(" ".join(sents[i:i + 8]) for i in range(0, len(sents), 8))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=300)
    ap.add_argument("--model-dir", type=Path, default=None)
    args = ap.parse_args()
    torch.set_num_threads(1)
    from attribution.extract.engine import extract
    from attribution.nlp.parse import get_parser, ner_model

    t0 = time.perf_counter()
    parser = get_parser("de", args.model_dir)
    recogniser = ner_model("de")
    if recogniser is not None:  # load it outside the timed stages
        from attribution.nlp.ner import recognise
        recognise([["Laden"]], recogniser.path)
    load = time.perf_counter() - t0
    texts = [gsd_text(args.sentences)] + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    words = tok_s = parse_s = ner_s = extract_s = 0.0
    for text in texts:
        t = time.perf_counter()
        spans = parser.tokenize(text)
        tok_s += time.perf_counter() - t
        t = time.perf_counter()
        doc = parser.parse_tokens(text, spans)
        parse_s += time.perf_counter() - t
        t = time.perf_counter()
        if recogniser is not None:
            doc = replace(doc, entities=recogniser.entities(doc))
        ner_s += time.perf_counter() - t
        t = time.perf_counter()
        extract(doc)
        extract_s += time.perf_counter() - t
        words += sum(1 for tok in doc.tokens if tok.upos != "PUNCT")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"model: {parser.id} ({parser.spec.origin}); torch threads: {torch.get_num_threads()}")
    print(f"text: GSD test, first {args.sentences} sentences + {len(texts) - 1} seed articles; {int(words)} words")
    print(f"load models        {load:8.2f} s")
    print(f"tokenize           {tok_s:8.2f} s  {words / tok_s:8.0f} words/s")
    print(f"tag + parse        {parse_s:8.2f} s  {words / parse_s:8.0f} words/s")
    if recogniser is not None:
        print(f"name recogniser    {ner_s:8.2f} s  {words / ner_s:8.0f} words/s")
    print(f"attribution        {extract_s:8.2f} s  {words / extract_s:8.0f} words/s")
    total = tok_s + parse_s + ner_s + extract_s
    print(f"total              {total:8.2f} s  {words / total:8.0f} words/s")
    print(f"peak memory (RSS)  {peak:8.0f} MB")


if __name__ == "__main__":
    main()
