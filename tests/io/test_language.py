"""Telling German from English by the share of common function words."""
from __future__ import annotations

import pytest

from attribution.errors import LanguageError
from attribution.io.language import detect_language, stopword_shares, supported_languages


def test_language_supported_codes() -> None:
    assert set(supported_languages()) >= {"de", "en"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Der Minister sagte am Montag, dass die Regierung die Steuer nicht erhöhen werde.", "de"),
    ("Nach Angaben der Polizei wurden bei dem Unfall drei Menschen verletzt.", "de"),
    ("The minister said on Monday that the government would not raise the tax.", "en"),
    ("According to the police, three people were injured in the accident on the bridge.", "en"),
])
def test_language_detects(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", [
    "Le ministre a déclaré lundi que le gouvernement n'augmenterait pas la taxe sur les carburants.",
    "Il ministro ha dichiarato lunedì che il governo non aumenterà la tassa sui carburanti.",
    "Kiszámíthatatlan időjárás várható holnaptól egész hétvégén keresztül mindenütt.",
])
def test_language_rejects_unknown(text: str) -> None:
    with pytest.raises(LanguageError, match=r"unknown language.*supported: de, en"):
        detect_language(text)


def test_language_rejects_too_short() -> None:
    with pytest.raises(LanguageError, match="too few words"):
        detect_language("Hallo Welt")


def test_language_shares_are_fractions() -> None:
    shares = stopword_shares("Die Katze und der Hund")
    assert all(0.0 <= v <= 1.0 for v in shares.values())
    assert shares["de"] > shares["en"]
