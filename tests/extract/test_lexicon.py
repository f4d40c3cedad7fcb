"""The German lexicon data files load completely (a TOML key placed after a table header would
silently land inside that table)."""
from __future__ import annotations

import dataclasses

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
