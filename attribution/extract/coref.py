"""A small, documented coreference step for speakers.

1. Name runs (consecutive proper nouns) are found in the whole article and judged persons or
   bodies (gazetteers of places and organisations, first names, a role noun or body noun next to
   the name). Later mentions of a person's last name join the same entity.
2. Roles are learnt from appositions and titles next to names (*Russlands Botschafter Anatoly
   Viktorov*, *Jared Kushner, der Berater …*).
3. A pronoun (*er*, *sie*) resolves to the most recent compatible person, preferring one who was
   the subject in the last sentences, and only when no one comes before it to a person named
   later in its own sentence; a definite description (*der russische Gesandte*) to the
   most recent person holding that role, else to the most recent person speaker.
Every resolution carries a sentence that says how it was made.
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import takewhile

from attribution.extract.lexicon import Lexicon
from attribution.extract.quotes import find_quotes
from attribution.extract.syntax import (
    SURNAME_TAGS,
    first_word,
    is_finite,
    lemma_pattern,
    main_finite,
    np_tokens,
    subject,
)
from attribution.types import ParsedDoc, Sentence, Token

DEFINITE = {"der", "die", "das", "des", "dem", "den", "the"}
INDEFINITE = {"ein": "masc", "eine": "fem", "a": None, "an": None}
BODY_ARTICLES = {"der": "masc", "die": "fem", "das": "neut"}  # a body's article -> the pronoun that may refer to it
INSTITUTION_WORD = "institution word"  # the evidence of a body named by a common noun ("die Polizei"), never a place
UNNAMED_SPEAKER = "unnamed speaker"
UNNAMED_OFFICE = "unnamed holder of an office"  # "die Leiterin des Gorki-Theaters": institutional, as the office speaks  # the evidence of a speaker entity with no name, a pronoun's last resort
SUBJECT_WINDOW = 3  # sentences in which a subject mention stays most salient
# lower-case words inside personal names ("Heike van Laak", "Ursula von der Leyen"); the second
# set only after one of the first
NAME_PARTICLES = {"van", "von", "de", "di", "da", "du", "del", "bin", "al", "ibn", "zu", "ten", "ter"}
NAME_PARTICLES_AFTER = NAME_PARTICLES | {"der", "den", "la", "le"}
NAME_QUOTES = {"„", "“", "\"", "»", "«", "''", "‚", "‘", "’"}  # around a company's or group's name
# particles joined to an Arabic or Hebrew surname by a hyphen ("Ali al-Omair", "Mohammed el-Baradei")
HYPHEN_PARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "ben", "abu"}


def hyphenated_to_body(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """Whether tokens[i] is joined by a hyphen to a body's word ("Koch-Institut" as the tokenizer
    splits it: "Koch", "-", "Institut"): a name that names a body, not a person."""
    nxt = tokens[i + 1: i + 3]
    return len(nxt) == 2 and nxt[0].text == "-" and tokens[i].end == nxt[0].start and nxt[0].end == nxt[1].start \
        and bool(lex.institution_noun(nxt[1].text)) and not lex.role_noun(nxt[1].text)


def _acronym_after(sent: Sentence, run: list[Token]) -> bool:
    """Whether the name is followed by its acronym in brackets, as organisations' names are."""
    after = [t.text for t in sent.tokens[run[-1].id : run[-1].id + 3]]
    return len(after) == 3 and after[0] == "(" and after[2] == ")" and after[1].isupper() and len(after[1]) >= 2


def _quoted(sent: Sentence, run: list[Token]) -> bool:
    """Whether a name of several words stands in quotation marks, as companies' and groups' names do."""
    before = sent.tokens[run[0].id - 2].text if run[0].id > 1 else ""
    after = sent.tokens[run[-1].id].text if run[-1].id < len(sent.tokens) else ""
    return len(run) >= 2 and before in NAME_QUOTES and after in NAME_QUOTES


def titled_noun_name(title: Token, t: Token, lex: Lexicon) -> bool:
    """A capitalised word the tagger took for a common noun, right after a title and joined to it
    in the parse (or its sibling in the same relation), is a family name ("Bundesverkehrsminister Scheuer", "dem Abgeordneten Mair"): it
    is in no word list, and no day."""
    return t.upos == "NOUN" and t.text[:1].isupper() and title.upos == "NOUN" and title.id == t.id - 1 \
        and bool(lex.role_noun(title.lemma) or lex.role_noun(title.text)) and not lex.listed_noun(t.lemma, t.text) \
        and t.text not in lex.calendar_words and (t.head == title.id or title.head == t.id or (
            t.head == title.head and t.deprel == title.deprel))  # not "die Schauspielerin [nsubj] Klage [obj] eingereicht"


def _age_after(sent: Sentence, t: Token) -> bool:
    """A person's age right after the name, in commas or brackets ("Anna, 34,", "Anna (34)")."""
    nxt = sent.tokens[t.id: t.id + 3]
    return len(nxt) >= 2 and nxt[0].text in {",", "("} and nxt[1].upos == "NUM" and nxt[1].text.isdigit() \
        and len(nxt[1].text) <= 3 and (len(nxt) < 3 or nxt[2].text in {",", ")", ".", ":"})


def _abbreviated_title(sent: Sentence, t: Token) -> Token | None:
    """The first token of an abbreviated title right before `t`: "Dr." as one token or "Prof" and
    its full stop as two ("Prof. Jürgen Walther"); not a numeral ("XVI.") nor an acronym ("US.")."""
    if t.id < 2:
        return None
    prev = sent.tokens[t.id - 2]
    word, start = (prev.text[:-1], prev) if prev.text.endswith(".") and len(prev.text) > 1 else ("", prev)
    if prev.text == "." and t.id > 2 and sent.tokens[t.id - 3].end == prev.start:
        start = sent.tokens[t.id - 3]
        word = start.text
    ok = 1 < len(word) <= 4 and word.isalpha() and word[:1].isupper() and not word.isupper()
    return start if ok else None


def _one_person_before(mentions: list[Mention], sent: int) -> Mention | None:
    """The mention of the one named person of the sentence before `sent`, if it names exactly one:
    with no person subject since, a pronoun or description means the person it just introduced."""
    named = {m.entity.name: m for m in mentions if m.sent == sent - 1 and m.entity.person and not m.entity.anonymous}
    return next(iter(named.values())) if len(named) == 1 else None


def _acronym_word(word: str) -> bool:
    """An acronym ("BSC", "AG"), not a surname's initial ("K." in "Dennis K.")."""
    return word.isupper() and len(word.rstrip(".")) >= 2


def _given_name_only(run: list[Token]) -> bool:
    """A run of one name, hyphenated parts counted once ("Karl-Theodor"): a particle after it opens
    the family name, while one after a full name opens an affiliation ("Claudia Ritter von der Charité")."""
    return sum(1 for i, t in enumerate(run) if t.text != "-" and (i == 0 or run[i - 1].text != "-")) == 1


def _surname_after(toks: list[Token], particle: Token) -> bool:
    """"von der Leyen": after a particle, an article and a capitalised word make a family name."""
    rest = toks[particle.id: particle.id + 2]
    return len(rest) == 2 and rest[0].text in NAME_PARTICLES_AFTER and rest[1].text[:1].isupper() \
        and rest[1].upos in {"PROPN", "NOUN"}


