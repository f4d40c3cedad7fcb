"""End to end on the seed articles through the CLI, scored by the shared scorer: detection F1,
speaker accuracy and type accuracy must stay at or above 0.90 (issue acceptance)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attribution.cli import app

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "tools" / "score_attributions.py"
GOLD = ROOT.parent / "shared" / "gold" / "seeds.gold.json"

pytestmark = pytest.mark.model


@pytest.mark.skipif(not SCORER.is_file() or not GOLD.is_file(), reason="../shared is not beside the repository")
def test_seed_scores_stay_above_acceptance(tmp_path: Path) -> None:
    out = tmp_path / "pred"
    result = CliRunner().invoke(app, ["analyse", str(ROOT / "seeds"), "--format", "json", "--output", str(out)])
    assert result.exit_code == 0, result.output
    proc = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(out), "--json"],
                          capture_output=True, text=True, check=True)
    scores = json.loads(proc.stdout)
    for key in ("f1", "speaker_accuracy", "type_accuracy"):
        assert scores[key] >= 0.90, f"{key} = {scores[key]} on the seeds"
