"""Rules that find attribution candidates in one parsed sentence.

Each construction has a parse-based rule and a token fallback (punctuation, word order,
morphology) for when the compact parser misses the relation; the candidate records which fired.
Constructions: reporting verbs with content clauses or quotations (indirect, direct, mixed),
characterising verbs with a quoted label, demonstrative reports ("Dies bestätigte X"), speech
acts with a noun-phrase content (reported), "according to" markers, "wie X mitteilte", "so X",
attitude frames ("ist der Meinung, dass"), and reportative hearsay.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from attribution.extract.classify import could_speak
from attribution.extract.lexicon import Lexicon
from attribution.extract.quotes import Quote
from attribution.extract.syntax import (NOMINAL, PAIRED, extend_apposition, extend_name, extend_owner, first_word, full_lemma, is_finite, is_possessive,
                                        join_hyphenated, np_after, np_before, np_head, np_tokens, opens_next_phrase, subject)
from attribution.types import Kind, Sentence, Token

SO_OPENERS = {",", "–", "-", "("}  # punctuation before a parenthetical "so X"
SO_CLOSERS = {",", "–", "-", ")"}
DASHES = {"-", "–", "—"}
QUOTE_MARKS = {"„", "“", "”", "»", "«", "\"", "‚", "‘"}
MAX_LABEL_WORDS = 12  # a characterising quotation is a label, not a statement
WH_TAGS = {"PWS", "PWAV", "PWAT"}


@dataclass
class Candidate:
    """An attribution before speakers are resolved and types assigned."""

    kind: Kind
    sent: Sentence
    cue: list[Token]
    cue_lemma: str | None
    content: tuple[int, int] | None
    speaker: list[Token]
    speaker_head: Token | None
    rule: str
    path: str | None = None
    fallback: bool = False
    notes: list[str] = field(default_factory=list)
    speaker_note: str | None = None  # why the speaker tokens were chosen
    inherited: "Candidate | None" = None  # for continuations: the attribution continued
    anaphoric: bool = False  # the source is the previous report's ("demnach")
    phrase: list[Token] | None = None  # the words giving the source, where not the speaker's (markers)
    context: "Candidate | None" = None  # hearsay: the report just before, whose source likely stands behind it
    speaker_guess: bool = False  # the speaker is a guess from context: kept only if it names a person or body
    addressee: list[Token] = field(default_factory=list)  # "sagte [der Zeitung]", "gegenüber [der BBC]"
    refers_back: bool = False  # "Dies bestätigte X": the content is the previous sentence and the pronoun

    @property
    def cue_ids(self) -> set[int]:
        return {t.id for t in self.cue}


def _span(tokens: list[Token]) -> tuple[int, int] | None:
    return (tokens[0].start, tokens[-1].end) if tokens else None


def _in_quote(quotes: list[Quote], pos: int) -> bool:
    return any(q.inner_start <= pos < q.inner_end for q in quotes)


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and tokens[0].upos == "PUNCT" and tokens[0].text not in "„»«“\"‚":
        tokens = tokens[1:]
    while tokens and tokens[-1].upos == "PUNCT" and tokens[-1].text not in "“”«»\"‘’":
        tokens = tokens[:-1]
    return tokens


def _zu_infinitive(sent: Sentence, t: Token) -> bool:
    return t.xpos == "VVIZU" or any(c.xpos == "PTKZU" for c in sent.children(t))


def _content_mark(t: Token, marks: frozenset[str]) -> bool:
    """A word that opens a content clause ("dass", "ob", "that", "whether"; lexicon `content_marks`),
    not a pronoun or determiner of the same form ("the report that he wrote", "that plan")."""
    return t.lemma.lower() in marks and t.upos not in {"PRON", "DET"}


def _is_content_clause(sent: Sentence, c: Token, marks: frozenset[str]) -> bool:
    kids = sent.children(c)
    if any(_content_mark(k, marks) or k.xpos in WH_TAGS for k in kids):
        return True
    return any(k.xpos in WH_TAGS for k in sent.subtree(c)[:2])


def _without(sent: Sentence, head: Token, drop: set[int]) -> list[Token]:
    """The subtree of `head` minus the subtrees rooted at tokens in `drop`."""
    dropped: set[int] = set()
    for t in sent.tokens:
        if t.id in drop:
            dropped |= {u.id for u in sent.subtree(t)}
    return [t for t in sent.subtree(head) if t.id not in dropped]


def _is_adposition(t: Token) -> bool:
    """An adposition, or a word that heads a fixed multiword adposition (UD `ExtPos=ADP`: "according")."""
    return t.upos == "ADP" or t.feat("ExtPos") == "ADP"


def _fixed_adposition(sent: Sentence, t: Token, words: frozenset[str] | set[str]) -> list[Token] | None:
    """A multiword adposition of the lexicon ("according to"): the word with its `fixed`
    dependents, matched by their forms; None for single words."""
    if not _is_adposition(t):
        return None
    fixed = [c for c in sent.children(t) if c.rel == "fixed"]
    if not fixed:
        return None
    toks = sorted([t, *fixed], key=lambda u: u.id)
    return toks if " ".join(u.text.lower() for u in toks) in words else None


class SentenceRules:
    """The rules applied to one sentence."""

    def __init__(self, sent: Sentence, lex: Lexicon, quotes: list[Quote]) -> None:
        self.sent = sent
        self.lex = lex
        self.quotes = quotes

    # -- reporting verbs -----------------------------------------------------------------------
    def cue_of(self, t: Token) -> tuple[str, list[Token]] | None:
        """(lexicon key, cue tokens) when `t` is a reporting verb, alone, with its particle, or
        with the words of a multiword cue."""
        if t.upos not in {"VERB", "AUX"} and not t.xpos.startswith("V"):
            return None
        lemma, prt = full_lemma(self.sent, t, self.lex.particle_lemma)
        for mw in self.lex.multiword:
            if t.lemma == mw.verb:
                parts = self._multiword_parts(t, mw.with_)
                if parts:
                    return mw.cue, sorted([t, *parts], key=lambda x: x.id)
        if self.lex.is_cue_verb(lemma):
            return lemma, [t] + ([prt] if prt else [])
        if prt is not None and self.lex.is_cue_verb(t.lemma):  # a word misread as the verb's particle
            return t.lemma, [t]
        return None

    def _multiword_parts(self, verb: Token, words: tuple[str, ...]) -> list[Token] | None:
        """The other words of a multiword cue: the verb's dependents, else later words of its clause."""
        clause = self.sent.children(verb)
        found = []
        for w in words:
            hit = next((c for c in clause if c.lemma.lower() == w.lower() or c.text.lower() == w.lower()), None)
            if hit is None:  # fallback: the word later in the same clause
                for u in self.sent.tokens[verb.id:]:
                    if u.text in ",;:." or (is_finite(u) and u is not verb):
                        break
                    if u.lemma.lower() == w.lower() or u.text.lower() == w.lower():
                        hit = u
                        break
            if hit is None:
                return None
            found.append(hit)
        return found

    def verb_candidates(self) -> list[Candidate]:
        out = []
        for t in self.sent.tokens:
            if _in_quote(self.quotes, t.start):
                continue
            cue = self.cue_of(t)
            if cue is None:
                continue
            cand = self._verb_candidate(t, cue[0], cue[1])
            if cand is not None:
                addressee = self._addressee(t)
                if not {u.id for u in addressee} & {u.id for u in cand.speaker}:  # a misparsed subject is no addressee
                    cand.addressee = addressee
                out.append(cand)
        return out

    def _addressee(self, v: Token) -> list[Token]:
        """Whom the reporting verb's words were addressed to: its dative object ("sagte der
        Zeitung", also when parsed as obj), a phrase with an addressee preposition ("gegenüber der BBC"), the subject of the
        passive ("Ägypten wird aufgefordert"), or the partner of an interview it reports in."""
        sent, lex = self.sent, self.lex
        kids = sent.children(v)
        passive = any(c.deprel == "aux:pass" for c in kids) and full_lemma(sent, v, lex.particle_lemma)[0] in lex.addressing_verbs
        for c in kids:
            cases = [k.lemma.lower() for k in sent.children(c) if k.rel == "case"]
            dative = c.rel == "obj" and c.upos in NOMINAL and (first_word(sent, c).text.lower() in lex.dative_openers
                                                                 or (full_lemma(sent, v, lex.particle_lemma)[0] in lex.addressee_object_verbs
                                                                     and could_speak(c, lex)))
            if (c.deprel == "iobj" and c.xpos != "PRF") or dative or (passive and c.rel == "nsubj") \
                    or (c.rel == "obl" and cases and cases[0] in lex.addressee_prepositions):
                return [t for t in np_tokens(sent, c, {v.id}) if t.rel != "case" or t.head != c.id]
            if c.rel == "obl" and c.lemma in lex.cue_nouns:  # "in einem Interview mit der Zeitung erklärte …"
                partner = next((o for o in sent.children(c) if o.rel == "nmod" and any(
                    k.rel == "case" and k.lemma.lower() == "mit" for k in sent.children(o))), None)
                if partner is not None:
                    return [t for t in np_tokens(sent, partner, {v.id}) if t.rel != "case" or t.head != partner.id]
        return []

    def _verb_candidate(self, v: Token, lemma: str, cue: list[Token]) -> Candidate | None:
        sent = self.sent
        comparative = self._comparative_clause(v)
        content, path, fallback = self._content(v, lemma, cue)
        speaker, head, sp_note, sp_fallback = self.speaker_of(v, content)
        if head is not None and head.upos == "PRON" and head.lemma.lower() in self.lex.first_person:
            return None  # "ich denke, dass …" outside quotation marks: an interview answer, not a report
        if comparative is not None:
            if not speaker:  # "Wie t-online.de berichtet": the words between "wie" and the verb
                speaker = [t for t in np_after(sent, min(comparative) + 1) if t.id < v.id]
                head, sp_note = np_head(speaker), "fallback: noun phrase after 'wie'"
            rest = [t for t in sent.tokens if t.id not in comparative and t.upos != "PUNCT"]
            runs = _longest_run(sent, {t.id for t in rest})
            return Candidate("according_to", sent, cue, lemma, _span(runs),
                             speaker, head, "according_to.wie_clause", f"'{sent.tokens[min(comparative) - 1].text}' + {lemma}",
                             False, speaker_note=sp_note)
        # only a characterisation without a content clause: "kritisierte, sie habe „…“" stays mixed
        quoted_label = self._characterising_quote(v, lemma) if content is None or "characterisation" in (path or "") else None
        if quoted_label is not None:  # "nannte die Zahlen „aus der Luft gegriffen“": the quoted words are direct
            return Candidate("direct", sent, cue, lemma, quoted_label, speaker, head, "direct.characterisation",
                             f"{v.text} … quotation (characterisation)", sp_fallback, speaker_note=sp_note)
        if content is None:
            return self._demonstrative_report(v, lemma, cue) or self._speech_act(v, lemma, cue, speaker, head, sp_note, sp_fallback)
        if lemma in self.lex.thought and path and "fallback" in path and not self._complement_follows(v):
            return None  # thoughts by the token fallback only with "…, dass"/"…, ob" right after the clause
        if content[0] > v.start:
            content = self._close_quotes(self._extend_right(self._extend_left(v, content)))
        kind: Kind = "indirect"
        quoted = [q for q in self.quotes if q.start < content[1] and content[0] < q.end]
        if quoted:
            inside = quoted[0].start <= content[0] + 1 and content[1] - 1 <= quoted[0].end
            full = sum(min(q.end, content[1]) - max(q.start, content[0]) for q in quoted)
            opens_outside = quoted[0].start > content[0] + 1  # "dass die Beziehungen „…“": a clause of one's own first
            kind = "direct" if inside or (full >= 0.8 * (content[1] - content[0]) and not opens_outside) else "mixed"
        rule = f"{kind}.{'fallback' if fallback else 'parse'}"
        return Candidate(kind, sent, cue, lemma, content, speaker, head, rule, path, fallback or sp_fallback,
                         speaker_note=sp_note)

    def _characterising_quote(self, v: Token, lemma: str) -> tuple[int, int] | None:
        """The quotation a characterising verb applies ("bezeichnete die Pläne als „Wortbruch“",
        "nannte sie „fahrlässig“"): a short quotation in the verb's clause, after its object, with no
        clause of its own."""
        if lemma not in self.lex.characterisation:
            return None
        sent = self.sent
        clause = sent.subtree(v)
        lo, hi = clause[0].start, clause[-1].end
        for q in self.quotes:
            if not (lo <= q.start and q.end <= hi + 1):
                continue
            between = [t for t in sent.tokens if q.end <= t.start < v.start]
            if any(t.text in {",", ":"} for t in between):
                continue  # "„…“, nannte er das": a quotation before the reporting clause is its content
            inner = [t for t in sent.tokens if q.start < t.start and t.end < q.end]
            if inner and len(inner) <= MAX_LABEL_WORDS and not any(is_finite(t) for t in inner) \
                    and not any(t.start < q.start and _content_mark(t, self.lex.content_marks) for t in clause):
                return q.start, q.end
        return None

    def _demonstrative_report(self, v: Token, lemma: str, cue: list[Token]) -> Candidate | None:
        """"Dies bestätigte der Minister.": a demonstrative object in first position, the verb,
        then the subject; what was confirmed is the previous sentence (the engine fills it in)."""
        toks = self.sent.tokens
        first = toks[0]
        # an "article" right before the finite verb is the demonstrative ("Das erklärte der Sprecher")
        if v.id != 2 or first.xpos not in {"PDS", "ART"} or first.text.lower() not in self.lex.demonstratives \
                or lemma not in self.lex.speech or toks[-1].text == "?":
            return None
        nxt = v.id + 1
        while nxt <= len(toks) and toks[nxt - 1].upos == "ADV":
            nxt += 1
        speaker = [t for t in np_after(self.sent, nxt) if t.id not in {c.id for c in cue}] if nxt <= len(toks) else []
        if not speaker or (speaker[0].xpos == "PPER" and speaker[0].text.lower() not in self.lex.subject_pronouns):
            return None  # "Diese baten ihn …": the demonstrative is the subject
        speaker, head = join_hyphenated(self.sent, extend_apposition(self.sent, speaker), np_head(speaker))
        return Candidate("indirect", self.sent, cue, lemma, (first.start, first.end), speaker, head,
                         "indirect.demonstrative", f"'{first.text}' {v.text} + subject: the previous sentence is reported",
                         False, speaker_note=f"noun phrase after '{v.text}'", refers_back=True)

    def _speech_act(self, v: Token, lemma: str, cue: list[Token], speaker: list[Token], head: Token | None,
                    sp_note: str | None, sp_fallback: bool) -> Candidate | None:
        """A speech act with a noun-phrase content ("sprach von einem Erfolg", "verlangt
        Klarstellung"): a speech verb with a subject and an object or a von/über phrase."""
        if lemma not in self.lex.speech or head is None or v.feat("VerbForm") == "Inf":
            return None
        toks = self.sent.tokens
        if toks[-1].upos != "PUNCT" or head.xpos in {"PRELS", "PWS"} or v.rel in {"acl", "advcl"}:
            return None  # headings, relative and adverbial clauses
        if toks[-1].text == ":":
            return None  # "Er äußerte sich zufrieden:" -- the content follows (standalone quotations)
        finite = [v] + [c for c in self.sent.children(v) if c.rel in {"aux", "cop"}]
        if any(f.feat("Mood") == "Sub" for f in finite):
            return None  # Konjunktiv: reported speech continuing, found as such
        if any(c.deprel == "aux:pass" for c in self.sent.children(v)) or head.lemma.lower() in self.lex.generic_subjects:
            return None  # passive or generic ("nennt man"): no one is reported
        objects = [c for c in self.sent.children(v)  # a second "subject" is a misread object ("streitet dies ab")
                   if c.rel in {"obj", "iobj", "nsubj"} and c.upos in NOMINAL and c is not head]
        pps = [c for c in self.sent.children(v) if c.rel == "obl"
               and any(k.rel == "case" and k.lemma.lower() in self.lex.speech_act_prepositions for k in self.sent.children(c))]
        if lemma in self.lex.target_object_verbs:
            objects = []  # what is criticised or explained is no content
        if not objects and not pps:
            nxt = self.sent.tokens[v.id] if v.id < len(self.sent.tokens) else None
            if nxt is None or nxt.lemma.lower() not in self.lex.speech_act_prepositions:
                return None
        toks = _trim(list(self.sent.tokens))
        return Candidate("reported", self.sent, cue, lemma, _span(toks), speaker, head, "reported.speech_act",
                         f"{v.text} + {'object' if objects else 'prepositional phrase'}, no content clause",
                         sp_fallback, speaker_note=sp_note)

    def _complement_follows(self, v: Token) -> bool:
        """The verb's clause ends in ", dass" or ", ob" within a few words ("hofft die NASA, dass …")."""
        for t in self.sent.tokens[v.id: v.id + 8]:
            if t.text == ",":
                nxt = self.sent.tokens[t.id] if t.id < len(self.sent.tokens) else None
                return nxt is not None and _content_mark(nxt, self.lex.content_marks)
            if t.upos == "PUNCT" or is_finite(t):
                return False
        return False

    def _extend_right(self, content: tuple[int, int]) -> tuple[int, int]:
        """Reported speech goes on to the sentence end while later clauses stay in Konjunktiv
        ("…, das Regime wolle reden, doch es sei zu spät")."""
        rest = [t for t in self.sent.tokens if t.start >= content[1]]
        if any(self.cue_of(t) for t in rest):
            return content  # another report follows in the same sentence
        tail = _trim(rest)
        if tail and not any(is_finite(t) or t.text in {",", ";", ":", "(", "–"} or t.text in PAIRED for t in tail):
            return content[0], tail[-1].end  # "die Straße bleibe [gesperrt]": the parse left the clause's end out
        finite = [t for t in rest if is_finite(t) and not _in_quote(self.quotes, t.start)]
        if tail and (not finite or all(t.feat("Mood") == "Sub" for t in finite)) and tail[-1].text not in PAIRED:
            # "dass Moskau bereit sei[, zwischen … zu vermitteln, angesichts …]": no main clause follows
            return content[0], tail[-1].end
        return content

    def _extend_left(self, v: Token, content: tuple[int, int]) -> tuple[int, int]:
        """A clause right of the reporting verb starts right after the comma that opens it ("gab
        bekannt, [seinen Sekretär … zum Direktor] zu ernennen"), whatever the parse attached there."""
        between = [t for t in self.sent.tokens if v.end <= t.start < content[0]]
        comma = next((t for t in between if t.text in {",", ":"}), None)
        if comma is None:
            return content
        inside = [t for t in between if t.start > comma.start]
        if not inside or any(is_finite(t) or self.cue_of(t) for t in inside):
            return content
        return inside[0].start, content[1]

    def _close_quotes(self, content: tuple[int, int]) -> tuple[int, int]:
        """A content span never ends inside a quotation it opened: it runs to the closing mark."""
        for q in self.quotes:
            if content[0] <= q.start < content[1] < q.end and q.end <= self.sent.end + 1:
                return content[0], q.end
        return content

    def _comparative_clause(self, v: Token) -> set[int] | None:
        """The ids of a "wie X mitteilte" clause around `v`, or None."""
        start = v.id
        for t in reversed(self.sent.tokens[: v.id - 1]):
            if t.text in ",;:(" or (t.upos == "PUNCT" and t.text not in QUOTE_MARKS):
                break
            start = t.id
        first = self.sent.tokens[start - 1]
        if first.lemma.lower() not in self.lex.comparative or first.id == v.id:
            return None
        end = v.id
        for t in self.sent.tokens[v.id:]:
            if t.upos == "PUNCT":
                break
            end = t.id
        return set(range(start, end + 1))

    def _content(self, v: Token, lemma: str, cue: list[Token]) -> tuple[tuple[int, int] | None, str | None, bool]:
        sent = self.sent
        cue_ids = {t.id for t in cue}
        # parse: a content clause below the verb
        for c in sent.children(v):
            rel = c.rel
            ok = rel in {"ccomp", "parataxis", "csubj"} or (rel == "xcomp" and _zu_infinitive(sent, c)) \
                or (rel in {"advcl", "dep", "obj", "acl"} and c.upos in {"VERB", "AUX", "ADJ", "NOUN"} and _is_content_clause(sent, c, self.lex.content_marks))
            if ok and c.id > 0:
                toks = _trim([t for t in sent.subtree(c) if t.id not in cue_ids])
                if toks and (toks[0].xpos in {"PRELS", "PRELAT"} or (toks[0].id < v.id and not self._inverted(v)
                                                                     and not self._preposed(v, toks))):
                    continue  # a relative clause, or a clause before a verb that is not inverted
                if toks and any(t.upos in {"VERB", "AUX"} or t.upos == "ADJ" or t.upos in NOMINAL for t in toks):
                    return _span(toks), f"{v.text} -{c.deprel}-> {c.text}", False
        # parse: the reporting clause is itself parenthetical to the quoted or reported clause
        if v.rel == "parataxis" or (v.rel in {"ccomp", "advcl"} and self._after_comma(v)):
            head = sent.head_of(v)
            if head is not None:
                toks = _trim(_without(sent, head, {v.id}))
                before = [t for t in toks if t.id < v.id]
                if self.lex.medial_reporting_clause and before and not any(t.upos in {"VERB", "AUX"} for t in before):
                    before = []  # "The plan, he said, is ready": the words before are no clause of their own
                toks = before or toks
                if toks:
                    return _span(_trim(toks)), f"{head.text} -{v.deprel}-> {v.text}", False
        # characterisation: "bezeichnete X als Y"
        if lemma in self.lex.characterisation:
            als = [t for t in sent.tokens[v.id:] if t.lemma.lower() == "als"][:1]
            if als:
                after = [t for t in sent.tokens if v.id < t.id and t.id not in cue_ids]
                toks = []
                for t in after:  # up to the end of the als-phrase: a coordination or clause ends it
                    if t.id > als[0].id and (t.upos in {"CCONJ", "PUNCT"} or is_finite(t)):
                        break
                    toks.append(t)
                if any(t.id > als[0].id and t.upos in NOMINAL | {"ADJ"} for t in toks):
                    return _span(_trim(toks)), f"{v.text} … {als[0].text} (characterisation)", False
        return self._fallback_content(v, cue_ids)

    def _preposed(self, v: Token, content: list[Token]) -> bool:
        """"'…,' she said" (languages with `preposed_content`): the content lies wholly before the
        verb and only punctuation and the verb's subject stand between them."""
        if not self.lex.preposed_content or content[-1].id >= v.id:
            return False
        subj = subject(self.sent, v)
        inner = {t.id for t in self.sent.subtree(subj)} if subj is not None else set()
        between = self.sent.tokens[content[-1].id: v.id - 1]
        return any(t.upos == "PUNCT" for t in between) and all(t.upos == "PUNCT" or t.id in inner for t in between)

    def _inverted(self, v: Token) -> bool:
        """", sagte er": the verb follows a comma or quotation and is followed by its subject."""
        nxt = self.sent.tokens[v.id] if v.id < len(self.sent.tokens) else None
        return self._after_comma(v) and nxt is not None and nxt.upos != "PUNCT"

    def _relative_before(self, v: Token) -> int | None:
        """"Ein Beamter, der anonym bleiben wollte, sagte": the id of the comma that opens a
        relative clause ending right before the verb."""
        toks = self.sent.tokens
        if v.id < 3 or toks[v.id - 2].text != ",":
            return None
        for t in reversed(toks[: v.id - 2]):
            if t.text == "," and t.id < len(toks) and toks[t.id].xpos in {"PRELS", "PRELAT"}:
                return t.id
            if t.text in ".;:":
                return None
        return None

    def _after_comma(self, v: Token) -> bool:
        prev = self.sent.tokens[v.id - 2] if v.id > 1 else None
        return prev is not None and (prev.text == "," or prev.text in "“”«»\"")

    def _fallback_content(self, v: Token, cue_ids: set[int]) -> tuple[tuple[int, int] | None, str | None, bool]:
        """Token fallback: ", dass/ob/w-…", ": …", or ", <Konjunktiv clause>" after the verb;
        or a clause (or quotation) ending in a comma right before an inverted reporting verb."""
        sent = self.sent
        toks = sent.tokens
        for i in range(v.id, len(toks)):
            t = toks[i]
            if t.text in {",", ":"} and i + 1 < len(toks):
                nxt = toks[i + 1]
                if t.text == "," and is_finite(nxt) and nxt.upos in {"VERB", "AUX"}:
                    break  # "…, der nicht genannt werden wollte, sagte, …": the clause ends, the main verb follows
                rest = [u for u in toks[i + 1:] if u.id not in cue_ids]
                clause_sub = any(u.feat("Mood") == "Sub" for u in rest if is_finite(u) and not _in_quote(self.quotes, u.start))
                if t.text == ":" or _content_mark(nxt, self.lex.content_marks) or nxt.xpos in WH_TAGS or clause_sub \
                        or nxt.text in "„»«“\"":
                    rest = _trim(rest)
                    if rest:
                        return _span(rest), f"fallback: '{v.text}' then '{t.text} {nxt.text}'", True
                if not self._apposition_after(i + 1):
                    break  # "sagte Jon Bon Jovi, Gründer der Band: „…“": an apposition is passed over
            if t.text in ".;!?" or (is_finite(t) and t.id != v.id and t.upos == "VERB"):
                break
        if self._after_comma(v):
            before = _trim([u for u in toks[: v.id - 1]])
            if before and any(is_finite(u) for u in before):
                return _span(before), f"fallback: clause, then ', {v.text}'", True
        return None, None, False

    def _oblique(self, head: Token) -> bool:
        """The noun phrase opens with an article that no subject has ("den", "einem")."""
        first = first_word(self.sent, head)
        return first.upos == "DET" and first.text.lower() in self.lex.oblique_determiners

    def _apposition_after(self, index: int) -> bool:
        """The tokens from position `index` (0-based) to the next punctuation form a noun phrase."""
        seg = []
        for u in self.sent.tokens[index:]:
            if u.upos == "PUNCT":
                break
            seg.append(u)
        return bool(seg) and any(u.upos in {"NOUN", "PROPN"} for u in seg) \
            and all(u.upos in {"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "CCONJ", "X"} for u in seg)

    def speaker_of(self, v: Token, content: tuple[int, int] | None) -> tuple[list[Token], Token | None, str | None, bool]:
        """The reporting verb's speaker: its subject (parse), else a fallback noun phrase; with the
        path and whether a fallback was used."""
        stop = {t.id for t in self.sent.tokens if content and content[0] <= t.start < content[1]} | {v.id}
        if content and content[0] < v.start < content[1] and self.lex.medial_reporting_clause:
            # "The plan, he said, is ready": the reporting clause inside its content keeps its subject
            stop -= {t.id for c in self.sent.children(v) if c.rel == "nsubj" for t in self.sent.subtree(c)}
        toks, head, note, fallback = self._speaker(v, content, stop)
        if head is not None and head.lemma.lower() in self.lex.generic_subjects:
            return [], None, f"generic subject '{head.text}': no one in particular", fallback
        toks, head = join_hyphenated(self.sent, extend_name(self.sent, toks, self.lex.first_names, stop), head)
        if head is not None and head.upos in {"NOUN", "PROPN"} and could_speak(head, self.lex):
            toks = extend_owner(self.sent, toks, stop)
        return _without_relative(toks), head, note, fallback

    def _inverted_subject(self, v: Token, stop: set[int]) -> tuple[list[Token], Token] | None:
        """", sagte Gaby Allendorf", "Dies teilte der Minister mit": a noun phrase right after the
        verb that can speak."""
        nxt = v.id + 1
        while nxt <= len(self.sent.tokens) and self.sent.tokens[nxt - 1].upos == "ADV":
            nxt += 1
        toks = [t for t in np_after(self.sent, nxt) if t.id not in stop] if nxt <= len(self.sent.tokens) else []
        head = np_head(toks)
        if not toks or head is None or (toks[0].upos == "DET" and toks[0].text.lower() in self.lex.oblique_determiners):
            return None  # "Diese drohten dem Mann an": a dative is no subject
        return (toks, head) if could_speak(head, self.lex) else None

    def _object_as_subject(self, v: Token, stop: set[int]) -> tuple[list[Token], Token, str, bool] | None:
        """A verb with no subject whose object stands between its finite auxiliary and itself and
        opens with a nominative article: the parser took the inverted subject for an object ("hat
        der VfGH entschieden", "hatte der Sicherheitsberater der Regierung gesagt")."""
        sent, lex = self.sent, self.lex
        kids = sent.children(v)
        aux = next((c for c in kids if c.rel == "aux" and is_finite(c) and c.id < v.id), None)
        if aux is None or any(c.rel == "nsubj" for c in kids) or full_lemma(sent, v, lex.particle_lemma)[0] in lex.addressing_verbs:
            return None
        for c in kids:
            if c.rel in {"obj", "iobj"} and aux.id < c.id < v.id and c.upos in NOMINAL and c.id not in stop:
                first = first_word(sent, c)
                if first.upos == "DET" and first.text.lower() in lex.oblique_determiners:
                    continue
                if not could_speak(c, lex) or c.upos == "PRON":
                    continue
                toks = extend_apposition(sent, np_tokens(sent, c, stop))
                return toks, c, f"{v.text} -{c.deprel}-> {c.text} (a subject between '{aux.text}' and '{v.text}')", True
        return None

    def _speaker(self, v: Token, content: tuple[int, int] | None,
                 stop: set[int]) -> tuple[list[Token], Token | None, str | None, bool]:
        """`stop`: the verb and the content's tokens, which no speaker phrase takes."""
        sent = self.sent
        subj = subject(sent, v)
        if subj is not None and content and content[0] <= subj.start < content[1]:
            subj = None  # "Die Gefährdung ist höher, stellten die Forscher fest": that subject is the content's
        if subj is not None and self._oblique(subj):
            subj = None  # "Den Schaden schätzt die Polizei auf …": an accusative or dative phrase
        # a subject never carries a preposition: such a parse is wrong, use the fallbacks
        if subj is not None and subj.lemma.lower() in self.lex.generic_subjects:
            return [], None, f"generic subject '{subj.text}'", False
        if subj is not None and subj.lemma.lower() != "es" and not any(c.rel == "case" for c in sent.children(subj)):
            toks = extend_apposition(sent, np_tokens(sent, subj, stop))
            inverted = self._inverted_subject(v, stop) if self._after_comma(v) or subj.xpos == "PDS" else None
            if toks and not could_speak(subj, self.lex) and inverted:
                return inverted[0], inverted[1], f"noun phrase after '{v.text}' (the parsed subject '{subj.text}' cannot speak)", True
            if toks:
                return toks, subj, f"{v.text} -nsubj-> {subj.text}", False
        misread = self._object_as_subject(v, stop)
        if misread is not None:  # "hatte der Sicherheitsberater gesagt": a subject parsed as object
            return misread
        for c in sent.children(v):  # "in einer Erklärung des Ministeriums hieß es": the document's owner
            if c.rel in {"obl", "nmod"} and c.upos == "NOUN" and c.lemma in self.lex.cue_nouns:
                owner = next((o for o in sent.children(c) if o.rel == "nmod" and o.id > c.id and self._genitive(o)), None)
                if owner is not None:
                    toks = [t for t in np_tokens(sent, owner, stop | {c.id}) if t.id > c.id]
                    return toks, owner, f"{v.text} -{c.deprel}-> {c.text} -nmod-> {owner.text}", False
        key = self.cue_of(v)
        if key is not None and key[0] in self.lex.impersonal_cues:  # "Aus Paris hieß es", "im Bericht heißt es"
            for c in sent.children(v):
                cases = [k.lemma.lower() for k in sent.children(c) if k.rel == "case"]
                antecedent = sent.head_of(v) if c.xpos == "PRELS" and v.rel == "acl" else None
                if antecedent is not None and antecedent.upos in {"NOUN", "PROPN"} and cases and cases[0] in self.lex.source_prepositions:
                    toks = [t for t in np_tokens(sent, antecedent, stop | {c.id}) if t.id < c.id and t.text != ","]
                    return toks, antecedent, f"{v.text} -{c.deprel}-> '{c.text}' (relative pronoun) = {antecedent.text}", False
                if c.rel in {"obl", "nmod"} and c.upos in {"NOUN", "PROPN"} and cases and cases[0] in self.lex.source_prepositions:
                    toks = [t for t in np_tokens(sent, c, stop) if t.rel != "case" and t.id != v.id]
                    return toks, c, f"{v.text} -{c.deprel}-> {c.text} (the document or place speaks)", False
        if any(c.deprel in {"aux:pass", "nsubj:pass"} for c in sent.children(v)):
            agent = next((c for c in sent.children(v) if c.deprel == "obl:agent"), None) or next(
                (c for c in sent.children(v) if c.rel == "obl" and any(k.rel == "case" and k.lemma.lower() == "von"
                                                                     for k in sent.children(c))), None)
            if agent is not None:
                toks = [t for t in np_tokens(sent, agent, stop) if t.upos != "ADP"]
                return toks, agent, f"{v.text} -obl:agent-> {agent.text}", False
            document = next((c for c in sent.children(v) if c.rel == "obl" and c.upos == "NOUN" and c.lemma in self.lex.cue_nouns
                             and c.id not in stop), None)
            if document is not None:  # "wird in der Mitteilung betont": the document speaks
                toks = [t for t in np_tokens(sent, document, stop) if t.upos != "ADP"]
                return toks, document, f"{v.text} -obl-> {document.text} (passive: the document speaks)", False
            return [], None, "passive without agent", False
        # fallback: the noun phrase right after an inverted verb, or the sentence-initial one
        nxt = v.id + 1
        while nxt <= len(sent.tokens) and sent.tokens[nxt - 1].upos == "ADV":
            nxt += 1
        toks = [t for t in np_after(sent, nxt) if t.id not in stop] if nxt <= len(sent.tokens) else []
        if toks:
            return toks, np_head(toks), f"fallback: noun phrase after '{v.text}'", True
        toks = extend_apposition(sent, [t for t in np_before(sent, v.id) if t.id not in stop])
        if toks:
            return toks, np_head(toks), f"fallback: noun phrase before '{v.text}'", True
        comma = self._relative_before(v)
        toks = np_before(sent, comma) if comma else []
        if toks:
            return toks, np_head(toks), f"fallback: noun phrase before the relative clause and '{v.text}'", True
        prev = sent.tokens[v.id - 2] if v.id > 1 else None
        if prev is not None and prev.upos == "CCONJ":  # "… bezeichnete … und erklärte, …"
            first = next((t for t in reversed(sent.tokens[: prev.id - 1]) if is_finite(t) and t.upos == "VERB"), None)
            if first is not None:
                toks, head, note, _ = self._speaker(first, content, (stop - {v.id}) | {first.id})
                if toks:
                    return toks, head, f"fallback: coordinated with '{first.text}', {note}", True
        return [], None, None, False

    # -- source markers ------------------------------------------------------------------------
    def marker_candidates(self) -> list[Candidate]:
        out = []
        sent, lex = self.sent, self.lex
        toks = sent.tokens
        for t in toks:
            if _in_quote(self.quotes, t.start):
                continue
            low = t.lemma.lower()
            cand: Candidate | None = None
            fixed = _fixed_adposition(sent, t, lex.prepositions)
            if fixed is not None:  # "according to": a word with its fixed words, as one preposition
                cand = self._owner_after(t, fixed, " ".join(u.text.lower() for u in fixed), "according_to.preposition")
            elif low in lex.postposed_frames and t.id > 1 and toks[t.id - 2].upos == "NOUN" \
                    and toks[t.id - 2].lemma in lex.postposed_frames[low]:
                cand = self._postposed_frame(t, toks[t.id - 2])
            elif low in lex.frames and t.upos == "ADP" and low not in lex.postpositions and (frame := self._frame(t)):
                cand = frame
            elif low in lex.prepositions and t.upos == "ADP":
                cand = self._owner_after(t, [t], low, "according_to.preposition")
            elif low in lex.postpositions:
                cand = self._postposition(t)
            elif low in lex.anaphoric and t.id > 2 and toks[t.id - 2].text == "," and toks[t.id - 3].upos in {"NOUN", "PROPN"}:
                cand = self._relative_marker(t)
            elif low in lex.anaphoric:
                runs = _longest_run(sent, {u.id for u in toks if u.id != t.id and u.upos != "PUNCT"})
                cand = Candidate("according_to", sent, [t], low, _span(runs), [], None, "according_to.anaphoric",
                                 f"'{t.text}' refers back to the previous report", False, anaphoric=True, phrase=[t])
            elif low in lex.so_words and t.upos == "ADV" and t.id > 2 and toks[t.id - 2].text in SO_OPENERS:
                cand = self._so_marker(t)
            if cand is not None:
                out.append(cand)
        return _merge_relative_markers(out)

    def _relative_marker(self, adverb: Token) -> Candidate:
        """"Nach Berichten, wonach …", "ein Papier, wonach …": the noun before the comma is the
        source and the content is the clause the adverb opens, up to its closing comma."""
        sent, toks = self.sent, self.sent.tokens
        owner = np_before(sent, adverb.id - 1) or [toks[adverb.id - 3]]
        content: list[Token] = []
        for u in toks[adverb.id:]:
            if u.text in {",", ";", ".", "!", "?", ":"} and any(is_finite(c) for c in content):
                break
            content.append(u)
        return Candidate("according_to", sent, [adverb], adverb.lemma.lower(), _span(_trim(content)), owner, np_head(owner),
                         "according_to.relative_adverb", f"'{adverb.text}' after the noun '{owner[-1].text}'", False,
                         speaker_note=f"the noun before ', {adverb.text}'")

    def _so_marker(self, so: Token) -> Candidate | None:
        """"…, so der Minister (im Fernsehen).", "…, so Gall, „…“", "– so der Vorwurf –": *so* after a
        comma or dash, a noun phrase (with its apposition), then the sentence end or a closing mark."""
        sent, toks = self.sent, self.sent.tokens
        owner = extend_apposition(sent, np_after(sent, so.id + 1))
        if not owner or any(u.upos == "PUNCT" and u.text not in ",()" for u in owner):
            return None
        rest = toks[owner[-1].id:]
        body = [u for u in rest if u.text not in {".", "!"}]  # "…, so Frank Karl, Leiter der Abteilung."
        if len(body) > 1 and body[0].text == "," and not any(u.upos == "PUNCT" for u in body[1:]) \
                and self._apposition_after(owner[-1].id + 1):
            owner, rest = owner + body, rest[len(body):]
        closer = next((i for i, u in enumerate(rest) if u.text in SO_CLOSERS), None)
        if closer is not None and closer + 1 < len(rest) and rest[closer + 1].upos != "PUNCT" \
                and all(u.upos not in {"VERB", "AUX"} for u in rest[:closer]):
            tail = rest[: closer + 1]  # parenthetical: the clause goes on after it
            how = f"'{so.text}' + noun phrase between commas or dashes"
        elif all(u.upos not in {"VERB", "AUX"} and u.text not in {",", ":", ";"} for u in rest):
            tail = rest  # "…, so Obama weiter.", "…, so X im Fernsehen."
            how = f"', {so.text}' + noun phrase at sentence end"
        else:
            return None
        return self._marker([so], "so", owner, np_head(owner), "according_to.so_after_clause", how, True,
                            frame=[u for u in tail if u.upos != "PUNCT"])

    def _frame(self, prep: Token) -> Candidate | None:
        nouns = self.lex.frames[prep.lemma.lower()]
        toks = self.sent.tokens
        poss = refl = None
        for u in toks[prep.id: prep.id + 3]:
            if u.upos == "NOUN" and _frame_noun(u, nouns):
                key = f"{prep.lemma.lower()} {u.lemma}"
                if poss is not None:
                    return self._marker([prep, u], key, [poss], poss, "according_to.frame_possessive",
                                        f"{prep.text} {poss.text} {u.text}", False)
                subj = self._clause_subject(prep) if refl is not None else None
                if refl is not None and subj is not None:
                    owner = np_tokens(self.sent, subj, {prep.id, u.id})
                    return self._marker([prep, u], key, owner, subj, "according_to.frame_reflexive",
                                        f"{prep.text} {refl.text} {u.text}: subject {subj.text}", False,
                                        phrase=[t for t in self.sent.tokens if prep.id < t.id <= u.id])
                return self._owner_after(u, [prep, u], key, "according_to.frame")
            if (u.upos in {"DET", "PRON"} and is_possessive(u)) or (u.upos == "PROPN" and u.text.endswith("s")):
                poss = u  # "nach seinen Angaben", "nach Grupps Meinung"
            elif u.lemma.lower() in self.lex.reflexive_owners:  # "nach eigenen Angaben": the clause's subject
                refl = u
            elif u.upos not in {"DET", "ADJ"}:
                return None
        return None

    def _clause_subject(self, t: Token) -> Token | None:
        """The subject of the clause that `t` belongs to (the nearest verb above it)."""
        cur = self.sent.head_of(t)
        while cur is not None and cur.upos not in {"VERB", "AUX"}:
            cur = self.sent.head_of(cur)
        return subject(self.sent, cur) if cur is not None else None

    def _owner_after(self, anchor: Token, cue: list[Token], key: str, rule: str) -> Candidate:
        """The source right after a marker: parse (the marker's noun or its genitive), else tokens."""
        sent = self.sent
        head = sent.head_of(anchor)
        cue_ids = {c.id for c in cue}
        if _is_adposition(anchor) and anchor.rel == "case" and head is not None and head.id > anchor.id and head.upos in NOMINAL:
            owner = [t for t in np_tokens(sent, head, cue_ids) if t.id > anchor.id]
            return self._marker(cue, key, owner, head, rule, f"{anchor.text} -case-> {head.text}", False)
        owners = [c for c in sent.children(anchor) if c.rel == "nmod" and c.id > anchor.id]
        owners.sort(key=lambda c: not self._genitive(c))
        if owners:
            c = owners[0]
            end = max(t.id for t in np_tokens(sent, c, cue_ids))
            owner = [t for t in sent.tokens if anchor.id < t.id <= end]
            return self._marker(cue, key, owner, c, rule, f"{anchor.text} -nmod-> {c.text}", False)
        owner = np_after(sent, anchor.id + 1)
        if owner and owner[0].upos == "ADP" and owner[0].lemma.lower() != "von":
            owner = []
        if owner and anchor.upos == "NOUN" and opens_next_phrase(owner[0]):
            owner = []  # "nach Polizeiangaben | einen Toten": a noun's owner is a genitive
        if not owner and anchor.upos == "NOUN":  # "nach offiziellen Angaben", "nach Polizeiangaben": the report itself
            mods = [t for t in sent.tokens if cue[0].id < t.id < anchor.id and t.upos in {"ADJ", "DET"}]
            return self._marker(cue, key, mods + [anchor], anchor, rule + ".unowned",
                                f"'{anchor.text}' with no owner", False)
        owner = [t for t in owner if not (t.upos == "ADP" and t is owner[0])]
        return self._marker(cue, key, owner, np_head(owner) if owner else None, rule + ".fallback",
                            f"fallback: noun phrase after '{anchor.text}'", True)

    def _postposed_frame(self, post: Token, noun: Token) -> Candidate:
        """"Seiner Meinung nach", "Dem Vernehmen nach": a possessive owner, or none."""
        before = [u for u in self.sent.tokens[: noun.id - 1]][-2:]
        poss = next((u for u in before if is_possessive(u)), None)
        key = f"{noun.lemma} {post.lemma}"
        if poss is not None:
            return self._marker([noun, post], key, [poss], poss, "according_to.postposed_frame_possessive",
                                f"{poss.text} {noun.text} {post.text}", False)
        owner = [c for c in self.sent.children(noun) if c.rel == "nmod"]
        if owner:
            toks = np_tokens(self.sent, owner[0], {post.id, noun.id})
            return self._marker([noun, post], key, toks, owner[0], "according_to.postposed_frame",
                                f"{noun.text} -nmod-> {owner[0].text}", False)
        return self._marker([noun, post], key, [], None, "according_to.postposed_frame",
                            f"{noun.text} {post.text} with no owner", False)

    def _genitive(self, noun: Token) -> bool:
        """A genitive or von-phrase owner ("der Polizei", "von Experten"), not another prepositional phrase."""
        cases = [k for k in self.sent.children(noun) if k.rel == "case"]
        return not cases or any(k.lemma.lower() == "von" for k in cases)

    def _postposition(self, post: Token) -> Candidate | None:
        """"Den Quellen zufolge", "Angaben der Polizei zufolge": the source comes before."""
        sent = self.sent
        toks = sent.tokens
        start = post.id - 1
        while start >= 1 and (toks[start - 1].upos in {"DET", "ADJ", "NOUN", "PROPN", "NUM"} or toks[start - 1].lemma == "von"
                              or toks[start - 1].text in QUOTE_MARKS):  # "Einem Artikel der Zeitung „Die Welt“ zufolge"
            start -= 1
        owner = [t for t in toks[start: post.id - 1]]
        if not owner:
            return None
        frame_nouns = self.lex.frames.get(post.lemma.lower(), frozenset())
        noun = next((i for i, t in enumerate(owner) if t.upos not in {"DET", "ADJ"}), 0)
        if owner[noun].upos == "NOUN" and owner[noun].lemma in frame_nouns and len(owner) > noun + 1:
            cue = [owner[noun], post]  # "(Einem) Bericht der Zeitung zufolge"
            owner = owner[noun + 1:]
            return self._marker(cue, f"{owner[0].lemma} {post.lemma}", owner, np_head(owner), "according_to.frame_postposition",
                                f"{cue[0].text} … {post.text}", False)
        head = sent.head_of(post)
        parse_ok = head is not None and head.id < post.id and post.rel == "case"
        return self._marker([post], post.lemma.lower(), owner, head if parse_ok else np_head(owner), "according_to.postposition",
                            f"{head.text if head else owner[-1].text} <-case- {post.text}" if parse_ok else
                            "fallback: noun phrase before the postposition", not parse_ok)

    def _marker(self, cue: list[Token], key: str, owner: list[Token], head: Token | None, rule: str,
                path: str, fallback: bool, phrase: list[Token] | None = None, frame: Sequence[Token] = ()) -> Candidate:
        """A source-marker candidate: the content is the rest of the clause outside the marker's
        phrase and its `frame` ("…, so der Minister [im Fernsehen]")."""
        sent = self.sent
        dash = next((i for i, t in enumerate(owner) if i and t.text in DASHES and owner[i - 1].end < t.start), None)
        if dash is not None:  # "nach Angaben der Sport-Bild [- mit 98 Millionen Euro …]": a dash closes the marker
            owner = owner[:dash]
            head = head if head in owner else np_head(owner)
        owner = extend_name(sent, owner, self.lex.first_names, {t.id for t in cue})
        phrase = self._marker_phrase(cue, owner) if phrase is None else phrase
        drop = {t.id for t in cue} | {t.id for t in phrase or owner} | {t.id for t in frame}
        # the content is the clause around the marker ("Die Feuerwehr hat nach eigenen Angaben …
        # abgesucht"): writers that need it leave the marker's words out
        content = _span(_trim([t for t in sent.tokens if t.id not in drop]))
        kind: Kind = "according_to"
        if content and any(q.start <= content[0] + 1 and content[1] - 1 <= q.end for q in self.quotes):
            kind = "direct"  # "„…“, so der Minister": the marked content is a quotation
        return Candidate(kind, sent, sorted(cue, key=lambda t: t.id), key, content, owner, head,
                         rule, path, fallback, speaker_note=path, phrase=phrase)

    def _marker_phrase(self, cue: list[Token], owner: list[Token]) -> list[Token]:
        """The marker's noun phrase without its adposition, as annotators mark the source:
        *nach [ersten Angaben der Polizei]*, *[einem Bericht der BBC] zufolge*, *[seiner Meinung] nach*."""
        lex = self.lex
        adpositions = lex.prepositions | lex.postpositions | set(lex.frames) | lex.so_words
        cue_ids = {t.id for t in cue}
        fixed = _fixed_adposition(self.sent, cue[0], adpositions) if cue else None
        ids = {t.id for t in owner} | {t.id for t in cue if t.lemma.lower() not in adpositions and not (fixed and t in fixed)}
        if not ids:
            return []
        toks = self.sent.tokens
        lo, hi = min(ids), max(ids)
        while lo > 1 and toks[lo - 2].upos in {"DET", "ADJ"} and lo - 1 not in cue_ids:
            lo -= 1  # "nach [ersten] Angaben", "[einem] Bericht … zufolge"
        phrase = [t for t in toks if lo <= t.id <= hi]
        if any(is_finite(t) and t.id not in ids for t in phrase):
            return owner  # the owner lies far from the marker: keep to its own words
        return phrase

    # -- attitude frames ------------------------------------------------------------------------
    def frame_candidates(self, taken: list[Candidate]) -> list[Candidate]:
        """A content clause that depends on an attitude noun or adjective of its clause, not on a
        reporting verb: "ist der Meinung, dass …", "vertritt die These, dass …", "hält es für
        möglich, dass …", "zeigte sich optimistisch, dass …". The holder is the clause's subject."""
        sent, lex = self.sent, self.lex
        toks = sent.tokens
        out: list[Candidate] = []
        for comp in toks:
            if not _content_mark(comp, self.lex.content_marks) or comp.id < 3 \
                    or (lex.content_comma and toks[comp.id - 2].text != ","):
                continue
            if any(c.content and c.content[0] <= comp.start < c.content[1] for c in taken + out):
                continue
            frame = self._attitude_word(comp)
            if frame is None:
                continue
            verb = next((t for t in reversed(toks[: frame.id]) if is_finite(t)), None) \
                or next((t for t in toks[frame.id: comp.id] if is_finite(t)), None)
            if verb is None or verb.feat("Mood") == "Sub" or _in_quote(self.quotes, comp.start):
                continue  # a Konjunktiv frame is itself reported ("Er habe die Sorge, dass …"); a quote is speech already
            holder = next((h for h in (subject(sent, frame), subject(sent, verb)) if h is not None), None)
            if holder is None or holder is frame or holder.lemma in lex.attitude_nouns \
                    or holder.lemma.lower() in {"es", *lex.generic_subjects} or holder.xpos in {"PRELS", "PWS"}:
                continue  # "es besteht Sorge, dass …" names no holder
            clause = self._clause_after(comp)
            if not clause:
                continue
            speaker = extend_apposition(sent, np_tokens(sent, holder, {verb.id, frame.id, comp.id}))
            cue = sorted({verb.id: verb, frame.id: frame}.values(), key=lambda t: t.id)
            out.append(Candidate("indirect", sent, cue, f"{frame.lemma} ({verb.lemma})", _span(clause), speaker, holder,
                                 "indirect.attitude_frame", f"'{frame.text}' + ', {comp.text}' clause; holder {verb.text} -nsubj-> {holder.text}",
                                 False, speaker_note=f"subject of '{verb.text}'"))
        return out

    def _attitude_word(self, comp: Token) -> Token | None:
        """The attitude noun or adjective closing the clause right before ", dass" (a few words back)."""
        lex = self.lex
        end = comp.id - 2 if lex.content_comma else comp.id - 1  # the comma before "dass"; none before "that"
        for t in reversed(self.sent.tokens[max(0, end - 3): end]):
            if t.upos == "PUNCT" or is_finite(t):
                return None
            if (t.upos == "NOUN" and t.lemma in lex.attitude_nouns) or \
                    (t.upos == "ADJ" and t.xpos != "ADJA" and t.lemma.lower() in lex.attitude_adjectives):
                return t
        return None

    def _clause_after(self, comp: Token) -> list[Token]:
        """The clause a complementiser opens (without it): its verb's subtree, else to the sentence end."""
        sent = self.sent
        head = sent.head_of(comp)
        toks = [t for t in sent.subtree(head) if t.id > comp.id] if head is not None and comp.rel == "mark" and head.id > comp.id \
            else [t for t in sent.tokens if t.id > comp.id]
        return _trim(toks)

    # -- hearsay ---------------------------------------------------------------------------------
    def reportative_candidates(self) -> list[Candidate]:
        out = []
        sent, lex = self.sent, self.lex
        for t in sent.tokens:
            if _in_quote(self.quotes, t.start):
                continue
            low = t.lemma.lower()
            if low in lex.reportative_modals and is_finite(t) and self._perfect_infinitive(t):
                out.append(self._hearsay(t, "reportative.modal_perfect", f"'{t.text}' + perfect infinitive"))
            elif low in lex.reportative_adverbs and t.upos in {"ADV", "ADJ"} and t.xpos != "ADJA":
                out.append(self._hearsay(t, "reportative.adverb", f"adverb '{t.text}'"))
            elif low in lex.passive_verbs and self._passive_with_infinitive(t):
                out.append(self._hearsay(t, "reportative.passive_infinitive", f"passive '{t.text}' + to-infinitive"))
            elif t.upos == "NOUN" and (t.lemma in lex.evidence_nouns) and self._ownerless_content(t):
                out.append(self._hearsay(t, "reportative.evidence_noun", f"'{t.text}' + content clause, no owner"))
        phrase = self._reportative_phrase()
        if phrase is not None:
            out.append(phrase)
        return self._one_hearsay(out)

    def _reportative_phrase(self) -> Candidate | None:
        """A multiword hearsay marker of the lexicon ("rumor has it", "word is"), as a lemma
        sequence at the start of the sentence: hearsay with no owner."""
        toks = [t for t in self.sent.tokens if t.upos != "PUNCT"]
        lemmas = [t.lemma.lower() for t in toks]
        for pattern in self.lex.reportative_phrases:
            n = len(pattern)
            if n and tuple(lemmas[:n]) == tuple(p.lower() for p in pattern) and not _in_quote(self.quotes, toks[0].start):
                cand = self._hearsay(toks[0], "reportative.phrase", f"phrase '{' '.join(t.text for t in toks[:n])}'")
                cand.cue = toks[:n]
                cand.cue_lemma = " ".join(pattern)
                return cand
        return None

    def _one_hearsay(self, found: list[Candidate]) -> list[Candidate]:
        """"Angeblich soll er …": an adverb and a modal in one sentence are one piece of hearsay."""
        if len(found) <= 1:
            return found
        first = found[0]
        first.cue = sorted({t.id: t for c in found for t in c.cue}.values(), key=lambda t: t.id)
        first.notes.append("hearsay marked " + " and ".join(f"'{c.cue[0].text}'" for c in found))
        return [first]

    def _perfect_infinitive(self, modal: Token) -> bool:
        """"soll … gesagt haben": a participle and an infinitive of *sein*/*haben* in the clause."""
        head = self.sent.head_of(modal)
        toks = self.sent.subtree(head) if head is not None and modal.rel == "aux" else list(self.sent.tokens)
        inf = [u for u in toks if u.xpos == "VAINF" and u.lemma in {"sein", "haben"}]
        return any(any(p.xpos in {"VVPP", "VAPP", "VMPP"} and p.id < i.id for p in toks) for i in inf)

    def _passive_with_infinitive(self, v: Token) -> bool:
        """"He is said to have left": a past participle with an auxiliary (`aux:pass`, or `aux` as
        parsers also give it) and an infinitive `xcomp` marked by a particle."""
        if v.feat("VerbForm") != "Part" or v.feat("Tense") != "Past":
            return False
        kids = self.sent.children(v)
        if not any(c.rel == "aux" for c in kids):
            return False
        return any(c.rel == "xcomp" and any(k.rel == "mark" and k.upos == "PART" for k in self.sent.children(c)) for c in kids)

    def _ownerless_content(self, noun: Token) -> bool:
        kids = self.sent.children(noun)
        if any(k.rel == "nmod" or is_possessive(k) for k in kids):
            return False
        window = self.sent.tokens[noun.id: noun.id + 4]
        return any(_content_mark(u, self.lex.content_marks) for u in window)

    def _hearsay(self, cue: Token, rule: str, path: str) -> Candidate:
        runs = _longest_run(self.sent, {t.id for t in self.sent.tokens if t.upos != "PUNCT"})
        return Candidate("reportative", self.sent, [cue], cue.lemma, _span(runs), [], None, rule, path, False)


def _merge_relative_markers(cands: list[Candidate]) -> list[Candidate]:
    """"Nach Berichten, wonach …" is one marker: the frame's cue joins the relative adverb's,
    whose content stops at the end of its clause."""
    relative = [c for c in cands if c.rule == "according_to.relative_adverb"]
    out = []
    for c in cands:
        joined = next((r for r in relative if r is not c and c.cue and r.speaker and c.cue[-1].id == r.speaker[-1].id), None)
        if joined is None:
            out.append(c)
        else:
            joined.cue = sorted([*c.cue, *joined.cue], key=lambda t: t.id)
            joined.cue_lemma = f"{c.cue_lemma} … {joined.cue_lemma}"
    return out


def _without_relative(tokens: list[Token]) -> list[Token]:
    """A mention without a relative clause that follows it ("Ein Mitarbeiter der Stadt[, der …]")."""
    for i, t in enumerate(tokens[:-1]):
        if t.text == "," and tokens[i + 1].xpos in {"PRELS", "PRELAT"} \
                and (i + 2 == len(tokens) or any(is_finite(u) for u in tokens[i + 2:])):
            return tokens[:i]
    return tokens


def _frame_noun(t: Token, nouns: frozenset[str]) -> bool:
    """The noun is a frame noun or a compound ending in one ("Medienberichten" -> "Bericht")."""
    if t.lemma in nouns or t.text in nouns:
        return True
    low = t.lemma.lower()
    return any(low.endswith(n.lower()) and len(low) - len(n) >= 3 for n in nouns)


def _longest_run(sent: Sentence, ids: set[int]) -> list[Token]:
    """The longest stretch of consecutive tokens (punctuation allowed inside) whose ids are in `ids`."""
    best: list[Token] = []
    cur: list[Token] = []
    for t in sent.tokens:
        if t.id in ids:
            cur.append(t)
        elif t.upos == "PUNCT" and cur:
            cur.append(t)
        else:
            if len([u for u in cur if u.upos != "PUNCT"]) > len([u for u in best if u.upos != "PUNCT"]):
                best = cur
            cur = []
    if len([u for u in cur if u.upos != "PUNCT"]) > len([u for u in best if u.upos != "PUNCT"]):
        best = cur
    return _trim(best)
