"""The Markdown report: metadata, score with its components, summary tables, flags, the
attribution table and what was excluded. Plain text stays readable; tables are GitHub-flavoured.
"""
from __future__ import annotations

from collections.abc import Sequence

from attribution.io.boilerplate import REASONS
from attribution.report.model import ArticleReport
from attribution.report.style import KIND_LABELS, TYPE_LABELS, excerpt, speaker_label
from attribution.report.wording import explain, overview
from attribution.types import KINDS, SOURCE_TYPES

__all__ = ["render_markdown"]


def _cell(value: str) -> str:
    """Text safe inside a Markdown table cell: one line, pipes escaped."""
    return " ".join(value.split()).replace("|", "\\|")


def _table(head: Sequence[str], rows: Sequence[Sequence[str]], align: str = "") -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(align[i] if i < len(align) else "---"
                                                          for i in range(len(head))) + "|"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def render_markdown(report: ArticleReport) -> str:
    """One article's report as Markdown."""
    meta, s, score = report.article.meta, report.summary, report.score
    byline = " (collective byline)" if report.byline_kind == "collective" else ""
    out = [f"# {_cell(meta.title or meta.document)}", ""]
    for label, value in [("Document", meta.document), ("Outlet", meta.outlet),
                         ("Author", (meta.author or "none") + byline), ("Date", meta.date), ("URL", meta.url),
                         ("Image credits", ", ".join(meta.image_credits)), ("Language", report.language_label),
                         ("Model", report.model)]:
        if value:
            out.append(f"- **{label}:** {_cell(value)}")
    out += ["", f"## Transparency score: {score.total}/100", ""]
    out += _table(["Component", "Points", "How"], [[c.label, f"{c.points:.1f}/{c.max}", c.detail]
                                                   for c in score.components], ["---", "--:", "---"])
    out += ["", "## Summary", ""]
    out += [overview(s), ""]
    out += _table(["Type", "Count", "Share"], [[TYPE_LABELS[t], str(s.by_type[t]), f"{s.share(s.by_type[t]):.0%}"]
                                             for t in SOURCE_TYPES], ["---", "--:", "--:"])
    out.append("")
    out += _table(["Kind", "Count", "Share"], [[KIND_LABELS[k], str(s.by_kind[k]), f"{s.share(s.by_kind[k]):.0%}"]
                                             for k in KINDS], ["---", "--:", "--:"])
    if s.sources:
        out += ["", "Distinct sources: " + "; ".join(f"{src.label} ({TYPE_LABELS[src.type]}, {len(src.attributions)}×)"
                                                     for src in s.sources)]
    out += ["", "## Flags", ""]
    for f in report.flags:
        refs = f" (attributions {', '.join(str(i + 1) for i in f.attributions)})" if f.attributions else ""
        out.append(f"- {f.message}{refs}")
    if not report.flags:
        out.append("None.")
    out += ["", "## Attributions", ""]
    if report.attributions:
        out += _table(["#", "Sentence", "Kind", "Type", "Cue", "Speaker", "Content", "Why"],
                      [[str(i), str(att.sentence + 1), KIND_LABELS[att.kind], TYPE_LABELS[att.type],
                        att.cue.text if att.cue else "—", speaker_label(att),
                        excerpt(att.content.text, 160) if att.content else "—", explain(att)]
                       for i, att in enumerate(report.attributions, 1)], ["--:", "--:"])
    else:
        out.append("No attributions found.")
    out += ["", "## Excluded from analysis", ""]
    out += [f"- {REASONS[e.reason]}: {_cell(excerpt(e.text, 120))}" for e in report.excluded] or ["Nothing."]
    return "\n".join(out) + "\n"
