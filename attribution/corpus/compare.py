"""Compare outlets' sourcing habits: one row of figures per outlet (and month), and a test of difference.

Every figure is computed from the per-article figures the store copied from the per-article
reports, so a group of one article shows exactly that article's report:

- attributions per article and distinct sources per article: means over the group's articles;
- type shares: the group's attributions of each source type over all its attributions (pooled,
  so an article with many quotes weighs more than one with few);
- unjustified anonymity: the share of articles with at least one anonymous attribution that
  gives no reason for anonymity (the report's `anonymous_without_reason` > 0);
- transparency score: the mean over articles with a percentile bootstrap confidence interval
  (Efron & Tibshirani 1993, via scipy.stats.bootstrap), resampling articles with a fixed seed, so
  the same store always gives the same interval.

Groups with fewer than `min_articles` articles are too small for a figure of their own: they are
pooled into one row, "other (small groups)", which is shown but not tested (it mixes outlets).

The test of whether the groups differ is Pearson's chi-square test of independence on the table
of attribution counts, groups by source types (scipy.stats.chi2_contingency, without Yates'
correction), with Cramér's V as the effect size (0: no association, 1: the group determines the
type), labelled by Cohen's (1988) thresholds for the table's degrees of freedom. Notes:
attributions of one article are not independent draws, so the p-value is optimistic when a few
long articles dominate a group; `small_expected` flags tables that break Cochran's rule (an
expected count below 1, or more than 20 % below 5), where the chi-square approximation is rough.
`describe_test` says all this in plain words.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import stats
from scipy.stats.contingency import association

from attribution.corpus.store import Store
from attribution.types import SOURCE_TYPES

__all__ = ["GROUP_BYS", "MIN_ARTICLES", "OTHER", "SCHEMA_VERSION", "ChiSquare", "Comparison", "GroupFigures",
           "compare", "describe_test", "effect_size", "flat_rows", "to_dict"]

SCHEMA_VERSION = "attribution-compare/1"
GROUP_BYS = ("outlet", "month")  # what articles can be grouped by
UNKNOWN: Mapping[str, str] = {"outlet": "(unknown outlet)", "month": "(undated)"}
RESAMPLES = 9999  # bootstrap resamples (scipy's default)
MIN_ARTICLES = 5  # groups with fewer articles are pooled into the OTHER row
OTHER = "other (small groups)"
ALPHA = 0.05  # the p-value below which a difference is called clear
GROUP_NOUNS: Mapping[tuple[str, ...], str] = {("outlet",): "outlets", ("month",): "months",
                                              ("outlet", "month"): "outlet-month groups",
                                              ("month", "outlet"): "month-outlet groups"}
# What each source type's share says about the groups, in words: "differ in how often they ..."
TYPE_HABITS: Mapping[str, str] = {"named": "quote named sources", "institutional": "quote institutions",
                                  "anonymous": "use anonymous sources", "unattributed": "leave claims unattributed"}
_DIGITS = 4  # exported shares and means are rounded to this many decimals, as in the JSON report


@dataclass(frozen=True)
class GroupFigures:
    """The figures of one group of articles; shares are 0.0 when there is nothing to count."""

    group: tuple[str, ...]  # the group's value of each `Comparison.by` field, in that order
    articles: int
    attributions: int
    attributions_per_article: float
    sources_per_article: float
    by_type: Mapping[str, int]  # attributions per source type, every type present
    share_by_type: Mapping[str, float]
    unjustified_anonymous_share: float  # share of articles with an anonymous source given no reason
    score_mean: float
    score_ci: tuple[float, float] | None  # None for a group of one article
    pooled: tuple[tuple[str, ...], ...] = ()  # for the OTHER row: the small groups pooled into it

    @property
    def shown(self) -> tuple[str, ...]:
        """The group's values as tables show them: the OTHER row names OTHER once, in the first column."""
        return (OTHER, *("" for _ in self.group[1:])) if self.pooled else self.group


