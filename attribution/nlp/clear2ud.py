"""Convert a dependency tree in spaCy's English scheme (ClearNLP labels) to UD v2.

spaCy's English models are trained on OntoNotes converted with ClearNLP: prepositions head their
objects, the verb *be* heads its predicate, coordinators hang on the first conjunct, names are
head-final compounds. UD v2 (what the engine's rules and the German models speak) makes content
words heads: the object of a preposition heads it (`case`), a copula's predicate heads *be*
(`cop`), a coordinator hangs on the conjunct after it, a name is headed by its first word
(`flat`). `to_ud` rewrites one sentence; it is pure Python, so it is tested without a model.

The steps, in order (each works on the result of the one before):

1. prepositions: `prep`/`agent`/`dative` with a `pobj` -> the object takes the preposition's
   place as `obl` (head a predicate), `nmod` (head a nominal) or `obl:agent` (*by* of a passive),
   the preposition becomes its `case`; with a `pcomp` clause -> `advcl`/`acl` and `mark`;
   two-word prepositions (*according to*, *because of*) -> `case` + `fixed`, with `ExtPos=ADP`;
2. copulas: *be* with an `attr`/`acomp` predicate, a prepositional predicate right after it or a
   *to*-infinitive (`xcomp`) -> the predicate heads, *be* becomes `cop`, *be*'s other dependents
   move to the predicate; *there is X* keeps *be* as head and X becomes `nsubj`;
3. coordination: chained conjuncts attach to the first; `cc` and the comma before a conjunct
   attach to that conjunct;
4. names: a run of PROPN `compound`s before a PROPN head -> the first word heads, the others `flat`;
5. labels: the table `LABELS` (`dobj` -> `obj`, `relcl` -> `acl:relcl`, `neg` -> `advmod`, ...),
   plus the few that depend on context (*to* as infinitive `mark`, `npadvmod` -> `obl:unmarked`
   or `nmod:unmarked`, an indirect object `iobj` only beside a direct one).
"""
from __future__ import annotations

from dataclasses import dataclass

#: ClearNLP label -> UD v2 label where the label alone decides (context-dependent ones are in `to_ud`).
LABELS: dict[str, str] = {
    "ROOT": "root",
    "acl": "acl",
    "acomp": "xcomp",  # not under a copula (that case is restructured): "seemed happy"
    "advcl": "advcl",
    "advmod": "advmod",
    "agent": "obl",  # an agent without object (rare)
    "amod": "amod",
    "appos": "appos",
    "attr": "xcomp",  # not under a copula: "became president"
    "aux": "aux",
    "auxpass": "aux:pass",
    "case": "case",
    "cc": "cc",
    "ccomp": "ccomp",
    "compound": "compound",
    "conj": "conj",
    "csubj": "csubj",
    "csubjpass": "csubj:pass",
    "dative": "iobj",
    "dep": "dep",
    "det": "det",
    "dobj": "obj",
    "expl": "expl",
    "intj": "discourse",
    "mark": "mark",
    "meta": "dep",
    "neg": "advmod",
    "nmod": "nmod",
    "npadvmod": "obl:unmarked",
    "nsubj": "nsubj",
    "nsubjpass": "nsubj:pass",
    "nummod": "nummod",
    "oprd": "xcomp",
    "parataxis": "parataxis",
    "pcomp": "dep",  # a pcomp whose preposition was not converted
    "pobj": "obl",  # an object without a preposition head (rare)
    "poss": "nmod:poss",
    "preconj": "cc:preconj",
    "predet": "det:predet",
    "prep": "obl",  # a stranded preposition ("what are you looking at")
    "prt": "compound:prt",
    "punct": "punct",
    "quantmod": "advmod",
    "relcl": "acl:relcl",
    "xcomp": "xcomp",
}

NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "SYM", "X"})
PREPOSITION_LABELS = frozenset({"prep", "agent", "dative"})
COPULA_LEMMA = "be"


@dataclass
class Word:
    """One word of a sentence: spaCy's analysis in, UD `head`/`deprel` out.

    `head` is the 1-based id of the head in the sentence, 0 for the root; `dep` is spaCy's label.
    """

    id: int
    text: str
    lemma: str
    upos: str
    tag: str
    dep: str
    head: int
    deprel: str = ""
    extpos: str | None = None  # "ADP" for the first word of a two-word preposition (UD's ExtPos)


def to_ud(words: list[Word]) -> list[Word]:
    """Rewrite one sentence's tree from ClearNLP to UD v2 in place; returns the same list."""
    for w in words:
        w.deprel = LABELS.get(w.dep, "dep")
        if w.dep == "ROOT" or w.head == w.id:
            w.head, w.deprel = 0, "root"
    by_id = {w.id: w for w in words}
    _prepositions(words, by_id)
    _copulas(words, by_id)
    _coordination(words, by_id)
    _names(words, by_id)
    _context_labels(words, by_id)
    return words


def _children(words: list[Word], head: Word) -> list[Word]:
    return [w for w in words if w.head == head.id]


def _nominal(w: Word | None) -> bool:
    return w is not None and w.upos in NOMINAL


