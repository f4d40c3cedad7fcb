"""SpkAtt reader and writer: text and token map built from tokens, the guideline's span conventions."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from attribution.errors import InputError
from attribution.io.spkatt import (
    SpkAttAnnotation,
    SpkAttError,
    TokenMap,
    document_from_json,
    is_spkatt,
    parse_id,
    read_document,
    read_spkatt,
    to_document,
    write_spkatt,
)
from attribution.types import Article, ArticleMeta, Attribution, Cue, Explanation, ParsedDoc, Sentence, Span, Speaker, Token

SPKATT_TRAIN = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "spkatt2023_news" / "train"

SENTENCES = [
    ["„", "Wir", "kommen", "“", ",", "sagte", "Anna", "Schmidt", "."],  # 0 direct
    ["Der", "Minister", "sagte", ",", "dass", "er", "komme", "."],  # 1 indirect
    ["Nach", "Angaben", "der", "Polizei", "gab", "es", "Verletzte", "."],  # 2 according_to
    ["Er", "habe", "keine", "Zeit", "."],  # 3 continuation
    ["Es", "gebe", "viel", "zu", "tun", "."],  # 4 continuation
    ["Der", "Täter", "soll", "geflohen", "sein", "."],  # 5 reportative
    ["Sie", "sagte", ",", "es", "sei", "„", "ein", "Skandal", "“", "."],  # 6 mixed
]


def spkatt_obj(sentences: list[list[str]] = SENTENCES, annotations: list[dict] | None = None) -> dict:
    return {"DocumentName": "1 - Test (2020-01-01)",
            "Sentences": [{"SentenceId": i, "Tokens": toks} for i, toks in enumerate(sentences)],
            "Annotations": annotations or []}


@pytest.fixture()
def article(tmp_path: Path) -> Article:
    path = tmp_path / "1 - Test (2020-01-01).json"
    path.write_text(json.dumps(spkatt_obj(), ensure_ascii=False), encoding="utf-8")
    return read_spkatt(path)


def span_of(article: Article, first: tuple[int, int], last: tuple[int, int]) -> tuple[int, int]:
    """Character span from the start of token `first` to the end of token `last`."""
    tmap = TokenMap.of(article)
    return tmap.span(first)[0], tmap.span(last)[1]


def make(article: Article, kind: str, content: tuple[tuple[int, int], tuple[int, int]] | None,
         cue: list[tuple[tuple[int, int], tuple[int, int]]] = (), speaker: tuple[tuple[int, int], tuple[int, int]] | None = None,
         sentence: int = 0, phrase: tuple[tuple[int, int], tuple[int, int]] | None = None) -> Attribution:
    """An Attribution whose spans are given as (first token, last token) pairs."""
    def span(pair: tuple[tuple[int, int], tuple[int, int]]) -> Span:
        a, b = span_of(article, *pair)
        return Span(a, b, article.text[a:b])

    cue_spans = tuple(span_of(article, *p) for p in cue)
    cue_obj = Cue(" ".join(article.text[a:b] for a, b in cue_spans), cue_spans, "x") if cue_spans else None
    sp = span(speaker) if speaker else None
    spk = Speaker(sp.text, sp.start, sp.end, sp.text.split()[-1]) if sp else None
    return Attribution(kind=kind, type="named", cue=cue_obj, content=span(content) if content else None, speaker=spk,
                       explanation=Explanation("test", None, None, False, "test"), sentence=sentence,
                       source_phrase=span(phrase) if phrase else None)


def ids(*pairs: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    return tuple(pairs)


def rng(sent: int, first: int, last: int) -> tuple[tuple[int, int], ...]:
    return tuple((sent, i) for i in range(first, last + 1))


def parsed(article: Article, feats: dict[tuple[int, int], tuple[str, str]]) -> ParsedDoc:
    """A ParsedDoc over the article's tokens; `feats` gives (lemma, feats) of some tokens."""
    sentences, i = [], 0
    for si, sent in enumerate(article.tokens or ()):
        toks = []
        for ti, (a, b) in enumerate(sent):
            lemma, fs = feats.get((si, ti), (article.text[a:b], "_"))
            toks.append(Token(i, si, ti + 1, article.text[a:b], a, b, lemma, "X", "_", fs, 0, "root"))
            i += 1
        sentences.append(Sentence(si, sent[0][0], sent[-1][1], tuple(toks)))
    return ParsedDoc(article.text, "de", "test", tuple(sentences))


