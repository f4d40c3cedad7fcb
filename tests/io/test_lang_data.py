"""Every language data file loads, and the reader's patterns and word lists are usable."""
from __future__ import annotations

import re
import tomllib
from importlib import resources

import pytest

from attribution.io.boilerplate import _lexicon
from attribution.io.data import languages_with, load

LANG = resources.files("attribution.lang")
TOML_FILES = sorted(f"{d.name}/{f.name}" for d in LANG.iterdir() if d.is_dir() for f in d.iterdir()
                    if f.name.endswith(".toml"))


@pytest.mark.parametrize("name", TOML_FILES)
def test_lang_data_every_toml_file_parses(name: str) -> None:
    assert tomllib.loads(LANG.joinpath(name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", languages_with("boilerplate"))
def test_lang_data_boilerplate_patterns_compile(lang: str) -> None:
    lex = _lexicon(lang)
    assert lex is not None and lex.donation and lex.navigation and lex.dates
    for pattern in (*lex.byline, *lex.top_byline):
        assert "author" in pattern.groupindex
    for pattern in (*lex.credit_line, *lex.credit_inline):
        assert "credit" in pattern.groupindex
    assert all(1 <= month <= 12 for month in lex.months.values())


@pytest.mark.parametrize("lang", languages_with("stopwords"))
def test_lang_data_stopwords(lang: str) -> None:
    words = load(lang, "stopwords")["words"].split()
    assert len(words) >= 50
    assert all(re.fullmatch(r"[^\W\d_]+", w) for w in words)


def test_lang_data_missing_file_is_none() -> None:
    assert load("de", "no-such-file") is None
