"""Who speaks and to whom: a reporting verb's speaker (subject, inverted or misread subject, agent, document) and its addressee."""
from __future__ import annotations

from attribution.extract.candidate import Context
from attribution.extract.classify import could_speak
from attribution.extract.reporting_verb import cue_of
from attribution.extract.syntax import (NOMINAL, QUOTES, after_comma, antecedent, clause_children, extend_apposition,
                                        extend_name, extended_attribute, extraposed_antecedent,
                                        extend_owner, first_word, full_lemma, is_demonstrative_pronoun, is_finite,
                                        is_article, is_genitive_owner, is_reflexive, is_relative, is_relative_pronoun,
                                        join_hyphenated, last_compound, np_after_verb, np_before, np_head, np_tokens,
                                        preposition_of, split_possessive, subject, zu_infinitive_clause)
from attribution.types import Sentence, Token

Speaker = tuple[list[Token], Token | None, str | None, bool]  # tokens, head, path or fallback, whether a fallback


def speaker_of(ctx: Context, v: Token, content: tuple[int, int] | None) -> Speaker:
    """The reporting verb's speaker: its subject (parse), else a fallback noun phrase; with the
    path and whether a fallback was used."""
    sent, lex = ctx.sent, ctx.lex
    stop = {t.id for t in sent.tokens if content and content[0] <= t.start < content[1]} | {v.id}
    if content and content[0] < v.start < content[1]:
        # "The plan, he said, is ready", "Er habe gezögert, sagt er, aber …": the reporting clause
        # inside its content keeps its subject, which the content before the verb never holds
        stop -= {t.id for c in sent.children(v) if c.rel == "nsubj" for t in sent.subtree(c)}
        content = (content[0], v.start)
    toks, head, note, fallback = _speaker(ctx, v, content, stop)
    if head is not None and head.lemma.lower() in lex.generic_subjects and not _partitive(ctx, head):
        return [], None, f"generic subject '{head.text}': no one in particular", fallback
    toks, head = join_hyphenated(sent, extend_name(sent, toks, lex.first_names, stop), head)
    nxt = sent.tokens[toks[-1].id] if toks and toks[-1].id < len(sent.tokens) else None
    if nxt is not None and toks[-1].upos == "PROPN" and nxt.upos == "NOUN" and nxt.id not in stop \
            and nxt.text[:1].isupper() and lex.institution_noun(nxt.text) and not lex.role_noun(nxt.text):
        toks = [*toks, nxt]  # "die Bangkok Post", "die New York Times": the name's last word is a body's
    title = sent.tokens[toks[0].id - 2] if toks and toks[0].id > 1 else None
    if title is not None and title.upos == "NOUN" and title.id not in stop and title.head == toks[0].id \
            and (lex.role_noun(title.lemma) or lex.role_noun(title.text)):
        toks = [title, *toks]  # "Bundesverkehrsminister Scheuer": the title the parser hung on the name
    if head is not None and head.upos in {"NOUN", "PROPN"} and could_speak(head, lex):
        toks = extend_owner(sent, toks, stop)
    if head is not None and head.id > v.id and (head.upos == "PROPN" or (
            lex.person_like(head.text) and not lex.role_noun(head.lemma) and not lex.statement_noun(head.lemma))):
        toks = _without_addressed_outlet(ctx, toks, head)  # not "der Chef der Zeitung": a role has its body
    return _without_relative(toks), head, note, fallback


def source_phrase(ctx: Context, v: Token, lemma: str | None, stop: set[int]) -> Speaker | None:
    """"Das geht aus einer Antwort der Bundesregierung hervor": for a verb whose source is a
    prepositional phrase (`source_phrase_verbs`), that phrase's noun."""
    preps = ctx.lex.source_phrase_verbs.get(lemma) if lemma is not None else None
    for c in ctx.sent.children(v) if preps else []:
        if c.rel in {"obl", "nmod"} and c.upos in NOMINAL and c.id not in stop and preposition_of(ctx.sent, c) in preps:
            toks = [t for t in np_tokens(ctx.sent, c, stop) if not (t.rel == "case" and t.head == c.id)]
            return toks, c, f"{v.text} -{c.deprel}-> {c.text} (the source is the phrase's)", False
    return None


