"""English boilerplate lines and metadata (attribution/lang/en/boilerplate.toml), and datelines in
English and German wire copy (the [dateline] tables)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attribution.io.boilerplate import REASONS, byline_kind, detect

TITLE = "Government plans new tax on sugar"
BODY = ("The government wants to introduce a tax on sugar. The finance minister said on Monday that the "
        "revenue should go to schools.")
ROOT = Path(__file__).resolve().parents[2]


def _found(line: str):
    return detect(f"{TITLE}\n\n{BODY}\n\n{line}\n", "en")


def _reasons(line: str) -> dict[str, str]:
    return {e.text: e.reason for e in _found(line).exclusions}


@pytest.mark.parametrize(("line", "reason"), [
    # donation and paywall appeals
    ("Support our journalism", "donation"),
    ("Please support independent journalism: make a one-off contribution today.", "donation"),
    ("Subscribe now", "donation"),
    ("Subscribe now for just $1 a week", "donation"),
    ("Already a subscriber? Sign in", "donation"),
    ("Subscribe to continue reading.", "donation"),
    ("You have reached your limit of free articles this month.", "donation"),
    ("Donate via PayPal", "donation"),
    ("Start your free trial", "donation"),
    # navigation and teasers
    ("Related articles", "navigation"),
    ("Related: Port strike enters second week", "navigation"),
    ("Most read", "navigation"),
    ("Read more", "navigation"),
    ("Read more: Dockers walk out in Ellis", "navigation"),
    ("Share this article", "navigation"),
    ("Share on Facebook", "navigation"),
    ("Advertisement", "navigation"),
    ("Comments (12)", "navigation"),
    ("You may also like", "navigation"),
    ("Topics: Labour, Shipping", "navigation"),
    ("Copyright 2026 The Associated Press. All rights reserved.", "navigation"),
    # newsletter and follow prompts
    ("Sign up for our newsletter", "newsletter"),
    ("Sign up to our free morning briefing newsletter", "newsletter"),
    ("Newsletter", "newsletter"),
    ("Get the latest headlines delivered straight to your inbox.", "newsletter"),
    ("Follow us on Instagram for more stories.", "newsletter"),
    # bylines anywhere, wire credits
    ("Author: Staff", "byline"),
    ("By: Maria Keane", "byline"),
    ("(Reporting by Maria Keane in London; Editing by Tom Reed)", "byline"),
    ("Reporting by Maria Keane and Tom Reed; Writing by Ann Li; Editing by Bo Ek", "byline"),
    ("Editing by Tom Reed", "byline"),
    ("Tom Reed contributed reporting from Paris.", "byline"),
    ("Associated Press writer Tom Reed in London contributed to this report.", "byline"),
    # outlet notes
    ("The staff of Port Ellis News are a team of journalists and editors in the port.", "outlet_note"),
    # image credits
    ("Photo: Jane Doe/AP", "image_credit"),
    ("Photograph: Jane Doe/Reuters", "image_credit"),
    ("Getty Images", "image_credit"),
    ("Jane Doe/AFP via Getty Images", "image_credit"),
    ("AP Photo/Jane Doe", "image_credit"),
    # dates
    ("Published March 4, 2026", "date"),
    ("Published on March 4, 2026 at 10:15 a.m. ET", "date"),
    ("Updated 10:15 a.m. ET", "date"),
    ("4 March 2026", "date"),
    ("Wednesday, March 4, 2026", "date"),
    ("March 4th, 2026", "date"),
    ("First published on Wed 4 Mar 2026 10.15 GMT", "date"),
    ("Updated 2:34 PM EST, Tue March 4, 2026", "date"),
])
def test_boilerplate_en_line_reasons(line: str, reason: str) -> None:
    assert _reasons(line)[line] == reason


@pytest.mark.parametrize("line", [
    BODY,
    "By Monday the river had fallen.",
    "Photo opportunities were rare.",
    "The foundation announced $5m to support local journalism in the region.",
    '"Please donate today," the charity said in a statement on Monday.',
    "The service is for subscribers only, the company said.",
    "He wanted to become a member of the club, his lawyer said.",
    "Readers who subscribe now get a discount, the newspaper said on Tuesday.",
    "Related talks were held in Geneva on Tuesday, officials said.",
    "Most readers agreed with the decision, the poll found.",
    "Read the full statement on the ministry's website, the spokeswoman said.",
    "Share prices fell 3% in early trading.",
    "Advertisement revenue fell sharply last year, the company said.",
    "The newsletter, which has 20,000 subscribers, reported the deal first.",
    "Phishing emails were sent directly to your inbox, the police warned.",
    "The staff of the hospital are a team of doctors, the director said.",
    "Reporting by the BBC prompted an inquiry into the licences.",
    "Reporting by Tom Reed prompted an inquiry into the licences.",
    "Editing by Tom Reed took weeks, the publisher said.",
    "Published in 2026, the report found widespread abuse.",
    "On March 4, 2026 the ministers met in Brussels.",
    "Updated figures showed 14 deaths.",
    "Getty Images said it would appeal the ruling.",
    "Credit card debt rose in March.",
    "Follow the money, the prosecutor said.",
    "Top officials met in London.",
])
def test_boilerplate_en_keeps_article_text(line: str) -> None:
    assert line not in _reasons(line)


@pytest.mark.parametrize(("line", "author", "date", "credits"), [
    ("(Reporting by Maria Keane in London; Editing by Tom Reed)", "Maria Keane in London", None, ()),
    ("Reporting by Maria Keane and Tom Reed; Editing by Bo Ek", "Maria Keane and Tom Reed", None, ()),
    ("Editing by Tom Reed", None, None, ()),  # an editor is no author
    ("Tom Reed contributed reporting from Paris.", None, None, ()),
    ("Photo: Jane Doe/AP", None, None, ("Jane Doe/AP",)),
    ("Published on March 4, 2026 at 10:15 a.m. ET", None, "2026-03-04", ()),
    ("First published on Wed 4 Mar 2026 10.15 GMT", None, "2026-03-04", ()),
    ("Updated 10:15 a.m. ET", None, None, ()),  # a time alone carries no date
])
def test_boilerplate_en_line_metadata(line: str, author: str | None, date: str | None, credits: tuple[str, ...]) -> None:
    found = _found(line)
    assert (found.author, found.date, found.image_credits) == (author, date, credits)


def test_boilerplate_en_outlet_note_names_the_outlet() -> None:
    assert _found("The staff of Port Ellis News are a team of journalists and editors.").outlet == "Port Ellis News"


def test_boilerplate_en_inline_credits() -> None:
    for caption, credit in [("The minister at the port on Monday. (Photo: Jane Doe/AP)", "Jane Doe/AP"),
                            ("Dockworkers on the picket line. (AP Photo/Jane Doe)", "AP Photo/Jane Doe"),
                            ("Flood water in Marlow. (Jane Doe/Getty Images)", "Jane Doe/Getty Images")]:
        found = detect(f"{TITLE}\n\n{caption}\n\n{BODY}\n", "en")
        (exclusion,) = found.exclusions
        assert exclusion.reason == "image_credit" and caption.endswith(exclusion.text)
        assert found.image_credits == (credit,)


@pytest.mark.parametrize(("line", "author", "kind"), [
    ("By Maria Keane", "Maria Keane", "person"),
    ("By Maria Keane and Tom Reed, Reuters", "Maria Keane and Tom Reed, Reuters", "person"),
    ("By Maria Keane, Tom Reed and Ann de la Cruz", "Maria Keane, Tom Reed and Ann de la Cruz", "person"),
    ("By Maria Keane in London", "Maria Keane in London", "person"),
    ("By Maria Keane (Reuters)", "Maria Keane (Reuters)", "person"),
    ("By MARIA KEANE", "MARIA KEANE", "person"),
    ("Written by Maria Keane", "Maria Keane", "person"),
    ("Analysis by Maria Keane, Business Correspondent", "Maria Keane, Business Correspondent", "person"),
    ("By June Carter", "June Carter", "person"),
    ("By Reuters Staff", "Reuters Staff", "collective"),
    ("By The Associated Press", "The Associated Press", "collective"),
    ("By AFP", "AFP", "collective"),
    ("By Staff writer", "Staff writer", "collective"),
    ("Reuters", "Reuters", "collective"),
    ("AP/AFP", "AP/AFP", "collective"),
    ("Staff", "Staff", "collective"),
    ("Newsroom", "Newsroom", "collective"),
])
def test_boilerplate_en_byline_near_the_top(line: str, author: str, kind: str) -> None:
    found = detect(f"{TITLE}\n\n{line}\n\n{BODY}\n", "en")
    assert (found.author, found.byline_kind) == (author, kind)
    assert [(e.text, e.reason) for e in found.exclusions] == [(line, "byline")]


@pytest.mark.parametrize("line", [
    "By Monday the river had fallen.",
    "By Monday Night",
    "By The Numbers",
    "By Land and Sea",
    "By Maria Keane, who covered the strike",
    "By Maria Keane and Tom Reed took the train.",
])
def test_boilerplate_en_byline_near_the_top_keeps_article_text(line: str) -> None:
    found = detect(f"{TITLE}\n\n{line}\n\n{BODY}\n", "en")
    assert found.author is None and found.exclusions == ()


@pytest.mark.parametrize(("author", "kind"), [
    (None, "missing"), ("Staff", "collective"), ("Reuters", "collective"), ("AP/AFP", "collective"),
    ("The Associated Press", "collective"), ("Staff writer", "collective"), ("Maria Keane", "person"),
    ("Maria Keane, Reuters", "person"), ("Maria Keane and Tom Reed", "person"),
])
def test_boilerplate_en_byline_kind(author: str | None, kind: str) -> None:
    assert byline_kind(author, "en") == kind


# Datelines: only the dateline is excluded, the sentence after it stays, offsets unchanged.
@pytest.mark.parametrize(("lang", "paragraph", "dateline", "outlet"), [
    ("en", "MARLOW, Oct. 4 (Reuters) — Residents said the water had risen.", "MARLOW, Oct. 4 (Reuters) —", "Reuters"),
    ("en", "LONDON (AP) — The prime minister said on Monday that talks would resume.", "LONDON (AP) —", "AP"),
    ("en", "WASHINGTON — The president said the bill would pass.", "WASHINGTON —", None),
    ("en", "WASHINGTON—The president said the bill would pass.", "WASHINGTON—", None),
    ("en", "KYIV, Ukraine (AP) — Officials said the power was back.", "KYIV, Ukraine (AP) —", "AP"),
    ("en", "SPRINGFIELD, Ill. (AP) -- Officials said the plant would close.", "SPRINGFIELD, Ill. (AP) --", "AP"),
    ("en", "KARSK, June 12 (Reuters) - Prosecutors said the inquiry had widened.", "KARSK, June 12 (Reuters) -",
     "Reuters"),
    ("en", "Washington (AP) — The president said the bill would pass.", "Washington (AP) —", "AP"),
    ("en", "RIO DE JANEIRO (AFP) – Police said two men were arrested.", "RIO DE JANEIRO (AFP) –", "AFP"),
    ("en", "SÃO PAULO, 4 March (Reuters) - Police said two men were arrested.", "SÃO PAULO, 4 March (Reuters) -",
     "Reuters"),
    ("de", "BERLIN (dpa) – Die Regierung will eine Steuer einführen, sagte der Minister.", "BERLIN (dpa) –", "dpa"),
    ("de", "Berlin (dpa) - Die Regierung will eine Steuer einführen.", "Berlin (dpa) -", "dpa"),
    ("de", "Berlin/Brüssel (dpa/AFP) – Die Kommission will eine Steuer einführen.", "Berlin/Brüssel (dpa/AFP) –",
     "dpa/AFP"),
    ("de", "FRANKFURT, 4. März (Reuters) – Die Börse schloss fester.", "FRANKFURT, 4. März (Reuters) –", "Reuters"),
    ("de", "HAMBURG – Der Senat will den Hafen ausbauen.", "HAMBURG –", None),
])
def test_boilerplate_dateline_is_an_inline_span(lang: str, paragraph: str, dateline: str, outlet: str | None) -> None:
    title = TITLE if lang == "en" else "Regierung plant neue Steuer auf Zucker"
    text = f"{title}\n\n{paragraph}\n"
    found = detect(text, lang)
    (exclusion,) = found.exclusions
    assert (exclusion.text, exclusion.reason) == (dateline, "dateline")
    assert text[exclusion.start:exclusion.end] == dateline and exclusion.start == text.index(paragraph)
    assert found.outlet == outlet
    assert found.title == title  # the title is not searched for a dateline


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "Washington — the city, officials said — is preparing for the storm."),
    ("en", "Tom Brannigan (Union) — the president of the union — said the strike would go on."),
    ("en", "NASA — which launched the probe — said the mission had ended."),
    ("en", "The minister — who resigned on Monday — said the plan had failed."),
    ("en", "LONDON is preparing for the storm, officials said."),
    ("en", "US-China talks — officials said — will resume."),
    ("de", "Berlin – die Stadt, sagte er, ist bereit."),
    ("de", "Friedrich Merz (CDU) – der Kanzler sagte, die Steuer komme."),
    ("de", "Der Minister – der zurücktrat – sagte, die Steuer komme."),
])
def test_boilerplate_dateline_keeps_article_text(lang: str, paragraph: str) -> None:
    assert detect(f"{TITLE}\n\n{paragraph}\n", lang).exclusions == ()


def test_boilerplate_dateline_only_opens_the_first_lines() -> None:
    later = "\n\n".join([BODY] * 3) + "\n\nLONDON (AP) — The prime minister said on Monday that talks would resume.\n"
    assert detect(f"{TITLE}\n\n{later}", "en").exclusions == ()
    twice = f"{TITLE}\n\nLONDON (AP) — Talks resumed.\n\nPARIS (AFP) — Talks failed.\n"
    assert [e.text for e in detect(twice, "en").exclusions] == ["LONDON (AP) —"]


def test_boilerplate_dateline_agency_yields_to_the_site() -> None:
    """The agency of a dateline names the outlet only when the page names none."""
    text = f"Port Ellis News\n\n{TITLE}\n\nLONDON (AP) — Talks resumed, officials said.\n\nPort Ellis News\n"
    assert detect(text, "en").outlet == "Port Ellis News"


_LINES = st.sampled_from([TITLE, BODY, "Newsletter", "By Maria Keane", "Photo: Jane Doe/AP", "(Photo: A/B)",
                          "LONDON (AP) — Talks resumed.", "MARLOW, Oct. 4 — Residents said so.", "Updated 10:15 a.m. ET",
                          "Published March 4, 2026", "", "   ", "Related articles", "\ufeff"])


@given(st.lists(st.one_of(_LINES, st.text(max_size=60)), max_size=15), st.sampled_from(["\n", "\r\n"]))
def test_boilerplate_en_exclusions_are_exact_disjoint_spans(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    previous_end = 0
    for e in detect(text, "en").exclusions:
        assert e.reason in REASONS
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start:e.end] == e.text
        assert e.start >= previous_end
        previous_end = e.end


ARTICLE = (f"{TITLE}\n\nBy Maria Keane and Tom Reed, Reuters\n\nPublished March 4, 2026\n\n"
           "LONDON (Reuters) — The finance minister said on Monday that the revenue should go to schools.\n\n"
           "Sign up for our newsletter\n\n(Reporting by Maria Keane; Editing by Ann Li)\n")


def test_boilerplate_en_reader_fills_the_metadata_and_the_byline_scores(tmp_path: Path) -> None:
    """An English plain-text article read with --lang en gets its byline, date and outlet, and the score
    counts the byline."""
    from attribution.io.readers import read_path
    from attribution.report import build_report
    from attribution.report.schema import to_dict

    path = tmp_path / "tax.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (article,) = read_path(path, lang="en")
    assert article.lang == "en"
    assert article.meta.title == TITLE
    assert article.meta.author == "Maria Keane and Tom Reed, Reuters"
    assert article.meta.extra["byline_kind"] == "person"
    assert article.meta.date == "2026-03-04"
    assert article.meta.outlet == "Reuters"
    assert all(article.text[s.start:s.end] == s.text for s in article.excluded)
    report = build_report(article, None, [])
    metadata = to_dict(report)["metadata"]
    assert (metadata["author"], metadata["byline_kind"]) == ("Maria Keane and Tom Reed, Reuters", "person")
    assert [e["reason"] for e in metadata["excluded"]] == ["byline", "date", "dateline", "newsletter", "byline"]
    assert next(c for c in report.score.components if c.id == "byline").points == 10


def test_boilerplate_en_example_articles_have_bylines_and_datelines() -> None:
    from attribution.evaluate.runner import read_article

    found = {p.name: read_article(p, "en") for p in sorted((ROOT / "examples" / "en" / "articles").glob("*.txt"))}
    assert {name: a.meta.author for name, a in found.items()} == {
        "mining_inquiry.txt": "Daniel Reyes and Priya Nair", "port_strike.txt": "Maria Keane",
        "valley_floods.txt": "Helen Brandt"}
    datelines = {name: [s.text for s, r in zip(a.excluded, a.meta.extra["excluded_reasons"].split(";"))
                        if r == "dateline"] for name, a in found.items()}
    assert datelines == {"mining_inquiry.txt": ["KARSK, June 12 (Reuters) -"], "port_strike.txt": ["PORT ELLIS —"],
                         "valley_floods.txt": ["MARLOW, Oct. 4 —"]}


def test_boilerplate_en_cli_json_report_has_the_byline(tmp_path: Path) -> None:
    """`attribution analyse --lang en -f json` puts the byline into the report's metadata."""
    pytest.importorskip("attribution.extract.engine")
    from typer.testing import CliRunner

    from attribution.cli import app
    from attribution.nlp.english import installed_model

    if installed_model() is None:
        pytest.skip("spaCy's English model is not installed")
    (tmp_path / "tax.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["analyse", str(tmp_path / "tax.txt"), "--lang", "en", "-f", "json",
                                      "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "out" / "tax.json").read_text(encoding="utf-8"))
    assert report["metadata"]["author"] == "Maria Keane and Tom Reed, Reuters"
    assert report["metadata"]["byline_kind"] == "person"
    assert next(c for c in report["score"]["components"] if c["id"] == "byline")["points"] == 10