NER_EVIDENCE = "the name recogniser tags it as"  # the weakest evidence: a title or first name later overrules it
TITLE_EVIDENCE = "title"  # "Präsident Wolodymyr Selenskyj": a title right before the name


def _genitive_base(name: str) -> tuple[str, ...]:
    """The name without a genitive -s ("Nordrhein-Westfalens Ministerpräsident"), for the gazetteers."""
    return (name[:-1],) if name.endswith("s") and len(name) > 3 else ()


def in_modifier(tokens: list[Token], start: int, i: int, lex: Lexicon) -> bool:
    """Whether tokens[i] lies in a prepositional or genitive modifier of the mention's head at id
    `start` ("der Sprecher [von Anna Roth]", "die Ermittler [des Jungen Rhys Jones]"), not in an
    apposition a comma sets off or after a title preposition ("Beauftragter für …"). A name right
    after a body in the genitive is the head's ("der Abgeordnete des Föderationsrates Viktor Oserow")."""
    blocked: str | None = None
    prev: Token | None = None
    for t in tokens[: i + 1]:
        if t.id >= start:
            if t.upos == "ADP" and t.lemma.lower() not in lex.title_prepositions:
                blocked = "adposition"
            elif t.upos == "DET" and t.text.lower() in lex.genitive_articles and t.id > start \
                    and not (prev is not None and prev.text == ","):  # not "ihres Leiters, des Abgeordneten X"
                blocked = blocked or "genitive"
            elif t.text == ",":
                blocked = None
        prev = t
    before = tokens[i - 1] if i > 0 else None
    if blocked == "genitive" and before is not None and before.upos == "NOUN" and lex.institution_noun(before.lemma):
        return False
    return blocked is not None


def name_word(word: str) -> bool:
    """A word written as a name: capitalised, or a hyphenated particle before a capitalised name."""
    if word[:1].isupper():
        return True
    particle, _, rest = word.partition("-")
    return particle in HYPHEN_PARTICLES and rest[:1].isupper()


@dataclass
class Entity:
    """A person or body the article names."""

    name: str
    person: bool
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    evidence: str = ""
    anonymous: bool = False  # an unnamed person ("Ein Aktivist"), whom later pronouns may mean
    qualifiers: set[str] = field(default_factory=set)  # countries' adjectives with its role ("der französische Präsident")
    pseudonym: str | None = None  # the words that say the name is not the person's own ("in Wahrheit anders heißt")


@dataclass(frozen=True)
class Mention:
    entity: Entity
    start: int
    sent: int
    subject: bool
    affiliation: bool = False  # a person's party or body in brackets after the name, not what the article is about


@dataclass(frozen=True)
class Resolution:
    entity: Entity
    how: str