def side_owner(ctx: Context, noun: Token) -> Token:
    """The owner of a side ("von Seiten [der Stadt]", `side_nouns`), who speaks; else the noun itself."""
    owner = next((o for o in ctx.sent.children(noun) if o.rel == "nmod" and o.id > noun.id), None)
    return owner if owner is not None and noun.lemma in ctx.lex.side_nouns else noun


def _without_addressed_outlet(ctx: Context, toks: list[Token], head: Token) -> list[Token]:
    """"sagte ein Meteorologe der Deutschen Presse-Agentur": after a speaker who follows the verb,
    a dative phrase naming an outlet is whom the words were for, not part of the speaker."""
    for i, t in enumerate(toks):
        if t.id <= head.id or t.upos != "DET" or t.text.lower() not in ctx.lex.dative_openers:
            continue
        tail = toks[i + 1:]
        if tail and tail[-1].upos in {"NOUN", "PROPN"} and ctx.lex.addressee_outlet(last_compound(tail)):
            return toks[:i]
    return toks


def _speaker(ctx: Context, v: Token, content: tuple[int, int] | None, stop: set[int]) -> Speaker:
    """`stop`: the verb and the content's tokens, which no speaker phrase takes."""
    sent, lex = ctx.sent, ctx.lex
    key = cue_of(ctx, v)
    from_phrase = source_phrase(ctx, v, key[0] if key else None, stop)
    if from_phrase is not None:
        return from_phrase
    subj = subject(sent, v)
    if subj is not None and _in_quoted_clause(ctx, v, subj):
        subj = None  # "In dem Antrag heißt es: „Die Aufhebung … wäre …“": the quotation's subject, not the verb's
    if subj is None and key is not None and key[0] in lex.sein_perfect_verbs:  # "waren die Forscher davon ausgegangen"
        subj = next((c for c in sent.children(v) if c.deprel == "nsubj:pass" and c.id not in stop), None)
    if subj is not None and subj.text.lower() in lex.mute_pronouns & lex.ambiguous_case_pronouns:  # "Ein Delegierter …
        # formulierte es drastischer": an object pronoun the parse made a second subject (not "man")
        subj = _other_subject(ctx, v, subj, stop) or subj
    quoted = next((c for c in sent.children(v) if c.rel == "obj" and c.id > v.id and c.id not in stop and c.upos == "NOUN"
                   and could_speak(c, lex)), None) if key is not None and key[0] in lex.quoting_verbs else None
    if subj is not None and quoted is not None:  # "Das Portal zitierte zwei Regierungsmitarbeiter": the quoted speak
        return np_tokens(sent, quoted, stop), quoted, f"{v.text} -obj-> {quoted.text} (the one quoted speaks)", False
    if subj is not None and subj.head == v.id and zu_infinitive_clause(sent, v) \
            and not any(is_finite(t) for t in sent.tokens[subj.id:v.id - 1]):
        subj = None  # a zu-infinitive has no subject in its clause: "um die Junta aufzufordern" is misread
    if subj is not None and content and content[0] <= subj.start < content[1]:
        subj = None  # "Die Gefährdung ist höher, stellten die Forscher fest": that subject is the content's
    if subj is not None and _oblique(ctx, subj):
        subj = None  # "Den Schaden schätzt die Polizei auf …": an accusative or dative phrase
    # a subject never carries a preposition: such a parse is wrong, use the fallbacks
    if subj is not None and subj.lemma.lower() in lex.generic_subjects and not _partitive(ctx, subj):
        return [], None, f"generic subject '{subj.text}'", False
    attribute = extended_attribute(sent, subj) if subj is not None else None
    if attribute is not None:  # "wie das im MDax notierte Unternehmen mitteilte": the noun, not the article
        return attribute[0], attribute[1], f"{v.text} -nsubj-> … {attribute[1].text} (extended attribute)", False
    if subj is not None and _content_before_subject(ctx, v, subj, content):
        inverted = inverted_subject(ctx, v, stop)
        if inverted is not None:  # "Der Mann sei frei, bestätigte ein Sprecher": the content's subject was parsed as the verb's
            return inverted[0], inverted[1], f"noun phrase after '{v.text}' (a postposed reporting clause has its subject after the verb)", True
    fronted_subject = _fronted_subject(ctx, v, subj, stop) if subj is not None else None
    if fronted_subject is not None:  # "Die Lyrikerin Sevim Acar nannte sie …": "sie" is the object
        toks = extend_apposition(sent, np_tokens(sent, fronted_subject, stop))
        path = (f"{v.text} -{fronted_subject.deprel}-> {fronted_subject.text} (the named phrase before the verb "
                f"is the subject, '{subj.text if subj is not None else ''}' after it the object)")
        return toks, fronted_subject, path, False
    if subj is not None and subj.lemma.lower() != "es" and not any(c.rel == "case" for c in sent.children(subj)):
        toks = extend_apposition(sent, np_tokens(sent, subj, stop))
        # "Fraktionsvize Jonas Albrecht nannte": a noun with a name right after it speaks, whatever the noun
        speaks = could_speak(subj, lex) or _name_after(sent, subj)
        fronted = subj.id < v.id and not speaks  # "Die Tat bezeichnete er als sinnlos": a fronted object
        inverted = inverted_subject(ctx, v, stop) if after_comma(sent, v) or is_demonstrative_pronoun(subj) or fronted else None
        if toks and not speaks and inverted:
            return inverted[0], inverted[1], f"noun phrase after '{v.text}' (the parsed subject '{subj.text}' cannot speak)", True
        # "Drei Tage nach der Wahl hat die Kommission … erklärt": a parsed subject that cannot speak
        # before the finite verb, and another subject, or a subject parsed as object, after it
        mute = subj if toks and not speaks and subj.deprel == "nsubj" and subj.upos == "NOUN" else None
        finite = next((t for t in sent.tokens if mute is not None and mute.id < t.id <= v.id and is_finite(t)), None)
        other = _other_subject(ctx, v, subj, stop, after=finite.id) if finite is not None else None
        if other is not None:
            toks = extend_apposition(sent, np_tokens(sent, other, stop))
            return toks, other, f"{v.text} -nsubj-> {other.text} (the other parsed subject '{subj.text}' cannot speak)", False
        misread = object_as_subject(ctx, v, stop, mute=subj) if finite is not None else None
        if misread is not None:
            return misread
        if toks:
            return toks, subj, f"{v.text} -nsubj-> {subj.text}", False
    controller = _infinitive_controller(ctx, v, stop) if subj is None else None
    if controller is not None:  # "reiste nach Myanmar, um die Junta aufzufordern, …": the traveller asks
        return controller
    if subj is None and zu_infinitive_clause(sent, v):  # the infinitive's own objects never speak ("die Junta")
        stop = stop | {t.id for t in sent.subtree(v)}
    misread = object_as_subject(ctx, v, stop)
    if misread is not None:  # "hatte der Sicherheitsberater gesagt": a subject parsed as object
        return misread
    after = sent.tokens[v.id: v.id + 2]
    pair = next((t for t in after if t.text.lower() in lex.pair_words and t.id not in stop), None) if subj is None else None
    if pair is not None and all(t.upos == "DET" for t in after if t.id < pair.id):  # "schrieben die beiden": the
        toks = [t for t in after if t.id <= pair.id]  # pair word the parser hung on the next noun
        return toks, pair, f"'{' '.join(t.text for t in toks)}' after '{v.text}' (the two named before)", True
    # "werden … thematisiert und erwogen, ob": a second conjunct shares its first's auxiliary and the phrases before it
    first = sent.head_of(v) if v.rel == "conj" and v.feat("VerbForm") == "Part" \
        and not any(c.rel in {"nsubj", "aux", "aux:pass"} for c in sent.children(v)) else None
    shared = [c for c in sent.children(first) if c.id < first.id] if first is not None and first.upos == "VERB" else []
    passive = any(c.deprel in {"aux:pass", "nsubj:pass"} for c in [*sent.children(v), *shared])
    patient = next((c for c in clause_children(sent, v)
                    if c.rel == "nsubj" and c.id not in stop), None) if passive else None  # also one hung on the auxiliary
    if patient is not None and key is not None and key[0] in lex.quoting_verbs and could_speak(patient, lex):
        toks = extend_apposition(sent, np_tokens(sent, patient, stop))  # "…, wird Mike Downey [in der Mitteilung] zitiert"
        return toks, patient, f"{v.text} -nsubj:pass-> {patient.text} (the one quoted speaks)", False
    for c in sent.children(v):  # "in einer Erklärung des Ministeriums hieß es": the document's owner
        if c.rel in {"obl", "nmod"} and c.upos == "NOUN" and c.lemma in lex.cue_nouns:
            owner = next((o for o in sent.children(c) if o.rel == "nmod" and o.id > c.id and is_genitive_owner(sent, o)), None)
            if owner is not None:  # the mention is the document with its owner ("einer Erklärung des Ministeriums")
                toks = [t for t in np_tokens(sent, c, stop) if t.upos != "ADP" or t.id > c.id]
                return toks, owner, f"{v.text} -{c.deprel}-> {c.text} -nmod-> {owner.text}", False
    where = next((c for c in sent.children(v) if is_relative_pronoun(c) and c.id > 2 and sent.tokens[c.id - 3].text == ","
                  and preposition_of(sent, c) in lex.source_prepositions), None) if subj is None else None
    at = where.id - 2 if where is not None else 0  # the comma; also "musste ein Zettel kleben, auf dem …": the verb's object
    written_on = (antecedent(sent, at) or extraposed_antecedent(sent, at, lambda n: n.rel == "obj")) if at else []
    if written_on and where is not None:  # "ein Zettel, auf dem geschrieben stand: …": what the relative pronoun stands for
        return written_on, np_head(written_on) or written_on[-1], \
            f"{v.text} -{where.deprel}-> '{where.text}' (relative pronoun) = {written_on[-1].text}", False
    if key is not None and key[0] in lex.impersonal_cues:  # "Aus Paris hieß es", "im Bericht heißt es"
        for c in sent.children(v):
            source = preposition_of(sent, c) in lex.source_prepositions
            noun = sent.head_of(v) if is_relative_pronoun(c) and v.rel == "acl" else None
            if noun is not None and noun.upos in {"NOUN", "PROPN"} and source:
                toks = [t for t in np_tokens(sent, noun, stop | {c.id}) if t.id < c.id and t.text != ","]
                return toks, noun, f"{v.text} -{c.deprel}-> '{c.text}' (relative pronoun) = {noun.text}", False
            if c.rel in {"obl", "nmod"} and c.upos in {"NOUN", "PROPN"} and source:
                owner = side_owner(ctx, c)
                if owner is not c:  # "von Seiten der Stadtverwaltung": the side's owner speaks
                    return np_tokens(sent, owner, stop), owner, f"{v.text} -{c.deprel}-> {c.text} -nmod-> {owner.text}", False
                toks = [t for t in np_tokens(sent, c, stop) if t.rel != "case" and t.id != v.id]
                return toks, c, f"{v.text} -{c.deprel}-> {c.text} (the document or place speaks)", False
    if passive:  # also phrases the parse hung on the auxiliary ("wurden gestern im „Standard“ … bezeichnet")
        kids = [*clause_children(sent, v), *shared]
        agent = next((c for c in kids if c.deprel == "obl:agent"), None) \
            or next((c for c in kids if c.rel == "obl" and preposition_of(sent, c) in lex.agent_prepositions), None) \
            or next((c for p in kids if p.deprel == "nsubj:pass" for c in sent.children(p)  # "wurde X vom Verband aufgefordert"
                     if c.rel == "nmod" and c.id > p.id and preposition_of(sent, c) in lex.agent_prepositions
                     and could_speak(c, lex)), None)
        possessed = split_possessive(sent, agent) if agent is not None else None
        if agent is not None and possessed is not None:  # "von Demjanjuks Sohn", parsed as two phrases
            return [agent, possessed], possessed, f"{v.text} -obl:agent-> {agent.text} {possessed.text} (possessive name)", False
        if agent is not None:
            toks = [t for t in np_tokens(sent, agent, stop) if t.upos != "ADP"]
            return toks, agent, f"{v.text} -obl:agent-> {agent.text}", False
        document = next((c for c in kids if c.rel == "obl" and c.upos == "NOUN" and c.id not in stop
                         and (c.lemma in lex.cue_nouns or lex.statement_noun(c.lemma))), None)
        if document is not None:  # "wird in der Mitteilung betont": the document speaks
            toks = [t for t in np_tokens(sent, document, stop) if t.upos != "ADP"]
            return toks, document, f"{v.text} -obl-> {document.text} (passive: the document speaks)", False
        circle = next((c for c in kids if c.rel == "obl" and c.upos == "NOUN" and c.id not in stop
                       and preposition_of(sent, c) in lex.source_prepositions - lex.agent_prepositions - {"auf"}
                       and _circle_or_body(ctx, c)), None)
        if circle is not None:  # "In Finanzkreisen wird spekuliert", "Im Ministerium wird befürchtet"
            toks = [t for t in np_tokens(sent, circle, stop) if t.upos != "ADP"]
            return toks, circle, f"{v.text} -obl-> {circle.text} (passive: where it is said)", False
        return [], None, "passive without agent", False
    # fallback: the noun phrase right after an inverted verb, or the sentence-initial one
    comma = _relative_before(ctx, v)
    before_relative = np_before(sent, comma) if comma else []
    head = np_head(before_relative)
    person = head is not None and (any(t.upos == "PROPN" for t in before_relative) or bool(lex.role_noun(head.lemma))
                                   or lex.person_like(head.text))
    relative_note = f"fallback: noun phrase before the relative clause and '{v.text}'"
    if before_relative and head is not None and person:  # "Innenministerin Sabine Kröger, die … kam, lobte
        # die Rettungskräfte": the fronted phrase; not "Die Zahl der Menschen, die …, bezifferte Xinhua"
        return before_relative, head, relative_note, True
    toks = np_after_verb(sent, v, stop)
    if toks and _oblique(ctx, np_head(toks) or toks[0]):
        toks = []  # "sagte dem Sport-Informations-Dienst": the addressee, not the speaker
    attribute = extended_attribute(sent, toks[0]) if toks else None
    if attribute is not None:  # "teilte das von der Hamas kontrollierte Gesundheitsministerium mit"
        return attribute[0], attribute[1], f"fallback: noun phrase after '{v.text}' (extended attribute)", True
    if toks:
        return toks, np_head(toks), f"fallback: noun phrase after '{v.text}'", True
    toks = extend_apposition(sent, [t for t in np_before(sent, v.id) if t.id not in stop])
    if toks and not _oblique(ctx, np_head(toks) or toks[0]):  # not "Ihm drohen 20 Jahre Haft"
        return toks, np_head(toks), f"fallback: noun phrase before '{v.text}'", True
    if before_relative:
        return before_relative, np_head(before_relative), relative_note, True
    prev = sent.tokens[v.id - 2] if v.id > 1 else None
    if prev is not None and prev.upos == "CCONJ":  # "… bezeichnete … und erklärte, …"
        first = next((t for t in reversed(sent.tokens[: prev.id - 1]) if is_finite(t) and t.upos == "VERB"), None)
        if first is not None:
            toks, head, note, _ = _speaker(ctx, first, content, (stop - {v.id}) | {first.id})
            if toks:
                return toks, head, f"fallback: coordinated with '{first.text}', {note}", True
    return [], None, None, False