# -- reading ------------------------------------------------------------------------------------
@pytest.mark.parametrize("obj, expected", [
    (spkatt_obj(), True),
    ({"Sentences": [{"SentenceId": 0, "Tokens": ["a"]}]}, True),
    ({"text": "Er sagte, ..."}, False),
    ({"Sentences": []}, False),
    ({"Sentences": [{"Tokens": ["a"]}]}, False),
    ([spkatt_obj()], False),
    ({"schema": "attribution-gold/1", "documents": []}, False),
])
def test_spkatt_is_spkatt_recognises_by_content(obj: object, expected: bool) -> None:
    assert is_spkatt(obj) is expected


def test_spkatt_read_builds_text_tokens_and_metadata(article: Article) -> None:
    lines = article.text.split("\n")
    assert lines[0] == "„ Wir kommen “ , sagte Anna Schmidt ."
    assert len(lines) == len(SENTENCES)
    assert article.meta.document == "1 - Test (2020-01-01).json"
    assert (article.meta.title, article.meta.date) == ("Test", "2020-01-01")
    assert article.tokens is not None
    for sent, spans in zip(SENTENCES, article.tokens, strict=True):
        assert [article.text[a:b] for a, b in spans] == sent


def test_spkatt_token_map_converts_both_ways(article: Article) -> None:
    tmap = TokenMap.of(article)
    start, end = tmap.span((1, 4))
    assert article.text[start:end] == "dass"
    assert tmap.id_at(start) == (1, 4) and tmap.id_at(end - 1) == (1, 4)
    assert tmap.id_at(end) is None  # the space after the token
    assert tmap.ids(start, end + 2) == [(1, 4), (1, 5)]
    assert tmap.ids(0, len(article.text))[-1] == (6, 9)
    with pytest.raises(IndexError):
        tmap.span((7, 0))


def test_spkatt_token_map_needs_given_tokens() -> None:
    with pytest.raises(ValueError, match="no given tokens"):
        TokenMap.of(Article(text="Er kam.", meta=ArticleMeta(document="x.txt")))


@pytest.mark.parametrize("obj, problem", [
    ({"Sentences": [{"SentenceId": 1, "Tokens": ["a"]}]}, "SentenceId 1 at position 0"),
    ({"Sentences": [{"SentenceId": 0, "Tokens": ["a b"]}]}, "without spaces"),
    ({"Sentences": [{"SentenceId": 0, "Tokens": [""]}]}, "non-empty"),
    ({"Sentences": [{"SentenceId": 0, "Tokens": ["a"]}], "Annotations": [{"Message": ["0-0"], "Form": "Direct"}]},
     "SentenceId:TokenId"),
    ({"Sentences": [{"SentenceId": 0, "Tokens": ["a"]}], "Annotations": [{"Message": ["0:0"], "Form": "Quoted"}]},
     "unknown Form"),
    ({"text": "a"}, "not SpkAtt JSON"),
])
def test_spkatt_rejects_malformed_input(obj: dict, problem: str) -> None:
    with pytest.raises(SpkAttError, match=problem) as info:
        document_from_json(obj, "doc", "doc.json")
    assert isinstance(info.value, InputError) and info.value.source == "doc.json"


def test_spkatt_parse_id() -> None:
    assert parse_id("12:3") == (12, 3)
    with pytest.raises(ValueError):
        parse_id("12")


def test_spkatt_annotation_json_round_trip() -> None:
    obj = {"Addr": ["0:2"], "Cue": ["0:1"], "Form": "Indirect", "Frame": ["0:0", "0:1"], "HasNested": False,
           "IsNested": True, "Message": ["0:4", "0:3", "0:3"], "STWR": "SW", "Source": ["0:0"]}
    ann = SpkAttAnnotation.from_json(obj)
    assert ann.message == ((0, 3), (0, 4))  # sorted, duplicates dropped
    assert ann.to_json() == {**obj, "Message": ["0:3", "0:4"]}


# -- writing ------------------------------------------------------------------------------------
def test_spkatt_direct_message_takes_the_quotation_marks(article: Article) -> None:
    att = make(article, "direct", ((0, 1), (0, 2)), cue=[((0, 5), (0, 5))], speaker=((0, 6), (0, 7)))
    (ann,) = to_document(article, [att]).annotations
    assert ann.form == "Direct"
    assert ann.message == rng(0, 0, 3)
    assert ann.cue == ids((0, 5)) and ann.source == ids((0, 6), (0, 7))
    assert ann.frame == rng(0, 4, 7)  # the rest of the sentence without the full stop
    assert (ann.is_nested, ann.has_nested, ann.stwr, ann.addr) == (False, False, "Speech", ())


