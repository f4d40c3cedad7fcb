"""Source markers: according-to words, frames ("nach Angaben X", "seiner Meinung nach"), "so X", "demnach", "wonach"."""
from __future__ import annotations

from collections.abc import Sequence

from attribution.extract.candidate import Candidate, Context, in_quote, longest_run, span, trim
from attribution.extract.classify import could_speak
from attribution.extract.syntax import (NOMINAL, QUOTES, antecedent, apposition_after, close_quotation,
                                        extend_apposition, extend_name, extraposed_antecedent, hyphen_joins, is_finite,
                                        is_genitive_owner,
                                        is_possessive, is_relative_pronoun, noun_before_comma, np_after, np_before,
                                        np_head, np_tokens, opens_next_phrase, preposition_of, subject)
from attribution.types import Kind, Sentence, Token

SO_OPENERS = {",", "–", "-", "("}  # punctuation before a parenthetical "so X"
SO_CLOSERS = {",", "–", "-", ")"}
DASHES = {"-", "–", "—"}


def marker_candidates(ctx: Context) -> list[Candidate]:
    """A candidate for each source marker of the lexicon outside quotation marks."""
    out = []
    sent, lex = ctx.sent, ctx.lex
    toks = sent.tokens
    for t in toks:
        if in_quote(ctx.quotes, t.start):
            continue
        low = t.lemma.lower()
        cand: Candidate | None = None
        fixed = _fixed_adposition(sent, t, lex.prepositions)
        if fixed is not None:  # "according to": a word with its fixed words, as one preposition
            cand = _owner_after(ctx, t, fixed, " ".join(u.text.lower() for u in fixed), "according_to.preposition")
        elif low in lex.postposed_frames and t.id > 1 and toks[t.id - 2].upos == "NOUN" \
                and toks[t.id - 2].lemma in lex.postposed_frames[low] \
                and not (t.rel == "case" and t.head > t.id and toks[t.head - 1].upos == "ADV"):  # not "die Sicht nach oben"
            cand = _postposed_frame(ctx, t, toks[t.id - 2])
        elif low in lex.frames and t.upos == "ADP" and low not in lex.postpositions and (frame := _frame(ctx, t)):
            cand = frame
        elif low in lex.prepositions and t.upos == "ADP":
            cand = _owner_after(ctx, t, [t], low, "according_to.preposition")
        elif low in lex.postpositions:
            cand = _postposition(ctx, t)
        elif low in lex.anaphoric and t.id > 2 and toks[t.id - 2].text == "," and (
                noun_before_comma(toks, t.id - 1) or _extraposed_source(ctx, t)):
            cand = _relative_marker(ctx, t)
        elif low in lex.anaphoric:  # the whole sentence is the content, around a marker inside it too
            runs = trim(list(toks)) if 1 < t.id < len(trim(list(toks))) else \
                longest_run(sent, {u.id for u in toks if u.id != t.id and u.upos != "PUNCT"})
            cand = Candidate("according_to", sent, [t], low, span(runs), [], None, "according_to.anaphoric",
                             f"'{t.text}' refers back to the previous report", False, anaphoric=True, phrase=[t])
        elif low in lex.so_words and t.upos == "ADV" and t.id > 2 and toks[t.id - 2].text in SO_OPENERS:
            cand = _so_marker(ctx, t)
        if cand is not None:
            out.append(cand)
    return _merge_relative_markers(out)


