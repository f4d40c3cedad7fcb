"""Bytes -> text: byte-order marks, UTF-8, other encodings (charset-normalizer), binary files.

Offsets in reports point into the text as decoded here. A UTF-8 file is decoded exactly as
`Path.read_text(encoding="utf-8")` does, so a UTF-8 byte-order mark stays in the text as U+FEFF
(the parse layer treats it as a space) and offsets agree with every other UTF-8 reader.
"""
from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from attribution.errors import InputError

__all__ = ["decode"]

# Byte-order marks of the encodings that need them, longest first (UTF-32 LE starts like UTF-16 LE).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 8192
# Share of control characters (other than whitespace) above which decoded "text" is binary.
_MAX_CONTROL_SHARE = 0.01


def _is_binary_text(text: str) -> bool:
    sample = text[:_SNIFF]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f\v")
    return controls > _MAX_CONTROL_SHARE * max(len(sample), 1)


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode a file's bytes; returns the text and the encoding used.

    Raises:
        InputError: the data is empty, binary, or in no encoding that can be detected.
    """
    if not data.strip():
        raise InputError(source, "file is empty")
    text, encoding = _decode_bytes(data, source)
    if _is_binary_text(text):
        raise InputError(source, "binary file (mostly control characters), not text")
    if not text.strip("\ufeff \t\r\n"):
        raise InputError(source, "file is empty")
    return text, encoding


def _decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """A byte-order mark decides; else UTF-8; else charset-normalizer's best guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(source, f"starts with a {encoding} byte-order mark but is not valid {encoding}") from exc
    if b"\x00" in data[:_SNIFF]:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None or best.encoding is None:
            raise InputError(source, "not UTF-8 and no other text encoding could be detected; save it as UTF-8") from None
        return str(best), best.encoding
