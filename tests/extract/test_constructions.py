"""The attribution engine on short German sentences written for the tests, one group per
construction, with negatives. Assertions name the key facts (kind, cue, speaker, type), not
whole outputs, so they hold across retrained models that parse correctly."""
from __future__ import annotations

import functools
from dataclasses import replace

import pytest

from attribution.extract.engine import extract
from attribution.extract.lexicon import load
from attribution.extract.syntax import extend_name, np_after, subject
from attribution.nlp.parse import parse_text
from attribution.types import Attribution, Sentence, Token


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


def test_konjunktiv_i_without_preceding_speech_is_reported_without_a_source() -> None:
    """Konjunktiv I in a main clause marks reported speech even with no report before it; a
    subject before it that names no person or body is no source."""
    a = only("Am Abend regnete es. Die Regierung habe alles versucht.")
    assert a.kind == "continuation" and a.explanation.rule == "continuation.konjunktiv_i"
    assert a.speaker is None and a.type == "unattributed"


def test_konjunktiv_i_takes_a_person_subject_of_the_sentence_before_as_source() -> None:
    a = run("Die Ministerin ist besorgt. Es drohe eine schwere Krise.")[-1]
    assert a.kind == "continuation" and a.speaker is not None and "Ministerin" in a.speaker.text


def test_konjunktiv_ii_without_preceding_speech_is_no_continuation() -> None:
    assert run("Am Abend regnete es. Die Regierung hätte alles versucht.") == ()


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


@pytest.mark.parametrize("text,speaker", [
    ("Paolo hatte die Ausführung mit den Worten abgelehnt: „Das mache ich nicht. Du bist der Vater.“", "Paolo"),
    ("Die Ministerin zog Bilanz: „Wir haben in diesem Jahr sehr viel erreicht.“", "Ministerin"),
    ("Der Text des Aufrufs lautete: „Wir sehen keine andere Lösung, als den König zu bitten.“", None),
])
def test_quotation_after_a_colon_in_its_own_sentence(text: str, speaker: str | None) -> None:
    a = only(text)
    assert a.kind == "direct" and a.content is not None and a.content.text.startswith("„")
    assert (a.speaker is not None and speaker in a.speaker.text) if speaker else a.type == "unattributed"


def test_a_colon_without_a_quotation_introduces_no_direct_speech() -> None:
    assert not [a for a in run("Die Lage ist klar: Wir müssen jetzt handeln, sagte niemand.") if a.kind == "direct"]


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


# -- attitude frames -----------------------------------------------------------------------------
@pytest.mark.parametrize("text,holder,content", [
    ("Der Verband ist der Meinung, dass die Reform zu spät kommt.", "Verband", "die Reform zu spät kommt"),
    ("Die Forscher halten es für möglich, dass das Eis schneller schmilzt.", "Forscher", "das Eis schneller schmilzt"),
])
def test_attitude_frame_reports_what_the_subject_holds(text: str, holder: str, content: str) -> None:
    a = only(text)
    assert a.kind == "indirect" and a.explanation.rule == "indirect.attitude_frame"
    assert a.speaker is not None and holder in a.speaker.text
    assert a.content is not None and a.content.text == content
    assert a.content.start > text.index("dass")
    check_offsets(text, a)


def test_attitude_frame_with_expletive_es_has_no_holder() -> None:
    assert run("Es ist wichtig, dass alle kommen.") == ()


def test_attitude_frame_in_konjunktiv_is_left_to_the_continuation() -> None:
    """A Konjunktiv frame is itself reported speech: it continues the previous report."""
    text = "Der Minister sagte, die Lage sei ernst. Der Verband sei der Meinung, dass die Reform zu spät komme."
    atts = run(text)
    assert [a.kind for a in atts] == ["indirect", "continuation"]
    assert all(a.explanation.rule != "indirect.attitude_frame" for a in atts)
    assert atts[1].speaker == atts[0].speaker


