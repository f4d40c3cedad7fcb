"""Plain wording for editors: explanations without parser detail, pluralised score and flag texts,
human labels (attribution/report/wording.py, attribution/lang/en/report.toml)."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from attribution.report import ArticleReport, build_report
from attribution.report.wording import KIND_LABELS, TYPE_LABELS, explain, fill, overview, sentence_label
from attribution.types import KINDS, SOURCE_TYPES, Attribution, Explanation
from tests.fakes import fake_parse, make_article, make_attribution

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Ein Beamter erklärte, die Lage sei ernst. Er sagte, es gebe Gespräche. Die Gespräche seien schwierig."
# What editors must not see: dependency arcs ("sagte -nsubj-> Er", "Quellen <-case- zufolge"),
# data file names, and continuations nested in continuations.
TECHNICAL = re.compile(r"-\w+(?::\w+)?->|<-\w+(?::\w+)?-|\.toml|continues the previous attribution|"
                       r"source of the previous report")


def _with(att: Attribution, **fields: object) -> Attribution:
    """The attribution with some of its explanation's fields replaced."""
    return dataclasses.replace(att, explanation=dataclasses.replace(att.explanation, **fields))


@pytest.fixture
def anonymous() -> Attribution:
    att = make_attribution(TEXT, type="anonymous", cue="erklärte", content="die Lage sei ernst", speaker="Ein Beamter")
    return _with(att, rule="indirect.parse", path="erklärte -ccomp-> sei",
                 type_reason="head 'Beamter' is an unidentified source ('beamte', sources.toml)",
                 notes=("speaker: erklärte -nsubj-> Beamter",))


@pytest.mark.parametrize(("template", "values", "expected"), [
    ("{n} {n:source|sources}", {"n": 1}, "1 source"),
    ("{n} {n:source|sources}", {"n": 0}, "0 sources"),
    ("{n} {n:source|sources}", {"n": 2}, "2 sources"),
    ("{n:the only attribution comes|all {n} attributions come}", {"n": 1}, "the only attribution comes"),
    ("{n:the only attribution comes|all {n} attributions come}", {"n": 3}, "all 3 attributions come"),
    ("{bad} of {n} {n:attribution|attributions} {bad:is|are}", {"bad": 1, "n": 1}, "1 of 1 attribution is"),
])
def test_wording_fill_pluralises(template: str, values: dict[str, int], expected: str) -> None:
    assert fill(template, **values) == expected


def test_wording_labels_cover_every_kind_and_type() -> None:
    assert set(KIND_LABELS) == set(KINDS) and set(TYPE_LABELS) == set(SOURCE_TYPES)
    assert KIND_LABELS["according_to"] == "according to" and KIND_LABELS["reportative"] == "hearsay"
    assert all("_" not in label for label in (*KIND_LABELS.values(), *TYPE_LABELS.values()))


def test_wording_explain_leaves_out_parser_detail(anonymous: Attribution) -> None:
    text = explain(anonymous)
    assert text == ("Indirect speech, reported with ‘erklärte’. ‘Ein Beamter’ does not say who exactly is speaking: "
                    "an anonymous source. No reason for anonymity is given.")
    assert anonymous.explanation.path == "erklärte -ccomp-> sei"  # the technical record is untouched


def test_wording_explain_gives_the_reason_for_anonymity(anonymous: Attribution) -> None:
    text = "Ein Beamter, der nicht genannt werden wollte, erklärte, die Lage sei ernst."
    att = make_attribution(text, type="anonymous", cue="erklärte", content="die Lage sei ernst", speaker="Ein Beamter",
                           reason="der nicht genannt werden wollte")
    assert explain(att).endswith("Reason given for anonymity: “der nicht genannt werden wollte”.")


def test_wording_explain_unwraps_chains_of_continuations(anonymous: Attribution) -> None:
    inner = anonymous.explanation.type_reason
    cont = dataclasses.replace(anonymous, kind="continuation", cue=None, sentence=2)
    cont = _with(cont, rule="continuation.konjunktiv", cue_lemma=None, path="parse: main-clause verb 'seien' is Konjunktiv (I)",
                 type_reason=f"continues the previous attribution (continues the previous attribution ({inner}))",
                 notes=("continues 'continuation' of sentence 2",))
    text = explain(cont)
    assert not TECHNICAL.search(text)
    assert text.count("does not say who exactly is speaking") == 1
    assert "continues the reported speech in sentence 2" in text
    assert text.startswith("Reported speech in the subjunctive (Konjunktiv)")


