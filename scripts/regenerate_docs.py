"""Rewrite the generated blocks of the docs from the committed reports, or check that they are fresh.

A block is marked in a Markdown file as

    <!-- generated:NAME -->
    ...
    <!-- /generated -->

and everything between the markers is what `BLOCKS[NAME]` makes from `reports/` (which
`scripts/regenerate_reports.sh` makes from the code, the models and `seeds/`, and then runs this
script). So the worked score example, the JSON example with its model id, the report's score and
summary lines and the line `attribution analyse` ends a run with are the code's own output.
`tests/test_docs_fresh.py` runs the check.

usage: python scripts/regenerate_docs.py [--check]
"""
from __future__ import annotations

import argparse
import io
import json
import re
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from rich.console import Console

from attribution import cli
from attribution.report.score import DIVERSITY_STEP, WEIGHTS

ROOT = Path(__file__).resolve().parent.parent
DOCS = tuple(ROOT / "docs" / name for name in ("transparency-score.md", "report-schema.md", "analyse.md"))
EXAMPLE = "004_e77480f625617f17"  # the seed article the docs use as their example
JSON_WIDTH = 118  # a JSON value goes on one line when it fits in this many columns
DOC_WIDTH = 98  # prose lines of the docs
_BLOCK = re.compile(r"(<!-- generated:(?P<name>[\w-]+) -->\n)(?P<body>.*?)(<!-- /generated -->)", re.S)
_OPEN = re.compile(r"<!-- generated:([\w-]+) -->")


def _report(root: Path) -> dict[str, Any]:
    """The example article's JSON report."""
    return json.loads((root / "reports" / f"{EXAMPLE}.json").read_text(encoding="utf-8"))


def _number(x: float) -> str:
    """A number as the docs write it: at most two decimals, no trailing zeros ("15", "36.92")."""
    return f"{x:.2f}".rstrip("0").rstrip(".")


def worked_example(root: Path) -> str:
    """The transparency score of the example report, component by component."""
    r = _report(root)
    s, points = r["summary"], {c["id"]: c["points"] for c in r["score"]["components"]}
    maxima = {c["id"]: c["max"] for c in r["score"]["components"]}
    n, by_type = s["attributions"], s["by_type"]
    identified = by_type["named"] + by_type["institutional"]
    unjustified, hearsay, distinct = s["anonymous_without_reason"], by_type["unattributed"], s["distinct_sources"]
    counts = ", ".join(f"{by_type[t]} {t}" for t in by_type if by_type[t])
    byline = {"person": "a person's byline", "collective": "a collective byline", "missing": "no byline"}
    terms = [f"{maxima['identified']} × {identified}/{n} = {_number(points['identified'])}",
             f"{maxima['anonymity']} × {n - unjustified}/{n} = {_number(points['anonymity'])}",
             f"{maxima['reportative']} × {n - hearsay}/{n} = {_number(points['reportative'])}",
             f"{DIVERSITY_STEP} × min({distinct} − 1, {WEIGHTS['diversity'] // DIVERSITY_STEP}) = "
             f"{_number(points['diversity'])}", f"byline {_number(points['byline'])}"]
    text = (f"Worked example (`reports/{EXAMPLE}.json`): {n} attributions ({counts}), {unjustified} anonymous "
            f"without a reason, {hearsay} unsourced hearsay {'claim' if hearsay == 1 else 'claims'}, {distinct} "
            f"distinct sources, {byline[r['metadata']['byline_kind']]}: {', '.join(terms)}; "
            f"sum {_number(sum(points.values()))} → **{r['score']['total']}**.")
    return textwrap.fill(text, DOC_WIDTH, break_on_hyphens=False) + "\n"


def terminal_score(root: Path) -> str:
    """The score table and summary line of the example's plain terminal report, as printed."""
    lines = (root / "reports" / f"{EXAMPLE}.txt").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Transparency score:"))
    end = next(i for i, line in enumerate(lines) if i > start and line.startswith("By source type"))
    return "```\n" + "\n".join(lines[start:end]) + "\n```\n"


def _compact(value: Any, indent: int = 0) -> str:
    """JSON with every value that fits on one line kept on one line, the rest indented by two."""
    flat = json.dumps(value, ensure_ascii=False)
    if not isinstance(value, dict | list) or not value or indent + len(flat) <= JSON_WIDTH:
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        items = [f"{pad}{json.dumps(k, ensure_ascii=False)}: {_compact(v, indent + 2).lstrip()}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    items = [pad + _compact(v, indent + 2) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"


def json_example(root: Path) -> str:
    """The example report abridged to its first direct quote, first exclusion and first source."""
    r = _report(root)
    quote = next((q for q in r["quotes"] if q["kind"] == "direct"), r["quotes"][0])
    r["quotes"] = [quote]
    r["metadata"]["excluded"] = r["metadata"]["excluded"][:1]
    r["summary"]["sources"] = r["summary"]["sources"][:1]
    return "```json\n" + _compact(r) + "\n```\n"


def run_summary(root: Path) -> str:
    """The line `attribution analyse` ends with, for the reports in reports/ (the CLI's own wording)."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=200, no_color=True)
    run = cli._Run(console, console, Path("reports"), [], False)
    data = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((root / "reports").glob("*.json"))]
    reports = [(None, SimpleNamespace(summary=SimpleNamespace(attributions=d["summary"]["attributions"]),
                                      score=SimpleNamespace(total=d["score"]["total"]))) for d in data]
    cli._summary_line(run, reports, Path("reports"))
    return "```\n" + buffer.getvalue().strip() + "\n```\n"


BLOCKS: dict[str, Callable[[Path], str]] = {
    "worked-example": worked_example,
    "terminal-score": terminal_score,
    "json-example": json_example,
    "run-summary": run_summary,
}


def regenerate(text: str, root: Path = ROOT) -> str:
    """The Markdown text with every generated block rewritten; unknown names and unclosed blocks raise."""
    opened = _OPEN.findall(text)
    blocks = list(_BLOCK.finditer(text))
    if len(opened) != len(blocks):
        raise ValueError(f"{len(opened) - len(blocks)} generated block(s) lack their <!-- /generated --> line")
    unknown = sorted({m["name"] for m in blocks} - set(BLOCKS))
    if unknown:
        raise ValueError(f"unknown generated block(s): {', '.join(unknown)}; known: {', '.join(BLOCKS)}")
    return _BLOCK.sub(lambda m: m.group(1) + BLOCKS[m["name"]](root) + m.group(4), text)


def stale(paths: tuple[Path, ...] = DOCS, root: Path = ROOT) -> list[Path]:
    """The docs whose generated blocks differ from what the current reports give."""
    return [p for p in paths if regenerate(p.read_text(encoding="utf-8"), root) != p.read_text(encoding="utf-8")]


def main() -> int:
    """Rewrite the docs' generated blocks, or with --check list the stale docs and exit 1."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 when a doc is stale")
    args = parser.parse_args()
    outdated = stale()
    if args.check:
        for path in outdated:
            print(f"{path.relative_to(ROOT)} is stale: run python scripts/regenerate_docs.py", file=sys.stderr)
        return 1 if outdated else 0
    for path in outdated:
        path.write_text(regenerate(path.read_text(encoding="utf-8")), encoding="utf-8")
        print(f"rewrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
