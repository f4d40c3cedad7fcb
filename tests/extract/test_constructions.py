"""The attribution engine on short German sentences written for the tests, one group per
construction, with negatives. Assertions name the key facts (kind, cue, speaker, type), not
whole outputs, so they hold across retrained models that parse correctly."""
from __future__ import annotations

import functools

import pytest

from attribution.extract.engine import extract
from attribution.nlp.parse import parse_text
from attribution.types import Attribution


@functools.cache
def run(text: str) -> tuple[Attribution, ...]:
    return tuple(extract(parse_text(text)))


def only(text: str) -> Attribution:
    atts = run(text)
    assert len(atts) == 1, [(a.kind, a.cue and a.cue.text) for a in atts]
    return atts[0]


def check_offsets(text: str, a: Attribution) -> None:
    for start, end in (a.cue.spans if a.cue else ()):
        assert 0 <= start < end <= len(text)
    if a.content:
        assert text[a.content.start:a.content.end] == a.content.text
    if a.speaker:
        assert text[a.speaker.start:a.speaker.end] == a.speaker.text


# -- direct --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,cue,speaker", [
    ("„Wir sind auf alles vorbereitet“, sagte der Bürgermeister.", "sagte", "Bürgermeister"),
    ("Die Ministerin erklärte: „Wir werden das Gesetz im Herbst ändern.“", "erklärte", "Ministerin"),
    ("»Das ist ein guter Tag für die Stadt«, sagte die Bürgermeisterin am Abend.", "sagte", "Bürgermeisterin"),
])
def test_direct(text: str, cue: str, speaker: str) -> None:
    a = only(text)
    assert a.kind == "direct" and a.cue is not None and a.cue.text == cue
    assert a.speaker is not None and speaker in a.speaker.text
    check_offsets(text, a)


def test_direct_quote_over_two_sentences_gets_its_whole_extent() -> None:
    text = "„Wir haben lange verhandelt. Am Ende hat es sich gelohnt“, sagte der Gewerkschaftschef."
    a = only(text)
    assert a.kind == "direct" and a.content is not None
    assert a.content.text.startswith("„Wir haben") and a.content.text.endswith("gelohnt“")


def test_quotation_marks_around_a_title_are_not_speech() -> None:
    assert run("Der Film „Das Boot“ läuft heute Abend im Fernsehen.") == ()


def test_unbalanced_quotation_marks_do_not_crash() -> None:
    text = "„Das ist gut, sagte er. Und dann ging er nach Hause."
    run(text)  # no exception; whatever is found has valid offsets
    for a in run(text):
        check_offsets(text, a)


# -- indirect ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,cue,speaker", [
    ("Die Sprecherin erklärte, dass die Firma im nächsten Jahr wachsen werde.", "erklärte", "Sprecherin"),
    ("Der Bürgermeister sagte, die Stadt habe kein Geld für neue Schulen.", "sagte", "Bürgermeister"),
    ("Die Polizei teilte am Montag mit, dass zwei Männer festgenommen worden seien.", "teilte mit", "Polizei"),
    ("Die Kanzlerin machte deutlich, dass sie nicht zurücktreten werde.", "machte deutlich", "Kanzlerin"),
    ("Der Trainer gab am Freitag bekannt, dass er den Verein verlassen werde.", "gab bekannt", "Trainer"),
])
def test_indirect(text: str, cue: str, speaker: str) -> None:
    a = only(text)
    assert a.kind == "indirect" and a.cue is not None and a.cue.text == cue
    assert a.speaker is not None and speaker in a.speaker.text
    assert a.content is not None and a.content.start > a.cue.spans[0][0]
    check_offsets(text, a)


def test_sagen_without_content_is_not_reported_speech() -> None:
    assert run("Das Wetter hat heute nichts zu sagen.") == ()


# -- mixed ---------------------------------------------------------------------------------------
def test_mixed() -> None:
    text = "Der Botschafter betonte, sein Land sei bereit, seine „guten Dienste anzubieten“."
    a = only(text)
    assert a.kind == "mixed" and a.cue is not None and a.cue.text == "betonte"


# -- according to --------------------------------------------------------------------------------
@pytest.mark.parametrize("text,cue,head", [
    ("Laut Polizei wurden bei dem Unfall drei Menschen verletzt.", "Laut", "Polizei"),
    ("Nach Angaben des Ministeriums wurden drei Menschen verletzt.", "Nach Angaben", "Ministeriums"),
    ("Den Ermittlern zufolge war der Fahrer zu schnell unterwegs.", "zufolge", "Ermittlern"),
])
def test_according_to(text: str, cue: str, head: str) -> None:
    a = only(text)
    assert a.kind == "according_to" and a.cue is not None and a.cue.text == cue
    assert a.speaker is not None and head in a.speaker.text
    check_offsets(text, a)


def test_laut_as_adjective_is_no_marker() -> None:
    assert run("Die Musik im Saal war sehr laut.") == ()


# -- continuation --------------------------------------------------------------------------------
def test_continuation_follows_reported_speech_in_konjunktiv() -> None:
    text = "Der Minister sagte, die Lage sei ernst. Die Regierung habe alles versucht. Am Abend regnete es."
    atts = run(text)
    kinds = [a.kind for a in atts]
    assert kinds == ["indirect", "continuation"]
    cont = atts[1]
    assert cont.cue is None and cont.speaker == atts[0].speaker
    assert cont.content is not None and cont.content.text.startswith("Die Regierung habe")


def test_konjunktiv_without_preceding_speech_is_no_continuation() -> None:
    assert [a.kind for a in run("Am Abend regnete es. Die Regierung habe alles versucht.")] == []


