"""English lexicon entries added or changed for news text (attribution/lang/en/*.toml), one group per
change, each with sentences written for the test: one the change must find (or type) and one it must
leave alone. Assertions name the key facts (cue, speaker word, type), as in test_english_chain.py."""
from __future__ import annotations

import functools

import pytest

from attribution.extract.engine import extract
from attribution.nlp.parse import parse_text
from attribution.types import Attribution


@functools.cache
def run(text: str) -> tuple[Attribution, ...]:
    return tuple(extract(parse_text(text, lang="en")))


def cues(text: str) -> list[str]:
    return [a.cue.text for a in run(text) if a.cue is not None]


def by_cue(text: str, cue: str) -> Attribution:
    found = [a for a in run(text) if a.cue is not None and a.cue.text == cue]
    assert len(found) == 1, [(a.kind, a.cue and a.cue.text) for a in run(text)]
    return found[0]


# -- "cite" is no reporting verb: "X reported, citing Y" keeps X's report ---------------------------
def test_report_citing_a_source_keeps_the_outlets_report() -> None:
    a = by_cue("Fuel prices will rise next month, the broadcaster reported, citing two officials.", "reported")
    assert a.speaker is not None and a.speaker.text == "the broadcaster" and a.type == "institutional"
    assert a.content is not None and a.content.text == "Fuel prices will rise next month"


def test_citing_a_reason_is_no_report() -> None:
    assert run("The union cited rising costs.") == ()
    a = by_cue("Citing safety concerns, the council said the bridge would stay closed.", "said")
    assert a.speaker is not None and a.speaker.text == "the council"


# -- "release" is no reporting verb: what is released is mostly prisoners, funds or hostages ----------
def test_releasing_people_or_money_is_no_report() -> None:
    assert run("The army released three prisoners on Monday.") == ()
    assert run("The treasury released 50 million pounds in emergency funds.") == ()


def test_a_statement_released_still_reports_through_its_saying() -> None:
    assert cues("The ministry released a statement saying that the talks had failed.") == ["saying"]


# -- speech verbs whose bare object is no message ("posted a loss", "charged a fee") -------------------
@pytest.mark.parametrize("text", [
    "The company posted a loss of 3 million dollars in the second quarter.",
    "Crowds observed a minute of silence.",
    "The general ruled the country.",
    "The bank charged a fee of two percent.",
    "The council forwarded the complaint.",
    "The minister highlighted the risks.",
    "The crash underscored the risks.",
    "Activists decried the decision.",
    "The economy added 200,000 jobs in May.",
    "The storm claimed the lives of twelve people.",
    "The fire department answered 300 calls.",
])
def test_verb_with_a_bare_object_reports_nothing(text: str) -> None:
    assert run(text) == ()


@pytest.mark.parametrize("text,cue,speaker", [
    ("The senator posted on social media that the vote had been rigged.", "posted", "senator"),
    ("The judge observed that the law was unclear.", "observed", "judge"),
    ("The court ruled that the law was invalid.", "ruled", "court"),
    ("The minister highlighted that exports had grown.", "highlighted", "minister"),
    ("The mayor added that the bridge would reopen in May.", "added", "mayor"),
    ("The rebels claimed that the town had fallen.", "claimed", "rebels"),
    ("The minister answered that the plan was sound.", "answered", "minister"),
])
def test_same_verb_with_a_content_clause_reports(text: str, cue: str, speaker: str) -> None:
    a = by_cue(text, cue)
    assert a.kind == "indirect" and a.speaker is not None and speaker in a.speaker.text


# -- "on" opens no speech-act content: "on Sunday", "on Monday" are times --------------------------------
def test_a_time_phrase_with_on_is_no_speech_act_content() -> None:
    assert run("The team snapped a losing streak on Sunday.") == ()
    assert run("The minister answered questions on Monday.") == ()


