"""The per-article sourcing-transparency report: summary, score, flags and its renderers."""
from attribution.report.build import build_report, exclusions
from attribution.report.flags import find_flags
from attribution.report.model import ArticleReport, Flag, Score, ScoreComponent, Source, Summary
from attribution.report.render_html import render_html, render_index
from attribution.report.render_markdown import render_markdown
from attribution.report.render_terminal import render_plain, render_terminal
from attribution.report.schema import SCHEMA_VERSION, dumps, to_dict
from attribution.report.score import score
from attribution.report.summary import summarise

__all__ = [
    "SCHEMA_VERSION", "ArticleReport", "Flag", "Score", "ScoreComponent", "Source", "Summary", "build_report", "dumps",
    "exclusions", "find_flags", "render_html", "render_index", "render_markdown", "render_plain", "render_terminal",
    "score", "summarise", "to_dict",
]