def _in_quoted_clause(ctx: Context, v: Token, subj: Token) -> bool:
    """Whether `subj` stands inside a quoted clause after the verb: the quotation's own subject
    (not a name in quotation marks, "Die „Hanseatische Allgemeine“ schreibt")."""
    q = next((q for q in ctx.quotes if q.inner_start <= subj.start < q.inner_end), None)
    return q is not None and q.start > v.start and any(
        is_finite(t) for t in ctx.sent.tokens if q.inner_start <= t.start < q.inner_end)


def _infinitive_controller(ctx: Context, v: Token, stop: set[int]) -> Speaker | None:
    """A zu-infinitive cue with no subject of its own speaks through the subject of the verb it
    hangs on ("Michel reiste an, um die Junta aufzufordern, …"), or that subject's antecedent when
    it is a relative pronoun ("Michel, der sich in Myanmar aufhält, um … aufzufordern")."""
    sent = ctx.sent
    if not zu_infinitive_clause(sent, v):
        return None
    gov = sent.head_of(v)
    if gov is None or gov.upos not in {"VERB", "AUX", "ADJ"}:
        return None
    gsubj = subject(sent, gov)
    if gsubj is None or gsubj.id in stop:
        return None
    if is_relative_pronoun(gsubj):
        found = relative_antecedent(ctx, gov, gsubj)
        if found is None:
            return None
        return found[0], found[1], f"{v.text} (infinitive) <- {gov.text} -nsubj-> '{gsubj.text}' = {found[1].text}", False
    if not could_speak(gsubj, ctx.lex):
        return None
    return extend_apposition(sent, np_tokens(sent, gsubj, stop)), gsubj, f"{v.text} (infinitive) <- {gov.text} -nsubj-> {gsubj.text}", False