def test_wording_explain_resolved_pronoun() -> None:
    att = make_attribution(TEXT, cue="sagte", content="es gebe Gespräche", speaker="Er", name="Anna Beispiel", sentence=1)
    att = _with(att, rule="indirect.fallback", type_reason="pronoun resolved to a named person",
                notes=("speaker: fallback: noun phrase after 'sagte'",))
    assert explain(att) == "Indirect speech, reported with ‘sagte’. ‘Er’ refers to Anna Beispiel, named earlier in the article."


@pytest.mark.parametrize(("rule", "cue", "expected"), [
    ("according_to.frame.fallback", "Nach Angaben", "Source marker ‘Nach Angaben’ (according to)"),
    ("reportative.adverb", "angeblich", "Hearsay: ‘angeblich’ marks the claim as unconfirmed."),
    ("brand_new.rule", "meinte", "Reported speech, signalled by ‘meinte’."),  # a rule the wording does not know yet
    ("brand_new.rule", None, "Reported speech."),
])
def test_wording_explain_rule_sentences_fall_back_by_prefix(rule: str, cue: str | None, expected: str) -> None:
    text = "Nach Angaben von Anna Beispiel meinte sie, angeblich sei es ernst."
    att = _with(make_attribution(text, cue=cue, content="sei es ernst", speaker="Anna Beispiel"), rule=rule)
    assert explain(att).startswith(expected)


@pytest.mark.parametrize(("type_reason", "expected"), [
    ("the speaker of the report before ('Landesamts' is an institution word ('amt'))",
     "‘Landesamts’ is an institution: an institutional source."),
    ("'Angaben' of der Polizei: 'Polizei' is an institution word ('polizei')",
     "The statements (‘Angaben’) come from ‘der Polizei’. ‘Polizei’ is an institution"),
    ("'Elternvertreter' is an unidentified source ('vertreter')", "does not say who exactly is speaking"),
    ("the name recogniser tags 'Beispielwerke' as an organisation", "‘Beispielwerke’ is the name of an organisation"),
    ("spokesperson 'Sprecher': the article's organisation is 'Beispielwerke'", "on the record for Beispielwerke"),
    ("acronym 'BWG' names an organisation", "‘BWG’ is an organisation's acronym"),
    ("definite 'Minister': the holder of an identifiable office", "holds an identifiable office"),
    ("'Kreise': a person or group with no name", "a person or group with no name"),
    ("pronoun 'sie' refers to an unnamed person", "‘sie’ refers to a person the article does not name."),
    ("'Forscher' speak for the article's body 'Universität Bonn'", "the organisation the article is about"),
    ("'Vertreter' speak for the body named with them: 'Verband' is an institution word ('verband')",
     "speak for the body named with them"),
    ("'Stellungnahme' of the source of the report just before: 'Armee' is an institution word ('armee')",
     "it is the source's of the report just before"),
])
def test_wording_explain_knows_the_engines_reasons(type_reason: str, expected: str) -> None:
    att = _with(make_attribution(TEXT, type="institutional", cue="sagte", content="es gebe Gespräche", speaker="Er"),
                type_reason=type_reason)
    text = explain(att)
    assert expected in text and "counts as" not in text and not TECHNICAL.search(text)


@pytest.mark.parametrize(("note", "expected"), [
    ("speaker taken from 'Nach Angaben' of sentence 6", "The speaker is that of the report ‘Nach Angaben’ in sentence 6."),
    ("'Ein Ingenieur' cannot speak ('Ingenieur' identifies no person or body)", "‘Ein Ingenieur’ was not taken as the speaker."),
    ("refers back to 'sagte' of sentence 3", "It refers back to the report ‘sagte’ in sentence 3."),
    ("speaker: sagte -nsubj-> Er", None),  # parser detail: left out
])
def test_wording_explain_notes(note: str, expected: str | None) -> None:
    att = _with(make_attribution(TEXT, cue="sagte", content="es gebe Gespräche", speaker="Er"),
                rule="indirect.parse", type_reason="no source is given", notes=(note,))
    text = explain(att)
    assert (expected in text) if expected else text == "Indirect speech, reported with ‘sagte’. No source is given."