@dataclass(frozen=True)
class ChiSquare:
    """Pearson's chi-square test on groups x source types, over the groups and types that have attributions."""

    statistic: float
    dof: int
    p_value: float
    cramers_v: float
    attributions: int
    groups: int
    types: tuple[str, ...]
    small_expected: bool  # Cochran's rule is broken: read the p-value with care
    largest: str  # the type that contributes most to the statistic: where the groups differ most


@dataclass(frozen=True)
class Comparison:
    """The table of `compare`; `test` is None when fewer than two groups or types have attributions (`test_note`
    says why), and `pool_note` says which small groups were pooled into the OTHER row, if any."""

    by: tuple[str, ...]  # fields of GROUP_BYS
    rows: tuple[GroupFigures, ...]
    test: ChiSquare | None
    test_note: str | None
    confidence: float
    resamples: int
    seed: int
    min_articles: int = 1
    pool_note: str | None = None


def compare(store: Store, *, by: Sequence[str] = ("outlet",), confidence: float = 0.95,
            resamples: int = RESAMPLES, seed: int = 0, min_articles: int = MIN_ARTICLES) -> Comparison:
    """Figures per group of stored articles and the chi-square test between the groups.

    Args:
        store: the corpus database.
        by: the fields to group by, `outlet` and/or `month` (the `YYYY-MM` of the article's date).
        confidence: level of the score's bootstrap confidence interval.
        resamples: bootstrap resamples per group.
        seed: seed of the bootstrap's random generator.
        min_articles: groups with fewer articles are pooled into one OTHER row, left out of the test.

    Raises:
        CorpusError: the store holds no articles.
        ValueError: an unknown field in `by`, a confidence level outside (0, 1), or `min_articles` below 1.
    """
    fields = tuple(dict.fromkeys(by))
    if not fields or any(f not in GROUP_BYS for f in fields):
        raise ValueError(f"cannot group by {', '.join(by) or 'nothing'}; group by one or both of {', '.join(GROUP_BYS)}")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must lie between 0 and 1, got {confidence}")
    if min_articles < 1:
        raise ValueError(f"min_articles must be at least 1, got {min_articles}")
    store.require_articles()
    counts = ", ".join(SOURCE_TYPES)
    articles = store.rows(f"SELECT {', '.join(fields)}, attributions, distinct_sources, anonymous_without_reason, "
                          f"score, {counts} FROM articles")
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in articles:
        key = tuple(row[f] if row[f] is not None else UNKNOWN[f] for f in fields)
        groups.setdefault(key, []).append(row)
    ordered = sorted(groups, key=lambda g: [(v in UNKNOWN.values(), v.casefold()) for v in g])
    small = [g for g in ordered if len(groups[g]) < min_articles]
    rows = [_figures(g, groups[g], confidence, resamples, seed) for g in ordered if g not in small]
    test, note = _chi_square(rows, _noun(fields), min_articles)
    if small:
        pooled = [a for g in small for a in groups[g]]
        rows.append(_figures(tuple(OTHER for _ in fields), pooled, confidence, resamples, seed, tuple(small)))
    pool_note = _pool_note(len(small), sum(len(groups[g]) for g in small), _noun(fields), min_articles)
    return Comparison(fields, tuple(rows), test, note, confidence, resamples, seed, min_articles, pool_note)


def _noun(fields: tuple[str, ...]) -> str:
    """What the groups are called in sentences: "outlets", "months", "outlet-month groups"."""
    return GROUP_NOUNS.get(fields, "groups")


