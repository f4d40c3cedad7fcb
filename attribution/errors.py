"""The library's exception classes; the CLI turns each into a one-line message naming the input."""
from __future__ import annotations

__all__ = ["AttributionError", "CorpusError", "InputError", "LanguageError", "OutputExistsError"]


class AttributionError(Exception):
    """Base class of the errors this package raises on purpose."""


class InputError(AttributionError, ValueError):
    """An input cannot be read as an article: missing, empty, binary, undecodable, malformed or too large.

    `source` names the file (or `file:line`) so that batch runs can report which input failed.
    """

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class LanguageError(AttributionError, ValueError):
    """The language of a text is unknown or not supported; the message lists the supported codes."""


class OutputExistsError(AttributionError, FileExistsError):
    """A report file exists already and overwriting was not asked for (`--force`)."""


class CorpusError(AttributionError):
    """A corpus database cannot be used: missing, locked by another process, of another schema, or empty."""
