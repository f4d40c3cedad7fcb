"""SpkAtt STWR from the cue's class, the source phrase's nouns and the source type (attribution/lang/de/stwr.toml)."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from attribution.io.spkatt import STWRS, TokenMap, read_spkatt, stwr_of, stwr_table, to_document
from attribution.types import Article, Attribution, Cue, Explanation, ParsedDoc, Sentence, SourceType, Span, Token

SENTENCES = [
    ["Laut", "einem", "Bericht", "der", "Zeitung", "gab", "es", "Verletzte", "."],  # 0
    ["Nach", "Polizeiangaben", "gab", "es", "Tote", "."],  # 1
    ["Die", "Ministerin", "schrieb", ",", "sie", "komme", "."],  # 2
    ["Sie", "habe", "keine", "Zeit", "."],  # 3
    ["Medienberichten", "zufolge", "ist", "er", "weg", "."],  # 4
    ["Laut", "Faz.net", "ist", "er", "weg", "."],  # 5
]
NOUNS = {(0, 2): "Bericht", (0, 4): "Zeitung", (1, 1): "Polizeiangabe", (2, 1): "Ministerin",
         (4, 0): "Medienbericht"}
PROPER = {(5, 1): "Faz.net"}


@pytest.fixture()
def article(tmp_path: Path) -> Article:
    path = tmp_path / "2 - STWR (2020-01-01).json"
    obj = {"DocumentName": path.stem, "Sentences": [{"SentenceId": i, "Tokens": t} for i, t in enumerate(SENTENCES)]}
    path.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    return read_spkatt(path)


@pytest.fixture()
def doc(article: Article) -> ParsedDoc:
    """The article's tokens with lemmas and tags for the nouns that decide STWR."""
    sentences, i = [], 0
    for si, sent in enumerate(article.tokens or ()):
        toks = []
        for ti, (a, b) in enumerate(sent):
            lemma = NOUNS.get((si, ti)) or PROPER.get((si, ti)) or article.text[a:b]
            upos = "NOUN" if (si, ti) in NOUNS else "PROPN" if (si, ti) in PROPER else "X"
            toks.append(Token(i, si, ti + 1, article.text[a:b], a, b, lemma, upos, "_", "_", 0, "root"))
            i += 1
        sentences.append(Sentence(si, sent[0][0], sent[-1][1], tuple(toks)))
    return ParsedDoc(article.text, "de", "test", tuple(sentences))


def _span(article: Article, sent: int, first: int, last: int) -> Span:
    tmap = TokenMap.of(article)
    a, b = tmap.span((sent, first))[0], tmap.span((sent, last))[1]
    return Span(a, b, article.text[a:b])


def _att(article: Article, lemma: str | None, *, kind: str = "indirect", type: SourceType = "named",
         sent: int = 2, content: tuple[int, int] = (4, 5), phrase: tuple[int, int] | None = None) -> Attribution:
    """An attribution in sentence `sent` with a cue of `lemma` on its first token and an optional source phrase."""
    cue_span = _span(article, sent, 0, 0)
    return Attribution(
        kind=kind, type=type,  # type: ignore[arg-type]
        cue=Cue(cue_span.text, ((cue_span.start, cue_span.end),), lemma) if lemma else None,
        content=_span(article, sent, *content), speaker=None,
        explanation=Explanation("test", lemma, None, False, "test"), sentence=sent,
        source_phrase=_span(article, sent, *phrase) if phrase else None)


@pytest.mark.parametrize(("lemma", "stwr"), [
    ("sagen", "Speech"), ("äußern", "Speech"), ("glauben", "ST"), ("ausgehen", "ST"), ("befürchten", "ST"),
    ("schreiben", "Writing"), ("twittern", "Writing"), ("bestätigen", "SW"), ("sollen", "SW"),
    ("bekannt werden", "SW"), ("nach Ansicht", "ST"), ("nach Angabe", "SW"), ("nach Bericht", "Writing"),
])
def test_stwr_from_the_cue_class(article: Article, lemma: str, stwr: str) -> None:
    assert stwr_of(_att(article, lemma), None) == stwr


@pytest.mark.parametrize(("sent", "lemma", "phrase", "stwr"), [
    (0, "laut", (1, 4), "Writing"),  # "einem Bericht der Zeitung": the first listed noun decides
    (1, "nach Polizeiangabe", None, "SW"),  # the cue's noun, as the end of a compound
    (4, "zufolge", (0, 0), "SW"),  # "Medienberichten": the longest listed ending wins over "bericht"
    (5, "laut", (1, 1), "Writing"),  # a web site as source
])
def test_stwr_from_the_nouns_of_a_neutral_cue(article: Article, doc: ParsedDoc, sent: int, lemma: str,
                                              phrase: tuple[int, int] | None, stwr: str) -> None:
    att = _att(article, lemma, kind="according_to", type="institutional", sent=sent, content=(2, 4), phrase=phrase)
    assert stwr_of(att, doc) == stwr


@pytest.mark.parametrize(("kind", "type", "stwr"), [
    ("indirect", "named", "Speech"), ("indirect", "anonymous", "Speech"), ("indirect", "institutional", "SW"),
    ("reported", "unattributed", "SW"), ("according_to", "named", "Speech"), ("according_to", "anonymous", "SW"),
])
def test_stwr_by_source_type_when_nothing_else_decides(article: Article, kind: str, type: SourceType,
                                                       stwr: str) -> None:
    assert stwr_of(_att(article, "verkünden", kind=kind, type=type), None) == stwr
    assert stwr_of(_att(article, "berichten", kind=kind, type=type), None) == stwr  # a neutral cue, no nouns


def test_stwr_of_a_continuation_is_its_reports(article: Article, doc: ParsedDoc) -> None:
    report = _att(article, "schreiben", phrase=(0, 1))
    continuation = replace(_att(article, None, kind="continuation", sent=3, content=(0, 3)),
                           source_phrase=report.source_phrase)
    first, second = to_document(article, [report, continuation], doc).annotations
    assert (first.form, first.stwr) == ("Indirect", "Writing")
    assert (second.form, second.stwr) == ("IndirectFreeIndirect", "Writing")
    alone = to_document(article, [continuation], doc).annotations[0]
    assert alone.stwr == "Speech"  # no report: the named source's default


def test_stwr_table_is_valid_and_other_languages_keep_the_default(article: Article) -> None:
    table = stwr_table("de")
    assert table is not None
    assert set(table.verbs.values()) - {None} <= set(STWRS) and {s for _, s in table.nouns} <= set(STWRS)
    assert table.verbs["laut"] is None and table.verbs["sagen"] == "Speech"
    assert stwr_table("xx") is None
    assert stwr_of(_att(article, "glauben"), None, lang="xx") == "Speech"
