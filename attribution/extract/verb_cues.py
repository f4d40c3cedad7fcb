"""Candidates of reporting verbs: speech with a content clause or quotation, "wie X sagte", labels, "Dies bestätigte X", speech acts."""
from __future__ import annotations

from attribution.extract.candidate import Candidate, Context, in_quote, longest_run, span, trim
from attribution.extract.reporting_verb import cue_of
from attribution.extract.syntax import (NOMINAL, QUOTES, extend_apposition, is_article, is_demonstrative_pronoun,
                                        is_personal_pronoun, is_reflexive, is_relative_pronoun, is_wh_pronoun,
                                        join_hyphenated, np_after, np_after_verb, np_head, np_tokens, preposition_of)
from attribution.extract.verb_content import characterising_quote, close_quotes, complement_follows, content_of, extend_left, extend_right
from attribution.extract.verb_speaker import addressee, relative_antecedent, side_owner, source_phrase, speaker_of
from attribution.types import Kind, Token


def verb_candidates(ctx: Context) -> list[Candidate]:
    """A candidate for each reporting verb outside quotation marks, with its addressee."""
    out = []
    for t in ctx.sent.tokens:
        if in_quote(ctx.quotes, t.start):
            continue
        cue = cue_of(ctx, t)
        if cue is None:
            continue
        cand = _verb_candidate(ctx, t, cue[0], cue[1])
        if cand is not None:
            to = addressee(ctx, t)
            if not {u.id for u in to} & {u.id for u in cand.speaker}:  # a misparsed subject is no addressee
                cand.addressee = to
            out.append(cand)
    return out


def _verb_candidate(ctx: Context, v: Token, lemma: str, cue: list[Token]) -> Candidate | None:
    sent, lex = ctx.sent, ctx.lex
    if lemma in lex.reflexive_non_speech and any(is_reflexive(c) for c in sent.children(v)):
        return None  # "stellte sich als Attrappe heraus", "wie sich die Junta nennt": no speech
    comparative = _comparative_clause(ctx, v)
    content, path, fallback = content_of(ctx, v, lemma, cue)
    speaker, head, sp_note, sp_fallback = speaker_of(ctx, v, content)
    if head is not None and head.upos == "PRON" and head.lemma.lower() in lex.first_person:
        return None  # "ich denke, dass …" outside quotation marks: an interview answer, not a report
    if comparative is not None:
        words = [t for t in np_after(sent, min(comparative) + 1) if t.id < v.id]
        if not speaker:  # "Wie t-online.de berichtet": the words between "wie" and the verb
            speaker, head, sp_note = words, np_head(words), "fallback: noun phrase after 'wie'"
        elif words and words[0].id == speaker[0].id and words[-1].id > speaker[-1].id and head in words:
            speaker = words  # "Wie Baudezernent Klaus-Peter Rieger sagte": the parse cut the name at its hyphen
        rest = [t for t in sent.tokens if t.id not in comparative and t.upos != "PUNCT"]
        runs = longest_run(sent, {t.id for t in rest})
        return Candidate("according_to", sent, cue, lemma, span(runs),
                         speaker, head, "according_to.wie_clause", f"'{sent.tokens[min(comparative) - 1].text}' + {lemma}",
                         False, speaker_note=sp_note)
    # only a characterisation without a content clause: "kritisierte, sie habe „…“" stays mixed
    quoted_label = characterising_quote(ctx, v, lemma) if content is None or "characterisation" in (path or "") else None
    if quoted_label is not None:  # "nannte die Zahlen „aus der Luft gegriffen“": the quoted words are direct
        return Candidate("direct", sent, cue, lemma, quoted_label, speaker, head, "direct.characterisation",
                         f"{v.text} … quotation (characterisation)", sp_fallback, speaker_note=sp_note)
    relative = relative_antecedent(ctx, v, head) if head is not None and is_relative_pronoun(head) else None
    phrase = None
    if relative is not None:  # "Alice Schwarzer, die … hervorhob": the antecedent speaks, the pronoun stays the source phrase
        phrase, (speaker, head) = speaker, relative
        sp_note = f"relative pronoun '{phrase[0].text}' refers to '{head.text}'"
    if content is None:
        cand = _demonstrative_report(ctx, v, lemma, cue) or _speech_act(ctx, v, lemma, cue, speaker, head, sp_note, sp_fallback)
        if cand is not None and relative is not None:
            cand.phrase = phrase
        return cand
    if lemma in lex.thought and path and "fallback" in path and not complement_follows(ctx, v):
        return None  # thoughts by the token fallback only with "…, dass"/"…, ob" right after the clause
    if content[0] > v.start:
        content = close_quotes(ctx, extend_right(ctx, extend_left(ctx, v, content)))
    kind: Kind = "indirect"
    quoted = [q for q in ctx.quotes if q.start < content[1] and content[0] < q.end]
    if quoted:
        inside = quoted[0].start <= content[0] + 1 and content[1] - 1 <= quoted[0].end
        full = sum(min(q.end, content[1]) - max(q.start, content[0]) for q in quoted)
        opens_outside = quoted[0].start > content[0] + 1  # "dass die Beziehungen „…“": a clause of one's own first
        kind = "direct" if inside or (full >= 0.8 * (content[1] - content[0]) and not opens_outside) else "mixed"
    rule = f"{kind}.{'fallback' if fallback else 'parse'}"
    return Candidate(kind, sent, cue, lemma, content, speaker, head, rule, path, fallback or sp_fallback,
                     speaker_note=sp_note, phrase=phrase)


