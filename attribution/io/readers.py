"""Read articles from files, directories and standard input.

Each input yields Articles or, for input that cannot be read, an InputError value naming the
file (and line) and the problem, so that a batch goes on with the other inputs:

- `.txt` (and any other explicitly named file): text in any encoding (attribution.io.decode);
- `.html`/`.htm`: main text and metadata extracted by trafilatura; offsets point into that text;
- `.jsonl`: one article per line, `{"text": ..., "url", "outlet", "title", "author", "date"}`;
- `.json`: one such object or a list of them, or a SpkAtt file (top-level "Sentences"), which
  attribution.io.spkatt reads;
- a directory: every file with one of these suffixes below it, in sorted order;
- `-`: standard input, read as text.

Plain-text articles (everything but SpkAtt) go through attribution.io.boilerplate: site
boilerplate becomes `Article.excluded`, and the metadata it carries fills what the input did not
give. `ArticleMeta.extra` records `encoding`, `byline_kind` (person/collective/missing) and
`excluded_reasons` (the reason ids of `Article.excluded`, joined by ";", in the same order).
"""
from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from attribution.errors import InputError, LanguageError
from attribution.io.boilerplate import BylineKind, byline_kind, detect
from attribution.io.decode import decode
from attribution.io.language import detect as detect_text_language
from attribution.io.language import supported_languages
from attribution.types import Article, ArticleMeta, Span

__all__ = ["MAX_CHARS", "STDIN", "SUFFIXES", "ReadResult", "read_inputs", "read_path"]

# Longer texts are refused to guard memory: the parser works on chunks (attribution.pipeline), but
# the merged parse of the whole text takes about 100 bytes a character (1 GB at this limit).
MAX_CHARS = 10_000_000
MAX_FILE_BYTES = 64 * 1024 * 1024  # larger files are not read at all
STDIN = "-"
SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".json")
META_FIELDS = ("url", "outlet", "title", "author", "date")

ReadResult = Article | InputError


@dataclasses.dataclass(frozen=True)
class _Options:
    lang: str  # a language code or "auto"
    max_chars: int


def read_inputs(paths: Iterable[str | Path], *, lang: str = "auto", max_chars: int = MAX_CHARS,
                stdin: BinaryIO | None = None) -> Iterator[ReadResult]:
    """Articles (or InputErrors) from each path in turn; see the module docstring for the formats.

    Args:
        paths: files, directories or "-" for standard input.
        lang: a supported language code, or "auto" to detect each article's language.
        max_chars: longest article text accepted.
        stdin: where "-" reads from (default: the process's standard input).
    """
    if lang != "auto" and lang not in supported_languages():
        raise LanguageError(f"unsupported language '{lang}'; supported: auto, {', '.join(supported_languages())}")
    options = _Options(lang, max_chars)
    for path in paths:
        if str(path) == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _guard("stdin", lambda stream=stream: _from_bytes(stream.read(), "stdin", options))
        else:
            yield from read_path(Path(path), lang=lang, max_chars=max_chars)


def read_path(path: Path, *, lang: str = "auto", max_chars: int = MAX_CHARS) -> Iterator[ReadResult]:
    """Articles (or InputErrors) from one file or directory."""
    options = _Options(lang, max_chars)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                       and not any(part.startswith(".") for part in p.relative_to(path).parts))
        if not files:
            yield InputError(str(path), f"directory holds no {', '.join(SUFFIXES)} files")
        for file in files:
            yield from _guard(str(file), lambda file=file: _read_file(file, options))
    elif not path.exists():
        yield InputError(str(path), "no such file or directory")
    else:
        yield from _guard(str(path), lambda: _read_file(path, options))


def _guard(source: str, read: Callable[[], Iterable[ReadResult]]) -> Iterator[ReadResult]:
    """Run a reader, turning an unreadable file into an InputError value."""
    try:
        yield from read()
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(source, exc.strerror or str(exc))


def _read_file(path: Path, options: _Options) -> Iterator[ReadResult]:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(str(path), f"file is {size / 2**20:.1f} MiB, too large to read (limit {MAX_FILE_BYTES // 2**20} MiB)")
    suffix = path.suffix.lower()
    data = path.read_bytes()
    if suffix in (".html", ".htm"):
        yield _from_html(data, path.name, str(path), options)
    elif suffix == ".jsonl":
        yield from _from_jsonl(data, path, options)
    elif suffix == ".json":
        yield from _from_json(data, path, options)
    else:
        yield from _from_bytes(data, path.name, options, source=str(path))


def _from_bytes(data: bytes, document: str, options: _Options, source: str | None = None) -> Iterator[Article]:
    text, encoding = decode(data, source or document)
    yield _article(text, {}, document, source or document, options, encoding)


