"""The metric of GermEval 2023 SpkAtt task 2 (speaker attribution in news), reimplemented.

It follows the task's scorer (`eval/classes.py` of uhh-lt/news-speaker-attribution-2023, which
produced the published figures) step by step:

1. In each gold document, gold and predicted annotations are aligned one-to-one by
   `scipy.optimize.linear_sum_assignment`, maximising the token F1 of their MESSAGEs, plus 0.01
   for the same Form and 0.001 for the same STWR where the messages overlap (tie-breaks).
   As in the task's scorer, the assignment pairs up leftover messages even where they do not
   overlap; such a pair scores its message tokens as false positives and negatives.
2. Every pair, and every annotation left without a partner (paired with an empty one), is a
   *group*. In a group each role (Message, and Addr/Cue/Frame/Source, or Source alone) counts
   its tokens as true positives, false positives (predicted only) and false negatives (gold only),
   so roles count only through their message's partner, in proportion to their token overlap.
3. Precision and recall of a role in a group are defined where the group has predicted
   (respectively gold) tokens of that role. Message, roles and joint precision/recall are the
   means of these per-group values over all groups (macro averages); F1 is their harmonic mean.
   Form and STWR are counted once per group (micro).

The simplified task (subtask 2) keeps only annotations with `IsNested: false` and scores the
Source alone; the full task keeps all annotations and scores Addr, Cue, Frame and Source.
Recall per Form and the misses are reported for the simplified task, the benchmark's headline.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment

from attribution.io.spkatt import FORMS, SpkAttAnnotation, SpkAttDocument, TokenId

FULL_ROLES: tuple[str, ...] = ("Addr", "Cue", "Frame", "Source")
SIMPLIFIED_ROLES: tuple[str, ...] = ("Source",)
_FORM_BONUS = 0.01
_STWR_BONUS = 0.001
_MESSAGE = "Message"


@dataclass(frozen=True)
class PRF:
    """Precision, recall and their harmonic mean F1, as fractions in [0, 1]."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class TaskScores:
    """The scores of one task variant, as the task's scorer prints them.

    `roles` is the Source alone in the simplified task; `joint` pools Message and the roles;
    `groups` counts the aligned pairs plus the annotations left without a partner.
    """

    message: PRF
    roles: PRF
    joint: PRF
    form: PRF
    stwr: PRF
    groups: int


@dataclass(frozen=True)
class FormRecall:
    """How much of one gold Form was found (simplified task).

    `found` counts gold annotations whose message overlaps the predicted message it is aligned
    with; `token_recall` is the mean share of their message tokens that the prediction covers.
    """

    form: str
    gold: int
    found: int
    token_recall: float


@dataclass(frozen=True)
class Miss:
    """A gold annotation not found, or a prediction matching nothing (simplified task)."""

    document: str
    form: str
    message: str
    source: str


@dataclass(frozen=True)
class SpkAttScores:
    """Both task variants, recall per gold Form, the misses and the unmatched predictions."""

    simplified: TaskScores
    full: TaskScores
    recall_by_form: tuple[FormRecall, ...]
    misses: tuple[Miss, ...]
    spurious: tuple[Miss, ...]
    documents: int


def token_f1(gold: Sequence[TokenId], pred: Sequence[TokenId]) -> float:
    """Token-overlap F1 of two spans (0.0 when either is empty or they do not overlap)."""
    both = len(set(gold) & set(pred))
    if not both:
        return 0.0
    p, r = both / len(set(pred)), both / len(set(gold))
    return 2 * p * r / (p + r)


