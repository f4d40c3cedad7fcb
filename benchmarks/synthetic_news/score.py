"""Score the engine on the written news sets: detection F1, speaker and type accuracy per set.

    python benchmarks/synthetic_news/score.py            # all sets
    python benchmarks/synthetic_news/score.py set_b      # one set

Each set is a folder with `articles/` and `gold.json` (attribution-gold/1); see README.md for how
the sets were made and which of them rules were written from.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def score(gold: Path) -> dict[str, float]:
    """The figures `attribution evaluate` gives for one gold file (no errors listed)."""
    out = subprocess.run([sys.executable, "-m", "attribution", "evaluate", str(gold), "--format", "json", "--misses", "0"],
                         capture_output=True, text=True, check=True).stdout
    return {k: v for k, v in json.loads(out).items() if isinstance(v, float)}


def main(names: list[str]) -> None:
    sets = [HERE / n for n in names] if names else sorted(p for p in HERE.iterdir() if (p / "gold.json").is_file())
    print(f"{'set':<8} {'F1':>6} {'speaker':>8} {'type':>6}")
    for folder in sets:
        f = score(folder / "gold.json")
        print(f"{folder.name:<8} {f['f1']:>6.3f} {f['speaker_accuracy']:>8.3f} {f['type_accuracy']:>6.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
