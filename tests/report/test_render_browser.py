"""The HTML report opened in headless Chromium: highlights, table and chart are in the rendered page."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from attribution.report import build_report, render_html
from tests.fakes import fake_parse, make_article, make_attribution

CHROMIUM = next((c for c in ("chromium", "chromium-browser", "google-chrome") if shutil.which(c)), None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
         "--disable-dev-shm-usage"]
TEXT = "Stadt sperrt Brücke\n\n„Die Brücke ist marode“, sagte Anna Schmidt. Ein Beamter erklärte, es fehle Geld.\n"

pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    atts = [make_attribution(TEXT, kind="direct", cue="sagte", content="Die Brücke ist marode", speaker="Anna Schmidt"),
            make_attribution(TEXT, type="anonymous", cue="erklärte", content="es fehle Geld", speaker="Ein Beamter",
                             sentence=1)]
    report = build_report(make_article(TEXT, title="Stadt sperrt Brücke"), fake_parse(TEXT), atts)
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render_html(report), encoding="utf-8")
    return path


def _chromium(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={cwd / 'profile'}", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd)


def test_render_browser_dom_has_highlights_and_table(page: Path) -> None:
    dom = _chromium("--dump-dom", page.as_uri(), cwd=page.parent).stdout
    assert '<table id="attributions">' in dom
    assert '<tr id="q1">' in dom and '<tr id="q2">' in dom
    assert 'class="q t-named"' in dom and 'class="q t-anonymous"' in dom
    assert ">Die Brücke ist marode</span>" in dom
    assert "<svg" in dom


def test_render_browser_screenshot(page: Path) -> None:
    shot = page.parent / "shot.png"
    _chromium("--window-size=1200,1600", f"--screenshot={shot}", page.as_uri(), cwd=page.parent)
    assert shot.is_file() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000  # a rendered page, not a blank one
