"""Source types (named / institutional / anonymous / unattributed), with the reason.

Decided from the speaker mention's words against the lexicon (attribution/lang/<lang>/sources.toml
and the name lists), and from coreference: a pronoun or description resolved to a named person
is `named`. The rules follow the annotation guideline's type decisions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import takewhile

from attribution.extract.coref import (DEFINITE, INDEFINITE, SUBJECT_WINDOW, UNNAMED_OFFICE, Discourse, Resolution,
                                      hyphenated_to_body, in_modifier, name_word, titled_noun_name)
from attribution.extract.lexicon import Lexicon
from attribution.extract.syntax import QUOTES, is_possessive, lemma_pattern, np_head
from attribution.types import Sentence, SourceType, Span, Token


@dataclass(frozen=True)
class Typing:
    type: SourceType
    reason: str
    name: str | None = None
    resolution: str | None = None
    description: str | None = None
    person_or_body: bool = True  # False when the words name no person, body or document at all


WEB_ADDRESS = re.compile(r"\w\.(de|com|org|net|at|ch|eu|info|fr|uk|it|es|ru|online)\b", re.I)  # outlets by address
BEFORE_HEAD_OWNER = {"compound", "nmod:poss"}  # "a White House spokeswoman", "the ministry's figures"
MAX_OWNER_DEPTH = 2  # "Angaben eines Sprechers des Ministeriums": owners of owners


def _determiner(tokens: list[Token], head: Token) -> Token | None:
    """The mention's first determiner before its head, if it has one."""
    return next((t for t in tokens if t.id < head.id and t.upos == "DET"), None)


def _definite(tokens: list[Token], head: Token) -> bool:
    """An article, demonstrative ("dieser Resolution") or genitive name before the head picks out one referent."""
    det = _determiner(tokens, head)
    if det is not None:
        return det.text.lower() in DEFINITE or det.feat("PronType") == "Dem"
    # "Russlands Botschafter": a genitive name before the head makes it definite
    return any(t.upos == "PROPN" and t.id < head.id for t in tokens)


def _indefinite(tokens: list[Token], head: Token) -> bool:
    """The mention picks out one unnamed member with an indefinite article ("ein Vertreter der Firma")."""
    det = _determiner(tokens, head)
    return det is not None and det.lemma.lower() in INDEFINITE


def unowned_document(tokens: list[Token], head: Token | None, lex: Lexicon) -> bool:
    """An indefinite statement or document with no owner ("in einer Stellungnahme"): whose it is, the context may say."""
    return head is not None and head.upos == "NOUN" and lex.names_document(head.lemma, head.text) \
        and _indefinite(tokens, head) and not _owner(tokens, head)


def _plural_people(tokens: list[Token], head: Token, lex: Lexicon) -> bool:
    """"die Wissenschaftler", "die Ermittler": a feminine article (or a genitive "der") before a noun
    of men can only be plural, a group no single named person is ("die Sprecherin" is one woman; an adjective used as
    a noun, "die Angeklagte", takes the article's gender)."""
    det = _determiner(tokens, head)
    det_gender: str | None = lex.article_genders.get(det.text.lower()) if det is not None else None
    if det is not None and det.text.lower() == "der" and head.rel == "nmod" and not head.text.endswith("s"):
        det_gender = "fem"  # "Nach Erkenntnissen der Ermittler": a genitive of men without -s is plural
    return det_gender == "fem" and lex.role_gender(head.text) == "masc" and not head.text.endswith("e")


def _plural_form(tokens: list[Token], head: Token) -> bool:
    """"die Autorinnen", "die Forschenden": a definite noun of people in a plural form."""
    plural = head.text.endswith("innen") or head.text.endswith("n") and head.text.lower() != head.lemma.lower()
    det = _determiner(tokens, head)  # an article, not a name before it ("Royal-Experten" are not the article's)
    return plural and det is not None and det.text.lower() in DEFINITE


def _description(tokens: list[Token], head: Token) -> str:
    """An anonymous source's affiliation and role: its adjectives, head and genitive words."""
    words = [t.text for t in tokens if t.upos in {"ADJ", "NOUN", "PROPN"} or t is head]
    return " ".join(words)


