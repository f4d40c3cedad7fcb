"""English attribution end to end, one group per construction, on short sentences written for the
tests, each with a negative. Assertions name the key facts (cue, speaker word, type), so they hold
across model versions that parse the sentences correctly."""
from __future__ import annotations

import functools

import pytest

from attribution.extract.engine import extract
from attribution.extract.lexicon import load
from attribution.extract.syntax import full_lemma
from attribution.nlp.parse import parse_text
from attribution.types import Attribution


@functools.cache
def run(text: str) -> tuple[Attribution, ...]:
    return tuple(extract(parse_text(text, lang="en")))


def by_cue(text: str, cue: str) -> Attribution:
    found = [a for a in run(text) if a.cue is not None and a.cue.text == cue]
    assert len(found) == 1, [(a.kind, a.cue and a.cue.text) for a in run(text)]
    return found[0]


# -- 1. reporting verbs with content clauses and quotations ----------------------------------------
@pytest.mark.parametrize("text,cue,kind,speaker,content", [
    ("The mayor said that the bridge would stay closed.", "said", "indirect", "mayor", "the bridge would stay closed"),
    ("\"We have no choice,\" she told reporters.", "told", "direct", "she", "We have no choice"),
    ("\"We have no choice,\" said Mayor Jane Smith.", "said", "direct", "Jane Smith", "We have no choice"),
    ("Smith said: \"We have no choice.\"", "said", "direct", "Smith", "We have no choice"),
])
def test_reporting_verb_with_content(text: str, cue: str, kind: str, speaker: str, content: str) -> None:
    a = by_cue(text, cue)
    assert a.kind == kind
    assert a.speaker is not None and speaker in a.speaker.text
    assert a.content is not None and content in a.content.text and a.speaker.text not in a.content.text


def test_sentence_without_reporting_verb_is_no_attribution() -> None:
    assert run("The mayor closed the bridge that would stay closed.") == ()
    assert run("The bridge would stay closed.") == ()


def test_phrasal_verb_joins_its_particle_with_a_space() -> None:
    doc = parse_text("The company pointed out that prices had risen.", lang="en")
    sent = doc.sentences[0]
    verb = next(t for t in sent.tokens if t.text == "pointed")
    assert full_lemma(sent, verb, load("en").particle_lemma)[0] == "point out"
    a = by_cue("The company pointed out that prices had risen.", "pointed out")
    assert a.kind == "indirect" and a.speaker is not None and "company" in a.speaker.text


def test_verb_with_a_particle_that_is_no_cue_reports_nothing() -> None:
    assert run("The company pointed at rising prices.") == ()


# -- 2. according-to markers ----------------------------------------------------------------------
@pytest.mark.parametrize("text,cue,speaker,kind", [
    ("According to the police, two people were injured.", "According to", "police", "institutional"),
    ("Two people were injured, according to Jane Smith.", "according to", "Jane Smith", "named"),
    ("Two people were injured, per officials.", "per", "officials", "anonymous"),
])
def test_according_to_marker(text: str, cue: str, speaker: str, kind: str) -> None:
    a = by_cue(text, cue)
    assert a.kind == "according_to"
    assert a.speaker is not None and speaker in a.speaker.text and a.type == kind
    assert a.content is not None and "injured" in a.content.text and cue not in a.content.text


def test_police_said_is_a_verb_report() -> None:
    a = by_cue("Police said two people were injured.", "said")
    assert a.kind == "indirect" and a.speaker is not None and a.speaker.text == "Police" and a.type == "institutional"


def test_accord_as_a_verb_is_no_marker() -> None:
    assert run("The two sides reached an accord on prices.") == ()
    assert run("Two people were injured, close to the police station.") == ()


# -- 3. source typing -------------------------------------------------------------------------------
@pytest.mark.parametrize("speaker,kind", [
    ("A senior official", "anonymous"),
    ("People familiar with the matter", "anonymous"),
    ("A spokesperson for the ministry", "institutional"),
    ("The White House", "institutional"),
    ("Jane Smith", "named"),
])
def test_source_type(speaker: str, kind: str) -> None:
    a = by_cue(f"{speaker} said the plan was ready.", "said")
    assert a.speaker is not None and a.speaker.text.lower().startswith(speaker.lower().split()[0])
    assert a.type == kind, a.explanation.type_reason


def test_pronoun_resolves_to_the_last_named_woman() -> None:
    a = by_cue("Jane Smith arrived late. She said the plan was ready.", "said")
    assert a.type == "named" and a.explanation.type_reason == "pronoun resolved to a named person"


def test_pronoun_with_no_antecedent_is_anonymous() -> None:
    a = by_cue("She said the plan was ready.", "said")
    assert a.type == "anonymous"


def test_possessive_frame_resolves_its_owner() -> None:
    a = by_cue("Jane Smith arrived late. In her view, the plan is sound.", "In view")
    assert a.speaker is not None and a.speaker.text == "her" and a.type == "named"
    assert run("Jane Smith arrived late. In her car, the plan is sound.") == ()


