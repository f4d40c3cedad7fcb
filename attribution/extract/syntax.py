"""Small questions asked of a parsed sentence: word classes by UD features, lemmas with particles, finite verbs, noun phrases.

Word classes are asked through UD (`upos`, `feats`, relations), never through a language's own
tag set: the German tagger derives the features from its STTS tags (attribution/lang/de/stts.toml),
the English parse brings them from spaCy. Each helper has a parse-based answer and, where the
compact parser is weak, a token fallback; callers record which one was used in the explanation.
"""
from __future__ import annotations

from collections.abc import Callable, Container, Sequence

from attribution.extract.lexicon import Lexicon
from attribution.types import Sentence, Span, Token

NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
# Marks that close a quoted or bracketed name ("„Interfax“", "(CUD)").
CLOSING_MARKS = {"“", "”", "\"", "«", "»", ")", "]", "‘", "’"}
NP_INNER = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "X"}
# relations of a noun's dependents that belong to its noun phrase
NP_RELS = {"det", "amod", "nmod", "appos", "flat", "compound", "case", "nummod", "conj", "cc", "punct", "advmod", "fixed"}
# words trimmed from the edges of a noun phrase ("Auch die Fraktionschefin", "Hartmann selbst")
EDGE_WORDS = {"PUNCT", "ADV", "PART", "SCONJ", "CCONJ"}
GENITIVE_DETERMINERS = {"des", "der", "eines", "einer", "dessen", "deren", "vieler", "einiger", "mehrerer", "aller", "beider"}
# prepositions that attach an owner inside a noun phrase ("Moritz Wohlrab von der Aktion", "ein Sprecher aus Washington")
OWNER_PREPOSITIONS = {"von", "aus", "für"}
OWNER_WORDS = {"von", "vom", "aus"}  # word forms that open an owner phrase after a mention
QUOTES = {"„", "“", "”", "»", "«", "\"", "‚", "‘"}
OPENING_QUOTES = {"„", "»", "‚"}
MAX_QUOTED_NAME = 8  # words of a name in quotation marks ("„Aktion Deutschland hilft“")
VERBAL = {"VERB", "AUX"}
PRONOMINAL = {"PRON", "ADV"}  # wh- and relative words that stand alone ("wer", "der", "wie"), not determiners


def has_feature(t: Token, name: str, *values: str) -> bool:
    """The token's UD feature `name` has one of `values`; a multiple value counts for each of its
    parts (UD German writes a relative "der" `PronType=Dem,Rel`)."""
    value = t.feat(name)
    return value is not None and any(v in values for v in value.split(","))


def is_verb(t: Token) -> bool:
    """A verb or auxiliary."""
    return t.upos in VERBAL


def is_finite(t: Token) -> bool:
    """A finite verb form (`VerbForm=Fin`): "sagte", "hat", "said"."""
    return t.feat("VerbForm") == "Fin"


def is_infinitive(t: Token) -> bool:
    """An infinitive (`VerbForm=Inf`): "haben", "sagen", "leave"."""
    return t.feat("VerbForm") == "Inf"


def is_participle(t: Token) -> bool:
    """A participle (`VerbForm=Part`): "gesagt", "worden", "said"."""
    return t.feat("VerbForm") == "Part"


def is_infinitive_mark(t: Token) -> bool:
    """The infinitive marker as a word of its own (`PartType=Inf`): German "zu" (STTS PTKZU)."""
    return has_feature(t, "PartType", "Inf")


def is_zu_infinitive(t: Token) -> bool:
    """An infinitive with the infinitive marker inside the word ("anzukündigen" = an + zu +
    kündigen; STTS VVIZU). UD has no feature for it (UD German gives `VerbForm=Inf` alone), and
    reading the marker off the word form misses forms the tagger lemmatises oddly ("vorzuziehn"),
    so this one question reads the German tag; English writes its marker apart ("to leave")."""
    return t.xpos == "VVIZU"


def zu_infinitive_clause(sent: Sentence, t: Token) -> bool:
    """An infinitive with its infinitive marker ("… zu ernennen"), with the marker inside the word
    ("anzukündigen"), or a perfect infinitive whose auxiliary carries it ("verantwortet zu haben")."""
    return is_zu_infinitive(t) or any(is_infinitive_mark(c) or (c.rel == "aux" and any(is_infinitive_mark(m) for m in sent.children(c)))
                                      for c in sent.children(t))


def is_separated_particle(t: Token) -> bool:
    """A verb's separated particle (`PartType=Vbp`): "mit" in "teilte … mit" (STTS PTKVZ)."""
    return has_feature(t, "PartType", "Vbp")


def is_relative(t: Token) -> bool:
    """A relative pronoun or determiner (`PronType=Rel`): "der", "dessen" (STTS PRELS, PRELAT)."""
    return has_feature(t, "PronType", "Rel")


def is_relative_pronoun(t: Token) -> bool:
    """A relative pronoun standing alone (`PRON`, `PronType=Rel`): "der", "die" (STTS PRELS)."""
    return t.upos == "PRON" and is_relative(t)


def is_interrogative(t: Token) -> bool:
    """An interrogative word (`PronType=Int`): "wer", "welche", "wie" (STTS PWS, PWAT, PWAV)."""
    return has_feature(t, "PronType", "Int")


def is_wh_pronoun(t: Token) -> bool:
    """A relative or interrogative pronoun (`PRON`, `PronType=Rel|Int`): "der", "wer" (STTS PRELS, PWS)."""
    return t.upos == "PRON" and (is_relative(t) or is_interrogative(t))