def _phrase_below(tokens: list[Token], root: Token) -> list[Token]:
    """The tokens of the mention that hang (directly or not) on `root`, `root` included."""
    ids = {root.id}
    changed = True
    while changed:
        changed = False
        for t in tokens:
            if t.head in ids and t.id not in ids:
                ids.add(t.id)
                changed = True
    return [t for t in tokens if t.id in ids]


def _owner(tokens: list[Token], head: Token) -> list[Token]:
    """The owner inside a mention headed by a statement noun: a possessive before it, else its
    genitive or von-phrase ("Angaben [der Polizei]", "Kernaussage [von Jerry Larson]")."""
    poss = [t for t in tokens if t.id < head.id and is_possessive(t)]
    if poss:
        return poss[-1:]
    before = [t for t in tokens if t.id < head.id and t.head == head.id and t.deprel in BEFORE_HEAD_OWNER
              and t.upos in {"NOUN", "PROPN"}]
    if before:  # "police figures", "the ministry's figures": a noun before the head owns it
        return [t for t in _phrase_below(tokens, before[0]) if t.upos not in {"ADP", "PART", "DET"}]
    kids = [t for t in tokens if t.head == head.id and t.id > head.id and t.upos in {"NOUN", "PROPN"} and t.rel in {"nmod", "appos", "flat"}]
    if kids:
        return [t for t in _phrase_below(tokens, kids[0]) if t.upos != "ADP"]
    after = [t for t in tokens if t.id > head.id]  # fallback: the words after the head up to a comma
    out: list[Token] = []
    for t in after:
        if t.text in {",", "("} or t.upos == "CCONJ":  # "Die Autorinnen [und Autoren]": a coordination owns nothing
            break
        out.append(t)
    return [t for t in out if t.upos != "ADP"] if any(t.upos in {"NOUN", "PROPN"} for t in out) else []


def _acronym(word: str) -> bool:
    """An organisation's acronym ("NASA", "VfGH", "IGDRB"): two or more capitals, mostly capitals."""
    letters = [c for c in word if c.isalpha()]
    caps = sum(c.isupper() for c in letters)
    return len(letters) >= 2 and caps >= 2 and caps / len(letters) >= 0.6


def word_before_name(tokens: list[Token], head: Token) -> Token | None:
    """The word before the name the mention ends in, past the name's other parts and the parts
    hyphenated to it ("des Landratsamts Wasserburg-Inn" -> "Landratsamts")."""
    before = [t for t in tokens if t.id < head.id]
    for i in range(len(before) - 1, -1, -1):
        t = before[i]
        hyphenated = i + 1 < len(before) and before[i + 1].text == "-" and before[i + 1].start == t.end
        if t.upos not in {"PROPN", "PUNCT"} and not hyphenated:
            return t
    return None


def acronym_prefixed(word: str) -> bool:
    """A name opening with two or more capitals before lower-case letters ("NDRInfo", "ZDFneo"),
    which persons' names do not (they have one capital per part: "McCain", "DiCaprio")."""
    caps = len(list(takewhile(str.isupper, word)))
    return caps >= 2 and any(c.islower() for c in word[caps:])


def _multiword_body(tokens: list[Token], lex: Lexicon) -> str | None:
    """A body whose listed name has several words ("Weiße Haus", "Ärzte ohne Grenzen"), inside the mention."""
    lowered = " ".join(t.text for t in tokens).lower()
    body = next((b for b in lex.institutional if " " in b and b in lowered), None)
    return f"'{body}' is an institution" if body is not None else None


