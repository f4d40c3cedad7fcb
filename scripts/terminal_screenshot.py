"""Render the top of one article's terminal report to an SVG (the README's screenshot).

Only the first LINES lines are kept, at a width that stays readable when the SVG is shown at
page width: the header, the score with its components, the summary and the start of the
highlighted article. A line at the end says that the report goes on.

usage: python scripts/terminal_screenshot.py [ARTICLE] [OUT.svg] [--lines N] [--width N]
"""
from __future__ import annotations

import argparse
import io
from pathlib import Path

from rich.console import Console
from rich.segment import Segments
from rich.text import Text

from attribution.cli import load_analyser
from attribution.io.readers import read_path
from attribution.report.build import build_report
from attribution.report.render_terminal import renderable
from attribution.types import Article

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "articles" / "brueckensperrung.txt"
OUT = ROOT / "docs" / "terminal-report.svg"
LINES = 65  # header, score, summary, the highlighted article and its first two attributions
WIDTH = 100  # columns: wide enough for the score table, narrow enough to read at page width


def main() -> None:
    """Analyse the article, render its report in colour and save the top LINES lines as SVG."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=ARTICLE)
    parser.add_argument("out", nargs="?", type=Path, default=OUT)
    parser.add_argument("--lines", type=int, default=LINES)
    parser.add_argument("--width", type=int, default=WIDTH)
    args = parser.parse_args()
    article = next(a for a in read_path(args.article) if isinstance(a, Article))
    doc, atts = load_analyser(None)(article)
    console = Console(file=io.StringIO(), record=True, width=args.width, force_terminal=True, color_system="truecolor")
    lines = console.render_lines(renderable(build_report(article, doc, atts), plain=False, width=args.width),
                                 pad=False, new_lines=True)
    console.print(Segments([seg for line in lines[: args.lines] for seg in line]), end="")
    if len(lines) > args.lines:
        console.print(Text(f"… the report goes on: attributions with their explanations, flags, exclusions "
                           f"({len(lines) - args.lines} more lines)", style="dim italic"))
    console.save_svg(str(args.out), title=f"attribution analyse {args.article.name}")
    print(f"wrote {args.out} ({min(len(lines), args.lines)} of {len(lines)} lines)")


if __name__ == "__main__":
    main()