def opens_clause(t: Token) -> bool:
    """A relative or interrogative pronoun or adverb, which opens a clause: "der", "wer", "wie"
    (STTS PRELS, PWS, PWAV); a determiner ("dessen", "welche") does not."""
    return t.upos in PRONOMINAL and (is_relative(t) or is_interrogative(t))


def is_demonstrative_pronoun(t: Token) -> bool:
    """A demonstrative pronoun standing alone (`PRON`, `PronType=Dem`, not relative): "dies" (STTS PDS)."""
    return t.upos == "PRON" and has_feature(t, "PronType", "Dem") and not is_relative(t)


def is_article(t: Token) -> bool:
    """An article (`PronType=Art`): "der", "eine", "the" (STTS ART)."""
    return has_feature(t, "PronType", "Art")


def extended_attribute(sent: Sentence, art: Token) -> tuple[list[Token], Token] | None:
    """An article the parse took for a whole phrase, and the noun of its extended attribute ("wie
    [das] im MDax notierte Unternehmen mitteilte"): the tokens from the article to the noun, and the noun."""
    if not (is_article(art) or art.xpos == "PDS" and art.lemma.lower() == "der") or sent.children(art) or art.rel == "det":
        return None  # an article the parse made a phrase of its own, or the same word taken for a demonstrative
    between: list[Token] = []
    for t in sent.tokens[art.id:]:
        if t.upos == "NOUN" and between and between[-1].xpos == "ADJA" and between[-1].head == t.id:
            return [art, *between, t], t
        if t.upos not in {"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV"}:
            return None
        between.append(t)
    return None


def is_reflexive(t: Token) -> bool:
    """A reflexive pronoun (`Reflex=Yes`): "sich", "himself" (STTS PRF)."""
    return t.feat("Reflex") == "Yes"


def is_possessive(t: Token) -> bool:
    """A possessive determiner or pronoun (`Poss=Yes|PronType=Prs`): "seinen", "his" (STTS PPOSAT, PPOSS)."""
    return t.upos in {"DET", "PRON"} and t.feat("Poss") == "Yes" and has_feature(t, "PronType", "Prs")


def is_personal_pronoun(t: Token) -> bool:
    """A personal pronoun (`PRON`, `PronType=Prs`, neither reflexive nor possessive): "er", "ihn" (STTS PPER)."""
    return t.upos == "PRON" and has_feature(t, "PronType", "Prs") and not is_reflexive(t) and not is_possessive(t)


def is_attributive_adjective(t: Token) -> bool:
    """An inflected adjective before its noun ("die [neue] Regel"; STTS ADJA), as against one used
    predicatively or as an adverb ("ist [neu]", "[angeblich]"; ADJD). UD German marks the
    difference only by case, number and gender features, which the German tagger does not give,
    so this one question reads the tag: English has no such tag, and its adjectives never count."""
    return t.xpos == "ADJA"


def is_content_mark(t: Token, marks: frozenset[str]) -> bool:
    """A word that opens a content clause ("dass", "ob", "that", "whether"; lexicon `content_marks`),
    not a pronoun or determiner of the same form ("the report that he wrote", "that plan")."""
    return t.lemma.lower() in marks and t.upos not in {"PRON", "DET"}


def _ends_later_clause(sent: Sentence, verb: Token, t: Token) -> bool:
    """A particle hung on `verb` that ends the clause of another finite verb past a comma, with no
    comma between them, is that verb's ("sagte, der Aufschwung halte an": "an" is "anhalten"'s)."""
    if t.id <= verb.id + 1 or not is_separated_particle(t) and t.deprel != "compound:prt":
        return False
    between = sent.tokens[verb.id:t.id - 1]
    comma = next((x for x in between if x.text == ","), None)
    later = [x for x in between if comma is not None and x.id > comma.id and is_finite(x)]
    # "sagte, man schaue sich die Bilder „sehr genau“ an"; not "teilte, nachdem er gezögert hatte, mit"
    return bool(later) and not any(x.text == "," for x in between if x.id > later[-1].id)


def particle(sent: Sentence, verb: Token) -> Token | None:
    """The verb's detached particle: its `compound:prt` child, else a separated particle the parse
    hung on it otherwise, else (fallback) the next separated particle of the same clause."""
    kids = [c for c in sent.children(verb) if not _ends_later_clause(sent, verb, c)]
    for c in kids:
        if c.deprel == "compound:prt":
            return c
    if not is_finite(verb):
        return None
    hung = next((c for c in kids if c.id > verb.id and is_separated_particle(c)), None)
    if hung is not None:  # "gab am Montag, dem 27. März, die Einstellung bekannt": past commas, by the parse
        return hung
    for t in sent.tokens[verb.id:]:
        if is_separated_particle(t):
            return t
        if t.upos == "PUNCT" and t.text in ",;:.!?" or (is_finite(t) and t is not verb):
            return None
    return None


def full_lemma(sent: Sentence, verb: Token, pattern: str = "{particle}{verb}") -> tuple[str, Token | None]:
    """Lemma with a detached particle joined by the language's pattern (German `teilte … mit` ->
    `mitteilen`, English `pointed … out` -> `point out`) and the particle."""
    prt = particle(sent, verb)
    if prt is None:
        return verb.lemma, None
    return pattern.format(particle=prt.lemma.lower(), verb=verb.lemma), prt


def _genitive_before(sent: Sentence, first: Token, second: Token) -> bool:
    """Whether `first` is a name in the genitive that runs right into `second`'s phrase."""
    return first.text.endswith("s") and first.upos in {"PROPN", "NOUN"} and first.text[:1].isupper() \
        and max(t.id for t in sent.subtree(first)) + 1 == min(t.id for t in sent.subtree(second))


