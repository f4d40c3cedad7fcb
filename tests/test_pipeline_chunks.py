"""Long texts are analysed in paragraph chunks: bounded parser input, offsets shifted back, one merged result."""
from __future__ import annotations

from dataclasses import replace

import pytest

import attribution.pipeline as pipeline
from attribution.pipeline import attributions, chunks
from attribution.report import build_report
from attribution.types import Article, ArticleMeta, Attribution, ParsedDoc, Span
from tests.fakes import fake_extract, fake_parse

PARAGRAPH = ("Die Gemeinde plant eine neue Brücke Nummer {n}. „Wir sind bereit“, sagte Weber{n}. "
             "Die Kosten soll der Bund tragen.\n\n")


def _long_text(paragraphs: int) -> str:
    return "".join(PARAGRAPH.format(n=n) for n in range(paragraphs))


def _extract(doc: ParsedDoc, excluded: tuple[Span, ...] = ()) -> list[Attribution]:
    """The fake engine on a parsed chunk, each attribution in the sentence that holds its content."""
    found = fake_extract(Article(doc.text, ArticleMeta("chunk"), excluded=tuple(excluded)))[1]
    return [replace(a, sentence=next(s.index for s in doc.sentences if s.start < a.content.end <= s.end))
            for a in found]


def _with_names(doc: ParsedDoc) -> ParsedDoc:
    """The parse with every "Weber<n>" recognised as a person's name."""
    return replace(doc, entities=tuple((t.start, t.end, "PER") for t in doc.tokens if t.text.startswith("Weber")))


@pytest.fixture
def parsed_sizes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The fake parser and engine in the pipeline; the list records the length of every text parsed."""
    sizes: list[int] = []

    def parse(text: str, lang: str, model_dir: object, cache: object, spans: object = None) -> ParsedDoc:
        sizes.append(len(text))
        return _with_names(fake_parse(text))

    monkeypatch.setattr(pipeline, "parse_text", parse)
    monkeypatch.setattr(pipeline, "extract", _extract)
    return sizes


def test_chunks_cover_the_text_and_end_at_paragraphs() -> None:
    text = _long_text(40)
    spans = chunks(text, 1000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a == b for (_, a), (b, _) in zip(spans, spans[1:]))  # consecutive, nothing lost
    assert all(0 < end - start <= 1000 for start, end in spans)
    assert all(text[start:end].endswith("\n\n") for start, end in spans[:-1])


@pytest.mark.parametrize(("text", "cuts"), [
    ("Eins. Zwei.\nDrei. Vier.", ["Eins. Zwei.\n", "Drei. Vier."]),  # no blank line: a line end
    ("Eins zwei. Drei vier fünf.", ["Eins zwei. ", "Drei vier ", "fünf."]),  # a sentence end, else a space
    ("abcdefghijklmnop", ["abcdefghijkl", "mnop"]),  # no space at all: anywhere
])
def test_chunks_fall_back_to_smaller_breaks(text: str, cuts: list[str]) -> None:
    assert [text[a:b] for a, b in chunks(text, 12)] == cuts


def test_chunks_refuse_a_size_below_one() -> None:
    with pytest.raises(ValueError, match="at least 1 character"):
        chunks("text", 0)


def test_long_text_is_parsed_in_bounded_chunks_and_merged(parsed_sizes: list[int]) -> None:
    text = _long_text(300)  # about 36,000 characters
    article = Article(text, ArticleMeta("protocol.txt"))
    doc, found = attributions(article, chunk_chars=2_000)
    assert len(parsed_sizes) > 15 and max(parsed_sizes) <= 2_000 and sum(parsed_sizes) == len(text)
    whole = _with_names(fake_parse(text))
    assert doc == whole  # the merged parse is the parse of the whole text, names included
    assert len(doc.entities) == 300 and all(text[a:b].startswith("Weber") for a, b, _ in doc.entities)
    def key(a: Attribution) -> tuple:
        return a.content.start, a.kind, a.content, a.speaker, a.cue, a.sentence

    assert sorted(map(key, found)) == sorted(map(key, _extract(whole)))  # the fake engine's order is by rule
    assert all(text[a.content.start:a.content.end] == a.content.text for a in found)
    assert len(found) == 600 and "Weber299" in {a.speaker.text for a in found if a.speaker}
    report = build_report(article, doc, found)
    assert report.summary.attributions == 600 and report.summary.sentences == len(whole.sentences)


def test_short_text_is_parsed_whole(parsed_sizes: list[int]) -> None:
    text = _long_text(3)
    attributions(Article(text, ArticleMeta("a.txt")), chunk_chars=10_000)
    assert parsed_sizes == [len(text)]


def test_excluded_spans_are_clipped_to_each_chunk(parsed_sizes: list[int]) -> None:
    text = _long_text(20)
    second = text.index("„Wir sind bereit“, sagte Weber1.")
    boilerplate = Span(second, second + 40, text[second:second + 40])
    _, found = attributions(Article(text, ArticleMeta("a.txt"), excluded=(boilerplate,)), chunk_chars=500)
    speakers = [a.speaker.text for a in found if a.speaker]
    assert "Weber1" not in speakers and "Weber0" in speakers and "Weber2" in speakers


@pytest.mark.model
def test_long_text_with_the_real_parser_finds_what_the_whole_text_gives() -> None:
    pytest.importorskip("stanza")
    text = ("Der Bürgermeister sagte am Montag, dass die Brücke saniert werde.\n\n"
            "„Wir haben keine Wahl“, sagte Anna Schmidt.\n\n"
            "Nach Angaben der Polizei gab es keine Verletzten.\n\n")
    article = Article(text, ArticleMeta("a.txt"))
    whole_doc, whole = attributions(article)
    doc, found = attributions(article, chunk_chars=80)  # three chunks, one paragraph each
    assert len(chunks(text, 80)) == 3
    assert doc.text == text and [s.tokens for s in doc.sentences] == [s.tokens for s in whole_doc.sentences]
    assert len(found) == 3
    assert [(a.kind, a.type, a.content, a.cue and a.cue.spans) for a in found] == [
        (a.kind, a.type, a.content, a.cue and a.cue.spans) for a in whole]