def _from_html(data: bytes, document: str, source: str, options: _Options) -> Article:
    """Main text and metadata of an HTML page, extracted by trafilatura."""
    import trafilatura

    html, encoding = decode(data, source)
    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True})
    if extracted is None or not (extracted.text or "").strip():
        raise InputError(source, "no article text found in the HTML page")
    given = {"title": extracted.title, "author": extracted.author, "date": extracted.date,
             "url": extracted.url, "outlet": extracted.sitename or extracted.hostname}
    return _article(extracted.text, given, document, source, options, encoding)


def _from_jsonl(data: bytes, path: Path, options: _Options) -> Iterator[ReadResult]:
    text, _ = decode(data, str(path))
    found = False
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip(" \t\r\ufeff"):
            continue
        found = True
        source = f"{path}:{number}"
        try:
            obj = json.loads(line.lstrip("\ufeff"))
        except json.JSONDecodeError as exc:
            yield InputError(source, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        yield from _guard(source, lambda obj=obj, number=number, source=source: [
            _from_object(obj, f"{path.name}:{number}", source, options)])
    if not found:
        raise InputError(str(path), "file holds no JSON lines")


def _from_json(data: bytes, path: Path, options: _Options) -> Iterator[ReadResult]:
    text, _ = decode(data, str(path))
    try:
        obj = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"invalid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    if isinstance(obj, dict) and "Sentences" in obj:
        yield _from_spkatt(path, options)
    elif isinstance(obj, dict):
        yield _from_object(obj, path.name, str(path), options)
    elif isinstance(obj, list) and obj:
        for index, item in enumerate(obj):
            source = f"{path}[{index}]"
            yield from _guard(source, lambda item=item, index=index, source=source: [
                _from_object(item, f"{path.name}:{index}", source, options)])
    else:
        raise InputError(str(path), 'JSON is neither an article {"text": ...}, a list of them, nor SpkAtt {"Sentences": ...}')


def _from_spkatt(path: Path, options: _Options) -> Article:
    """A SpkAtt file, read by attribution.io.spkatt (pre-tokenized; no boilerplate detection)."""
    try:
        from attribution.io.spkatt import read_spkatt
    except ModuleNotFoundError as exc:
        if exc.name != "attribution.io.spkatt":
            raise
        raise InputError(str(path), "SpkAtt JSON, but SpkAtt support (attribution.io.spkatt) is not installed") from None
    article = read_spkatt(path)
    if options.lang != "auto":
        article = dataclasses.replace(article, lang=options.lang)
    _check_length(article.text, str(path), options)
    return article


def _from_object(obj: Any, document: str, source: str, options: _Options) -> Article:
    """An article from a JSON object with `text` and optional metadata fields."""
    if not isinstance(obj, dict):
        raise InputError(source, f"expected a JSON object with a 'text' field, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(source, "no 'text' field with a string value")
    if not text.strip():
        raise InputError(source, "'text' is empty")
    given = {}
    for key in META_FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(source, f"'{key}' must be a string, got {type(value).__name__}")
        given[key] = value
    return _article(text, given, document, source, options, "utf-8")


def _check_length(text: str, source: str, options: _Options) -> None:
    if len(text) > options.max_chars:
        raise InputError(source, f"article has {len(text):,} characters, more than the limit of {options.max_chars:,} (--max-chars)")


def _outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # a malformed URL ("http://[") names no outlet
        return None
    return host.removeprefix("www.") or None


def _article(text: str, given: Mapping[str, str | None], document: str, source: str, options: _Options,
             encoding: str) -> Article:
    """Detect the language and the boilerplate, and merge given metadata over what was found."""
    _check_length(text, source, options)
    note = None
    if options.lang == "auto":  # per article; too short to tell falls back to German with a note
        detection = detect_text_language(text)
        if detection.lang == "unknown":
            raise InputError(source, f"{detection.note}; pass --lang ({', '.join(supported_languages())}) to force one")
        lang, note = detection.lang, detection.note
    else:
        lang = options.lang
    found = detect(text, lang)
    author = given.get("author") or found.author
    kind: BylineKind = byline_kind(author, lang)
    meta = ArticleMeta(
        document=document,
        title=given.get("title") or found.title,
        url=given.get("url"),
        outlet=given.get("outlet") or _outlet_from_url(given.get("url")) or found.outlet,
        author=author,
        date=given.get("date") or found.date,
        image_credits=found.image_credits,
        extra={"encoding": encoding, "byline_kind": kind,
               "excluded_reasons": ";".join(e.reason for e in found.exclusions),
               **({"language_note": note} if note else {})},
    )
    excluded = tuple(Span(e.start, e.end, e.text) for e in found.exclusions)
    return Article(text=text, meta=meta, lang=lang, excluded=excluded)
