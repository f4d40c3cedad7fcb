"""The terminal report (rich): header, score, summary, the article with coloured spans,
the attribution table, flags and what was excluded.

In colour, content is highlighted in its source type's colour, cues are bold and underlined,
speakers italic, boilerplate dim and struck through. Without colour (not a terminal, or
`--no-color`) the same text is readable as plain characters: each attribution's content is put
in braces and followed by its number in the table, `{...}[3]`, boilerplate is put in `[-...-]`,
and boxes are ASCII.
"""
from __future__ import annotations

import io
from collections import Counter

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from attribution.io.boilerplate import REASONS
from attribution.report.model import ArticleReport
from attribution.report.spans import marks, segments
from attribution.report.style import KIND_LABELS, TERMINAL_COLOURS, TYPE_LABELS, excerpt, speaker_label
from attribution.report.wording import explain, overview, sentence_label
from attribution.types import KINDS, SOURCE_TYPES

__all__ = ["FILE_WIDTH", "WIDE", "render_plain", "render_terminal", "renderable"]

FILE_WIDTH = 120  # width of plain reports written to files
WIDE = 150  # from this width on, attributions are shown as a table (narrower tables wrap too much)


def _header(report: ArticleReport, plain: bool) -> RenderableType:
    meta = report.article.meta
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column(overflow="fold")
    byline = {"person": "", "collective": " (collective byline)", "missing": ""}[report.byline_kind]
    rows = [
        ("Document", meta.document), ("Outlet", meta.outlet), ("Author", (meta.author or "none") + byline),
        ("Date", meta.date), ("URL", meta.url), ("Image credits", ", ".join(meta.image_credits) or None),
        ("Language", report.language_label), ("Model", report.model),
    ]
    for label, value in rows:
        if value:
            grid.add_row(label, value)
    title = Text(meta.title or meta.document, style="bold")
    return Panel(grid, title=title, title_align="left", box=box.ASCII if plain else box.ROUNDED)


def _score(report: ArticleReport, table_box: box.Box) -> RenderableType:
    table = Table(title=f"Transparency score: {report.score.total}/100", title_justify="left",
                  box=table_box, title_style="bold")
    table.add_column("Component")
    table.add_column("Points", justify="right")
    table.add_column("How", overflow="fold")
    for c in report.score.components:
        table.add_row(c.label, f"{c.points:.1f}/{c.max}", c.detail)
    return table


def _summary(report: ArticleReport, table_box: box.Box, plain: bool) -> RenderableType:
    s = report.summary
    by_type = Table(box=table_box, title="By source type", title_justify="left")
    by_type.add_column("Type")
    by_type.add_column("Count", justify="right")
    by_type.add_column("Share", justify="right")
    for t in SOURCE_TYPES:
        by_type.add_row(Text(TYPE_LABELS[t], style="" if plain else TERMINAL_COLOURS[t]), str(s.by_type[t]),
                        f"{s.share(s.by_type[t]):.0%}")
    by_kind = Table(box=table_box, title="By kind", title_justify="left")
    by_kind.add_column("Kind")
    by_kind.add_column("Count", justify="right")
    by_kind.add_column("Share", justify="right")
    for k in KINDS:
        by_kind.add_row(KIND_LABELS[k], str(s.by_kind[k]), f"{s.share(s.by_kind[k]):.0%}")
    grid = Table.grid(padding=(0, 4))
    grid.add_row(by_type, by_kind)
    return Group(Text(overview(s)), grid)


def _article_text(report: ArticleReport, plain: bool) -> Text:
    text = report.article.text
    spans = marks(report)
    out = Text()
    ends: dict[int, list[int]] = {}
    for m in spans:
        if m.role == "content" or (m.role == "cue" and report.attributions[m.index].content is None):
            ends.setdefault(m.end, []).append(m.index)
    starts = Counter(m.start for m in spans if m.role == "content")
    for start, end, covering in segments(text, spans):
        if plain:
            out.append("{" * starts[start])
        style = []
        for m in covering:
            att_type = report.attributions[m.index].type if m.role != "excluded" else None
            if m.role == "excluded":
                style.append("dim strike")
            elif m.role == "content":
                style.append(TERMINAL_COLOURS[att_type])
            elif m.role == "cue":
                style.append("bold underline")
            else:
                style.append(f"italic {TERMINAL_COLOURS[att_type]}")
        excluded = any(m.role == "excluded" for m in covering)
        piece = text[start:end]
        out.append(f"[-{piece}-]" if plain and excluded and piece.strip() else piece,
                   style="" if plain else " ".join(style))
        for index in sorted(set(ends.get(end, []))):
            att = report.attributions[index]
            if plain and att.content is not None:
                out.append("}")
            out.append(f"[{index + 1}]", style="" if plain else f"dim {TERMINAL_COLOURS[att.type]}")
    return out


