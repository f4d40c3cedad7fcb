"""The transparency score: 0-100, the sum of five components that each report how they were computed.

With N the number of attributions (docs/transparency-score.md has the full text):

| component   | max | points                                                               |
|-------------|-----|----------------------------------------------------------------------|
| identified  | 40  | 40 x (named + institutional) / N                                     |
| anonymity   | 20  | 20 x (1 - anonymous without a stated reason / N)                     |
| reportative | 15  | 15 x (1 - unattributed claims / N)                                   |
| diversity   | 15  | 5 x min(distinct sources - 1, 3)                                     |
| byline      | 10  | 10 for a person, 4 for a collective byline ("Redaktion"), 0 for none |

An article with no attributions gets no points for the first three components: it shows no
sources at all. The total is the sum rounded half up to an integer.
"""
from __future__ import annotations

from attribution.io.boilerplate import BylineKind
from attribution.report.model import Score, ScoreComponent, Summary

__all__ = ["BYLINE_POINTS", "DIVERSITY_STEP", "WEIGHTS", "score"]

WEIGHTS = {"identified": 40, "anonymity": 20, "reportative": 15, "diversity": 15, "byline": 10}
DIVERSITY_STEP = 5  # points per distinct source beyond the first, up to WEIGHTS["diversity"]
BYLINE_POINTS: dict[BylineKind, int] = {"person": 10, "collective": 4, "missing": 0}


def _ratio_component(cid: str, label: str, good: int, n: int, what: str) -> ScoreComponent:
    weight = WEIGHTS[cid]
    if n == 0:
        return ScoreComponent(cid, label, 0.0, weight, "no attributions: no points")
    return ScoreComponent(cid, label, weight * good / n, weight, f"{weight} × {good}/{n} {what}")


def score(summary: Summary, byline: BylineKind) -> Score:
    """Compute the five components and their total for one article."""
    n = summary.attributions
    identified = summary.by_type["named"] + summary.by_type["institutional"]
    hearsay = summary.by_type["unattributed"]
    distinct = len(summary.sources)
    steps = max(0, min(distinct - 1, WEIGHTS["diversity"] // DIVERSITY_STEP))
    components = (
        _ratio_component("identified", "sources named or institutional", identified, n,
                         "attributions have a named or institutional source"),
        _ratio_component("anonymity", "anonymity justified", n - summary.anonymous_without_reason, n,
                         f"attributions are not anonymous without a reason ({summary.anonymous_without_reason} are)"),
        _ratio_component("reportative", "claims sourced", n - hearsay, n,
                         f"attributions are not unsourced hearsay ({hearsay} are)"),
        ScoreComponent("diversity", "distinct sources", float(DIVERSITY_STEP * steps), WEIGHTS["diversity"],
                       f"{DIVERSITY_STEP} × min({distinct} distinct sources − 1, {WEIGHTS['diversity'] // DIVERSITY_STEP})"),
        ScoreComponent("byline", "byline", float(BYLINE_POINTS[byline]), WEIGHTS["byline"],
                       f"byline is {byline}: {BYLINE_POINTS[byline]} points"),
    )
    total = int(sum(c.points for c in components) + 0.5)
    return Score(total, components)
