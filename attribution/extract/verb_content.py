"""What a reporting verb reports: its content clause or quotation, by parse or token fallback, extended to where the report ends."""
from __future__ import annotations

from attribution.extract.candidate import Context, in_quote, span, trim
from attribution.extract.classify import could_speak
from attribution.extract.reporting_verb import cue_of
from attribution.extract.syntax import (NOMINAL, PAIRED, after_comma, apposition_after, is_content_mark, is_finite,
                                        is_interrogative, is_relative, subject, zu_infinitive_clause)
from attribution.types import Sentence, Token

MAX_LABEL_WORDS = 12  # a characterising quotation is a label, not a statement
Content = tuple[tuple[int, int] | None, str | None, bool]  # span, dependency path or fallback, whether a fallback


def content_of(ctx: Context, v: Token, lemma: str, cue: list[Token]) -> Content:
    """The reporting verb's content: a clause below it, the clause it is parenthetical to, the
    als-phrase of a characterisation, else the token fallback."""
    sent, lex = ctx.sent, ctx.lex
    cue_ids = {t.id for t in cue}
    # parse: a content clause below the verb
    for c in sent.children(v):
        rel = c.rel
        purpose = any(k.upos == "SCONJ" for k in sent.children(c))  # "um/ohne … zu": no content
        ok = rel in {"ccomp", "parataxis", "csubj"} or (rel in {"xcomp", "advcl"} and zu_infinitive_clause(sent, c) and not purpose) \
            or (rel in {"advcl", "dep", "obj", "acl"} and c.upos in {"VERB", "AUX", "ADJ", "NOUN"} and _is_content_clause(sent, c, lex.content_marks))
        if ok and c.id > 0:
            toks = trim([t for t in sent.subtree(c) if t.id not in cue_ids])
            if len(toks) == 1 and c.id > 1 and c.text[:1].isupper() and sent.tokens[c.id - 2].upos == "PROPN":
                continue  # "sagte Geschäftsführer Felix Kusch": a surname the tagger took for a verb
            if toks and toks[0].lemma.lower() in lex.comparative and cue_of(ctx, c) is not None:
                continue  # "Wie der Spiegel berichtet, will Russland …": a source marker, no content
            if toks and (is_relative(toks[0]) or toks[0].lemma.lower() in lex.anaphoric  # "…, wonach …" is the noun's
                         or (toks[0].id < v.id and not _inverted(sent, v)
                                                  and not _preposed(ctx, v, toks))):
                continue  # a relative clause, or a clause before a verb that is not inverted
            if toks and toks[0].id < v.id < toks[-1].id and after_comma(sent, v) and not lex.medial_reporting_clause \
                    and not any(in_quote(ctx.quotes, t.start) for t in toks if t.id > v.id):
                toks = trim([t for t in toks if t.id < v.id])  # "„…“, befürchtet X, die …": X's relative clause misattached
            if toks and any(t.upos in {"VERB", "AUX"} or t.upos == "ADJ" or t.upos in NOMINAL for t in toks):
                if toks[-1].id < v.id and after_comma(sent, v):  # "Das habe … Gründe, sagte X": all before the
                    # comma, from a colon on ("Patientenvertreter sehen das kritisch: Eine Quote löse …, sagte X")
                    colon = max((t.id for t in sent.tokens if t.text == ":" and t.id < v.id
                                 and not in_quote(ctx.quotes, t.start)), default=0)
                    toks = trim([t for t in sent.tokens if colon < t.id < v.id and t.id not in cue_ids]) or toks
                return span(toks), f"{v.text} -{c.deprel}-> {c.text}", False
    # parse: the reporting clause is itself parenthetical to the quoted or reported clause
    # "Während X … bezeichnete, hält Y …", "…, weil X … bezeichnet hat": an adverbial clause is no parenthesis
    subordinate = any(c.rel == "mark" and not is_content_mark(c, lex.content_marks) for c in sent.children(v))
    if v.rel == "parataxis" or (v.rel in {"ccomp", "advcl"} and after_comma(sent, v) and not subordinate):
        head = sent.head_of(v)
        if head is not None:
            toks = trim(_without(sent, head, {v.id}))
            before = [t for t in toks if t.id < v.id]
            if lex.medial_reporting_clause and before and not any(t.upos in {"VERB", "AUX"} for t in before):
                before = []  # "The plan, he said, is ready": the words before are no clause of their own
            toks = before or toks
            if toks:
                return span(trim(toks)), f"{head.text} -{v.deprel}-> {v.text}", False
    # characterisation: "bezeichnete X als Y"
    if lemma in lex.characterisation:
        als = [t for t in sent.tokens[v.id:] if t.lemma.lower() == "als"][:1]
        before = [t for t in sent.subtree(v) if t.lemma.lower() == "als" and t.id < v.id]
        after = sent.tokens[v.id: v.id + 2]  # the clause ends with the verb (and its auxiliary): a subordinate clause
        verb_last = bool(after) and v.feat("VerbForm") != "Inf" and (  # not "ist als Beleg zu bewerten"
            after[0].upos == "PUNCT" or (after[0].rel == "aux" and after[0].head == v.id
                                         and (len(after) < 2 or after[1].upos == "PUNCT")))
        if not als and before and verb_last:  # "…, weil X Georgien als „junge Demokratie“ bezeichnet hat"
            label = trim([t for t in sent.tokens if before[-1].id <= t.id < v.id and t.id not in cue_ids])
            if any(t.upos in NOMINAL | {"ADJ"} for t in label):
                return span(label), f"{before[-1].text} … {v.text} (characterisation, verb last)", False
        subj = subject(sent, v)
        speaker_ids = {t.id for t in sent.subtree(subj)} if subj is not None and subj.id > v.id else set()
        if als:  # "Die Tat bezeichnete er als sinnlos": the subject after the verb is no part of it
            after = [t for t in sent.tokens if v.id < t.id and t.id not in cue_ids and t.id not in speaker_ids]
            toks = []
            for t in after:  # up to the end of the als-phrase: a coordination or clause ends it
                if t.id > als[0].id and (t.upos in {"CCONJ", "PUNCT"} or is_finite(t)):
                    break
                toks.append(t)
            if any(t.id > als[0].id and t.upos in NOMINAL | {"ADJ"} for t in toks):
                return span(trim(toks)), f"{v.text} … {als[0].text} (characterisation)", False
    return _fallback_content(ctx, v, cue_ids)