def test_other_speech_act_prepositions_still_give_a_speech_act() -> None:
    a = by_cue("The union warned against the plan.", "warned")
    assert a.kind == "reported" and a.speaker is not None and a.speaker.text == "The union"
    assert by_cue("The opposition called for an inquiry.", "called").kind == "reported"


# -- new reporting verbs: underscore, affirm, reaffirm, decry -------------------------------------------
@pytest.mark.parametrize("text,cue,speaker", [
    ("The report underscored that the risks were high.", "underscored", "report"),
    ("The court affirmed that the ruling stood.", "affirmed", "court"),
    ("The two leaders reaffirmed that they would cooperate.", "reaffirmed", "leaders"),
    ("Critics decried that the law had been rushed through.", "decried", "Critics"),
])
def test_new_reporting_verbs(text: str, cue: str, speaker: str) -> None:
    a = by_cue(text, cue)
    assert a.kind == "indirect" and a.speaker is not None and speaker in a.speaker.text
    assert a.type != "unattributed"


def test_reminded_of_is_no_report() -> None:
    assert run("The photo reminded him of his youth.") == ()


# -- unidentified outlets and people: media, press, outlets, locals, family, medics, staff -------------
@pytest.mark.parametrize("speaker", [
    "Local media", "The local press", "Several news outlets", "Locals", "His family", "Medics", "Hospital staff",
])
def test_unidentified_outlets_and_people_are_anonymous(speaker: str) -> None:
    a = by_cue(f"{speaker} said the road had been closed.", "said")
    assert a.speaker is not None and a.speaker.text == speaker and a.type == "anonymous"


@pytest.mark.parametrize("speaker,kind", [
    ("The press secretary", "institutional"),
    ("The press office", "institutional"),
    ("The Associated Press", "institutional"),
])
def test_press_in_a_title_or_name_is_no_anonymous_source(speaker: str, kind: str) -> None:
    a = by_cue(f"{speaker} said the road had been closed.", "said")
    assert a.type == kind


# -- much-cited outlets with names of more than one word are bodies, not people -----------------------
@pytest.mark.parametrize("outlet", ["The New York Times", "The Wall Street Journal", "Al Jazeera", "Sky News"])
def test_outlet_name_is_institutional(outlet: str) -> None:
    a = by_cue(f"{outlet} reported that the talks had failed.", "reported")
    assert a.type == "institutional"


def test_pronoun_after_an_outlet_resolves_to_the_person() -> None:
    text = "Jane Porter told The Associated Press that she would resign. She said the decision was final."
    a = by_cue(text, "said")
    assert a.type == "named" and a.speaker is not None and a.speaker.name == "Jane Porter"


def test_two_word_name_that_is_no_outlet_stays_a_person() -> None:
    a = by_cue("Jane Porter said the talks had failed.", "said")
    assert a.type == "named"


# -- reasons for anonymity -------------------------------------------------------------------------------
@pytest.mark.parametrize("text,reason", [
    ("An official, speaking on background, said the talks had failed.", "on background"),
    ("An official, who was not authorised to comment, said the talks had failed.", "not authorised to"),
    ("A witness, who gave only her first name, said the car was speeding.", "only her first name"),
])
def test_reason_for_anonymity(text: str, reason: str) -> None:
    a = by_cue(text, "said")
    assert a.type == "anonymous" and a.anonymity_reason is not None and reason in a.anonymity_reason.text


def test_no_reason_for_anonymity_when_none_is_given() -> None:
    a = by_cue("An official said the talks had failed.", "said")
    assert a.type == "anonymous" and a.anonymity_reason is None


# -- "is known to" is no hearsay -------------------------------------------------------------------------
def test_known_to_is_no_hearsay() -> None:
    assert run("The minister is known to be ill.") == ()


def test_believed_to_is_hearsay() -> None:
    a = by_cue("The minister is believed to be ill.", "believed")
    assert a.kind == "reportative" and a.type == "unattributed"
