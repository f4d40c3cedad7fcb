"""The typed SpkAtt development set (schema `spkatt-typed/1`): speaker and source-type accuracy
on SpkAtt articles.

SpkAtt marks where a source stands but not what kind of source it is. The typed set adds, for
each SpkAtt annotation with a Source, the guideline's `type`, the source's `speaker_head` and,
for pronouns and descriptions, the named person or body it `refers_to` (made by reading the
articles; see `benchmarks/spkatt_typed/README.md`).

A gold annotation is matched to at most one predicted attribution, one-to-one by linear sum
assignment on the overlap of their tokens (the annotation's Message and Cue against the
prediction's content and cue). On matched pairs, speaker and type are judged with the
guideline's rules (`attribution.evaluate.gold.speaker_ok` and `type_ok`); for a named source, a
prediction whose resolved name holds the gold head word names the right person even where it
quotes another mention of them (a continuation's first mention, a pronoun).
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attribution.evaluate.gold import GoldAttribution, GoldError, speaker_ok, type_ok
from attribution.io.spkatt import SpkAttDocument, TokenId, TokenMap
from attribution.types import Article, Attribution

SCHEMA = "spkatt-typed/1"
_FIELDS = ("annotation", "type", "speaker_head")


@dataclass(frozen=True)
class TypedSource:
    """The type and referent of one SpkAtt annotation's Source (`annotation`: its index in the file)."""

    annotation: int
    type: str
    speaker_head: str
    source: str
    refers_to: str | None = None
    cue: str | None = None


@dataclass(frozen=True)
class TypedDocument:
    """The typed sources of one SpkAtt file (`document`: its name without `.json`)."""

    document: str
    sources: tuple[TypedSource, ...]


@dataclass(frozen=True)
class TypedScores:
    """Speaker and type accuracy over matched sources; `errors` lists the wrong ones, worded for people."""

    sources: int
    matched: int
    speaker_ok: int
    type_ok: int
    confusion: dict[tuple[str, str], int]
    errors: tuple[str, ...]
    unmatched: tuple[str, ...]
    #: matched sources where SpkAtt names the source of hearsay right after a report, which the
    #: guideline leaves unattributed ("Die Polizei teilte mit … Er soll … haben."), and the tool did so
    hearsay_after_report: int = 0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.matched if self.matched else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type_ok / self.matched if self.matched else 0.0

    @property
    def guideline_accuracy(self) -> tuple[float, float]:
        """Speaker and type accuracy leaving out the hearsay the guideline keeps unattributed."""
        n = self.matched - self.hearsay_after_report
        return (self.speaker_ok / n if n else 0.0, self.type_ok / n if n else 0.0)

    @property
    def coverage(self) -> float:
        """Share of typed sources whose annotation was matched by a prediction."""
        return self.matched / self.sources if self.sources else 0.0


def is_typed(obj: Any) -> bool:
    """True for a parsed JSON object of the typed development set's schema."""
    return isinstance(obj, dict) and obj.get("schema") == SCHEMA


def read_typed(path: Path | str) -> tuple[list[TypedDocument], str | None]:
    """The documents of a typed file and the articles folder it names (None if it names none)."""
    path = Path(path)
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"cannot read the typed file {path}: {exc}") from exc
    if not is_typed(obj):
        raise GoldError(f"{path}: schema is not {SCHEMA!r}")
    docs = []
    for d in obj.get("documents") or []:
        sources = []
        for s in d.get("sources") or []:
            missing = [k for k in _FIELDS if s.get(k) is None]
            if missing:
                raise GoldError(f"{path}: a source of {d.get('document')} lacks {', '.join(missing)}")
            sources.append(TypedSource(int(s["annotation"]), s["type"], s["speaker_head"], s.get("source") or "",
                                       s.get("refers_to"), s.get("cue")))
        docs.append(TypedDocument(d["document"], tuple(sources)))
    return docs, obj.get("articles")


def _prediction_ids(att: Attribution, tmap: TokenMap) -> set[TokenId]:
    """The tokens of a prediction's content and cue."""
    spans = list(att.cue.spans) if att.cue else []
    if att.content is not None:
        spans.append((att.content.start, att.content.end))
    return {tid for a, b in spans for tid in tmap.ids(a, b)}


