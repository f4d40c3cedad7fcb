#!/usr/bin/env bash
# The whole German model recipe, from ../shared to attribution/models/de/ (1-2 hours on 2 CPU cores;
# run it in the background and read training/work/*.log). Each step can also be run alone.
# usage: bash training/train_all.sh [PARSER_STEPS] [TOKENIZER_STEPS]
set -euo pipefail
cd "$(dirname "$0")/.."
W=training/work
mkdir -p $W
python training/build_lexicons.py
python training/prepare_data.py
bash training/train_tokenizer.sh "${2:-4000}" > $W/tokenizer.log 2>&1
bash training/train_parser.sh "${1:-2000}" > $W/parser.log 2>&1
python training/package_models.py