def _relative_marker(ctx: Context, adverb: Token) -> Candidate:
    """"Nach Berichten, wonach …", "ein Papier, wonach …": the noun before the comma is the
    source and the content is the clause the adverb opens, up to its closing comma."""
    sent, toks = ctx.sent, ctx.sent.tokens
    owner = antecedent(sent, adverb.id - 1)
    extraposed = _extraposed_source(ctx, adverb) if not owner else []
    owner = owner or extraposed or np_before(sent, adverb.id - 1) or [toks[adverb.id - 3]]
    content: list[Token] = []
    for u in toks[adverb.id:]:
        if u.text in {",", ";", ".", "!", "?", ":"} and any(is_finite(c) for c in content):
            break
        content.append(u)
    noun = np_head(owner)
    refl, subj = _own(ctx, owner, noun) if noun is not None else (None, None)
    if refl is not None and subj is not None:  # "Die Behörde verwies auf eigene Messungen, wonach …": her own
        return Candidate("according_to", sent, [adverb], adverb.lemma.lower(), span(trim(content)),
                         np_tokens(sent, subj, {adverb.id}), subj, "according_to.relative_adverb",
                         f"'{adverb.text}' after '{refl.text} {owner[-1].text}': subject {subj.text}", False,
                         speaker_note=f"the subject that '{refl.text}' means", phrase=owner)
    where = f"the object '{noun.text if noun else owner[0].text}' of '{toks[adverb.id - 3].text}' before" if extraposed \
        else f"the noun '{owner[-1].text}' before"
    return Candidate("according_to", sent, [adverb], adverb.lemma.lower(), span(trim(content)), owner, np_head(owner),
                     "according_to.relative_adverb", f"'{adverb.text}' after {where} the comma", False,
                     speaker_note=f"{where} ', {adverb.text}'")


def _extraposed_source(ctx: Context, adverb: Token) -> list[Token]:
    """"… hat Pressemeldungen der Zeitung zurückgewiesen, wonach …": the report the clause before
    the comma names as its verb's object."""
    lex = ctx.lex
    return extraposed_antecedent(ctx.sent, adverb.id - 1, lambda n: bool(
        n.lemma in lex.cue_nouns or lex.statement_noun(n.lemma) or lex.document_noun(n.lemma)))


def _so_marker(ctx: Context, so: Token) -> Candidate | None:
    """"…, so der Minister (im Fernsehen).", "…, so Gall, „…“", "– so der Vorwurf –": *so* after a
    comma or dash, a noun phrase (with its apposition), then the sentence end or a closing mark."""
    sent, toks = ctx.sent, ctx.sent.tokens
    owner = extend_apposition(sent, np_after(sent, so.id + 1))
    if not owner or any(u.upos == "PUNCT" and u.text not in ",()-" for u in owner):
        return None
    rest = toks[owner[-1].id:]
    body = [u for u in rest if u.text not in {".", "!"}]  # "…, so Frank Karl, Leiter der Abteilung."
    if len(body) > 1 and body[0].text == "," and not any(u.upos == "PUNCT" for u in body[1:]) \
            and apposition_after(sent, owner[-1].id + 1):
        owner, rest = owner + body, rest[len(body):]
    closer = next((i for i, u in enumerate(rest) if u.text in SO_CLOSERS), None)
    if closer is not None and any(u.upos != "PUNCT" for u in rest[closer + 1:]) \
            and all(u.upos not in {"VERB", "AUX"} for u in rest[:closer]):
        tail = rest[: closer + 1]  # parenthetical: the clause goes on after it
        how = f"'{so.text}' + noun phrase between commas or dashes"
    elif all(u.upos not in {"VERB", "AUX"} and u.text not in {",", ":", ";"} for u in rest):
        tail = rest  # "…, so Obama weiter.", "…, so X im Fernsehen."
        how = f"', {so.text}' + noun phrase at sentence end"
    else:
        return None
    return _marker(ctx, [so], "so", owner, np_head(owner), "according_to.so_after_clause", how, True,
                   frame=[u for u in tail if u.upos != "PUNCT"])


