"""Minimal CoNLL-U reading and writing for the training recipe (no dependency needed)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from attribution.types import ParsedDoc


@dataclass
class Sentence:
    """Comment lines plus 10-column rows; multi-word token rows keep their `a-b` ids."""

    comments: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        for c in self.comments:
            if c.startswith("# text = "):
                return c[len("# text = "):]
        raise ValueError("sentence without '# text'")

    def words(self) -> list[list[str]]:
        return [r for r in self.rows if r[0].isdigit()]


def read(path: Path) -> list[Sentence]:
    out, cur = [], Sentence()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur.rows:
                out.append(cur)
            cur = Sentence()
        elif line.startswith("#"):
            cur.comments.append(line)
        else:
            cols = line.split("\t")
            if "." not in cols[0]:
                cur.rows.append(cols)
    if cur.rows:
        out.append(cur)
    return out


def write(path: Path, sentences: list[Sentence]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for s in sentences:
            for c in s.comments:
                f.write(c + "\n")
            for r in s.rows:
                f.write("\t".join(r) + "\n")
            f.write("\n")


def from_doc(doc: ParsedDoc) -> str:
    """A parsed document as CoNLL-U text (the system file the CoNLL 2018 scorer reads)."""
    lines = []
    for s in doc.sentences:
        for t in s.tokens:
            lines.append("\t".join([str(t.id), t.text, t.lemma, t.upos, t.xpos, t.feats, str(t.head), t.deprel, "_", "_"]))
        lines.append("")
    return "\n".join(lines) + "\n"
