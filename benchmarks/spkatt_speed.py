#!/usr/bin/env python3
"""Speed of the analysis on the SpkAtt 2023 news articles: articles/s and words/s, parse and
attribution stages timed apart.

The parse cache is off (every article is parsed), and the models are loaded before the clock
starts, so the figures are the steady-state throughput of one process on this machine.

usage: python benchmarks/spkatt_speed.py [FOLDER] [--limit N] [--model-dir DIR] [--json]
FOLDER defaults to ../shared/data/spkatt2023_news/train beside the repository.
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

from attribution.evaluate import runner
from attribution.nlp.parse import get_parser

DEFAULT_FOLDER = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "spkatt2023_news" / "train"


def main(argv: list[str]) -> int:
    """Time the analysis of the folder's articles and print the rates."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER, help="folder of SpkAtt JSON files")
    ap.add_argument("--limit", type=int, default=None, help="time only the first N articles")
    ap.add_argument("--model-dir", type=Path, default=None, help="parser models to use")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    args = ap.parse_args(argv)
    files = runner.spkatt_files(args.folder, args.limit)
    if not files:
        print(f"no SpkAtt .json files in {args.folder}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    parser = get_parser("de", args.model_dir)
    load_s = time.perf_counter() - t0
    results = [res for _, res in runner.iter_spkatt(files, args.model_dir, cache=None)]
    t = runner.timing(results)
    figures = {
        "articles": t.articles, "words": t.words, "tokens": t.tokens, "model": parser.id, "model_load_s": round(load_s, 2),
        "parse_s": round(t.parse_s, 2), "extract_s": round(t.extract_s, 2),
        "parse_articles_per_s": round(t.rate(t.articles, t.parse_s), 2),
        "parse_words_per_s": round(t.rate(t.words, t.parse_s)),
        "extract_articles_per_s": round(t.rate(t.articles, t.extract_s), 2),
        "extract_words_per_s": round(t.rate(t.words, t.extract_s)),
        "total_articles_per_s": round(t.rate(t.articles, t.total_s), 2),
        "total_words_per_s": round(t.rate(t.words, t.total_s)),
        "machine": f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}",
    }
    if args.json:
        print(json.dumps(figures))
        return 0
    print(f"{t.articles} articles, {t.words} words ({t.tokens} tokens); model {parser.id} loaded in {load_s:.1f} s")
    print(f"{'stage':<12}{'seconds':>10}{'articles/s':>12}{'words/s':>10}")
    for stage, secs in (("parse", t.parse_s), ("attribution", t.extract_s), ("total", t.total_s)):
        print(f"{stage:<12}{secs:>10.1f}{t.rate(t.articles, secs):>12.2f}{t.rate(t.words, secs):>10.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