def _passive_without_auxiliary(kids: list[Token]) -> bool:
    """A "passive" subject with no passive auxiliary and no agent is the subject of an active verb
    the parse misread: a present form read as a participle ("Ein Freund dementiert: …") or a perfect
    ("Der 55-Jährige hatte gesagt"); UD marks every passive's auxiliary `aux:pass`."""
    return not any(c.deprel in {"aux:pass", "obl:agent"} or c.rel == "cop" for c in kids)


def _in_prepositional_prefield(sent: Sentence, t: Token, verb: Token) -> bool:
    """Whether `t` lies in a prepositional phrase that opens the sentence before its verb: the one
    phrase before a German finite verb, so no subject ("Trotz gesunkener Zahlen getöteter
    Journalisten gibt ROG keine Entwarnung")."""
    first = sent.tokens[0]
    return first.upos == "ADP" and first.id < t.id < verb.id \
        and not any(u.text == "," or is_finite(u) for u in sent.tokens[first.id:t.id])


def subject(sent: Sentence, verb: Token) -> Token | None:
    """The verb's active subject; a coordinated verb without one shares its first conjunct's."""
    seen = set()
    cur: Token | None = verb
    while cur is not None and cur.id not in seen:
        seen.add(cur.id)
        kids = sent.children(cur)
        if cur.upos == "VERB" and any(c.deprel == "aux:pass" for c in kids):
            return None  # "Ägypten wird aufgefordert": the passive's subject is the addressee
        subjects = [c for c in kids if c.deprel in {"nsubj", "nsubj:outer"}]
        if not subjects and _passive_without_auxiliary(kids):
            subjects = [c for c in kids if c.deprel == "nsubj:pass"]  # "Ein Freund des Kochs dementiert: …"
        # "Ihr gegenüber hat er angegeben": a subject with a preposition is misparsed; "Die Tat
        # bezeichnete er als sinnlos": of two subjects, the personal pronoun is the real one
        plain = [c for c in subjects if not any(k.rel == "case" for k in sent.children(c))]
        if len(plain) > 1 and (_genitive_before(sent, plain[0], plain[1]) or plain[0].upos == "DET"
                               or _in_prepositional_prefield(sent, plain[0], cur)):
            return plain[1]  # "Schleswig-Holsteins Innenministerin … sprach": the genitive is no second subject;
            # "Die „Hanseatische Allgemeine“ schreibt": the article of a name in quotation marks
        if plain or subjects:
            return next((c for c in plain if len(plain) > 1 and is_personal_pronoun(c)), (plain or subjects)[0])
        if cur.rel == "conj":
            cur = sent.head_of(cur)
        elif cur.rel in {"xcomp"} or cur.upos == "AUX":
            cur = sent.head_of(cur)
        elif cur.rel == "advcl" and cur.feat("VerbForm") in {"Part", "Ger"} \
                and not any(c.rel == "mark" for c in kids):  # "…, adding that …": the participle's subject is its head's
            cur = sent.head_of(cur)
        else:
            return None
    return None


def np_tokens(sent: Sentence, head: Token, stop: set[int] | None = None) -> list[Token]:
    """The noun phrase headed by `head`: its dependents in NP relations (appositions, names,
    genitives, coordinations), without clauses, contiguous, without edge punctuation."""
    stop = stop or set()
    keep = {head.id}
    frontier = [head]
    while frontier:
        cur = frontier.pop()
        for c in sent.children(cur):
            adjective_obl = c.rel == "obl" and cur.rel == "amod" and cur.id < c.id  # "people [familiar with the matter]"
            if c.id in stop or (c.rel not in NP_RELS and not adjective_obl) or c.upos in {"VERB", "AUX"} or not _genitive_like(sent, c):
                continue
            keep.add(c.id)
            frontier.append(c)
    lo, hi = min(keep), max(keep)
    # contiguous: stop at any token in `stop` or at a clause verb inside the range
    toks = [t for t in sent.tokens if lo <= t.id <= hi]
    left = [t for t in toks if t.id <= head.id]
    right = [t for t in toks if t.id > head.id]
    out = []
    for t in reversed(left):
        if t.id in stop:
            break
        out.insert(0, t)
    for t in right:
        if t.id in stop or t.upos in {"VERB"} or (t.upos == "AUX" and t.id not in keep):
            break
        out.append(t)
    while out and (out[0].upos in EDGE_WORDS or out[0].rel == "cc") and out[0] is not head:
        out.pop(0)
    while out and (out[-1].upos in EDGE_WORDS or out[-1].rel == "cc") and out[-1] is not head:
        out.pop()
    return close_brackets(sent, out)


def _genitive_like(sent: Sentence, c: Token) -> bool:
    """A bare noun modifier (no preposition) is a genitive ("der Polizei", "Chinas"); one that
    opens with a non-genitive article or a number is a misattached object ("… zehn Personen")."""
    if c.rel != "nmod" or any(k.rel == "case" for k in sent.children(c)):
        return True
    first = first_word(sent, c)
    return first is c or not opens_next_phrase(first)  # "der Polizei | schwere Schäden"


def preposition_of(sent: Sentence, t: Token) -> str | None:
    """The lower-cased lemma of the adposition a noun phrase opens with ("vom Verband" -> "von"), if any."""
    return next((k.lemma.lower() for k in sent.children(t) if k.rel == "case"), None)


def first_word(sent: Sentence, head: Token) -> Token:
    """The first word of the phrase `head` heads (its subtree is in text order)."""
    return sent.subtree(head)[0]


PAIRED = {"(": ")", "[": "]", "„": "“”", "»": "«", "«": "»", "“": "”", "‚": "‘"}


