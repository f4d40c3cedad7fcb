"""The JSON report (schema `attribution-report/1`, specified in docs/report-schema.md).

Its `document` and `quotes` follow the contract of score_attributions.py (kind, type, cue
{text, spans}, content {text, start, end}, speaker {text, start, end, name}); everything else is
added alongside. Values are plain JSON; the output is deterministic for the same input and models.
"""
from __future__ import annotations

import json
from typing import Any

from attribution.report.model import ArticleReport
from attribution.types import Attribution, Span

__all__ = ["SCHEMA_VERSION", "dumps", "quote_dict", "to_dict"]

SCHEMA_VERSION = "attribution-report/1"
_DIGITS = 4  # shares are rounded to this many decimals


def _span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"text": span.text, "start": span.start, "end": span.end}


def quote_dict(att: Attribution, source: int | None) -> dict[str, Any]:
    """One attribution as a `quotes` item; `source` is its index in `summary.sources`."""
    cue = att.cue
    speaker = att.speaker
    ex = att.explanation
    return {
        "kind": att.kind,
        "type": att.type,
        "cue": None if cue is None else {"text": cue.text, "spans": [list(s) for s in cue.spans], "lemma": cue.lemma},
        "content": _span(att.content),
        "speaker": None if speaker is None else {
            "text": speaker.text, "start": speaker.start, "end": speaker.end, "name": speaker.name,
            "head": speaker.head, "resolution": speaker.resolution},
        "sentence": att.sentence,
        "source": source,
        "anonymity_reason": _span(att.anonymity_reason),
        "source_description": att.source_description,
        "source_phrase": _span(att.source_phrase),
        "addressee": _span(att.addressee),
        "explanation": {"rule": ex.rule, "cue_lemma": ex.cue_lemma, "path": ex.path, "fallback": ex.fallback,
                        "type_reason": ex.type_reason, "notes": list(ex.notes)},
    }


def to_dict(report: ArticleReport) -> dict[str, Any]:
    """The report as a JSON-ready dict."""
    article, meta, summary = report.article, report.article.meta, report.summary
    source_of = {i: n for n, src in enumerate(summary.sources) for i in src.attributions}
    return {
        "schema_version": SCHEMA_VERSION,
        "document": meta.document,
        "language": article.lang,
        # only when language detection made a note (`--lang auto` on a short or mixed text)
        **({"language_note": report.language_note} if report.language_note else {}),
        "model": report.model,
        "metadata": {
            "title": meta.title, "url": meta.url, "outlet": meta.outlet, "author": meta.author,
            "byline_kind": report.byline_kind, "date": meta.date, "image_credits": list(meta.image_credits),
            "characters": len(article.text),
            "excluded": [{"start": e.start, "end": e.end, "text": e.text, "reason": e.reason} for e in report.excluded],
        },
        "quotes": [quote_dict(a, source_of.get(i)) for i, a in enumerate(report.attributions)],
        "summary": {
            "attributions": summary.attributions,
            "by_type": dict(summary.by_type),
            "share_by_type": {k: round(summary.share(v), _DIGITS) for k, v in summary.by_type.items()},
            "by_kind": dict(summary.by_kind),
            "share_by_kind": {k: round(summary.share(v), _DIGITS) for k, v in summary.by_kind.items()},
            "distinct_sources": len(summary.sources),
            "sources": [{"label": s.label, "type": s.type, "quotes": list(s.attributions)} for s in summary.sources],
            "sentences": summary.sentences,
            "attributed_sentences": summary.attributed_sentences,
            "attributed_sentence_share": round(summary.attributed_sentence_share, _DIGITS),
            "anonymous_without_reason": summary.anonymous_without_reason,
        },
        "score": {
            "total": report.score.total,
            "max": 100,
            "components": [{"id": c.id, "label": c.label, "points": round(c.points, 2), "max": c.max, "detail": c.detail}
                           for c in report.score.components],
        },
        "flags": [{"id": f.id, "message": f.message, "quotes": list(f.attributions)} for f in report.flags],
    }


def dumps(report: ArticleReport, *, indent: int | None = 2) -> str:
    """The report as JSON text (UTF-8 characters kept, not escaped)."""
    return json.dumps(to_dict(report), ensure_ascii=False, indent=indent)
