"""The SpkAtt task 2 metric on small gold/prediction pairs whose scores were worked out by hand."""
from __future__ import annotations

import pytest

from attribution.evaluate.spkatt_metric import PRF, align, score, token_f1
from attribution.io.spkatt import SpkAttAnnotation, SpkAttDocument


def rng(sent: int, first: int, last: int) -> tuple[tuple[int, int], ...]:
    return tuple((sent, i) for i in range(first, last + 1))


# Doc "a":  0: Der Minister sagte , dass er komme .
DOC_A = ("Der Minister sagte , dass er komme .".split(),)
G1 = SpkAttAnnotation(message=rng(0, 4, 6), form="Indirect", source=rng(0, 0, 1), cue=rng(0, 2, 2),
                      frame=rng(0, 0, 3))
P1 = SpkAttAnnotation(message=rng(0, 5, 6), form="Indirect", source=rng(0, 1, 1), cue=rng(0, 2, 2))
# Doc "b":  0: „ Wir kommen “ , sagte sie .   1: Sie habe Zeit .
DOC_B = ("„ Wir kommen “ , sagte sie .".split(), "Sie habe Zeit .".split())
G2 = SpkAttAnnotation(message=rng(0, 0, 3), form="Direct", source=rng(0, 6, 6), cue=rng(0, 5, 5))
G3 = SpkAttAnnotation(message=rng(1, 0, 3), form="IndirectFreeIndirect", source=rng(0, 6, 6))
P2 = SpkAttAnnotation(message=rng(0, 1, 2), form="Direct", source=rng(0, 6, 6), cue=rng(0, 5, 5))
P3 = SpkAttAnnotation(message=rng(0, 5, 6), form="Indirect")


def doc(name: str, sentences: tuple[list[str], ...], *annotations: SpkAttAnnotation) -> SpkAttDocument:
    return SpkAttDocument(name, tuple(tuple(s) for s in sentences), annotations)


def close(prf: PRF, precision: float, recall: float) -> bool:
    return prf.precision == pytest.approx(precision) and prf.recall == pytest.approx(recall)


@pytest.mark.parametrize("gold, pred, expected", [
    (rng(0, 0, 3), rng(0, 0, 3), 1.0),
    (rng(0, 0, 3), rng(0, 2, 5), 0.5),  # 2 of 4 either way
    (rng(0, 0, 1), rng(0, 0, 3), 2 / 3),  # P 1/2, R 1
    (rng(0, 0, 1), rng(1, 0, 1), 0.0),
    ((), rng(0, 0, 1), 0.0),
])
def test_spkatt_metric_token_f1(gold: tuple, pred: tuple, expected: float) -> None:
    assert token_f1(gold, pred) == pytest.approx(expected)


def test_spkatt_metric_one_pair_simplified() -> None:
    # Message: 2 of 3 gold tokens, no extra -> P 1, R 2/3. Source: 1 of 2 -> P 1, R 1/2.
    s = score([doc("a", DOC_A, G1)], {"a": [P1]})
    assert close(s.simplified.message, 1.0, 2 / 3)
    assert s.simplified.message.f1 == pytest.approx(0.8)
    assert close(s.simplified.roles, 1.0, 0.5)
    assert s.simplified.roles.f1 == pytest.approx(2 / 3)
    assert close(s.simplified.joint, 1.0, (2 / 3 + 1 / 2) / 2)  # joint R 7/12
    assert s.simplified.groups == 1


def test_spkatt_metric_one_pair_full_roles() -> None:
    # Addr: empty on both sides (undefined). Cue 1/1. Frame: 4 gold, none predicted -> R 0, P undefined.
    # Source P 1, R 1/2.  Roles P = mean(1, 1) = 1, R = mean(1, 0, 1/2) = 1/2.
    s = score([doc("a", DOC_A, G1)], {"a": [P1]})
    assert close(s.full.roles, 1.0, 0.5)
    assert close(s.full.joint, 1.0, (2 / 3 + 1 + 0 + 1 / 2) / 4)  # 13/24
    assert close(s.full.form, 1.0, 1.0)


def test_spkatt_metric_macro_averages_over_pairs_and_leftovers() -> None:
    # Groups: G1-P1; G2-P2 (P 1, R 2/4); G3-P3, a leftover pair without overlap (P 0, R 0; as the
    # task's scorer pairs leftovers too).
    # Message P = (1 + 1 + 0) / 3 = 2/3, R = (2/3 + 1/2 + 0) / 3 = 7/18.
    # Source P = (1 + 1) / 2 (P3 has no source), R = (1/2 + 1 + 0) / 3 = 1/2.
    # Form: 2 right, G3-P3 wrong -> P 2/3, R 2/3.
    gold = [doc("a", DOC_A, G1), doc("b", DOC_B, G2, G3)]
    s = score(gold, {"a": [P1], "b": [P3, P2]})
    assert close(s.simplified.message, 2 / 3, 7 / 18)
    assert s.simplified.message.f1 == pytest.approx(28 / 57)
    assert close(s.simplified.roles, 1.0, 0.5)
    assert close(s.simplified.form, 2 / 3, 2 / 3)
    assert s.simplified.groups == 3