def _figures(group: tuple[str, ...], articles: list[dict[str, Any]], confidence: float, resamples: int,
             seed: int, pooled: tuple[tuple[str, ...], ...] = ()) -> GroupFigures:
    """The figures of one group from its articles' rows; `pooled` names the small groups of the OTHER row."""
    n = len(articles)
    total = sum(a["attributions"] for a in articles)
    by_type = {t: sum(a[t] for a in articles) for t in SOURCE_TYPES}
    scores = np.array([a["score"] for a in articles], dtype=float)
    return GroupFigures(
        group=group,
        articles=n,
        attributions=total,
        attributions_per_article=total / n,
        sources_per_article=sum(a["distinct_sources"] for a in articles) / n,
        by_type=by_type,
        share_by_type={t: c / total if total else 0.0 for t, c in by_type.items()},
        unjustified_anonymous_share=sum(a["anonymous_without_reason"] > 0 for a in articles) / n,
        score_mean=float(scores.mean()),
        score_ci=_bootstrap_ci(scores, confidence, resamples, seed),
        pooled=pooled,
    )


def _bootstrap_ci(scores: np.ndarray, confidence: float, resamples: int, seed: int) -> tuple[float, float] | None:
    """Percentile bootstrap interval of the mean; None for fewer than two values."""
    if len(scores) < 2:
        return None
    result = stats.bootstrap((scores,), np.mean, n_resamples=resamples, confidence_level=confidence,
                             method="percentile", rng=np.random.default_rng(seed), batch=1000)
    return float(result.confidence_interval.low), float(result.confidence_interval.high)


def _pool_note(groups: int, articles: int, noun: str, min_articles: int) -> str | None:
    """Which small groups were pooled into the OTHER row, in words; None when none were."""
    if not groups:
        return None
    which, own, pronoun = ((f"1 of the {noun} has", "its own", "it is") if groups == 1
                           else (f"{groups} {noun} have", "their own", "they are"))
    return (f"{which} fewer than {min_articles} articles ({articles} in all): too few for figures of {own}, so "
            f"{pronoun} pooled as '{OTHER}', which the test leaves out (--min-articles sets the size).")


def _chi_square(rows: Sequence[GroupFigures], noun: str, min_articles: int) -> tuple[ChiSquare | None, str | None]:
    """The test over the groups and source types that have attributions, or why there is none."""
    groups = [r for r in rows if r.attributions]
    types = tuple(t for t in SOURCE_TYPES if any(r.by_type[t] for r in groups))
    if len(groups) < 2:
        size = f"{min_articles} or more articles with attributions" if min_articles > 1 else "attributions"
        return None, f"No test: fewer than two {noun} have {size}, too few to tell a real difference from chance."
    if len(types) < 2:
        return None, f"No test: every attribution is of one type ({types[0] if types else 'none'})."
    table = np.array([[r.by_type[t] for t in types] for r in groups])
    result = stats.chi2_contingency(table, correction=False)
    expected = result.expected_freq
    small = bool(expected.min() < 1 or (expected < 5).mean() > 0.2)
    contributions = ((table - expected) ** 2 / expected).sum(axis=0)
    return ChiSquare(
        statistic=float(result.statistic), dof=int(result.dof), p_value=float(result.pvalue),
        cramers_v=float(association(table, method="cramer")), attributions=int(table.sum()), groups=len(groups),
        types=types, small_expected=small, largest=types[int(contributions.argmax())],
    ), None


def effect_size(cramers_v: float, groups: int, types: int) -> str:
    """Cohen's (1988) label of Cramér's V for a table of this shape: negligible, small, medium or large.

    The thresholds 0.1, 0.3 and 0.5 hold for a 2 x 2 table; for larger tables they are divided by
    the square root of min(groups, types) - 1.
    """
    root = math.sqrt(max(1, min(groups, types) - 1))
    for threshold, label in ((0.5, "large"), (0.3, "medium"), (0.1, "small")):
        if cramers_v >= threshold / root:
            return label
    return "negligible"


