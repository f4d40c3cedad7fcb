"""Boilerplate lines and metadata found in article text (attribution/lang/de/boilerplate.toml)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attribution.io.boilerplate import REASONS, byline_kind, detect

TITLE = "Regierung plant neue Steuer auf Zucker"
BODY = ("Die Regierung will eine Steuer auf Zucker einführen. Der Finanzminister sagte am Montag, "
        "die Einnahmen sollten Schulen zugutekommen.")


def _reasons(text: str) -> dict[str, str]:
    return {e.text: e.reason for e in detect(text, "de").exclusions}


@pytest.mark.parametrize(("line", "reason"), [
    ("Wir brauchen Ihre Hilfe: beispiel.de arbeitet ohne Verlag.", "donation"),
    ("Beispiel via PayPal unterstützen", "donation"),
    ("Hinweis: Sie benötigen kein PayPal-Konto.", "donation"),
    ("empfohlene Artikel", "navigation"),
    ("weitere Artikel von: Redaktion", "navigation"),
    ("meistgelesene Artikel der letzten 7 Tage", "navigation"),
    ("Lesen Sie auch: Der Streit um die Rente", "navigation"),
    ("Latest Stories", "navigation"),
    ("Newsletter", "newsletter"),
    ("Erhalten Sie die neuesten Nachrichten und Updates", "newsletter"),
    ("Autor: Redaktion", "byline"),
    ("Von Anna Schmidt", "byline"),
    ("Bild Quelle: GPO", "image_credit"),
    ("Foto: dpa", "image_credit"),
    ("Mittwoch, 04 März 2026", "date"),
    ("4. März 2026, 10:15 Uhr", "date"),
    ("Veröffentlicht am 04.03.2026", "date"),
    ("Die Mitarbeiter von Beispiel News sind ein Team von Journalisten.", "outlet_note"),
])
def test_boilerplate_line_reasons(line: str, reason: str) -> None:
    assert _reasons(f"{TITLE}\n\n{BODY}\n\n{line}\n")[line] == reason


@pytest.mark.parametrize("line", [
    BODY,
    "Der Minister sprach von einer Unterstützung der Ukraine.",
    "PayPal meldete am Dienstag einen Rekordgewinn.",
    "Von Berlin aus fuhr der Zug nach Paris.",
    "Am 4. März 2026 trafen sich die Minister in Brüssel.",
    "Die Zeitung berichtete über den Newsletter-Skandal der Partei ausführlich und lange.",
])
def test_boilerplate_keeps_article_text(line: str) -> None:
    assert line not in _reasons(f"{TITLE}\n\n{BODY}\n\n{line}\n")


def test_boilerplate_metadata_of_a_saved_page() -> None:
    text = (f"Wir brauchen Ihre Hilfe: beispiel.de arbeitet ohne Verlag.\n{TITLE}\n\n{TITLE}\n\n{BODY}\n\n{TITLE}\n"
            f"\nAutor: Redaktion\nBild Quelle: GPO\nMittwoch, 04 März 2026\n\nempfohlene Artikel\nNewsletter\n")
    found = detect(text, "de")
    assert found.title == TITLE
    assert found.author == "Redaktion"
    assert found.byline_kind == "collective"
    assert found.date == "2026-03-04"
    assert found.image_credits == ("GPO",)
    assert found.outlet == "beispiel.de"
    reasons = [e.reason for e in found.exclusions]
    assert reasons.count("repeated_title") == 2
    assert BODY not in [e.text for e in found.exclusions]
    first_title = text.index(TITLE)
    assert all(e.start != first_title for e in found.exclusions)  # the headline itself is analysed


def test_boilerplate_site_name_and_inline_credit() -> None:
    caption = "Der Minister bei einer Rede in Berlin. (Foto: Max Muster/Agentur)"
    text = f"Beispiel News\n\n{TITLE}\n\n{caption}\n\n{BODY}\n\nBeispiel News\n"
    found = detect(text, "de")
    assert found.outlet == "Beispiel News"
    assert found.title == TITLE
    assert found.image_credits == ("Max Muster/Agentur",)
    credit = next(e for e in found.exclusions if e.reason == "image_credit")
    assert credit.text == "(Foto: Max Muster/Agentur)"
    assert [e.reason for e in found.exclusions].count("site_name") == 2


@pytest.mark.parametrize(("line", "author", "kind"), [
    ("Von Anna Beispiel, Bernd Muster und Carla Probe, NDR", "Anna Beispiel, Bernd Muster und Carla Probe, NDR", "person"),
    ("Von Anna Beispiel und Bernd Muster", "Anna Beispiel und Bernd Muster", "person"),
    ("Ein Bericht von Anna Beispiel", "Anna Beispiel", "person"),
    ("Eine Analyse von Carla M. Probe-Muster (dpa)", "Carla M. Probe-Muster (dpa)", "person"),
    ("Von Dora von der Beispiel & Emil Muster, Beispielfunk", "Dora von der Beispiel & Emil Muster, Beispielfunk",
     "person"),
    ("Von Anna Beispiel, beispiel.de", "Anna Beispiel, beispiel.de", "person"),
    ("Von dpa", "dpa", "collective"),
    ("Von Redaktion Politik", "Redaktion Politik", "collective"),
    ("dpa/AFP", "dpa/AFP", "collective"),
    ("Redaktion", "Redaktion", "collective"),
])
def test_boilerplate_byline_near_the_top(line: str, author: str, kind: str) -> None:
    found = detect(f"{TITLE}\n\n{line}\n\n{BODY}\n", "de")
    assert (found.author, found.byline_kind) == (author, kind)
    assert [(e.text, e.reason) for e in found.exclusions] == [(line, "byline")]


@pytest.mark.parametrize("line", [
    "Von Berlin aus fuhr der Zug nach Paris.",
    "Von Helden und Schurken",  # one word each: no names
    "Von Anna Beispiel, die am Montag sprach",
    "Von Anna Beispiel und Bernd Muster stammt der Entwurf.",
])
def test_boilerplate_byline_near_the_top_keeps_article_text(line: str) -> None:
    found = detect(f"{TITLE}\n\n{line}\n\n{BODY}\n", "de")
    assert found.author is None and found.exclusions == ()


def test_boilerplate_names_after_von_count_only_near_the_top() -> None:
    text = f"{TITLE}\n\n" + "\n\n".join([BODY] * 8) + "\n\nVon Anna Beispiel und Bernd Muster\n"
    assert detect(text, "de").author is None
    assert detect(text.replace("Von Anna Beispiel und", "Autor: Anna Beispiel und"), "de").byline_kind == "person"


def test_boilerplate_top_byline_fails_fast_on_long_lines() -> None:
    """A long first paragraph that looks like a list of names is no byline, and is judged quickly."""
    line = "Von " + "Anna von der Beispiel und " * 300 + "dann."
    assert detect(f"{TITLE}\n\n{line}\n", "de").author is None


@pytest.mark.parametrize(("author", "kind"), [
    (None, "missing"), ("", "missing"), ("Redaktion", "collective"), ("dpa/AFP", "collective"),
    ("Online-Redaktion", "collective"), ("Anna Schmidt", "person"), ("Teamleiter Paul Maier", "person"),
    ("Redaktion Politik", "collective"), ("Anna Beispiel (dpa)", "person"), ("Anna Beispiel, Redaktion Politik", "person"),
    ("Anna Beispiel; dpa", "person"), ("Deutsche Presse-Agentur", "collective"), ("Redaktion, NDR", "collective"),
])
def test_boilerplate_byline_kind(author: str | None, kind: str) -> None:
    assert byline_kind(author, "de") == kind


def test_boilerplate_unknown_language_has_no_exclusions() -> None:
    assert detect("Newsletter\nSome text here.", "xx").exclusions == ()


def test_boilerplate_offsets_survive_bom_and_crlf() -> None:
    text = f"\ufeff{TITLE}\r\n\r\n{BODY}\r\nAutor: Anna Schmidt\r\n"
    found = detect(text, "de")
    assert found.title == TITLE
    (byline,) = found.exclusions
    assert text[byline.start:byline.end] == "Autor: Anna Schmidt"
    assert found.byline_kind == "person"


_LINES = st.sampled_from([TITLE, BODY, "Newsletter", "Autor: Redaktion", "Bild Quelle: GPO", "(Foto: A/B)",
                          "Mittwoch, 04 März 2026", "", "   ", "empfohlene Artikel", "Beispiel", "\ufeff"])


@given(st.lists(st.one_of(_LINES, st.text(max_size=60)), max_size=15), st.sampled_from(["\n", "\r\n"]))
def test_boilerplate_exclusions_are_exact_disjoint_spans(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    found = detect(text, "de")
    previous_end = 0
    for e in found.exclusions:
        assert e.reason in REASONS
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start:e.end] == e.text
        assert e.start >= previous_end
        previous_end = e.end


def test_boilerplate_top_byline_counts_in_the_score(tmp_path) -> None:
    """A plain-text article's "Von …" line is its author, and the score's byline component counts it."""
    from attribution.io.readers import read_path
    from attribution.report import build_report

    path = tmp_path / "steuer.txt"
    path.write_text(f"{TITLE}\n\nVon Anna Beispiel, Bernd Muster und Carla Probe, NDR\n\n{BODY}\n", encoding="utf-8")
    (article,) = read_path(path)
    assert article.meta.author == "Anna Beispiel, Bernd Muster und Carla Probe, NDR"
    byline = next(c for c in build_report(article, None, []).score.components if c.id == "byline")
    assert byline.points == 10
