"""What renderers share: colours of source types, excerpts, speaker labels; the names of types and
kinds come from the wording file (attribution/report/wording.py)."""
from __future__ import annotations

from attribution.report.wording import KIND_LABELS, TYPE_LABELS
from attribution.types import Attribution, SourceType

__all__ = ["HTML_COLOURS", "KIND_LABELS", "TERMINAL_COLOURS", "TYPE_LABELS", "excerpt", "speaker_label"]

TERMINAL_COLOURS: dict[SourceType, str] = {
    "named": "green", "institutional": "blue", "anonymous": "dark_orange", "unattributed": "red",
}
# (text/border colour, highlight background) per type
HTML_COLOURS: dict[SourceType, tuple[str, str]] = {
    "named": ("#1b5e20", "#c8e6c9"), "institutional": ("#0d47a1", "#bbdefb"),
    "anonymous": ("#e65100", "#ffe0b2"), "unattributed": ("#b71c1c", "#ffcdd2"),
}


def excerpt(text: str, limit: int = 160) -> str:
    """The text on one line, cut at `limit` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def speaker_label(att: Attribution) -> str:
    """The speaker mention and, when resolved to someone else's name, whom it refers to; and
    whom the words were addressed to, if the text says."""
    sp = att.speaker
    if sp is None:
        label = att.source_description or "—"
    elif sp.name and sp.name != sp.text:
        label = f"{sp.text} → {sp.name}"
    else:
        label = sp.text
    return f"{label} (to {att.addressee.text})" if att.addressee else label
