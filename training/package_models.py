"""Copy the trained models into attribution/models/de/, score them on held-out GSD test and
write MANIFEST.md (training data and licences, stanza version, commands, scores, sizes).

Parser weights are stored as float16 (half the size; stanza loads them into its float32 model
unchanged in behaviour up to rounding), the optimizer state is dropped.

usage: python training/package_models.py [--work training/work] [--out attribution/models/de]
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = {"de": {"lang_name": "German", "packages": {}, "tokenize": {}, "depparse": {}, "default_processors": {}}}


def compact(src: Path, dst: Path) -> None:
    """Save a stanza model without optimizer state and with float16 weights."""
    obj = torch.load(src, map_location="cpu", weights_only=False)
    obj.pop("optimizer", None)
    obj.pop("scheduler", None)

    def half(x):  # type: ignore[no-untyped-def]
        if isinstance(x, torch.Tensor) and x.is_floating_point():
            return x.half()
        if isinstance(x, dict):
            return {k: half(v) for k, v in x.items()}
        return x

    obj["model"] = half(obj["model"])
    torch.save(obj, dst)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=ROOT / "training" / "work")
    ap.add_argument("--out", type=Path, default=ROOT / "attribution" / "models" / "de")
    args = ap.parse_args()
    import stanza

    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(args.work / "models" / "de_tokenizer.pt", out / "tokenizer.pt")
    trained = torch.load(args.work / "models" / "de_parser.pt", map_location="cpu", weights_only=False)
    steps = trained.get("global_step", "?")
    best_dev = max(trained.get("dev_score_history") or [0.0])
    compact(args.work / "models" / "de_parser.pt", out / "parser.pt")
    (out / "resources.json").write_text(json.dumps(RESOURCES) + "\n", encoding="utf-8")
    ud = ROOT.parent / "shared" / "data" / "ud"
    for lic in ("de_gsd.LICENSE.txt", "de_pud.LICENSE.txt"):
        shutil.copy(ud / lic, out / lic)
        (out / lic).chmod(0o644)
    scores_file = args.work / "heldout.json"
    subprocess.run([sys.executable, str(ROOT / "training" / "evaluate.py"), "--model-dir", str(out),
                    "--work", str(args.work), "--json", str(scores_file)], check=True)
    scores = json.loads(scores_file.read_text(encoding="utf-8"))
    sizes = {f.name: f.stat().st_size for f in sorted(out.glob("*.pt"))}
    lines = [
        "# German models shipped with attribution",
        "",
        f"Built {date.today().isoformat()} by `training/package_models.py` with stanza {stanza.__version__}, "
        f"torch {torch.__version__}, HanTa (tags and lemmas at run time).",
        "",
        "| file | what | size |",
        "|---|---|---|",
        f"| tokenizer.pt | stanza tokenizer + sentence splitter (no MWT: contractions such as *zum* stay one word) | {sizes['tokenizer.pt'] / 1e6:.1f} MB |",
        f"| parser.pt | stanza graph dependency parser on HanTa UPOS/XPOS, no pretrained vectors, float16 weights | {sizes['parser.pt'] / 1e6:.1f} MB |",
        "",
        "## Training data and licences",
        "- UD German GSD dev (799 sentences, CC BY-SA 4.0, `de_gsd.LICENSE.txt`) and UD German PUD sentences",
        "  1-800 (CC BY-SA 3.0, `de_pud.LICENSE.txt`) train; PUD 801-1000 is the development set.",
        "- UD German GSD test (977 sentences) is held out: no model saw it.",
        "- UD German LIT (non-commercial) is not used. Multi-word tokens are contracted, PUD relation",
        "  subtypes mapped to GSD's (`training/prepare_data.py`).",
        "",
        "## Commands",
        "```",
        "python training/build_lexicons.py && python training/prepare_data.py",
        "bash training/train_tokenizer.sh 4000",
        "bash training/train_parser.sh 2000",
        "bash training/train_parser.sh 3200 training/work/models/de_parser_checkpoint.pt   # continue",
        f"# shipped: the best development checkpoint, step {steps}, dev LAS {100 * best_dev:.2f} (HanTa tags)",
        "python training/package_models.py",
        "```",
        "",
        "## Held-out scores (GSD test, end to end from raw text; `python training/evaluate.py`)",
        "CoNLL 2018 evaluation (stanza's `udtools.udeval`), F1:",
        "",
        "| " + " | ".join(scores["conll18"]) + " |",
        "|" + "---|" * len(scores["conll18"]),
        "| " + " | ".join(f"{v:.2f}" for v in scores["conll18"].values()) + " |",
        "",
        "UFeats is low by design: only VerbForm, Mood, Tense (Konjunktiv) and PronType are predicted.",
        "",
        "Per-relation precision / recall / F1 (head and label right):",
        "",
        "| relation | P | R | F1 | gold |",
        "|---|---|---|---|---|",
        *[f"| {r} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['gold']} |" for r, s in scores["relations"].items()],
        "",
        f"Konjunktiv (`Mood=Sub`): precision {scores['mood_sub']['precision']:.3f}, recall {scores['mood_sub']['recall']:.3f} "
        f"({scores['mood_sub']['gold']} gold).",
        "",
        f"Parsed {scores['words']} words in {scores['seconds']} s on this machine (2 CPU cores, other jobs running).",
        "",
    ]
    (out / "MANIFEST.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
