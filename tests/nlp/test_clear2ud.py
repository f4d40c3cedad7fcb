"""ClearNLP -> UD v2 conversion of spaCy trees, on hand-built trees (no model needed)."""
from __future__ import annotations

from attribution.nlp.clear2ud import LABELS, Word, to_ud


def tree(rows: list[tuple[str, str, str, str, str, int]]) -> dict[str, tuple[str, str]]:
    """rows: (text, lemma, upos, tag, ClearNLP dep, head id); returns text -> (head text, UD deprel)."""
    words = [Word(i, *row) for i, row in enumerate(rows, 1)]
    to_ud(words)
    by_id = {w.id: w for w in words}
    return {w.text: (by_id[w.head].text if w.head else "ROOT", w.deprel) for w in words}


def test_preposition_object_heads_its_case() -> None:
    out = tree([("He", "he", "PRON", "PRP", "nsubj", 2), ("spoke", "speak", "VERB", "VBD", "ROOT", 2),
                ("in", "in", "ADP", "IN", "prep", 2), ("Paris", "Paris", "PROPN", "NNP", "pobj", 3)])
    assert out["Paris"] == ("spoke", "obl")
    assert out["in"] == ("Paris", "case")


def test_preposition_under_noun_is_nmod_and_agent_is_obl_agent() -> None:
    out = tree([("mayor", "mayor", "NOUN", "NN", "nsubjpass", 5), ("of", "of", "ADP", "IN", "prep", 1),
                ("London", "London", "PROPN", "NNP", "pobj", 2), ("was", "be", "AUX", "VBD", "auxpass", 5),
                ("elected", "elect", "VERB", "VBN", "ROOT", 5), ("by", "by", "ADP", "IN", "agent", 5),
                ("voters", "voter", "NOUN", "NNS", "pobj", 6)])
    assert out["London"] == ("mayor", "nmod")
    assert out["mayor"] == ("elected", "nsubj:pass")
    assert out["was"] == ("elected", "aux:pass")
    assert out["voters"] == ("elected", "obl:agent")
    assert out["by"] == ("voters", "case")


def test_according_to_is_case_with_fixed() -> None:
    out = tree([("According", "accord", "VERB", "VBG", "prep", 5), ("to", "to", "ADP", "IN", "prep", 1),
                ("police", "police", "NOUN", "NN", "pobj", 2), ("it", "it", "PRON", "PRP", "nsubj", 5),
                ("burned", "burn", "VERB", "VBD", "ROOT", 5)])
    assert out["police"] == ("burned", "obl")
    assert out["According"] == ("police", "case")
    assert out["to"] == ("According", "fixed")


def test_copula_predicate_heads() -> None:
    out = tree([("She", "she", "PRON", "PRP", "nsubj", 2), ("is", "be", "AUX", "VBZ", "ROOT", 2),
                ("not", "not", "PART", "RB", "neg", 2), ("a", "a", "DET", "DT", "det", 5),
                ("doctor", "doctor", "NOUN", "NN", "attr", 2), (".", ".", "PUNCT", ".", "punct", 2)])
    assert out["doctor"] == ("ROOT", "root")
    assert out["is"] == ("doctor", "cop")
    assert out["She"] == ("doctor", "nsubj")
    assert out["not"] == ("doctor", "advmod")
    assert out["."] == ("doctor", "punct")


def test_copula_with_adjective_in_clause_and_prepositional_predicate() -> None:
    out = tree([("He", "he", "PRON", "PRP", "nsubj", 2), ("said", "say", "VERB", "VBD", "ROOT", 2),
                ("it", "it", "PRON", "PRP", "nsubj", 4), ("was", "be", "AUX", "VBD", "ccomp", 2),
                ("safe", "safe", "ADJ", "JJ", "acomp", 4)])
    assert out["safe"] == ("said", "ccomp")
    assert out["was"] == ("safe", "cop")
    out = tree([("He", "he", "PRON", "PRP", "nsubj", 2), ("is", "be", "AUX", "VBZ", "ROOT", 2),
                ("in", "in", "ADP", "IN", "prep", 2), ("Berlin", "Berlin", "PROPN", "NNP", "pobj", 3)])
    assert out["Berlin"] == ("ROOT", "root")
    assert out["is"] == ("Berlin", "cop")
    assert out["in"] == ("Berlin", "case")