def close_brackets(sent: Sentence, tokens: list[Token]) -> list[Token]:
    """A mention that opens a bracket or quotation inside itself also takes its closing mark
    ("die Online-Ausgabe des „Spiegel“", "der Survey (USGS)")."""
    if not tokens:
        return tokens
    opened = [t.text for t in tokens if t.text in PAIRED]
    closed = sum(1 for t in tokens for o in opened if t.text in PAIRED[o] and t.text != o)
    if len(opened) > closed and tokens[-1].id < len(sent.tokens):
        nxt = sent.tokens[tokens[-1].id]
        if any(nxt.text in PAIRED[o] for o in opened):
            return tokens + [nxt]
    return tokens


def _abbreviation_in_name(word: Token, stop: Token, nxt: Token | None) -> bool:
    """A full stop that ends a short capitalised abbreviation written against it, before a name
    ("Prof. Sabine", "Dr. Jan"): part of the phrase, not its end."""
    return word.end == stop.start and len(word.text) <= 4 and word.text[:1].isupper() and nxt is not None \
        and nxt.upos == "PROPN"


def np_after(sent: Sentence, start_id: int) -> list[Token]:
    """Token fallback: the noun phrase that starts at token `start_id` (determiners, adjectives,
    nouns and names, a comma-bounded apposition of names), ending at a verb or clause punctuation."""
    out: list[Token] = []
    toks = sent.tokens
    skip_to = 0
    for t in toks[start_id - 1:]:
        if t.id <= skip_to:
            continue
        if out and out[-1].upos in {"NOUN", "PROPN"} and opens_next_phrase(t):
            break
        if (t.upos in NP_INNER and (out or t.upos != "ADV")) or (t.upos == "PRON" and not out and not is_reflexive(t) and t.lemma.lower() != "es") \
                or (t.upos == "ADP" and out and t.lemma.lower() in OWNER_PREPOSITIONS):
            out.append(t)
        elif t.text in OPENING_QUOTES and (quoted := quoted_name(sent, t)):  # "laut „tagesschau.de“", "die „Aktion …“"
            out += quoted
            skip_to = quoted[-1].id
        elif t.text in PAIRED and t.text != "(" and not out:
            out.append(t)
        elif out and t.id < len(toks) and hyphen_joins(out[-1], t, toks[t.id]):
            out.append(t)  # "Grünen-Fraktionschefin", which the tokenizer split at the hyphen
        elif t.text == "," and out and len(toks) > t.id and toks[t.id].upos == "PROPN":
            out.append(t)
        elif t.text == "." and out and _abbreviation_in_name(out[-1], t, toks[t.id] if t.id < len(toks) else None):
            out.append(t)  # "die Ernährungswissenschaftlerin Prof. Sabine Hollweg"
        elif t.text == "(" and out:  # "der Gesundheitsdienst (NHS)"
            close = next((u for u in toks[t.id:t.id + 5] if u.text == ")"), None)
            if close is None:
                break
            out += [u for u in toks if t.id <= u.id <= close.id]
            skip_to = close.id
        else:
            break
    while out and out[-1].upos in {"ADP", "PUNCT", "ADV"}:
        out.pop()
    out = close_brackets(sent, out)
    return out if any(t.upos in NOMINAL or t.text in OPENING_QUOTES for t in out) else []


def np_after_verb(sent: Sentence, v: Token, stop: set[int]) -> list[Token]:
    """Token fallback: the noun phrase right after the verb `v`, past any adverbs ("sagte gestern
    der Minister"), without the tokens in `stop`."""
    nxt = v.id + 1
    while nxt <= len(sent.tokens) and sent.tokens[nxt - 1].upos == "ADV":
        nxt += 1
    return [t for t in np_after(sent, nxt) if t.id not in stop] if nxt <= len(sent.tokens) else []


def quoted_name(sent: Sentence, opening: Token) -> list[Token]:
    """A short name in quotation marks starting at `opening` ("„Aktion Deutschland hilft“"),
    through its closing mark; empty when none closes within a few words or a verb is inside."""
    toks = sent.tokens
    inner: list[Token] = []
    for t in toks[opening.id: opening.id + MAX_QUOTED_NAME + 1]:
        if t.text in QUOTES and t.text not in OPENING_QUOTES:
            verbs = [u for u in inner if is_finite(u) and "." not in u.text]  # "tagesschau.de" is no verb
            before = toks[opening.id - 2] if opening.id > 1 else None
            article = before is not None and before.upos in {"DET", "ADJ", "NOUN", "ADP"}  # "die „Aktion … hilft“"
            return [opening, *inner, t] if inner and (not verbs or article) else []
        inner.append(t)
    return []


def opens_next_phrase(t: Token) -> bool:
    """After a noun, a word that starts another phrase rather than a genitive owner:
    "Angaben der Militärjunta | zehn Personen", "Angaben des ZDFs | die Jahre"."""
    low = t.text.lower()
    if t.upos in {"NUM", "ADV"}:
        return True
    if t.upos == "DET":
        return low not in GENITIVE_DETERMINERS and not (is_possessive(t) and low.endswith(("es", "er")))
    return t.upos == "ADJ" and not low.endswith("er")  # "Angaben libanesischer Sicherheitskreise"


