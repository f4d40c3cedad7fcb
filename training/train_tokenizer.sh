#!/usr/bin/env bash
# Train stanza's German tokenizer (with sentence splitting) on the prepared CC BY-SA data.
# usage: bash training/train_tokenizer.sh [STEPS]   (after training/prepare_data.py)
set -euo pipefail
cd "$(dirname "$0")/.."
W=training/work
python -m stanza.models.tokenizer --mode train --lang de --shorthand de_attribution \
  --txt_file $W/gold/train.txt --label_file $W/tok/train.toklabels \
  --dev_txt_file $W/gold/dev.txt --dev_label_file $W/tok/dev.toklabels --dev_conll_gold $W/gold/dev.conllu \
  --mwt_json_file $W/tok/train-mwt.json --conll_file $W/tok/dev.pred.conllu --steps "${1:-6000}" --eval_steps 1000 \
  --save_dir $W/models --save_name de_tokenizer.pt --cpu
