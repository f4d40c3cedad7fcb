"""Gold files of the `attribution-gold/1` schema and the scoring of attributions against them.

The schema and its matching rule are defined in `shared/gold/GUIDELINE.md`; `score` reproduces
`shared/tools/score_attributions.py` exactly (a test runs both on the same predictions), and
adds what an editor checking the tool needs: a confusion matrix of source types and the
lists of missed and unmatched attributions.

Matching, as in the reference scorer: a prediction matches a gold item when one of its cue
spans (or, with no cue, its content span) overlaps the gold anchor; gold items are taken in
text order, each with the first unused prediction that matches it. Detection precision counts
predictions matching any gold item, recall counts required items found.
"""
from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from attribution.errors import AttributionError
from attribution.types import Attribution

SCHEMA = "attribution-gold/1"
_MEDIA_HEAD = "Medien"  # "amerikanische Medien": institutional is accepted for anonymous too
_REQUIRED_FIELDS = ("id", "anchor", "kind", "type", "required", "start", "end")


class GoldError(AttributionError, ValueError):
    """A gold file cannot be read or does not follow the `attribution-gold/1` schema."""


@dataclass(frozen=True)
class GoldAttribution:
    """One gold attribution; `start`/`end` are the anchor's character offsets (half-open).

    `cue`, `speaker`, `speaker_head` and `refers_to` are None where the text has none.
    """

    id: str
    anchor: str
    kind: str
    type: str
    required: bool
    start: int
    end: int
    cue: str | None = None
    speaker: str | None = None
    speaker_head: str | None = None
    refers_to: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class GoldDocument:
    """The gold attributions of one article file (`document` is its file name)."""

    document: str
    attributions: tuple[GoldAttribution, ...]
    language: str = "de"
    outlet: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class GoldScores:
    """Scores of predictions against a gold file; rates are unrounded fractions.

    `recall_by_kind` maps a kind to (required found, required); `confusion` counts
    (gold type, predicted type) over matched items; `misses` lists required items not found
    and `spurious` predictions matching no gold item, worded as the reference scorer does.
    """

    precision: float
    recall: float
    f1: float
    speaker_accuracy: float
    type_accuracy: float
    recall_by_kind: dict[str, tuple[int, int]]
    counts: dict[str, int]
    confusion: dict[tuple[str, str], int]
    misses: tuple[str, ...]
    spurious: tuple[str, ...]


def read_gold(path: Path | str) -> list[GoldDocument]:
    """Read an `attribution-gold/1` file; raises GoldError naming what is wrong."""
    path = Path(path)
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"cannot read the gold file {path}: {exc}") from exc
    if not isinstance(obj, dict) or obj.get("schema") != SCHEMA:
        found = obj.get("schema") if isinstance(obj, dict) else type(obj).__name__
        raise GoldError(f"{path}: schema is {found!r}; expected {SCHEMA!r}")
    docs = []
    for d in obj.get("documents") or []:
        atts = []
        for a in d.get("attributions") or []:
            missing = [k for k in _REQUIRED_FIELDS if k not in a]
            if missing:
                raise GoldError(f"{path}: attribution {a.get('id', '?')} in {d.get('document')} "
                                f"lacks {', '.join(missing)}")
            atts.append(GoldAttribution(
                id=a["id"], anchor=a["anchor"], kind=a["kind"], type=a["type"], required=bool(a["required"]),
                start=int(a["start"]), end=int(a["end"]), cue=a.get("cue"), speaker=a.get("speaker"),
                speaker_head=a.get("speaker_head"), refers_to=a.get("refers_to"), note=a.get("note")))
        if "document" not in d:
            raise GoldError(f"{path}: a document entry has no 'document' (its file name)")
        docs.append(GoldDocument(document=d["document"], attributions=tuple(atts), language=d.get("language", "de"),
                                 outlet=d.get("outlet"), metadata=d.get("metadata") or {}))
    return docs