def _frame(ctx: Context, prep: Token) -> Candidate | None:
    nouns = ctx.lex.frames[prep.lemma.lower()]
    toks = ctx.sent.tokens
    poss = refl = None
    prefix: list[Token] = []
    participle = _participle_phrase(toks, prep, nouns)
    for u in toks[prep.id: prep.id + 5] if participle is None else [participle]:
        if prefix and u is prefix[-1]:
            continue
        if u.upos == "NOUN" and _frame_noun(u, nouns):
            key = f"{prep.lemma.lower()} {u.lemma}"
            if prefix:  # "nach dpa-Informationen", "nach SPIEGEL-Informationen": the compound's first part owns it
                owner = [*prefix, u]
                return _marker(ctx, [prep, u], key, owner, u, "according_to.frame_compound",
                               f"{prep.text} {''.join(t.text for t in owner)}", False)
            if poss is not None:
                return _marker(ctx, [prep, u], key, [poss], poss, "according_to.frame_possessive",
                               f"{prep.text} {poss.text} {u.text}", False)
            subj = _clause_subject(ctx, prep) if refl is not None else None
            if refl is not None and subj is not None:
                owner = np_tokens(ctx.sent, subj, {prep.id, u.id})
                return _marker(ctx, [prep, u], key, owner, subj, "according_to.frame_reflexive",
                               f"{prep.text} {refl.text} {u.text}: subject {subj.text}", False,
                               phrase=[t for t in ctx.sent.tokens if prep.id < t.id <= u.id])
            return _owner_after(ctx, u, [prep, u], key, "according_to.frame")
        if u.id + 1 < len(toks) and hyphen_joins(u, toks[u.id], toks[u.id + 1]) and u.upos in NOMINAL:
            prefix = [u, toks[u.id]]
        elif (u.upos in {"DET", "PRON"} and is_possessive(u)) or (u.upos == "PROPN" and u.text.endswith("s")):
            poss = u  # "nach seinen Angaben", "nach Grupps Meinung"
        elif u.lemma.lower() in ctx.lex.reflexive_owners:  # "nach eigenen Angaben": the clause's subject
            refl = u
        elif u.upos not in {"DET", "ADJ"}:
            return None
    return None