def _is_content_clause(sent: Sentence, c: Token, marks: frozenset[str]) -> bool:
    kids = sent.children(c)
    if any(is_content_mark(k, marks) or is_interrogative(k) for k in kids):
        return True
    return any(is_interrogative(k) for k in sent.subtree(c)[:2])


def _without(sent: Sentence, head: Token, drop: set[int]) -> list[Token]:
    """The subtree of `head` minus the subtrees rooted at tokens in `drop`."""
    dropped: set[int] = set()
    for t in sent.tokens:
        if t.id in drop:
            dropped |= {u.id for u in sent.subtree(t)}
    return [t for t in sent.subtree(head) if t.id not in dropped]


def _preposed(ctx: Context, v: Token, content: list[Token]) -> bool:
    """"'…,' she said" (languages with `preposed_content`): the content lies wholly before the
    verb and only punctuation and the verb's subject stand between them."""
    if not ctx.lex.preposed_content or content[-1].id >= v.id:
        return False
    subj = subject(ctx.sent, v)
    inner = {t.id for t in ctx.sent.subtree(subj)} if subj is not None else set()
    between = ctx.sent.tokens[content[-1].id: v.id - 1]
    return any(t.upos == "PUNCT" for t in between) and all(t.upos == "PUNCT" or t.id in inner for t in between)


def _inverted(sent: Sentence, v: Token) -> bool:
    """", sagte er": the verb follows a comma or quotation and is followed by its subject."""
    nxt = sent.tokens[v.id] if v.id < len(sent.tokens) else None
    return after_comma(sent, v) and nxt is not None and nxt.upos != "PUNCT"


