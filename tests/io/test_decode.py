"""Decoding input bytes: encodings, byte-order marks, empty and binary files."""
from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attribution.errors import InputError
from attribution.io.decode import decode

GERMAN = "Der Minister sagte, die Lage sei „ernst“. Größere Überraschungen blieben aus."


@pytest.mark.parametrize(("data", "encoding"), [
    (GERMAN.encode("utf-8"), "utf-8"),
    (GERMAN.encode("utf-16"), "utf-16"),
    (codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"), "utf-16"),
    (GERMAN.encode("utf-32"), "utf-32"),
])
def test_decode_unicode_encodings(data: bytes, encoding: str) -> None:
    assert decode(data, "a.txt") == (GERMAN, encoding)


def test_decode_keeps_utf8_bom_so_offsets_match_utf8_readers() -> None:
    text, encoding = decode(codecs.BOM_UTF8 + GERMAN.encode("utf-8"), "a.txt")
    assert text == "\ufeff" + GERMAN
    assert encoding == "utf-8"


def test_decode_detects_legacy_encoding() -> None:
    latin = ("Die Bürgermeisterin erklärte, man müsse die Straßen schließen. " * 5).encode("cp1252")
    text, encoding = decode(latin, "a.txt")
    assert "Bürgermeisterin" in text and "Straßen" in text
    assert encoding != "utf-8"


@pytest.mark.parametrize(("data", "problem"), [
    (b"", "empty"),
    (b"  \n\t\r\n", "empty"),
    (codecs.BOM_UTF8 + b"\n\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(1, 32)) * 40, "binary"),
])
def test_decode_rejects_empty_and_binary(data: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem) as info:
        decode(data, "x.txt")
    assert info.value.source == "x.txt"
    assert "\n" not in str(info.value)


@given(st.binary(max_size=2000))
def test_decode_any_bytes_gives_text_or_input_error(data: bytes) -> None:
    try:
        text, encoding = decode(data, "fuzz.txt")
    except InputError as exc:
        assert str(exc).startswith("fuzz.txt: ")
    else:
        assert isinstance(text, str) and text.strip()
        assert encoding


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1).filter(str.strip))
def test_decode_utf8_text_round_trips(text: str) -> None:
    assert decode(text.encode("utf-8"), "t.txt")[0] == text
