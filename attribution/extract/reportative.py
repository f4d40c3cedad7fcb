"""Hearsay with no named source: reportative modal ("soll … gesagt haben"), adverb, passive ("is said to"), noun, phrase."""
from __future__ import annotations

from attribution.extract.candidate import Candidate, Context, in_quote, longest_run, span
from attribution.extract.syntax import (is_attributive_adjective, is_content_mark, is_finite, is_infinitive, is_participle, is_possessive)
from attribution.types import Token


def reportative_candidates(ctx: Context) -> list[Candidate]:
    """The sentence's hearsay markers outside quotation marks, as one candidate."""
    out = []
    sent, lex = ctx.sent, ctx.lex
    for t in sent.tokens:
        if in_quote(ctx.quotes, t.start):
            continue
        low = t.lemma.lower()
        if low in lex.reportative_modals and is_finite(t) and _perfect_infinitive(ctx, t):
            out.append(_hearsay(ctx, t, "reportative.modal_perfect", f"'{t.text}' + perfect infinitive"))
        elif low in lex.reportative_adverbs and t.upos in {"ADV", "ADJ"} and not is_attributive_adjective(t):
            out.append(_hearsay(ctx, t, "reportative.adverb", f"adverb '{t.text}'"))
        elif low in lex.passive_verbs and _passive_with_infinitive(ctx, t):
            out.append(_hearsay(ctx, t, "reportative.passive_infinitive", f"passive '{t.text}' + to-infinitive"))
        elif t.upos == "NOUN" and (t.lemma in lex.evidence_nouns) and _ownerless_content(ctx, t):
            out.append(_hearsay(ctx, t, "reportative.evidence_noun", f"'{t.text}' + content clause, no owner"))
    phrase = _reportative_phrase(ctx)
    if phrase is not None:
        out.append(phrase)
    return _one_hearsay(out)


def _reportative_phrase(ctx: Context) -> Candidate | None:
    """A multiword hearsay marker of the lexicon ("rumor has it", "word is"), as a lemma
    sequence at the start of the sentence: hearsay with no owner."""
    toks = [t for t in ctx.sent.tokens if t.upos != "PUNCT"]
    lemmas = [t.lemma.lower() for t in toks]
    for pattern in ctx.lex.reportative_phrases:
        n = len(pattern)
        if n and tuple(lemmas[:n]) == tuple(p.lower() for p in pattern) and not in_quote(ctx.quotes, toks[0].start):
            cand = _hearsay(ctx, toks[0], "reportative.phrase", f"phrase '{' '.join(t.text for t in toks[:n])}'")
            cand.cue = toks[:n]
            cand.cue_lemma = " ".join(pattern)
            return cand
    return None


def _one_hearsay(found: list[Candidate]) -> list[Candidate]:
    """"Angeblich soll er …": an adverb and a modal in one sentence are one piece of hearsay."""
    if len(found) <= 1:
        return found
    first = found[0]
    first.cue = sorted({t.id: t for c in found for t in c.cue}.values(), key=lambda t: t.id)
    first.notes.append("hearsay marked " + " and ".join(f"'{c.cue[0].text}'" for c in found))
    return [first]


def _perfect_infinitive(ctx: Context, modal: Token) -> bool:
    """"soll … gesagt haben": a participle and an infinitive auxiliary of the perfect (lexicon
    `perfect_auxiliaries`: *sein*, *haben*) in the clause."""
    sent = ctx.sent
    head = sent.head_of(modal)
    toks = sent.subtree(head) if head is not None and modal.rel == "aux" else list(sent.tokens)
    inf = [u for u in toks if u.upos == "AUX" and is_infinitive(u) and u.lemma in ctx.lex.perfect_auxiliaries]
    return any(any(is_participle(p) and p.id < i.id for p in toks) for i in inf)


def _passive_with_infinitive(ctx: Context, v: Token) -> bool:
    """"He is said to have left": a past participle with an auxiliary (`aux:pass`, or `aux` as
    parsers also give it) and an infinitive `xcomp` marked by a particle."""
    if v.feat("VerbForm") != "Part" or v.feat("Tense") != "Past":
        return False
    kids = ctx.sent.children(v)
    if not any(c.rel == "aux" for c in kids):
        return False
    return any(c.rel == "xcomp" and any(k.rel == "mark" and k.upos == "PART" for k in ctx.sent.children(c)) for c in kids)


def _ownerless_content(ctx: Context, noun: Token) -> bool:
    kids = ctx.sent.children(noun)
    if any(k.rel == "nmod" or is_possessive(k) for k in kids):
        return False
    window = ctx.sent.tokens[noun.id: noun.id + 4]
    return any(is_content_mark(u, ctx.lex.content_marks) for u in window)


def _hearsay(ctx: Context, cue: Token, rule: str, path: str) -> Candidate:
    runs = longest_run(ctx.sent, {t.id for t in ctx.sent.tokens if t.upos != "PUNCT"})
    return Candidate("reportative", ctx.sent, [cue], cue.lemma, span(runs), [], None, rule, path, False)
