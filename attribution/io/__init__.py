"""Reading articles (txt, html, jsonl, json, SpkAtt, directories, stdin) and their boilerplate."""
from attribution.io.boilerplate import REASONS, Boilerplate, Exclusion, detect
from attribution.io.decode import decode
from attribution.io.language import detect_language, supported_languages
from attribution.io.readers import MAX_CHARS, STDIN, SUFFIXES, ReadResult, read_inputs, read_path

__all__ = [
    "MAX_CHARS", "REASONS", "STDIN", "SUFFIXES", "Boilerplate", "Exclusion", "ReadResult", "decode", "detect",
    "detect_language", "read_inputs", "read_path", "supported_languages",
]
