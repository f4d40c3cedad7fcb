"""Load the language data files under attribution/lang/<code>/ (TOML), cached per process."""
from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any

__all__ = ["languages_with", "load"]


@functools.cache
def load(lang: str, name: str) -> dict[str, Any] | None:
    """The parsed `attribution/lang/<lang>/<name>.toml`, or None when the language has no such file."""
    resource = resources.files("attribution.lang").joinpath(lang, f"{name}.toml")
    if not resource.is_file():
        return None
    return tomllib.loads(resource.read_text(encoding="utf-8"))


def languages_with(name: str) -> tuple[str, ...]:
    """Codes of the languages that ship `<name>.toml`, sorted."""
    root = resources.files("attribution.lang")
    return tuple(sorted(d.name for d in root.iterdir() if d.is_dir() and d.joinpath(f"{name}.toml").is_file()))