def _participle_phrase(toks: Sequence[Token], prep: Token, nouns: frozenset[str]) -> Token | None:
    """"nach einer am Montag veröffentlichten Umfrage": the frame noun after an article and an
    attributive phrase that ends in an adjective right before it, or None."""
    if prep.id >= len(toks) or toks[prep.id].upos != "DET":
        return None
    for u in toks[prep.id + 1: prep.id + 8]:
        if u.upos == "NOUN" and _frame_noun(u, nouns):
            before = toks[u.id - 2]
            return u if before.upos == "ADJ" and before.id > prep.id + 2 else None
        if u.upos not in {"ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "ADV"}:
            return None
    return None


def _own(ctx: Context, phrase: list[Token], t: Token) -> tuple[Token | None, Token | None]:
    """A reflexive owner in a source phrase ("eigene Angaben", "eigene Messungen") and the subject of
    the clause `t` belongs to, whom it means; (None, None) without one."""
    refl = next((u for u in phrase if u.lemma.lower() in ctx.lex.reflexive_owners), None)
    return (refl, _clause_subject(ctx, t, {u.id for u in phrase})) if refl is not None else (None, None)


def _clause_subject(ctx: Context, t: Token, phrase: set[int] | None = None) -> Token | None:
    """The subject of the clause that `t` belongs to (the nearest verb above it); where the parse
    made a word of the marker's own `phrase` the subject, the first noun after `t` that can speak
    and is a subject or an object ("Eigenen Angaben zufolge will die Regierung …")."""
    sent = ctx.sent
    cur = sent.head_of(t)
    while cur is not None and cur.upos not in {"VERB", "AUX"}:
        cur = sent.head_of(cur)
    if cur is None:
        return None
    subj = subject(sent, cur)
    if subj is None or subj.id not in (phrase or set()):
        return subj
    return next((c for c in sent.children(cur) if c.rel in {"nsubj", "obj"} and c.id > t.id
                 and c.upos in NOMINAL and could_speak(c, ctx.lex)), None)


def _with_body_name(ctx: Context, owner: list[Token]) -> list[Token]:
    """A body's word and the name right after it that the parse hung elsewhere, where the verb
    follows ("Laut Stiftung Warentest tragen …"): the name is the body's."""
    toks = ctx.sent.tokens
    if not owner or owner[-1].id + 1 >= len(toks) or not ctx.lex.institution_noun(owner[-1].lemma):
        return owner
    name, after = toks[owner[-1].id], toks[owner[-1].id + 1]
    if name.upos in {"NOUN", "PROPN"} and name.text[:1].isupper() and (is_finite(after) or after.upos == "PUNCT"):
        return [*owner, name]
    return owner


def _owner_after(ctx: Context, anchor: Token, cue: list[Token], key: str, rule: str) -> Candidate:
    """The source right after a marker: parse (the marker's noun or its genitive), else tokens."""
    sent = ctx.sent
    head = sent.head_of(anchor)
    cue_ids = {c.id for c in cue}
    if head is not None and is_relative_pronoun(head) and anchor.id > 1 and sent.tokens[anchor.id - 2].text == ",":
        owner = antecedent(sent, anchor.id - 1)  # "die Pläne der Partei, laut denen …": the antecedent is the source
        noun = np_head(owner)
        if noun is not None:
            return _marker(ctx, cue, key, owner, noun, rule, f"{anchor.text} {head.text} -> {noun.text}", False)
    if _is_adposition(anchor) and anchor.rel == "case" and head is not None and head.id > anchor.id and head.upos in NOMINAL:
        participle = sent.head_of(head)
        noun = sent.head_of(participle) if participle is not None and participle.rel == "amod" else None
        if noun is not None and participle is not None and noun.upos in NOMINAL and head.id < participle.id < noun.id:
            # "laut einer am Montag veröffentlichten Studie": the parse took the participle's date for the head
            end = max(t.id for t in np_tokens(sent, noun, cue_ids))
            owner = [t for t in sent.tokens if anchor.id < t.id <= end]
            return _marker(ctx, cue, key, owner, noun, rule, f"{anchor.text} … {participle.text} {noun.text}", False)
        owner = _with_body_name(ctx, [t for t in np_tokens(sent, head, cue_ids) if t.id > anchor.id])
        return _marker(ctx, cue, key, owner, head, rule, f"{anchor.text} -case-> {head.text}", False)
    owner_preps = ctx.lex.frame_owner_prepositions.get(anchor.lemma, ctx.lex.frame_owner_prepositions.get("default", frozenset()))
    owners = [c for c in sent.children(anchor) if c.rel == "nmod" and c.id > anchor.id
              and not (c.upos == "PRON" and not is_possessive(c))]  # "nach ersten Erkenntnissen niemand"
    owners.sort(key=lambda c: not is_genitive_owner(sent, c))
    if owners and (is_genitive_owner(sent, owners[0]) or preposition_of(sent, owners[0]) in owner_preps):
        c = owners[0]  # not "nach den Ermittlungen [für zehn Morde] verantwortlich"
        end = max(t.id for t in np_tokens(sent, c, cue_ids))
        appositions = [a for a in sent.children(anchor) if a.rel == "appos" and a.id > c.id]  # ", dem Hersteller Pepsi,"
        for later in sorted([*owners[1:], *appositions], key=lambda t: t.id):  # "des Instituts | der deutschen Wirtschaft":
            phrase_ids = [t.id for t in np_tokens(sent, later, cue_ids)]  # a name the parse hung on the marker noun
            apposition = min(phrase_ids) == end + 2 and sent.tokens[end].text == "," \
                and any(t.upos == "PROPN" for t in sent.tokens if t.id in phrase_ids)  # "ihres Leiters, des … Tomás Ibarrola"
            if min(phrase_ids) == end + 1 or apposition:
                end = max(phrase_ids)
        owner = [t for t in sent.tokens if anchor.id < t.id <= end]
        return _marker(ctx, cue, key, owner, c, rule, f"{anchor.text} -nmod-> {c.text}", False)
    nxt = sent.tokens[anchor.id] if anchor.id < len(sent.tokens) else None
    after_preposition = anchor.upos == "NOUN" and nxt is not None and nxt.upos == "ADP" and nxt.lemma.lower() in owner_preps
    if after_preposition:
        owner = np_after(sent, anchor.id + 2)  # "nach Angaben aus Verhandlungskreisen"; not "nach Angaben in Kiew"
    else:
        owner = np_after(sent, anchor.id + 1)
    if owner and owner[0].upos == "ADP" and owner[0].lemma.lower() != "von":
        owner = []
    if owner and anchor.upos == "NOUN" and not after_preposition and (opens_next_phrase(owner[0]) or owner[0].upos == "PRON"):
        owner = []  # "nach Polizeiangaben | einen Toten", "nach ersten Erkenntnissen | niemand": a noun's owner is a genitive
    if not owner and anchor.upos == "NOUN":  # "nach offiziellen Angaben", "nach Polizeiangaben": the report itself
        mods = [t for t in sent.tokens if cue[0].id < t.id < anchor.id and t.upos in {"ADJ", "DET"}]
        return _marker(ctx, cue, key, mods + [anchor], anchor, rule + ".unowned",
                       f"'{anchor.text}' with no owner", False)
    owner = [t for t in owner if not (t.upos == "ADP" and t is owner[0])]
    return _marker(ctx, cue, key, owner, np_head(owner) if owner else None, rule + ".fallback",
                   f"fallback: noun phrase after '{anchor.text}'", True)


def _postposed_frame(ctx: Context, post: Token, noun: Token) -> Candidate:
    """"Seiner Meinung nach", "Dem Vernehmen nach": a possessive owner, or none."""
    before = [u for u in ctx.sent.tokens[: noun.id - 1]][-2:]
    poss = next((u for u in before if is_possessive(u)), None)
    key = f"{noun.lemma} {post.lemma}"
    if poss is not None:
        return _marker(ctx, [noun, post], key, [poss], poss, "according_to.postposed_frame_possessive",
                       f"{poss.text} {noun.text} {post.text}", False)
    owner = [c for c in ctx.sent.children(noun) if c.rel == "nmod"]
    if owner:
        toks = np_tokens(ctx.sent, owner[0], {post.id, noun.id})
        return _marker(ctx, [noun, post], key, toks, owner[0], "according_to.postposed_frame",
                       f"{noun.text} -nmod-> {owner[0].text}", False)
    return _marker(ctx, [noun, post], key, [], None, "according_to.postposed_frame",
                   f"{noun.text} {post.text} with no owner", False)


def _postposition(ctx: Context, post: Token) -> Candidate | None:
    """"Den Quellen zufolge", "Angaben der Polizei zufolge": the source comes before."""
    sent = ctx.sent
    toks = sent.tokens
    start = post.id - 1
    place = None  # "Diplomaten [in Lima] zufolge": a place phrase inside the source
    while start >= 1 and (toks[start - 1].upos in {"DET", "ADJ", "NOUN", "PROPN", "NUM"} or toks[start - 1].lemma == "von"
                          or toks[start - 1].text in QUOTES  # "Einem Artikel der Zeitung „Die Welt“ zufolge"
                          or (toks[start - 1].text.lower() in ctx.lex.place_prepositions and start >= 2
                              and toks[start - 2].upos == "NOUN")):
        start -= 1
        place = toks[start] if toks[start].upos == "ADP" and toks[start].lemma != "von" else place
    owner = [t for t in toks[start: post.id - 1]]
    if not owner:
        return None
    refl, subj = _own(ctx, owner, post)  # "Eigenen Angaben zufolge will die Regierung …": the clause's subject
    if refl is not None and subj is not None and subj.id > post.id:
        return _marker(ctx, [post], post.lemma.lower(), np_tokens(sent, subj, {post.id}), subj,
                       "according_to.frame_reflexive", f"{refl.text} … {post.text}: subject {subj.text}", False,
                       phrase=owner)
    frame_nouns = ctx.lex.frames.get(post.lemma.lower(), frozenset())
    noun = next((i for i, t in enumerate(owner) if t.upos not in {"DET", "ADJ"}), 0)
    if owner[noun].upos == "NOUN" and owner[noun].lemma in frame_nouns and len(owner) > noun + 1:
        cue = [owner[noun], post]  # "(Einem) Bericht der Zeitung zufolge"
        if (np_head(owner[noun + 1:]) or owner[-1]).text in ctx.lex.calendar_words:  # "Angaben vom Mittwoch zufolge"
            return _marker(ctx, cue, f"{owner[noun].lemma} {post.lemma}", owner[: noun + 1], owner[noun],
                           "according_to.frame_postposition.unowned", f"'{owner[noun].text}' of a day, no owner", False)
        owner = owner[noun + 1:]
        return _marker(ctx, cue, f"{owner[0].lemma} {post.lemma}", owner, np_head(owner), "according_to.frame_postposition",
                       f"{cue[0].text} … {post.text}", False)
    before = np_head([t for t in owner if t.id < place.id]) if place is not None else None
    if before is not None:
        return _marker(ctx, [post], post.lemma.lower(), owner, before, "according_to.postposition",
                       f"{before.text} … {post.text} (with a place phrase)", False)
    head = sent.head_of(post)
    parse_ok = head is not None and head.id < post.id and post.rel == "case"
    return _marker(ctx, [post], post.lemma.lower(), owner, head if parse_ok else np_head(owner), "according_to.postposition",
                   f"{head.text if head else owner[-1].text} <-case- {post.text}" if parse_ok else
                   "fallback: noun phrase before the postposition", not parse_ok)


def _marker(ctx: Context, cue: list[Token], key: str, owner: list[Token], head: Token | None, rule: str,
            path: str, fallback: bool, phrase: list[Token] | None = None, frame: Sequence[Token] = ()) -> Candidate:
    """A source-marker candidate: the content is the rest of the clause outside the marker's
    phrase and its `frame` ("…, so der Minister [im Fernsehen]")."""
    sent = ctx.sent
    dash = next((i for i, t in enumerate(owner) if i and t.text in DASHES and owner[i - 1].end < t.start), None)
    if dash is not None:  # "nach Angaben der Sport-Bild [- mit 98 Millionen Euro …]": a dash closes the marker
        owner = owner[:dash]
        head = head if head in owner else np_head(owner)
    owner = close_quotation(sent, extend_name(sent, owner, ctx.lex.first_names, {t.id for t in cue}))
    phrase = _marker_phrase(ctx, cue, owner) if phrase is None else phrase
    drop = {t.id for t in cue} | {t.id for t in phrase or owner} | {t.id for t in frame}
    # the content is the clause around the marker ("Die Feuerwehr hat nach eigenen Angaben …
    # abgesucht"): writers that need it leave the marker's words out
    content = span(trim([t for t in sent.tokens if t.id not in drop]))
    kind: Kind = "according_to"
    if content and any(q.start <= content[0] + 1 and content[1] - 1 <= q.end for q in ctx.quotes):
        kind = "direct"  # "„…“, so der Minister": the marked content is a quotation
    return Candidate(kind, sent, sorted(cue, key=lambda t: t.id), key, content, owner, head,
                     rule, path, fallback, speaker_note=path, phrase=phrase)


def _marker_phrase(ctx: Context, cue: list[Token], owner: list[Token]) -> list[Token]:
    """The marker's noun phrase without its adposition, as annotators mark the source:
    *nach [ersten Angaben der Polizei]*, *[einem Bericht der BBC] zufolge*, *[seiner Meinung] nach*."""
    lex = ctx.lex
    adpositions = lex.prepositions | lex.postpositions | set(lex.frames) | lex.so_words
    cue_ids = {t.id for t in cue}
    fixed = _fixed_adposition(ctx.sent, cue[0], adpositions) if cue else None
    ids = {t.id for t in owner} | {t.id for t in cue if t.lemma.lower() not in adpositions and not (fixed and t in fixed)}
    if not ids:
        return []
    toks = ctx.sent.tokens
    lo, hi = min(ids), max(ids)
    while lo > 1 and toks[lo - 2].upos in {"DET", "ADJ"} and lo - 1 not in cue_ids:
        lo -= 1  # "nach [ersten] Angaben", "[einem] Bericht … zufolge"
    phrase = [t for t in toks if lo <= t.id <= hi]
    if any(is_finite(t) and t.id not in ids for t in phrase):
        return owner  # the owner lies far from the marker: keep to its own words
    return phrase


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


def _frame_noun(t: Token, nouns: frozenset[str]) -> bool:
    """The noun is a frame noun or a compound ending in one ("Medienberichten" -> "Bericht")."""
    if t.lemma in nouns or t.text in nouns:
        return True
    low = t.lemma.lower()
    return any(low.endswith(n.lower()) and len(low) - len(n) >= 3 for n in nouns)
