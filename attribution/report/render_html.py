"""The HTML report: one self-contained page per article (inline CSS and SVG, no scripts, no
external assets) and an index page linking several.

The article text is shown whole (`white-space: pre-wrap`, so offsets and line breaks are kept)
with attributed content highlighted in its source type's colour, cues bold, speakers underlined
and boilerplate struck through. Hovering a highlight shows the attribution's details (its
`title`); the number after it links to its row in the attribution table.
"""
from __future__ import annotations

from collections.abc import Sequence
from html import escape

from attribution.io.boilerplate import REASONS
from attribution.report.model import ArticleReport
from attribution.report.spans import marks, segments
from attribution.report.style import HTML_COLOURS, KIND_LABELS, TYPE_LABELS, excerpt, speaker_label
from attribution.report.wording import explain, overview, sentence_label
from attribution.types import KINDS, SOURCE_TYPES, Attribution

__all__ = ["render_html", "render_index", "type_chart"]

_CSS = """
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:1.5em;color:#212121}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ddd}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dl.meta dt{font-weight:600}dl.meta dd{margin:0}
.score{font-size:2.4em;font-weight:700}.score small{font-size:.45em;color:#757575}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border-bottom:1px solid #e0e0e0;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f5f5f5}td.num{text-align:right}
.article{white-space:pre-wrap;background:#fafafa;border:1px solid #e0e0e0;padding:1em;border-radius:6px;line-height:1.7}
.q{border-radius:3px;cursor:help}.cue{font-weight:700;text-decoration:underline}.spk{text-decoration:underline dotted 2px}
.excluded{color:#9e9e9e;text-decoration:line-through}
sup.ref a{text-decoration:none;font-size:.75em;font-weight:700}
.flags li{color:#8d6e00}.legend span{padding:0 .4em;margin-right:.5em;border-radius:3px}
.charts{display:flex;gap:2em;flex-wrap:wrap;align-items:flex-start}
"""


def _type_css() -> str:
    rules = []
    for t in SOURCE_TYPES:
        fg, bg = HTML_COLOURS[t]
        rules.append(f".t-{t}{{background:{bg};color:{fg}}}sup.t-{t}{{background:none}}")
    return "".join(rules)


def type_chart(counts: dict[str, int], *, width: int = 360, bar: int = 22) -> str:
    """A horizontal bar chart of attributions by source type, as inline SVG."""
    label_w, gap = 110, 6
    biggest = max(counts.values(), default=0) or 1
    height = len(SOURCE_TYPES) * (bar + gap) + gap
    parts = [f'<svg class="chart" role="img" aria-label="attributions by source type" xmlns="http://www.w3.org/2000/svg" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">']
    for row, t in enumerate(SOURCE_TYPES):
        y = gap + row * (bar + gap)
        n = counts.get(t, 0)
        w = round((width - label_w - 40) * n / biggest)
        fg, _ = HTML_COLOURS[t]
        parts.append(f'<text x="0" y="{y + bar * 0.7:.0f}" font-size="13">{TYPE_LABELS[t]}</text>'
                     f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar}" fill="{fg}" rx="3"><title>{TYPE_LABELS[t]}: {n}</title></rect>'
                     f'<text x="{label_w + w + 5}" y="{y + bar * 0.7:.0f}" font-size="13">{n}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _hover(att: Attribution, number: int) -> str:
    lines = [f"#{number} {KIND_LABELS[att.kind]} · {TYPE_LABELS[att.type]} · {sentence_label(att)}",
             f"cue: {att.cue.text if att.cue else '—'}", f"speaker: {speaker_label(att)}", explain(att)]
    return "\n".join(lines)


def _article_html(report: ArticleReport) -> str:
    text = report.article.text
    spans = marks(report)
    refs: dict[int, list[int]] = {}
    for m in spans:
        if m.role == "content" or (m.role == "cue" and report.attributions[m.index].content is None):
            refs.setdefault(m.end, []).append(m.index)
    out = []
    for start, end, covering in segments(text, spans):
        piece = escape(text[start:end])
        classes: list[str] = []
        titles: list[str] = []
        numbers: list[str] = []
        for m in covering:
            if m.role == "excluded":
                classes.append("excluded")
                titles.append(f"excluded: {REASONS[report.excluded[m.index].reason]}")
                continue
            att = report.attributions[m.index]
            if m.role == "content":
                classes += ["q", f"t-{att.type}"]
                titles.append(_hover(att, m.index + 1))
                numbers.append(str(m.index + 1))
            elif m.role == "cue":
                classes.append("cue")
            else:
                classes.append("spk")
        if classes:
            data = f' data-q="{" ".join(numbers)}"' if numbers else ""
            title = f' title="{escape(chr(10).join(dict.fromkeys(titles)))}"' if titles else ""
            piece = f'<span class="{" ".join(dict.fromkeys(classes))}"{data}{title}>{piece}</span>'
        out.append(piece)
        for index in sorted(set(refs.get(end, []))):
            att = report.attributions[index]
            out.append(f'<sup class="ref t-{att.type}"><a href="#q{index + 1}">[{index + 1}]</a></sup>')
    return "".join(out)


