"""Write a Comparison as CSV, Parquet, JSON, or a self-contained HTML page with plotly charts, and
the corpus's sources as JSON or CSV.

The HTML page embeds plotly.js once, inline, so it opens offline and can be mailed as one file;
its charts show the type shares, the score means with their confidence intervals, attributions
and sources per article, and the share of articles with unjustified anonymity.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

from attribution.corpus.compare import Comparison, GroupFigures, describe_test, flat_rows, to_dict
from attribution.corpus.sources import CorpusSource
from attribution.report.style import HTML_COLOURS, TYPE_LABELS
from attribution.types import SOURCE_TYPES

__all__ = ["comparison_csv", "comparison_html", "comparison_json", "sources_csv", "sources_json", "sources_records",
           "write_parquet"]


def comparison_csv(comparison: Comparison) -> str:
    """One CSV row per group, with a header; the test is in the JSON and HTML outputs."""
    records = flat_rows(comparison)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(records[0]) if records else list(comparison.by), lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def comparison_json(comparison: Comparison) -> str:
    """The comparison as indented JSON (schema `attribution-compare/1`)."""
    return json.dumps(to_dict(comparison), ensure_ascii=False, indent=2) + "\n"


def write_parquet(comparison: Comparison, path: Path) -> None:
    """One Parquet row per group, the CSV's columns with their types."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(flat_rows(comparison)), path)


def _label(row: GroupFigures) -> str:
    """A group's name on a chart axis: its values joined by a middle dot."""
    return " · ".join(v for v in row.shown if v)


def comparison_html(comparison: Comparison, *, title: str = "Sourcing compared") -> str:
    """A self-contained page: the charts (plotly, embedded inline), the table and the test."""
    import plotly.graph_objects as go

    rows = comparison.rows
    labels = [_label(r) for r in rows]
    level = f"{comparison.confidence:.0%}"
    shares = go.Figure([go.Bar(name=TYPE_LABELS[t], y=labels, x=[r.share_by_type[t] for r in rows], orientation="h",
                               marker_color=HTML_COLOURS[t][0]) for t in SOURCE_TYPES])
    shares.update_layout(barmode="stack", title="Attributions by source type", xaxis_tickformat=".0%",
                         yaxis_autorange="reversed", legend_traceorder="normal")
    score = go.Figure(go.Bar(
        x=labels, y=[r.score_mean for r in rows], marker_color="#455a64",
        error_y={"type": "data", "symmetric": False,
                 "array": [r.score_ci[1] - r.score_mean if r.score_ci else 0 for r in rows],
                 "arrayminus": [r.score_mean - r.score_ci[0] if r.score_ci else 0 for r in rows]}))
    score.update_layout(title=f"Transparency score: mean and {level} bootstrap interval", yaxis_range=[0, 100])
    volume = go.Figure([go.Bar(name="attributions per article", x=labels, y=[r.attributions_per_article for r in rows]),
                        go.Bar(name="distinct sources per article", x=labels, y=[r.sources_per_article for r in rows])])
    volume.update_layout(barmode="group", title="Attributions and distinct sources per article")
    anonymous = go.Figure(go.Bar(x=labels, y=[r.unjustified_anonymous_share for r in rows],
                                 marker_color=HTML_COLOURS["anonymous"][0]))
    anonymous.update_layout(title="Articles with an anonymous source given no reason", yaxis_tickformat=".0%",
                            yaxis_range=[0, 1])
    charts = [fig.to_html(full_html=False, include_plotlyjs=(i == 0), default_height="420px")
              for i, fig in enumerate((shares, score, volume, anonymous))]
    head, body = _figures_table(comparison)
    pool = f"\n<p id=\"pool\">{escape(comparison.pool_note)}</p>" if comparison.pool_note else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{escape(title)}</title>
