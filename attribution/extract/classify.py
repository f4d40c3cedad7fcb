"""Source types (named / institutional / anonymous / unattributed), with the reason.

Decided from the speaker mention's words against the lexicon (attribution/lang/<lang>/sources.toml
and the name lists), and from coreference: a pronoun or description resolved to a named person
is `named`. The rules follow the annotation guideline's type decisions.
"""
from __future__ import annotations

from dataclasses import dataclass

from attribution.extract.coref import DEFINITE, Discourse, Resolution
from attribution.extract.lexicon import Lexicon
from attribution.types import Sentence, SourceType, Span, Token


@dataclass(frozen=True)
class Typing:
    type: SourceType
    reason: str
    name: str | None = None
    resolution: str | None = None
    description: str | None = None
    person_or_body: bool = True  # False when the words name no person, body or document at all


def _definite(tokens: list[Token], head: Token) -> bool:
    dets = [t for t in tokens if t.id < head.id and t.upos == "DET"]
    if dets:
        return dets[0].text.lower() in DEFINITE
    # "Russlands Botschafter": a genitive name before the head makes it definite
    return any(t.upos == "PROPN" and t.id < head.id for t in tokens)


def _description(tokens: list[Token], head: Token) -> str:
    """An anonymous source's affiliation and role: its adjectives, head and genitive words."""
    words = [t.text for t in tokens if t.upos in {"ADJ", "NOUN", "PROPN"} or t is head]
    return " ".join(words)


def classify(tokens: list[Token], head: Token | None, discourse: Discourse, lex: Lexicon,
             start: int, sent: int) -> Typing:
    """Type one speaker mention (`tokens`, headed by `head`)."""
    if head is None or not tokens:
        return Typing("unattributed", "no source is given")
    text = " ".join(t.text for t in tokens)
    low_head = head.lemma.lower()
    # 1. pronouns and possessives ("nach seinen Angaben") resolve to the last compatible person
    possessive = lex.possessives.get(head.lemma.lower()) if head.xpos == "PPOSAT" else None
    if (head.upos == "PRON" and head.text.lower() in lex.pronouns) or possessive:
        res = discourse.resolve_pronoun(head.text, start, sent, possessive)
        if res:
            return Typing("named", "pronoun resolved to a named person", res.entity.name, res.how)
        return Typing("anonymous", f"pronoun '{head.text}' with no person to refer to")
    # 2. a person's name inside the mention
    ent = discourse.entity_for(tokens, head)
    if ent is not None and ent.person:
        return Typing("named", f"names the person '{ent.name}' ({ent.evidence})", ent.name)
    # 3. spokespeople of a named body speak for it on the record
    spokesperson = lex.spokesperson_noun(head.lemma) or lex.spokesperson_noun(head.text)
    if spokesperson:
        prefix = len(low_head) > len(spokesperson) + 1  # "Konzernsprecher": the body is in the compound
        owner = [t for t in tokens if t.id > head.id and t.upos in {"NOUN", "PROPN"}]
        if prefix or owner:
            return Typing("institutional", f"spokesperson '{head.text}' of an identified body")
        return Typing("anonymous", f"spokesperson '{head.text}' of no named body", description=_description(tokens, head))
    # 4. bodies: organisation or place names, institution nouns
    if ent is not None and not ent.person:
        return Typing("institutional", f"'{ent.name}' is a place or organisation ({ent.evidence})")
    if head.upos == "PROPN":
        if head.text in lex.locations or head.text in lex.organisations or head.text.rstrip("s") in lex.locations:
            return Typing("institutional", f"'{head.text}' is in the place/organisation gazetteer")
        if head.text.isupper() and len(head.text) >= 2:
            return Typing("institutional", f"acronym '{head.text}' taken as an organisation")
        return Typing("named", f"proper name '{head.text}' taken as a person", head.text)
    lowered = text.lower()
    for body in lex.institutional:
        if " " in body and body in lowered:
            return Typing("institutional", f"'{body}' is an institution (sources.toml)")
    role = lex.role_noun(head.lemma) or lex.role_noun(head.text)
    definite = _definite(tokens, head)
    if head.lemma in lex.cue_nouns or head.text in lex.cue_nouns:  # documents: "das Schreiben", "Berichten"
        if definite:
            return Typing("institutional", f"'{head.text}' is an identified document")
        return Typing("anonymous", f"'{head.text}': reports or documents not identified", description=_description(tokens, head))
    # 5. a definite role description refers to a named holder, or to an identifiable office
    if role and definite:
        res: Resolution | None = discourse.resolve_description(role, text, start, sent)
        if res:
            return Typing("named", "description resolved to a named person", res.entity.name, res.how)
        if not lex.anonymous_noun(head.lemma):
            return Typing("institutional", f"definite role '{head.text}': an identifiable office holder")
    inst = lex.institution_noun(head.lemma) or lex.institution_noun(head.text)
    if inst:
        return Typing("institutional", f"head '{head.text}' is an institution word ('{inst}', sources.toml)")
    anon = lex.anonymous_noun(head.lemma) or lex.anonymous_noun(head.text)
    if anon:
        return Typing("anonymous", f"head '{head.text}' is an unidentified source ('{anon}', sources.toml)",
                      description=_description(tokens, head))
    if role:
        return Typing("anonymous", f"indefinite role '{head.text}' with no name", description=_description(tokens, head))
    return Typing("anonymous", f"'{head.text}' identifies no person or body", description=_description(tokens, head),
                  person_or_body=False)


def anonymity_reason(sent: Sentence, lex: Lexicon, text: str) -> Span | None:
    """Text in the source's sentence that justifies anonymity (sources.toml: anonymity)."""
    lemmas = [t.lemma.lower() for t in sent.tokens]
    for pattern in lex.anonymity_reasons:
        pat = [p.lower() for p in pattern]
        for i in range(len(lemmas)):
            window = lemmas[i : i + len(pat) + 2]
            if pat[0] == lemmas[i] and all(p in window for p in pat):
                toks = sent.tokens[i : i + len(pat) + 2]
                last = max(j for j, t in enumerate(toks) if t.lemma.lower() in pat)
                toks = toks[: last + 1]
                return Span(toks[0].start, toks[-1].end, text[toks[0].start:toks[-1].end])
    return None