def _table(head: Sequence[str], rows: Sequence[Sequence[str]], *, attrs: str = "",
           row_ids: Sequence[str] | None = None) -> str:
    """A table of HTML cells (already escaped); `row_ids` gives each row an id to link to."""
    th = "".join(f"<th>{h}</th>" for h in head)
    body = []
    for n, row in enumerate(rows):
        row_id = f' id="{row_ids[n]}"' if row_ids else ""
        body.append(f"<tr{row_id}>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>")
    return f"<table{attrs}><thead><tr>{th}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def render_html(report: ArticleReport) -> str:
    """One article's report as a self-contained HTML page."""
    meta, s, score = report.article.meta, report.summary, report.score
    title = escape(meta.title or meta.document)
    byline = " (collective byline)" if report.byline_kind == "collective" else ""
    meta_rows = [("Document", meta.document), ("Outlet", meta.outlet), ("Author", (meta.author or "none") + byline),
                 ("Date", meta.date), ("URL", meta.url), ("Image credits", ", ".join(meta.image_credits)),
                 ("Language", report.language_label), ("Model", report.model)]
    dl = "".join(f"<dt>{k}</dt><dd>{escape(v)}</dd>" for k, v in meta_rows if v)
    components = _table(["Component", "Points", "How"],
                        [[escape(c.label), f"{c.points:.1f}/{c.max}", escape(c.detail)] for c in score.components],
                        attrs=' class="components"')
    by_type = _table(["Type", "Count", "Share"],
                     [[f'<span class="t-{t}">{TYPE_LABELS[t]}</span>', str(s.by_type[t]), f"{s.share(s.by_type[t]):.0%}"]
                      for t in SOURCE_TYPES])
    by_kind = _table(["Kind", "Count", "Share"],
                     [[KIND_LABELS[k], str(s.by_kind[k]), f"{s.share(s.by_kind[k]):.0%}"] for k in KINDS])
    flags = ("<ul class=\"flags\">" + "".join(
        f"<li data-flag=\"{f.id}\">{escape(f.message)}"
        + (" (" + ", ".join(f'<a href="#q{i + 1}">{i + 1}</a>' for i in f.attributions) + ")" if f.attributions else "")
        + "</li>" for f in report.flags) + "</ul>") if report.flags else "<p>None.</p>"
    rows = []
    for i, att in enumerate(report.attributions, 1):
        rows.append([str(i), str(att.sentence + 1), escape(KIND_LABELS[att.kind]),
                     f'<span class="t-{att.type}">{TYPE_LABELS[att.type]}</span>',
                     escape(att.cue.text if att.cue else "—"), escape(speaker_label(att)),
                     escape(excerpt(att.content.text, 200) if att.content else "—"), escape(explain(att))])
    attributions = (_table(["#", "Sentence", "Kind", "Type", "Cue", "Speaker", "Content", "Why"], rows, attrs=' id="attributions"',
                           row_ids=[f"q{i}" for i in range(1, len(rows) + 1)])
                    if rows else '<p id="attributions">No attributions found.</p>')
    excluded = ("<ul>" + "".join(f"<li><b>{REASONS[e.reason]}</b>: {escape(excerpt(e.text, 120))}</li>"
                                 for e in report.excluded) + "</ul>") if report.excluded else "<p>Nothing.</p>"
    legend = "".join(f'<span class="t-{t}">{TYPE_LABELS[t]}</span>' for t in SOURCE_TYPES)
    return f"""<!DOCTYPE html>
<html lang="{escape(report.article.lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · sourcing report</title><style>{_CSS}{_type_css()}</style></head>
<body>
<header><h1>{title}</h1><dl class="meta">{dl}</dl></header>
<section id="score"><h2>Transparency score</h2><p class="score">{score.total}<small>/100</small></p>{components}</section>
<section id="summary"><h2>Summary</h2><p>{escape(overview(s))}</p>
<div class="charts">{type_chart(dict(s.by_type))}<div>{by_type}</div><div>{by_kind}</div></div></section>
<section id="flags"><h2>Flags</h2>{flags}</section>
<section><h2>Article</h2><p class="legend">{legend} <b>cue</b> <span class="spk">speaker</span> <span class="excluded">excluded</span></p>
<div class="article">{_article_html(report)}</div></section>
<section><h2>Attributions</h2>{attributions}</section>
<section id="excluded"><h2>Excluded from analysis</h2>{excluded}</section>
</body></html>
"""


def render_index(entries: Sequence[tuple[str, ArticleReport]]) -> str:
    """An index page: one row per article with its score and counts, linking to `href`."""
    rows = []
    for href, r in entries:
        s = r.summary
        rows.append([f'<a href="{escape(href)}">{escape(r.article.meta.title or r.article.meta.document)}</a>',
                     escape(r.article.meta.outlet or ""), str(r.score.total), str(s.attributions),
                     str(len(s.sources)), *(str(s.by_type[t]) for t in SOURCE_TYPES), str(len(r.flags))])
    table = _table(["Article", "Outlet", "Score", "Attributions", "Sources", *(TYPE_LABELS[t] for t in SOURCE_TYPES),
                    "Flags"], rows, attrs=' id="articles"')
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Sourcing reports</title><style>{_CSS}{_type_css()}</style></head>
<body><h1>Sourcing reports</h1><p>{len(entries)} articles.</p>{table}</body></html>
"""
