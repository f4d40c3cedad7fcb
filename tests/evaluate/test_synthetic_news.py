"""The written news sets (benchmarks/synthetic_news) read as gold files, and every anchor stands
where its offsets say, so `attribution evaluate` scores them as annotated."""
from __future__ import annotations

from pathlib import Path

import pytest

from attribution.evaluate.gold import read_gold

SETS = sorted((Path(__file__).parents[2] / "benchmarks" / "synthetic_news").glob("set_*"))


def test_there_are_fourteen_sets() -> None:
    assert [p.name for p in SETS] == [f"set_{c}" for c in "abcdefghijklmn"]


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_anchor_stands_at_its_offsets_once(folder: Path) -> None:
    docs = read_gold(folder / "gold.json")
    assert len(docs) >= 10
    for doc in docs:
        text = (folder / "articles" / doc.document).read_text(encoding="utf-8")
        for a in doc.attributions:
            assert text[a.start:a.end] == a.anchor and text.count(a.anchor) == 1, (doc.document, a.id)
            assert a.type in {"named", "institutional", "anonymous", "unattributed"}
