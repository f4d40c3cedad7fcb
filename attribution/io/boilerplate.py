"""Site boilerplate and article metadata found in an article's plain text.

Pages saved as text carry the site's furniture along with the article: donation appeals,
navigation and teaser lines, newsletter prompts, the headline repeated, bylines ("Autor:
Redaktion"; near the top also "Von Anna Beispiel und Bernd Muster, NDR"), date lines and image
credits ("Bild Quelle: GPO", "(Foto: Avshalom Sassoni/Flash90)"), and the dateline that opens
wire copy ("BERLIN (dpa) –", "MARLOW, Oct. 4 (Reuters) —").
`detect` finds them line by line with the patterns in `attribution/lang/<lang>/boilerplate.toml`,
returns them as exclusions (spans that analysis skips and the report lists) and reads the
metadata they carry. Structural rules need no words: the first short line without a final full
stop is the title and its later copies are excluded; a short first line that recurs as a whole
line is the site's name. Exclusions are spans of the text as read: nothing is removed, so every
offset stays valid.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from attribution.io.data import load

__all__ = ["REASONS", "Boilerplate", "BylineKind", "Exclusion", "byline_kind", "detect"]

BylineKind = Literal["person", "collective", "missing"]

# Why a span was excluded, with the wording reports use.
REASONS: dict[str, str] = {
    "donation": "donation or paywall appeal",
    "navigation": "site navigation",
    "newsletter": "newsletter or follow prompt",
    "byline": "byline",
    "outlet_note": "note about the outlet's staff",
    "image_credit": "image credit",
    "date": "date line",
    "dateline": "dateline",
    "site_name": "site name",
    "repeated_title": "repeated title",
    "other": "excluded by the reader",
}

_NAV_MAX_WORDS = 12  # navigation lines are short; a long line that starts like one is prose
_SITE_NAME_MAX_WORDS = 4
_TITLE_MAX_WORDS = 30
_SENTENCE_END = ".;,"  # a title does not end like a sentence or a clause
_DOMAIN = re.compile(r"\b[A-Za-z0-9][A-Za-z0-9-]*\.[a-z]{2,6}\b")
_ISO_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
_SPACES = re.compile(r"\s+")
_TRIM = " \t\r\n\ufeff\u00a0"


@dataclass(frozen=True)
class Exclusion:
    """A half-open character span `[start, end)` of boilerplate and the id of the reason (a key of REASONS)."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class Boilerplate:
    """What `detect` found: exclusions in text order and the metadata they carry (None when not found)."""

    exclusions: tuple[Exclusion, ...]
    title: str | None
    author: str | None
    byline_kind: BylineKind
    date: str | None  # ISO 8601 (YYYY-MM-DD)
    image_credits: tuple[str, ...]
    outlet: str | None


@dataclass(frozen=True)
class _Line:
    start: int  # offsets of the line with surrounding whitespace trimmed
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def key(self) -> str:
        return _SPACES.sub(" ", self.text).casefold()


@dataclass(frozen=True)
class _Lexicon:
    donation: tuple[re.Pattern[str], ...]
    navigation: tuple[re.Pattern[str], ...]
    newsletter: tuple[re.Pattern[str], ...]
    byline: tuple[re.Pattern[str], ...]
    top_byline: tuple[re.Pattern[str], ...]  # bylines only near the top: names after "Von", agencies
    top_lines: int  # how many non-blank lines count as the top
    collective: re.Pattern[str] | None
    byline_parts: re.Pattern[str]  # what separates the names of a byline: commas, slashes, conjunctions
    outlet_note: tuple[re.Pattern[str], ...]
    credit_line: tuple[re.Pattern[str], ...]
    credit_inline: tuple[re.Pattern[str], ...]
    dates: tuple[re.Pattern[str], ...]
    times: tuple[re.Pattern[str], ...]  # a labelled time without a date: "Updated 10:15 a.m. ET"
    months: dict[str, int]
    datelines: tuple[re.Pattern[str], ...]  # matched at the start of a line of article text
    dateline_lines: int  # how many lines of article text (after the title) may open with a dateline