def relative_antecedent(ctx: Context, v: Token, pronoun: Token) -> tuple[list[Token], Token] | None:
    """The noun phrase a relative pronoun subject stands for: the noun its clause hangs on
    ("die Feministin Alice Schwarzer, die … hervorhob"; "eine Resolution, welche … auffordert")."""
    sent = ctx.sent
    clause: Token | None = v
    while clause is not None and clause.rel not in {"acl", "acl:relcl"} and clause.rel in {"conj", "xcomp", "aux"}:
        clause = sent.head_of(clause)
    noun = sent.head_of(clause) if clause is not None and clause.rel in {"acl", "acl:relcl"} else None
    comma = next((t.id for t in reversed(sent.tokens[: pronoun.id - 1]) if t.text == ","), None)
    if comma is None:
        return None
    if noun is not None and noun.upos in NOMINAL and noun.id < comma:
        toks = [t for t in extend_apposition(sent, np_tokens(sent, noun, {v.id, pronoun.id})) if t.id < comma]
    elif comma == pronoun.id - 1:  # a relative clause parsed as an adverbial one: the phrase before the comma
        toks = antecedent(sent, comma)
    else:
        return None
    return (toks, np_head(toks) or toks[-1]) if toks else None


def _content_before_subject(ctx: Context, v: Token, subj: Token, content: tuple[int, int] | None) -> bool:
    """A reporting clause after its content, opening with the verb (or its auxiliary) after a comma,
    in a language whose reporting clauses then invert ("…, sagte der Sprecher", "…, hatte X
    gesagt"): a subject before the verb belongs to the content, whatever the parse says."""
    if ctx.lex.preposed_content or content is None or content[1] > v.start or subj.id > v.id:
        return False
    opener = min([v, *(c for c in ctx.sent.children(v) if c.rel == "aux")], key=lambda t: t.id)
    return after_comma(ctx.sent, opener)


