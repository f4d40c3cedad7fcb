"""Summary, distinct sources, transparency score and flags of hand-made reports."""
from __future__ import annotations

import pytest

from attribution.report import build_report
from attribution.report.score import WEIGHTS
from tests.fakes import fake_parse, make_article, make_attribution

TEXT = ("Donald Trump sagte, die Lage sei ernst. Er erklärte, man werde handeln. "
        "Ein amerikanischer Beamter sagte, es gebe Gespräche. Nach Angaben eines amerikanischen Beamten "
        "laufen Kontakte. Dabei soll es um Geld gegangen sein. Das Wetter war schön.\nNewsletter")
LEMMAS = {"amerikanischer": "amerikanisch", "amerikanischen": "amerikanisch", "Beamten": "Beamter"}
UPOS = {"amerikanischer": "ADJ", "amerikanischen": "ADJ", "Beamter": "NOUN", "Beamten": "NOUN", "Ein": "DET",
        "eines": "DET", "Donald": "PROPN", "Trump": "PROPN"}


def _atts():
    return [
        make_attribution(TEXT, cue="sagte", content="die Lage sei ernst", speaker="Donald Trump", sentence=0),
        make_attribution(TEXT, cue="erklärte", content="man werde handeln", speaker="Er", name="Donald Trump", sentence=1),
        make_attribution(TEXT, type="anonymous", cue="sagte, es", content="es gebe Gespräche",
                         speaker="Ein amerikanischer Beamter", sentence=2),
        make_attribution(TEXT, kind="according_to", type="anonymous", cue="Nach Angaben", content="laufen Kontakte",
                         speaker="eines amerikanischen Beamten", sentence=3),
        make_attribution(TEXT, kind="reportative", type="unattributed", cue="soll",
                         content="Dabei soll es um Geld gegangen sein", sentence=4),
    ]


@pytest.fixture
def report():
    article = make_article(TEXT, author="Redaktion", byline_kind="collective", excluded=(("Newsletter", "newsletter"),))
    return build_report(article, fake_parse(TEXT, lemmas=LEMMAS, upos=UPOS), _atts())


def test_report_summary_counts(report) -> None:
    s = report.summary
    assert s.attributions == 5
    assert dict(s.by_type) == {"named": 2, "institutional": 0, "anonymous": 2, "unattributed": 1}
    assert s.by_kind["indirect"] == 3 and s.by_kind["according_to"] == 1 and s.by_kind["reportative"] == 1
    assert s.share(s.by_type["named"]) == pytest.approx(0.4)
    assert s.anonymous_without_reason == 2


def test_report_distinct_sources_merge_same_person_and_inflections(report) -> None:
    labels = [(src.label, src.type, src.attributions) for src in report.summary.sources]
    assert labels == [("Donald Trump", "named", (0, 1)), ("Ein amerikanischer Beamter", "anonymous", (2, 3))]


def test_report_sentence_share_skips_excluded(report) -> None:
    assert report.summary.sentences == 6  # "Newsletter" is boilerplate
    assert report.summary.attributed_sentences == 5


def test_report_score_components_add_up(report) -> None:
    points = {c.id: c.points for c in report.score.components}
    assert points == pytest.approx({"identified": 40 * 2 / 5, "anonymity": 20 * 3 / 5, "reportative": 15 * 4 / 5,
                                    "diversity": 5.0, "byline": 4.0})
    assert report.score.total == int(sum(points.values()) + 0.5) == 49
    assert [c.max for c in report.score.components] == list(WEIGHTS.values())
    assert sum(WEIGHTS.values()) == 100


def test_report_flags(report) -> None:
    flags = {f.id: f for f in report.flags}
    assert set(flags) == {"anonymous_without_reason", "reportative_without_source", "collective_byline"}
    assert flags["anonymous_without_reason"].attributions == (2, 3)
    assert flags["reportative_without_source"].attributions == (4,)


def test_report_anonymity_reason_clears_flag() -> None:
    text = "Ein Beamter, der nicht genannt werden wollte, sagte, es gebe Gespräche."
    att = make_attribution(text, type="anonymous", cue="sagte", content="es gebe Gespräche", speaker="Ein Beamter",
                           reason="der nicht genannt werden wollte")
    r = build_report(make_article(text, author="Anna Schmidt", byline_kind="person"), fake_parse(text), [att])
    assert r.summary.anonymous_without_reason == 0
    assert [f.id for f in r.flags] == ["single_source"]
    assert {c.id: c.points for c in r.score.components}["anonymity"] == 20


def test_report_one_side_flag() -> None:
    text = "Ein amerikanischer Beamter sagte, es gebe Gespräche. Amerikanische Diplomaten erklärten, man warte ab."
    lemmas = {"amerikanischer": "amerikanisch", "Amerikanische": "amerikanisch"}
    upos = {"amerikanischer": "ADJ", "Amerikanische": "ADJ", "Beamter": "NOUN", "Diplomaten": "NOUN"}
    atts = [make_attribution(text, type="anonymous", cue="sagte", content="es gebe Gespräche",
                             speaker="Ein amerikanischer Beamter"),
            make_attribution(text, type="anonymous", cue="erklärten", content="man warte ab",
                             speaker="Amerikanische Diplomaten", sentence=1)]
    r = build_report(make_article(text, author="Anna Schmidt"), fake_parse(text, lemmas=lemmas, upos=upos), atts)
    one_side = [f for f in r.flags if f.id == "one_side"]
    assert one_side and "amerikanisch" in one_side[0].message


def test_report_no_attributions_is_valid() -> None:
    text = "Das Wetter war schön. Die Sonne schien."
    r = build_report(make_article(text), fake_parse(text), [])
    assert r.summary.attributions == 0 and r.summary.sentences == 2
    assert r.score.total == 0
    assert all(c.points == 0 for c in r.score.components)
    assert [f.id for f in r.flags] == ["missing_byline"]


def test_report_orders_attributions_by_position() -> None:
    text = "A sagte, eins. B sagte, zwei."
    late = make_attribution(text, cue="sagte, zwei", content="zwei", speaker="B", sentence=1)
    early = make_attribution(text, cue="sagte, eins", content="eins", speaker="A")
    r = build_report(make_article(text), fake_parse(text), [late, early])
    assert [a.content.text for a in r.attributions] == ["eins", "zwei"]


def test_report_mismatched_exclusion_reasons_fall_back_to_other() -> None:
    text = "Newsletter\nDer Text."
    article = make_article(text, excluded=(("Newsletter", "newsletter"),))
    article.meta.extra["excluded_reasons"] = ""
    assert build_report(article, None, []).excluded[0].reason == "other"
