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
   entry is a description ("ein amerikanischer Beamter"), which may stand for different people.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from attribution.corpus.store import Store
from attribution.types import SourceType

__all__ = ["SIMILAR", "CorpusSource", "SourceIndex", "corpus_sources", "spelling"]

SIMILAR = 0.88  # difflib ratio from which two surnames of people with the same first name are one spelling
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


def corpus_sources(store: Store) -> SourceIndex:
    """Join the articles' sources into corpus-wide sources (see the module docstring)."""
    members = [_Member(r["article_id"], r["idx"], r["key"], r["label"], r["name"], r["type"], r["quotes"], r["outlet"])
               for r in store.rows("SELECT s.article_id, s.idx, s.key, s.label, s.name, s.type, s.quotes, a.outlet "
                                   "FROM sources s JOIN articles a ON a.id = s.article_id "
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
        if m.type != "named" or not words:
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
    label = _most_common(names) or _most_common(labels) or key
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


def _most_common(counter: Counter[Any]) -> Any:
    """The most frequent item (ties: the longest, then the first in sort order), or None for none."""
    if not counter:
        return None
    return min(counter, key=lambda item: (-counter[item], -len(str(item)), str(item)))