def _prepositions(words: list[Word], by_id: dict[int, Word]) -> None:
    for p in words:
        if p.dep not in PREPOSITION_LABELS:
            continue
        kids = _children(words, p)
        objects = [k for k in kids if k.dep == "pobj"]
        clauses = [k for k in kids if k.dep == "pcomp"]
        if not objects and not clauses and len(kids) >= 1:
            inner = [k for k in kids if k.dep == "prep" and k.id == p.id + 1]
            if inner:  # "according to X", "because of X": the second word is `fixed` on the first
                q = inner[0]
                q_kids = _children(words, q)
                objects = [k for k in q_kids if k.dep == "pobj"]
                clauses = [k for k in q_kids if k.dep == "pcomp"]
                if objects or clauses:
                    q.dep, q.head, q.deprel = "fixed", p.id, "fixed"
                    p.extpos = "ADP"
        head = by_id.get(p.head)
        if objects:
            x = objects[0]
            x.head, x.dep = p.head, "pobj*"
            x.deprel = "obl:agent" if p.dep == "agent" else ("nmod" if _nominal(head) else "obl")
            if p.head == 0:
                x.deprel = "root"
            p.head, p.deprel, p.dep = x.id, "case", "case"
        elif clauses:
            c = clauses[0]
            c.head, c.dep = p.head, "pcomp*"
            c.deprel = "acl" if _nominal(head) else "advcl"
            if p.head == 0:
                c.deprel = "root"
            p.head, p.deprel, p.dep = c.id, "mark", "mark"
        elif p.tag == "RP":
            p.deprel = "compound:prt"


def _copulas(words: list[Word], by_id: dict[int, Word]) -> None:
    for b in list(words):
        if b.lemma.lower() != COPULA_LEMMA or b.dep in {"aux", "auxpass"} or b.upos not in {"AUX", "VERB"}:
            continue
        kids = _children(words, b)
        if any(k.dep == "expl" for k in kids):  # "there is a problem": the attr is the subject
            for k in kids:
                if k.dep == "attr":
                    k.deprel, k.dep = "nsubj", "nsubj"
            continue
        if any(k.dep in {"dobj", "ccomp"} for k in kids):
            continue
        pred = next((k for k in kids if k.dep in {"attr", "acomp"} and k.id > b.id), None) \
            or next((k for k in kids if k.dep in {"attr", "acomp"}), None)
        if pred is None:  # "is in Berlin": the first prepositional object after *be*
            pred = next((k for k in kids if k.dep == "pobj*" and k.id > b.id
                         and not any(c.dep == "case" and c.id < b.id for c in _children(words, k))), None)
        if pred is None:  # "the plan is to leave"
            pred = next((k for k in kids if k.dep == "xcomp" and k.id > b.id
                         and any(c.tag == "TO" for c in _children(words, k))), None)
        if pred is None:
            continue
        pred.head, pred.deprel = b.head, b.deprel
        pred.dep = "copula-predicate"
        for k in kids:
            if k is not pred:
                k.head = pred.id
        b.head, b.deprel, b.dep = pred.id, "cop", "cop"


def _first_conjunct(w: Word, by_id: dict[int, Word]) -> Word:
    seen = set()
    while w.deprel == "conj" and w.head in by_id and w.id not in seen:
        seen.add(w.id)
        w = by_id[w.head]
    return w


def _coordination(words: list[Word], by_id: dict[int, Word]) -> None:
    # a coordinator or comma before a conjunct attaches to it (decided on spaCy's chain, where the
    # conjunct after it hangs on the same word as it does) ...
    for w in words:
        if w.deprel not in {"cc", "punct"} or w.head not in by_id:
            continue
        if w.deprel == "punct" and w.text not in {",", ";"}:
            continue
        head = by_id[w.head]
        if w.id < head.id:
            continue
        after = sorted((k for k in words if k.head == head.id and k.deprel == "conj" and k.id > w.id), key=lambda k: k.id)
        if after:
            w.head = after[0].id
    # ... then chained conjuncts attach to the first
    for w in words:
        if w.deprel == "conj" and w.head in by_id:
            first = _first_conjunct(by_id[w.head], by_id)
            if first.id != w.head and first.id != w.id:
                w.head = first.id


def _names(words: list[Word], by_id: dict[int, Word]) -> None:
    for h in words:
        if h.upos != "PROPN":
            continue
        run: list[Word] = []
        i = h.id - 1
        while i >= 1 and by_id[i].upos == "PROPN" and by_id[i].head == h.id and by_id[i].deprel == "compound":
            run.insert(0, by_id[i])
            i -= 1
        if not run:
            continue
        first = run[0]
        first.head, first.deprel = h.head, h.deprel
        for k in words:
            if k.head == h.id and k is not first:
                k.head = first.id
        for k in run[1:]:
            k.deprel = "flat"
        h.head, h.deprel = first.id, "flat"


def _context_labels(words: list[Word], by_id: dict[int, Word]) -> None:
    for w in words:
        head = by_id.get(w.head)
        if w.dep == "aux" and w.tag == "TO":
            w.deprel = "mark"
        elif w.dep == "neg" and w.upos == "DET":
            w.deprel = "det"
        elif w.dep == "npadvmod":
            w.deprel = "nmod:unmarked" if _nominal(head) else "obl:unmarked"
        elif w.dep == "dative" and w.deprel == "iobj" and head is not None \
                and not any(k.head == head.id and k.deprel == "obj" for k in words):
            w.deprel = "obj"
        elif w.dep == "pobj" and w.deprel == "obl" and _nominal(head):
            w.deprel = "nmod"
