"""The typed SpkAtt development set: reading `spkatt-typed/1` files and scoring speakers and
types of hand-made predictions against it (no parser needed)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from attribution.evaluate.gold import GoldError
from attribution.evaluate.typed import TypedDocument, TypedSource, read_typed, score_typed
from attribution.io.spkatt import SpkAttAnnotation, SpkAttDocument, article_from_document
from attribution.types import Attribution, Cue, Explanation, Span, Speaker

DOC = SpkAttDocument(
    "1 - Test (2020-01-01)",
    (("Die", "Polizei", "sagte", ",", "es", "brenne", "."), ("Er", "soll", "geflohen", "sein", ".")),
    (SpkAttAnnotation(message=((0, 4), (0, 5)), form="Indirect", cue=((0, 2),), source=((0, 0), (0, 1))),
     SpkAttAnnotation(message=((1, 0), (1, 1), (1, 2), (1, 3)), form="FreeIndirect", source=((0, 0), (0, 1)))),
)
ARTICLE = article_from_document(DOC)


def _span(words: str) -> tuple[int, int]:
    start = ARTICLE.text.index(words)
    return start, start + len(words)


def _att(cue: str, content: str, speaker: str | None, kind: str, type_: str, name: str | None = None) -> Attribution:
    c0, c1 = _span(cue)
    m0, m1 = _span(content)
    sp = None
    if speaker is not None:
        s0, s1 = _span(speaker)
        sp = Speaker(speaker, s0, s1, speaker.split()[-1], name)
    return Attribution(kind=kind, type=type_, cue=Cue(cue, ((c0, c1),), cue), content=Span(m0, m1, content),  # type: ignore[arg-type]
                       speaker=sp, explanation=Explanation("test", cue, None, False, "written for the test"), sentence=0)


TYPED = [TypedDocument(DOC.name, (TypedSource(0, "institutional", "Polizei", "Die Polizei"),
                                  TypedSource(1, "institutional", "Polizei", "Die Polizei")))]


def test_right_speaker_and_type_count_as_right() -> None:
    preds = [_att("sagte", "es brenne", "Die Polizei", "indirect", "institutional"),
             _att("soll", "Er soll geflohen sein", "Die Polizei", "continuation", "institutional")]
    s = score_typed(TYPED, {DOC.name: DOC}, {DOC.name: (ARTICLE, preds)})
    assert (s.sources, s.matched, s.speaker_ok, s.type_ok) == (2, 2, 2, 2)
    assert s.errors == () and s.unmatched == ()


def test_wrong_type_and_missing_prediction_are_listed() -> None:
    preds = [_att("sagte", "es brenne", "Die Polizei", "indirect", "anonymous")]
    s = score_typed(TYPED, {DOC.name: DOC}, {DOC.name: (ARTICLE, preds)})
    assert (s.matched, s.speaker_ok, s.type_ok) == (1, 1, 0)
    assert len(s.errors) == 1 and "TYPE" in s.errors[0] and len(s.unmatched) == 1
    assert s.confusion == {("institutional", "anonymous"): 1}


def test_hearsay_the_guideline_leaves_unattributed_is_counted_apart() -> None:
    hearsay = _att("soll", "Er soll geflohen sein", None, "reportative", "unattributed")
    hearsay = Attribution(**{**hearsay.__dict__, "source_phrase": Span(*_span("Die Polizei"), "Die Polizei")})
    preds = [_att("sagte", "es brenne", "Die Polizei", "indirect", "institutional"), hearsay]
    s = score_typed(TYPED, {DOC.name: DOC}, {DOC.name: (ARTICLE, preds)})
    assert s.hearsay_after_report == 1 and s.guideline_accuracy == (1.0, 1.0) and s.type_accuracy == 0.5


@pytest.mark.parametrize("speaker,right", [(None, True), ("Die Polizei", False)])
def test_an_unattributed_source_is_right_only_with_no_speaker(speaker: str | None, right: bool) -> None:
    typed = [TypedDocument(DOC.name, (TypedSource(1, "unattributed", "soll", "soll"),))]
    pred = _att("soll", "Er soll geflohen sein", speaker, "reportative", "unattributed")
    s = score_typed(typed, {DOC.name: DOC}, {DOC.name: (ARTICLE, [pred])})
    assert (s.matched, s.speaker_ok) == (1, int(right))


def test_read_typed_names_what_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "typed.json"
    path.write_text(json.dumps({"schema": "spkatt-typed/1", "articles": "train",
                                "documents": [{"document": "x", "sources": [{"annotation": 0, "type": "named"}]}]}))
    with pytest.raises(GoldError, match="speaker_head"):
        read_typed(path)


def test_the_shipped_typed_set_reads() -> None:
    docs, folder = read_typed(Path(__file__).parents[2] / "benchmarks" / "spkatt_typed" / "typed.json")
    assert len(docs) >= 100 and sum(len(d.sources) for d in docs) > 400 and folder


def test_the_held_out_set_reads_and_is_apart_from_the_typed_set() -> None:
    here = Path(__file__).parents[2] / "benchmarks" / "spkatt_typed"
    held, folder = read_typed(here / "heldout.json")
    typed, _ = read_typed(here / "typed.json")
    assert len(held) == 90 and folder  # batches 5, 8 and 9
    assert not {d.document for d in held} & {d.document for d in typed}