def test_spkatt_metric_unmatched_annotations_count_as_false_positives_and_negatives() -> None:
    # Doc "a" predicted nothing: G1 is a group with R 0 for message and source. Doc "b": P3 and
    # an extra copy of P2 have no gold partner left: groups with P 0.
    gold = [doc("a", DOC_A, G1), doc("b", DOC_B, G2)]
    s = score(gold, {"b": [P2, P3, P2], "unknown": [P1]})
    # Message P = (1 [G2-P2] + 0 + 0) / 3, R = (0 [G1] + 1/2 [G2-P2]) / 2
    assert close(s.simplified.message, 1 / 3, 1 / 4)
    # Source P = (1 [P2] + 0 [copy of P2]) / 2 (P3 has none), R = (0 [G1] + 1 [G2-P2]) / 2
    assert close(s.simplified.roles, 1 / 2, 1 / 2)
    assert s.simplified.groups == 4
    assert s.documents == 2


def test_spkatt_metric_simplified_task_ignores_nested_annotations() -> None:
    nested = SpkAttAnnotation(message=rng(0, 5, 5), form="Direct", is_nested=True)
    s = score([doc("a", DOC_A, G1, nested)], {"a": [P1]})
    assert close(s.simplified.message, 1.0, 2 / 3)
    # Full task: P1 goes to G1 (F1 0.8 + form bonus beats 2/3); the nested gold is left over: R 0.
    assert close(s.full.message, 1.0, (2 / 3 + 0) / 2)
    assert s.full.groups == 2


@pytest.mark.parametrize("preds, expected", [
    ([SpkAttAnnotation(message=rng(0, 0, 3), form="Indirect"), SpkAttAnnotation(message=rng(0, 0, 3), form="Direct")], 1),
    ([SpkAttAnnotation(message=rng(0, 0, 3), form="Direct", stwr="Writing"),
      SpkAttAnnotation(message=rng(0, 0, 3), form="Direct", stwr="Speech")], 1),
    ([SpkAttAnnotation(message=rng(0, 0, 1), form="Direct"), SpkAttAnnotation(message=rng(0, 0, 3), form="Indirect")], 1),
])
def test_spkatt_metric_alignment_prefers_overlap_then_form_then_stwr(preds: list, expected: int) -> None:
    gold = [SpkAttAnnotation(message=rng(0, 0, 3), form="Direct", stwr="Speech")]
    assert align(gold, preds) == [(0, expected)]


def test_spkatt_metric_alignment_is_one_to_one() -> None:
    gold = [SpkAttAnnotation(message=rng(0, 0, 3), form="Direct"), SpkAttAnnotation(message=rng(0, 2, 5), form="Direct")]
    pred = [SpkAttAnnotation(message=rng(0, 0, 5), form="Direct")]
    assert align(gold, pred) in ([(0, 0)], [(1, 0)])
    assert align(gold, []) == [] and align([], pred) == []


def test_spkatt_metric_recall_per_form_and_misses() -> None:
    gold = [doc("a", DOC_A, G1), doc("b", DOC_B, G2, G3)]
    s = score(gold, {"a": [P1], "b": [P3, P2]})
    by_form = {f.form: f for f in s.recall_by_form}
    assert set(by_form) == {"Indirect", "Direct", "IndirectFreeIndirect"}
    assert (by_form["Indirect"].gold, by_form["Indirect"].found) == (1, 1)
    assert by_form["Indirect"].token_recall == pytest.approx(2 / 3)
    assert by_form["Direct"].token_recall == pytest.approx(0.5)
    assert (by_form["IndirectFreeIndirect"].found, by_form["IndirectFreeIndirect"].token_recall) == (0, 0.0)
    (miss,) = s.misses
    assert (miss.document, miss.form, miss.message, miss.source) == ("b", "IndirectFreeIndirect", "Sie habe Zeit .", "sie")
    (spurious,) = s.spurious
    assert (spurious.form, spurious.message) == ("Indirect", "sagte sie")


def test_spkatt_metric_empty_input_scores_zero() -> None:
    s = score([], {})
    assert s.simplified.message == PRF(0.0, 0.0) and s.simplified.message.f1 == 0.0
    assert s.recall_by_form == () and s.misses == ()
