"""The renderers: JSON (schema and the score_attributions contract), terminal, Markdown and HTML."""
from __future__ import annotations

import importlib.util
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rich.console import Console

from attribution.report import SCHEMA_VERSION, build_report, dumps, render_html, render_index, render_markdown
from attribution.report.render_terminal import WIDE, render_plain, render_terminal
from tests.fakes import fake_parse, make_article, make_attribution

TEXT = ("Bürgermeister warnt vor Hochwasser\n\n"
        "„Wir sind vorbereitet“, sagte Anna Schmidt. Ein Beamter erklärte, die Lage sei <ernst> & | unklar. "
        "Der Damm soll gebrochen sein.\n\nNewsletter\n")
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ANSI = re.compile(r"\x1b\[")
COLOUR = re.compile(r"\x1b\[(?:\d+;)*(?:3[0-8]|9[0-7])[;m]")  # a foreground colour code


@pytest.fixture
def report():
    atts = [
        make_attribution(TEXT, kind="direct", cue="sagte", content="Wir sind vorbereitet", speaker="Anna Schmidt"),
        make_attribution(TEXT, type="anonymous", cue="erklärte", content="die Lage sei <ernst> & | unklar",
                         speaker="Ein Beamter", sentence=1, description="Beamter"),
        make_attribution(TEXT, kind="reportative", type="unattributed", cue="soll",
                         content="Der Damm soll gebrochen sein", sentence=2),
    ]
    article = make_article(TEXT, document="flut.txt", title="Bürgermeister warnt vor Hochwasser", author="Redaktion", byline_kind="collective",
                           excluded=(("Newsletter", "newsletter"),))
    return build_report(article, fake_parse(TEXT), atts)


def test_render_json_schema(report) -> None:
    data = json.loads(dumps(report))
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["document"] == "flut.txt"
    assert set(data) == {"schema_version", "document", "language", "model", "metadata", "quotes", "summary", "score",
                         "flags"}
    q = data["quotes"][1]
    assert q["kind"] == "indirect" and q["type"] == "anonymous"
    assert q["cue"]["text"] == "erklärte" and TEXT[slice(*q["cue"]["spans"][0])] == "erklärte"
    assert TEXT[q["content"]["start"]:q["content"]["end"]] == q["content"]["text"]
    assert TEXT[q["speaker"]["start"]:q["speaker"]["end"]] == q["speaker"]["text"] == "Ein Beamter"
    assert q["explanation"]["rule"] == "test.rule" and q["anonymity_reason"] is None
    assert q["source_description"] == "Beamter" and q["source"] == 1
    assert data["quotes"][2]["speaker"] is None and data["quotes"][2]["source"] is None
    assert data["metadata"]["excluded"] == [{"start": TEXT.index("Newsletter"), "end": TEXT.index("Newsletter") + 10,
                                             "text": "Newsletter", "reason": "newsletter"}]
    assert data["summary"]["by_type"]["unattributed"] == 1
    assert data["score"]["total"] == report.score.total
    assert sum(c["max"] for c in data["score"]["components"]) == data["score"]["max"] == 100
    assert [f["id"] for f in data["flags"]] == ["anonymous_without_reason", "reportative_without_source",
                                                "collective_byline"]
    assert dumps(report) == dumps(report)  # deterministic


@pytest.mark.skipif(not (SHARED / "tools" / "score_attributions.py").is_file(), reason="shared/tools not present")
def test_render_json_meets_score_attributions_contract(report, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("score_attributions", SHARED / "tools" / "score_attributions.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    (tmp_path / "flut.json").write_text(dumps(report), encoding="utf-8")
    anchor = "sagte Anna Schmidt"
    gold = {"documents": [{"document": "flut.txt", "attributions": [
        {"id": "f-01", "anchor": anchor, "start": TEXT.index(anchor), "end": TEXT.index(anchor) + len(anchor),
         "kind": "direct", "type": "named", "required": True, "speaker": "Anna Schmidt", "speaker_head": "Schmidt",
         "refers_to": None}]}]}
    result, misses, _ = scorer.score(gold, scorer.load_reports([tmp_path]))
    assert misses == []
    assert result["recall"] == 1.0 and result["speaker_accuracy"] == 1.0 and result["type_accuracy"] == 1.0


def test_render_plain_text(report) -> None:
    text = render_plain(report, width=100)
    assert not ANSI.search(text)
    assert "Bürgermeister warnt vor Hochwasser" in text
    assert f"Transparency score: {report.score.total}/100" in text
    assert "„{Wir sind vorbereitet}[1]“" in text
    assert "{Der Damm soll gebrochen sein}[3]" in text
    assert "No reason for anonymity is given." in " ".join(text.split())
    assert "the byline is collective (Redaktion)" in text
    assert "newsletter or follow prompt: Newsletter" in text


@pytest.mark.parametrize("width", [50, 80, 120, 149, 150, 200])
def test_render_terminal_respects_width(report, width: int) -> None:
    text = render_plain(report, width=width)
    assert max(len(line) for line in text.splitlines()) <= width
    assert ("| Speaker" in text) == (width >= WIDE)  # a table only where it fits


def test_render_terminal_colour_and_no_color(report) -> None:
    coloured, plain = io.StringIO(), io.StringIO()
    render_terminal(report, Console(file=coloured, force_terminal=True, color_system="truecolor", width=120))
    render_terminal(report, Console(file=plain, force_terminal=True, no_color=True, width=120))
    assert COLOUR.search(coloured.getvalue())
    assert "{Wir sind vorbereitet}" not in coloured.getvalue()
    assert "{Wir sind vorbereitet}[1]" in plain.getvalue()
    assert not COLOUR.search(plain.getvalue())


def test_render_markdown(report) -> None:
    md = render_markdown(report)
    assert md.startswith("# Bürgermeister warnt vor Hochwasser\n")
    assert f"## Transparency score: {report.score.total}/100" in md
    assert "die Lage sei <ernst> & \\| unklar" in md  # pipes escaped inside table cells
    rows = [line for line in md.splitlines() if re.match(r"\| \d+ \|", line)]
    assert len(rows) == 3
    assert all(line.count(" | ") == rows[0].count(" | ") for line in rows)


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Collect()
    parser.feed(html)
    return parser.tags


def test_render_html_page(report) -> None:
    html = render_html(report)
    tags = _tags(html)
    highlights = [a for t, a in tags if t == "span" and "q" in (a.get("class") or "").split()]
    assert {a["data-q"] for a in highlights} == {"1", "2", "3"}
    assert any("t-anonymous" in a["class"] and "No reason for anonymity is given." in a["title"] for a in highlights)
    assert [a.get("id") for t, a in tags if t == "tr" and a.get("id")] == ["q1", "q2", "q3"]
    assert any(t == "svg" for t, _ in tags)
    assert "&lt;ernst&gt; &amp;" in html and "<ernst>" not in html
    assert not [a for t, a in tags if t in ("script", "link", "img")]  # self-contained: no external assets
    assert not [a for t, a in tags if t == "a" and not (a.get("href") or "").startswith("#")]


def test_render_html_index(report) -> None:
    html = render_index([("flut.html", report), ("flut-2.html", report)])
    links = [a["href"] for t, a in _tags(html) if t == "a"]
    assert links == ["flut.html", "flut-2.html"]
    assert f"<td>{report.score.total}</td>" in html