def np_before(sent: Sentence, end_id: int) -> list[Token]:
    """Token fallback: the noun phrase that ends right before token `end_id` and starts a clause
    (after the sentence start, a colon, comma or conjunction), as a subject in first position."""
    out: list[Token] = []
    skip_from = len(sent.tokens) + 1
    for t in reversed(sent.tokens[: end_id - 1]):
        if t.id >= skip_from:
            continue
        opening = next((u for u in reversed(sent.tokens[max(0, t.id - MAX_QUOTED_NAME - 2): t.id - 1])
                        if u.text in OPENING_QUOTES), None) if t.text in QUOTES and t.text not in OPENING_QUOTES else None
        quoted = quoted_name(sent, opening) if opening is not None else []
        if quoted and quoted[-1].id == t.id:  # "Wie die „Aktion Deutschland hilft“ mitteilte"
            out = quoted + out
            skip_from = opening.id  # type: ignore[union-attr]
            continue
        surname = not out and t.upos == "VERB" and t.text[:1].isupper() and t.id > 1 \
            and sent.tokens[t.id - 2].upos == "PROPN"  # "Axel Wendt sagte": a family name the tagger took for a verb
        if t.upos in NP_INNER - {"ADV"} or (t.upos == "PRON" and not out) or surname:
            out.insert(0, t)
        else:
            if t.upos == "ADP":  # the object of a preposition is no subject
                return []
            break
    if out and out[0].id > 1:
        prev = sent.tokens[out[0].id - 2]
        if prev.upos not in {"PUNCT", "CCONJ", "SCONJ"} and not opens_clause(prev):  # "wie die Polizei mitteilte"
            return []
    return out if any(t.upos in NOMINAL or t.text in OPENING_QUOTES for t in out) else []


def extend_apposition(sent: Sentence, tokens: list[Token]) -> list[Token]:
    """Token fallback for appositions the parse missed: ", Anatoly Viktorov," after a noun phrase."""
    if not tokens or tokens[-1].id >= len(sent.tokens):
        return tokens
    nxt = sent.tokens[tokens[-1].id:]
    if len(nxt) >= 2 and nxt[0].text == "," and nxt[1].upos == "PROPN":
        run = [nxt[0], *_name_run(list(nxt[1:]))]
        after = sent.tokens[run[-1].id] if run[-1].id < len(sent.tokens) else None
        if after is None or after.text in {",", ".", "!", "?", ";"} or after.upos in {"VERB", "AUX"}:
            return tokens + run  # "…, sagte der Präsident des Instituts, Lars Schaade."
    return tokens


def _name_run(toks: list[Token]) -> list[Token]:
    """The name at the start of `toks`: proper nouns, then capitalised words the tagger took for
    nouns ("Tobias Krüger" tagged PROPN NOUN), joined by hyphens written without spaces."""
    run: list[Token] = []
    for t in toks:
        if t.upos == "PROPN" or run and t.text[:1].isupper() and t.upos in {"NOUN", "X"} \
                or run and t.text == "-" and run[-1].end == t.start:
            run.append(t)
        else:
            break
    return run


def hyphen_joins(left: Token, hyphen: Token, right: Token) -> bool:
    """A hyphen written without spaces between two words: a compound the tokenizer split ("US - Vertreter")."""
    return hyphen.text in {"-", "‐"} and left.end == hyphen.start and hyphen.end == right.start


def join_hyphenated(sent: Sentence, tokens: list[Token], head: Token | None) -> tuple[list[Token], Token | None]:
    """Hyphenated compounds are split in UD German ("US - Vertreter"); a mention that stops
    inside one takes the whole compound, and its last part becomes the head."""
    if not tokens:
        return tokens, head
    toks = list(tokens)
    while toks[-1].id + 1 < len(sent.tokens):
        hy, nxt = sent.tokens[toks[-1].id], sent.tokens[toks[-1].id + 1]
        if hyphen_joins(toks[-1], hy, nxt) and nxt.upos in {"NOUN", "PROPN", "ADJ"}:
            if head is toks[-1]:
                head = nxt
            toks += [hy, nxt]
        else:
            break
    return toks, head


def compound_head(tokens: list[Token], head: Token | None) -> Token | None:
    """The last part of the hyphenated compound the head opens ("Grünen - Politikerin" -> "Politikerin")."""
    if head is None or head not in tokens:
        return head
    i = tokens.index(head)
    while i + 2 < len(tokens) and hyphen_joins(*tokens[i: i + 3]):
        i += 2
    return tokens[i]


def last_compound(tokens: list[Token]) -> str:
    """The last word of the tokens with the parts the tokenizer split off it ("Presse - Agentur" -> "Presse-Agentur")."""
    i = len(tokens) - 1
    while i >= 2 and hyphen_joins(*tokens[i - 2: i + 1]):
        i -= 2
    return "".join(t.text for t in tokens[i:])


# tags a capitalised surname right after a first name may get ("Peter Lahm", "Felix Kusch" as a verb)
SURNAME_TAGS = {"NOUN", "ADJ", "X", "VERB"}


def extend_name(sent: Sentence, tokens: list[Token], first_names: Container[str], stop: set[int] | None = None) -> list[Token]:
    """Token fallback for names the parse split: a mention takes the name words right around it
    ("Bundeskanzlerin | Angela Merkel", "Josef | Schuster", "New | Yorks Bürgermeister"); a word
    after a first name is its surname whatever its tag ("Peter Lahm")."""
    if not tokens:
        return tokens
    stop = stop or set()
    toks = sent.tokens
    out = list(tokens)
    while out[-1].id < len(toks):
        nxt = toks[out[-1].id]
        surname = out[-1].text in first_names and nxt.text[:1].isupper() and nxt.upos in SURNAME_TAGS
        # "der Gesundheitspolitiker | Tino Sorge": a first name the tagger took for a foreign word
        first = nxt.upos == "X" and nxt.text[:1].isupper() and nxt.text in first_names
        if nxt.id in stop or not (nxt.upos == "PROPN" or surname or first):
            break
        out.append(nxt)
    while out[0].id > 1:
        prev = toks[out[0].id - 2]
        if prev.id in stop or prev.upos != "PROPN":
            break
        out.insert(0, prev)
    return out