def _reports_of_its_own(ctx: Context, rest: list[Token]) -> bool:
    """The words after a colon hold a reporting verb with a subject of its own, outside quotation marks."""
    return any(is_finite(u) and u.upos == "VERB" and not in_quote(ctx.quotes, u.start) and cue_of(ctx, u) is not None
               and subject(ctx.sent, u) is not None for u in rest)


def _fallback_content(ctx: Context, v: Token, cue_ids: set[int]) -> Content:
    """Token fallback: ", dass/ob/w-…", ": …", or ", <Konjunktiv clause>" after the verb;
    or a clause (or quotation) ending in a comma right before an inverted reporting verb."""
    sent = ctx.sent
    toks = sent.tokens
    if not ctx.lex.content_comma:
        marked = _unmarked_content(ctx, v, cue_ids)
        if marked is not None:
            return marked
    skip_to = -1
    for i in range(v.id, len(toks)):
        t = toks[i]
        if i < skip_to:
            continue
        if t.text in {",", ":"} and i + 1 < len(toks):
            nxt = toks[i + 1]
            if t.text == "," and is_finite(nxt) and nxt.upos in {"VERB", "AUX"}:
                break  # "…, der nicht genannt werden wollte, sagte, …": the clause ends, the main verb follows
            if t.text == "," and nxt.lemma.lower() in ctx.lex.anaphoric:
                break  # "bestätigte die Befunde, wonach …": the clause is the noun's, a marker of its own
            if t.text == "," and nxt.lemma.lower() in ctx.lex.comparative \
                    and any(cue_of(ctx, u) for u in toks[i + 2:]):
                # "wird vorgeworfen, wie ein Sprecher mitteilte": a source marker or an aside ("erklärte X,
                # wie sich die Junta nennt, die Lage sei …"), no content: passed over to its closing comma
                skip_to = next((j for j in range(i + 2, len(toks)) if toks[j].text == ","), len(toks))
                continue
            rest = [u for u in toks[i + 1:] if u.id not in cue_ids]
            if t.text == "," and nxt.upos == "SCONJ" and not is_content_mark(nxt, ctx.lex.content_marks) \
                    and not _main_clause_after(rest):
                break  # "…, weil andere Fragen zu klären gewesen wären.": an adverbial clause is no content
            clause_sub = any(u.feat("Mood") == "Sub" for u in rest if is_finite(u) and not in_quote(ctx.quotes, u.start))
            if t.text == ":" and _reports_of_its_own(ctx, rest):
                break  # "pochen auf ihre Hoheit: Minister Karl Wenzel erklärte, …": a report of its own follows
            if t.text == ":" or is_content_mark(nxt, ctx.lex.content_marks) or is_interrogative(nxt) or clause_sub \
                    or nxt.text in "„»«“\"" or (t.text == "," and _bare_verb_then_clause(ctx, v, i, rest)):
                rest = trim(rest)
                if rest:
                    return span(rest), f"fallback: '{v.text}' then '{t.text} {nxt.text}'", True
            if not apposition_after(sent, i + 1):
                break  # "sagte Jon Bon Jovi, Gründer der Band: „…“": an apposition is passed over
        if t.text in ".;!?" or (is_finite(t) and t.id != v.id and t.upos == "VERB"):
            break
    # the reporting clause opens with the verb or its auxiliary: "…, wird Mike Downey zitiert"
    head = sent.head_of(v)
    causer = [head] if v.rel == "xcomp" and head is not None and head.lemma in ctx.lex.causative_verbs and is_finite(head) else []
    opener = min([v, *causer, *(c for c in sent.children(v) if c.rel == "aux" and is_finite(c)
                                and not in_quote(ctx.quotes, c.start))], key=lambda u: u.id)  # not a quoted verb misparsed
    shared = v.rel == "conj" and head is not None and head.id < v.id and is_finite(head) \
        and not any(c.rel == "nsubj" for c in sent.children(v)) and subject(sent, head) is not None
    if after_comma(sent, opener) and not shared:  # not "X begrüßte …, warnte aber vor …": one subject, two verbs
        before = trim([u for u in toks[: opener.id - 1]])
        if _speakers_relative_clause(ctx, v, before):
            return None, None, False  # "X, dessen Land 20 Prozent hält, forderte …": no content before the verb
        if before and any(is_finite(u) for u in before) and before[0].upos != "SCONJ" \
                and before[0].lemma.lower() not in ctx.lex.comparative:  # not "Seitdem X …, haben …", "Wie X berichtet, will …"
            return span(before), f"fallback: clause, then ', {opener.text}'", True
    return None, None, False