def _body_evidence(tokens: list[Token], head: Token, discourse: Discourse, lex: Lexicon) -> str | None:
    """Why the mention names an organisation, place or outlet, or None: a body the article names,
    the recogniser's ORG/LOC, the gazetteers, an acronym, a proper name written with a capitalised
    adjective ("Die Deutsche Welle"), a name in quotation marks, or an institution word."""
    ent = discourse.entity_for(tokens, head)
    if ent is not None and not ent.person:
        return f"'{ent.name}' is a place or organisation ({ent.evidence})"
    if head.upos == "PROPN" and (head.text in lex.locations or head.text in lex.organisations
                                 or head.text.rstrip("s") in lex.locations):
        return f"'{head.text}' is in the place/organisation gazetteer"
    parts = head.text.split("-")
    acronym = next((p for p in parts if _acronym(p)), None)
    if acronym is not None and not (lex.role_noun(parts[-1]) and len(parts) > 1 and not lex.person_like(parts[-1])):
        return f"acronym '{acronym}' names an organisation"
    if any(t.upos == "ADJ" and t.text[:1].isupper() and t.id < head.id and t.id > 1 for t in tokens) \
            and not lex.role_noun(head.lemma):
        return f"'{' '.join(t.text for t in tokens if t.id <= head.id and t.upos != 'DET')}' is a proper name (capitalised adjective)"
    joined = "".join(t.text for t in tokens)
    if WEB_ADDRESS.search(joined):
        return f"'{joined}' is a website"
    near = [t for t in tokens if abs(t.id - head.id) <= 1]
    if any(t.text in QUOTES for t in near) and not _indefinite(tokens, head) \
            and not discourse.person_in(tokens):  # not "auf einen „übergesetzlichen Notstand“"
        return "the name in quotation marks is an organisation's or outlet's"
    inst = lex.institution_noun(head.lemma) or lex.institution_noun(head.text)
    if inst:
        return f"'{head.text}' is an institution word ('{inst}')"
    return None


def _names_body(t: Token, lex: Lexicon) -> bool:
    """A noun right before a name that makes the name a body's ("das Konzert-Büro Richard Weber",
    "die Kanzlei Meyer"): an institution word that is no role or person noun."""
    return t.upos == "NOUN" and bool(lex.institution_noun(t.lemma) or lex.institution_noun(t.text)) \
        and not (lex.role_noun(t.lemma) or lex.spokesperson_noun(t.lemma) or lex.person_like(t.text)
                 or lex.member_title(t.lemma))  # "Adidas-Vorstand Erich Stamminger" is a board member


def _bare_surname(head: Token, lex: Lexicon) -> bool:
    """A family name tagged as a common noun and used without an article ("Mair plädierte …")."""
    return head.upos == "NOUN" and head.text in lex.surnames and head.text[:1].isupper() \
        and head.text not in lex.calendar_words  # "Mittwoch" is also a family name


def could_speak(head: Token, lex: Lexicon) -> bool:
    """Whether a phrase headed by `head` can name a speaker at all, judged from its words alone:
    a personal pronoun, a name, an acronym, or a noun of people, bodies, offices or documents
    ("organisatorische Gründe", "Die Tat" and "das" cannot)."""
    if head.upos == "PRON" or is_possessive(head):  # "er", "niemand", "Diese", "der" (relative): not "das", "es"
        return head.text.lower() not in lex.mute_pronouns and head.lemma.lower() not in lex.mute_pronouns
    if head.upos == "PROPN" or any(_acronym(p) for p in head.text.split("-")) or _bare_surname(head, lex):
        return True
    if head.upos == "ADJ":  # "der 81-jährige", "die Angeklagte": adjectives used as nouns for people
        return head.text[:1].isupper() or "-" in head.text and lex.person_like(head.text)
    if head.upos != "NOUN":
        return False
    return lex.listed_noun(head.lemma, head.text) or lex.person_like(head.text)


