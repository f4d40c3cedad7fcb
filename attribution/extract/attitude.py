"""Attitude frames: a content clause on an attitude noun or adjective ("ist der Meinung, dass …"), held by the subject."""
from __future__ import annotations

from attribution.extract.candidate import Candidate, Context, in_quote, span, trim
from attribution.extract.syntax import extend_apposition, is_attributive_adjective, is_content_mark, is_finite, is_wh_pronoun, np_tokens, subject
from attribution.types import Token


def frame_candidates(ctx: Context, taken: list[Candidate]) -> list[Candidate]:
    """A content clause that depends on an attitude noun or adjective of its clause, not on a
    reporting verb: "ist der Meinung, dass …", "vertritt die These, dass …", "hält es für
    möglich, dass …", "zeigte sich optimistisch, dass …". The holder is the clause's subject."""
    sent, lex = ctx.sent, ctx.lex
    toks = sent.tokens
    out: list[Candidate] = []
    for comp in toks:
        if not is_content_mark(comp, lex.content_marks) or comp.id < 3 \
                or (lex.content_comma and toks[comp.id - 2].text != ","):
            continue
        if any(c.content and c.content[0] <= comp.start < c.content[1] for c in taken + out):
            continue
        frame = _attitude_word(ctx, comp)
        if frame is None:
            continue
        verb = next((t for t in reversed(toks[: frame.id]) if is_finite(t)), None) \
            or next((t for t in toks[frame.id: comp.id] if is_finite(t)), None)
        if verb is None or verb.feat("Mood") == "Sub" or in_quote(ctx.quotes, comp.start):
            continue  # a Konjunktiv frame is itself reported ("Er habe die Sorge, dass …"); a quote is speech already
        holder = next((h for h in (subject(sent, frame), subject(sent, verb)) if h is not None), None)
        if holder is None or holder is frame or holder.lemma in lex.attitude_nouns \
                or holder.lemma.lower() in {"es", *lex.generic_subjects} or is_wh_pronoun(holder):
            continue  # "es besteht Sorge, dass …" names no holder
        clause = _clause_after(ctx, comp)
        if not clause:
            continue
        speaker = extend_apposition(sent, np_tokens(sent, holder, {verb.id, frame.id, comp.id}))
        cue = sorted({verb.id: verb, frame.id: frame}.values(), key=lambda t: t.id)
        out.append(Candidate("indirect", sent, cue, f"{frame.lemma} ({verb.lemma})", span(clause), speaker, holder,
                             "indirect.attitude_frame", f"'{frame.text}' + ', {comp.text}' clause; holder {verb.text} -nsubj-> {holder.text}",
                             False, speaker_note=f"subject of '{verb.text}'"))
    return out


def _attitude_word(ctx: Context, comp: Token) -> Token | None:
    """The attitude noun or adjective closing the clause right before ", dass" (a few words back)."""
    lex = ctx.lex
    end = comp.id - 2 if lex.content_comma else comp.id - 1  # the comma before "dass"; none before "that"
    for t in reversed(ctx.sent.tokens[max(0, end - 3): end]):
        if t.upos == "PUNCT" or is_finite(t):
            return None
        if (t.upos == "NOUN" and t.lemma in lex.attitude_nouns) or \
                (t.upos == "ADJ" and not is_attributive_adjective(t) and t.lemma.lower() in lex.attitude_adjectives):
            return t
    return None


def _clause_after(ctx: Context, comp: Token) -> list[Token]:
    """The clause a complementiser opens (without it): its verb's subtree, else to the sentence end."""
    sent = ctx.sent
    head = sent.head_of(comp)
    toks = [t for t in sent.subtree(head) if t.id > comp.id] if head is not None and comp.rel == "mark" and head.id > comp.id \
        else [t for t in sent.tokens if t.id > comp.id]
    return trim(toks)