def _bare_verb_then_clause(ctx: Context, v: Token, comma: int, rest: list[Token]) -> bool:
    """"Eine Sprecherin ergänzte, weitere sollten folgen": a speech verb with nothing but its subject,
    particle or adverbs before the comma, then a main clause (a word, then a finite verb), whatever its mood."""
    sent = ctx.sent
    if v.lemma not in ctx.lex.speech or not is_finite(v):
        return False
    subj = subject(sent, v)
    allowed = {t.id for t in sent.subtree(subj)} if subj is not None else set()
    between = sent.tokens[v.id: comma]
    if any(t.id not in allowed and t.rel != "compound:prt" and t.upos not in {"ADV", "PART"} for t in between):
        return False  # "kritisierte die Pläne, die Regierung …": an object, then a clause of its own
    words = [u for u in rest if u.upos != "PUNCT"]
    if len(words) < 3:
        return False
    opens = words[0].upos in {"PRON", "NOUN", "PROPN", "DET"} or (words[0].upos == "ADJ" and words[1].upos == "NOUN")
    return opens and not is_relative(words[0]) \
        and any(is_finite(u) for u in words[1:4]) and not any(is_finite(u) and u.upos == "VERB" and cue_of(ctx, u)
                                                             for u in words)


def _speakers_relative_clause(ctx: Context, v: Token, before: list[Token]) -> bool:
    """The clause right before the verb's comma is a relative clause on the verb's subject, one
    that can speak ("Stephan Weil, dessen Land … hält, forderte"), not on a preposed content
    ("Die Zahl der Menschen, die … sollen, bezifferte Xinhua")."""
    sent, toks = ctx.sent, ctx.sent.tokens
    opener = next((toks[u.id] for u in reversed(before) if u.text == "," and u.id < len(toks)), None)
    if opener is None or not is_relative(opener):
        return False
    clause = opener if opener.upos != "DET" else sent.head_of(opener)  # "dessen Land": the relative determiner's noun
    while clause is not None and clause.rel not in {"acl", "root"}:
        clause = sent.head_of(clause)
    antecedent = sent.head_of(clause) if clause is not None and clause.rel == "acl" else None
    speakers = [c for c in sent.children(v) if c.rel == "nsubj" and could_speak(c, ctx.lex)]
    # not when one after the verb speaks ("…, bezifferte Xinhua"); the antecedent may be a noun inside
    # the subject ("Eine Pflegerin aus einem Krankenhaus, die … möchte, berichtet")
    return antecedent is not None and any(antecedent in sent.subtree(s) for s in speakers) \
        and not any(s.id > v.id for s in speakers)


def _main_clause_after(clause: list[Token]) -> bool:
    """An adverbial clause followed by ", <finite verb>": it opens a reported main clause
    ("sagte, wenn das Gesetz komme, werde er klagen")."""
    return any(a.text == "," and is_finite(b) for a, b in zip(clause, clause[1:]))


def _unmarked_content(ctx: Context, v: Token, cue_ids: set[int]) -> Content | None:
    """A content mark with no comma before it, a few words after the verb ("said in a filing that
    profits had fallen"), in a language that writes none: a clause when a subject, not a verb,
    follows the mark (a relative "that" is followed by its verb)."""
    toks = ctx.sent.tokens
    for t in toks[v.id : v.id + 6]:
        if is_finite(t) or t.text in ".;:!?":
            return None
        nxt = toks[t.id] if t.id < len(toks) else None
        if is_content_mark(t, ctx.lex.content_marks) and nxt is not None and nxt.upos in NOMINAL | {"DET", "ADJ", "NUM"}:
            rest = trim([u for u in toks[t.id :] if u.id not in cue_ids])  # the clause after the mark
            if rest:
                return span(rest), f"fallback: '{v.text}' … '{t.text}' then a clause", True
    return None


