"""The parse layer: shipped models load offline, offsets slice the original text, the cache
returns identical documents, key relations come out of a German paragraph."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from attribution.nlp import cache as parse_cache
from attribution.nlp.models import ModelError, resolve
from attribution.nlp.parse import abbreviations, join_unterminated, normalise, parse_text, split_word_full_stops
from attribution.nlp.tagger import features, normalise_stts

PARAGRAPH = ("Der Minister teilte am Montag mit, dass die Regierung das Gesetz ändern werde. "
             "„Wir sind bereit“, sagte er. Die Lage sei ernst.")


def test_shipped_models_resolve_and_load() -> None:
    spec = resolve("de")
    assert spec.kind in {"project", "official"}
    assert spec.id.startswith(spec.kind)


def test_missing_model_dir_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="lacks tokenizer.pt"):
        resolve("de", tmp_path)
    with pytest.raises(ModelError, match="does not exist"):
        resolve("de", tmp_path / "nope")


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(ModelError, match="no models for language 'xx'"):
        resolve("xx")


def test_key_relations() -> None:
    doc = parse_text(PARAGRAPH)
    toks = doc.tokens
    teilte = next(t for t in toks if t.text == "teilte")
    mit = next(t for t in toks if t.text == "mit")
    assert mit.xpos == "PTKVZ" and teilte.lemma == "teilen"
    werde = next(t for t in toks if t.text == "werde")
    assert werde.feat("Mood") == "Sub" and werde.feat("Tense") == "Pres"
    sei = next(t for t in toks if t.text == "sei")
    assert sei.feat("Mood") == "Sub"
    minister = next(t for t in toks if t.text == "Minister")
    assert minister.deprel == "nsubj" and doc.sentences[0].head_of(minister) is teilte
    assert len(doc.sentences) == 3
    quote_marks = [t for t in toks if t.text in {"„", "“"}]
    assert len(quote_marks) == 2 and all(t.upos == "PUNCT" for t in quote_marks)


@pytest.mark.parametrize("text", [
    "\ufeffDer Minister sagte:\r\n„Wir sind bereit.“\r\n",
    "Der\u00a0Minister sagte\tam Montag, die Regie\u00adrung sei »sehr« stabil.",
    "Sie sagte: \u201eDas ist gut\u201c – und ging.\u2028Neue Zeile.",
])
def test_offsets_slice_the_original_text(text: str) -> None:
    doc = parse_text(text)
    assert doc.tokens, "no tokens"
    for t in doc.tokens:
        assert text[t.start:t.end] == t.text
        assert not t.text.isspace()
    assert any("Regie\u00adrung" == t.text for t in doc.tokens) or "\u00ad" not in text


def test_normalise_keeps_length() -> None:
    text = "\ufeffa\r\nb\u00a0c\td\u2009e"
    assert len(normalise(text)) == len(text)


def test_cache_returns_identical_documents(tmp_path: Path) -> None:
    cache = parse_cache.ParseCache(tmp_path)
    first = parse_text(PARAGRAPH, cache=cache)
    assert list(tmp_path.rglob("*.json"))
    second = parse_text(PARAGRAPH, cache=cache)
    assert second == first
    assert parse_cache.loads(PARAGRAPH, parse_cache.dumps(first)) == first


def test_pretokenized_input_keeps_tokens() -> None:
    text = "Er sagte , es sei gut .\nSie schwieg ."
    spans = [[(0, 2), (3, 8), (9, 10), (11, 13), (14, 17), (18, 21), (22, 23)], [(24, 27), (28, 34), (35, 36)]]
    doc = parse_text(text, spans=spans)
    assert [[(t.start, t.end) for t in s.tokens] for s in doc.sentences] == spans


def test_tagger_tables() -> None:
    assert normalise_stts("VV(FIN)") == "VVFIN" and normalise_stts("$(") == "$("
    assert "Mood=Sub" in features("hätten", "VAFIN") and "Tense=Past" in features("hätten", "VAFIN")
    assert "Mood=Ind" in features("sagt", "VVFIN")
    assert features("gesagt", "VVPP") == "VerbForm=Part"


@pytest.mark.parametrize("word,lemma,sub", [
    ("bedinge", "bedingen", True), ("ändere", "ändern", True), ("arbeite", "arbeiten", True),
    ("bedingt", "bedingen", False), ("sagte", "sagen", False), ("arbeitete", "arbeiten", False),
])
def test_a_full_verb_missing_from_the_form_list_gets_its_regular_konjunktiv_i(word: str, lemma: str, sub: bool) -> None:
    assert ("Mood=Sub" in features(word, "VVFIN", lemma)) is sub


def test_a_quotation_ending_a_sentence_closes_it() -> None:
    text = "Sie sagte: „Wir haben alles verloren.“ Laut Behörde bestand keine Gefahr. „Nein.“, sagte er."
    doc = parse_text(text)
    firsts = [doc.text[s.start:s.end].split()[0] for s in doc.sentences]
    assert "Laut" in firsts and not any(f.startswith(",") for f in firsts)


def test_a_colon_left_on_a_word_is_its_own_token() -> None:
    doc = parse_text("Er schrieb auf X: „Die Ampel ist am Ende.“")
    assert "X" in [t.text for t in doc.tokens] and ":" in [t.text for t in doc.tokens]


@pytest.mark.parametrize("word,sub", [("müsste", True), ("müssten", True), ("müßte", True), ("mussten", False)])
def test_konjunktiv_ii_forms_in_both_spellings(word: str, sub: bool) -> None:
    assert ("Mood=Sub" in features(word, "VMFIN", "müssen")) is sub


def test_a_number_with_a_full_stop_before_a_sentence_opener_ends_the_sentence() -> None:
    doc = parse_text("Sie wartete am Terminal 1. Ein Geschäftsmann sagte, er sei verärgert. Am 1. Mai streiken sie.")
    firsts = [doc.text[s.start:s.end].split()[0] for s in doc.sentences]
    assert firsts == ["Sie", "Ein", "Am"]


def test_join_unterminated_joins_a_break_after_a_word_on_the_same_line_only() -> None:
    text = "Agentur meldete, Machthaber Kim sei da.\nTitel ohne Punkt\nDer Text beginnt."
    cut = text.index("Kim")
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    before = [w for w in words if w[0] < cut]
    line1 = [w for w in words if cut <= w[0] < text.index("\n")]
    rest = [w for w in words if w[0] > text.index("\n")]
    title = [w for w in rest if w[0] < text.index("Der")]
    body = [w for w in rest if w[0] >= text.index("Der")]
    joined = join_unterminated(text, [before, line1, title, body])
    assert joined == [before + line1, title, body]


def test_a_first_name_after_a_comma_stays_in_its_sentence() -> None:
    doc = parse_text("Die Agentur meldete, Machthaber Kim Jong Un habe den Start überwacht.")
    assert len(doc.sentences) == 1


@pytest.mark.parametrize("word,lemma,sub", [("bräuchten", "brauchen", True), ("bräuchte", "brauchen", True),
                                            ("brauchten", "brauchen", False), ("führte", "führen", False)])
def test_an_umlauted_past_of_a_weak_verb_is_konjunktiv_ii(word: str, lemma: str, sub: bool) -> None:
    assert ("Mood=Sub" in features(word, "VVFIN", lemma)) is sub


@pytest.mark.parametrize("word,lemma,sub", [("führen", "führen", False), ("führen", "fahren", True),
                                            ("sähen", "sehen", True)])
def test_a_listed_konjunktiv_form_is_indicative_of_a_verb_whose_indicative_it_is(word: str, lemma: str, sub: bool) -> None:
    assert ("Mood=Sub" in features(word, "VVFIN", lemma)) is sub


@pytest.mark.parametrize("text,count", [
    ("Die Inflation sei auf einem guten Weg. Marktbeobachter rechnen mit Schwankungen.", 2),
    ("Er kam mit Prof. Schmidt zur Sitzung.", 1),
    ("Das kostet 5 Mio. Euro im Jahr.", 1),
])
def test_a_word_the_tokenizer_kept_with_its_full_stop_ends_the_sentence_unless_an_abbreviation(text: str, count: int) -> None:
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\W\d_]+\.|\w+|[^\w\s]", text)]
    assert len(split_word_full_stops(text, [words], abbreviations("de"))) == count


def test_quotation_marks_are_split_off_the_words_they_touch() -> None:
    from attribution.nlp.parse import split_quote_marks
    text = "»Das ist kein Geheimnis«, sagte er."
    spans = split_quote_marks(text, [[(0, 4), (5, 8), (9, 13), (14, 24), (24, 25)]])
    assert [text[a:b] for a, b in spans[0]] == ["»", "Das", "ist", "kein", "Geheimnis", "«", ","]


def test_a_sentence_ending_on_a_title_abbreviation_goes_on_with_the_name() -> None:
    from attribution.nlp.parse import join_after_titles
    text = "sagte Prof. Jürgen Walther. Dann ging er."
    sents = [[(0, 5), (6, 11)], [(12, 18), (19, 26), (26, 27)], [(28, 32), (33, 37), (38, 40), (40, 41)]]
    joined = join_after_titles(text, sents, frozenset({"prof"}))
    assert len(joined) == 2 and [text[a:b] for a, b in joined[0]][-2:] == ["Walther", "."]


@pytest.mark.parametrize("text,count", [
    ("Streit zwischen Union und SPD . Bundeskanzler Martin Albers rief zur Mäßigung auf .", 2),
    ("Das sagte Prof . Jürgen Walther am Montag .", 1),
    ("Das sagte Jürgen W . Müller am Montag .", 1),
    ("Warum ? fragte er .", 1),
])
def test_a_lone_full_stop_before_a_capitalised_word_ends_the_sentence_unless_after_an_abbreviation(text: str, count: int) -> None:
    from attribution.nlp.parse import split_after_full_stops
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    assert len(split_after_full_stops(text, [words], abbreviations("de") | frozenset({"prof"}))) == count