def test_spkatt_indirect_message_takes_dass_but_not_the_full_stop(article: Article) -> None:
    att = make(article, "indirect", ((1, 5), (1, 7)), cue=[((1, 2), (1, 2))], speaker=((1, 0), (1, 1)), sentence=1)
    (ann,) = to_document(article, [att]).annotations
    assert ann.form == "Indirect"
    assert ann.message == rng(1, 4, 6)
    assert ann.frame == rng(1, 0, 3)  # with the comma
    assert ann.source == rng(1, 0, 1)


def test_spkatt_source_marker_gives_its_phrase_as_source_and_its_preposition_as_cue(article: Article) -> None:
    att = make(article, "according_to", ((2, 4), (2, 6)), cue=[((2, 0), (2, 1))], speaker=((2, 2), (2, 3)), sentence=2,
               phrase=((2, 1), (2, 3)))
    (ann,) = to_document(article, [att]).annotations
    assert ann.form == "Indirect"
    assert ann.cue == ids((2, 0))
    assert ann.source == rng(2, 1, 3)  # "Angaben der Polizei", not the speaker "der Polizei"


def test_spkatt_source_is_the_speaker_without_a_source_phrase(article: Article) -> None:
    att = make(article, "according_to", ((2, 4), (2, 6)), cue=[((2, 0), (2, 1))], speaker=((2, 2), (2, 3)), sentence=2)
    (ann,) = to_document(article, [att]).annotations
    assert ann.cue == ids((2, 0)) and ann.source == rng(2, 2, 3)


def test_spkatt_laut_alone_stays_the_cue(article: Article) -> None:
    att = make(article, "according_to", ((2, 4), (2, 6)), cue=[((2, 0), (2, 0))], speaker=((2, 1), (2, 3)), sentence=2)
    (ann,) = to_document(article, [att]).annotations
    assert ann.cue == ids((2, 0)) and ann.source == rng(2, 1, 3)


def test_spkatt_continuations_of_one_speaker_form_one_passage(article: Article) -> None:
    first = make(article, "continuation", ((3, 0), (3, 3)), speaker=((1, 0), (1, 1)), sentence=3)
    second = make(article, "continuation", ((4, 0), (4, 4)), speaker=((1, 0), (1, 1)), sentence=4)
    (ann,) = to_document(article, [second, first]).annotations
    assert ann.form == "IndirectFreeIndirect"
    assert ann.message == rng(3, 0, 4) + rng(4, 0, 5)  # both sentences with their full stops
    assert (ann.cue, ann.frame) == ((), ())


def test_spkatt_continuations_of_different_speakers_stay_apart(article: Article) -> None:
    first = make(article, "continuation", ((3, 0), (3, 3)), speaker=((1, 0), (1, 1)), sentence=3)
    second = make(article, "continuation", ((4, 0), (4, 4)), speaker=((0, 6), (0, 7)), sentence=4)
    assert len(to_document(article, [first, second]).annotations) == 2


def test_spkatt_continuation_with_sollen_and_no_konjunktiv_is_free_indirect(article: Article) -> None:
    att = make(article, "continuation", ((5, 0), (5, 4)), speaker=((1, 0), (1, 1)), sentence=5)
    doc = parsed(article, {(5, 2): ("sollen", "Mood=Ind|VerbForm=Fin")})
    assert to_document(article, [att], doc).annotations[0].form == "FreeIndirect"
    konj = parsed(article, {(5, 2): ("sollen", "Mood=Sub|VerbForm=Fin")})
    assert to_document(article, [att], konj).annotations[0].form == "IndirectFreeIndirect"
    assert to_document(article, [att]).annotations[0].form == "IndirectFreeIndirect"


def test_spkatt_reportative_is_free_indirect_without_cue(article: Article) -> None:
    att = make(article, "reportative", ((5, 0), (5, 4)), cue=[((5, 2), (5, 2))], sentence=5)
    (ann,) = to_document(article, [att]).annotations
    assert ann.form == "FreeIndirect"
    assert ann.message == rng(5, 0, 5)
    assert (ann.cue, ann.source, ann.frame) == ((), (), ())