def test_wording_explain_unknown_reason_gets_generic_sentence() -> None:
    att = _with(make_attribution(TEXT, type="institutional", cue="sagte", content="es gebe Gespräche"),
                type_reason="a reason the wording has no pattern for -nsubj-> x")
    assert explain(att).endswith("The source counts as institutional.")


def test_wording_sentence_label_counts_from_one() -> None:
    att = make_attribution(TEXT, cue="sagte", content="es gebe Gespräche", sentence=1)
    assert sentence_label(att) == "sentence 2"


def _report(named: int, anonymous: int, hearsay: int, author: str | None = "Anna Beispiel") -> ArticleReport:
    """A report on one sentence per attribution; all sources are "Ein Beamter" (one distinct source)."""
    types = ["named"] * named + ["anonymous"] * anonymous + ["unattributed"] * hearsay
    text = " ".join(f"Ein Beamter sagte{i}, es sei gut{i}." for i in range(len(types)))
    atts = [make_attribution(text, kind="reportative" if t == "unattributed" else "indirect", type=t, cue=f"sagte{i}",
                             content=f"es sei gut{i}", speaker=None if t == "unattributed" else "Ein Beamter", sentence=i)
            for i, t in enumerate(types)]
    return build_report(make_article(text, author=author, byline_kind="person" if author else None), fake_parse(text), atts)


def test_wording_score_details_pluralise_without_double_negatives() -> None:
    details = {c.id: c.detail for c in _report(0, 1, 0).score.components}
    assert details["identified"] == "40 × 0/1: 1 attribution, 0 of them from a named person or an identifiable body"
    assert details["anonymity"] == "20 × 0/1: 1 attribution, 1 of them anonymous with no reason given"
    assert details["reportative"] == "15 × 1/1: 1 attribution, 0 of them hearsay with no source"
    assert details["diversity"] == "5 × min(1 distinct source − 1, 3)"
    assert details["byline"] == "a person's byline: 10 points"
    many = {c.id: c.detail for c in _report(2, 0, 2).score.components}
    assert many["reportative"] == "15 × 2/4: 4 attributions, 2 of them hearsay with no source"
    assert many["identified"] == "40 × 2/4: 4 attributions, 2 of them from a named person or an identifiable body"
    for detail in (*details.values(), *many.values()):
        assert not re.search(r"\bnot\b.*\bwithout\b|\bnot\b.*\bno\b|\(\d+ are\)", detail)


def test_wording_flags_and_overview_pluralise() -> None:
    one = _report(0, 1, 1, author=None)
    messages = {f.id: f.message for f in one.flags}
    assert messages["anonymous_without_reason"] == "1 attribution to an anonymous source gives no reason for anonymity"
    assert messages["reportative_without_source"] == "1 claim is reported as hearsay with no source"
    assert messages["single_source"] == "all 2 attributions come from one source: Ein Beamter"
    assert messages["missing_byline"] == "the article has no byline"
    assert overview(one.summary) == "2 attributions from 1 distinct source; 2 of 2 sentences (100%) carry attributed content."
    two = _report(0, 2, 0)
    assert {f.id: f.message for f in two.flags}["anonymous_without_reason"] == \
        "2 attributions to anonymous sources give no reason for anonymity"
    single = _report(1, 0, 0)
    assert {f.id: f.message for f in single.flags}["single_source"] == "the only attribution comes from one source: Ein Beamter"
    assert overview(single.summary) == "1 attribution from 1 distinct source; 1 of 1 sentence (100%) carries attributed content."
    empty = build_report(make_article("Das Wetter war schön."), fake_parse("Das Wetter war schön."), [])
    assert overview(empty.summary) == "No attributions found in 1 sentence."


@pytest.mark.parametrize("path", sorted(p for p in (ROOT / "reports").glob("*") if p.suffix in (".txt", ".md", ".html")),
                         ids=lambda p: p.name)
def test_wording_committed_reports_are_plain(path: Path) -> None:
    """The reports people read carry no parser detail, and every attribution shows its sentence number."""
    text = path.read_text(encoding="utf-8")
    assert not TECHNICAL.search(text)
    if path.suffix == ".txt":
        numbered = re.findall(r"^\[\d+\] .* · sentence \d+$", text, re.M)
        assert numbered and len(numbered) == len(re.findall(r"^\[\d+\] ", text, re.M))
