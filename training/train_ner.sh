#!/usr/bin/env bash
# Train stanza's NER tagger (BiLSTM-CRF, PER/ORG/LOC/OTH) on GermEval 2014 (training/prepare_ner.py).
# No pretrained vectors are reachable offline: --no_pretrain, so the word embedding (stanza's
# zero-initialised "delta" embedding over the lowercased training vocabulary) and a character
# BiLSTM are learnt from the training data; no charlm. Strong word dropout (words replaced by UNK)
# makes the tagger lean on the character model for the many names seen once or never.
# Early stopping on the dev part; the held-out part is scored by training/evaluate_ner.py.
# usage: bash training/train_ner.sh [MAX_STEPS] [SAVE_NAME]   (after python training/prepare_ner.py)
set -euo pipefail
cd "$(dirname "$0")/.."
W=training/work/ner
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
python -m stanza.models.ner_tagger --mode train --shorthand de_germeval \
  --train_file $W/de_germeval.train.json --eval_file $W/de_germeval.dev.json \
  --no_pretrain --word_emb_dim 64 --hidden_dim 192 --char_hidden_dim 200 --char_emb_dim 50 \
  --word_dropout 0.25 --dropout 0.5 --batch_size 32 --scheme bioes --optim adam --lr 0.001 \
  --max_steps "${1:-3500}" --eval_interval 200 --max_steps_no_improve 1000 --log_step 100 \
  --save_dir $W/models --save_name "${2:-de_ner.pt}" --cpu