# -- demonstrative reports -----------------------------------------------------------------------
def test_demonstrative_object_reports_the_previous_sentence() -> None:
    text = "Die Fabrik wird im Mai geschlossen. Dies bestätigte der Sprecher des Konzerns am Montag."
    a = only(text)
    assert a.kind == "indirect" and a.explanation.rule == "indirect.demonstrative"
    assert a.cue is not None and a.cue.text == "bestätigte"
    assert a.speaker is not None and "Sprecher" in a.speaker.text and "Montag" not in a.speaker.text
    assert a.content is not None and a.content.text == "Die Fabrik wird im Mai geschlossen. Dies"
    check_offsets(text, a)


def test_demonstrative_das_read_as_an_article_still_reports_the_previous_sentence() -> None:
    """The tagger gives "Das" the article's lemma "der"; it is still the demonstrative object."""
    text = "Die Fabrik wird im Mai geschlossen. Das bestätigte der Sprecher des Konzerns am Montag."
    a = only(text)
    assert a.kind == "indirect" and a.explanation.rule == "indirect.demonstrative"
    assert a.speaker is not None and "Sprecher" in a.speaker.text
    assert a.content is not None and a.content.text == "Die Fabrik wird im Mai geschlossen. Das"


def test_demonstrative_report_replaces_hearsay_in_the_previous_sentence() -> None:
    """The hearsay of the first sentence is the report that the second one gives a source."""
    text = "Der Bürgermeister soll das Geld gestohlen haben. Dies bestätigte ein Sprecher der Staatsanwaltschaft."
    a = only(text)
    assert a.kind == "indirect" and a.explanation.rule == "indirect.demonstrative"
    assert a.speaker is not None and "Staatsanwaltschaft" in a.speaker.text
    assert a.content is not None and a.content.text.startswith("Der Bürgermeister soll")


def test_demonstrative_subject_is_no_demonstrative_report() -> None:
    """"Diese baten ihn": the object pronoun after the verb shows that "Diese" is the subject."""
    text = "Die Bauern kamen zum Bürgermeister. Diese baten ihn um Hilfe."
    atts = run(text)
    assert all(a.explanation.rule != "indirect.demonstrative" for a in atts)
    assert all(a.content is None or a.content.start >= text.index("Diese") for a in atts)


# -- reflexive marker owners ---------------------------------------------------------------------
def test_eigenen_angaben_is_owned_by_the_clause_subject() -> None:
    text = "Die Feuerwehr hat nach eigenen Angaben die Hälfte der Halle durchsucht."
    a = only(text)
    assert a.kind == "according_to" and a.explanation.rule == "according_to.frame_reflexive"
    assert a.speaker is not None and "Feuerwehr" in a.speaker.text
    assert a.source_phrase is not None and a.source_phrase.text == "eigenen Angaben"
    check_offsets(text, a)


def test_eigenen_angaben_leaves_the_subject_in_the_content() -> None:
    """The owner is the speaker, but as the clause's subject it is also part of what is reported."""
    text = "Die Feuerwehr hat die Hälfte der Halle nach eigenen Angaben bereits durchsucht."
    a = only(text)
    assert a.kind == "according_to" and a.speaker is not None and "Feuerwehr" in a.speaker.text
    assert a.content is not None and "Die Feuerwehr hat" in a.content.text


# -- source phrases ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,phrase", [
    ("Nach Angaben der Polizei wurden drei Menschen verletzt.", "Angaben der Polizei"),
    ("Einem Bericht der Zeitung zufolge ist der Minister zurückgetreten.", "Einem Bericht der Zeitung"),
])
def test_marker_source_phrase_is_its_noun_phrase_without_the_adposition(text: str, phrase: str) -> None:
    a = only(text)
    assert a.kind == "according_to" and a.source_phrase is not None and a.source_phrase.text == phrase
    assert text[a.source_phrase.start:a.source_phrase.end] == phrase


