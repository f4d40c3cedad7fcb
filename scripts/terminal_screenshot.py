"""Render the terminal report of one article to an SVG (the README's screenshot).

usage: python scripts/terminal_screenshot.py [ARTICLE] [OUT.svg]
"""
from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console

from attribution.cli import load_analyser
from attribution.io.readers import read_path
from attribution.report.build import build_report
from attribution.report.render_terminal import render_terminal
from attribution.types import Article


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    article_path = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "seeds" / "004_e77480f625617f17.txt"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else root / "docs" / "terminal-report.svg"
    article = next(a for a in read_path(article_path) if isinstance(a, Article))
    doc, atts = load_analyser(None)(article)
    console = Console(record=True, width=100, force_terminal=True, color_system="truecolor")
    render_terminal(build_report(article, doc, atts), console)
    console.save_svg(str(out), title=f"attribution analyse {article_path.name}")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