def flat_rows(comparison: Comparison) -> list[dict[str, Any]]:
    """One flat record per group (CSV and Parquet columns): group fields, counts, rounded shares and means."""
    out = []
    for row in comparison.rows:
        record: dict[str, Any] = dict(zip(comparison.by, row.group, strict=True))
        record |= {
            "articles": row.articles,
            "attributions": row.attributions,
            "attributions_per_article": round(row.attributions_per_article, _DIGITS),
            "sources_per_article": round(row.sources_per_article, _DIGITS),
        }
        record |= {t: row.by_type[t] for t in SOURCE_TYPES}
        record |= {f"share_{t}": round(row.share_by_type[t], _DIGITS) for t in SOURCE_TYPES}
        record |= {
            "unjustified_anonymous_share": round(row.unjustified_anonymous_share, _DIGITS),
            "score_mean": round(row.score_mean, _DIGITS),
            "score_ci_low": round(row.score_ci[0], _DIGITS) if row.score_ci else None,
            "score_ci_high": round(row.score_ci[1], _DIGITS) if row.score_ci else None,
        }
        out.append(record)
    return out


def to_dict(comparison: Comparison) -> dict[str, Any]:
    """The comparison as a JSON-ready dict (schema `attribution-compare/1`, see docs/corpus.md)."""
    test = comparison.test
    return {
        "schema_version": SCHEMA_VERSION,
        "by": list(comparison.by),
        "confidence": comparison.confidence,
        "resamples": comparison.resamples,
        "seed": comparison.seed,
        "min_articles": comparison.min_articles,
        "rows": flat_rows(comparison),
        "pooled": [list(g) for r in comparison.rows for g in r.pooled],
        "pool_note": comparison.pool_note,
        "test": None if test is None else {
            "name": "chi-square test of independence (groups x source types)",
            "statistic": round(test.statistic, _DIGITS), "dof": test.dof, "p_value": test.p_value,
            "cramers_v": round(test.cramers_v, _DIGITS),
            "effect": effect_size(test.cramers_v, test.groups, len(test.types)), "attributions": test.attributions,
            "groups": test.groups, "types": list(test.types), "small_expected": test.small_expected,
            "largest_difference": test.largest,
        },
        "test_note": comparison.test_note,
        "summary": describe_test(comparison),
    }


def describe_test(comparison: Comparison) -> str:
    """The test in plain words: whether the groups differ, where most, the figures and how far to trust them."""
    test = comparison.test
    if test is None:
        return comparison.test_note or ""
    noun = _noun(comparison.by)
    figures = (f"chi-square test over {test.attributions} attributions in {test.groups} {noun}: "
               f"χ² = {test.statistic:.1f}, df = {test.dof}, p {_p(test.p_value)}; Cramér's V = "
               f"{test.cramers_v:.2f} ({effect_size(test.cramers_v, test.groups, len(test.types))} effect)")
    if test.p_value < ALPHA:
        rows = [r for r in comparison.rows if r.attributions and not r.pooled]
        low = min(rows, key=lambda r: r.share_by_type[test.largest])
        high = max(rows, key=lambda r: r.share_by_type[test.largest])
        sentence = (f"The {noun} differ in how they source their reports, most in how often they "
                    f"{TYPE_HABITS[test.largest]} ({_share(low, test.largest)} to {_share(high, test.largest)}): "
                    f"{figures}.")
    else:
        sentence = (f"No clear difference between the {noun} in how they source their reports; differences this "
                    f"large often arise by chance: {figures}.")
    if test.small_expected:
        sentence += " Some groups or source types have few attributions, so read the p-value as a rough guide only."
    return sentence


def _p(p_value: float) -> str:
    """A p-value for people, with its relation: "< 0.001" rather than a string of zeros, "= 0.04"."""
    return "< 0.001" if p_value < 0.001 else f"= {p_value:.3f}" if p_value < 0.01 else f"= {p_value:.2f}"


def _share(row: GroupFigures, source_type: str) -> str:
    """`"12 % in taz"`: a group's share of one type."""
    return f"{row.share_by_type[source_type] * 100:.0f} % in {' · '.join(row.group)}"
