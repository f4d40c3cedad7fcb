"""Quotation spans: German and English styles, nesting, unbalanced marks (no model needed)."""
from __future__ import annotations

from hypothesis import given, strategies as st

from attribution.extract.quotes import find_quotes


def texts(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


def test_styles() -> None:
    assert texts("Er sagte „ja“ und »nein« und «vielleicht» und ‚gut‘.") == ["„ja“", "»nein«", "«vielleicht»", "‚gut‘"]
    assert texts('She said "we are ready" and left.') == ['"we are ready"']
    assert texts("She said \u201cwe are ready\u201d and left.") == ["\u201cwe are ready\u201d"]
    assert texts("Er sagte „ja”.") == ["„ja”"]


def test_unbalanced_marks_are_ignored() -> None:
    assert texts("„Das hört nicht auf.\n\nNeuer Absatz „mit Zitat“.") == ["„mit Zitat“"]
    assert texts('Ein Zoll 5" Bildschirm.') == []


def test_quote_over_sentences() -> None:
    text = "„Erster Satz. Zweiter Satz“, sagte sie."
    (q,) = find_quotes(text)
    assert text[q.inner_start:q.inner_end] == "Erster Satz. Zweiter Satz"


@given(st.text(alphabet="ab „“»«\"‚‘\n.,", max_size=200))
def test_any_text_gives_ordered_disjoint_spans(text: str) -> None:
    last = 0
    for q in find_quotes(text):
        assert last <= q.start < q.end <= len(text)
        last = q.end
