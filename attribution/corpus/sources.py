"""The most quoted sources of a corpus, one entry per person or body across spellings and references.

Within an article the report already joins the mentions of one source: coreference resolves
"er" and "der Ministerpräsident" to a name (`Speaker.name`), and named sources are grouped by
surname. Across articles this module joins the articles' sources:

1. spellings are compared after Unicode decomposition, dropping accents, case folding and
   punctuation ("Netanjahu", "NETANJAHU" and "Netanjahú" are spelled alike);
2. a named source whose resolved name has a first name is a person (first name, surname);
   persons with the same first name and surnames that differ by a transliteration
   ("Benjamin Netanjahu", "Benjamin Netanyahu": similarity of at least `SIMILAR`) are one person;
3. a named source known only by its surname ("Netanjahu" in an article that never gives the full
   name) joins the person of that surname quoted in the same article, else the only person of
   that surname in the corpus; with none or several it stays an entry of its own;
4. institutional and anonymous sources are joined by the key the report gives them (resolved
   name, else the lemmas of the mention: "das Weiße Haus" = "dem Weißen Haus"). An anonymous
   entry is a description ("ein amerikanischer Beamter"), which may stand for different people;
5. a source that is a bare pronoun or "man" that coreference could not resolve names nobody: all
   of them are one entry, `UNRESOLVED` (the pronouns are the lexicon's, attribution/lang/<lang>/).

Unattributed claims have no source; `unattributed_claims` lists them grouped by their cue
("(no source given: sollen)"), for `sources --type unattributed`.
"""
from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from attribution.corpus.store import Store
from attribution.extract.lexicon import load
from attribution.types import SourceType

__all__ = ["NO_SOURCE", "SIMILAR", "UNRESOLVED", "CorpusSource", "SourceIndex", "corpus_sources", "is_pronoun",
           "spelling", "unattributed_claims"]

SIMILAR = 0.88  # difflib ratio from which two surnames of people with the same first name are one spelling
UNRESOLVED = "unresolved"  # the key and label of the entry of unresolved pronouns
NO_SOURCE = "(no source given)"  # the label of unattributed claims
_ENDINGS = ("", "e", "em", "en", "er", "es")  # a possessive's endings: "sein" -> "seinen"
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


@dataclass(frozen=True)
class CorpusSource:
    """One source across the corpus.

    `outlets` maps each outlet (None for unknown) to the quotes it prints from this source, most
    first; `variants` are the mentions and names seen for it, most frequent first.
    """

    key: str
    label: str
    type: SourceType
    quotes: int
    articles: int
    outlets: Mapping[str | None, int]
    variants: tuple[str, ...]


@dataclass(frozen=True)
class SourceIndex:
    """The corpus's sources, most quoted first, and which one each article's source belongs to."""

    sources: tuple[CorpusSource, ...]
    of: Mapping[tuple[str, int], str]  # (article id, index in the article's sources) -> CorpusSource.key


def spelling(text: str) -> str:
    """The spelling key of a name: accents dropped, case folded, words joined by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(_WORD.findall(plain))


@dataclass(frozen=True)
class _Member:
    """One article's source, as stored."""

    article: str
    idx: int
    key: str
    label: str
    name: str | None
    type: SourceType
    quotes: int
    outlet: str | None
    lang: str


@functools.cache
def _pronouns(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The spellings of a language's pronouns that can stand for a source (personal pronouns and "man"),
    and of its possessive determiners, from its lexicon; none for a language without one."""
    try:
        lex = load(lang)
    except (FileNotFoundError, ModuleNotFoundError):
        return frozenset(), frozenset()
    personal = {*lex.pronouns, *lex.subject_pronouns, *lex.first_person, *lex.generic_subjects}
    return frozenset(map(spelling, personal)), frozenset(map(spelling, lex.possessives))


def is_pronoun(text: str, lang: str) -> bool:
    """True when a mention is one pronoun, "man" or a possessive ("er", "Sie", "seinen"), which names nobody."""
    word = spelling(text)
    personal, possessives = _pronouns(lang)
    return word in personal or any(word == p + ending for p in possessives for ending in _ENDINGS)


def corpus_sources(store: Store) -> SourceIndex:
    """Join the articles' sources into corpus-wide sources (see the module docstring)."""
    members = [_Member(r["article_id"], r["idx"], r["key"], r["label"], r["name"], r["type"], r["quotes"], r["outlet"],
                       r["lang"])
               for r in store.rows("SELECT s.article_id, s.idx, s.key, s.label, s.name, s.type, s.quotes, a.outlet, "
                                   "a.lang FROM sources s JOIN articles a ON a.id = s.article_id "
                                   "ORDER BY s.article_id, s.idx")]
    mentions: dict[tuple[str, int], Counter[str]] = defaultdict(Counter)
    for r in store.rows("SELECT article_id, source_idx, speaker, speaker_name FROM attributions "
                        "WHERE source_idx IS NOT NULL"):
        for text in (r["speaker_name"], r["speaker"]):
            if text:
                mentions[(r["article_id"], r["source_idx"])][text] += 1
    of = _assign(members)
    groups: dict[str, list[_Member]] = defaultdict(list)
    for m in members:
        groups[of[(m.article, m.idx)]].append(m)
    sources = [_entry(key, group, mentions) for key, group in groups.items()]
    sources.sort(key=lambda s: (-s.quotes, -s.articles, s.label.casefold()))
    return SourceIndex(tuple(sources), of)


def _assign(members: list[_Member]) -> dict[tuple[str, int], str]:
    """The corpus key of every article's source."""
    of: dict[tuple[str, int], str] = {}
    persons: dict[tuple[str, str], list[_Member]] = defaultdict(list)  # (first name, surname) -> members
    bare: list[tuple[_Member, str]] = []
    for m in members:
        words = spelling(m.name or m.label).split() if m.type == "named" else []
        if not m.name and is_pronoun(m.label, m.lang):
            of[(m.article, m.idx)] = UNRESOLVED
        elif m.type != "named" or not words:
            of[(m.article, m.idx)] = f"{m.type}:{spelling(m.key.partition(':')[2] or m.label)}"
        elif m.name and len(words) >= 2:
            persons[(words[0], words[-1])].append(m)
        else:
            bare.append((m, words[-1]))
    person_key = _join_spellings(persons)
    by_surname: dict[str, set[str]] = defaultdict(set)
    in_article: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, surname) -> persons quoted there
    for (first, surname), group in persons.items():
        key = person_key[(first, surname)]
        by_surname[surname].add(key)
        for m in group:
            of[(m.article, m.idx)] = key
            in_article[(m.article, surname)].add(key)
    for m, surname in bare:
        here, anywhere = in_article.get((m.article, surname), set()), by_surname.get(surname, set())
        candidates = here if here else anywhere
        of[(m.article, m.idx)] = next(iter(candidates)) if len(candidates) == 1 else f"named:{surname}"
    return of


