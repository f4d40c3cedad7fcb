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
sources at all. The total is the sum rounded half up to an integer. Labels and the wording of
each component's computation are in attribution/lang/en/report.toml.
"""
from __future__ import annotations

from attribution.io.boilerplate import BylineKind
from attribution.report.model import Score, ScoreComponent, Summary
from attribution.report.wording import text

__all__ = ["BYLINE_POINTS", "DIVERSITY_STEP", "WEIGHTS", "score"]

WEIGHTS = {"identified": 40, "anonymity": 20, "reportative": 15, "diversity": 15, "byline": 10}
DIVERSITY_STEP = 5  # points per distinct source beyond the first, up to WEIGHTS["diversity"]
BYLINE_POINTS: dict[BylineKind, int] = {"person": 10, "collective": 4, "missing": 0}


def _ratio_component(cid: str, good: int, n: int) -> ScoreComponent:
    """A component worth `WEIGHTS[cid]` × good/n, worded by the wording file's `[score.<cid>]`."""
    weight = WEIGHTS[cid]
    label = text("score", cid, "label")
    if n == 0:
        return ScoreComponent(cid, label, 0.0, weight, text("score", "no_attributions"))
    detail = text("score", cid, "detail", weight=weight, good=good, bad=n - good, n=n)
    return ScoreComponent(cid, label, weight * good / n, weight, detail)


def score(summary: Summary, byline: BylineKind) -> Score:
    """Compute the five components and their total for one article."""
    n = summary.attributions
    identified = summary.by_type["named"] + summary.by_type["institutional"]
    hearsay = summary.by_type["unattributed"]
    distinct = len(summary.sources)
    cap = WEIGHTS["diversity"] // DIVERSITY_STEP
    steps = max(0, min(distinct - 1, cap))
    components = (
        _ratio_component("identified", identified, n),
        _ratio_component("anonymity", n - summary.anonymous_without_reason, n),
        _ratio_component("reportative", n - hearsay, n),
        ScoreComponent("diversity", text("score", "diversity", "label"), float(DIVERSITY_STEP * steps),
                       WEIGHTS["diversity"],
                       text("score", "diversity", "detail", step=DIVERSITY_STEP, distinct=distinct, cap=cap)),
        ScoreComponent("byline", text("score", "byline", "label"), float(BYLINE_POINTS[byline]), WEIGHTS["byline"],
                       text("score", "byline", byline, points=BYLINE_POINTS[byline])),
    )
    total = int(sum(c.points for c in components) + 0.5)
    return Score(total, components)