def _comparative_clause(ctx: Context, v: Token) -> set[int] | None:
    """The ids of a "wie X mitteilte" clause around `v`, or None."""
    toks = ctx.sent.tokens
    start = v.id
    bracket = False
    for t in reversed(toks[: v.id - 1]):
        if t.text == ")":
            bracket = True  # "wie das Statistische Bundesamt (Destatis) mitteilte": a bracket inside the clause
        elif bracket:
            bracket = t.text != "("
        elif t.text in ",;:(" or (t.upos == "PUNCT" and t.text not in QUOTES):
            break
        start = t.id
    first = toks[start - 1]
    if first.lemma.lower() not in ctx.lex.comparative or first.id == v.id:
        over = _comparative_over_name(ctx, v)  # "Wie die Polizeisprecherin, Anna Wolf, mitteilte", "Wie Baudezernent
        if over is None:                        # Klaus-Peter Rieger sagte": appositions, lists and hyphens in the name
            return None
        start = over.id
    end = v.id
    for t in toks[v.id:]:
        if t.upos == "PUNCT":
            break
        end = t.id
    if any(t.rel == "aux" and t.lemma in ctx.lex.hedging_modals | ctx.lex.reportative_modals
           for t in toks[v.id:end]):  # "…, wie man das angemessen würdigen könne": a question, not a source
        return None
    return set(range(start, end + 1))


def _comparative_over_name(ctx: Context, v: Token) -> Token | None:
    """The "wie" that opens the clause of `v` across the commas of an apposition or a list and the
    hyphens of a name: only nouns, names, articles, adjectives, prepositions, conjunctions and
    brackets between, and the "wie" at the start of its clause."""
    for t in reversed(ctx.sent.tokens[: v.id - 1]):
        if t.lemma.lower() in ctx.lex.comparative:
            return t if t.id == 1 or ctx.sent.tokens[t.id - 2].upos == "PUNCT" else None
        if t.upos not in {"NOUN", "PROPN", "DET", "ADJ", "ADP", "CCONJ", "NUM", "X"} and t.text not in {",", "-", "(", ")"}:
            return None
    return None


def _demonstrative_report(ctx: Context, v: Token, lemma: str, cue: list[Token]) -> Candidate | None:
    """"Dies bestätigte der Minister.": a demonstrative object in first position, the verb,
    then the subject; what was confirmed is the previous sentence (the engine fills it in)."""
    sent, lex = ctx.sent, ctx.lex
    toks = sent.tokens
    first = toks[0]
    passive = _demonstrative_passive(ctx, v, lemma, cue)
    if passive is not None:
        return passive
    # an "article" right before the finite verb is the demonstrative ("Das erklärte der Sprecher")
    if v.id != 2 or not (is_demonstrative_pronoun(first) or is_article(first)) or first.text.lower() not in lex.demonstratives \
            or lemma not in lex.speech or toks[-1].text == "?":
        return None
    phrase = source_phrase(ctx, v, lemma, {c.id for c in cue})
    speaker = phrase[0] if phrase is not None else np_after_verb(sent, v, {c.id for c in cue})
    if not speaker or (is_personal_pronoun(speaker[0]) and speaker[0].text.lower() not in lex.subject_pronouns):
        return None  # "Diese baten ihn …": the demonstrative is the subject
    if is_personal_pronoun(speaker[0]):
        speaker = speaker[:1]  # "Das sagte er [dem Tagesspiegel]": a pronoun takes no words after it
    speaker, head = join_hyphenated(sent, extend_apposition(sent, speaker), np_head(speaker))
    return Candidate("indirect", sent, cue, lemma, (first.start, first.end), speaker, head,
                     "indirect.demonstrative", f"'{first.text}' {v.text} + subject: the previous sentence is reported",
                     False, speaker_note=f"noun phrase after '{v.text}'", refers_back=True)


