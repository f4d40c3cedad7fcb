"""Prepare the German UD files for training: contract, harmonise, split, re-tag.

* Multi-word tokens (*zum* = *zu dem*) are contracted into one word, tagged like TIGER/STTS
  (APPRART) with the preposition's attachment. The shipped pipeline then needs no MWT model and
  every word slices the original text.
* PUD's relation subtypes are mapped to GSD's conventions (the held-out test set is GSD).
* Split (CC BY-SA files only; LIT is non-commercial and unused): train = GSD dev + PUD 1-800,
  dev = PUD 801-1000, test = GSD test (held out, never trained on).
* Parser files are re-tagged with attribution.nlp.tagger (HanTa), so the parser trains on the
  tags it sees at run time.

usage: python training/prepare_data.py [--shared ../shared] [--work training/work]
"""
from __future__ import annotations

import argparse
import copy
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import conllu  # noqa: E402

from attribution.nlp.tagger import tag_sentence  # noqa: E402

# PUD subtype -> GSD convention (GSD lacks these subtypes or uses the plain relation).
HARMONISE = {
    "acl:relcl": "acl",
    "flat:name": "flat",
    "nmod:poss": "nmod",
    "obl:tmod": "obl",
    "cc:preconj": "cc",
    "csubj:pass": "csubj",
    "iobj": "obj",
    "orphan": "dep",
    "nsubj:outer": "nsubj",
}


def contract(sent: conllu.Sentence) -> conllu.Sentence:
    """Replace each multi-word token and its words by one word, renumbering heads."""
    rows, mapping, skip = [], {"0": "0"}, set()
    for i, r in enumerate(sent.rows):
        if "-" in r[0]:
            a, b = (int(x) for x in r[0].split("-"))
            parts = [w for w in sent.rows[i + 1:] if w[0].isdigit() and a <= int(w[0]) <= b]
            first = copy.copy(parts[0])
            first[1] = r[1]
            first[9] = r[9]
            first[4] = "APPRART"
            rows.append(first)
            for p in parts:
                skip.add(p[0])
                mapping[p[0]] = None  # filled below
            for p in parts:
                mapping[p[0]] = first[0]
        elif r[0] not in skip:
            rows.append(copy.copy(r))
    new_id = {r[0]: str(n) for n, r in enumerate(rows, 1)}
    for old, rep in list(mapping.items()):
        if old != "0" and rep is not None:
            new_id[old] = new_id[rep]
    new_id["0"] = "0"
    out = []
    for r in rows:
        r[6] = new_id[r[6]]
        if r[6] == new_id[r[0]]:  # a contracted word pointing at itself: attach to its head's head
            r[6] = "0" if r[7] == "root" else r[6]
        r[0] = new_id[r[0]]
        r[7] = HARMONISE.get(r[7], r[7])
        r[8] = "_"
        out.append(r)
    return conllu.Sentence(sent.comments, out)


def retag(sent: conllu.Sentence) -> conllu.Sentence:
    """Overwrite UPOS/XPOS/lemma/feats with the run-time tagger's output."""
    s = copy.deepcopy(sent)
    for r, t in zip(s.rows, tag_sentence([r[1] for r in s.rows])):
        r[2], r[3], r[4], r[5] = t.lemma, t.upos, t.xpos, t.feats
    return s


def raw_text(sents: list[conllu.Sentence], per_par: int = 8) -> str:
    """Sentences joined by spaces, with a paragraph break every few sentences."""
    pars = [" ".join(s.text for s in sents[i:i + per_par]) for i in range(0, len(sents), per_par)]
    return "\n\n".join(pars) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = Path(__file__).resolve().parent.parent
    ap.add_argument("--shared", type=Path, default=root.parent / "shared")
    ap.add_argument("--work", type=Path, default=root / "training" / "work")
    ap.add_argument("--gsd-test-train", type=int, default=0, metavar="N",
                    help="also train on the first N sentences of GSD test; the rest stays the held-out test")
    args = ap.parse_args()
    ud = args.shared / "data" / "ud"
    gsd_dev = [contract(s) for s in conllu.read(ud / "de_gsd-ud-dev.conllu")]
    gsd_test = [contract(s) for s in conllu.read(ud / "de_gsd-ud-test.conllu")]
    pud = [contract(s) for s in conllu.read(ud / "de_pud-ud-test.conllu")]
    n = args.gsd_test_train
    splits = {"train": gsd_dev + pud[:800] + gsd_test[:n], "dev": pud[800:], "test": gsd_test[n:]}
    for name, sents in splits.items():
        gold = args.work / "gold" / f"{name}.conllu"
        conllu.write(gold, sents)
        txt = args.work / "gold" / f"{name}.txt"
        txt.write_text(raw_text(sents), encoding="utf-8")
        subprocess.run([sys.executable, "-m", "stanza.utils.datasets.prepare_tokenizer_data", str(txt), str(gold),
                        "-o", str(args.work / "tok" / f"{name}.toklabels"),
                        "-m", str(args.work / "tok" / f"{name}-mwt.json")], check=True)
        conllu.write(args.work / "dep" / f"{name}.conllu", [retag(s) for s in sents])
        print(f"{name}: {len(sents)} sentences")


if __name__ == "__main__":
    main()