# -- reportative ---------------------------------------------------------------------------------
def test_reportative_sollen_with_perfect_infinitive() -> None:
    a = only("Der Mann soll das Geld aus der Kasse gestohlen haben.")
    assert a.kind == "reportative" and a.type == "unattributed" and a.speaker is None
    assert a.cue is not None and a.cue.text == "soll"


def test_sollen_as_plan_is_not_hearsay() -> None:
    assert run("Das Gesetz soll im Mai in Kraft treten.") == ()


# -- speakers and types --------------------------------------------------------------------------
def test_types() -> None:
    assert only("Ein Beamter sagte, die Lage sei ruhig.").type == "anonymous"
    assert only("Das Ministerium erklärte, die Lage sei ruhig.").type == "institutional"
    assert only("Angela Merkel sagte, die Lage sei ruhig.").type == "named"


def test_pronoun_resolves_to_the_named_person() -> None:
    text = "Bundeskanzlerin Angela Merkel besuchte am Montag Paris. Sie sagte, die Gespräche seien gut gewesen."
    a = only(text)
    assert a.type == "named" and a.speaker is not None and a.speaker.name == "Angela Merkel"
    assert a.speaker.resolution and "pronoun" in a.speaker.resolution


def test_description_resolves_through_a_learnt_role() -> None:
    text = ("Der russische Botschafter, Igor Petrow, traf am Montag den Minister. "
            "Der Botschafter sagte, beide Länder seien zu Gesprächen bereit.")
    atts = [a for a in run(text) if a.kind == "indirect"]
    assert len(atts) == 1 and atts[0].speaker is not None and atts[0].speaker.name == "Igor Petrow"
    assert atts[0].type == "named"


def test_anonymity_reason_is_recorded() -> None:
    text = "Ein Beamter, der anonym bleiben wollte, sagte, die Lage sei ruhig."
    a = only(text)
    assert a.type == "anonymous" and a.anonymity_reason is not None and "anonym" in a.anonymity_reason.text
    assert a.source_description and "Beamter" in a.source_description


def test_every_attribution_is_explained() -> None:
    for a in run("Der Bürgermeister sagte, die Stadt habe kein Geld für neue Schulen."):
        assert a.explanation.rule and a.explanation.type_reason
        assert a.explanation.path


# -- speech acts, anaphoric and postposed markers, quotations after a colon ------------------------
def test_speech_act_with_noun_phrase_content() -> None:
    a = only("Der Minister sprach am Montag von einem großen Erfolg.")
    assert a.kind == "reported" and a.cue is not None and a.cue.text == "sprach"
    assert a.speaker is not None and "Minister" in a.speaker.text


def test_speech_act_in_a_heading_is_not_reported() -> None:
    assert [a.kind for a in run("Minister verlangt Aufklärung")] == []


def test_postposed_frame_with_possessive() -> None:
    text = "Der Pilot wurde befragt. Seiner Meinung nach hätte die Landung abgebrochen werden müssen."
    atts = [a for a in run(text) if a.kind == "according_to"]
    assert len(atts) == 1 and atts[0].cue is not None and atts[0].cue.text == "Meinung nach"


def test_anaphoric_marker_takes_the_previous_source() -> None:
    text = "Die Polizei teilte mit, dass zwei Männer festgenommen worden seien. Demnach hatten sie das Auto gestohlen."
    atts = run(text)
    assert [a.kind for a in atts] == ["indirect", "according_to"]
    assert atts[1].speaker == atts[0].speaker and atts[1].type == "institutional"


def test_quotation_after_a_colon_sentence() -> None:
    text = "Die Ministerin äußerte sich zuversichtlich:\n\n„Wir werden eine Lösung finden, da bin ich sicher.“"
    atts = [a for a in run(text) if a.kind == "direct"]
    assert len(atts) == 1 and atts[0].speaker is not None and "Ministerin" in atts[0].speaker.text


def test_wie_clause_marks_its_subject_as_source() -> None:
    text = "Wie die Polizei am Montag mitteilte, wurden zwei Männer festgenommen."
    a = only(text)
    assert a.kind == "according_to" and a.speaker is not None and "Polizei" in a.speaker.text
    assert a.type == "institutional"


def test_title_in_quotation_marks_inside_reported_speech_is_no_fragment() -> None:
    a = only("Der Regisseur sagte, der Film „Das Boot“ sei sein bester gewesen.")
    assert a.kind == "indirect"


def test_sollen_right_after_reported_speech_continues_it() -> None:
    text = "Der Minister kündigte an, die Steuer werde steigen. Die Erhöhung soll im Mai in Kraft treten."
    atts = run(text)
    assert [a.kind for a in atts] == ["indirect", "continuation"]
    assert atts[1].speaker == atts[0].speaker


def test_document_speaks_when_it_has_no_owner() -> None:
    a = only("In dem Schreiben hieß es, die Firma werde geschlossen.")
    assert a.speaker is not None and "Schreiben" in a.speaker.text and a.type == "institutional"


def test_source_keeps_its_closing_bracket() -> None:
    text = "Nach Angaben des Geologischen Dienstes (USGS) hatte das Beben die Stärke 6."
    a = only(text)
    assert a.speaker is not None and a.speaker.text.endswith("(USGS)")


def test_possessive_owner_resolves_to_the_person() -> None:
    text = "Innenminister Thomas Berger besuchte die Stadt. Nach seinen Angaben wurden drei Häuser zerstört."
    atts = [a for a in run(text) if a.kind == "according_to"]
    assert len(atts) == 1 and atts[0].type == "named"
    assert atts[0].speaker is not None and atts[0].speaker.name == "Thomas Berger"