def _partitive(ctx: Context, head: Token) -> bool:
    """"One of them", "einer der Beamten": a pronoun or numeral with the group it is one of."""
    return any(c.rel == "nmod" and c.id > head.id for c in ctx.sent.children(head))


def inverted_subject(ctx: Context, v: Token, stop: set[int]) -> tuple[list[Token], Token] | None:
    """", sagte Gaby Allendorf", "Dies teilte der Minister mit": a noun phrase right after the
    verb that can speak."""
    toks = np_after_verb(ctx.sent, v, stop)
    head = np_head(toks)
    if not toks or head is None or (toks[0].upos == "DET" and toks[0].text.lower() in ctx.lex.oblique_determiners):
        return None  # "Diese drohten dem Mann an": a dative is no subject
    return (toks, head) if could_speak(head, ctx.lex) else None


def object_as_subject(ctx: Context, v: Token, stop: set[int], mute: Token | None = None) -> Speaker | None:
    """A verb with no subject whose object stands between its finite auxiliary and itself and
    opens with a nominative article: the parser took the inverted subject for an object ("hat
    der VfGH entschieden", "hatte der Sicherheitsberater der Regierung gesagt"); the same after a
    causative's finite verb ("ließ der 24-Jährige … erklären") and after a reflexive verb's "sich"
    ("äusserte sich die Konferenz"). A verb that addresses someone has its addressee as an object,
    so only the first of two objects is taken. `mute`: a parsed subject that cannot speak ("Drei
    Tage nach der Wahl hat die Kommission … erklärt")."""
    sent, lex = ctx.sent, ctx.lex
    kids = sent.children(v)
    if any(c.rel == "nsubj" and c is not mute and c.id not in stop for c in kids):  # not the content's own subject
        return None
    aux = next((c for c in kids if c.rel == "aux" and is_finite(c) and c.id < v.id), None)
    head = sent.head_of(v)
    if aux is None and v.rel == "xcomp" and head is not None and head.lemma in lex.causative_verbs and is_finite(head) \
            and not any(c.rel == "nsubj" for c in sent.children(head)):
        aux = head  # "ließ der 24-Jährige über seinen Verteidiger erklären": the subject of "lassen" speaks
    reflexive = next((c for c in kids if c.rel == "obj" and is_reflexive(c)), None) if is_finite(v) else None
    # the subject stands between the auxiliary and the verb, or after a reflexive verb's "sich"
    # ("äusserte sich die Konferenz": a reflexive verb's other object is its subject)
    start, end = (aux.id, v.id) if aux is not None else (reflexive.id, len(sent.tokens) + 1) if reflexive else (0, 0)
    objects = [c for c in kids if start < c.id < end and c.upos in NOMINAL and (
        c.rel in ({"obj", "iobj"} if aux is not None else {"obj"})  # "erinnert sich der 63-Jährige": no preposition
        or (c.rel == "obl" and aux is None and not any(k.rel == "case" for k in sent.children(c))))]
    anchor = aux or reflexive
    if full_lemma(sent, v, lex.particle_lemma)[0] in lex.addressing_verbs:
        # "hat die Stadt die Bewohner aufgefordert": of two objects, the first is the subject
        objects = objects[:1] if len(objects) > 1 else []
    for c in objects:
        if c.id not in stop:
            first = first_word(sent, c)
            if first.upos == "DET" and first.text.lower() in lex.oblique_determiners:
                continue
            if not (could_speak(c, lex) or proper_name_by_adjective(ctx.sent, c)) or c.upos == "PRON":
                continue
            toks = extend_apposition(sent, np_tokens(sent, c, stop))
            return toks, c, f"{v.text} -{c.deprel}-> {c.text} (a subject after '{anchor.text if anchor else ''}', parsed as object)", True
    return None


