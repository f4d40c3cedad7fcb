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