def test_anaphoric_marker_source_phrase_is_the_adverb() -> None:
    text = "Die Polizei teilte mit, dass zwei Männer festgenommen worden seien. Demnach hatten sie das Auto gestohlen."
    atts = run(text)
    assert [a.kind for a in atts] == ["indirect", "according_to"]
    assert atts[1].source_phrase is not None and atts[1].source_phrase.text == "Demnach"


def test_verb_source_phrase_is_the_speaker_span() -> None:
    a = only("Der Minister sagte, dass die Steuer steigen werde.")
    assert a.speaker is not None and a.source_phrase is not None
    assert (a.source_phrase.start, a.source_phrase.end) == (a.speaker.start, a.speaker.end)
    assert a.source_phrase.text == "Der Minister"


def test_continuation_carries_its_reports_source_phrase() -> None:
    text = "Der Minister sagte, die Lage sei ernst. Die Regierung habe alles versucht."
    atts = run(text)
    assert [a.kind for a in atts] == ["indirect", "continuation"]
    assert atts[1].source_phrase is not None and atts[1].source_phrase == atts[0].source_phrase
    assert atts[1].source_phrase.text == "Der Minister"


# -- passive subjects are addressees -------------------------------------------------------------
def test_passive_subject_is_not_the_speaker() -> None:
    atts = run("Die Regierung wird aufgefordert, die Grenze zu öffnen.")
    assert all(a.speaker is None or "Regierung" not in a.speaker.text for a in atts)


def test_passive_agent_is_the_speaker() -> None:
    a = only("Russland wird von der EU aufgerufen, die Truppen abzuziehen.")
    assert a.kind == "indirect" and a.speaker is not None
    assert "EU" in a.speaker.text and "Russland" not in a.speaker.text


def test_subject_of_a_passive_verb_is_none_even_when_labelled_nsubj() -> None:
    """The parser may label a passive's subject plain `nsubj`; the `aux:pass` child decides."""
    sent = parse_text("Die Regierung wird aufgefordert, die Grenze zu öffnen.").sentences[0]
    relabelled = [replace(t, deprel="nsubj") if t.deprel == "nsubj:pass" else t for t in sent.tokens]
    passive = replace(sent, tokens=tuple(relabelled))
    active = replace(sent, tokens=tuple(replace(t, deprel="aux") if t.deprel == "aux:pass" else t for t in relabelled))
    verb = next(t for t in passive.tokens if t.text == "aufgefordert")
    inf = next(t for t in passive.tokens if t.text == "öffnen")
    assert any(t.deprel == "nsubj" and t.text == "Regierung" for t in passive.tokens)
    assert subject(passive, verb) is None and subject(passive, inf) is None
    found = subject(active, verb)
    assert found is not None and found.text == "Regierung"  # without the passive auxiliary it is the subject


# -- "so X" markers ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,kind", [
    ("Die Lage ist ernst, so der Minister im Fernsehen.", "according_to"),
    ("Die Lage ist ernst, so die Ministerin am Montag in Berlin.", "according_to"),
    ("„Die Lage ist ernst“, so der Minister im Fernsehen.", "direct"),
])
def test_so_marker_with_a_trailing_prepositional_phrase(text: str, kind: str) -> None:
    a = only(text)
    assert a.kind == kind and a.cue is not None and a.cue.text == "so"
    assert a.speaker is not None and "Minister" in a.speaker.text
    assert "im" not in a.speaker.text.split() and "am" not in a.speaker.text.split()
    assert a.content is not None and "Die Lage ist ernst" in a.content.text


def test_so_before_a_verb_is_no_marker() -> None:
    assert run("Die Straße war gesperrt, so mussten wir warten.") == ()


# -- noun-phrase fallback ------------------------------------------------------------------------
def _np_after(text: str, word: str) -> list[str]:
    """The words of `np_after` starting at `word` in the parsed sentence."""
    sent = parse_text(text).sentences[0]
    start = next(t for t in sent.tokens if t.text == word)
    return [t.text for t in np_after(sent, start.id)]