def test_there_is_keeps_be_and_makes_subject() -> None:
    out = tree([("There", "there", "PRON", "EX", "expl", 2), ("is", "be", "VERB", "VBZ", "ROOT", 2),
                ("hope", "hope", "NOUN", "NN", "attr", 2)])
    assert out["is"] == ("ROOT", "root")
    assert out["hope"] == ("is", "nsubj")
    assert out["There"] == ("is", "expl")


def test_coordination_attaches_to_first_conjunct_and_cc_to_next() -> None:
    out = tree([("John", "John", "PROPN", "NNP", "ROOT", 1), (",", ",", "PUNCT", ",", "punct", 1),
                ("Mary", "Mary", "PROPN", "NNP", "conj", 1), ("and", "and", "CCONJ", "CC", "cc", 3),
                ("Bob", "Bob", "PROPN", "NNP", "conj", 3)])
    assert out["Mary"] == ("John", "conj")
    assert out["Bob"] == ("John", "conj")
    assert out["and"] == ("Bob", "cc")
    assert out[","] == ("Mary", "punct")


def test_names_are_flat_headed_by_first_word() -> None:
    out = tree([("the", "the", "DET", "DT", "det", 4), ("minister", "minister", "NOUN", "NN", "compound", 4),
                ("Heiko", "Heiko", "PROPN", "NNP", "compound", 4), ("Maas", "Maas", "PROPN", "NNP", "nsubj", 5),
                ("said", "say", "VERB", "VBD", "ROOT", 5)])
    assert out["Heiko"] == ("said", "nsubj")
    assert out["Maas"] == ("Heiko", "flat")
    assert out["minister"] == ("Heiko", "compound")
    assert out["the"] == ("Heiko", "det")


def test_context_labels() -> None:
    out = tree([("He", "he", "PRON", "PRP", "nsubj", 2), ("wants", "want", "VERB", "VBZ", "ROOT", 2),
                ("to", "to", "PART", "TO", "aux", 4), ("leave", "leave", "VERB", "VB", "xcomp", 2),
                ("today", "today", "NOUN", "NN", "npadvmod", 4)])
    assert out["to"] == ("leave", "mark")
    assert out["today"] == ("leave", "obl:unmarked")
    out = tree([("They", "they", "PRON", "PRP", "nsubj", 2), ("told", "tell", "VERB", "VBD", "ROOT", 2),
                ("him", "he", "PRON", "PRP", "dative", 2), ("lies", "lie", "NOUN", "NNS", "dobj", 2)])
    assert out["him"] == ("told", "iobj") and out["lies"] == ("told", "obj")
    out = tree([("They", "they", "PRON", "PRP", "nsubj", 2), ("told", "tell", "VERB", "VBD", "ROOT", 2),
                ("him", "he", "PRON", "PRP", "dative", 2)])
    assert out["him"] == ("told", "obj")


def test_label_table_covers_spacy_scheme() -> None:
    spacy_labels = {"ROOT", "acl", "acomp", "advcl", "advmod", "agent", "amod", "appos", "attr", "aux", "auxpass",
                    "case", "cc", "ccomp", "compound", "conj", "csubj", "csubjpass", "dative", "dep", "det", "dobj",
                    "expl", "intj", "mark", "meta", "neg", "nmod", "npadvmod", "nsubj", "nsubjpass", "nummod", "oprd",
                    "parataxis", "pcomp", "pobj", "poss", "preconj", "predet", "prep", "prt", "punct", "quantmod",
                    "relcl", "xcomp"}
    assert spacy_labels <= set(LABELS)
    assert all(v == v.lower() for v in LABELS.values())