def proper_name_by_adjective(sent: Sentence, noun: Token) -> bool:
    """A noun with a capitalised adjective inside the sentence is a body's proper name ("die Wiener Linien")."""
    return noun.upos == "NOUN" and any(c.rel == "amod" and c.upos == "ADJ" and c.text[:1].isupper() and c.id > 1
                                       for c in sent.children(noun))


def _oblique(ctx: Context, head: Token) -> bool:
    """The noun phrase opens with an article, or is a pronoun, that no subject has ("den", "einem",
    "ihm"), or with one no subject has before a feminine noun ("Der Zeitung „Die Welt“ sagte …")."""
    first, lex = first_word(ctx.sent, head), ctx.lex
    return first.upos in {"DET", "PRON"} and (first.text.lower() in lex.oblique_determiners or (
        head.upos == "NOUN" and lex.oblique_feminine(first.text, head.lemma, head.text)))


def _fronted_subject(ctx: Context, v: Token, subj: Token, stop: set[int]) -> Token | None:
    """A named phrase before the verb that the parse made its object while it took a pronoun of
    both cases after the verb ("sie", "es") for the subject: in a main clause the fronted name is
    the subject ("Die Lyrikerin Sevim Acar nannte sie eine Lehrerin"); so is a named phrase after an
    object "es" ("Noch schärfer formulierte es Generalsekretärin Lea Sommerfeld")."""
    sent, lex = ctx.sent, ctx.lex
    if subj.upos != "PRON" or subj.id < v.id or subj.text.lower() not in lex.ambiguous_case_pronouns:
        return None
    for c in sent.children(v):  # before the verb; after it, past an "es" ("formulierte es Generalsekretärin Lea Sommerfeld")
        placed = c.id < v.id or (subj.lemma.lower() == "es" and c.id > subj.id)
        if c.rel in {"obj", "iobj", "nsubj"} and placed and c.id not in stop and c.upos in {"NOUN", "PROPN"} \
                and (c.upos == "PROPN" or _name_after(sent, c)) and not _oblique(ctx, c):
            return c
    return None