def classify(tokens: list[Token], head: Token | None, discourse: Discourse, lex: Lexicon,
             start: int, sent: int, depth: int = 0, content: tuple[int, int] | None = None,
             previous_body: str | None = None) -> Typing:
    """Type one speaker mention (`tokens`, headed by `head`); `content` is the span of what it
    reports, whose own mentions a pronoun speaker does not mean ("Der Freistaat werde helfen, versprach er");
    `previous_body` the body the report just before came from, for whom an unnamed spokesperson speaks."""
    if head is None or not tokens:
        return Typing("unattributed", "no source is given")
    text = " ".join(t.text for t in tokens)
    low_head = head.lemma.lower()
    # 1. pronouns and possessives ("nach seinen Angaben") resolve to the last compatible person
    possessive = lex.possessives.get(head.lemma.lower()) if is_possessive(head) else None
    plural = discourse.plural_group_before(head) if head.upos == "PRON" and head.text.lower() in lex.plural_pronouns \
        and depth < MAX_OWNER_DEPTH else None
    if plural is not None and could_speak(plural[1], lex):
        words = " ".join(t.text for t in plural[0])
        typing = classify(plural[0], plural[1], discourse, lex, start, sent, depth + 1)
        if typing.type in {"institutional", "anonymous"}:  # "Forscher der Universität … Sie gehen davon aus"
            return replace(typing, reason=f"plural '{head.text}' means the group '{words}': {typing.reason}",
                           name=typing.name or words, resolution=f"plural pronoun '{head.text}' -> subject "
                                                                 f"'{words}' of the sentence before")
    if (head.upos == "PRON" and head.text.lower() in lex.pronouns) or possessive:
        res = (discourse.clause_subject(start, possessive) if possessive else None) \
            or discourse.resolve_pronoun(head.text, start, sent, possessive, content)
        if res and not res.entity.person:
            return Typing("institutional", f"pronoun '{head.text}' refers to the body '{res.entity.name}'",
                          resolution=res.how)
        if res and res.entity.anonymous and res.entity.evidence == UNNAMED_OFFICE:
            return Typing("institutional", f"pronoun '{head.text}' refers to the holder of an office, "
                                           f"'{res.entity.name}'", resolution=res.how)
        if res and res.entity.anonymous:
            return Typing("anonymous", f"pronoun '{head.text}' refers to an unnamed person", resolution=res.how,
                          description=res.entity.name)
        if res:
            return Typing("named", "pronoun resolved to a named person", res.entity.name, res.how)
        return Typing("anonymous", f"pronoun '{head.text}' with no person to refer to")
    demonstrative = lex.demonstrative_pronouns.get(head.lemma.lower()) if head.upos == "PRON" and len(tokens) == 1 else None
    if demonstrative is not None:  # "Dieser behauptete": the last person named, subject or not
        res = discourse.resolve_demonstrative(head.text, start, demonstrative)
        if res is not None:
            return Typing("named", "demonstrative pronoun resolved to the last person named", res.entity.name, res.how)
    if len([t for t in tokens if t.upos != "DET" or t is head]) == 1 and head.text.lower() in lex.pair_words:
        # "Beide kündigten an", "schrieben die beiden": the last two named
        pair = discourse.resolve_pair(text, start, None)
        if pair is not None:
            return Typing("named", "description of two people resolved to the last two named", pair.entity.name, pair.how)
    # 2. a person's name inside the mention
    person_head = head.upos == "NOUN" and not lex.institution_noun(head.lemma) \
        and bool(lex.person_like(head.text) or lex.anonymous_noun(head.lemma))  # "ein Mann", not "eine Gruppe namens …"
    naming = next((i for i, t in enumerate(tokens[:-1]) if t.text.lower() in lex.naming_words
                   and tokens[i + 1].upos == "PROPN"), None) if person_head else None
    if naming is not None:  # "Ein Mann namens Samir Abu Hamad": the phrase gives the name
        run = list(takewhile(lambda t: t.upos == "PROPN" or t.text == "-", tokens[naming + 1:]))
        name = " ".join(t.text for t in run)
        return Typing("named", f"names the person '{name}' ('{tokens[naming].text}')", name)
    person = discourse.person_in(tokens, head)
    if person is not None:
        return Typing("named", f"names the person '{person.name}' ({person.evidence})", person.name)
    first = next((i for i, t in enumerate(tokens[:-1]) if t.text in lex.first_names and name_word(tokens[i + 1].text)
                  and tokens[i + 1].upos in {"PROPN", "NOUN", "X", "ADJ"}
                  and not in_modifier(tokens, head.id, i, lex)), None)  # not "Das Team um Anita Zaidi": a name in a modifier
    if first is not None and hyphenated_to_body(tokens, first + 1, lex):
        first = None  # "Das Robert Koch-Institut": a body named after a person
    if first is not None and first > 0 and _names_body(tokens[first - 1], lex) \
            and (tokens[first - 1] is head or head in tokens[first:]):  # not "Abgeordneten des Föderationsrates Viktor …"
        return Typing("institutional", f"'{tokens[first - 1].text} {tokens[first].text} …' is a body named after a person")
    if first is not None:  # "Matthias Freude": a first name and a capitalised word the tagger took for a noun
        name = f"{tokens[first].text} {tokens[first + 1].text}"
        return Typing("named", f"names the person '{name}' (first name '{tokens[first].text}')", name)
    if head.upos == "NOUN" and lex.insider_group(head.lemma) and any(
            t.rel == "case" and t.text.lower() in lex.insider_prepositions
            for t in discourse.sentences[head.sent].children(head)):  # "Aus der Fraktion hieß es": insiders
        return Typing("anonymous", f"people from within '{head.text}', not its voice", description=_description(tokens, head))
    if head.text in lex.party_members and tokens[0].text.lower() in DEFINITE and len(tokens) == 2:
        return Typing("institutional", f"'{' '.join(t.text for t in tokens)}': the party its members name")
    # 3. statements and documents take their owner's type ("Angaben der Polizei", "Polizeiangaben")
    statement = lex.statement_noun(head.lemma) or lex.statement_noun(head.text)
    body_word = lex.institution_noun(head.lemma) or ""
    if statement and len(body_word) > len(statement):  # "Finanzaufsicht" ends in "Aufsicht", not in "Sicht"
        statement = None
    document = lex.document_noun(head.lemma) or lex.document_noun(head.text)
    if (statement or document) and head.upos == "NOUN" and depth < MAX_OWNER_DEPTH:
        owner = _owner(tokens, head)
        if owner:
            nouns = [t for t in owner if t.upos in {"NOUN", "PROPN"}]  # "seines Thinktanks": the noun, not "seines"
            owner_head = owner[0] if is_possessive(owner[0]) and not nouns else (np_head(owner) or owner[-1])
            typing = classify(owner, owner_head, discourse, lex, start, sent, depth + 1)
            inner = _owner(owner, owner_head) if owner_head.upos == "NOUN" and not could_speak(owner_head, lex) else []
            if inner:  # "der Webseite des Preises [der Stadt Kassel]": the owner's own owner speaks
                inner_typing = classify(inner, np_head(inner) or inner[-1], discourse, lex, start, sent, depth + 1)
                if inner_typing.person_or_body and inner_typing.type != "unattributed":
                    owner, typing = inner, inner_typing
            unowned = typing.type == "anonymous" and bool(lex.statement_noun(owner_head.lemma) or lex.document_noun(owner_head.lemma))
            if typing.type != "unattributed" and not (unowned and _definite(tokens, head)):  # "Der Entwurf der
                # Gipfelerklärung" is an identified document, whoever wrote the declaration
                return replace(typing, reason=f"'{head.text}' of {' '.join(t.text for t in owner)}: {typing.reason}")
    if statement and head.upos == "NOUN":
        word = head.lemma.replace("-", "")
        prefix = word[: -len(statement)] if len(word) > len(statement) + 2 else ""
        if prefix:  # "Polizeiangaben", "Medienberichten", "Zeugenaussagen"
            if lex.institution_noun(prefix) and not lex.anonymous_noun(prefix):
                return Typing("institutional", f"'{head.text}': a statement of '{prefix}', an institution")
            return Typing("anonymous", f"'{head.text}': statements of sources not identified", description=head.text)
    if document and head.upos == "NOUN" and _definite(tokens, head) and head.text.lower() == head.lemma.lower():
        # "dem vorläufigen Endergebnis zufolge"; not plural "den anfänglichen Berichten zufolge"
        return Typing("institutional", f"definite '{head.text}': an identified document ('{document}')")
    if (document or statement) and head.upos == "NOUN" and _indefinite(tokens, head):  # "nach einer neuen Studie"
        return Typing("anonymous", f"'{head.text}': a report or document not identified", description=_description(tokens, head))
    # 4. spokespeople speak for a body on the record: the one named with them, else the article's
    spokesperson = lex.spokesperson_noun(head.lemma) or lex.spokesperson_noun(head.text)
    if spokesperson:
        prefix = len(low_head) > len(spokesperson) + 1  # "Konzernsprecher": the body is in the compound
        owner = [t for t in tokens if t.upos in {"NOUN", "PROPN"} and (  # also a name before it: "Baerbocks Sprecher"
            t.id > head.id or t.deprel in BEFORE_HEAD_OWNER or (t.upos == "PROPN" and t.head == head.id))]
        if prefix or owner:
            return Typing("institutional", f"spokesperson '{head.text}' of an identified body")
        body = discourse.recent_body(start, sent)
        if body is not None:
            return Typing("institutional", f"spokesperson '{head.text}' of '{body.name}', the subject just before")
        if previous_body is not None:  # "Die Antwort des Ministeriums: „…“ Eine Sprecherin ergänzte, …"
            return Typing("institutional", f"spokesperson '{head.text}' of '{previous_body}', the source of the report before")
        body = discourse.main_body(start)
        if body is not None:
            return Typing("institutional", f"spokesperson '{head.text}': the article's organisation is '{body.name}'")
        return Typing("anonymous", f"spokesperson '{head.text}' of no named body", description=_description(tokens, head))
    correspondent = lex.correspondent_noun(head.lemma) or lex.correspondent_noun(head.text)
    if correspondent and depth < MAX_OWNER_DEPTH:  # "ein Journalist der dpa", "ein Reuters-Korrespondent"
        owner = _owner(tokens, head)
        outlet = classify(owner, np_head(owner) or owner[-1], discourse, lex, start, sent, depth + 1) if owner else None
        before = [t for t in tokens if t.id < head.id]
        if len(before) >= 2 and before[-1].text == "-" and before[-1].id == head.id - 1:
            prefix = before[-2].text  # "ARD - Korrespondent" as the tokenizer split it
        else:
            prefix = head.text[: -len(correspondent)].rstrip("-") if len(head.text) > len(correspondent) + 1 else ""
        if (outlet is not None and outlet.type == "institutional") or (prefix and (_acronym(prefix) or prefix in lex.organisations)):
            return Typing("institutional", f"'{head.text}' reports for the outlet named with it")
    word = head.lemma if lex.representative_noun(head.lemma) else head.text  # a lemma may be wrong: "Wissenschafter" -> "Wissenschaft"
    representative = lex.representative_noun(word)
    if representative and word.lower().startswith(representative) and depth < MAX_OWNER_DEPTH \
            and not _indefinite(tokens, head):  # "die Vertreter der drei Organisationen", not "ein Vertreter der Firma"
        owner = [t for t in _owner(tokens, head) if t.id > head.id]
        if owner:
            ids = {t.id for t in owner}
            heads = [np_head(owner) or owner[-1], *(t for t in owner if t.head not in ids)]  # "des Bankhauses Dorn"
            body = next((b for b in (classify(owner, h, discourse, lex, start, sent, depth + 1) for h in heads)
                         if b.type == "institutional"), Typing("anonymous", "no body"))
            if body.type == "institutional":
                return replace(body, reason=f"'{head.text}' speak for the body named with them: {body.reason}")
        main = discourse.main_body(start) if not owner and (_plural_people(tokens, head, lex) or _plural_form(tokens, head)) else None
        if main is not None:  # "die Forscher" in an article about the institute's study
            return Typing("institutional", f"'{head.text}' speak for the article's body '{main.name}'")
    # 5. a definite role description refers to a named holder, or to an identifiable office
    role = lex.role_noun(head.lemma) or lex.role_noun(head.text)
    definite = _definite(tokens, head)
    ids = {t.id for t in tokens}  # "die Außenminister Frankreichs, Italiens und …": no one person
    if definite and head.upos == "NOUN" and (role or lex.person_like(head.text)) \
            and any(t.text.lower() in lex.pair_words for t in tokens if t.id < head.id):
        pair = discourse.resolve_pair(text, start, lex.role_gender(head.text))
        if pair is not None:  # "die beiden Sängerinnen"
            return Typing("named", "description of two people resolved to the last two named", pair.entity.name, pair.how)
    group = any(t.rel == "conj" and t.head in ids and t.upos in {"NOUN", "PROPN"} for t in tokens) \
        or _plural_people(tokens, head, lex)  # not adjectives parsed as coordinated ("der frühere dänische …")
    if definite and head.text in lex.age_words:  # "sagte der 50-Jährige": the person last named, of the article's gender
        det = _determiner(tokens, head)
        age_gender = lex.article_genders.get(det.text.lower()) if det is not None else None
        res_age = discourse.resolve_description(head.text.lower(), text, start, sent, gender=age_gender)
        if res_age:
            return Typing("named", "age description resolved to the last person named", res_age.entity.name, res_age.how)
    deputy = any(t.rel == "amod" and t.head == head.id and t.lemma.lower() in lex.deputy_adjectives for t in tokens)
    # "der frühere dänische Verteidigungsminister": a person who held the office, never the office itself
    former = any(t.rel == "amod" and t.head == head.id and t.lemma.lower() in lex.former_adjectives for t in tokens)
    if definite and not group and not deputy and head.upos == "NOUN" and (role or lex.person_like(head.text)):
        # a role word may also mean the last person subject; another person noun, or a role of
        # someone else ("die Mutter des Mannes", "seine Anwältin"), only its named bearer
        owners = [t for t in tokens if t.head == head.id and (t.rel == "nmod" or t.deprel == "det:poss")
                  and not any(k.head == t.id and k.rel == "case" and k.text.lower() in lex.place_prepositions
                              for k in tokens)]  # "der CDU-Politiker [in Berlin]": where, not whose
        # "Branchenexperte Ferdinand Dudenhöffer … , sagte der Leiter des CAR-Instituts": an office of a body
        # means the person subject of the sentence before; not a spokesperson, not "die Mutter des Mannes"
        office = bool(role) and not lex.spokesperson_noun(head.lemma) and bool(owners) \
            and all(t.upos == "PROPN" or lex.institution_noun(t.lemma) for t in owners)
        # a person noun with no role ("fragt die Rentnerin") means only a person subject of this sentence or the one before
        res: Resolution | None = discourse.resolve_description(role or head.lemma.lower(), text, start, sent,
                                                               holders_only=bool(owners) and not office,
                                                               gender=lex.role_gender(head.text),  # the word as written:
                                                               # a lemma may lose the ending ("Glaziologin" -> "Glaziologi")
                                                               window=1 if owners or role is None else SUBJECT_WINDOW,
                                                               qualifiers=frozenset() if former else discourse.qualifiers(
                                                                   [t for t in tokens if t.head == head.id]),
                                                               former=former)
        if res:
            return Typing("named", "description resolved to a named person", res.entity.name, res.how)
    named_body = _multiword_body(tokens, lex)
    if named_body is not None:  # "Ärzte ohne Grenzen": a body's name made of common nouns
        return Typing("institutional", named_body)
    anon = lex.anonymous_noun(head.lemma) or lex.anonymous_noun(head.text)
    if anon in lex.plural_anonymous and head.text.lower() == head.lemma.lower():
        anon = None  # "der Kreis teilte mit": the district, not "Kreise"
    surname = not any(t.upos == "DET" for t in tokens) and (_bare_surname(head, lex) or (
        head.text in discourse.entities and discourse.entities[head.text].person))  # "Mindermann", not "-mann"
    city_name = head.text.lower() == head.lemma.lower() and not lex.person_like(head.text) and not _indefinite(tokens, head) \
        and any(t.upos == "ADJ" and t.head == head.id and t.text[:1].isupper() and t.id > 1 for t in tokens)
    if anon and head.upos == "NOUN" and not surname and not city_name \
            and discourse.person_in(tokens) is None:  # "Aus EU-Kreisen", "EU-Diplomaten"; not "der Magdeburger Volksstimme"
        return Typing("anonymous", f"'{head.text}' is an unidentified source ('{anon}')",
                      description=_description(tokens, head))
    plural_bodies = head.upos == "NOUN" and head.text.lower() != head.lemma.lower() and bool(lex.institution_noun(head.lemma))
    unspecific = any(t.text.lower() in lex.unspecific_determiners for t in tokens if t.id < head.id)
    # "afghanische Behörden", "die örtlichen Behörden": a country's or the place's own authorities are
    # identified (not its outlets: "amerikanische Medien", "türkische Zeitungen" stay anonymous)
    identified = (lex.institution_noun(head.lemma) or "") in lex.authority_words and any(
        t.upos == "ADJ" and t.head == head.id and (t.lemma.lower() in lex.identifying_adjectives or any(
            t.lemma.lower().endswith(e) for e in lex.nationality_adjective_endings)) for t in tokens)
    if plural_bodies and not identified and (unspecific or not any(t.upos in {"DET", "PROPN"} for t in tokens)):
        # "Zeitungen berichteten", "einige kleinere Parteien": which ones is not said
        return Typing("anonymous", f"'{head.text}': bodies not identified", description=_description(tokens, head))
    body = _body_evidence(tokens, head, discourse, lex)
    if body is not None:
        return Typing("institutional", body)
    if role and definite and not former and (lex.office_noun(head.lemma) or lex.office_noun(head.text)):
        return Typing("institutional", f"definite '{head.text}': the holder of an identifiable office")
    label = discourse.ner_label(head)
    if head.upos == "PROPN" and label in {"ORG", "LOC"}:
        return Typing("institutional", f"the name recogniser tags '{head.text}' as "
                                       f"{'an organisation' if label == 'ORG' else 'a place'}")
    if head.upos == "PROPN" and head.text in discourse.compound_bodies:  # "das Tesla-Werk … teilte Tesla mit"
        return Typing("institutional", f"'{head.text}' is named as a body in compounds ('{head.text}-…')")
    genitive_of = discourse.genitives.get(head.text)
    if genitive_of is not None and len(tokens) == 1:  # "nach Angaben Vollmers"
        return Typing("named", f"'{head.text}' is the genitive of '{genitive_of.name}'", genitive_of.name)
    named_after = word_before_name(tokens, head) if head.upos == "PROPN" else None
    if named_after is not None and named_after.upos == "NOUN" and lex.institution_noun(named_after.lemma) \
            and not (lex.role_noun(named_after.lemma) or lex.spokesperson_noun(named_after.lemma)
                     or lex.person_like(named_after.text)):  # "des Landratsamts Wasserburg-Inn"
        return Typing("institutional", f"'{head.text}' names the body '{named_after.text}'")
    if head.upos == "PROPN" and acronym_prefixed(head.text):  # "NDRInfo", "ZDFneo": a brand built on an acronym
        return Typing("institutional", f"'{head.text}' opens with an acronym: an organisation's or outlet's name")
    if head.upos == "PROPN" and head.text[:1].isupper():
        return Typing("named", f"proper name '{head.text}' taken as a person", head.text)
    if _bare_surname(head, lex) and not any(t.upos == "DET" for t in tokens):
        return Typing("named", f"'{head.text}' is a family name (surnames.txt)", head.text)
    title = next((t for t in tokens if t.id == head.id - 1), None)
    if title is not None and titled_noun_name(title, head, lex):
        return Typing("named", f"'{head.text}' after the title '{title.text}' is a name", head.text)
    if head.lemma in lex.cue_nouns or head.text in lex.cue_nouns or statement:  # "das Schreiben", "Berichten"
        if definite and not statement:
            return Typing("institutional", f"'{head.text}' is an identified document")
        return Typing("anonymous", f"'{head.text}': reports or documents not identified", description=_description(tokens, head))
    if role or (head.upos == "NOUN" and lex.person_like(head.text)):
        return Typing("anonymous", f"'{head.text}': a person or group with no name", description=_description(tokens, head))
    if head.upos in {"NUM", "PRON"} and any(t.head == head.id and t.rel == "nmod" and t.upos in {"PRON", "NOUN"} for t in tokens):
        return Typing("anonymous", f"'{text}': one of a group with no name", description=text)  # "One of them"
    return Typing("anonymous", f"'{head.text}' identifies no person or body", description=_description(tokens, head),
                  person_or_body=any(t.upos == "PROPN" for t in tokens) or could_speak(head, lex))


def anonymity_reason(sent: Sentence, lex: Lexicon, text: str) -> Span | None:
    """Text in the source's sentence that justifies anonymity (sources.toml: anonymity)."""
    return lemma_pattern(sent, lex.anonymity_reasons, text)