def complement_follows(ctx: Context, v: Token) -> bool:
    """The verb's clause ends in ", dass" or ", ob" within a few words ("hofft die NASA, dass …")."""
    toks = ctx.sent.tokens
    for t in toks[v.id: v.id + 8]:
        if t.text == ",":
            nxt = toks[t.id] if t.id < len(toks) else None
            return nxt is not None and is_content_mark(nxt, ctx.lex.content_marks)
        if t.upos == "PUNCT" or is_finite(t):
            return False
    return False


def extend_right(ctx: Context, content: tuple[int, int]) -> tuple[int, int]:
    """Reported speech goes on to the sentence end while later clauses stay in Konjunktiv
    ("…, das Regime wolle reden, doch es sei zu spät")."""
    rest = [t for t in ctx.sent.tokens if t.start >= content[1]]
    if any(cue_of(ctx, t) for t in rest):
        return content  # another report follows in the same sentence
    tail = trim(rest)
    # a quotation wholly inside the tail is part of the clause ("man sei [„auf einem guten Weg“]")
    whole = tail and all(tail[0].start <= q.start and q.end <= tail[-1].end for q in ctx.quotes
                         if q.start < tail[-1].end and tail[0].start < q.end)
    if tail and not any(is_finite(t) or t.text in {",", ";", ":", "(", "–"} or (t.text in PAIRED and not whole) for t in tail):
        return content[0], tail[-1].end  # "die Straße bleibe [gesperrt]": the parse left the clause's end out
    finite = [t for t in rest if is_finite(t) and not in_quote(ctx.quotes, t.start)]
    if tail and (not finite or all(t.feat("Mood") == "Sub" for t in finite)) and (whole or tail[-1].text not in PAIRED):
        # "dass Moskau bereit sei[, zwischen … zu vermitteln, angesichts …]": no main clause follows
        return content[0], tail[-1].end
    return content


def extend_left(ctx: Context, v: Token, content: tuple[int, int]) -> tuple[int, int]:
    """A clause right of the reporting verb starts right after the comma that opens it ("gab
    bekannt, [seinen Sekretär … zum Direktor] zu ernennen"), whatever the parse attached there."""
    between = [t for t in ctx.sent.tokens if v.end <= t.start < content[0]]
    comma = next((t for t in between if t.text in {",", ":"}), None)
    if comma is None:
        return content
    inside = [t for t in between if t.start > comma.start]
    if not inside or any(is_finite(t) or cue_of(ctx, t) for t in inside):
        return content
    return inside[0].start, content[1]


def close_quotes(ctx: Context, content: tuple[int, int]) -> tuple[int, int]:
    """A content span never ends inside a quotation it opened: it runs to the closing mark."""
    for q in ctx.quotes:
        if content[0] <= q.start < content[1] < q.end and q.end <= ctx.sent.end + 1:
            return content[0], q.end
    return content


def characterising_quote(ctx: Context, v: Token, lemma: str) -> tuple[int, int] | None:
    """The quotation a characterising verb applies ("bezeichnete die Pläne als „Wortbruch“",
    "nannte sie „fahrlässig“"): a short quotation in the verb's clause, after its object, with no
    clause of its own."""
    if lemma not in ctx.lex.characterisation:
        return None
    sent = ctx.sent
    clause = sent.subtree(v)
    lo, hi = clause[0].start, clause[-1].end
    for q in ctx.quotes:
        if not (lo <= q.start and q.end <= hi + 1):
            continue
        between = [t for t in sent.tokens if q.end <= t.start < v.start]
        if any(t.text in {",", ":"} for t in between):
            continue  # "„…“, nannte er das": a quotation before the reporting clause is its content
        inner = [t for t in sent.tokens if q.start < t.start and t.end < q.end]
        if inner and len(inner) <= MAX_LABEL_WORDS and not any(is_finite(t) for t in inner) \
                and not any(t.start < q.start and is_content_mark(t, ctx.lex.content_marks) for t in clause):
            return q.start, q.end
    return None