@pytest.mark.parametrize("text,np", [
    ("Dabei kamen nach Angaben der Militärjunta zehn Personen ums Leben.", ["Angaben", "der", "Militärjunta"]),
    ("Dabei wurden nach Angaben des Senders die Jahre 2010 bis 2012 untersucht.", ["Angaben", "des", "Senders"]),
    ("Dabei wurden nach Angaben der Polizei bereits zwei Häuser zerstört.", ["Angaben", "der", "Polizei"]),
    ("Dabei wurden nach Angaben der Polizei schwere Schäden angerichtet.", ["Angaben", "der", "Polizei"]),
    ("Dabei starben nach Angaben libanesischer Sicherheitskreise zwei Soldaten.",
     ["Angaben", "libanesischer", "Sicherheitskreise"]),
])
def test_np_after_stops_where_a_new_phrase_starts(text: str, np: list[str]) -> None:
    """After a noun: a number, adverb, non-genitive article or non -er adjective opens the next
    phrase; a genitive article or -er adjective continues the noun phrase."""
    assert _np_after(text, "Angaben") == np


def test_marker_fallback_owner_stops_before_a_number() -> None:
    a = only("Dabei kamen nach Angaben der Militärjunta zehn Personen ums Leben.")
    assert a.kind == "according_to" and a.speaker is not None and a.speaker.text == "der Militärjunta"


# -- names the parse split off -------------------------------------------------------------------
def _sentence_and_names(text: str) -> tuple[Sentence, frozenset[str]]:
    return parse_text(text).sentences[0], load("de").first_names


def _word(sent: Sentence, text: str) -> Token:
    return next(t for t in sent.tokens if t.text == text)


def test_extend_name_takes_the_name_after_a_role_noun() -> None:
    sent, names = _sentence_and_names("Bundeskanzlerin Angela Merkel sagte, dass die Lage ernst sei.")
    role = _word(sent, "Bundeskanzlerin")
    assert [t.text for t in extend_name(sent, [role], names)] == ["Bundeskanzlerin", "Angela", "Merkel"]


def test_extend_name_never_takes_a_stop_token() -> None:
    sent, names = _sentence_and_names("Bundeskanzlerin Angela Merkel sagte, dass die Lage ernst sei.")
    role, first = _word(sent, "Bundeskanzlerin"), _word(sent, "Angela")
    assert [t.text for t in extend_name(sent, [role], names, {first.id})] == ["Bundeskanzlerin"]
    assert [t.text for t in extend_name(sent, [role, first], names, {_word(sent, "Merkel").id})] == \
        ["Bundeskanzlerin", "Angela"]


@pytest.mark.parametrize("upos", ["NOUN", "ADJ", "X"])
def test_extend_name_takes_the_word_after_a_first_name_as_surname_whatever_its_tag(upos: str) -> None:
    """"Peter Lahm": the tagger may read a surname as a noun or an adjective; after a first name
    it is the surname. The same word after a word that is no first name ("Frau") is not taken."""
    sent, names = _sentence_and_names("Bundeskanzlerin Angela Merkel sagte, dass die Lage ernst sei.")
    retagged = replace(sent, tokens=tuple(replace(t, upos=upos) if t.text == "Merkel" else t for t in sent.tokens))
    first = _word(retagged, "Angela")
    assert [t.text for t in extend_name(retagged, [first], names)] == ["Angela", "Merkel"]
    title = replace(retagged, tokens=tuple(replace(t, text="Frau", upos="NOUN") if t is first else t for t in retagged.tokens))
    assert [t.text for t in extend_name(title, [_word(title, "Frau")], names)] == ["Frau"]


def test_extend_name_takes_a_name_run_before_the_mention() -> None:
    sent, names = _sentence_and_names("New Yorks Bürgermeister sagte, die Stadt sei sicher.")
    mayor = _word(sent, "Bürgermeister")
    assert [t.text for t in extend_name(sent, [mayor], names)] == ["New", "Yorks", "Bürgermeister"]
    assert [t.text for t in extend_name(sent, [mayor], names, {_word(sent, "Yorks").id})] == ["Bürgermeister"]