def _demonstrative_passive(ctx: Context, v: Token, lemma: str, cue: list[Token]) -> Candidate | None:
    """"Das wurde von einem Sprecher bestätigt", "Bestätigt wurde das vom Ministerium": a passive
    whose subject is a demonstrative reports the previous sentence, and its agent speaks."""
    sent, lex = ctx.sent, ctx.lex
    kids = sent.children(v)
    if lemma not in lex.speech or not any(c.deprel == "aux:pass" for c in kids):
        return None
    kids = kids + [k for c in kids if c.rel == "aux" for k in sent.children(c)]  # also what the parse hung on "wurde"
    demonstrative = next((c for c in kids if c.rel == "nsubj" and c.upos == "PRON"
                          and c.text.lower() in lex.demonstratives), None)
    agent = next((c for c in kids if c.rel == "obl" and c.upos in NOMINAL
                  and preposition_of(sent, c) in lex.agent_prepositions), None)
    if demonstrative is None or agent is None:
        return None
    agent = side_owner(ctx, agent)  # "Von Seiten der Gewerkschaft wird das kritisiert": the side's owner
    speaker = [t for t in np_tokens(sent, agent, {c.id for c in cue}) if t.upos != "ADP"]
    return Candidate("indirect", sent, cue, lemma, (demonstrative.start, demonstrative.end), speaker, agent,
                     "indirect.demonstrative_passive", f"'{demonstrative.text}' … {v.text} (passive): the previous "
                     "sentence is reported", False, speaker_note=f"{v.text} -obl-> {agent.text} (the agent)",
                     refers_back=True)


def _speech_act(ctx: Context, v: Token, lemma: str, cue: list[Token], speaker: list[Token], head: Token | None,
                sp_note: str | None, sp_fallback: bool) -> Candidate | None:
    """A speech act with a noun-phrase content ("sprach von einem Erfolg", "verlangt
    Klarstellung"): a speech verb with a subject and an object or a von/über phrase."""
    sent, lex = ctx.sent, ctx.lex
    if lemma not in lex.speech or head is None or v.feat("VerbForm") == "Inf":
        return None
    toks = sent.tokens
    if toks[-1].upos != "PUNCT" or is_wh_pronoun(head) or v.rel in {"acl", "advcl"}:
        return None  # headings, relative and adverbial clauses
    if toks[-1].text == ":":
        return None  # "Er äußerte sich zufrieden:" -- the content follows (standalone quotations)
    finite = [v] + [c for c in sent.children(v) if c.rel in {"aux", "cop"}]
    if any(f.feat("Mood") == "Sub" for f in finite):
        return None  # Konjunktiv: reported speech continuing, found as such
    if any(c.deprel == "aux:pass" for c in sent.children(v)) or head.lemma.lower() in lex.generic_subjects:
        return None  # passive or generic ("nennt man"): no one is reported
    if any(c.text.lower() in lex.negations for t in cue for c in sent.children(t) if c.rel == "advmod"):
        return None  # "äußerte sich nicht", "gab die Identität nicht bekannt": nothing was said
    kids = [c for t in cue for c in sent.children(t)]  # also what the parse hung on a detached particle
    objects = [c for c in kids  # a second "subject" is a misread object ("streitet dies ab")
               if c.rel in {"obj", "iobj", "nsubj"} and c.upos in NOMINAL and c is not head]
    pps = [c for c in sent.children(v) if c.rel == "obl"
           and any(k.rel == "case" and k.lemma.lower() in lex.speech_act_prepositions for k in sent.children(c))]
    if lemma in lex.target_object_verbs:
        objects = []  # what is criticised or explained is no content
    if not objects and not pps:
        nxt = sent.tokens[v.id] if v.id < len(sent.tokens) else None
        if nxt is None or nxt.lemma.lower() not in lex.speech_act_prepositions:
            return None
    toks = trim(list(sent.tokens))
    return Candidate("reported", sent, cue, lemma, span(toks), speaker, head, "reported.speech_act",
                     f"{v.text} + {'object' if objects else 'prepositional phrase'}, no content clause",
                     sp_fallback, speaker_note=sp_note)
