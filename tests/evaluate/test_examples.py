"""The shipped example gold (examples/example.gold.json) is valid, and `attribution evaluate` finds
its articles by itself, as the README shows."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attribution.cli import app
from attribution.evaluate.gold import read_gold
from attribution.evaluate.runner import find_articles_dir, read_article
from attribution.types import KINDS, SOURCE_TYPES

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "examples" / "example.gold.json"
ARTICLES = ROOT / "examples" / "articles"


def test_examples_gold_anchors_are_exact() -> None:
    docs = read_gold(GOLD)
    assert [d.document for d in docs] == sorted(p.name for p in ARTICLES.glob("*.txt"))
    for doc in docs:
        text = read_article(ARTICLES / doc.document, doc.language).text
        for att in doc.attributions:
            assert text[att.start:att.end] == att.anchor and text.count(att.anchor) == 1, att.id
            assert att.kind in KINDS and att.type in SOURCE_TYPES, att.id
            assert all(part in att.anchor for part in (att.cue or "").split()), att.id
            assert (att.speaker is None) == (att.type == "unattributed"), att.id


def test_examples_articles_are_found_beside_the_gold() -> None:
    names = [d.document for d in read_gold(GOLD)]
    assert find_articles_dir(GOLD, names) == ARTICLES


def test_examples_bylines_are_read() -> None:
    authors = {d.document: d.metadata["author"] for d in read_gold(GOLD)}
    for name, author in authors.items():
        assert read_article(ARTICLES / name, "de").meta.author == author


@pytest.mark.model
def test_examples_evaluate_runs_as_the_readme_shows(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("attribution.extract.engine")
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["evaluate", "examples/example.gold.json", "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout.strip().splitlines()[-1])
    assert scores["articles_missing"] == []
    assert scores["f1"] >= 0.8 and scores["type_accuracy"] >= 0.8