def extend_owner(sent: Sentence, tokens: list[Token], stop: set[int] | None = None) -> list[Token]:
    """Token fallback for an owner phrase the parse attached elsewhere: a person or body mention
    takes a following "von/vom/aus" phrase of articles, adjectives, nouns, names and quotation
    marks ("Moritz Wohlrab [von der „Aktion Deutschland hilft“]", "Hauptmann Sipe [von der Marine]")."""
    if not tokens or tokens[-1].upos not in {"NOUN", "PROPN"}:
        return tokens
    stop = stop or set()
    toks = sent.tokens
    i = tokens[-1].id  # 0-based index of the next token
    if i >= len(toks) or toks[i].text.lower() not in OWNER_WORDS or toks[i].id in stop:
        return tokens
    phrase: list[Token] = [toks[i]]
    for t in toks[i + 1:]:
        if t.id in stop or not (t.upos in {"DET", "ADJ", "NOUN", "PROPN", "X"} or t.text in QUOTES):
            break
        phrase.append(t)
    while phrase and phrase[-1].text in QUOTES and phrase[-1].text in OPENING_QUOTES:
        phrase.pop()
    if not any(t.upos in {"NOUN", "PROPN"} for t in phrase[1:]):
        return tokens
    return tokens + phrase


def mention_bounds(sent: Sentence, tokens: list[Token], head: Token | None, lex: Lexicon) -> list[Token]:
    """A source mention without the words around it that belong to the clause: annotators mark
    who spoke, so a phrase stops before what tells when, to whom or about what ("Adidas | am
    Morgen", "der Sprecher | gegenüber der Zeitung"), before a bare phrase that is no genitive
    ("das Gericht | seine Entscheidung"), before a clause after a comma, and starts at its noun
    phrase ("die | Gerhard Schröder", "später | der Direktor")."""
    if not tokens:
        return tokens
    out = list(tokens)
    while len(out) > 1 and out[0] is not head and _before_mention(out[0], out[1]):
        out.pop(0)
    ids = {t.id for t in out}
    if head is None or head.id not in ids:  # the phrase's own head: its nominal word whose head lies outside it
        head = next((t for t in out if t.upos in NOMINAL and t.head not in ids), None) \
            or next((t for t in out if t.upos in NOMINAL), out[0])
    quoted = 0  # quotation marks and brackets open at this point ("„auto, motor und sport“")
    commas = 0  # commas after the head outside them
    for i, t in enumerate(out):
        if t.text in OPENING_QUOTES or t.text in {"(", "["}:
            quoted += 1
        elif t.text in CLOSING_MARKS and quoted:
            quoted -= 1
        if t.id <= head.id or quoted or t.id == 1:
            continue
        if t.text == ",":
            commas += 1
        if _clause_after_comma(sent, t, ids, commas > 1) if t.text == "," else _ends_mention(sent, sent.tokens[t.id - 2], t, lex):
            out = out[:i] + ([] if t.text == "," else _closing_name(out[i:]))
            break
    while len(out) > 1 and out[-1] is not head and (out[-1].text in {",", ":", ";", "-", "–"} or out[-1].text in OPENING_QUOTES):
        out.pop()
    return out


def extend_place(sent: Sentence, tokens: list[Token], lex: Lexicon, stop: set[int] | None = None) -> list[Token]:
    """A body's mention takes the place or body it sits in, which the parse often hangs on the verb:
    "die Regierung [in Lomé]", "der Sprecher der Fraktion [im Landtag]"; a person's name does not
    ("Stolpe | in Berlin": where the person spoke)."""
    if not tokens or tokens[-1].id >= len(sent.tokens):
        return tokens
    last = tokens[-1]
    if last.upos != "NOUN" and last.text != ")":
        return tokens
    stop = stop or set()
    prep = sent.tokens[last.id]
    if prep.id in stop or prep.upos != "ADP" or prep.text.lower() not in lex.place_prepositions:
        return tokens
    phrase = [prep]
    for t in sent.tokens[prep.id:]:
        if t.id in stop:
            break
        if t.upos in {"DET", "ADJ"} and not any(u.upos in {"NOUN", "PROPN"} for u in phrase):
            phrase.append(t)
        elif t.upos == "PROPN":
            phrase.append(t)  # "in New Mexico"
        elif t.upos == "NOUN" and all(u.upos == "ADJ" for u in phrase[1:]) and lex.institution_noun(t.lemma) \
                and not lex.role_noun(last.lemma) and not lex.person_like(last.text):
            phrase.append(t)  # "die Fraktion im Landtag", not "in dem Land", "der Minister im Fernsehen" (where they spoke)
            break
        else:
            break
    while phrase and phrase[-1].upos not in {"NOUN", "PROPN"}:
        phrase.pop()
    return join_hyphenated(sent, tokens + phrase, None)[0] if phrase else tokens  # "in Mexiko-Stadt"


def _closing_name(rest: list[Token]) -> list[Token]:
    """A name in apposition that closes a mention after a phrase cut from it ("des Generalanwalts
    [am Europäischen Gerichtshof], Damaso Ruiz-Jarabo Colomer"): the comma and the name."""
    comma = next((i for i, t in enumerate(rest) if t.text == ","), None)
    if comma is None or any(t.upos in VERBAL for t in rest[:comma]):
        return []
    name = rest[comma + 1:]
    return [rest[comma], *name] if name and name[0].upos == "PROPN" and len(_name_run(name)) == len(name) else []


