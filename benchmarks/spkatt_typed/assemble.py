"""Assemble the typed SpkAtt development set from the annotators' filled batches, and measure
agreement between the first pass and the independent second pass.

The batches named in HELDOUT (5, 8 and 9) go to `heldout.json` (same schema), kept apart from
`typed.json` and from the agreement figures; all other `batch*.filled.json` make `typed.json`
(batches 1-4 and the development batches 6 and 7 drawn after batch 5). Agreement covers the articles that
`second.filled.json` labelled again (from batches 1-4).

    python benchmarks/spkatt_typed/assemble.py benchmarks/spkatt_typed/passes   # writes typed.json, heldout.json, agreement.md
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
ARTICLES = "../shared/data/spkatt2023_news/train"
KEEP = ("annotation", "cue", "source", "type", "speaker_head", "refers_to", "note")
HELDOUT = ("batch5", "batch8", "batch9")  # labelled like the others, kept out of all rule work: aggregate figures only


def _kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa of two label sequences."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def _same_referent(a: dict, b: dict) -> bool:
    """Both give no referent, or referents sharing their last word."""
    ra, rb = a.get("refers_to"), b.get("refers_to")
    if not ra or not rb:
        return not ra and not rb
    return ra.split()[-1].lower() == rb.split()[-1].lower()


def _write_set(entries: list[dict], name: str) -> None:
    """Write the filled entries as a `spkatt-typed/1` file `name` beside this script."""
    docs: dict[str, list[dict]] = {}
    for e in entries:
        docs.setdefault(e["document"], []).append({k: e.get(k) for k in KEEP if e.get(k) is not None or k == "refers_to"})
    typed = {"schema": "spkatt-typed/1", "articles": ARTICLES,
             "licence": "CC BY-NC-SA 4.0 (derived from GermEval 2023 SpkAtt train): evaluation only, not shipped",
             "guideline": "shared/gold/GUIDELINE.md",
             "documents": [{"document": d, "sources": s} for d, s in docs.items()]}
    (HERE / name).write_text(json.dumps(typed, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    counts = Counter(e["type"] for e in entries)
    print(f"{name}: {len(docs)} documents, {len(entries)} sources, {dict(counts)}")


def main(work: Path) -> None:
    files = sorted(work.glob("batch*.filled.json"))
    held = [f for f in files if f.name.removesuffix(".filled.json") in HELDOUT]
    entries = [e for f in files if f not in held for e in json.loads(f.read_text(encoding="utf-8"))]
    _write_set(entries, "typed.json")
    _write_set([e for f in held for e in json.loads(f.read_text(encoding="utf-8"))], "heldout.json")
    second = json.loads((work / "second.filled.json").read_text(encoding="utf-8"))
    first = {(e["document"], e["annotation"]): e for e in entries}
    both = [(first[(e["document"], e["annotation"])], e) for e in second if (e["document"], e["annotation"]) in first]
    types = [(a["type"], b["type"]) for a, b in both]
    agree_type = sum(a == b for a, b in types)
    agree_head = sum(a["speaker_head"].lower() == b["speaker_head"].lower() for a, b in both)
    agree_ref = sum(_same_referent(a, b) for a, b in both)
    lines = [
        "# Agreement of the two passes",
        "",
        f"{len({a['document'] for a, _ in both})} documents, {len(both)} sources labelled twice, independently.",
        "",
        "| field | agreement |",
        "|---|---|",
        f"| type | {agree_type}/{len(both)} = {agree_type / len(both):.3f} (Cohen's kappa {_kappa(types):.3f}) |",
        f"| speaker_head (same word) | {agree_head}/{len(both)} = {agree_head / len(both):.3f} |",
        f"| refers_to (both none, or same last word) | {agree_ref}/{len(both)} = {agree_ref / len(both):.3f} |",
        "",
        "Type disagreements (first pass / second pass):",
        "",
    ]
    lines += [f"- {a['document'][:50]} #{a['annotation']} *{a['source']}*: {a['type']} / {b['type']}"
              for a, b in both if a["type"] != b["type"]]
    (HERE / "agreement.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[4:9]))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