def test_extend_name_leaves_an_article_before_the_mention() -> None:
    sent, names = _sentence_and_names("Der Bürgermeister sagte, die Stadt sei sicher.")
    assert [t.text for t in extend_name(sent, [_word(sent, "Bürgermeister")], names)] == ["Bürgermeister"]


def test_speaker_takes_the_first_name_and_surname_the_parse_split_off() -> None:
    """The parse makes "Trainer" and "Peter" two subjects and "Lahm" an adverb; the speaker is
    the whole mention."""
    a = only("Trainer Peter Lahm sagte, die Mannschaft sei bereit.")
    assert a.kind == "indirect" and a.speaker is not None and a.speaker.text == "Trainer Peter Lahm"
    assert a.type == "named"


# -- a reported report ---------------------------------------------------------------------------
@pytest.mark.parametrize("second", [
    "Ferner habe die Studie festgestellt, dass die Kosten steigen.",
    "Die Studie habe außerdem festgestellt, dass die Kosten steigen.",
])
def test_report_with_a_konjunktiv_reporting_verb_continues_the_previous_report(second: str) -> None:
    text = "Der Minister sagte, die Lage sei ernst. " + second
    atts = run(text)
    assert [a.kind for a in atts] == ["indirect", "continuation"]
    cont = atts[1]
    assert cont.explanation.rule == "continuation.reported_report"
    assert cont.speaker == atts[0].speaker and cont.speaker is not None and "Minister" in cont.speaker.text
    assert cont.content is not None and cont.content.text == second
    check_offsets(text, cont)


def test_report_with_an_indicative_reporting_verb_after_a_report_stays_a_report() -> None:
    """"Ferner hat die Studie festgestellt" reads "Studie" as an object in this parse; with the
    subject first it is the subject."""
    text = "Der Minister sagte, die Lage sei ernst. Die Studie hat außerdem festgestellt, dass die Kosten steigen."
    atts = run(text)
    assert [a.kind for a in atts] == ["indirect", "indirect"]
    assert atts[1].explanation.rule != "continuation.reported_report"
    assert atts[1].speaker is not None and "Studie" in atts[1].speaker.text
    assert atts[1].content is not None and atts[1].content.text == "dass die Kosten steigen"


# -- impersonal cues: the place or document speaks -------------------------------------------------
@pytest.mark.parametrize("text,cue,speaker", [
    ("Aus Paris hieß es, die Lage sei ernst.", "hieß es", "Paris"),
    ("Im Abschlussbericht heißt es, die Wahl sei fair gewesen.", "heißt es", "Abschlussbericht"),
    ("Aus EU-Kreisen verlautete, dies sei nur Spekulation.", "verlautete", "EU-Kreisen"),
])
def test_impersonal_cue_takes_its_place_or_document_phrase_as_speaker(text: str, cue: str, speaker: str) -> None:
    a = only(text)
    assert a.kind == "indirect" and a.cue is not None and a.cue.text == cue
    assert a.speaker is not None and a.speaker.text == speaker  # without the preposition
    assert any("the document or place speaks" in n for n in a.explanation.notes)
    check_offsets(text, a)



# -- a subject inside the content is not the speaker ---------------------------------------------
def test_subject_of_the_content_clause_is_not_the_speaker() -> None:
    text = "Die Gefahr ist bei Frauen höher, stellten die Forscher außerdem fest."
    a = only(text)
    assert a.kind == "indirect" and a.cue is not None and a.cue.text == "stellten fest"
    assert a.speaker is not None and "Forscher" in a.speaker.text and "Gefahr" not in a.speaker.text
    assert a.content is not None and a.content.text == "Die Gefahr ist bei Frauen höher"