def _before_mention(t: Token, nxt: Token) -> bool:
    """A word before a mention that is not part of it: a relative pronoun ("…, die Gerhard
    Schröder …"), an adverbial adjective ("später der Direktor"), an article before a possessive
    ("die ihrer Meinung")."""
    return is_relative_pronoun(t) or (t.upos == "ADJ" and t.rel == "advmod") or (is_article(t) and is_possessive(nxt))


def _ends_mention(sent: Sentence, prev: Token, t: Token, lex: Lexicon) -> bool:
    """Whether the word `t` right after `prev` in the sentence, inside a mention, starts a phrase of the clause instead."""
    if not (prev.upos in {"NOUN", "PROPN"} or prev.text in CLOSING_MARKS):
        return False
    low = t.text.lower()
    nxt = sent.tokens[t.id] if t.id < len(sent.tokens) else None
    if t.upos == "ADP":
        if nxt is not None and nxt.upos == "PROPN" and low in lex.name_particles:
            return False  # "Karl-Theodor zu Guttenberg"
        return low in lex.mention_end_prepositions or (
            low in lex.temporal_prepositions and nxt is not None and (nxt.upos != "PROPN" or nxt.text in lex.calendar_words))
    if t.upos == "NOUN" and prev.upos == "NOUN" and nxt is not None and (
            nxt.text in lex.calendar_words or nxt.upos == "NUM" and len(nxt.text) == 4 and nxt.text.isdigit()):
        return True  # "einer Gerichtssprecherin | Ende Mai", "| Anfang 2025": a time phrase
    if t.upos == "NUM":  # "Angaben des Bundesamtes | 13 Prozent", not "Bündnis 90", "Nr. 72"
        counts = nxt is not None and nxt.upos == "NOUN"  # the number opens a phrase of its own
        return (counts or t.head != prev.id) and prev.upos == "NOUN" and not prev.text.endswith(".")
    if t.upos == "ADV" or (t.upos == "ADJ" and t.rel == "advmod"):  # "ein Sprecher aus Washington | kurz",
        # not "Erneuerbare Energie", "flightradar24", "people familiar with the matter"
        return t.text.isalpha() and t.text[:1].islower()
    return t.upos == "DET" and opens_next_phrase(t)  # "das Gericht | seine Entscheidung", not "der Polizei"


def _up_to_punctuation(sent: Sentence, mark: Token) -> list[Token]:
    """The words after a punctuation mark up to the next comma or sentence punctuation."""
    out = []
    for u in sent.tokens[mark.id:]:
        if u.upos == "PUNCT" and u.text not in QUOTES and u.text not in PAIRED and u.text not in CLOSING_MARKS:
            break
        out.append(u)
    return out


def _clause_after_comma(sent: Sentence, comma: Token, ids: set[int], second: bool) -> bool:
    """After a comma inside a mention, a clause rather than an apposition: a relative clause, words
    up to the next punctuation that hold a verb after the clause's verb ("meldete die Seite
    „Golem“, | Wikimedia habe …"), or, after an apposition
    closed by this `second` comma, a phrase the parse hangs outside the mention ("der Chef des
    Verbands, Peter Hahn, | die Politik in einem Brief")."""
    rest = [u for u in sent.tokens[comma.id:] if u.id in ids and u.upos != "PUNCT"]
    if not rest:
        return False
    verb = any(u.upos in VERBAL for u in _up_to_punctuation(sent, comma))
    if verb and opens_clause(rest[0]):  # "…, der sich auf … beruft"
        return True
    # after the verb ("meldete die Seite „Golem“, Wikimedia habe …") the verb after a comma is
    # another clause's; a mention before its verb ("Theo Zwanziger, Präsident des DFB, nannte") runs up to it
    if verb and any(is_finite(u) for u in sent.tokens[: min(ids) - 1]):
        return True
    before = {i for i in ids if i < comma.id}
    top = next((u for u in rest if u.head not in {w.id for w in rest}), None)
    return second and top is not None and top.head not in before


def np_head(tokens: list[Token]) -> Token | None:
    """The head of a token-fallback noun phrase: its first noun, name or pronoun run's last word,
    through a compound the tokenizer split at its hyphen ("der Grünen - Politiker")."""
    head = None
    for t in tokens:
        if t.upos in NOMINAL:
            head = t
        elif head is not None and t.upos not in {"PROPN"}:
            break
    if head is None:  # "„tagesschau.de“": a name in quotation marks, headed by its last word
        inner = [t for t in tokens if t.text not in QUOTES and t.upos != "DET"]
        if inner and any(t.text in OPENING_QUOTES for t in tokens):
            head = inner[-1]
    return compound_head(tokens, head)


def main_finite(sent: Sentence) -> Token | None:
    """The finite verb of the main clause: the root if finite, else its finite aux or copula."""
    root = next((t for t in sent.tokens if t.head == 0), None)
    if root is None:
        return None
    finite_aux = next((c for c in sent.children(root) if c.rel == "aux" and is_finite(c) and c.id < root.id), None)
    if finite_aux is not None:  # "Der Betriebsrat werde „… verteidigen“": a finite verb has no finite auxiliary;
        return finite_aux       # the tagger took the infinitive or participle for a finite form
    if is_finite(root):
        return root
    for c in sent.children(root):
        if c.rel in {"aux", "cop"} and is_finite(c):
            return c
    return None


def first_finite(sent: Sentence) -> Token | None:
    """Token fallback: the first finite verb that does not follow a subordinating conjunction."""
    for t in sent.tokens:
        if t.upos == "SCONJ" or opens_clause(t):
            return None
        if is_finite(t):
            return t
    return None


def after_comma(sent: Sentence, v: Token) -> bool:
    """The word follows a comma or a closing quotation mark (", sagte er", "„…“ sagte er")."""
    prev = sent.tokens[v.id - 2] if v.id > 1 else None
    return prev is not None and (prev.text == "," or prev.text in "“”«»\"")


