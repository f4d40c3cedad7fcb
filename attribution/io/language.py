"""Tell an article's language cheaply: the share of its words that are common function words.

Each language with `attribution/lang/<code>/stopwords.toml` is a candidate; the one whose
stopwords make up the largest share of the text's words wins, provided that share is at least
`MIN_SHARE` (running news prose in German or English scores 0.3-0.5; other languages stay far
below). Short or foreign texts raise LanguageError instead of a guess.

`detect` is the per-article detector for `--lang auto` that never raises: it weighs only the
stopwords that belong to one candidate language (*die*, *an*, *in*, *will* are in both lists and
tell nothing), says how sure it is, names mixed texts, calls other languages "unknown", and falls
back to German (`FALLBACK`) with a note when a text is too short to tell.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from attribution.errors import LanguageError
from attribution.io.data import languages_with, load

__all__ = ["FALLBACK", "MIN_SHARE", "MIN_WORDS", "Detection", "detect", "detect_language", "stopword_shares",
           "supported_languages"]

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


FALLBACK = "de"  # the language assumed when a text is too short to tell
MIN_EVIDENCE = 3  # stopwords of one language only needed to tell at all
FULL_EVIDENCE = 12  # ... and for full confidence
UNKNOWN_BELOW = 0.1  # a text of 10+ words with fewer common words of every candidate is another language
MIXED_BELOW = 0.75  # the winner's share of the telling stopwords under which a text is called mixed


class Detection(tuple):  # noqa: SLOT001 - a 2-tuple (lang, confidence) that also carries a note
    """`(lang, confidence)`: a language code or "unknown", and a confidence from 0 to 1.

    Unpacks as a pair; `.note` says why the confidence is low (too short, mixed, unknown), else None.
    """

    note: str | None

    def __new__(cls, lang: str, confidence: float, note: str | None = None) -> Detection:
        self = super().__new__(cls, (lang, round(confidence, 3)))
        self.note = note
        return self

    @property
    def lang(self) -> str:
        return self[0]

    @property
    def confidence(self) -> float:
        return self[1]


@functools.cache
def _exclusive(lang: str) -> frozenset[str]:
    """A language's stopwords that are in no other candidate's list."""
    others = set().union(*(_stopwords(o) for o in supported_languages() if o != lang))
    return _stopwords(lang) - others


def detect(text: str) -> Detection:
    """The text's language with a confidence; never raises.

    * too short to tell (fewer than MIN_WORDS words or MIN_EVIDENCE telling stopwords, but not
      clearly another language): FALLBACK ("de") with a note;
    * no candidate's stopwords make up MIN_SHARE of the words: "unknown";
    * otherwise the language with most stopwords of its own; confidence is its share of the
      telling stopwords, scaled down for little evidence; a note names mixed texts.
    """
    words = [w.casefold() for w in _WORD.findall(text)]
    langs = supported_languages()
    counts = Counter({lang: sum(w in _exclusive(lang) for w in words) for lang in langs})
    evidence = sum(counts.values())
    shares = stopword_shares(text)
    if len(words) < MIN_WORDS or evidence < MIN_EVIDENCE:
        if len(words) >= 2 * MIN_WORDS and max(shares.values(), default=0.0) < UNKNOWN_BELOW:
            return Detection("unknown", 0.0, f"unknown language (few common words of a supported language in {len(words)} words)")
        return Detection(FALLBACK, 0.0, f"too short to tell the language ({len(words)} words, {evidence} telling); "
                                        f"assumed {FALLBACK}")
    if max(shares.values()) < MIN_SHARE:
        found = ", ".join(f"{lang} {share:.0%}" for lang, share in sorted(shares.items()))
        return Detection("unknown", 0.0, f"unknown language (common-word share {found})")
    (best, top), *rest = counts.most_common() + [("", 0)]
    margin = top / evidence
    confidence = margin * min(1.0, evidence / FULL_EVIDENCE)
    note = None
    if margin < MIXED_BELOW:
        mix = ", ".join(f"{lang} {n / evidence:.0%}" for lang, n in counts.most_common() if n)
        note = f"mixed languages ({mix} of the telling common words); taken as {best}"
    elif evidence < FULL_EVIDENCE:
        note = f"short text: {evidence} telling common words"
    return Detection(best, confidence, note)
