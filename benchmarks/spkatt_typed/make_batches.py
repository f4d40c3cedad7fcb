"""Write the annotation batches of the typed SpkAtt development set.

Shuffles the annotated SpkAtt train articles with a fixed seed and, for each article of a slice of
that shuffle, writes the text with numbered sentences and one line per non-nested annotation that
has a Source, plus a JSON skeleton whose `type`, `speaker_head` and `refers_to` fields annotators
fill in by reading the article (GUIDELINE.md's labels). Run once; the filled files are the data set.

With no options it writes the development set's four interleaved batches of the first 120
articles (batch1 to batch4). `--start`, `--count` and `--name` write one further batch of the
same shuffle instead, e.g. the held-out articles 120 to 149:

    python benchmarks/spkatt_typed/make_batches.py ../shared/data/spkatt2023_news/train OUT_DIR
    python benchmarks/spkatt_typed/make_batches.py ../shared/data/spkatt2023_news/train OUT_DIR \
        --start 120 --count 30 --name batch5
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from attribution.io.spkatt import SpkAttDocument, read_document

SEED = 14
SAMPLE = 120  # 100 and some spare: articles whose annotations have no Source are skipped
BATCHES = 4


def _write_batch(docs: list[SpkAttDocument], out: Path, name: str) -> None:
    """Write `name.txt` (articles and annotations to read) and `name.json` (skeleton) under `out`."""
    lines: list[str] = []
    skeleton = []
    for d in docs:
        lines.append(f"\n=== DOCUMENT: {d.name}")
        for i, s in enumerate(d.sentences):
            lines.append(f"[{i}] {' '.join(s)}")
        lines.append("--- annotations with a Source:")
        for n, a in enumerate(d.annotations):
            if a.is_nested or not a.source:
                continue
            lines.append(f"  #{n} sent {a.message[0][0]} form {a.form} | CUE: {d.text_of(a.cue)} | "
                         f"SOURCE: {d.text_of(a.source)} | MESSAGE: {d.text_of(a.message)[:160]}")
            skeleton.append({"document": d.name, "annotation": n, "cue": d.text_of(a.cue),
                             "source": d.text_of(a.source), "type": None, "speaker_head": None,
                             "refers_to": None})
    (out / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / f"{name}.json").write_text(json.dumps(skeleton, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{name}: {len(docs)} documents, {len(skeleton)} sources")


def main(train: Path, out: Path, start: int = 0, count: int = SAMPLE, name: str | None = None) -> None:
    """Write batches of the articles `start` to `start + count` of the shuffle.

    Args:
        train: folder of SpkAtt train JSON files.
        out: folder to write to (created if missing).
        start: index in the shuffle of the first article.
        count: number of articles.
        name: write them as one batch of this name; None: as BATCHES interleaved batches
            `batch1`... (how the development set's first 120 articles were split).
    """
    files = sorted(train.glob("*.json"))
    docs = [read_document(f) for f in files]
    annotated = [d for d in docs if any(a.source and not a.is_nested for a in d.annotations)]
    random.Random(SEED).shuffle(annotated)
    picked = annotated[start:start + count]
    out.mkdir(parents=True, exist_ok=True)
    if name is not None:
        _write_batch(picked, out, name)
        return
    for b in range(BATCHES):
        _write_batch(picked[b::BATCHES], out, f"batch{b + 1}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("train", type=Path, help="SpkAtt train folder")
    parser.add_argument("out", type=Path, help="folder to write the batches to")
    parser.add_argument("--start", type=int, default=0, help="first article of the shuffle (default 0)")
    parser.add_argument("--count", type=int, default=SAMPLE, help=f"number of articles (default {SAMPLE})")
    parser.add_argument("--name", help=f"write one batch of this name instead of {BATCHES} interleaved ones")
    args = parser.parse_args()
    main(args.train, args.out, args.start, args.count, args.name)
