#!/usr/bin/env bash
# Regenerate reports/ from seeds/ in every format (plain terminal text, JSON, HTML, Markdown), then
# the docs' examples made from them (scripts/regenerate_docs.py) and the README's screenshot
# (scripts/terminal_screenshot.py). Run after changing the engine, the models or the report;
# tests/test_reports_fresh.py and tests/test_docs_fresh.py fail until reports/ and the docs match
# what this produces.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf reports
attribution analyse seeds/ --format terminal --format json --format html --format markdown --output reports/
python scripts/regenerate_docs.py
python scripts/terminal_screenshot.py
