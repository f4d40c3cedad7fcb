"""The German lexicon data files load completely (a TOML key placed after a table header would
silently land inside that table)."""
from __future__ import annotations

import dataclasses

import pytest

from attribution.extract.lexicon import load


def test_every_field_is_filled() -> None:
    lex = load("de")
    for field in dataclasses.fields(lex):
        if field.default is not dataclasses.MISSING:
            continue  # optional, language-specific fields (English hearsay passives) may stay empty
        value = getattr(lex, field.name)
        assert value, f"lexicon field {field.name!r} is empty"


def test_particle_verbs_and_compounds() -> None:
    lex = load("de")
    assert lex.is_cue_verb("mitteilen") and lex.is_cue_verb("sagen")
    assert lex.anonymous_noun("Regierungsvertreter") == "vertreter"
    assert lex.institution_noun("Regierungssprecher") == "sprecher"
    assert lex.role_noun("US-Präsident") == "präsident"
    assert lex.anonymous_noun("Vertrag") is None


def test_a_plural_the_lemmatiser_left_alone_matches_its_singular() -> None:
    lex = load("de")
    assert lex.anonymous_noun("Augenzeugen") == "augenzeuge"
    assert lex.anonymous_noun("Aktivistinnen") == "aktivistin"
    assert lex.institution_noun("Parteien") is not None
    assert lex.anonymous_noun("Ofen") is None


@pytest.mark.parametrize("word,first,gender", [
    ("Hendrik", True, "masc"), ("Jürgen", True, "masc"), ("Saskia", True, "fem"),
    ("Paris", False, None),  # a place the gazetteer knows, though women bear the name
    ("Bundestag", False, None),
])
def test_world_first_names_are_folded_and_give_a_gender(word: str, first: bool, gender: str | None) -> None:
    lex = load("de")
    assert (word in lex.first_names) is first
    assert lex.name_gender(word) == gender


@pytest.mark.parametrize("word,first", [
    ("Frank-Jürgen", True), ("Marie-Luise", True), ("Hans-Peter", True),
    ("Müller-Lüdenscheidt", False), ("Baden-Baden", False), ("Frank-", False),
])
def test_hyphenated_first_names_are_first_names_when_each_part_is(word: str, first: bool) -> None:
    assert (word in load("de").first_names) is first
