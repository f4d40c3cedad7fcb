"""Write the annotation batches of the typed SpkAtt development set.

Picks a fixed random sample of annotated SpkAtt train articles and, for each, writes the text
with numbered sentences and one line per non-nested annotation that has a Source, plus a JSON
skeleton whose `type`, `speaker_head` and `refers_to` fields annotators fill in by reading the
article (GUIDELINE.md's labels). Run once; the filled files are the data set.

    python benchmarks/spkatt_typed/make_batches.py ../shared/data/spkatt2023_news/train OUT_DIR
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from attribution.io.spkatt import read_document

SEED = 14
SAMPLE = 120  # 100 and some spare: articles whose annotations have no Source are skipped
BATCHES = 4


def main(train: Path, out: Path) -> None:
    files = sorted(train.glob("*.json"))
    docs = [read_document(f) for f in files]
    annotated = [d for d in docs if any(a.source and not a.is_nested for a in d.annotations)]
    random.Random(SEED).shuffle(annotated)
    picked = annotated[:SAMPLE]
    out.mkdir(parents=True, exist_ok=True)
    for b in range(BATCHES):
        batch = picked[b::BATCHES]
        lines: list[str] = []
        skeleton = []
        for d in batch:
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
        (out / f"batch{b + 1}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (out / f"batch{b + 1}.json").write_text(json.dumps(skeleton, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"batch {b + 1}: {len(batch)} documents, {len(skeleton)} sources")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
