"""reports/ must be what `scripts/regenerate_reports.sh` produces from seeds/ with the current code and models."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import attribution.cli as cli

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "regenerate_reports.sh"
REGENERATE = "scripts/regenerate_reports.sh"

pytestmark = pytest.mark.model


def _script_args() -> list[str]:
    """The arguments of the `attribution analyse` line in the script, so the test runs exactly that."""
    line = next(x for x in SCRIPT.read_text(encoding="utf-8").splitlines() if x.startswith("attribution analyse"))
    return re.sub(r"--output \S+", "", line).split()[1:]


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from attribution.nlp.models import ModelError, resolve

    pytest.importorskip("attribution.extract.engine")
    try:
        resolve("de")
    except ModelError as exc:
        pytest.skip(f"no German models: {exc}")
    out = tmp_path_factory.mktemp("reports")
    mp = pytest.MonkeyPatch()
    mp.setenv("ATTRIBUTION_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    mp.chdir(ROOT)
    try:
        result = CliRunner().invoke(cli.app, [*_script_args(), "--output", str(out)])
    finally:
        mp.undo()
    assert result.exit_code == 0, result.output
    return out


def test_reports_same_files(regenerated: Path) -> None:
    committed = sorted(p.name for p in (ROOT / "reports").iterdir()) if (ROOT / "reports").is_dir() else []
    assert committed == sorted(p.name for p in regenerated.iterdir()), f"reports/ is stale: run {REGENERATE}"


@pytest.mark.parametrize("suffix", [".json", ".md", ".txt", ".html"])
def test_reports_up_to_date(regenerated: Path, suffix: str) -> None:
    for new in sorted(regenerated.glob(f"*{suffix}")):
        old = ROOT / "reports" / new.name
        assert old.is_file(), f"reports/{new.name} is missing: run {REGENERATE}"
        assert old.read_text(encoding="utf-8") == new.read_text(encoding="utf-8"), \
            f"reports/{new.name} is stale: run {REGENERATE}"