class Discourse:
    """Entities and mentions of one article, in text order, for resolving speakers."""

    def __init__(self, doc: ParsedDoc, lex: Lexicon) -> None:
        self.lex = lex
        self.quotes = find_quotes(doc.text)
        self.entities: dict[str, Entity] = {}
        self.genitives: dict[str, Entity] = {}  # a person's name in the genitive ("Vollmers") -> the person
        # full name -> another person of a surname already taken ("Georg Ratzinger" after "Joseph Ratzinger")
        self.namesakes: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        self.sentences = doc.sentences
        self.sentence_starts = [s.start for s in doc.sentences]  # to find the sentence of an offset
        # the name recogniser's label of each token it tagged (PER, ORG, LOC, OTH), by token start
        self.ner: dict[int, str] = {}
        for start, end, label in doc.entities:
            for t in doc.tokens:
                if start <= t.start < end:
                    self.ner[t.start] = label
        for sent in doc.sentences:
            for run in self.name_runs(sent):
                if not (len(run) == 1 and run[0].text in lex.calendar_words):  # "am Montag", "on Wednesday"
                    self._register(sent, run)
            for title, t in zip(sent.tokens, sent.tokens[1:]):
                if titled_noun_name(title, t, lex) and (t.id == len(sent.tokens) or sent.tokens[t.id].upos != "PROPN"):
                    self._register(sent, [t])
            self._register_surnames(sent)
            self._register_unnamed(sent)
            self._register_descriptions(sent)
        self.mentions.sort(key=lambda m: m.start)
        self._register_pronoun_subjects(doc)
        self._mark_pseudonyms(doc)
        # names the article uses as a company's in compounds ("Tesla-Werk", "Tesla-Chef"): bodies
        self.compound_bodies = {w for sent in doc.sentences for w in self._compound_body_names(sent)}

    def _register_pronoun_subjects(self, doc: ParsedDoc) -> None:
        """A personal pronoun subject outside quotations that means a named person is a subject
        mention of that person, so that a description after it finds them ("sagt Anna, 34. Sie
        hat beides. …, erzählt die Krankenpflegerin"); in text order, each after those before."""
        for sent in doc.sentences:
            for t in sent.tokens:
                if t.rel != "nsubj" or t.upos != "PRON" or t.text.lower() not in self.lex.pronouns or self._quoted(t.start):
                    continue
                res = self.resolve_pronoun(t.text, t.start, sent.index)
                if res is not None and res.entity.person and not res.entity.anonymous:
                    bisect.insort(self.mentions, Mention(res.entity, t.start, sent.index, True), key=lambda m: m.start)

    def _mark_pseudonyms(self, doc: ParsedDoc) -> None:
        """A person named last before words that say the name is not theirs ("Sabine K. … sagt die
        47-Jährige, die in Wahrheit anders heißt") is identified by no name: anonymous."""
        for sent in doc.sentences:
            mark = lemma_pattern(sent, self.lex.pseudonym_marks, doc.text)
            if mark is None:
                continue
            named = [m for m in self.mentions if m.start < mark.start and m.entity.person
                     and not m.entity.anonymous and len(m.entity.name.split()) >= 2]
            if named:
                named[-1].entity.pseudonym = mark.text

    def _register_surnames(self, sent: Sentence) -> None:
        """A named person's surname the tagger took for a common noun or an adjective, with no article
        ("Klingbeil äußerte sich zurückhaltender", "Brehm selbst reagierte nicht"): a mention of that
        person; opening a sentence whose verb has no subject, it is the subject."""
        named_here = {m.entity.name for m in self.mentions if m.sent == sent.index}  # not "Lars Klingbeil" again
        root = next((t for t in sent.tokens if t.head == 0), None)
        no_subject = root is not None and not any(c.rel == "nsubj" for c in sent.children(root))
        for t in sent.tokens:
            ent = self.entities.get(t.text)
            if t.upos in {"NOUN", "ADJ"} and ent is not None and ent.person and ent.name not in named_here \
                    and t.text[:1].isupper() and not any(c.upos == "DET" for c in sent.children(t)):
                self.mentions.append(Mention(ent, t.start, sent.index, t.rel == "nsubj" or (t.id == 1 and no_subject)))

    def _compound_body_names(self, sent: Sentence) -> set[str]:
        """Names that open a hyphenated compound whose last part makes them a company ("Tesla-Werk")."""
        out: set[str] = set()
        toks = sent.tokens
        for i, t in enumerate(toks[:-2]):
            hy, last = toks[i + 1], toks[i + 2]
            if t.upos == "PROPN" and hy.text == "-" and t.end == hy.start and hy.end == last.start \
                    and (last.text.lower() in self.lex.company_compound_parts
                         or last.lemma.lower() in self.lex.company_compound_parts):
                out.add(t.text)
        return out

    def ner_label(self, t: Token) -> str | None:
        """The name recogniser's label for a token, if it tagged one."""
        return self.ner.get(t.start)

    def _register_unnamed(self, sent: Sentence) -> None:
        """Unnamed people who are subjects ("Ein Aktivist sagte …", "Ihr Nachbar sieht das anders"):
        later pronouns may mean them, not a named person further back; unnamed spokespeople, as
        a body's voice ("Ein Konzernsprecher wollte … nicht kommentieren. …, sagte er"); bodies named by a
        definite institution word ("Die Polizei teilte mit … Sie …"), with the gender of their article;
        and, for no pronoun, the body a group of its people speaks for ("Forscher der Universität Bonn")
        or a report comes from ("Aus dem Ministerium hieß es")."""
        for t in sent.tokens:
            if t.rel == "nsubj" and t.upos == "NOUN" and self.lex.representative_noun(t.lemma):
                self._register_group_body(sent, t)
            report = sent.head_of(t) if t.rel == "nmod" and t.upos == "NOUN" else None
            if report is not None and report.upos == "NOUN" and (self.lex.statement_noun(report.lemma)
                                                                 or self.lex.document_noun(report.lemma)):
                self._register_group_body(sent, report)  # "einer Untersuchung des Zentrums für Schlafforschung"
            if t.rel in {"obl", "nmod"} and t.upos == "NOUN" and self._source_body(sent, t):
                words = [u.text for u in sent.tokens if first_word(sent, t).id <= u.id <= t.id and u.upos not in {"ADP", "DET"}]
                self.mentions.append(Mention(Entity(" ".join(words), False, evidence=INSTITUTION_WORD),
                                             t.start, sent.index, False))
            if t.rel != "nsubj" or t.upos != "NOUN" or t.feat("Number") == "Plur":
                continue
            det = next((c for c in sent.children(t) if c.rel == "det"), None)
            if det is not None and det.text.lower() in BODY_ARTICLES and self.lex.institution_noun(t.lemma) \
                    and not self.lex.role_noun(t.lemma) and not self.lex.anonymous_noun(t.lemma) \
                    and not self.lex.oblique_feminine(det.text, t.lemma, t.text):  # not "Der Zeitung sagte er"
                words = [u.text for u in sent.tokens if det.id <= u.id <= t.id]
                body = Entity(" ".join(words), False, BODY_ARTICLES[det.text.lower()], evidence=INSTITUTION_WORD)
                self.mentions.append(Mention(body, det.start, sent.index, True))
                continue
            if det is not None and det.text.lower() in INDEFINITE and self.lex.spokesperson_noun(t.lemma):
                words = [u.text for u in sent.tokens if det.id <= u.id <= t.id]  # "Ein Konzernsprecher wollte … nicht"
                self.note_unnamed_speaker(" ".join(words), True, t, det.start, sent.index)
                continue
            possessed = any(c.deprel == "det:poss" for c in sent.children(t)) and not self.lex.spokesperson_noun(t.lemma) \
                and not any(c.upos == "PROPN" for c in sent.children(t))  # "Ihr Nachbar sieht das anders"
            if not possessed and (det is None or det.text.lower() not in INDEFINITE):
                continue
            if not (self.lex.anonymous_noun(t.lemma) or self.lex.role_noun(t.lemma) or self.lex.person_like(t.text)) \
                    or self.lex.institution_noun(t.lemma) or self.lex.statement_noun(t.lemma):
                continue
            if possessed:
                words = [u.text for u in sent.subtree(t) if u.id <= t.id]
                self.mentions.append(Mention(Entity(" ".join(words), True, self.lex.role_gender(t.text),
                                                    evidence="unnamed person", anonymous=True),
                                             sent.subtree(t)[0].start, sent.index, True))
                continue
            gender = "fem" if INDEFINITE[det.text.lower()] == "fem" else self.lex.role_gender(t.text)
            words = [u.text for u in sent.tokens if det.id <= u.id <= t.id]
            self.mentions.append(Mention(Entity(" ".join(words), True, gender, evidence="unnamed person", anonymous=True),
                                         det.start, sent.index, True))

    def _source_body(self, sent: Sentence, t: Token) -> bool:
        """"Aus dem Ministerium hieß es": a definite body word after a source preposition, which a
        later unnamed spokesperson may speak for (`main_body`; no pronoun means it)."""
        kids = sent.children(t)
        case = next((c for c in kids if c.rel == "case"), None)
        det = next((c for c in kids if c.rel == "det"), None)
        return case is not None and case.text.lower() in self.lex.body_source_prepositions \
            and (det is not None and det.text.lower() in DEFINITE or case.text.lower() in {"vom", "beim"}) \
            and bool(self.lex.institution_noun(t.lemma)) and not self.lex.role_noun(t.lemma) \
            and not self.lex.anonymous_noun(t.lemma) and not self.lex.statement_noun(t.lemma)

    def _register_group_body(self, sent: Sentence, group: Token) -> None:
        """"Forscher der Universität Bonn haben …", "eine Studie der Universität Bonn": the body a group
        of its people speaks for, or a report comes from, is a body of the article, which a later
        "die Forscher" means (`main_body`)."""
        owner = next((c for c in sent.children(group) if c.rel == "nmod" and c.id > group.id
                      and c.upos == "NOUN" and self.lex.institution_noun(c.lemma)), None)
        if owner is None:
            return
        words = [u for u in sent.subtree(owner) if u.upos not in {"ADP", "DET", "PUNCT"} or u.text == "-"]
        body = Entity(" ".join(u.text for u in words).replace(" - ", "-"), False, evidence=INSTITUTION_WORD)
        self.mentions.append(Mention(body, words[0].start, sent.index, False))

    def _register_descriptions(self, sent: Sentence) -> None:
        """A definite role description as subject ("der Fahrer war zu hören") mentions the person
        named earlier with that role, so that a pronoun after it means that person; one that
        means no named person is an unnamed person (or office holder) a later pronoun may mean."""
        for t in sent.tokens:
            if t.rel != "nsubj" or t.upos != "NOUN" or t.feat("Number") == "Plur" \
                    or any(c.upos == "PROPN" for c in sent.children(t)):
                continue
            det = next((c for c in sent.children(t) if c.rel == "det"), None)
            role = self._role(t)
            if det is None or det.text.lower() not in DEFINITE or role is None:
                continue
            res = self.resolve_description(role, t.text, det.start, sent.index, holders_only=True)
            if res is not None:
                self.mentions.append(Mention(res.entity, det.start, sent.index, True))
                continue
            plural = det.text.lower() == "die" and self.lex.role_gender(t.text) == "masc"  # "Die Ermittler fanden …"
            owners = [c for c in sent.children(t) if c.rel == "nmod" or c.deprel == "det:poss"]
            if not plural and det.text.lower() in BODY_ARTICLES and self.resolve_description(role, t.text, det.start, sent.index,
                                        window=1 if owners else SUBJECT_WINDOW) is None:
                # "Ähnlich äußerte sich die Leiterin des Gorki-Theaters. …, sagte sie": no one named
                office = bool(self.lex.office_noun(t.lemma))  # typed as classify types it: the office speaks
                words = [u for u in sent.subtree(t) if u.id >= det.id][:8]
                words = next((words[:i] for i, u in enumerate(words) if u.text == ","), words)
                name = "".join(u.text if i == 0 or u.start == words[i - 1].end else f" {u.text}" for i, u in enumerate(words))
                self.mentions.append(Mention(Entity(name, True, self.lex.role_gender(t.text),
                                                    evidence=UNNAMED_OFFICE if office else "unnamed person",
                                                    anonymous=True), det.start, sent.index, True))

    def person_in(self, tokens: list[Token], head: Token | None = None) -> Entity | None:
        """The named person a mention names, if any (see entity_for)."""
        ent = self.entity_for(tokens, head, persons_only=True)
        return ent if ent is not None and ent.person else None

    def recent_body(self, start: int, sent: int) -> Entity | None:
        """The body that was the subject of this sentence or the one before ("Die Stadtverwaltung
        kündigte an, … Ein Sprecher betonte, …"): whom an unnamed spokesperson speaks for."""
        bodies = [m for m in self.mentions if m.start < start and sent - m.sent <= 1 and m.subject
                  and not m.entity.person and not m.affiliation and m.entity.evidence != UNNAMED_SPEAKER
                  and not self._place(m.entity.name)]
        return bodies[-1].entity if bodies else None

    def main_body(self, start: int) -> Entity | None:
        """The organisation an article is about so far: the body named most often before `start`
        (places count only when the recogniser calls them organisations)."""
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for m in self.mentions:
            if m.start < start and not m.entity.person and m.entity.evidence != UNNAMED_SPEAKER and not m.affiliation \
                    and (m.entity.evidence == INSTITUTION_WORD or not self._place(m.entity.name)):
                counts[m.entity.name] = counts.get(m.entity.name, 0) + 1
                first[m.entity.name] = min(first.get(m.entity.name, m.start), m.start)
        if not counts:
            return None
        best = max(counts, key=lambda k: (counts[k], -first[k]))  # on a tie, the one named first
        return next(m.entity for m in self.mentions if m.entity.name == best)

    def _place(self, name: str) -> bool:
        """Whether a name is a place's, also in the genitive ("Bayerns") or ending a body's name ("… in Kassel")."""
        return any(n in self.lex.locations for n in (name, name.split()[-1], *_genitive_base(name)))

    # -- names ----------------------------------------------------------------------------
    @staticmethod
    def name_runs(sent: Sentence) -> list[list[Token]]:
        """Maximal runs of proper nouns (a name and its surname, an organisation's name)."""
        runs: list[list[Token]] = []
        cur: list[Token] = []
        toks = sent.tokens
        for t in toks:
            nxt = toks[t.id] if t.id < len(toks) else None
            after_particle = bool(cur) and cur[-1].text in NAME_PARTICLES_AFTER and cur[-1].upos != "PROPN"
            # "Louisa Specht-Riemenschneider", "Robert Koch-Institut"; not "CDU-Gesundheitspolitiker"
            after_hyphen = bool(cur) and cur[-1].text == "-" and t.upos in SURNAME_TAGS \
                and len([u for u in cur if u.text != "-"]) >= 2
            if (t.upos == "PROPN" or after_hyphen or (cur and t.upos in {"NOUN", "X"} and (not t.text[:1].isupper() or after_particle))) \
                    and name_word(t.text) and not t.text.isdigit():  # "Ursula von der Leyen", "Leyen" tagged a noun
                if cur and cur[-1].text.endswith(".") and len(cur[-1].text) > 2:
                    runs.append(cur)  # "Kim Jong Un. Trump": a period closes the name
                    cur = []
                cur.append(t)
            elif len(cur) == 1 and nxt is not None and nxt.upos == "PROPN" and _abbreviated_title(sent, nxt) is cur[0]:
                cur = []  # "Prof. Jürgen Walther", "Dr. Anna Weber": an abbreviated title is no name
            elif cur and nxt is not None and ((t.text in HYPHEN_PARTICLES and nxt.text == "-")
                                              or (t.text == "-" and cur[-1].text in HYPHEN_PARTICLES)
                                              or (t.text == "-" and (nxt.upos == "PROPN" or (nxt.upos in SURNAME_TAGS and nxt.text[:1].isupper()))
                                                  and cur[-1].end == t.start == nxt.start - 1)):
                cur.append(t)  # "Ali al-Omair", "Koch-Mehrin" as the tokenizer splits them: "al", "-", "Omair"
            elif cur and _given_name_only(cur) and t.text in NAME_PARTICLES and nxt is not None \
                    and (nxt.upos == "PROPN" or _surname_after(toks, t)):
                cur.append(t)  # "Heike van Laak", "Ursula von der Leyen", not "Claudia Ritter | von der Charité"
            elif cur and cur[-1].text in NAME_PARTICLES and t.text in NAME_PARTICLES_AFTER and nxt is not None \
                    and (nxt.upos == "PROPN" or (nxt.upos == "NOUN" and nxt.text[:1].isupper())):
                cur.append(t)
            else:
                if cur:
                    runs.append(cur)
                cur = []
        if cur:
            runs.append(cur)
        return runs

    def _role_near(self, sent: Sentence, run: list[Token]) -> tuple[str, str] | None:
        """(role, how) from a role noun right before the name, an apposition head, or an
        apposition after the name."""
        first, last = run[0], run[-1]
        first = _abbreviated_title(sent, first) or first  # "Der Anwalt, Dr. Ralf Opitz": the role stands before the title
        if first.id > 1:
            prev = sent.tokens[first.id - 2]
            role = self._role(prev)
            if role and prev.upos in {"NOUN", "PROPN"}:  # English tags titles as names ("Chancellor")
                return role, f"{TITLE_EVIDENCE} '{prev.text}' before the name"
            if prev.text == "," and first.rel != "nsubj":  # not ", Chancellor Rachel Reeves said": a subject
                for t in reversed(sent.tokens[: first.id - 2]):
                    if t.upos in {"VERB", "AUX"} or (t.upos == "PUNCT" and t.text not in {",", "-"}):
                        break  # "der Sprecher der FDP-Fraktion, Timm Kern": over compounds' hyphens
                    role = self._role(t) if t.upos == "NOUN" else None
                    owner = sent.head_of(t) if t.rel == "nmod" else None
                    if role and owner is not None and owner.upos == "NOUN" and owner.id < t.id and self._role(owner):
                        t, role = owner, self._role(owner)  # "Der Anwalt des Tatverdächtigen, Ralf Opitz": the head's role
                    if role:
                        return role, f"apposition to '{t.text}'"
        head = sent.head_of(first)
        adjacent = head is not None and (head.id == first.id - 1 or sent.tokens[first.id - 2].text == ",")
        if first.rel == "appos" and head is not None and adjacent and self._role(head):
            return self._role(head) or "", f"apposition to '{head.text}'"  # type: ignore[return-value]
        for t in run:
            for c in sent.children(t):
                if c.rel == "appos" and c.upos == "NOUN" and self._role(c):
                    return self._role(c) or "", f"apposition '{c.text}'"  # type: ignore[return-value]
        if last.id < len(sent.tokens) - 1 and sent.tokens[last.id].text == ",":
            nxt = sent.tokens[last.id + 1 :][:4]
            for t in nxt:
                if t.upos in {"PRON", "VERB", "AUX"}:
                    break  # ", der sein Opfer …": a relative clause, no apposition
                if t.upos == "NOUN":
                    role = self._role(t)
                    if role:
                        return role, f"apposition '{t.text}' after the name"
                    break
        return None

    def _role(self, t: Token) -> str | None:
        """The role a noun next to a name gives its bearer: a role word, else a person noun
        ("der Tatverdächtige Steve St."), which later definite descriptions can name."""
        if t.text in self.lex.surnames and t.text.lower() != self.lex.role_noun(t.text):
            return None  # "der Bank Hellmann Schroeder": a family name, though it ends like "Mann"
        role = self.lex.role_noun(t.lemma) or self.lex.role_noun(t.text)
        if role is None and t.upos == "NOUN" and self.lex.person_like(t.text) and not self.lex.institution_noun(t.lemma):
            role = t.lemma.lower()
        full = t.lemma.lower().replace("-", "")
        if role is not None and full != role and not self._same_office(full, role):
            role = full  # "Vizekanzler", "Ministerpräsident": another office than "Kanzler", "Präsident"
        return role

    def _joined_to_body(self, sent: Sentence, run: list[Token]) -> bool:
        """The name's last part, or the word the name is hyphenated to, is a body's word ("Robert
        Koch-Institut", "Konrad-Adenauer-Stiftung"): the name is the body's."""
        return (len(run) >= 3 and hyphenated_to_body(run, len(run) - 3, self.lex)) \
            or hyphenated_to_body(sent.tokens, run[-1].id - 1, self.lex)

    def _body_near(self, sent: Sentence, run: list[Token]) -> bool:
        """The name follows a body's word ("Konzert-Büro Richard Weber"), or continues a body's name
        after a preposition ("Office for National Statistics", "Institute for Fiscal Studies")."""
        first = run[0]
        while first.id > 2 and sent.tokens[first.id - 2].text in self.lex.surnames \
                and sent.tokens[first.id - 2].upos == "NOUN":
            first = sent.tokens[first.id - 2]  # "der Bank Hellmann Schroeder": a family name the tagger took for a noun
        if first.id > 1:
            prev = sent.tokens[first.id - 2]
            person_word = self.lex.person_like(prev.text) and run[0].text in self.lex.first_names  # "Konkurrent Torsten B."
            if prev.upos == "NOUN" and self.lex.institution_noun(prev.lemma) and not self._role(prev) \
                    and not self.lex.member_title(prev.lemma) and not person_word:  # "Sportvorstand Max Eberl" is a board member
                return True
            before = sent.tokens[first.id - 3] if first.id > 2 else None
            if prev.upos == "ADP" and before is not None and before.upos in {"NOUN", "PROPN"} \
                    and self.lex.institution_noun(before.lemma) and not self._role(before):
                return True
        return False

    def _register(self, sent: Sentence, run: list[Token]) -> None:
        run = self._without_title(run)
        if len(run) >= 2 and run[0].text.isupper() and len(run[0].text) >= 2 and run[1].text in self.lex.first_names:
            run = run[1:]  # "der CDU Frank Mindermann": the party's acronym is no part of the name
        prev = sent.tokens[run[0].id - 2] if run[0].id > 2 else None
        if prev is not None and (titled_noun_name(sent.tokens[prev.id - 2], prev, self.lex) or (
                len(run) == 1 and prev.upos == "NOUN" and prev.text in self.lex.first_names and prev.end + 1 == run[0].start)):
            run = [prev, *run]  # "Außenminister Badr Abdelatty", "der eingewechselte Yannick Ademi": a first name taken for a noun
        last = run[-1]
        nxt = sent.tokens[last.id] if last.id < len(sent.tokens) else None
        # a lone name after a title ("der Sprecher der Fraktion, Timm Kern,") is a first name too
        first = last.text in self.lex.first_names or (len(run) == 1 and (
            self._role_near(sent, run) is not None or self._recognised_first_name(sent, last)))
        if nxt is not None and first and nxt.text[:1].isupper() and nxt.upos in SURNAME_TAGS \
                and nxt.lemma.lower() not in self.lex.roles and nxt.lemma.lower() not in self.lex.institutional:
            run = [*run, nxt]  # "Wolfgang Grader", "Matthias Freude": a surname the tagger took for a noun
            hy, part = (sent.tokens[nxt.id], sent.tokens[nxt.id + 1]) if nxt.id + 1 < len(sent.tokens) else (None, None)
            if hy is not None and part is not None and hy.text == "-" and nxt.end == hy.start == part.start - 1 \
                    and part.text[:1].isupper():
                run = [*run, hy, part]  # "Louisa Specht-Riemenschneider"
        words = [t.text for t in run]
        full = "".join(t.text if i == 0 or t.start == run[i - 1].end else f" {t.text}" for i, t in enumerate(run))
        key = words[-1]
        lex = self.lex
        known = self.entities.get(key)
        if len(run) == 1 and (known is None or not known.person):  # "Und Jenny?", not the headline's "Schlager-Jenny"
            known = self._by_first_name(key) or known
        base = next((self.entities[b] for b in _genitive_base(key) if b in self.entities), None) if len(run) == 1 else None
        if known is None and base is not None and base.person:  # "nach Angaben Vollmers": Frank Vollmer's, but
            known = self.genitives[key] = base  # "ein Weggefährte Brehms" is no mention of Brehm as speaker
        if known is not None and self._namesake(known, words):
            known = self.namesakes.setdefault(full, Entity(full, True, lex.name_gender(words[0].split("-")[0]),
                                                           evidence=f"first name '{words[0]}'"))
        role = self._role_near(sent, run)
        if known is not None:
            ent = known
            titled = role is not None and role[1].startswith(TITLE_EVIDENCE)
            if not ent.person and ent.evidence.startswith(NER_EVIDENCE) and (titled or (words[0] in lex.first_names and len(run) >= 2)):
                ent.person, ent.evidence = True, role[1] if titled else f"first name '{words[0]}'"  # a headline's "Selenskyj"
            if len(full) > len(ent.name) and ent.person:
                ent.name = full
        else:
            # a longer name is a place by its last word only in the language's own lists ("Bayern München"),
            # not by the world's cities, many of which are family names too ("Randy Henderson")
            in_gazetteer = any(n in lex.locations or n in lex.organisations for n in (full, *_genitive_base(full))) \
                or (key in lex.organisations or key in (lex.locations if len(run) == 1 else lex.own_locations))
            acronym = any(_acronym_word(w) for w in words)
            labels = [self.ner.get(t.start) for t in run]
            ner = max((lab for lab in labels if lab), key=labels.count, default=None)
            body_name = full.lower() in lex.institutional or (len(run) >= 2 and words[-1].lower() in lex.institutional)
            if role and not in_gazetteer and not body_name and not (len(run) == 1 and ner in {"ORG", "LOC"}):
                person, why = True, role[1]
            elif self._body_near(sent, run):
                person, why = False, "name after an institution word"
            elif len(run) >= 2 and _acronym_word(words[-1]):
                person, why = False, "a name ending in an acronym"  # "Hertha BSC", "Bayer AG", though "Hertha" is a first name
            elif self._joined_to_body(sent, run):
                person, why = False, "a name joined to a body's word"  # "Robert Koch-Institut", "Konrad-Adenauer-Stiftung"
            elif words[0] in lex.first_names and len(run) >= 2:
                person, why = True, f"first name '{words[0]}'"
            elif in_gazetteer or acronym:
                person, why = False, "place or organisation name"
            elif body_name:
                person, why = False, "institution name in the lexicon"  # "White House", "National Health Service"
            elif _quoted(sent, run):
                person, why = False, "a name in quotation marks"  # "seiner Firma 'Aufbau Invest'"
            elif _acronym_after(sent, run):
                person, why = False, "an acronym follows in brackets"  # "National Health Service (NHS)"
            elif len([w for w in words if w != "-"]) >= 2 and all(len(w) > 1 for w in words if w != "-"):
                person, why = True, "multi-word proper name"  # not "E-Scootern", "U-Bahn"
            elif len(run) == 1 and words[0] in lex.first_names and _age_after(sent, run[0]):
                person, why = True, f"first name '{words[0]}' with an age"  # "Jana, 19, steht hinter der Theke"
            elif len(run) == 1 and self._coordinated_with_person(sent, run[0]):
                person, why = True, "coordinated with a named person"  # "Jennifer Lopez und Shakira"
            elif ner in {"ORG", "LOC"}:  # the recogniser (weak, F1 0.5) decides only what nothing else does
                person, why = False, f"{NER_EVIDENCE} {'an organisation' if ner == 'ORG' else 'a place'}"
            else:
                return  # a lone unknown name: judged where it is used
            ent = Entity(full, person, evidence=why, gender=lex.name_gender(words[0].split("-")[0]) if person else None)
            self.entities[key] = ent
        if role and ent.person:
            ent.roles.add(role[0])
            ent.gender = ent.gender or self.lex.role_gender(role[0])
            before = list(takewhile(lambda t: t.upos not in {"VERB", "AUX"} and (t.upos != "PUNCT" or t.text == ","),
                                    reversed(sent.tokens[max(run[0].id - 9, 0):run[0].id - 1])))
            ent.qualifiers |= self.qualifiers(before)  # "Der russische Gesandte in Israel, Anatoly Viktorov"
        head = max(run, key=lambda t: 1 if t.head not in {r.id for r in run} else 0)
        comma_apposition = run[0].id > 1 and sent.tokens[run[0].id - 2].text == ","
        predicate = head.head == 0 and (any(c.rel == "cop" for c in sent.children(head))  # "Tatverdächtig ist Steve St.",
                                        or not any(t.upos in {"VERB", "AUX"} for t in sent.tokens))  # "Und Jenny?"
        subject = head.rel == "nsubj" or predicate or self._titled_subject(sent, head, comma_apposition)
        toks = sent.tokens
        party = 2 < run[0].id and run[-1].id < len(toks) and toks[run[0].id - 2].text == "(" \
            and toks[run[-1].id].text == ")" and toks[run[0].id - 3].upos in SURNAME_TAGS | {"PROPN"} \
            and toks[run[0].id - 3].text[:1].isupper()  # "Judith Gerlach (CSU)", "Markus Lewe (CDU)" with "Lewe" a noun
        self.mentions.append(Mention(ent, run[0].start, sent.index, subject, party))

    def _recognised_first_name(self, sent: Sentence, t: Token) -> bool:
        """A lone name the recogniser tags as a person's, standing alone between lower-case words and
        a capitalised noun ("wie Jerzy Montag (Grüne)"): a first name the lists lack; not a word
        inside a body's name ("Die Nationale Anti Doping Agentur")."""
        toks = sent.tokens
        before = toks[t.id - 2] if t.id > 1 else None
        after = toks[t.id + 1] if t.id + 1 < len(toks) else None
        return self.ner.get(t.start) == "PER" and (before is None or not before.text[:1].isupper()) \
            and (after is None or after.upos not in {"NOUN", "PROPN"})

    def _by_first_name(self, word: str) -> Entity | None:
        """The one person named before whose first name a lone first name is ("Schlagerstar Jenny
        Lorenz … Und Jenny?"); None when it is no first name or several people bear it."""
        if word not in self.lex.first_names:
            return None
        bearers = {id(e): e for e in [*self.entities.values(), *self.namesakes.values()]
                   if e.person and len(e.name.split()) >= 2 and e.name.split()[0] == word}
        return next(iter(bearers.values())) if len(bearers) == 1 else None

    def _coordinated_with_person(self, sent: Sentence, t: Token) -> bool:
        """A lone name in a coordination with a person's name ("Jennifer Lopez und Shakira")."""
        partners = [*(c for c in sent.children(t) if c.rel == "conj"), *([sent.head_of(t)] if t.rel == "conj" else [])]
        persons = {w for e in self.entities.values() if e.person for w in e.name.split()}
        return any(p is not None and p.upos == "PROPN" and p.text in persons for p in partners)

    def _namesake(self, known: Entity, words: list[str]) -> bool:
        """Whether a full name is another person than the one its surname was first registered for:
        both are persons with different first names ("Joseph Ratzinger", "Georg Ratzinger")."""
        first = known.name.split()[0]
        return known.person and len(words) >= 2 and words[0] in self.lex.first_names and first != words[0] \
            and first in self.lex.first_names

    def _without_title(self, run: list[Token]) -> list[Token]:
        """The name without the titles a tagger made part of it ("Prime Minister Keir Starmer" ->
        "Keir Starmer"), unless the whole is a known body's name ("General Motors")."""
        full = " ".join(t.text for t in run)
        if full in self.lex.organisations or full in self.lex.locations:
            return run
        titles = [i for i, t in enumerate(run[:-1]) if self.lex.role_noun(t.text) and t.text[:1].isupper()]
        if not titles:
            return run
        rest = run[titles[-1] + 1:]
        return rest if len(rest) >= 2 or rest[0].text in self.lex.first_names else run

    @staticmethod
    def _titled_subject(sent: Sentence, head: Token, comma_apposition: bool = False) -> bool:
        """The name hangs on a subject title before it ("Bürgermeister [Peter Klein]", "CDU-Chef
        [Friedrich Merz]" where the parse hangs it on "CDU"), through appositions and compounds;
        a name set off by a comma also through the title's genitive ("der Vorsitzende der
        Initiative, Wolfgang Grader", which the parse may hang on "Initiative")."""
        t: Token | None = head
        for _ in range(3):
            if t is None or t.rel not in {"appos", "flat", "nmod", "compound"}:
                return False
            up = sent.head_of(t)
            if up is None or up.id > head.id or up.upos not in {"NOUN", "PROPN"}:
                return False
            if up.rel == "nsubj" and up.upos == "NOUN":
                return t.rel != "nmod" or t is head or comma_apposition  # not a name inside the title's genitive
            t = up
        return False

    def entity_for(self, tokens: list[Token], head: Token | None = None, persons_only: bool = False) -> Entity | None:
        """The entity a mention names: a name at or after its head (the head itself, an
        apposition), not one inside a prepositional or genitive modifier; with `persons_only`,
        the first person among them ("der Oberrabbiner Israels, Yona Metzger")."""
        start = head.id if head is not None else (tokens[0].id if tokens else 0)
        for i, t in enumerate(tokens):
            if t.id < start:
                continue
            # a surname the tagger took for a noun counts after the name it ends ("Frank-Jürgen Weise"),
            # and with no article as a named person's surname ("Schopper zufolge")
            name = t.upos == "PROPN" or (t.upos in SURNAME_TAGS and i > 0 and (
                tokens[i - 1].upos == "PROPN" or tokens[i - 1].text in NAME_PARTICLES_AFTER | {"-"})) \
                or (t.upos in {"NOUN", "ADJ", "X"} and t.text[:1].isupper() and t.text in self.entities
                    and self.entities[t.text].person
                    and not any(u.upos == "DET" for u in tokens))
            if not name or t.text not in self.entities:
                continue
            ent = next((e for e in self.namesakes.values() if self._named_from(tokens, i, None, e)),
                       self.entities[t.text])
            if self._named_from(tokens, i, start, ent) or not in_modifier(tokens, start, i, self.lex):
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                if (nxt is None or nxt.upos != "PROPN") and (ent.person or not persons_only):
                    return ent
        return None

    def _named_from(self, tokens: list[Token], i: int, start: int | None, ent: Entity) -> bool:
        """Whether tokens[i] ends the whole name of `ent`, begun at or before the token with id
        `start` (None: anywhere): "Ursula von der Leyen" is her name, not a modifier opened by "von"."""
        target = ent.name.replace(" ", "")
        text = ""
        for t in reversed(tokens[: i + 1]):
            text = t.text + text
            if len(text) >= len(target):
                return text == target and (start is None or t.id <= start)
        return False

    def entity_named(self, name: str) -> Entity | None:
        """The entity of a mention with this full name, if one was registered."""
        return next((m.entity for m in self.mentions if m.entity.name == name), None)

    def note_speaker(self, ent: Entity, start: int, sent: int) -> None:
        """A resolved speaker counts as a subject mention for later resolutions."""
        self.mentions.append(Mention(ent, start, sent, True))
        self.mentions.sort(key=lambda m: m.start)

    def person_named(self, name: str) -> Entity:
        """The person a name judged at its use names ("Merkel sagte"), registered for later pronouns."""
        key = name.split()[-1]
        if key not in self.entities:
            self.entities[key] = Entity(name, True, self.lex.name_gender(name.split()[0]), evidence="named as a speaker")
        return self.entities[key]

    def note_unnamed_speaker(self, text: str, body: bool, head: Token, start: int, sent: int) -> None:
        """An unnamed speaker ("ein Werft-Sprecher", "ein Augenzeuge") whom a later pronoun of its
        gender may mean ("Nähere Einzelheiten gab er nicht bekannt"): a body's voice or an unnamed person."""
        gender = self.lex.role_gender(head.text) if (self.lex.role_noun(head.lemma) or self.lex.person_like(head.text)
                                                     or self.lex.spokesperson_noun(head.lemma)) else None
        if gender is None:
            return
        voice = Entity(text, not body, gender, evidence=UNNAMED_SPEAKER, anonymous=True)
        self.note_speaker(voice, start, sent)

    # -- resolution ---------------------------------------------------------------------------
    def _quoted(self, pos: int) -> bool:
        """Whether a position lies inside a quotation (quoted words are the speaker's, not the narration)."""
        return any(q.inner_start <= pos < q.inner_end for q in self.quotes)

    def _before(self, start: int, named_only: bool = False) -> list[Mention]:
        return [m for m in self.mentions if m.start < start and m.entity.person and not (named_only and m.entity.anonymous)]

    def resolve_pronoun(self, word: str, start: int, sent: int, gender: str | None = None,
                        content: tuple[int, int] | None = None) -> Resolution | None:
        """A personal pronoun or possessive (with its gender) -> the most recent compatible person,
        not one named in the `content` the pronoun's speaker reports, while another fits."""
        gender = gender or self.lex.pronouns.get(word.lower())
        cands = [m for m in self.mentions if m.start < start and m.entity.gender in (None, gender)
                 and (m.entity.person or m.entity.gender is not None)]  # bodies only by their article's gender
        if content is not None:
            cands = [m for m in cands if not content[0] <= m.start < content[1]] or cands
        voices = [m for m in cands if m.entity.evidence == UNNAMED_SPEAKER]
        cands = [m for m in cands if m.entity.evidence != UNNAMED_SPEAKER] or voices  # unnamed speakers last
        if not cands:  # "Die seiner Ansicht nach fragwürdige Rolle … veranlasste Senator Dodd": nothing before it
            later = [m for m in self.mentions if m.start > start and m.sent == sent and m.entity.person
                     and not m.entity.anonymous and m.entity.gender in (None, gender)
                     and (m.entity.roles or m.entity.evidence.startswith("first name"))]  # surely a person
            return Resolution(later[0].entity, f"pronoun '{word}' -> '{later[0].entity.name}', named later in its "
                                               "sentence (no one is named before it)") if later else None
        inside = self._quoted(start)  # outside a quotation, subjects inside quotations are less salient
        recent_subjects = [m for m in cands if m.subject and sent - m.sent <= SUBJECT_WINDOW
                           and (inside or not self._quoted(m.start))]
        narrated = [m for m in cands if inside or not self._quoted(m.start)]
        pick = (recent_subjects or narrated or cands)[-1]
        how = "last subject" if recent_subjects else "last mention" + (" outside quotations" if narrated and not inside else "")
        speaker = next((m for m in reversed(recent_subjects) if m.sent == pick.sent and m.entity.person), None)
        if not pick.entity.person and speaker is not None:  # "Bürgermeisterin Vogelsang kündigte an, die Stadt
            pick, how = speaker, "person subject of the sentence of the last body"  # werde … Den Schaden bezifferte sie"
        introduced = _one_person_before(narrated, sent)
        if pick.subject and pick.sent < sent - 1 and introduced is not None:  # "Zum Verwalter bestellte das Gericht
            pick, how = introduced, "the one person named in the sentence before"  # Jens Obermaier. Er …"
        person = next((m for m in reversed(narrated or cands) if m.start > pick.start and m.entity.person), None)
        if not pick.entity.person and person is not None:  # "Die Zeitung sprach mit Anna Schmidt. …, sagte sie."
            pick, how = person, "person named after the last body"
        voice = next((m for m in reversed(voices) if sent - m.sent <= 1 and m.start > pick.start
                      and (inside or not self._quoted(m.start))), None)
        if voice is not None and not (pick.subject and pick.sent >= voice.sent):  # "Eine Sprecherin verwies … betonte sie."
            pick, how = voice, "unnamed speaker of the sentence before"
        kind = "person" if pick.entity.person else "body"
        return Resolution(pick.entity, f"pronoun '{word}' -> {how} compatible {kind} '{pick.entity.name}'")

    def plural_group_before(self, pronoun: Token) -> tuple[list[Token], Token] | None:
        """"Forscher der Universität … Sie gehen davon aus": a pronoun of `plural_pronouns` whose verb
        is plural means the common-noun group that was the plural subject of the sentence before."""
        sent = self.sentences[pronoun.sent]
        verb = sent.head_of(pronoun)
        if pronoun.sent == 0 or verb is None:
            return None
        finite = verb if is_finite(verb) else next((c for c in sent.children(verb) if c.rel == "aux" and is_finite(c)), None)
        if finite is None or not self.lex.plural_verb(finite.text):
            return None
        before = self.sentences[pronoun.sent - 1]
        main = main_finite(before)
        group = subject(before, main) if main is not None and self.lex.plural_verb(main.text) else None
        if group is None or group.upos != "NOUN":
            return None
        return np_tokens(before, group), group

    def sentence_of(self, offset: int) -> int:
        """The index of the sentence an offset into the text lies in."""
        return max(bisect.bisect_right(self.sentence_starts, offset) - 1, 0)

    def clause_subject(self, start: int, gender: str) -> Resolution | None:
        """A possessive's owner in its own sentence: the subject named before it there, a body
        of any gender or a person of the possessive's ("Das RKI meldete in seinem Wochenbericht")."""
        sent = self.sentence_of(start)
        subjects = [m for m in self.mentions if m.sent == sent and m.start < start and m.subject and not m.affiliation
                    and m.entity.evidence != UNNAMED_SPEAKER and not self._quoted(m.start)
                    and (not m.entity.person or m.entity.gender in (None, gender))]
        if not subjects:
            return None
        pick = subjects[-1].entity
        return Resolution(pick, f"possessive -> the subject of its sentence, '{pick.name}'")

    def resolve_demonstrative(self, word: str, start: int, gender: str) -> Resolution | None:
        """A demonstrative pronoun ("dieser", "the latter") -> the last compatible person named
        before it, whether subject or not."""
        inside = self._quoted(start)
        cands = [m for m in self._before(start, named_only=True) if m.entity.gender in (None, gender)
                 and (inside or not self._quoted(m.start))]
        if not cands:
            return None
        pick = cands[-1]
        return Resolution(pick.entity, f"demonstrative '{word}' -> last person named, '{pick.entity.name}'")

    def resolve_pair(self, text: str, start: int, gender: str | None) -> Resolution | None:
        """"die beiden Politiker" -> the last two different people named before it."""
        names: list[str] = []
        for m in reversed(self._before(start, named_only=True)):
            if m.entity.name not in names and (gender != "fem" or m.entity.gender in (None, "fem")):
                names.append(m.entity.name)
            if len(names) == 2:
                return Resolution(Entity(f"{names[1]}, {names[0]}", True),
                                  f"description '{text}' -> the last two people named, {names[1]} and {names[0]}")
        return None

    def _same_office(self, held: str, described: str) -> bool:
        """Whether a role someone held is the described one, or one a compound narrows ("Wirtschaftsminister"
        is a "Minister"), not another office whose first part is a role or a deputy's ("Ministerpräsident" is no
        "Präsident", "Vizekanzler" no "Kanzler")."""
        if held == described:
            return True
        if any(w in held and w not in described for w in self.lex.distinct_offices):
            return False  # "Oberstaatsanwalt" is no "Anwalt"
        longer, shorter = (held, described) if len(held) > len(described) else (described, held)
        prefix = longer[: -len(shorter)].rstrip("-")
        return longer.endswith(shorter) and self.lex.role_noun(prefix) is None and prefix not in self.lex.deputy_prefixes

    @staticmethod
    def _other_office(ent: Entity, described: frozenset[str] | set[str]) -> bool:
        """Whether the entity holds an office that contains or is contained in a described one
        without being it (checked after holders): "Ministerpräsident" for "der Bundespräsident"."""
        return any(r.endswith(x) or x.endswith(r) for r in ent.roles for x in described)

    def qualifiers(self, tokens: Sequence[Token]) -> set[str]:
        """The countries' adjectives that tell whose office a role is ("der französische Präsident";
        nationality_adjectives.txt, which leaves out the country's own: "deutsch")."""
        return {t.lemma.lower() for t in tokens if t.upos == "ADJ" and t.lemma.lower() in self.lex.nationality_adjectives}

    def resolve_description(self, role: str, text: str, start: int, sent: int, holders_only: bool = False,
                            gender: str | None = None, window: int = SUBJECT_WINDOW,
                            qualifiers: set[str] | frozenset[str] = frozenset(), former: bool = False) -> Resolution | None:
        """A definite description -> the last named person who held that role (or a synonym of
        it, sources.toml), else, unless `holders_only`, the last person subject `window` sentences
        back, unless an unnamed person was the subject since. A description with `qualifiers` ("der
        amerikanische Außenminister") means only a person named with one of them; a `former` holder
        ("der frühere Minister") is no one named with the role now."""
        gender = gender or self.lex.role_gender(role)
        cands = [m for m in self._before(start, named_only=True) if (gender is None or m.entity.gender in (None, gender))
                 and (not qualifiers or qualifiers & m.entity.qualifiers)]
        same = self.lex.role_synonyms.get(role, frozenset()) | {role}
        holders = [m for m in cands if any(self._same_office(r, x) for r in m.entity.roles for x in same)]
        if holders and not former:
            pick = holders[-1]
            return Resolution(pick.entity, f"description '{text}' -> '{pick.entity.name}', named earlier as {role}")
        if holders_only:
            return None
        # an unnamed person subject after the last named one is whom the description means ("Ein
        # Passagier berichtete … , sagte der Mann"): no named person then
        inside = self._quoted(start)  # outside a quotation, not a subject quoted in it
        # not one who holds an office the described one is part of ("Ministerpräsident X … der Bundespräsident")
        speakers = [m for m in self._before(start) if m.subject and sent - m.sent <= window
                    and (not qualifiers or qualifiers & m.entity.qualifiers)
                    and (gender is None or m.entity.gender in (None, gender)) and (inside or not self._quoted(m.start))
                    and (former or not self._other_office(m.entity, same))]
        introduced = _one_person_before([m for m in cands if not self._quoted(m.start)], sent)
        if speakers and speakers[-1].sent < sent - 1 and introduced is not None:  # "Äußerungen von Fraktionschef
            only = introduced.entity                                                # Dirk Wegener. Der 55-Jährige …"
            return Resolution(only, f"description '{text}' -> '{only.name}', the one person named in the sentence before")
        if speakers and not speakers[-1].entity.anonymous:
            pick = speakers[-1]
            return Resolution(pick.entity, f"description '{text}' -> last person subject '{pick.entity.name}'")
        near = {m.entity.name: m.entity for m in cands if sent - m.sent <= 1 and m.entity.gender == gender
                and (inside or not self._quoted(m.start)) and not self._other_office(m.entity, same)} \
            if gender is not None and not speakers else {}
        if len(near) == 1:  # "… eine Creme, die von Uschi Glas vertrieben wird. … hat die Schauspielerin geklagt"
            only = next(iter(near.values()))
            return Resolution(only, f"description '{text}' -> '{only.name}', the only person of its gender just before")
        return None
