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

The test of whether the groups differ is Pearson's chi-square test of independence on the table
of attribution counts, groups by source types (scipy.stats.chi2_contingency, without Yates'
correction), with Cramér's V as the effect size (0: no association, 1: the group determines the
type). Notes: attributions of one article are not independent draws, so the p-value is optimistic
when a few long articles dominate a group; `small_expected` flags tables that break Cochran's rule
(an expected count below 1, or more than 20 % below 5), where the chi-square approximation is rough.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import stats
from scipy.stats.contingency import association

from attribution.corpus.store import Store
from attribution.types import SOURCE_TYPES

__all__ = ["GROUP_BYS", "SCHEMA_VERSION", "ChiSquare", "Comparison", "GroupFigures", "compare",
           "describe_test", "flat_rows", "to_dict"]

SCHEMA_VERSION = "attribution-compare/1"
GROUP_BYS = ("outlet", "month")  # what articles can be grouped by
UNKNOWN: Mapping[str, str] = {"outlet": "(unknown outlet)", "month": "(undated)"}
RESAMPLES = 9999  # bootstrap resamples (scipy's default)
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


@dataclass(frozen=True)
class Comparison:
    """The table of `compare`; `test` is None when fewer than two groups or types have attributions (`test_note` says which)."""

    by: tuple[str, ...]  # fields of GROUP_BYS
    rows: tuple[GroupFigures, ...]
    test: ChiSquare | None
    test_note: str | None
    confidence: float
    resamples: int
    seed: int


def compare(store: Store, *, by: Sequence[str] = ("outlet",), confidence: float = 0.95,
            resamples: int = RESAMPLES, seed: int = 0) -> Comparison:
    """Figures per group of stored articles and the chi-square test between the groups.

    Args:
        store: the corpus database.
        by: the fields to group by, `outlet` and/or `month` (the `YYYY-MM` of the article's date).
        confidence: level of the score's bootstrap confidence interval.
        resamples: bootstrap resamples per group.
        seed: seed of the bootstrap's random generator.

    Raises:
        CorpusError: the store holds no articles.
        ValueError: an unknown field in `by`, or a confidence level outside (0, 1).
    """
    fields = tuple(dict.fromkeys(by))
    if not fields or any(f not in GROUP_BYS for f in fields):
        raise ValueError(f"cannot group by {', '.join(by) or 'nothing'}; group by one or both of {', '.join(GROUP_BYS)}")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must lie between 0 and 1, got {confidence}")
    store.require_articles()
    counts = ", ".join(SOURCE_TYPES)
    articles = store.rows(f"SELECT {', '.join(fields)}, attributions, distinct_sources, anonymous_without_reason, "
                          f"score, {counts} FROM articles")
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in articles:
        key = tuple(row[f] if row[f] is not None else UNKNOWN[f] for f in fields)
        groups.setdefault(key, []).append(row)
    ordered = sorted(groups, key=lambda g: [(v in UNKNOWN.values(), v.casefold()) for v in g])
    rows = tuple(_figures(g, groups[g], confidence, resamples, seed) for g in ordered)
    test, note = _chi_square(rows)
    return Comparison(fields, rows, test, note, confidence, resamples, seed)


def _figures(group: tuple[str, ...], articles: list[dict[str, Any]], confidence: float, resamples: int,
             seed: int) -> GroupFigures:
    """The figures of one group from its articles' rows."""
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
    )


def _bootstrap_ci(scores: np.ndarray, confidence: float, resamples: int, seed: int) -> tuple[float, float] | None:
    """Percentile bootstrap interval of the mean; None for fewer than two values."""
    if len(scores) < 2:
        return None
    result = stats.bootstrap((scores,), np.mean, n_resamples=resamples, confidence_level=confidence,
                             method="percentile", rng=np.random.default_rng(seed), batch=1000)
    return float(result.confidence_interval.low), float(result.confidence_interval.high)


def _chi_square(rows: Sequence[GroupFigures]) -> tuple[ChiSquare | None, str | None]:
    """The test over the groups and source types that have attributions, or why there is none."""
    groups = [r for r in rows if r.attributions]
    types = tuple(t for t in SOURCE_TYPES if any(r.by_type[t] for r in groups))
    if len(groups) < 2:
        return None, "no test: fewer than two groups have attributions"
    if len(types) < 2:
        return None, f"no test: every attribution is of one type ({types[0] if types else 'none'})"
    table = np.array([[r.by_type[t] for t in types] for r in groups])
    result = stats.chi2_contingency(table, correction=False)
    expected = result.expected_freq
    small = bool(expected.min() < 1 or (expected < 5).mean() > 0.2)
    return ChiSquare(
        statistic=float(result.statistic), dof=int(result.dof), p_value=float(result.pvalue),
        cramers_v=float(association(table, method="cramer")), attributions=int(table.sum()), groups=len(groups),
        types=types, small_expected=small,
    ), None


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
        "rows": flat_rows(comparison),
        "test": None if test is None else {
            "name": "chi-square test of independence (groups x source types)",
            "statistic": round(test.statistic, _DIGITS), "dof": test.dof, "p_value": test.p_value,
            "cramers_v": round(test.cramers_v, _DIGITS), "attributions": test.attributions, "groups": test.groups,
            "types": list(test.types), "small_expected": test.small_expected,
        },
        "test_note": comparison.test_note,
    }


def describe_test(comparison: Comparison) -> str:
    """The chi-square test in one sentence, or why there is none."""
    test = comparison.test
    if test is None:
        return comparison.test_note or ""
    sentence = (f"Chi-square test of groups × source types ({', '.join(test.types)}): χ² = {test.statistic:.2f}, "
                f"df = {test.dof}, p = {test.p_value:.3g}, Cramér's V = {test.cramers_v:.2f}, "
                f"over {test.attributions} attributions in {test.groups} groups.")
    if test.small_expected:
        sentence += " Expected counts are small: read the p-value as a rough guide only."
    return sentence