def align(gold: Sequence[SpkAttAnnotation], pred: Sequence[SpkAttAnnotation]) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs maximising message overlap (step 1 above)."""
    if not gold or not pred:
        return []
    scores = np.zeros((len(gold), len(pred)))
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            overlap = token_f1(g.message, p.message)
            if overlap > 0.0:
                overlap += (_FORM_BONUS if g.form == p.form else 0.0) + (_STWR_BONUS if g.stwr == p.stwr else 0.0)
            scores[i, j] = overlap
    rows, cols = linear_sum_assignment(scores, maximize=True)
    return list(zip(rows.tolist(), cols.tolist(), strict=True))


class _Tally:
    """Token counts per role and per-group precision/recall values for one task variant."""

    def __init__(self, roles: tuple[str, ...]) -> None:
        self.roles = (_MESSAGE, *roles)
        self.precisions: dict[str, list[float]] = {r: [] for r in self.roles}
        self.recalls: dict[str, list[float]] = {r: [] for r in self.roles}
        self.form = [0, 0, 0]  # tp, fp, fn
        self.stwr = [0, 0, 0]
        self.groups = 0

    def add(self, gold: SpkAttAnnotation | None, pred: SpkAttAnnotation | None) -> None:
        """Score one group: a pair, or an annotation whose partner is empty (None)."""
        self.groups += 1
        for role in self.roles:
            g = set(_role(gold, role))
            p = set(_role(pred, role))
            tp = len(g & p)
            if p:
                self.precisions[role].append(tp / len(p))
            if g:
                self.recalls[role].append(tp / len(g))
        _count_label(self.form, gold.form if gold else None, pred.form if pred else None)
        _count_label(self.stwr, gold.stwr if gold else None, pred.stwr if pred else None)

    def scores(self) -> TaskScores:
        """Macro averages over groups for message, roles and joint; micro counts for form and STWR."""
        def mean(values: list[float]) -> float:
            return sum(values) / len(values) if values else 0.0

        def pooled(roles: Sequence[str]) -> PRF:
            return PRF(mean([v for r in roles for v in self.precisions[r]]),
                       mean([v for r in roles for v in self.recalls[r]]))

        def micro(tp: int, fp: int, fn: int) -> PRF:
            return PRF(tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)

        return TaskScores(message=pooled([_MESSAGE]), roles=pooled(self.roles[1:]), joint=pooled(self.roles),
                          form=micro(*self.form), stwr=micro(*self.stwr), groups=self.groups)


def _role(ann: SpkAttAnnotation | None, role: str) -> tuple[TokenId, ...]:
    if ann is None:
        return ()
    return {"Message": ann.message, "Addr": ann.addr, "Cue": ann.cue, "Frame": ann.frame,
            "Source": ann.source}[role]


def _count_label(counts: list[int], gold: str | None, pred: str | None) -> None:
    """Form/STWR of one group: a true positive when equal, else a false positive and/or negative."""
    if gold == pred:
        counts[0] += 1
        return
    if pred is not None:
        counts[1] += 1
    if gold is not None:
        counts[2] += 1


def score(gold: Sequence[SpkAttDocument],
          predictions: Mapping[str, Sequence[SpkAttAnnotation]]) -> SpkAttScores:
    """Score predictions (keyed by document name) against gold documents.

    A gold document without predictions counts all its annotations as missed; predictions for
    documents not in the gold are ignored, as in the task's scorer.
    """
    full, simplified = _Tally(FULL_ROLES), _Tally(SIMPLIFIED_ROLES)
    by_form: dict[str, list[float]] = {f: [] for f in FORMS}
    misses: list[Miss] = []
    spurious: list[Miss] = []
    for doc in sorted(gold, key=lambda d: d.name):
        preds = list(predictions.get(doc.name, ()))
        _tally_document(full, list(doc.annotations), preds)
        top_gold = [a for a in doc.annotations if not a.is_nested]
        top_pred = [a for a in preds if not a.is_nested]
        pairs = _tally_document(simplified, top_gold, top_pred)
        partner = {gi: pj for gi, pj in pairs}
        found_preds = set()
        for gi, g in enumerate(top_gold):
            pj = partner.get(gi)
            overlap = len(set(g.message) & set(top_pred[pj].message)) if pj is not None else 0
            by_form.setdefault(g.form, []).append(overlap / len(set(g.message)) if g.message else 0.0)
            if overlap:
                found_preds.add(pj)
            else:
                misses.append(_miss(doc, g))
        spurious.extend(_miss(doc, p) for pj, p in enumerate(top_pred) if pj not in found_preds)
    recall_by_form = tuple(FormRecall(f, len(v), sum(1 for x in v if x > 0), sum(v) / len(v))
                           for f, v in by_form.items() if v)
    return SpkAttScores(simplified=simplified.scores(), full=full.scores(), recall_by_form=recall_by_form,
                        misses=tuple(misses), spurious=tuple(spurious), documents=len(gold))


def _tally_document(tally: _Tally, gold: list[SpkAttAnnotation],
                    pred: list[SpkAttAnnotation]) -> list[tuple[int, int]]:
    """Align one document's annotations and add its groups to the tally; returns the pairs."""
    pairs = align(gold, pred)
    for gi, pj in pairs:
        tally.add(gold[gi], pred[pj])
    paired_pred = {pj for _, pj in pairs}
    for pj, p in enumerate(pred):
        if pj not in paired_pred:
            tally.add(None, p)
    paired_gold = {gi for gi, _ in pairs}
    for gi, g in enumerate(gold):
        if gi not in paired_gold:
            tally.add(g, None)
    return pairs


def _miss(doc: SpkAttDocument, ann: SpkAttAnnotation) -> Miss:
    return Miss(doc.name, ann.form, doc.text_of(ann.message), doc.text_of(ann.source))
