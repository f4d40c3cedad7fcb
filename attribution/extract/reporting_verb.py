"""Whether a word is a reporting verb of the lexicon: alone, with its detached particle, or with the words of a multiword cue."""
from __future__ import annotations

from attribution.extract.candidate import Context
from attribution.extract.syntax import full_lemma, is_finite, is_verb
from attribution.types import Token


def cue_of(ctx: Context, t: Token) -> tuple[str, list[Token]] | None:
    """(lexicon key, cue tokens) when `t` is a reporting verb, alone, with its particle, or
    with the words of a multiword cue."""
    if not is_verb(t):
        return None
    lemma, prt = full_lemma(ctx.sent, t, ctx.lex.particle_lemma)
    for mw in ctx.lex.multiword:
        if t.lemma == mw.verb:
            parts = _multiword_parts(ctx, t, mw.with_)
            if parts:
                return mw.cue, sorted([t, *parts], key=lambda x: x.id)
    if ctx.lex.is_cue_verb(lemma):
        return lemma, [t] + ([prt] if prt else [])
    if prt is not None and ctx.lex.is_cue_verb(t.lemma) \
            and (prt.lemma.lower() in ctx.lex.continuing_particles or lemma not in ctx.lex.verbs):
        return t.lemma, [t]  # "sagte weiter", or a word misread as the verb's particle; not "rief … an" (anrufen)
    return None


def _multiword_parts(ctx: Context, verb: Token, words: tuple[str, ...]) -> list[Token] | None:
    """The other words of a multiword cue: the verb's dependents, else later words of its clause."""
    clause = ctx.sent.children(verb)
    found = []
    for w in words:
        hit = next((c for c in clause if c.lemma.lower() == w.lower() or c.text.lower() == w.lower()), None)
        if hit is None:  # fallback: the word later in the same clause
            for u in ctx.sent.tokens[verb.id:]:
                if u.text in ",;:." or (is_finite(u) and u is not verb):
                    break
                if u.lemma.lower() == w.lower() or u.text.lower() == w.lower():
                    hit = u
                    break
        if hit is None:
            return None
        found.append(hit)
    return found
