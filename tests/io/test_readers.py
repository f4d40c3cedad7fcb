"""Reading articles from txt, html, jsonl, json, directories and stdin, and bad input."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attribution.errors import InputError, LanguageError
from attribution.io.readers import read_inputs
from attribution.types import Article

DE = ("Der Bürgermeister sagte am Montag, dass die Brücke im Sommer saniert werde. "
      "Die Kosten seien noch nicht bekannt, erklärte eine Sprecherin der Stadt.")
EN = "The mayor said on Monday that the bridge would be repaired in the summer and that the costs were not known."
PAGE = f"""<!DOCTYPE html><html lang="de"><head><title>Brücke wird saniert | Stadtanzeiger</title>
<meta property="og:site_name" content="Stadtanzeiger"><meta name="author" content="Anna Schmidt">
<meta property="article:published_time" content="2024-05-03"></head>
<body><nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<article><h1>Brücke wird saniert</h1><p>{DE}</p><p>„Wir haben keine Wahl“, sagte der Bürgermeister.</p></article>
<footer>Impressum · Datenschutz</footer></body></html>"""


def _read(*paths: str | Path, **kw) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths], **kw))


def _errors(results: list) -> list[str]:
    return [str(r) for r in results if isinstance(r, InputError)]


def test_readers_txt(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(f"Brücke wird saniert\n\n{DE}\n\nAutor: Anna Schmidt\n", encoding="utf-8")
    (article,) = _read(f)
    assert article.meta.document == "a.txt"
    assert article.lang == "de"
    assert article.meta.title == "Brücke wird saniert"
    assert article.meta.author == "Anna Schmidt"
    assert article.meta.extra["byline_kind"] == "person"
    assert article.meta.extra["excluded_reasons"] == "byline"
    assert [article.text[s.start:s.end] for s in article.excluded] == ["Autor: Anna Schmidt"]


def test_readers_txt_cp1252(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes((DE + "\n") .encode("cp1252"))
    (article,) = _read(f)
    assert "Bürgermeister" in article.text
    assert article.meta.extra["encoding"] != "utf-8"


def test_readers_html(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(PAGE, encoding="utf-8")
    (article,) = _read(f)
    assert "Bürgermeister sagte am Montag" in article.text
    assert "Impressum" not in article.text and "Startseite" not in article.text
    assert article.meta.title == "Brücke wird saniert"
    assert article.meta.author == "Anna Schmidt"
    assert article.meta.outlet == "Stadtanzeiger"
    assert article.meta.date == "2024-05-03"


def test_readers_jsonl_metadata_and_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": DE, "url": "https://www.stadtanzeiger.de/a/1", "title": "Brücke", "author": "Redaktion",
                         "date": "2024-05-03"}),
             "", "{not json", json.dumps({"title": "no text"}), json.dumps({"text": DE, "author": 5}),
             json.dumps({"text": DE, "outlet": "Anzeiger"})]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = _read(f)
    articles = [r for r in results if isinstance(r, Article)]
    assert [a.meta.document for a in articles] == ["feed.jsonl:1", "feed.jsonl:6"]
    first = articles[0]
    assert (first.meta.outlet, first.meta.title, first.meta.author, first.meta.date) == \
        ("stadtanzeiger.de", "Brücke", "Redaktion", "2024-05-03")
    assert first.meta.extra["byline_kind"] == "collective"
    assert articles[1].meta.outlet == "Anzeiger"
    errors = _errors(results)
    assert len(errors) == 3
    assert errors[0].startswith(f"{f}:3: invalid JSON")
    assert errors[1].startswith(f"{f}:4: no 'text' field")
    assert errors[2].startswith(f"{f}:5: 'author' must be a string")


def test_readers_json_object_and_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": DE, "title": "Brücke"}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": DE}, {"text": 3}]), encoding="utf-8")
    odd = tmp_path / "odd.json"
    odd.write_text("[]", encoding="utf-8")
    results = _read(one, many, odd)
    assert [r.meta.document for r in results if isinstance(r, Article)] == ["one.json", "many.json:0"]
    errors = _errors(results)
    assert "many.json[1]: no 'text' field" in errors[0]
    assert "neither an article" in errors[1]


def test_readers_json_spkatt_goes_to_spkatt_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import attribution.io.spkatt as spkatt

    f = tmp_path / "wiki.json"
    f.write_text(json.dumps({"Sentences": [{"SentenceId": 0, "Tokens": ["Er", "sagte", "nichts", "."]}]}), encoding="utf-8")
    seen = []

    def fake_read(path):
        seen.append(Path(path))
        return Article(text="Er sagte nichts .", meta=spkatt.ArticleMeta(document=Path(path).name))

    monkeypatch.setattr(spkatt, "read_spkatt", fake_read)
    (article,) = _read(f)
    assert seen == [f]
    assert article.meta.document == "wiki.json"


def test_readers_directory_recursive_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(DE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(DE, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text(DE, encoding="utf-8")
    assert [r.meta.document for r in _read(tmp_path)] == ["a.txt", "z.txt"]


def test_readers_stdin() -> None:
    (article,) = read_inputs(["-"], stdin=io.BytesIO(DE.encode("utf-8")))
    assert article.meta.document == "stdin"
    assert article.text == DE


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "file is empty"),
    (b"\x00\x01\x02binary\x00", "binary file"),
    ("Le ministre a déclaré lundi que le gouvernement n'augmenterait pas la taxe.".encode(), "unknown language"),
])
def test_readers_bad_files_name_the_file(tmp_path: Path, content: bytes, problem: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    (error,) = _read(f)
    assert isinstance(error, InputError)
    assert str(error).startswith(f"{f}: ") and problem in str(error)


def test_readers_missing_path_and_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(DE, encoding="utf-8")
    results = _read(tmp_path / "missing.txt", good)
    assert str(results[0]) == f"{tmp_path / 'missing.txt'}: no such file or directory"
    assert isinstance(results[1], Article)


def test_readers_long_text_is_read_and_the_limit_guards_memory(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    f.write_text((DE + "\n") * 40_000, encoding="utf-8")  # about 6 MB: a plenary protocol, analysed in chunks
    (article,) = _read(f)
    assert isinstance(article, Article) and len(article.text) > 5_000_000
    (error,) = _read(f, max_chars=1_000_000)
    assert "more than the limit of 1,000,000 (--max-chars)" in str(error)


def test_readers_lang_forced_and_checked(tmp_path: Path) -> None:
    f = tmp_path / "en.txt"
    f.write_text(EN, encoding="utf-8")
    assert _read(f)[0].lang == "en"
    assert _read(f, lang="de")[0].lang == "de"
    with pytest.raises(LanguageError, match="supported: auto, de, en"):
        _read(f, lang="fr")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".html", ".jsonl", ".json"]))
def test_readers_fuzz_any_bytes_any_suffix(tmp_path: Path, data: bytes, suffix: str) -> None:
    f = tmp_path / f"fuzz{suffix}"
    f.write_bytes(data)
    for result in _read(f):
        if isinstance(result, InputError):
            assert str(result).startswith(str(f)) and "\n" not in result.problem
        else:
            assert result.text.strip()
            for span in result.excluded:
                assert result.text[span.start:span.end] == span.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.fixed_dictionaries({"text": st.text(max_size=200)}),
                          st.dictionaries(st.sampled_from(["text", "url", "title", "author"]),
                                          st.one_of(st.text(max_size=30), st.integers(), st.none())),
                          st.text(max_size=40)), min_size=1, max_size=6))
def test_readers_fuzz_jsonl_lines(tmp_path: Path, items: list) -> None:
    f = tmp_path / "fuzz.jsonl"
    f.write_text("\n".join(json.dumps(i) if not isinstance(i, str) else i for i in items), encoding="utf-8")
    for result in _read(f, lang="de"):
        assert isinstance(result, Article | InputError)
        if isinstance(result, Article):
            assert result.meta.document.startswith("fuzz.jsonl:")


def test_auto_language_is_told_per_article_and_short_texts_fall_back_to_german(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text("The mayor said on Monday that the bridge would stay closed until May, "
                                     "and that the city would pay for the repairs.", encoding="utf-8")
    (tmp_path / "de.txt").write_text("Die Bürgermeisterin sagte am Montag, dass die Brücke bis Mai gesperrt bleibe "
                                     "und die Stadt die Reparatur bezahle.", encoding="utf-8")
    (tmp_path / "short.txt").write_text("Brücke gesperrt.", encoding="utf-8")
    got = {Path(r.meta.document).name: r for r in read_inputs([tmp_path]) if not isinstance(r, InputError)}
    assert got["en.txt"].lang == "en" and got["de.txt"].lang == "de"
    assert got["short.txt"].lang == "de" and "too short" in got["short.txt"].meta.extra["language_note"]
