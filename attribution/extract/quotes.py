"""Quotation spans in the raw text: German and English quotation styles, unbalanced marks skipped.

Quotation marks are typography shared by the languages handled here, so the pairs live in this
module; a quotation may span several sentences but not a paragraph break.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> closing marks accepted for it
PAIRS: dict[str, str] = {
    "„": "“”\"",
    "»": "«",
    "«": "»",
    "“": "”\"",
    '"': '"',
    "‚": "‘’",
    "›": "‹",
    "‹": "›",
}
SYMMETRIC = {'"'}
MAX_LEN = 4000
_PARA = re.compile(r"\n[ \t\r\u00a0]*\n")


@dataclass(frozen=True)
class Quote:
    """A quotation: `start`/`end` include the marks, `inner_start`/`inner_end` exclude them."""

    start: int
    end: int

    @property
    def inner_start(self) -> int:
        return self.start + 1

    @property
    def inner_end(self) -> int:
        return self.end - 1


def _opens(text: str, i: int) -> bool:
    """A mark that only opens („ » « ‚ › ‹) opens; one that also closes (" “) opens when text follows
    it directly and no word precedes it."""
    if text[i] not in SYMMETRIC and text[i] != "“":
        return True
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace():
        return False
    if text[i] in SYMMETRIC or text[i] == "“":
        prev = text[i - 1] if i > 0 else " "
        return prev.isspace() or prev in "([{:;,-–—/" or i == 0
    return True


def find_quotes(text: str) -> list[Quote]:
    """All balanced quotations in text order; a mark with no partner before the next paragraph
    break is ignored, so unbalanced text never fails."""
    out: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in PAIRS and _opens(text, i):
            closers = PAIRS[c]
            para = _PARA.search(text, i + 1)
            limit = min(n, i + MAX_LEN, para.start() if para else n)
            j = i + 1
            while j < limit and text[j] not in closers:
                j += 1
            if j < limit and j > i + 1:
                out.append(Quote(i, j + 1))
                i = j + 1
                continue
        i += 1
    return out