def _attributions(report: ArticleReport, table_box: box.Box, plain: bool, width: int) -> RenderableType:
    """A table on wide consoles; on narrow ones (< WIDE columns) one short block per attribution."""
    if not report.attributions:
        return Text("No attributions found.")
    if width < WIDE:
        blocks: list[RenderableType] = [Text("Attributions", style="bold")]
        for i, att in enumerate(report.attributions, 1):
            head = Text(f"[{i}] {KIND_LABELS[att.kind]} · ")
            head.append(TYPE_LABELS[att.type], style="" if plain else TERMINAL_COLOURS[att.type])
            head.append(f" · {sentence_label(att)}")
            lines = [f"cue: {att.cue.text if att.cue else '—'}", f"speaker: {speaker_label(att)}",
                     f"content: {excerpt(att.content.text, 200) if att.content else '—'}", f"why: {explain(att)}"]
            blocks.append(Group(head, Padding(Text("\n".join(lines)), (0, 0, 1, 4))))
        return Group(*blocks)
    table = Table(title="Attributions", title_justify="left", box=table_box, show_lines=not plain, expand=True)
    table.add_column("#", justify="right")
    table.add_column("Sentence", justify="right")
    table.add_column("Kind")
    table.add_column("Type")
    table.add_column("Cue")
    table.add_column("Speaker", ratio=2, overflow="fold")
    table.add_column("Content", ratio=3, overflow="fold")
    table.add_column("Why", ratio=3, overflow="fold")
    for i, att in enumerate(report.attributions, 1):
        table.add_row(str(i), str(att.sentence + 1), KIND_LABELS[att.kind],
                      Text(TYPE_LABELS[att.type], style="" if plain else TERMINAL_COLOURS[att.type]),
                      att.cue.text if att.cue else "—", speaker_label(att),
                      excerpt(att.content.text, 120) if att.content else "—", explain(att))
    return table


def _flags(report: ArticleReport, plain: bool) -> RenderableType:
    if not report.flags:
        return Text("Flags: none")
    lines = [Text("Flags", style="bold")]
    for f in report.flags:
        refs = f" (attributions {', '.join(str(i + 1) for i in f.attributions)})" if f.attributions else ""
        lines.append(Text(f"{'!' if plain else '⚑'} {f.message}{refs}", style="" if plain else "yellow"))
    return Group(*lines)


def _excluded(report: ArticleReport) -> RenderableType:
    if not report.excluded:
        return Text("Excluded from analysis: nothing")
    lines = [Text("Excluded from analysis", style="bold")]
    for e in report.excluded:
        lines.append(Text(f"- {REASONS[e.reason]}: {excerpt(e.text, 90)}"))
    return Group(*lines)


def renderable(report: ArticleReport, *, plain: bool, width: int = FILE_WIDTH) -> RenderableType:
    """The whole report as one rich renderable, laid out for a console `width` columns wide."""
    table_box = box.ASCII if plain else box.SIMPLE_HEAVY
    legend = Text("Legend: ")
    for t in SOURCE_TYPES:
        legend.append(TYPE_LABELS[t], style="" if plain else TERMINAL_COLOURS[t])
        legend.append("  ")
    legend.append("{content}[n] = attribution n, [-text-] = excluded boilerplate" if plain
                  else "bold underline = cue, italic = speaker, [n] = row, struck through = excluded")
    return Group(
        _header(report, plain), _score(report, table_box), _summary(report, table_box, plain),
        Rule("Article", style="" if plain else "dim"), legend, Padding(_article_text(report, plain), (1, 0)),
        _attributions(report, table_box, plain, width), _flags(report, plain), _excluded(report), Text(""),
    )


def render_terminal(report: ArticleReport, console: Console) -> None:
    """Print the report on a console, in colour when the console has colour."""
    console.print(renderable(report, plain=console.no_color or not console.is_terminal, width=console.width))


def render_plain(report: ArticleReport, *, width: int = FILE_WIDTH) -> str:
    """The report as plain text (no colour codes), for files."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False, no_color=True,
                      legacy_windows=False, emoji=False, highlight=False)
    console.print(renderable(report, plain=True, width=width))
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"
