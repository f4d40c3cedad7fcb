"""Content spans: whole clauses, never cut inside a quotation, no overlap with the next clause,
and hearsay counted once (sentences written for the tests)."""
from __future__ import annotations

import functools

from attribution.extract.engine import extract
from attribution.nlp.parse import parse_text
from attribution.types import Attribution


@functools.cache
def run(text: str) -> tuple[Attribution, ...]:
    return tuple(extract(parse_text(text)))


def content_of(text: str, cue: str) -> str:
    a = next(a for a in run(text) if a.cue is not None and a.cue.text == cue)
    assert a.content is not None
    return a.content.text


def test_content_clause_runs_through_its_infinitive() -> None:
    text = "Der Botschafter deutete an, dass Moskau bereit sei, zwischen den beiden Staaten zu vermitteln."
    assert content_of(text, "deutete an").endswith("zu vermitteln")


def test_infinitive_content_starts_after_the_comma() -> None:
    text = "Die Regierung gab bekannt, ihren Berater, den Juristen Paul Meier, zum Direktor zu ernennen."
    assert content_of(text, "gab bekannt").startswith("ihren Berater")


def test_content_never_ends_inside_its_quotation() -> None:
    text = "Der Minister betonte, dass die Beziehungen „sich bewährt haben und weiterhin eng bleiben“."
    a = next(a for a in run(text) if a.cue is not None and a.cue.text == "betonte")
    assert a.kind == "mixed" and a.content is not None and a.content.text.endswith("bleiben“")


def test_a_main_clause_after_the_content_is_not_reported() -> None:
    text = "Die Sprecherin sagte, die Straße bleibe gesperrt, und der Verkehr staute sich bis zum Abend."
    assert "staute" not in content_of(text, "sagte")


def test_wonach_after_a_marker_is_one_attribution_ending_with_its_clause() -> None:
    text = "Nach Berichten, wonach der Konzern Stellen streichen will, fiel die Aktie."
    atts = run(text)
    assert len(atts) == 1
    a = atts[0]
    assert a.cue is not None and "wonach" in a.cue.text and a.type == "anonymous"
    assert a.content is not None and a.content.text == "der Konzern Stellen streichen will"


def test_adverb_and_modal_of_hearsay_count_once() -> None:
    atts = run("Angeblich soll der Minister zwei Millionen Euro erhalten haben.")
    assert [a.kind for a in atts] == ["reportative"]
    assert atts[0].cue is not None and atts[0].cue.text == "Angeblich soll"
