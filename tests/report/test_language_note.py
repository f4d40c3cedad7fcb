"""The language detector's note (`meta.extra["language_note"]`: `--lang auto` on a text too short to
tell falls back to German with a note) stands next to the Language field in every report format, and
nowhere when there is no note."""
from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attribution.cli import app
from attribution.io.readers import read_inputs
from attribution.report import build_report, dumps, render_html, render_markdown
from attribution.report.render_terminal import render_plain
from attribution.types import Article
from tests.fakes import fake_parse, make_article, make_attribution

TEXT = "Brücke gesperrt, sagte Anna Schmidt."
NOTE = "too short to tell the language (5 words, 0 telling); assumed de"


def _report(note: str | None):
    article = make_article(TEXT, document="kurz.txt", title="Brücke gesperrt")
    if note is not None:
        article = dataclasses.replace(article, meta=dataclasses.replace(
            article.meta, extra={**article.meta.extra, "language_note": note}))
    atts = [make_attribution(TEXT, kind="indirect", cue="sagte", content="Brücke gesperrt", speaker="Anna Schmidt")]
    return build_report(article, fake_parse(TEXT), atts)


def test_terminal_report_shows_the_note_next_to_the_language() -> None:
    text = " ".join(render_plain(_report(NOTE), width=200).split())
    assert f"Language de ({NOTE})" in text


def test_markdown_report_shows_the_note_next_to_the_language() -> None:
    assert f"- **Language:** de ({NOTE})" in render_markdown(_report(NOTE)).splitlines()


def test_html_report_shows_the_note_next_to_the_language() -> None:
    html = render_html(_report(NOTE))
    assert "<dt>Language</dt><dd>de (too short to tell the language (5 words, 0 telling); assumed de)</dd>" in html


def test_json_report_carries_the_note_beside_the_language() -> None:
    data = json.loads(dumps(_report(NOTE)))
    assert data["language"] == "de" and data["language_note"] == NOTE
    keys = list(data)
    assert keys.index("language_note") == keys.index("language") + 1


def test_reports_without_a_note_show_the_language_alone() -> None:
    report = _report(None)
    assert report.language_note is None and report.language_label == "de"
    assert "language_note" not in json.loads(dumps(report))
    assert "- **Language:** de" in render_markdown(report).splitlines()
    assert "<dt>Language</dt><dd>de</dd>" in render_html(report)
    assert re.search(r"Language +de +\|", render_plain(report, width=200))


def test_short_text_read_with_auto_carries_the_note_into_the_report(tmp_path: Path) -> None:
    (tmp_path / "short.txt").write_text(TEXT, encoding="utf-8")
    article = next(r for r in read_inputs([tmp_path]) if isinstance(r, Article))
    report = build_report(article, fake_parse(article.text), [])
    assert report.article.lang == "de" and report.language_note and "too short" in report.language_note
    assert report.language_label == f"de ({report.language_note})"


@pytest.mark.model
def test_cli_report_of_a_short_text_shows_the_note(tmp_path: Path) -> None:
    pytest.importorskip("attribution.extract.engine")
    (tmp_path / "short.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["analyse", str(tmp_path / "short.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout[result.stdout.index("{"):result.stdout.rindex("}") + 1])
    assert data["language"] == "de" and "too short" in data["language_note"]
    result = CliRunner().invoke(app, ["analyse", str(tmp_path / "short.txt"), "--no-color"])
    assert result.exit_code == 0, result.output
    assert "Language  de (too short to tell the language" in result.stdout
