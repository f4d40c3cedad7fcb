"""The words reports use for people: labels, score and flag texts, and explanations in plain words.

The wording is data (`attribution/lang/en/report.toml`), so it can be changed, or a rule given its
sentence, without touching code. An explanation is built from the engine's `Explanation` fields:
a sentence for the rule (looked up by rule id, then by shorter prefixes, then a generic one), a
sentence for why the source has its type (the first pattern that matches `type_reason`), the
notes that have a pattern (the others are parser detail), and for anonymous sources whether a
reason for anonymity is given. Dependency paths, file names and rule ids never reach the text;
the JSON report keeps them unchanged.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from attribution.io.data import load
from attribution.report.model import Summary
from attribution.types import KINDS, SOURCE_TYPES, Attribution, Kind, SourceType

__all__ = ["KIND_LABELS", "TYPE_LABELS", "explain", "fill", "overview", "sentence_label", "text"]

_REPORT_LANG = "en"  # the language reports are written in
_FILE = "report"
_GENERIC_RULE = "*"
_INNER = "inner"  # a pattern group that is itself a reason to explain
# "{count:one|other}": the choice texts may hold plain values of their own ("{n}")
_CHOICE = re.compile(r"\{(\w+):((?:[^{}|]|\{\w+\})*)\|((?:[^{}|]|\{\w+\})*)\}")


@dataclass(frozen=True)
class _Pattern:
    """A regular expression over an engine text and the plain sentence it stands for."""

    regex: re.Pattern[str]
    text: str


@functools.cache
def _data() -> dict[str, Any]:
    """The parsed wording file; a missing file is an installation error, raised loudly."""
    data = load(_REPORT_LANG, _FILE)
    if data is None:
        raise FileNotFoundError(f"attribution/lang/{_REPORT_LANG}/{_FILE}.toml is missing: reports have no wording")
    return data


def _labels(table: str, ids: tuple[str, ...]) -> dict[str, str]:
    """One label per id from a table of the wording file, which must name every id."""
    labels = _data()[table]
    missing = [i for i in ids if i not in labels]
    if missing:
        raise KeyError(f"attribution/lang/{_REPORT_LANG}/{_FILE}.toml [{table}] lacks {', '.join(missing)}")
    return {i: labels[i] for i in ids}


TYPE_LABELS: dict[SourceType, str] = _labels("types", SOURCE_TYPES)  # type: ignore[assignment]
KIND_LABELS: dict[Kind, str] = _labels("kinds", KINDS)  # type: ignore[assignment]


def fill(template: str, **values: Any) -> str:
    """A template with its `{count:one|other}` choices made and its `{name}` values filled in."""
    chosen = _CHOICE.sub(lambda m: m[2] if values[m[1]] == 1 else m[3], template)
    return chosen.format(**values)


def text(*path: str, **values: Any) -> str:
    """The template at `path` in the wording file (`text("flags", "missing_byline")`), filled in."""
    node: Any = _data()
    for key in path:
        node = node[key]
    return fill(node, **values)


def overview(summary: Summary) -> str:
    """The one-line summary of an article's attributions and attributed sentences."""
    if not summary.attributions:
        return text("summary", "empty", sentences=summary.sentences)
    return text("summary", "overview", n=summary.attributions, sources=len(summary.sources),
                attributed=summary.attributed_sentences, sentences=summary.sentences,
                share=f"{summary.attributed_sentence_share:.0%}")


def sentence_label(att: Attribution) -> str:
    """Where the attribution stands, counted from 1 as explanations count ("sentence 5")."""
    return text("explain", "sentence", number=att.sentence + 1)


@functools.cache
def _patterns(table: str) -> tuple[_Pattern, ...]:
    return tuple(_Pattern(re.compile(p["pattern"]), p["text"]) for p in _data()["explain"][table])


def _rule_sentence(rule: str, values: Mapping[str, Any]) -> str:
    """The sentence of the most specific rule id prefix with a sentence, else the generic one."""
    rules = _data()["explain"]["rules"]
    parts = rule.split(".")
    keys = [".".join(parts[:n]) for n in range(len(parts), 0, -1)] + [_GENERIC_RULE]
    template = rules[next(k for k in keys if k in rules)]
    try:
        return fill(template, **values)
    except KeyError:  # the sentence needs a cue the attribution lacks
        return _data()["explain"]["no_cue"]


def _matched(patterns: tuple[_Pattern, ...], engine_text: str, values: Mapping[str, Any]) -> str | None:
    """The plain sentence of the first pattern matching `engine_text`, or None when none matches
    or its values are missing."""
    for pattern in patterns:
        m = pattern.regex.fullmatch(engine_text)
        if m is None:
            continue
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        if _INNER in groups:
            groups[_INNER] = _reason(groups[_INNER], values)
        try:
            return fill(pattern.text, **{**values, **groups})
        except KeyError:
            return None
    return None


def _reason(type_reason: str, values: Mapping[str, Any]) -> str:
    """Why the source has its type, in plain words."""
    found = _matched(_patterns("reasons"), type_reason, values)
    return found if found is not None else fill(_data()["explain"]["defaults"]["reason"], **values)


def explain(att: Attribution) -> str:
    """The attribution's explanation in plain sentences for editors (no paths, ids or file names)."""
    ex = att.explanation
    values: dict[str, Any] = {"type": TYPE_LABELS[att.type]}
    if att.cue is not None:
        values["cue"] = att.cue.text
    if ex.cue_lemma:
        values["lemma"] = ex.cue_lemma
    if att.speaker is not None:
        values["speaker"] = att.speaker.text
        values["name"] = att.speaker.name or att.speaker.text
    sentences = [_rule_sentence(ex.rule, values)]
    sentences += [s for note in ex.notes if (s := _matched(_patterns("notes"), note, values))]
    sentences.append(_reason(ex.type_reason, values))
    if att.type == "anonymous":
        reason = att.anonymity_reason
        sentences.append(text("explain", "anonymity", "given", reason=reason.text) if reason
                         else text("explain", "anonymity", "missing"))
    return " ".join(dict.fromkeys(s for s in sentences if s))