def apposition_after(sent: Sentence, index: int) -> bool:
    """The tokens from position `index` (0-based) to the next punctuation form a noun phrase."""
    seg = []
    for u in sent.tokens[index:]:
        if u.upos == "PUNCT":
            break
        seg.append(u)
    return bool(seg) and any(u.upos in {"NOUN", "PROPN"} for u in seg) \
        and all(u.upos in {"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "CCONJ", "X"} for u in seg)


def split_possessive(sent: Sentence, name: Token) -> Token | None:
    """The noun right after a name in the possessive genitive when the parse hung both on the verb
    ("von Demjanjuks Sohn": the son, not Demjanjuk, is the agent)."""
    nxt = sent.tokens[name.id] if name.id < len(sent.tokens) else None
    if name.upos != "PROPN" or not name.text.endswith("s") or nxt is None or nxt.upos != "NOUN" or nxt.head != name.head:
        return None
    return nxt if not any(c.rel in {"case", "det"} for c in sent.children(nxt)) else None


def is_genitive_owner(sent: Sentence, noun: Token) -> bool:
    """A genitive or von-phrase owner ("der Polizei", "von Experten"), not another prepositional phrase."""
    cases = [k for k in sent.children(noun) if k.rel == "case"]
    return not cases or any(k.lemma.lower() == "von" for k in cases)


def noun_before_comma(toks: Sequence[Token], comma: int) -> Token | None:
    """The noun that ends the phrase before the comma at `comma` (1-based id), behind closing
    quotation marks ("ein Bericht der Agentur „Interfax“, wonach …"), before a bracket (the party
    of "Innenminister Heribert Rech (CDU), wonach …" is not the owner), if one does."""
    i = comma - 2
    while i >= 0 and toks[i].text in CLOSING_MARKS:
        if toks[i].text == ")":
            opening = next((j for j in range(i - 1, max(i - 8, -1), -1) if toks[j].text == "("), None)
            if opening is not None:
                i = opening
        i -= 1
    return toks[i] if i >= 0 and toks[i].upos in {"NOUN", "PROPN"} else None


def clause_children(sent: Sentence, verb: Token) -> list[Token]:
    """The verb's dependents and those the parse hung on its auxiliaries ("hat Meldungen … zurückgewiesen"
    with "Meldungen" under "hat")."""
    return [c for k in [verb, *(a for a in sent.children(verb) if a.rel == "aux")] for c in sent.children(k)]


def extraposed_antecedent(sent: Sentence, comma: int, is_source: Callable[[Token], bool]) -> list[Token]:
    """The object of the verb right before the comma at `comma` that a relative word after the
    comma refers to, when the clause ends in its verb ("hat Meldungen der Zeitung zurückgewiesen,
    wonach …"): a noun `is_source` accepts, with its phrase."""
    verb = sent.tokens[comma - 2] if comma > 1 else None
    if verb is None or verb.upos not in {"VERB", "AUX"}:
        return []
    noun = next((c for c in clause_children(sent, verb) if c.rel in {"obj", "obl"} and c.upos == "NOUN" and is_source(c)),
                None)
    return [t for t in np_tokens(sent, noun, {verb.id}) if t.upos != "ADP"] if noun is not None else []


def antecedent(sent: Sentence, comma: int) -> list[Token]:
    """The noun phrase before a comma that a relative word after it refers to ("die Befunde des
    Amtes Aulendorf, wonach …", "die Pläne der Partei, laut denen …"): the noun before the comma
    and the phrase it belongs to (genitives, names), up to the comma."""
    top = noun_before_comma(sent.tokens, comma)
    if top is None:
        return []
    while top.rel in {"nmod", "appos", "flat", "compound"} and not any(c.rel == "case" for c in sent.children(top)):
        head = sent.head_of(top)
        if head is None or head.id > top.id or head.upos not in NOMINAL:
            break
        top = head
    return [t for t in np_tokens(sent, top) if t.id < comma and not (t.rel == "case" and t.head == top.id)]


def close_quotation(sent: Sentence, tokens: list[Token]) -> list[Token]:
    """A mention that opens a quotation mark runs to its closing one ("der „Frankfurter
    Allgemeine Zeitung“", which the parse may split after its first word)."""
    if not tokens:
        return tokens
    opened = [t for t in tokens if t.text in OPENING_QUOTES]
    if not opened or any(t.text in PAIRED[opened[-1].text] for t in tokens if t.id > opened[-1].id):
        return tokens
    close = next((t for t in sent.tokens[tokens[-1].id:] if t.text in PAIRED[opened[-1].text]), None)
    if close is None or close.id - tokens[-1].id > 8:
        return tokens
    return tokens + [t for t in sent.tokens if tokens[-1].id < t.id <= close.id]


def lemma_pattern(sent: Sentence, patterns: tuple[tuple[str, ...], ...], text: str) -> Span | None:
    """The first stretch of the sentence holding one of the lemma patterns, its lemmas within a
    window of the pattern's length plus two, in any order after the first."""
    lemmas = [t.lemma.lower() for t in sent.tokens]
    for pattern in patterns:
        pat = [p.lower() for p in pattern]
        for i in range(len(lemmas)):
            window = lemmas[i : i + len(pat) + 2]
            if pat[0] == lemmas[i] and all(p in window for p in pat):
                toks = sent.tokens[i : i + len(pat) + 2]
                last = max(j for j, t in enumerate(toks) if t.lemma.lower() in pat)
                toks = toks[: last + 1]
                return Span(toks[0].start, toks[-1].end, text[toks[0].start:toks[-1].end])
    return None