def test_spkatt_mixed_adds_a_nested_direct_fragment(article: Article) -> None:
    att = make(article, "mixed", ((6, 3), (6, 8)), cue=[((6, 1), (6, 1))], speaker=((6, 0), (6, 0)), sentence=6)
    outer, inner = to_document(article, [att]).annotations
    assert (outer.form, outer.has_nested, outer.is_nested) == ("Indirect", True, False)
    assert outer.message == rng(6, 3, 8)
    assert (inner.form, inner.is_nested, inner.has_nested) == ("Direct", True, False)
    assert inner.message == rng(6, 5, 8)
    assert (inner.cue, inner.source, inner.frame) == (outer.cue, outer.source, outer.frame)


def test_spkatt_attribution_without_content_is_left_out(article: Article) -> None:
    att = make(article, "according_to", None, cue=[((2, 0), (2, 1))], speaker=((2, 2), (2, 3)), sentence=2)
    assert to_document(article, [att]).annotations == ()


def test_spkatt_repeated_message_and_source_is_written_once(article: Article) -> None:
    att = make(article, "indirect", ((1, 5), (1, 7)), cue=[((1, 2), (1, 2))], speaker=((1, 0), (1, 1)), sentence=1)
    other = make(article, "indirect", ((1, 5), (1, 7)), cue=[((1, 2), (1, 2))], speaker=((0, 6), (0, 7)), sentence=1)
    assert len(to_document(article, [att, att]).annotations) == 1
    assert len(to_document(article, [att, other]).annotations) == 2  # two speakers: annotated twice


def test_spkatt_write_and_read_back(article: Article, tmp_path: Path) -> None:
    atts = [make(article, "direct", ((0, 1), (0, 2)), cue=[((0, 5), (0, 5))], speaker=((0, 6), (0, 7))),
            make(article, "mixed", ((6, 3), (6, 8)), cue=[((6, 1), (6, 1))], speaker=((6, 0), (6, 0)), sentence=6)]
    out = write_spkatt(article, atts, tmp_path / "out" / article.meta.document)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["DocumentName"] == "1 - Test (2020-01-01)"
    assert [s["Tokens"] for s in data["Sentences"]] == SENTENCES
    assert set(data["Annotations"][0]) == {"Addr", "Cue", "Form", "Frame", "HasNested", "IsNested", "Message",
                                           "STWR", "Source"}
    back = read_document(out)
    assert back.annotations == to_document(article, atts).annotations
    assert back.name == "1 - Test (2020-01-01)"


@pytest.mark.skipif(not SPKATT_TRAIN.is_dir(), reason="SpkAtt data not in ../shared")
def test_spkatt_reads_every_token_of_real_files() -> None:
    for path in sorted(SPKATT_TRAIN.glob("*.json"))[:20]:
        raw = json.loads(path.read_text(encoding="utf-8"))
        article = read_spkatt(path)
        tmap = TokenMap.of(article)
        for sent in raw["Sentences"]:
            for ti, tok in enumerate(sent["Tokens"]):
                a, b = tmap.span((sent["SentenceId"], ti))
                assert article.text[a:b] == tok
        doc = read_document(path)
        assert len(doc.annotations) == len(raw["Annotations"])
        for ann, obj in zip(doc.annotations, raw["Annotations"], strict=True):
            assert ann.to_json()["Message"] == sorted(set(obj["Message"]), key=parse_id)


def test_spkatt_marker_in_the_middle_of_its_content_is_no_message(tmp_path: Path) -> None:
    """"Die Feuerwehr hat [nach eigenen Angaben] die Halle durchsucht": the marker's content spans
    its clause; the message leaves out the cue and the source phrase."""
    sentence = ["Die", "Feuerwehr", "hat", "nach", "eigenen", "Angaben", "die", "Halle", "durchsucht", "."]
    path = tmp_path / "2 - Marker (2020-01-01).json"
    path.write_text(json.dumps(spkatt_obj([sentence]), ensure_ascii=False), encoding="utf-8")
    article = read_spkatt(path)
    att = make(article, "according_to", ((0, 0), (0, 8)), cue=[((0, 3), (0, 3)), ((0, 5), (0, 5))],
               speaker=((0, 0), (0, 1)), phrase=((0, 4), (0, 5)))
    (ann,) = to_document(article, [att]).annotations
    assert ann.cue == ids((0, 3)) and ann.source == rng(0, 4, 5)
    assert not set(ann.message) & (set(ann.cue) | set(ann.source))
    assert ann.message == rng(0, 0, 2) + rng(0, 6, 8)
