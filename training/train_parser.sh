#!/usr/bin/env bash
# Train stanza's graph dependency parser on HanTa-tagged data (the tags it sees at run time).
# No pretrained vectors are reachable offline: --no_pretrain, word and character embeddings
# learnt from the treebank. Features are not used (--no_ufeats): the tagger predicts none.
# usage: bash training/train_parser.sh [MAX_STEPS] [CHECKPOINT]   (after training/prepare_data.py)
# With CHECKPOINT (training/work/models/de_parser_checkpoint.pt) training continues from it.
set -euo pipefail
cd "$(dirname "$0")/.."
W=training/work
python -m stanza.models.parser --mode train --lang de --shorthand de_attribution \
  --train_file $W/dep/train.conllu --eval_file $W/dep/dev.conllu --output_file $W/dep/dev.pred.conllu \
  --no_pretrain --no_ufeats --hidden_dim 200 --deep_biaff_hidden_dim 200 --char_hidden_dim 200 --batch_size 1500 \
  --max_steps "${1:-2000}" --eval_interval 100 --max_steps_before_stop 600 \
  --save_dir $W/models --save_name de_parser.pt --cpu ${2:+--continue_from "$2"}