def has_word(text: str, word: str) -> bool:
    """True when `word` stands in `text` as a whole word (case-insensitive)."""
    return bool(word) and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text or "", re.I) is not None


def speaker_ok(att: Attribution, gold: GoldAttribution) -> bool:
    """Right speaker: the gold head word stands in the predicted speaker, or the predicted name
    or text ends like `refers_to`; a named person mentioned by a pronoun or description must be named."""
    text = att.speaker.text if att.speaker else ""
    name = (att.speaker.name if att.speaker else None) or ""
    ref = gold.refers_to or ""
    last = ref.split()[-1] if ref else ""
    if last and (has_word(name, last) or has_word(text, last)):
        return True
    needs_name = gold.type == "named" and bool(last) and not has_word(gold.speaker or "", last)
    return not needs_name and has_word(text, gold.speaker_head or "")


def type_ok(att: Attribution, gold: GoldAttribution) -> bool:
    """Right source type (for *Medien*, institutional is accepted as well)."""
    return att.type == gold.type or (gold.speaker_head == _MEDIA_HEAD and att.type == "institutional")


def match_spans(att: Attribution) -> list[tuple[int, int]]:
    """The spans that must overlap a gold anchor: the cue's, or with no cue the content's."""
    spans = list(att.cue.spans) if att.cue else []
    if not spans and att.content is not None:
        spans = [(att.content.start, att.content.end)]
    return spans


def score(gold: Sequence[GoldDocument], predictions: Mapping[str, Sequence[Attribution]]) -> GoldScores:
    """Score attributions (keyed by article file name) against gold documents."""
    by_name = {Path(k).name: v for k, v in predictions.items()}
    counts = dict(pred=0, pred_ok=0, req=0, req_found=0, spk=0, spk_ok=0, typ=0, typ_ok=0)
    per_kind: dict[str, list[int]] = {}
    confusion: dict[tuple[str, str], int] = {}
    misses: list[str] = []
    spurious: list[str] = []
    for doc in gold:
        preds = list(by_name.get(Path(doc.document).name, ()))
        golds = sorted(doc.attributions, key=lambda a: a.start)
        used: set[int] = set()
        pairs: list[tuple[GoldAttribution, Attribution]] = []
        for g in golds:
            for i, att in enumerate(preds):
                if i not in used and any(a < g.end and g.start < b for a, b in match_spans(att)):
                    used.add(i)
                    pairs.append((g, att))
                    break
        matched = {g.id for g, _ in pairs}
        counts["pred"] += len(preds)
        counts["pred_ok"] += len(used)
        for g in golds:
            kind = per_kind.setdefault(g.kind, [0, 0])
            if g.required:
                counts["req"] += 1
                kind[1] += 1
                if g.id in matched:
                    counts["req_found"] += 1
                    kind[0] += 1
                else:
                    misses.append(f"{doc.document} {g.id} {g.kind}: {g.anchor[:70]}")
        for i, att in enumerate(preds):
            if i not in used:
                cue = att.cue.text if att.cue else None
                content = (att.content.text if att.content else "")[:60]
                spurious.append(f"{doc.document} {att.kind}: {cue!r} / {content!r}")
        for g, att in pairs:
            if g.speaker_head:
                counts["spk"] += 1
                counts["spk_ok"] += speaker_ok(att, g)
            counts["typ"] += 1
            counts["typ_ok"] += type_ok(att, g)
            confusion[(g.type, att.type)] = confusion.get((g.type, att.type), 0) + 1
    p, r = _div(counts["pred_ok"], counts["pred"]), _div(counts["req_found"], counts["req"])
    return GoldScores(
        precision=p, recall=r, f1=_div(2 * p * r, p + r),
        speaker_accuracy=_div(counts["spk_ok"], counts["spk"]), type_accuracy=_div(counts["typ_ok"], counts["typ"]),
        recall_by_kind={k: (a, b) for k, (a, b) in sorted(per_kind.items()) if b},
        counts=counts, confusion=confusion, misses=tuple(misses), spurious=tuple(spurious))


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0