def test_subject_reached_through_a_coordination_inside_the_content_is_not_the_speaker() -> None:
    """The parse may hang the reporting verb on the content clause as a conjunct and miss its own
    subject (here relabelled an object): the subject found through the conjunct lies in the
    content, so the noun phrase after the verb speaks."""
    text = "Bei Frauen ist die Gefahr höher, stellten die Forscher außerdem fest."
    doc = parse_text(text)
    sent = doc.sentences[0]
    assert _word(sent, "stellten").deprel == "conj" and _word(sent, "Gefahr").deprel == "nsubj"
    misread = replace(sent, tokens=tuple(replace(t, deprel="obj") if t.text == "Forscher" else t for t in sent.tokens))
    (a,) = extract(replace(doc, sentences=(misread,)))
    assert a.kind == "indirect" and a.content is not None and a.content.text == "Bei Frauen ist die Gefahr höher"
    assert a.speaker is not None and a.speaker.text == "die Forscher"


# -- a source marker outranks a speech act without content ---------------------------------------
@pytest.mark.parametrize("text", [
    "Die Saison hat nach Polizeiangaben einen Toten gefordert.",
    "Der Sturm hat nach Angaben der Polizei zwei Tote gefordert.",
])
def test_source_marker_outranks_a_contentless_speech_act(text: str) -> None:
    """"fordern" with an object would be a speech act; the marker says who reports."""
    atts = run(text)
    assert all(a.kind != "reported" for a in atts)
    assert [a.kind for a in atts] == ["according_to"]
    assert atts[0].cue is not None and atts[0].cue.text.startswith("nach")


def test_speech_act_without_a_marker_is_still_reported() -> None:
    a = only("Der Sturm hat zwei Tote gefordert.")
    assert a.kind == "reported" and a.cue is not None and a.cue.text == "gefordert"


# -- speech verbs whose object is a target, not content --------------------------------------------
def test_criticised_object_is_no_speech_act() -> None:
    assert [a.kind for a in run("Die Opposition kritisierte die Pläne der Regierung.")] == []


def test_demanded_object_is_a_speech_act() -> None:
    a = only("Die Opposition forderte den Rücktritt des Ministers.")
    assert a.kind == "reported" and a.cue is not None and a.cue.text == "forderte"
    assert a.speaker is not None and "Opposition" in a.speaker.text


def test_target_object_verb_with_a_content_clause_is_still_an_indirect_report() -> None:
    a = only("Der Minister kritisierte, dass die Pläne zu spät kämen.")
    assert a.kind == "indirect" and a.cue is not None and a.cue.text == "kritisierte"
    assert a.speaker is not None and "Minister" in a.speaker.text
    assert a.content is not None and a.content.text == "dass die Pläne zu spät kämen"


# -- hearsay right after a report ----------------------------------------------------------------
def test_hearsay_after_a_report_stays_unattributed_but_keeps_its_source_phrase() -> None:
    text = "Der Sprecher der Polizei sagte, der Mann sei geflohen. Er soll das Geld mitgenommen haben."
    atts = run(text)
    assert [a.kind for a in atts] == ["indirect", "reportative"]
    h = atts[1]
    assert h.speaker is None and h.type == "unattributed"
    assert h.source_phrase is not None and "Sprecher der Polizei" in h.source_phrase.text
    assert h.source_phrase == atts[0].source_phrase
    assert any("likely source in context" in n for n in h.explanation.notes)


def test_hearsay_without_a_report_before_has_no_source_phrase() -> None:
    a = only("Am Abend regnete es. Er soll das Geld mitgenommen haben.")
    assert a.kind == "reportative" and a.speaker is None and a.source_phrase is None


# -- "so X" in parentheses and with an apposition ------------------------------------------------
@pytest.mark.parametrize("text,speaker", [
    ("Alles in allem sei es, so der Bericht der Kommission, möglich gewesen, Wahlkampf zu betreiben.", "Bericht der Kommission"),
    ("Der Einsatz solle sich – so der Minister – auf schwere Fälle begrenzen.", "Minister"),
])
def test_parenthetical_so_marker(text: str, speaker: str) -> None:
    a = next(a for a in run(text) if a.cue and a.cue.text == "so")
    assert a.kind == "according_to" and a.speaker is not None and a.speaker.text == f"der {speaker}"
    assert a.content is not None and a.content.text.endswith(("betreiben", "begrenzen"))


