"""`detect`: German or English per article, with a confidence and a note, never an error."""
from __future__ import annotations

import pytest

from attribution.io.language import FALLBACK, Detection, detect

GERMAN = ("Die Stadt hat am Montag die Sperrung der Brücke angekündigt. Nach Angaben der Verwaltung "
          "soll die Sanierung bis zum Herbst dauern, weil die Schäden größer sind als erwartet. "
          "Der Bürgermeister sagte, man werde den Verkehr über die Umleitung führen.")
ENGLISH = ("The city announced on Monday that the bridge will be closed. According to the administration, "
           "the repairs are expected to last until the autumn because the damage is worse than expected. "
           "The mayor said traffic would be diverted through the town centre.")


@pytest.mark.parametrize(("text", "lang"), [(GERMAN, "de"), (ENGLISH, "en")])
def test_detect_news_paragraphs(text: str, lang: str) -> None:
    found, confidence = detect(text)
    assert found == lang
    assert confidence >= 0.8
    assert detect(text).note is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Der Minister sagte, er werde nicht zurücktreten.", "de"),
    ("The minister said he would not resign from the post.", "en"),
])
def test_detect_single_sentences(text: str, lang: str) -> None:
    d = detect(text)
    assert d.lang == lang and 0 < d.confidence < 1


def test_detect_german_article_with_english_quote() -> None:
    text = GERMAN + ' Der Sprecher sagte auf Englisch: "We are doing all we can."'
    d = detect(text)
    assert d.lang == "de"


def test_detect_mixed_is_noted() -> None:
    d = detect("Die Regierung und the government haben gesagt, that they would not and dass sie nicht wird.")
    assert d.note and "mixed" in d.note
    assert d.confidence < 0.8


@pytest.mark.parametrize("text", ["", "Hallo Welt", "Berlin, 12. Mai", "Reuters", "Merkel Obama Putin"])
def test_detect_too_short_falls_back_to_german(text: str) -> None:
    d = detect(text)
    assert isinstance(d, Detection) and isinstance(d, tuple) and len(d) == 2
    assert d == (FALLBACK, 0.0)
    assert d.note and "too short" in d.note


@pytest.mark.parametrize("text", [
    "Le ministre a déclaré lundi que le gouvernement n'augmenterait pas la taxe sur les carburants.",
    "Il ministro ha dichiarato lunedì che il governo non aumenterà la tassa sui carburanti.",
])
def test_detect_other_languages_unknown(text: str) -> None:
    d = detect(text)
    assert d.lang == "unknown" and d.confidence == 0.0 and d.note
