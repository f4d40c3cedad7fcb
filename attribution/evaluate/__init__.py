"""Evaluation against annotated articles: the project's gold schema and the SpkAtt 2023 task.

The `attribution evaluate` command lives in attribution.evaluate.command (imported by the CLI
only, so that the library does not pull in typer and rich).
"""
from attribution.evaluate.gold import GoldAttribution, GoldDocument, GoldError, GoldScores, read_gold
from attribution.evaluate.gold import score as score_gold
from attribution.evaluate.runner import Analysed, GoldRun, SpkAttRun, Timing, analyse, run_gold, run_spkatt
from attribution.evaluate.spkatt_metric import PRF, FormRecall, Miss, SpkAttScores, TaskScores, align
from attribution.evaluate.spkatt_metric import score as score_spkatt

__all__ = [
    "PRF", "Analysed", "FormRecall", "GoldAttribution", "GoldDocument", "GoldError", "GoldRun", "GoldScores", "Miss",
    "SpkAttRun", "SpkAttScores", "TaskScores", "Timing", "align", "analyse", "read_gold", "run_gold", "run_spkatt",
    "score_gold", "score_spkatt",
]