def _other_subject(ctx: Context, v: Token, subj: Token, stop: set[int], after: int = 0) -> Token | None:
    """Another subject the parse gave the verb (after token id `after`) that can speak, where the
    first one cannot ("Drei Tage nach der Wahl hat die Kommission …", "… formulierte es drastischer")."""
    return next((c for c in ctx.sent.children(v) if c.rel == "nsubj" and c is not subj and c.id not in stop
                 and c.id > after and could_speak(c, ctx.lex)), None)


def _name_after(sent: Sentence, noun: Token) -> bool:
    """A name right after the noun in apposition ("Fraktionsvize Jonas Albrecht", "Die Lyrikerin Sevim Acar")."""
    return any(c.rel in {"appos", "flat"} and c.upos == "PROPN" and c.id == noun.id + 1 for c in sent.children(noun))


def _circle_or_body(ctx: Context, noun: Token) -> bool:
    """A noun of circles in the plural ("Finanzkreisen") or of a body ("Ministerium"), where a passive's words are said."""
    lex = ctx.lex
    anon = lex.anonymous_noun(noun.lemma)
    definite = any(c.rel == "det" and is_article(c) and c.lemma.lower() == "der" or c.rel == "case" and c.text.lower() == "im"
                   for c in ctx.sent.children(noun))
    toks = ctx.sent.tokens
    quoted = 1 < noun.id < len(toks) and toks[noun.id - 2].text in QUOTES and toks[noun.id].text in QUOTES
    return (anon in lex.plural_anonymous and noun.text.lower() != noun.lemma.lower()) \
        or (definite and bool(lex.institution_noun(noun.lemma))) or quoted  # "im „Standard“": a paper's name


