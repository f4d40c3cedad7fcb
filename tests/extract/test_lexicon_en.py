"""The English lexicon data (attribution/lang/en/) loads and has what the engine looks up."""
from __future__ import annotations

import tomllib
from importlib import resources

from attribution.extract.lexicon import load


def test_english_lexicon_loads() -> None:
    lex = load("en")
    assert lex.lang == "en"
    assert {"say", "tell", "add", "state", "claim", "announce", "warn", "insist", "argue", "note", "explain",
            "deny", "confirm"} <= lex.speech
    assert {"think", "believe", "fear"} <= lex.thought
    assert "according to" in lex.prepositions
    assert {"reportedly", "allegedly"} <= lex.reportative_adverbs
    assert lex.pronouns["he"] == "masc" and lex.pronouns["she"] == "fem" and lex.pronouns["they"] == "plural"
    assert lex.anonymous_noun("official") == "official" and lex.anonymous_noun("insiders") == "insiders"
    assert lex.institution_noun("ministry") == "ministry" and lex.institution_noun("police") == "police"
    assert lex.spokesperson_noun("spokeswoman") == "spokeswoman"
    assert lex.office_noun("president") == "president"
    assert any(r == ("condition", "anonymity") for r in lex.anonymity_reasons)
    assert any(r[:3] == ("not", "authorize", "speak") for r in lex.anonymity_reasons)


def test_english_lexicon_mirrors_german_keys() -> None:
    def keys(lang: str, name: str) -> set[str]:
        data = tomllib.loads(resources.files(f"attribution.lang.{lang}").joinpath(name).read_text(encoding="utf-8"))
        return set(data) | {f"reportative.{k}" for k in data.get("reportative", {})}

    for name in ("cues.toml", "markers.toml", "sources.toml"):
        assert keys("de", name) <= keys("en", name), name