# -- 4. hearsay -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,cue", [
    ("The minister reportedly resigned.", "reportedly"),
    ("He is said to have left.", "said"),
])
def test_hearsay(text: str, cue: str) -> None:
    a = by_cue(text, cue)
    assert a.kind == "reportative" and a.type == "unattributed" and a.speaker is None


@pytest.mark.parametrize("text", [
    "The minister resigned.",
    "He wanted to have left.",
    "Smith is expected to win.",
])
def test_no_hearsay(text: str) -> None:
    assert not any(a.kind == "reportative" for a in run(text))


# -- 5. anonymity reasons ---------------------------------------------------------------------------
def test_anonymity_reason_is_found() -> None:
    a = by_cue("The talks failed, said an official who spoke on condition of anonymity.", "said")
    assert a.type == "anonymous" and a.speaker is not None and "official" in a.speaker.text
    assert a.anonymity_reason is not None and "anonymity" in a.anonymity_reason.text


def test_no_anonymity_reason_without_one() -> None:
    a = by_cue("The talks failed, said an official who spoke on Monday.", "said")
    assert a.type == "anonymous" and a.anonymity_reason is None


# -- 6. the speaker's phrase and its owner --------------------------------------------------------
def test_possessive_owner_makes_a_spokesman_institutional() -> None:
    a = by_cue("The minister's spokesman said the plan was ready.", "said")
    assert a.type == "institutional"
    assert by_cue("A spokesman said the plan was ready.", "said").type == "anonymous"


def test_participle_clause_shares_its_head_verbs_speaker() -> None:
    a = by_cue("\"The plan is ready,\" Smith said, adding that costs had risen.", "adding")
    assert a.speaker is not None and a.speaker.text == "Smith"
    b = by_cue("After adding that costs had risen, the report was published.", "adding")
    assert b.speaker is None


def test_adjective_phrase_stays_in_the_speaker() -> None:
    a = by_cue("People familiar with the matter said the deal was close.", "said")
    assert a.speaker is not None and a.speaker.text == "People familiar with the matter" and a.type == "anonymous"
    b = by_cue("People said on Monday the deal was close.", "said")
    assert b.speaker is not None and b.speaker.text == "People"


# -- 7. impersonal "it is said" only in the passive -------------------------------------------------
def test_it_is_said_is_impersonal() -> None:
    a = by_cue("It is said that the plan is ready.", "It is said")
    assert a.speaker is None and a.type == "unattributed"


def test_said_it_was_is_a_plain_report() -> None:
    a = by_cue("Asked about the plan, Jane Smith said it was ready.", "said")
    assert a.speaker is not None and a.speaker.text == "Jane Smith"
    assert a.content is not None and a.content.text == "it was ready"


# -- 8. addressees ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,cue,addressee", [
    ("Jane Smith told CNN that the plan was ready.", "told", "CNN"),
    ("\"The plan is ready,\" Smith told reporters.", "told", "reporters"),
    ("Jane Smith told the committee that the plan was ready.", "told", "the committee"),
])
def test_object_of_tell_is_the_addressee(text: str, cue: str, addressee: str) -> None:
    a = by_cue(text, cue)
    assert a.addressee is not None and a.addressee.text == addressee


def test_what_is_told_is_no_addressee() -> None:
    assert by_cue("Jane Smith told a story.", "told").addressee is None
    assert by_cue("Jane Smith said the plan was ready.", "said").addressee is None


# -- 9. a parenthetical reporting clause inside its content ------------------------------------------
def test_medial_reporting_clause_keeps_both_sides_and_its_speaker() -> None:
    a = by_cue("The plan, Jane Smith said on Monday, is ready.", "said")
    assert a.speaker is not None and a.speaker.text == "Jane Smith" and a.type == "named"
    assert a.content is not None and a.content.text.startswith("The plan") and a.content.text.endswith("is ready")


def test_reporting_clause_after_a_full_clause_takes_only_that_clause() -> None:
    a = by_cue("The plan is ready, he said, and costs will fall.", "said")
    assert a.content is not None and a.content.text == "The plan is ready"


# -- 10. content marks from the lexicon -------------------------------------------------------------
def test_evidence_noun_with_a_that_clause_is_hearsay() -> None:
    a = by_cue("There are reports that the minister resigned.", "reports")
    assert a.kind == "reportative" and a.type == "unattributed"


def test_relative_that_after_a_noun_is_no_content_clause() -> None:
    assert run("The report that he wrote was long.") == ()


# -- 11. hearsay phrases of the lexicon --------------------------------------------------------------
@pytest.mark.parametrize("text,cue", [
    ("Rumor has it that the minister will resign.", "Rumor has it"),
    ("Word is that the deal is close.", "Word is"),
])
def test_hearsay_phrase(text: str, cue: str) -> None:
    a = by_cue(text, cue)
    assert a.kind == "reportative" and a.speaker is None


def test_phrase_words_elsewhere_are_no_hearsay() -> None:
    assert run("The rumor spread quickly.") == ()
    a = by_cue("Sources say the deal is close.", "say")
    assert a.kind == "indirect" and a.type == "anonymous"