def _compile(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _date_patterns(data: dict[str, Any]) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """Whole-line date patterns built from the language's month, weekday, prefix and time words,
    and patterns of a time alone after a prefix ("Updated 10:15 a.m. ET").

    A date is day-month-year ("4. März 2026", "4th March 2026"), month-day-year ("March 4, 2026"),
    numeric ("04.03.2026") or ISO; a time ("10:15 Uhr", "10:15 a.m. ET") may follow it, after a
    comma or a joiner word ("at", "|"), or precede it ("2:34 PM EST, March 4, 2026").
    """
    prefix = rf"(?:(?:{_alternation(data['prefixes'])})\s*:?\s*)" if data.get("prefixes") else ""
    weekday = rf"(?:(?:{_alternation(data['weekdays'])})\.?,?\s+)?" if data.get("weekdays") else ""
    suffix = rf"(?:\s*(?:{_alternation(data['time_suffix'])})){{0,2}}" if data.get("time_suffix") else ""
    joiner = rf"(?:,|\s+(?:{_alternation(data['time_joiners'])}))?" if data.get("time_joiners") else ",?"
    clock = rf"\d{{1,2}}[:.]\d{{2}}{suffix}"
    time = rf"(?:{joiner}\s+{clock})?"
    time_first = rf"(?:{clock}{joiner}\s+)?"
    ordinal = rf"(?:{_alternation(data['ordinals'])})?" if data.get("ordinals") else ""
    months = _alternation(list(data["months"]))
    named = rf"(?P<day>\d{{1,2}}){ordinal}\.?\s+(?P<month>{months})\.?,?\s+(?P<year>\d{{4}})"
    month_first = rf"(?P<month>{months})\.?\s+(?P<day>\d{{1,2}}){ordinal},?\s+(?P<year>\d{{4}})"
    numeric = r"(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4})"
    dates = tuple(re.compile(f"{prefix and prefix + '?'}{time_first}{weekday}{body}{time}", re.IGNORECASE)
                  for body in (named, month_first, numeric, _ISO_DATE.pattern))
    times = (re.compile(f"{prefix}{weekday}{clock}", re.IGNORECASE),) if prefix else ()
    return dates, times


def _dateline_patterns(data: dict[str, Any], months: list[str]) -> tuple[re.Pattern[str], ...]:
    """Dateline patterns (verbose regular expressions) with `{months}` and `{agencies}` filled in."""
    agencies = _alternation(data.get("agencies", [])) or "(?!)"
    return tuple(re.compile(p.replace("{months}", _alternation(months)).replace("{agencies}", agencies),
                            re.IGNORECASE | re.VERBOSE)
                 for p in data.get("patterns", []))


def _separators(conjunctions: list[str]) -> str:
    """Between the names of a byline: a comma, slash or semicolon, or a conjunction ("und")."""
    joined = rf"|\s+(?:{_alternation(conjunctions)})\s+" if conjunctions else ""
    return rf"(?:\s*[,;/]\s*{joined})"


def _top_bylines(top: dict[str, Any], collective: list[str]) -> tuple[re.Pattern[str], ...]:
    """Whole-line byline patterns for the top of an article, built from the language's words.

    "Von Anna Beispiel, Bernd Muster und Carla Probe, NDR": a lead, names (two to four
    capitalised words, particles such as "von der" between them) or collective words, joined by
    commas or conjunctions, and an optional affiliation after a comma or in parentheses; or
    collective words alone ("dpa/AFP").
    """
    if not top:
        return ()
    word = r"(?-i:[A-ZÄÖÜ][\w'’-]*\.?)"  # "Anna", "M.", "Müller-Lüdenscheidt"
    if top.get("not_names"):  # capitalised words that never stand in a name: "By Monday Night", "By The Numbers"
        word = rf"(?!(?:{_alternation(top['not_names'])})(?![\w'’.-])){word}"
    # particles are lower case, name words capitalised: no word can be read both ways
    particles = rf"(?:(?-i:{_alternation(top['particles'])})\s+)*" if top.get("particles") else ""
    person = rf"{word}(?:\s+{particles}{word}){{1,3}}"
    sep = _separators(top.get("conjunctions", []))
    agency = rf"(?:{_alternation(collective)})(?:\s+{word}){{0,2}}" if collective else None
    # atomic: a name once read is not read again another way, so a line that is no byline fails fast
    item = rf"(?>{person}|{agency})" if agency else rf"(?>{person})"
    # "NDR", "Bayerischer Rundfunk", "tagesschau.de", "dpa": after a comma or in parentheses
    body = rf"(?:{word}(?:\s+{word}){{0,2}}|[\w-]+\.[a-z]{{2,6}}" + (f"|{agency})" if agency else ")")
    affiliation = rf"(?:\s*,\s*{body}|\s*\(\s*{body}\s*\))?"
    # "By Maria Keane in London": a place after a word such as "in"
    place = rf"(?:\s+(?:{_alternation(top['place_words'])})\s+{word}(?:\s+{word}){{0,2}})?" \
        if top.get("place_words") else ""
    leads = rf"(?:{_alternation(top['leads'])})\s*:?\s*"
    patterns = [rf"{leads}(?P<author>{item}(?:{sep}{item})*{place}{affiliation})"]
    if agency:
        patterns.append(rf"(?P<author>{agency}(?:{sep}{agency})*)")
    return _compile(patterns)


@functools.cache
def _lexicon(lang: str) -> _Lexicon | None:
    data = load(lang, "boilerplate")
    if data is None:
        return None
    collective = data["byline"].get("collective", [])
    top = data["byline"].get("top", {})
    dates, times = _date_patterns(data["date"])
    dateline = data.get("dateline", {})
    return _Lexicon(
        donation=_compile(data["donation"]["patterns"]),
        navigation=_compile(data["navigation"]["patterns"]),
        newsletter=_compile(data["newsletter"]["patterns"]),
        byline=_compile(data["byline"]["patterns"]),
        top_byline=_top_bylines(top, collective),
        top_lines=top.get("lines", 0),
        collective=re.compile(rf"(?<!\w)(?:{_alternation(collective)})(?!\w)", re.IGNORECASE) if collective else None,
        byline_parts=re.compile(rf"{_separators(top.get('conjunctions', []))}|[()]", re.IGNORECASE),
        outlet_note=_compile(data["outlet_note"]["patterns"]),
        credit_line=_compile(data["image_credit"]["line_patterns"]),
        credit_inline=_compile(data["image_credit"]["inline_patterns"]),
        dates=dates,
        times=times,
        months={k.casefold(): v for k, v in data["date"]["months"].items()},
        datelines=_dateline_patterns(dateline, list(data["date"]["months"])),
        dateline_lines=dateline.get("lines", 0),
    )


def _lines(text: str) -> Iterator[_Line]:
    """Non-blank lines with offsets of their trimmed content."""
    offset = 0
    for raw in text.split("\n"):
        lead = len(raw) - len(raw.lstrip(_TRIM))
        content = raw.strip(_TRIM)
        if content:
            yield _Line(offset + lead, offset + lead + len(content), content)
        offset += len(raw) + 1


def _iso_date(match: re.Match[str], months: dict[str, int]) -> str | None:
    month = match["month"]
    number = int(month) if month.isdigit() else months.get(month.casefold().rstrip("."))
    try:
        return dt.date(int(match["year"]), number or 0, int(match["day"])).isoformat()
    except ValueError:
        return None


def _clean(value: str) -> str:
    return _SPACES.sub(" ", value).strip(" \t.,;:")


class _Finder:
    """One pass over an article's lines, collecting exclusions and metadata."""

    def __init__(self, text: str, lex: _Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.excluded: list[Exclusion] = []
        self.author: str | None = None
        self.date: str | None = None
        self.credits: list[str] = []
        self.note_outlet: str | None = None
        self.agency: str | None = None  # the agency of a dateline: "(Reuters)"

    def exclude(self, start: int, end: int, reason: str) -> None:
        self.excluded.append(Exclusion(start, end, self.text[start:end], reason))

    def classify(self, line: _Line, top: bool) -> str | None:
        """The reason to exclude a whole line, recording the metadata it carries; None for article text.
        `top`: the line is among the first lines, where bylines without a label ("Von …") stand."""
        lex, text = self.lex, line.text
        if any(p.search(text) for p in lex.donation):
            return "donation"
        if any(p.search(text) for p in lex.newsletter):
            return "newsletter"
        if line.words <= _NAV_MAX_WORDS and any(p.fullmatch(text) for p in lex.navigation):
            return "navigation"
        for pattern in (*lex.byline, *(lex.top_byline if top else ())):
            if m := pattern.fullmatch(text):  # an empty author group names nobody ("Editing by …")
                self.author = self.author or _clean(m["author"] or "") or None
                return "byline"
        for pattern in lex.outlet_note:
            if m := pattern.fullmatch(text):
                self.note_outlet = self.note_outlet or _clean(m["outlet"])
                return "outlet_note"
        for pattern in lex.credit_line:
            if m := pattern.fullmatch(text):
                self.credits.append(_clean(m["credit"]))
                return "image_credit"
        for pattern in lex.dates:
            if (m := pattern.fullmatch(text)) and (iso := _iso_date(m, lex.months)):
                self.date = self.date or iso
                return "date"
        if any(p.fullmatch(text) for p in lex.times):
            return "date"
        return None

    def dateline(self, line: _Line) -> bool:
        """Exclude a dateline that opens a line of article text ("MARLOW, Oct. 4 (Reuters) —"),
        only the dateline: the sentence after it is analysed, its offsets unchanged."""
        for pattern in self.lex.datelines:
            if (m := pattern.match(line.text)) and m.end() > m.start():
                self.agency = _clean(m.groupdict().get("outlet") or "") or None
                self.exclude(line.start + m.start(), line.start + m.end(), "dateline")
                return True
        return False

    def inline_credits(self, line: _Line) -> None:
        """Exclude credits inside a line of article text: "... ab. (Foto: Avshalom Sassoni/Flash90)"."""
        for pattern in self.lex.credit_inline:
            for m in pattern.finditer(line.text):
                self.credits.append(_clean(m["credit"]))
                self.exclude(line.start + m.start(), line.start + m.end(), "image_credit")


def _site_name(lines: list[_Line], free: list[_Line]) -> str | None:
    """The first free line when it is short, does not end like a sentence and recurs as a whole line."""
    if not free:
        return None
    first = free[0]
    recurs = sum(1 for line in lines if line.key == first.key) > 1
    if recurs and first.words <= _SITE_NAME_MAX_WORDS and first.text[-1] not in _SENTENCE_END:
        return first.text
    return None


def _title(free: list[_Line]) -> _Line | None:
    if not free:
        return None
    first = free[0]
    if 2 <= first.words <= _TITLE_MAX_WORDS and first.text[-1] not in _SENTENCE_END:
        return first
    return None


def byline_kind(author: str | None, lang: str) -> BylineKind:
    """Whether a byline names a person, is collective ("Redaktion", "dpa") or is missing.

    A byline with a collective word is collective unless one of its parts (between commas,
    slashes, conjunctions, parentheses) names a person: two or more words, none collective.
    "Anna Beispiel (dpa)" and "Anna Beispiel, Redaktion Politik" are a person's; "dpa/AFP" and
    "Redaktion Politik" are collective; "NDR" alone, an affiliation, names no person.
    """
    if not author:
        return "missing"
    lex = _lexicon(lang)
    if lex is None or lex.collective is None or not lex.collective.search(author):
        return "person"
    parts = [p.split() for p in lex.byline_parts.split(author) if p and p.strip()]
    if any(len(words) >= 2 and not lex.collective.search(" ".join(words)) for words in parts):
        return "person"
    return "collective"


def detect(text: str, lang: str) -> Boilerplate:
    """Find boilerplate and metadata in an article's text.

    Args:
        text: the article as read; exclusion offsets point into it.
        lang: language code; a language without `boilerplate.toml` gets no exclusions.

    Returns:
        The exclusions (non-overlapping, in text order) and the metadata found.
    """
    lex = _lexicon(lang)
    if lex is None:
        return Boilerplate((), None, None, "missing", None, (), None)
    finder = _Finder(text, lex)
    lines = list(_lines(text))
    free: list[_Line] = []
    reasons: dict[str, str] = {}  # line key -> reason, to exclude later copies of a boilerplate line
    for index, line in enumerate(lines):
        reason = finder.classify(line, index < lex.top_lines) or reasons.get(line.key)
        if reason:
            reasons.setdefault(line.key, reason)
            finder.exclude(line.start, line.end, reason)
        else:
            free.append(line)
    # Structural rules on the remaining lines: site name first, then the title and its copies.
    site = _site_name(lines, free)
    if site is not None:
        for line in [x for x in free if x.key == free[0].key]:
            finder.exclude(line.start, line.end, "site_name")
        free = [x for x in free if x.key != _SPACES.sub(" ", site).casefold()]
    title = _title(free)
    if title is not None:
        for line in [x for x in free[1:] if x.key == title.key]:
            finder.exclude(line.start, line.end, "repeated_title")
        free = [x for x in free if x is title or x.key != title.key]
    # Wire copy opens its first paragraph with a dateline: look in the first lines after the title.
    for line in [x for x in free if x is not title][:lex.dateline_lines]:
        if finder.dateline(line):
            break
    for line in free:
        finder.inline_credits(line)
    # An appeal often names the site by its domain: "Wir brauchen Ihre Hilfe: haOlam.de arbeitet ohne Verlag."
    domains = [m.group() for e in finder.excluded if e.reason == "donation" if (m := _DOMAIN.search(e.text))]
    return Boilerplate(
        exclusions=tuple(sorted(finder.excluded, key=lambda e: e.start)),
        title=title.text if title else None,
        author=finder.author,
        byline_kind=byline_kind(finder.author, lang),
        date=finder.date,
        image_credits=tuple(dict.fromkeys(c for c in finder.credits if c)),
        outlet=finder.note_outlet or site or (domains[0] if domains else None) or finder.agency,
    )
