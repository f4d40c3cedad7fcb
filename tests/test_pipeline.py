"""The library API: text in, report out."""
from __future__ import annotations

import pytest

from attribution.pipeline import analyse

pytestmark = pytest.mark.model


def test_analyse_text_gives_a_scored_report() -> None:
    report = analyse("Ein Beamter sagte, die Lage sei ernst. Die Regierung habe alles versucht.")
    assert [a.kind for a in report.attributions] == ["indirect", "continuation"]
    assert report.attributions[0].type == "anonymous"
    assert 0 <= report.score.total <= 100
    assert any(f.id == "anonymous_without_reason" for f in report.flags)


def test_a_dateline_is_no_part_of_the_speaker(tmp_path) -> None:
    from attribution.io.readers import read_inputs
    from attribution.pipeline import attributions

    path = tmp_path / "wire.txt"
    path.write_text("Floods reach the valley\n\nMARLOW, Oct. 4 (Reuters) — Residents of the valley said the water "
                    "was still rising on Tuesday.\n", encoding="utf-8")
    article = next(iter(read_inputs([path], lang="en")))
    assert any("MARLOW" in s.text for s in article.excluded)
    doc, found = attributions(article)
    said = next(a for a in found if a.cue is not None and a.cue.text == "said")
    assert said.speaker is not None and "MARLOW" not in said.speaker.text and said.type == "anonymous"
    assert doc.text == article.text
