"""The NER loader: BIO handling, a clear error for a missing model, and spans the shipped model
finds in a few sentences written for this test."""
from __future__ import annotations

from pathlib import Path

import pytest

from attribution.nlp.models import ModelError
from attribution.nlp.ner import MODEL_FILE, entities, recognise, spans, to_bio

SENTENCES = [
    "Bundeskanzlerin Angela Merkel sprach in Berlin mit Vertretern von Siemens .".split(),
    "Der Sprecher der Deutschen Bahn sagte am Montag in Frankfurt , die Züge führen wieder .".split(),
    "Thomas Müller wohnt seit Jahren in München .".split(),
    "Es regnet .".split(),
    "Der Vorsitzende der SPD , Lars Klingbeil , kritisierte die Bundesregierung .".split(),
]


def test_to_bio_and_spans() -> None:
    assert to_bio(["S-PER", "O", "B-ORG", "I-ORG", "E-ORG", "I-LOC"]) == ["B-PER", "O", "B-ORG", "I-ORG", "I-ORG", "B-LOC"]
    assert spans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"]) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")]
    assert spans([]) == []


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="NER model file .*nope.pt not found"):
        recognise([["Berlin"]], tmp_path / "nope.pt")


def test_shipped_model_exists() -> None:
    assert MODEL_FILE.is_file()


def test_recognise_shapes() -> None:
    tags = recognise([[], *SENTENCES])
    assert [len(t) for t in tags] == [0, *map(len, SENTENCES)]
    assert all(t == "O" or t[:2] in ("B-", "I-") and t[2:] in ("PER", "ORG", "LOC", "OTH") for s in tags for t in s)
    assert recognise([]) == []


def test_entities_in_news_sentences() -> None:
    found = set(entities(SENTENCES))
    assert (0, 1, 3, "PER") in found  # Angela Merkel
    assert (0, 5, 6, "LOC") in found  # Berlin
    assert (0, 9, 10, "ORG") in found  # Siemens
    assert (2, 0, 2, "PER") in found  # Thomas Müller
    assert (2, 6, 7, "LOC") in found  # München
    assert (4, 3, 4, "ORG") in found  # SPD
    assert (4, 5, 7, "PER") in found  # Lars Klingbeil
    assert not [e for e in found if e[0] == 3]