def _relative_before(ctx: Context, v: Token) -> int | None:
    """"Ein Beamter, der anonym bleiben wollte, sagte": the id of the comma that opens a
    relative clause ending right before the verb."""
    toks = ctx.sent.tokens
    if v.id < 3 or toks[v.id - 2].text != ",":
        return None
    for t in reversed(toks[: v.id - 2]):
        if t.text == "," and t.id < len(toks) and is_relative(toks[t.id]):
            return t.id
        if t.text in ".;:":
            return None
    return None


def _without_relative(tokens: list[Token]) -> list[Token]:
    """A mention without a relative clause that follows it ("Ein Mitarbeiter der Stadt[, der …]")."""
    for i, t in enumerate(tokens[:-1]):
        if t.text == "," and is_relative(tokens[i + 1]):
            return tokens[:i]
    return tokens


def addressee(ctx: Context, v: Token) -> list[Token]:
    """Whom the reporting verb's words were addressed to: its dative object ("sagte der
    Zeitung", also when parsed as obj), a phrase with an addressee preposition ("gegenüber der BBC"), the subject of the
    passive ("Ägypten wird aufgefordert"), or the partner of an interview it reports in."""
    sent, lex = ctx.sent, ctx.lex
    kids = sent.children(v)
    passive = any(c.deprel == "aux:pass" for c in kids) and full_lemma(sent, v, lex.particle_lemma)[0] in lex.addressing_verbs
    for c in kids:
        dative = c.rel == "obj" and c.upos in NOMINAL and (first_word(sent, c).text.lower() in lex.dative_openers
                                                             or (full_lemma(sent, v, lex.particle_lemma)[0] in lex.addressee_object_verbs
                                                                 and could_speak(c, lex)))
        if (c.deprel == "iobj" and not is_reflexive(c)) or dative or (passive and c.rel == "nsubj") \
                or (c.rel == "obl" and preposition_of(sent, c) in lex.addressee_prepositions):
            return [t for t in np_tokens(sent, c, {v.id}) if t.rel != "case" or t.head != c.id]
        if c.rel == "obl" and c.lemma in lex.cue_nouns:  # "in einem Interview mit der Zeitung erklärte …"
            partner = next((o for o in sent.children(c) if o.rel == "nmod" and any(
                k.rel == "case" and k.lemma.lower() == "mit" for k in sent.children(o))), None)
            if partner is not None:
                return [t for t in np_tokens(sent, partner, {v.id}) if t.rel != "case" or t.head != partner.id]
    return []
