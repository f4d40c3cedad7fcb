"""German part-of-speech tags, lemmas and a few morphological features from HanTa.

HanTa (trained on the TIGER news treebank) tags German far better than a stanza tagger trained
on the small UD data available offline (UPOS 94 vs 88 in the project's measurements, see
attribution/models/de/MANIFEST.md), so the shipped German pipeline takes its tags from here and
feeds them to a stanza parser trained on the same tag source. `Mood=Sub` comes from a verb
lexicon, because the tagger predicts no features; `Tense=Pres|Mood=Sub` is Konjunktiv I,
`Tense=Past|Mood=Sub` Konjunktiv II.
"""
from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from importlib import resources

_TAG_CLEAN = re.compile(r"^([A-Z]+)\(([A-Z]+)\)$")
#: Tables of stts.toml that give a UD feature by tag alone (e.g. `PRF` -> `Reflex=Yes`).
TAG_FEATURES = {"pron_type": "PronType", "reflex": "Reflex", "poss": "Poss", "part_type": "PartType"}


@dataclass(frozen=True)
class Tag:
    """One word's tags: UPOS, STTS xpos, lemma and UD feature string (`_` when none)."""

    upos: str
    xpos: str
    lemma: str
    feats: str


@functools.cache
def _stts_table() -> dict[str, dict[str, str]]:
    text = resources.files("attribution.lang.de").joinpath("stts.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@functools.cache
def subjunctive_forms() -> dict[str, tuple[str, frozenset[str]]]:
    """Lower-cased finite verb forms that are Konjunktiv -> ("1" (I) or "2" (II), the verbs whose
    indicative the form is too: with one of those as its lemma the form is indicative)."""
    text = resources.files("attribution.lang.de").joinpath("subjunctive_forms.txt").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {row[0]: (row[1], frozenset(row[2].split(",")) if len(row) > 2 else frozenset()) for row in rows}


def listed_konjunktiv(word: str, lemma: str) -> str | None:
    """The Konjunktiv kind of a listed form, unless the lemma makes it indicative ("führen" of "führen")."""
    kind, indicative_of = subjunctive_forms().get(word.lower(), (None, frozenset()))
    return None if lemma.lower() in indicative_of else kind


@functools.cache
def _hanta():  # type: ignore[no-untyped-def]
    from HanTa import HanoverTagger as ht

    return ht.HanoverTagger("morphmodel_ger.pgz")


def normalise_stts(tag: str) -> str:
    """HanTa writes some tags with parentheses (`VV(FIN)`, `ADJ(D)`); STTS has none."""
    tag = _TAG_CLEAN.sub(r"\1\2", tag)
    return "PAV" if tag == "PROAV" else tag


def punctuation_tag(word: str) -> str | None:
    """STTS tag of a token made only of punctuation (HanTa tags typographic quotes as XY/FM)."""
    if not word or not all(unicodedata.category(c).startswith("P") or unicodedata.category(c) == "Sm" for c in word):
        return None
    if word in {".", "!", "?", "...", "…", ";", ":"}:
        return "$."
    return "$," if word == "," else "$("


def regular_konjunktiv_i(word: str, lemma: str, xpos: str) -> bool:
    """A full verb's 3rd-person singular Konjunktiv I built by rule where the form list lacks the
    verb: the infinitive's stem plus -e ("bedingen" -> "bedinge", "ändern" -> "ändere"). The same
    form is the 1st-person indicative, which reported news text hardly uses outside quotations."""
    low, inf = word.lower(), lemma.lower()
    if xpos != "VVFIN" or len(inf) < 5 or not low.endswith("e"):
        return False
    stem = inf[:-1] if inf.endswith(("ern", "eln")) else inf[:-2] if inf.endswith("en") else None
    return stem is not None and low == stem + "e"


UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})


def umlaut_konjunktiv_ii(word: str, lemma: str, xpos: str) -> bool:
    """A weak verb's Konjunktiv II with an umlaut, which the form list lacks ("brauchen" ->
    "bräuchte", "bräuchten"): the past tense with its stem vowel umlauted."""
    low, inf = word.lower(), lemma.lower()
    plain = low.translate(UMLAUTS)
    if not xpos.startswith("V") or plain == low or not inf.endswith("en") or len(inf) < 5:
        return False
    return plain in {inf[:-2] + ending for ending in ("te", "ten", "test", "tet")}


def features(word: str, xpos: str, lemma: str = "") -> str:
    """UD features implied by the STTS tag (VerbForm and the TAG_FEATURES tables), plus Mood for
    finite verbs from the lexicon (or, for a verb it lacks, the regular Konjunktiv I or umlauted II)."""
    table = _stts_table()
    feats: dict[str, str] = {}
    verbform = table["verbform"].get(xpos)
    if verbform:
        feats["VerbForm"] = verbform
        if verbform == "Fin" and not xpos.endswith("IMP"):
            kind = listed_konjunktiv(word, lemma) or ("1" if regular_konjunktiv_i(word, lemma, xpos) else None) \
                or ("2" if umlaut_konjunktiv_ii(word, lemma, xpos) else None)
            feats["Mood"] = "Sub" if kind else "Ind"
            if kind:  # UD German marks Konjunktiv I as present, II as past subjunctive
                feats["Tense"] = "Pres" if kind == "1" else "Past"
        elif xpos.endswith("IMP"):
            feats["Mood"] = "Imp"
    for name, feature in TAG_FEATURES.items():
        value = table[name].get(xpos)
        if value:
            feats[feature] = value
    return "|".join(f"{k}={v}" for k, v in sorted(feats.items())) or "_"


def tag_sentence(words: list[str]) -> list[Tag]:
    """Tag one sentence of word strings."""
    if not words:
        return []
    upos_table = _stts_table()["upos"]
    out = []
    for word, (_, lemma, raw) in zip(words, _hanta().tag_sent(words, taglevel=1)):
        xpos = punctuation_tag(word) or normalise_stts(raw)
        upos = upos_table.get(xpos, "X")
        if upos == "PUNCT":
            lemma = word
        out.append(Tag(upos=upos, xpos=xpos, lemma=lemma or word, feats=features(word, xpos, lemma or word)))
    return out
