"""Find the stanza models to use and describe them.

Resolution order (first that exists wins), reported by `attribution models`:
1. an explicit directory (`--model-dir`) or `ATTRIBUTION_MODEL_DIR`,
2. stanza's official models for the language, if installed in stanza's resources directory,
3. the compact models shipped in this package (`attribution/models/<lang>/`).

A model directory of the project's own kind holds `tokenizer.pt`, `parser.pt` and `MANIFEST.md`;
its tags and lemmas come from attribution.nlp.tagger. An official stanza directory is used
with its own full pipeline (tokenize, mwt, pos, lemma, depparse).
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

PACKAGE_MODELS = Path(__file__).resolve().parent.parent / "models"
REQUIRED_FILES = ("tokenizer.pt", "parser.pt")


class ModelError(RuntimeError):
    """A model is missing or unusable; the message says what to do."""


@dataclass(frozen=True)
class ModelSpec:
    """Where a language's models are and what kind they are."""

    lang: str
    kind: Literal["project", "official"]
    path: Path
    origin: str  # "--model-dir", "ATTRIBUTION_MODEL_DIR", "stanza resources", "shipped"

    @property
    def id(self) -> str:
        """A short identity for caches and reports: kind, language and a digest of the files."""
        digest = hashlib.sha256()
        files = [self.path / f for f in REQUIRED_FILES] if self.kind == "project" else sorted(self.path.rglob("*.pt"))
        for f in files:
            stat = f.stat()
            digest.update(f"{f.name}:{stat.st_size}".encode())
            with f.open("rb") as fh:
                digest.update(fh.read(1 << 16))
        return f"{self.kind}-{self.lang}-{digest.hexdigest()[:12]}"


def stanza_resources_dir() -> Path:
    """Stanza's resources directory, honouring STANZA_RESOURCES_DIR like stanza does."""
    return Path(os.environ.get("STANZA_RESOURCES_DIR", Path.home() / "stanza_resources"))


def _official(lang: str) -> Path | None:
    root = stanza_resources_dir()
    lang_dir = root / lang
    if (root / "resources.json").is_file() and (lang_dir / "depparse").is_dir() and (lang_dir / "tokenize").is_dir():
        return root
    return None


def _check_project_dir(path: Path, origin: str) -> None:
    missing = [f for f in REQUIRED_FILES if not (path / f).is_file()]
    if missing:
        raise ModelError(
            f"model directory {path} (from {origin}) lacks {', '.join(missing)}; "
            "point --model-dir at a directory made by training/train_all.sh, or unset it to use the shipped models"
        )


def resolve(lang: str, model_dir: Path | str | None = None) -> ModelSpec:
    """Pick the models for `lang` following the documented order."""
    for origin, value in (("--model-dir", model_dir), ("ATTRIBUTION_MODEL_DIR", os.environ.get("ATTRIBUTION_MODEL_DIR"))):
        if value:
            path = Path(value).expanduser()
            if not path.is_dir():
                raise ModelError(f"model directory {path} (from {origin}) does not exist")
            if (path / lang / "depparse").is_dir():  # a stanza resources directory
                return ModelSpec(lang, "official", path, origin)
            sub = path / lang if (path / lang / "parser.pt").is_file() else path
            _check_project_dir(sub, origin)
            return ModelSpec(lang, "project", sub, origin)
    official = _official(lang)
    if official is not None:
        return ModelSpec(lang, "official", official, "stanza resources")
    shipped = PACKAGE_MODELS / lang
    if not shipped.is_dir():
        raise ModelError(
            f"no models for language '{lang}': the package ships German ('de') only; "
            "install stanza's official models for it or pass --model-dir"
        )
    _check_project_dir(shipped, "shipped")
    return ModelSpec(lang, "project", shipped, "shipped")
