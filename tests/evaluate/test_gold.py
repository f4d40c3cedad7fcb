"""Scoring against `attribution-gold/1` files: hand-worked figures and exact agreement with
`shared/tools/score_attributions.py`."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from attribution.evaluate.gold import GoldError, read_gold, score
from attribution.types import Attribution, Cue, Explanation, Span, Speaker

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SCORER = SHARED / "tools" / "score_attributions.py"
SEEDS_GOLD = SHARED / "gold" / "seeds.gold.json"

TEXT = ("Der Minister sagte, er komme. Laut Polizei gab es Verletzte. Er habe keine Zeit. "
        "Amerikanische Medien berichteten, der Deal sei geplatzt. Der Täter soll geflohen sein.")


def at(text: str, sub: str) -> tuple[int, int]:
    start = text.index(sub)
    return start, start + len(sub)


def gold_item(n: int, anchor: str, kind: str, type_: str, *, required: bool = True, speaker: str | None = None,
              head: str | None = None, refers_to: str | None = None, text: str = TEXT) -> dict:
    start, end = at(text, anchor)
    return {"id": f"t-{n:02}", "anchor": anchor, "kind": kind, "cue": None, "speaker": speaker, "speaker_head": head,
            "refers_to": refers_to, "type": type_, "required": required, "start": start, "end": end}


GOLD = {"schema": "attribution-gold/1", "documents": [{"document": "t.txt", "language": "de", "attributions": [
    gold_item(1, "Der Minister sagte", "indirect", "named", speaker="Der Minister", head="Minister",
              refers_to="Hans Meier"),
    gold_item(2, "Laut Polizei", "according_to", "institutional", speaker="Polizei", head="Polizei"),
    gold_item(3, "Er habe keine Zeit", "continuation", "named", speaker="Der Minister", head="Minister",
              refers_to="Hans Meier"),
    gold_item(4, "Amerikanische Medien berichteten", "indirect", "anonymous", speaker="Amerikanische Medien",
              head="Medien"),
    gold_item(5, "Der Täter soll", "reportative", "unattributed", required=False),
]}]}


def attribution(kind: str, type_: str, *, cue: str | None = None, content: str | None = None,
                speaker: str | None = None, name: str | None = None, text: str = TEXT) -> Attribution:
    cue_obj = Cue(cue, (at(text, cue),), cue) if cue else None
    content_obj = Span(*at(text, content), content) if content else None
    spk = Speaker(speaker, *at(text, speaker), speaker.split()[-1], name) if speaker else None
    return Attribution(kind=kind, type=type_, cue=cue_obj, content=content_obj, speaker=spk,
                       explanation=Explanation("test", None, None, False, "test"), sentence=0)


PREDICTIONS = [
    # matches t-01 by cue; speaker: "Minister" is the head, but a named person needs the name -> wrong
    attribution("indirect", "named", cue="sagte", content="er komme", speaker="Der Minister"),
    # matches t-02; type wrong
    attribution("according_to", "anonymous", cue="Laut", content="gab es Verletzte", speaker="Polizei"),
    # no cue: matches t-03 by its content; speaker resolved to the name -> right
    attribution("continuation", "named", content="Er habe keine Zeit", speaker="Er", name="Hans Meier"),
    # matches t-04; institutional accepted for "Medien"
    attribution("indirect", "institutional", cue="berichteten", content="der Deal sei geplatzt",
                speaker="Amerikanische Medien"),
    # matches nothing
    attribution("direct", "named", cue="gab", content="Verletzte"),
]


def quote_json(att: Attribution) -> dict:
    """The report contract of score_attributions.py for one attribution."""
    return {"kind": att.kind, "type": att.type,
            "cue": {"text": att.cue.text, "spans": [list(s) for s in att.cue.spans]} if att.cue else None,
            "content": {"text": att.content.text, "start": att.content.start, "end": att.content.end}
            if att.content else None,
            "speaker": {"text": att.speaker.text, "start": att.speaker.start, "end": att.speaker.end,
                        "name": att.speaker.name} if att.speaker else None}


def reference(gold_path: Path, predictions: dict[str, list[Attribution]], tmp_path: Path) -> tuple[dict, list[str]]:
    """Run the reference scorer; its figures and its 'missed'/'not in gold' lines."""
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps({"document": doc, "quotes": [quote_json(a) for a in atts]}) + "\n"
                                 for doc, atts in predictions.items()), encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCORER), str(gold_path), str(pred_path), "--json", "--misses"],
                         capture_output=True, text=True, check=True)
    first, _, rest = run.stdout.partition("\n")
    return json.loads(first), [line.strip() for line in rest.splitlines() if line.startswith("  ")]


def test_gold_score_hand_worked(tmp_path: Path) -> None:
    # 5 predictions, 4 match -> P 0.8; 4 required, 4 found -> R 1.0.
    # Speakers (gold heads on t-01..t-04): t-01 wrong (needs the name), t-02, t-03, t-04 right -> 3/4.
    # Types: t-02 wrong, t-04 accepted -> 3/4.
    s = score(read_gold(write_gold(GOLD, tmp_path)), {"t.txt": PREDICTIONS})
    assert (s.precision, s.recall) == (0.8, 1.0)
    assert s.f1 == pytest.approx(2 * 0.8 / 1.8)
    assert (s.speaker_accuracy, s.type_accuracy) == (0.75, 0.75)
    assert s.recall_by_kind == {"according_to": (1, 1), "continuation": (1, 1), "indirect": (2, 2)}
    assert s.confusion == {("named", "named"): 2, ("institutional", "anonymous"): 1,
                           ("anonymous", "institutional"): 1}
    assert s.misses == ()
    assert s.spurious == ("t.txt direct: 'gab' / 'Verletzte'",)


def test_gold_score_missing_document_misses_everything(tmp_path: Path) -> None:
    s = score(read_gold(write_gold(GOLD, tmp_path)), {"other.txt": PREDICTIONS})
    assert (s.precision, s.recall, s.counts["req"]) == (0.0, 0.0, 4)
    assert s.misses[0] == "t.txt t-01 indirect: Der Minister sagte"


def write_gold(obj: object, tmp_path: Path) -> Path:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("obj, problem", [
    ({"schema": "attribution-gold/2", "documents": []}, "expected 'attribution-gold/1'"),
    ([], "expected"),
    ({"schema": "attribution-gold/1", "documents": [{"document": "a.txt", "attributions": [{"id": "x"}]}]}, "lacks"),
    ({"schema": "attribution-gold/1", "documents": [{"attributions": []}]}, "no 'document'"),
])
def test_gold_read_rejects_other_files(obj: object, problem: str, tmp_path: Path) -> None:
    with pytest.raises(GoldError, match=problem):
        read_gold(write_gold(obj, tmp_path))


@pytest.mark.skipif(not SCORER.is_file(), reason="score_attributions.py not in ../shared")
def test_gold_agrees_with_reference_scorer_on_hand_made_gold(tmp_path: Path) -> None:
    gold_path = write_gold(GOLD, tmp_path)
    preds = {"t.txt": PREDICTIONS}
    ref, lines = reference(gold_path, preds, tmp_path)
    assert_agrees(score(read_gold(gold_path), preds), ref, lines)


def seed_predictions(gold: list) -> dict[str, list[Attribution]]:
    """Predictions built from the seed gold: some found with right or wrong speakers and types,
    some missed, some by content only, and some that match nothing."""
    types = ("named", "institutional", "anonymous", "unattributed")
    out: dict[str, list[Attribution]] = {}
    for doc in gold:
        text = (SHARED / "seeds" / doc.document).read_text(encoding="utf-8")
        atts = []
        for n, g in enumerate(doc.attributions):
            if n % 4 == 3:
                continue  # missed
            cue = Cue(g.anchor[:4], ((g.start, g.start + 4),), "x") if n % 5 else None
            content = Span(g.start, g.end, g.anchor)
            name = g.refers_to if n % 3 == 0 else None
            speaker = Speaker(g.speaker, g.start, g.end, g.speaker_head or "", name) if g.speaker and n % 2 else (
                Speaker("er", g.start, g.start + 2, "er", name) if n % 7 == 0 else None)
            typ = g.type if n % 6 else types[(types.index(g.type) + 1) % 4]
            atts.append(Attribution(g.kind, typ, cue, content, speaker, Explanation("t", None, None, False, "t"), 0))
        atts.append(Attribution("direct", "named", Cue(text[:3], ((0, 3),), "x"), Span(0, 3, text[:3]), None,
                                Explanation("t", None, None, False, "t"), 0))
        out[doc.document] = atts
    return out


@pytest.mark.skipif(not (SCORER.is_file() and SEEDS_GOLD.is_file()), reason="shared gold not in ../shared")
def test_gold_agrees_with_reference_scorer_on_the_seeds(tmp_path: Path) -> None:
    gold = read_gold(SEEDS_GOLD)
    preds = seed_predictions(gold)
    ref, lines = reference(SEEDS_GOLD, preds, tmp_path)
    assert_agrees(score(gold, preds), ref, lines)


def assert_agrees(mine, ref: dict, lines: list[str]) -> None:
    """Every figure, count and listed line of the reference scorer, exactly."""
    for key in ("precision", "recall", "f1", "speaker_accuracy", "type_accuracy"):
        assert round(getattr(mine, key), 3) == ref[key], key
    assert mine.counts == ref["counts"]
    assert {k: f"{a}/{b}" for k, (a, b) in mine.recall_by_kind.items()} == ref["recall_by_kind"]
    assert list(mine.misses) + list(mine.spurious) == lines