def _pairs(golds: list[set[TokenId]], preds: list[set[TokenId]]) -> list[tuple[int, int]]:
    """One-to-one (gold, prediction) index pairs with the largest total token overlap."""
    from scipy.optimize import linear_sum_assignment  # imported here: scipy is slow to import

    if not golds or not preds:
        return []
    overlap = [[len(g & p) for p in preds] for g in golds]
    rows, cols = linear_sum_assignment(overlap, maximize=True)
    return [(r, c) for r, c in zip(rows, cols) if overlap[r][c] > 0]


def _genitive_of(head: str, att: Attribution) -> bool:
    """A gold head that is a name in the genitive ("nach Grupps Meinung") names the person the
    prediction resolved ("Wolfgang Grupp")."""
    name = att.speaker.name if att.speaker else None
    return bool(name) and head.endswith("s") and len(head) > 3 and head[:-1] in (name or "").split()


def score_typed(typed: Sequence[TypedDocument], spkatt: Mapping[str, SpkAttDocument],
                predicted: Mapping[str, tuple[Article, Sequence[Attribution]]]) -> TypedScores:
    """Score predictions (keyed by document name) against the typed sources of their SpkAtt files."""
    total = matched = spk = typ = hearsay = 0
    confusion: dict[tuple[str, str], int] = {}
    errors: list[str] = []
    unmatched: list[str] = []
    for doc in typed:
        gold_doc = spkatt.get(doc.document)
        if gold_doc is None or doc.document not in predicted:
            continue
        article, atts = predicted[doc.document]
        tmap = TokenMap.of(article)
        anns = [gold_doc.annotations[s.annotation] for s in doc.sources]
        gold_ids = [set(a.message) | set(a.cue) for a in anns]
        pairs = dict(_pairs(gold_ids, [_prediction_ids(a, tmap) for a in atts]))
        total += len(doc.sources)
        for i, src in enumerate(doc.sources):
            label = f"{doc.document[:45]} #{src.annotation} {src.source[:40]!r}"
            if i not in pairs:
                unmatched.append(f"{label} ({src.type})")
                continue
            att = atts[pairs[i]]
            # a named source whose mention here differs from the tool's (a continuation's first mention,
            # a pronoun) counts when the tool's resolved name holds the gold head: the person is right
            refers_to = src.refers_to or (src.speaker_head if src.type == "named" else None)
            gold = GoldAttribution(id=str(src.annotation), anchor="", kind=att.kind, type=src.type, required=True,
                                   start=0, end=0, cue=src.cue, speaker=src.source, speaker_head=src.speaker_head,
                                   refers_to=refers_to)
            # an unattributed source has no speaker under the guideline ("Dem Vernehmen nach"): right when none is given
            ok_speaker = att.speaker is None if src.type == "unattributed" else speaker_ok(att, gold) or (
                src.type == "named" and src.refers_to is None and _genitive_of(src.speaker_head, att))
            ok_type = type_ok(att, gold)
            if att.kind == "reportative" and att.source_phrase is not None and src.type != "unattributed":
                hearsay += 1  # the guideline's hearsay after a report: neither right nor wrong here
                continue
            matched += 1
            spk += ok_speaker
            typ += ok_type
            confusion[(src.type, att.type)] = confusion.get((src.type, att.type), 0) + 1
            if not (ok_speaker and ok_type):
                got = att.speaker.text if att.speaker else None
                name = f" = {att.speaker.name}" if att.speaker and att.speaker.name else ""
                want = f"{src.type}" + (f" = {src.refers_to}" if src.refers_to else "")
                errors.append(f"{label} [{want}] got {got!r}{name} [{att.type}] by {att.explanation.rule}"
                              f"{'' if ok_speaker else ' SPEAKER'}{'' if ok_type else ' TYPE'}: {att.explanation.type_reason}")
    return TypedScores(total, matched + hearsay, spk, typ, confusion, tuple(errors), tuple(unmatched), hearsay)
