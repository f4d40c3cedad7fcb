"""What renderers share: colours and names of source types, kinds and exclusion reasons, excerpts."""
from __future__ import annotations

from attribution.types import Attribution, Kind, SourceType

__all__ = ["HTML_COLOURS", "KIND_LABELS", "TERMINAL_COLOURS", "TYPE_LABELS", "excerpt", "explain", "speaker_label"]

TYPE_LABELS: dict[SourceType, str] = {
    "named": "named", "institutional": "institutional", "anonymous": "anonymous", "unattributed": "unattributed",
}
KIND_LABELS: dict[Kind, str] = {
    "direct": "direct quote", "indirect": "indirect speech", "mixed": "mixed quote",
    "according_to": "according to", "continuation": "continuation", "reportative": "reportative (hearsay)",
    "reported": "speech act",
}
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


def explain(att: Attribution) -> str:
    """The explanation in one line: rule, fallback, type reason, anonymity reason, notes."""
    ex = att.explanation
    parts = [ex.rule + (" (fallback)" if ex.fallback else "")]
    if ex.path:
        parts.append(ex.path)
    parts.append(ex.type_reason)
    if att.type == "anonymous":
        reason = att.anonymity_reason
        parts.append(f"reason for anonymity: {reason.text}" if reason else "no reason for anonymity given")
    if att.speaker is not None and att.speaker.resolution:
        parts.append(att.speaker.resolution)
    parts.extend(ex.notes)
    return "; ".join(p for p in parts if p)
