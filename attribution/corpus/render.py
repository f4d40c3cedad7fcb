"""Terminal tables (rich) for corpus results: ingest summary, comparison, sources, centrality rankings."""
from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from attribution.corpus.compare import Comparison, describe_test
from attribution.corpus.graph import Ranking
from attribution.corpus.ingest import IngestResult
from attribution.corpus.sources import CorpusSource
from attribution.report.style import TERMINAL_COLOURS, TYPE_LABELS
from attribution.types import SOURCE_TYPES

__all__ = ["MAX_FAILURES", "render_comparison", "render_ingest", "render_rankings", "render_sources"]

MAX_FAILURES = 20  # failures listed one by one; the rest are counted
MAX_VARIANTS = 4  # spellings and references shown per source
MAX_OUTLETS = 3  # outlets shown per source
_SHORT_TYPES = {"named": "Named", "institutional": "Inst.", "anonymous": "Anon.", "unattributed": "Unatt."}


def render_ingest(result: IngestResult, console: Console) -> None:
    """The summary line of an ingest run, then its failures, one per line."""
    stored = f"stored {result.analysed} article{'s' * (result.analysed != 1)}"
    if result.outdated:
        stored += f" ({result.outdated} re-analysed for a new model or engine)"
    parts = [stored, f"{result.unchanged} unchanged"]
    if result.duplicates:
        parts.append(f"{result.duplicates} repeated in the input")
    if result.failures:
        parts.append(f"{len(result.failures)} failed")
    line = "; ".join(parts) + f" in {result.seconds:.1f} s"
    console.print(escape(line), soft_wrap=True)
    if not result.failures:
        return
    table = Table(title="Failures", title_justify="left", title_style="bold red")
    table.add_column("Input", overflow="fold")
    table.add_column("Problem", overflow="fold")
    for failure in result.failures[:MAX_FAILURES]:
        table.add_row(escape(failure.source), escape(failure.problem))
    console.print(table)
    if len(result.failures) > MAX_FAILURES:
        console.print(f"… and {len(result.failures) - MAX_FAILURES} more failures")


def render_comparison(comparison: Comparison, console: Console) -> None:
    """The comparison table, one row per group, and the test below it; fits 80 columns."""
    level = f"{comparison.confidence:.0%}"
    table = Table(title=f"Sourcing by {' and '.join(comparison.by)}", title_justify="left", title_style="bold",
                  box=box.SIMPLE_HEAD, padding=(0, 1, 0, 0), pad_edge=False, show_edge=False)
    for field in comparison.by:  # outlets wrap at spaces; months ("2026-03", "(undated)") do not wrap
        table.add_column(field.capitalize(), overflow="fold", no_wrap=field == "month", min_width=len(field))
    for header in ("n", "Att.", "Src."):
        table.add_column(header, justify="right", no_wrap=True)
    for t in SOURCE_TYPES:
        table.add_column(_SHORT_TYPES[t], justify="right", style=TERMINAL_COLOURS[t], no_wrap=True)
    table.add_column("No\nreason", justify="right", no_wrap=True)
    table.add_column("Score", justify="right", no_wrap=True)
    for row in comparison.rows:
        ci = f"\n{row.score_ci[0]:.0f}–{row.score_ci[1]:.0f}" if row.score_ci else ""
        table.add_row(*(escape(g) for g in row.shown), str(row.articles), f"{row.attributions_per_article:.1f}",
                      f"{row.sources_per_article:.1f}", *(f"{row.share_by_type[t]:.0%}" for t in SOURCE_TYPES),
                      f"{row.unjustified_anonymous_share:.0%}", f"{row.score_mean:.1f}{ci}")
    console.print(table)
    console.print(Text(f"n: articles. Att., Src.: attributions and distinct sources per article. Named to Unatt.: "
                       f"shares of all attributions. No reason: share of articles with an anonymous source given no "
                       f"reason. Score: mean transparency score, {level} bootstrap interval below it.", style="dim"))
    if comparison.pool_note:
        console.print(Text(comparison.pool_note, style="dim"))
    console.print(Text(describe_test(comparison)))


def render_sources(sources: Sequence[CorpusSource], console: Console) -> None:
    """The sources, most quoted first, with their type, outlets and (dimmed) the other forms they were seen as."""
    table = Table(title="Most quoted sources", title_justify="left", title_style="bold", box=box.SIMPLE_HEAD,
                  padding=(0, 1, 0, 0), pad_edge=False)
    table.add_column("#", justify="right")
    table.add_column("Source (also seen as)", overflow="fold", ratio=3)
    table.add_column("Type")
    table.add_column("Quotes", justify="right")
    table.add_column("Art.", justify="right")
    table.add_column("Outlets (quotes)", overflow="fold", ratio=2)
    for rank, src in enumerate(sources, 1):
        outlets = ", ".join(f"{o or '?'} ({n})" for o, n in list(src.outlets.items())[:MAX_OUTLETS])
        more = len(src.outlets) - MAX_OUTLETS
        others = [v for v in src.variants if v != src.label][:MAX_VARIANTS]
        seen = f"\n[dim]{escape(', '.join(others))}[/]" if others else ""
        table.add_row(str(rank), escape(src.label) + seen, f"[{TERMINAL_COLOURS[src.type]}]{TYPE_LABELS[src.type]}[/]",
                      str(src.quotes), str(src.articles), escape(outlets + (f", +{more}" if more > 0 else "")))
    console.print(table)


def render_rankings(rankings: Sequence[Ranking], console: Console) -> None:
    """One table per centrality measure: degrees as counts, the other measures to three decimals."""
    for ranking in rankings:
        table = Table(title=f"{ranking.measure}: {ranking.description}", title_justify="left", title_style="bold",
                      box=box.SIMPLE_HEAD, padding=(0, 1, 0, 0), pad_edge=False)
        table.add_column("#", justify="right")
        table.add_column("Node", overflow="fold")
        table.add_column("Kind")
        table.add_column(ranking.measure.capitalize(), justify="right")
        for rank, (label, kind, value) in enumerate(ranking.entries, 1):
            shown = f"{value:.0f}" if ranking.measure == "degree" else f"{value:.3f}"
            table.add_row(str(rank), escape(label), kind, shown)
        console.print(table)
