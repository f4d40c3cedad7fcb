"""Package the trained NER model and score it on the held-out GermEval part.

--ship: copy training/work/ner/models/de_ner.pt to attribution/models/de/ner.pt without optimizer
state and with float16 weights (stanza loads them into its float32 model).
Scoring runs the model through attribution.nlp.ner (what the engine uses) and reports CoNLL-style
entity scores: an entity counts only if its span and type match exactly.

usage: python training/evaluate_ner.py [--ship] [--model FILE] [--data FILE.bio]
"""
from __future__ import annotations

import argparse
import hashlib
import time
from collections import Counter
from pathlib import Path

import torch

from attribution.nlp.ner import MODEL_FILE, TYPES, recognise, spans

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "training" / "work" / "ner"


def compact(src: Path, dst: Path) -> None:
    """Save a stanza model without optimizer state and with float16 weights."""
    obj = torch.load(src, map_location="cpu", weights_only=False)
    for key in ("optimizer", "scheduler"):
        obj.pop(key, None)
    obj["model"] = {k: v.half() if v.is_floating_point() else v for k, v in obj["model"].items()}
    torch.save(obj, dst)


def read_bio(path: Path) -> tuple[list[list[str]], list[list[str]]]:
    """Tokens and gold BIO tags of a `token TAB tag` file with blank lines between sentences."""
    words: list[list[str]] = []
    tags: list[list[str]] = []
    cur_w: list[str] = []
    cur_t: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line:
            if cur_w:
                words.append(cur_w)
                tags.append(cur_t)
                cur_w, cur_t = [], []
            continue
        w, t = line.rsplit("\t", 1)
        cur_w.append(w)
        cur_t.append(t)
    return words, tags


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, tuple[float, float, float, int]]:
    """Exact-span entity precision, recall, F1 and gold count, per type and micro ('ALL')."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, pred):
        gs, ps = set(spans(g)), set(spans(p))
        for s in gs:
            n_gold[s[2]] += 1
        for s in ps:
            n_pred[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1
    out = {}
    for kind in (*TYPES, "ALL"):
        t = sum(tp.values()) if kind == "ALL" else tp[kind]
        ng = sum(n_gold.values()) if kind == "ALL" else n_gold[kind]
        npred = sum(n_pred.values()) if kind == "ALL" else n_pred[kind]
        p = t / npred if npred else 0.0
        r = t / ng if ng else 0.0
        out[kind] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, ng)
    return out


def main() -> None:
    """Optionally ship the model, then score it on the held-out part."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ship", action="store_true", help="compact the trained model into the package first")
    ap.add_argument("--trained", type=Path, default=WORK / "models" / "de_ner.pt")
    ap.add_argument("--model", type=Path, default=MODEL_FILE)
    ap.add_argument("--data", type=Path, default=WORK / "de_germeval.heldout.bio")
    args = ap.parse_args()
    torch.set_num_threads(1)
    if args.ship:
        compact(args.trained, args.model)
        print(f"shipped {args.model}: {args.model.stat().st_size / 1e6:.1f} MB, "
              f"sha256 {hashlib.sha256(args.model.read_bytes()).hexdigest()}")
    words, gold = read_bio(args.data)
    recognise([["Berlin"]], args.model)  # load before timing
    start = time.perf_counter()
    pred = recognise(words, args.model)
    took = time.perf_counter() - start
    n = sum(map(len, words))
    print(f"{args.data.name}: {len(words)} sentences, {n} tokens, {n / took:.0f} tokens/s")
    print("| type | P | R | F1 | gold |\n|---|---|---|---|---|")
    for kind, (p, r, f, ng) in score(gold, pred).items():
        print(f"| {kind if kind != 'ALL' else 'micro'} | {100 * p:.2f} | {100 * r:.2f} | {100 * f:.2f} | {ng} |")


if __name__ == "__main__":
    main()
