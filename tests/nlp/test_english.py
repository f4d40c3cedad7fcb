"""English parsing: spaCy en_core_web_sm -> ParsedDoc in UD v2 with exact offsets."""
from __future__ import annotations

import pytest

from attribution.nlp.english import installed_model
from attribution.nlp.models import resolve
from attribution.nlp.parse import get_parser, parse_text, pipeline_id

pytestmark = pytest.mark.skipif(installed_model() is None, reason="spaCy's English model is not installed")

TEXT = ("\ufeffLONDON \u2014 \u201cWe will not back down,\u201d the minister said on Tuesday.\r\n"
        "According to police, the suspect was arrested by officers. Jane Smith is a doctor.\n\n"
        "Heading without a full stop\n\nShe told Reuters the deal was done.")


@pytest.fixture(scope="module")
def doc():
    return parse_text(TEXT, lang="en")


def test_english_resolves_to_spacy_with_named_model() -> None:
    spec = resolve("en")
    assert spec.kind == "spacy"
    assert spec.id.startswith("spacy-en_core_web_sm-3.8.0")
    assert pipeline_id("en") == spec.id


def test_english_offsets_are_exact(doc) -> None:
    assert doc.lang == "en" and doc.model.startswith("spacy-en_core_web_sm-")
    for t in doc.tokens:
        assert TEXT[t.start:t.end] == t.text
        assert not t.text.isspace()
    ids = [t.i for t in doc.tokens]
    assert ids == list(range(len(ids)))


def test_english_blank_line_ends_sentence(doc) -> None:
    firsts = [s.tokens[0].text for s in doc.sentences]
    assert "Heading" in firsts and "She" in firsts


def test_english_tree_is_ud(doc) -> None:
    for s in doc.sentences:
        assert sum(t.head == 0 for t in s.tokens) == 1
        assert all(0 <= t.head <= len(s.tokens) and t.head != t.id for t in s.tokens)
    tok = {t.text: t for t in doc.tokens}
    said = tok["said"]
    assert said.lemma == "say" and said.upos == "VERB" and said.xpos == "VBD"
    assert said.feat("VerbForm") == "Fin" and said.feat("Mood") == "Ind" and said.feat("Tense") == "Past"
    sent = doc.sentences[said.sent]
    assert sent.head_of(tok["minister"]) is said and tok["minister"].deprel == "nsubj"
    assert tok["back"].deprel == "ccomp" and sent.head_of(tok["back"]) is said
    assert tok["suspect"].deprel == "nsubj:pass" and tok["officers"].deprel == "obl:agent"
    assert tok["by"].deprel == "case" and tok["police"].deprel == "obl"
    assert tok["According"].deprel == "case" and tok["According"].feat("ExtPos") == "ADP"
    assert tok["is"].deprel == "cop" and tok["doctor"].deprel == "root"
    assert tok["Smith"].deprel == "flat" and tok["Jane"].deprel == "nsubj"
    assert tok["told"].lemma == "tell" and tok["Reuters"].deprel == "obj" and tok["done"].deprel == "ccomp"


def test_english_entities(doc) -> None:
    found = {TEXT[a:b]: label for a, b, label in doc.entities}
    assert found.get("Jane Smith") == "PER"
    assert set(found.values()) <= {"PER", "ORG", "LOC", "OTH"}


def test_english_given_tokens_are_kept() -> None:
    text = "He said it was over.  Then he left."
    spans = [[(0, 2), (3, 7), (8, 10), (11, 14), (15, 19), (19, 20)], [(22, 26), (27, 29), (30, 34), (34, 35)]]
    doc = get_parser("en").parse_tokens(text, spans)
    assert [[(t.start, t.end) for t in s.tokens] for s in doc.sentences] == spans
    assert doc.sentences[0].tokens[1].deprel == "root"  # "said"
    assert sum(t.head == 0 for t in doc.sentences[1].tokens) == 1


def test_english_soft_hyphen_and_empty() -> None:
    text = "The govern\u00adment said so."
    doc = parse_text(text, lang="en")
    assert [t.text for t in doc.tokens][1] == "govern\u00adment"
    assert doc.tokens[1].lemma == "government"
    assert parse_text("  \n ", lang="en").sentences == ()