# -- 12. attitude frames without a comma before "that" -----------------------------------------------
@pytest.mark.parametrize("text,cue", [
    ("She expressed hope that the talks would resume.", "expressed hope"),
    ("The minister is confident that the plan will work.", "is confident"),
    ("The minister is of the view that the plan will fail.", "is view"),
])
def test_attitude_frame(text: str, cue: str) -> None:
    a = by_cue(text, cue)
    assert a.kind == "indirect" and a.speaker is not None and a.content is not None and "that" not in a.content.text


def test_attitude_noun_as_subject_is_no_frame() -> None:
    assert run("The hope that the talks resume is small.") == ()


# -- sources named around the head noun, pronoun gender, calendar words ---------------------------
@pytest.mark.parametrize("text,kind", [
    ("A White House spokeswoman said the talks would continue.", "institutional"),
    ("A police spokesperson said two men had been arrested.", "institutional"),
    ("A spokesperson said two men had been arrested.", "anonymous"),
])
def test_spokesperson_of_a_body_named_before_the_noun(text: str, kind: str) -> None:
    assert by_cue(text, "said").type == kind


@pytest.mark.parametrize("text,kind", [
    ("Police figures show that crime fell, according to court filings.", "institutional"),
    ("Crime fell, according to filings.", "anonymous"),
])
def test_statement_owned_by_a_noun_before_it(text: str, kind: str) -> None:
    assert by_cue(text, "according to").type == kind


def test_outlet_named_by_an_outlet_word_is_a_body() -> None:
    a = by_cue("The Marlow Gazette reported that the mayor had resigned.", "reported")
    assert a.type == "institutional"


@pytest.mark.parametrize("text,name", [
    ("Council leader Fiona Grant said the bridge would reopen. She told the newspaper that repairs were under way.",
     "Fiona Grant"),
    ("Council spokesman Tom Reed said the bridge would reopen. She told the newspaper that repairs were under way.",
     None),
])
def test_english_roles_give_no_gender_unless_the_word_does(text: str, name: str | None) -> None:
    a = by_cue(text, "told")
    assert a.speaker is not None and a.speaker.name == name


def test_a_day_is_no_ones_name() -> None:
    a = by_cue("Later on Wednesday, the minister said the inquiry would start in May.", "said")
    assert a.speaker is not None and a.speaker.name != "Wednesday"


@pytest.mark.parametrize("text,cue,speaker,content", [
    ("The company said in a filing that profits had fallen.", "said", "company", "profits had fallen"),
    ("Smith was quoted as saying that the plan would fail.", "quoted", "Smith", "the plan would fail"),
    ("One of them, who spoke on condition of anonymity, said the deal was dead.", "said", "One of them", "the deal was dead"),
])
def test_english_content_and_speakers_of_less_common_frames(text: str, cue: str, speaker: str, content: str) -> None:
    a = by_cue(text, cue)
    assert a.speaker is not None and a.speaker.text.endswith(speaker) and a.content is not None and content in a.content.text
    assert len([x for x in run(text) if x.content is not None and content in x.content.text]) == 1


@pytest.mark.parametrize("text", [
    "The company said in a filing that was published on Monday.",
    "One said nothing.",
])
def test_english_negatives_for_unmarked_content_and_partitives(text: str) -> None:
    assert not [a for a in run(text) if a.type != "unattributed" and a.speaker is not None and a.speaker.text == "One"]
    assert not [a for a in run(text) if a.content is not None and a.content.text.startswith("that was")]


def test_a_country_named_alone_is_a_body() -> None:
    a = by_cue("Venezuela said that output would be cut.", "said")
    assert a.type == "institutional"


def test_a_negated_speech_act_without_content_reports_nothing() -> None:
    assert not any(a.kind == "reported" for a in run("The company did not comment on the report."))


def test_a_spokesperson_for_a_named_company_speaks_for_it() -> None:
    a = by_cue("A spokesperson for Meridian Terminals said the talks would resume on Friday.", "said")
    assert a.type == "institutional" and (a.speaker is None or a.speaker.name is None)


def test_titles_the_tagger_made_part_of_a_name_are_left_out_and_give_way_to_the_first_names_gender() -> None:
    text = ('The wage will rise next year, Chancellor Rachel Reeves said on Monday. '
            '"This is a pay rise for millions," she told reporters.')
    found = extract(parse_text(text, lang="en"), lexicon=load("en"))
    assert [a.speaker.name for a in found if a.speaker] == ["Rachel Reeves", "Rachel Reeves"]


def test_a_name_after_a_bodys_word_and_preposition_belongs_to_the_body() -> None:
    text = "According to the Office for National Statistics, inflation fell to 2.1 percent in June."
    a = extract(parse_text(text, lang="en"), lexicon=load("en"))[0]
    assert a.type == "institutional"


def test_an_unnamed_relative_is_an_anonymous_speaker() -> None:
    a = by_cue("The defendant's son said his father was innocent.", "said")
    assert a.speaker is not None and "son" in a.speaker.text and a.type == "anonymous"
