"""Flags: sourcing problems an editor should look at, each with the attributions it concerns.

- `anonymous_without_reason`: an anonymous source and no stated reason for anonymity;
- `reportative_without_source`: a reportative claim ("soll", "angeblich") with no source;
- `single_source`: every attribution comes from one source;
- `one_side`: two or more sources, all described by the same affiliation word (the lemma of an
  adjective or proper noun in every source's mention, e.g. "amerikanisch" in "ein amerikanischer
  Beamter" and "amerikanische Regierungsvertreter", or the first part of a compound such as
  "US-Vertreter"), or all the same institution;
- `collective_byline` / `missing_byline`: no named author answers for the article.

Messages are worded in attribution/lang/en/report.toml.
"""
from __future__ import annotations

from collections.abc import Sequence

from attribution.io.boilerplate import BylineKind
from attribution.report.model import Flag, Source, Summary
from attribution.report.wording import text
from attribution.types import Attribution, ParsedDoc

__all__ = ["affiliations", "find_flags"]

_AFFILIATION_UPOS = frozenset({"ADJ", "PROPN"})
_COMPOUND_JOINER = "-"


def affiliations(source: Source, attributions: Sequence[Attribution], doc: ParsedDoc | None) -> frozenset[str]:
    """Affiliation words of a source: modifier lemmas in its mentions, or its name if it is an institution."""
    words: set[str] = set()
    for i in source.attributions:
        speaker = attributions[i].speaker
        if speaker is None or doc is None:
            continue
        for tok in doc.tokens:
            if not (speaker.start <= tok.start and tok.end <= speaker.end):
                continue
            if tok.upos in _AFFILIATION_UPOS and tok.text != speaker.head:
                words.add(tok.lemma.casefold())
            elif _COMPOUND_JOINER in tok.text.strip(_COMPOUND_JOINER):  # "US-Vertreter" -> "us"
                words.add(tok.text.split(_COMPOUND_JOINER)[0].casefold())
    if source.type == "institutional":
        words.add(source.key.partition(":")[2])
    return frozenset(words)


def _message(flag: str, **values: object) -> str:
    """A flag's message, worded by the wording file's `[flags]`."""
    return text("flags", flag, **values)


def find_flags(attributions: Sequence[Attribution], summary: Summary, doc: ParsedDoc | None,
               byline: BylineKind, author: str | None) -> tuple[Flag, ...]:
    """Every flag that applies to an article, in a fixed order."""
    flags: list[Flag] = []
    unjustified = tuple(i for i, a in enumerate(attributions) if a.type == "anonymous" and a.anonymity_reason is None)
    if unjustified:
        flags.append(Flag("anonymous_without_reason", _message("anonymous_without_reason", count=len(unjustified)),
                          unjustified))
    hearsay = tuple(i for i, a in enumerate(attributions) if a.type == "unattributed")
    if hearsay:
        flags.append(Flag("reportative_without_source", _message("reportative_without_source", count=len(hearsay)),
                          hearsay))
    sources = summary.sources
    if len(sources) == 1:
        flags.append(Flag("single_source", _message("single_source", count=summary.attributions,
                                                     label=sources[0].label), sources[0].attributions))
    elif len(sources) > 1:
        shared = frozenset.intersection(*(affiliations(s, attributions, doc) for s in sources))
        if shared:
            members = tuple(sorted(i for s in sources for i in s.attributions))
            flags.append(Flag("one_side", _message("one_side", count=len(sources), words=", ".join(sorted(shared))),
                              members))
    if byline == "collective":
        flags.append(Flag("collective_byline", _message("collective_byline", author=author)))
    elif byline == "missing":
        flags.append(Flag("missing_byline", _message("missing_byline")))
    return tuple(flags)