def test_so_marker_at_the_end_takes_the_speakers_apposition() -> None:
    a = only("Die meisten Nutzer seien vorsichtig, so Ursula Castrup, die Leiterin der Fachstelle.")
    assert a.source_phrase is not None and a.source_phrase.text == "Ursula Castrup, die Leiterin der Fachstelle"


def test_so_followed_by_a_clause_is_no_marker_even_in_parentheses() -> None:
    assert not any(a.cue and a.cue.text == "so" for a in run("Es regnete, so dass wir, wie geplant, zu Hause blieben."))


def test_wie_clause_speaker_falls_back_to_the_words_before_the_verb() -> None:
    a = only("Wie t-online.de berichtet, ist der erste Trailer im Internet veröffentlicht worden.")
    assert a.kind == "according_to" and a.speaker is not None and "t-online.de" in a.speaker.text


def test_first_person_reporting_outside_quotes_is_the_texts_own_voice() -> None:
    """Interview answers ("Ich denke, dass …") report no one else."""
    assert run("Ich denke, dass wir das Projekt im Herbst abschließen.") == ()
    assert only("Der Trainer denkt, dass die Mannschaft gewinnt.").kind == "indirect"


def test_evaluative_verb_with_a_bare_object_is_no_speech_act() -> None:
    assert not any(a.kind == "reported" for a in run("Die Gewerkschaft begrüßte die Entscheidung des Gerichts."))


def test_fronted_accusative_is_no_speaker() -> None:
    """"Den Schaden schätzt die Polizei auf …": the subject follows the verb."""
    atts = run("Den Schaden schätzte die Polizei auf etwa eine Million Euro.")
    assert atts and all(a.speaker is not None and "Polizei" in a.speaker.text for a in atts)


@pytest.mark.parametrize("text", [
    "Ein Autofahrer bemerkte das Feuer am Abend.",
    "Der Veranstalter informierte die Botschaft sofort.",
])
def test_noticing_and_informing_with_a_bare_object_are_no_speech_acts(text: str) -> None:
    assert not any(a.kind == "reported" for a in run(text))


@pytest.mark.parametrize("text,speaker", [
    ("Zitat des Ministers: „Wir haben etwas erreicht, was viele für unmöglich hielten.“", "Ministers"),
    ("Der Kommissar nach der Festnahme: „Der Mann ist dort, wo er hingehört.“", "Kommissar"),
])
def test_verbless_colon_frame_introduces_a_direct_quote(text: str, speaker: str) -> None:
    a = only(text)
    assert a.kind == "direct" and a.explanation.rule == "direct.colon_frame"
    assert a.speaker is not None and speaker in a.speaker.text and a.content is not None and a.content.text.startswith("„")


def test_colon_after_a_clause_with_a_verb_is_no_verbless_frame() -> None:
    assert not any(a.explanation.rule == "direct.colon_frame"
                   for a in run("Am Abend gingen alle nach Hause: „Es war ein langer Tag für uns alle.“"))


# -- addressees -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,addressee", [
    ("Der Sprecher sagte der Zeitung, dass die Gespräche weitergehen.", "der Zeitung"),
    ("Der Minister erklärte gegenüber der BBC, die Lage sei ernst.", "der BBC"),
    ("In einem Interview mit der Zeitung erklärte der Minister, die Lage sei ernst.", "der Zeitung"),
    ("Die Regierung wird aufgefordert, die Grenze zu öffnen.", "Die Regierung"),
])
def test_addressee(text: str, addressee: str) -> None:
    a = only(text)
    assert a.addressee is not None and a.addressee.text == addressee
    assert text[a.addressee.start:a.addressee.end] == addressee


def test_no_addressee_where_the_text_names_none() -> None:
    assert only("Der Minister sagte, die Lage sei ernst.").addressee is None
    assert only("Der Minister wird mit den Worten zitiert, die Lage sei ernst.").addressee is None