def _join_spellings(persons: Mapping[tuple[str, str], list[_Member]]) -> dict[tuple[str, str], str]:
    """A corpus key per (first name, surname): persons of one first name whose surnames are spelled alike share one."""
    by_first: dict[str, list[str]] = defaultdict(list)
    for first, surname in persons:
        by_first[first].append(surname)
    keys: dict[tuple[str, str], str] = {}
    for first, surnames in by_first.items():
        # most quoted spelling first, so that it names the person
        surnames.sort(key=lambda s: (-sum(m.quotes for m in persons[(first, s)]), s))
        for surname in surnames:
            canonical = next((c for c in surnames if keys.get((first, c)) == f"named:{first} {c}"
                              and _alike(c, surname)), surname)
            keys[(first, surname)] = f"named:{first} {canonical}"
    return keys


def _alike(a: str, b: str) -> bool:
    """True when two surnames are the same or spellings of one name (same initial, similar letters)."""
    if a == b:
        return True
    matcher = difflib.SequenceMatcher(None, a, b)
    return a[:1] == b[:1] and matcher.quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR


def _entry(key: str, group: list[_Member], mentions: Mapping[tuple[str, int], Counter[str]]) -> CorpusSource:
    """A corpus source from its members: the most frequent full name labels it."""
    variants: Counter[str] = Counter()
    for m in group:
        variants.update(mentions.get((m.article, m.idx), Counter({m.label: m.quotes})))
    names = Counter(m.name for m in group if m.name)
    labels = Counter(m.label for m in group)
    label = UNRESOLVED if key == UNRESOLVED else _most_common(names) or _most_common(labels) or key
    outlets: Counter[str | None] = Counter()
    for m in group:
        outlets[m.outlet] += m.quotes
    types = Counter(m.type for m in group)
    return CorpusSource(
        key=key, label=label, type=_most_common(types) or group[0].type,
        quotes=sum(m.quotes for m in group), articles=len({m.article for m in group}),
        outlets=dict(sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0] or ""))),
        variants=tuple(v for v, _ in sorted(variants.items(), key=lambda kv: (-kv[1], kv[0]))),
    )


def unattributed_claims(store: Store) -> tuple[CorpusSource, ...]:
    """The corpus's unattributed claims as entries of `NO_SOURCE`, one per cue lemma, most frequent first.

    Each entry's `variants` are the cue's forms seen in the text ("soll", "sollen"), and `quotes` counts the claims.
    """
    rows = store.rows("SELECT t.article_id, t.cue, t.cue_lemma, a.outlet FROM attributions t "
                      "JOIN articles a ON a.id = t.article_id WHERE t.type = 'unattributed'")
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[r["cue_lemma"] or ""].append(r)
    entries = []
    for lemma, group in groups.items():
        outlets: Counter[str | None] = Counter(r["outlet"] for r in group)
        forms: Counter[str] = Counter(r["cue"] for r in group if r["cue"])
        entries.append(CorpusSource(
            key=f"unattributed:{lemma}", label=f"{NO_SOURCE[:-1]}: {lemma})" if lemma else NO_SOURCE,
            type="unattributed", quotes=len(group), articles=len({r["article_id"] for r in group}),
            outlets=dict(sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0] or ""))),
            variants=tuple(v for v, _ in sorted(forms.items(), key=lambda kv: (-kv[1], kv[0]))),
        ))
    entries.sort(key=lambda s: (-s.quotes, -s.articles, s.label.casefold()))
    return tuple(entries)


def _most_common(counter: Counter[Any]) -> Any:
    """The most frequent item (ties: the longest, then the first in sort order), or None for none."""
    if not counter:
        return None
    return min(counter, key=lambda item: (-counter[item], -len(str(item)), str(item)))