<style>body{{font-family:system-ui,sans-serif;margin:2em auto;padding:0 1em;max-width:1200px}}
table{{border-collapse:collapse;width:100%;font-size:.9em;font-variant-numeric:tabular-nums}}
th,td{{border:1px solid #ccc;padding:.3em .5em}}th{{background:#f3f3f3;vertical-align:bottom;font-weight:600}}
td{{text-align:right;white-space:nowrap}}td.group,th.group{{text-align:left;white-space:normal}}</style>
</head>
<body>
<h1>{escape(title)}</h1>
<p>{sum(r.articles for r in rows)} articles in {len(rows)} groups by {escape(" and ".join(comparison.by))}.
Score intervals: percentile bootstrap, {comparison.resamples} resamples, seed {comparison.seed}.</p>
<p id="test">{escape(describe_test(comparison))}</p>{pool}
{"".join(f'<div class="chart">{c}</div>' for c in charts)}
<h2>Figures</h2>
<table id="figures"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>
<p>Shares of named, institutional, anonymous and unattributed attributions are shares of all the group's
attributions; "anonymous without reason" is the share of articles with an anonymous source given no reason.
The CSV, JSON and Parquet exports give the unrounded counts.</p>
</body></html>
"""


def _figures_table(comparison: Comparison) -> tuple[str, str]:
    """The HTML figures table's header and body: readable headers, rounded values, pooled groups in a tooltip."""
    level = f"{comparison.confidence:.0%}".replace("%", " %")
    headers = [*(f.capitalize() for f in comparison.by), "Articles", "Attributions per article",
               "Sources per article", *(TYPE_LABELS[t].capitalize() for t in SOURCE_TYPES), "Anonymous without reason",
               "Score (mean)", f"Score, {level} interval"]
    groups = len(comparison.by)
    head = "".join(f'<th class="group">{escape(h)}</th>' if i < groups else f"<th>{escape(h)}</th>"
                   for i, h in enumerate(headers))
    lines = []
    for row in comparison.rows:
        tip = f' title="{escape(", ".join(" · ".join(g) for g in row.pooled))}"' if row.pooled else ""
        values = [str(row.articles), f"{row.attributions_per_article:.1f}", f"{row.sources_per_article:.1f}",
                  *(_percent(row.share_by_type[t]) for t in SOURCE_TYPES), _percent(row.unjustified_anonymous_share),
                  f"{row.score_mean:.1f}", f"{row.score_ci[0]:.0f}–{row.score_ci[1]:.0f}" if row.score_ci else "–"]
        cells = "".join(f'<td class="group"{tip}>{escape(g)}</td>' for g in row.shown)
        lines.append(f"<tr>{cells}{''.join(f'<td>{escape(v)}</td>' for v in values)}</tr>")
    return head, "".join(lines)


def _percent(share: float) -> str:
    """A share as a whole percentage: 0.4286 -> "43 %"."""
    return f"{share * 100:.0f} %"



def sources_records(sources: Sequence[CorpusSource]) -> list[dict[str, Any]]:
    """One JSON-ready record per corpus source, in the given order (rank 1 first)."""
    return [{"rank": rank, "label": s.label, "type": s.type, "quotes": s.quotes, "articles": s.articles,
             "outlets": [{"outlet": o, "quotes": n} for o, n in s.outlets.items()], "variants": list(s.variants),
             "key": s.key} for rank, s in enumerate(sources, 1)]


def sources_json(sources: Sequence[CorpusSource]) -> str:
    """The sources as an indented JSON array."""
    return json.dumps(sources_records(sources), ensure_ascii=False, indent=2) + "\n"


def sources_csv(sources: Sequence[CorpusSource]) -> str:
    """The sources as CSV; outlets as `outlet (quotes)` and variants joined by `; `."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["rank", "label", "type", "quotes", "articles", "outlets", "variants", "key"])
    for rank, s in enumerate(sources, 1):
        writer.writerow([rank, s.label, s.type, s.quotes, s.articles,
                         "; ".join(f"{o or '?'} ({n})" for o, n in s.outlets.items()), "; ".join(s.variants), s.key])
    return out.getvalue()
