#!/usr/bin/env bash
# Regenerate reports/ from seeds/ in every format (plain terminal text, JSON, HTML, Markdown).
# Run after changing the engine, the models or the report; tests/test_reports_fresh.py fails until
# reports/ matches what this produces.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf reports
attribution analyse seeds/ --format terminal --format json --format html --format markdown --output reports/
