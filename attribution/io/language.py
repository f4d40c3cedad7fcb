"""Tell an article's language cheaply: the share of its words that are common function words.

Each language with `attribution/lang/<code>/stopwords.toml` is a candidate; the one whose
stopwords make up the largest share of the text's words wins, provided that share is at least
`MIN_SHARE` (running news prose in German or English scores 0.3-0.5; other languages stay far
below). Short or foreign texts raise LanguageError instead of a guess.
"""
from __future__ import annotations

import functools
import re

from attribution.errors import LanguageError
from attribution.io.data import languages_with, load

__all__ = ["MIN_SHARE", "MIN_WORDS", "detect_language", "stopword_shares", "supported_languages"]

MIN_SHARE = 0.15
MIN_WORDS = 5
_WORD = re.compile(r"[^\W\d_]+")


def supported_languages() -> tuple[str, ...]:
    """Codes of the languages that can be detected."""
    return languages_with("stopwords")


@functools.cache
def _stopwords(lang: str) -> frozenset[str]:
    data = load(lang, "stopwords") or {}
    return frozenset(w.casefold() for w in data.get("words", "").split())


def stopword_shares(text: str) -> dict[str, float]:
    """For each supported language, the share of the text's words that are its stopwords."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words:
        return {lang: 0.0 for lang in supported_languages()}
    return {lang: sum(w in _stopwords(lang) for w in words) / len(words) for lang in supported_languages()}


def detect_language(text: str) -> str:
    """The code of the text's language.

    Raises:
        LanguageError: the text is too short to tell, or in none of the supported languages.
    """
    supported = ", ".join(supported_languages())
    if len(_WORD.findall(text)) < MIN_WORDS:
        raise LanguageError(f"too few words to tell the language; pass --lang ({supported})")
    shares = stopword_shares(text)
    best = max(shares, key=lambda lang: shares[lang])
    if shares[best] < MIN_SHARE:
        found = ", ".join(f"{lang} {share:.0%}" for lang, share in sorted(shares.items()))
        raise LanguageError(f"unknown language (common-word share {found}; supported: {supported}); pass --lang to force one")
    return best
