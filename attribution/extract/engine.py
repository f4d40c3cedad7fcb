"""The attribution engine: ParsedDoc -> every attribution, with speaker, type and explanation.

Stages, each a function of the previous one:
1. quotations in the text (quotes.py);
2. candidates per sentence: reporting verbs (verb_cues.py, with reporting_verb.py, verb_content.py,
   verb_speaker.py), source markers (markers.py), attitude frames (attitude.py), hearsay
   (reportative.py); a marker outranks a speech act without content in its sentence;
3. "Dies bestätigte X": the previous sentence becomes the content of a demonstrative report;
4. quotation pass: quotations whose cue sits outside the sentence the parse gave them, direct
   quotes spread over several sentences, and quotations after a colon frame;
5. continuations: Konjunktiv sentences with no cue of their own, after reported speech or free
   (Konjunktiv I), reports whose own verb is in Konjunktiv, and hearsay after a report;
6. speakers resolved (coref.py) and typed (classify.py), in text order.
Stages 3 to 5 adjust the candidates they are given (content, kind, source) in place.
"""
from __future__ import annotations

import re
from dataclasses import replace

from attribution.extract.attitude import frame_candidates
from attribution.extract.candidate import Candidate, Context
from attribution.extract.classify import Typing, anonymity_reason, classify, could_speak, unowned_document
from attribution.extract.coref import Discourse
from attribution.extract.lexicon import Lexicon, load
from attribution.extract.markers import marker_candidates
from attribution.extract.quotes import Quote, find_quotes
from attribution.extract.reportative import reportative_candidates
from attribution.extract.reporting_verb import cue_of
from attribution.extract.syntax import (PAIRED, extend_place, first_finite, is_demonstrative_pronoun, is_finite,
                                        is_personal_pronoun, is_relative, main_finite,
                                        mention_bounds, np_after, np_head, np_tokens, preposition_of, subject)
from attribution.extract.verb_cues import verb_candidates
from attribution.extract.verb_speaker import inverted_subject, object_as_subject, proper_name_by_adjective, speaker_of
from attribution.types import Attribution, Cue, Explanation, ParsedDoc, Sentence, Span, Speaker, Token

QUESTION = "?"
MIN_QUOTE_WORDS = 4
BRACKETS = {"(", "["}
MAX_REPORT_DISTANCE = 5  # sentences back to the report a free Konjunktiv I sentence continues
PARAGRAPH_BREAK = "\n\n"  # a blank line between two sentences


def extract(doc: ParsedDoc, excluded: tuple[Span, ...] | list[Span] = (), lexicon: Lexicon | None = None) -> list[Attribution]:
    """Every attribution in a parsed article, in text order."""
    lex = lexicon or load(doc.lang)
    quotes = _speech_quotes(doc, find_quotes(doc.text), lex)
    sentences = [s for s in doc.sentences if not _excluded(s, excluded)]
    cands: list[Candidate] = []
    for sent in sentences:
        ctx = Context(sent, lex, quotes)
        found = verb_candidates(ctx) + marker_candidates(ctx)
        found += frame_candidates(ctx, found)
        # hearsay only counts where the sentence names no source of its own, or over a speech act
        hearsay = reportative_candidates(ctx) if all(c.kind == "reported" for c in found) else []
        if found and not _hearsay_over_speech_act(found, hearsay):
            hearsay = []
        cands += hearsay or _dedupe(_marker_over_speech_act(found))
    cands = _refer_back(_anaphoric_after_report(cands, sentences, lex), sentences, quotes)
    cands = _extend_quotes(cands, quotes, doc)
    cands += _standalone_quotes(sentences, cands, quotes, lex, doc.text)
    cands += _continuations(sentences, cands, lex, doc.text)
    cands.sort(key=lambda c: (c.sent.index, c.cue[0].start if c.cue else (c.content or (0, 0))[0]))
    return _finish(doc, cands, lex)


def _marker_over_speech_act(cands: list[Candidate]) -> list[Candidate]:
    """A sentence with a source marker reports through it, not through a speech act without
    content ("Die Saison hat nach Polizeiangaben einen Toten gefordert")."""
    if any(c.kind == "according_to" for c in cands):
        return [c for c in cands if c.kind != "reported"]
    return cands


def _hearsay_over_speech_act(found: list[Candidate], hearsay: list[Candidate]) -> bool:
    """A hearsay adverb on a speech act's own verb makes the act itself hearsay ("Angeblich drängen
    mehrere Gouverneure auf einen Zinsschritt"): who is said to push is the content, not the source."""
    verbs = {(c.sent.index, t.id) for c in found for t in c.cue}
    return any(h.rule == "reportative.adverb" and (h.sent.index, h.cue[0].head) in verbs for h in hearsay)


def _anaphoric_after_report(cands: list[Candidate], sentences: list[Sentence], lex: Lexicon) -> list[Candidate]:
    """Keep a marker such as "Danach" only where it can refer back to a source: a cited document
    in the sentence before, or a report there and a clause in Konjunktiv (else it means "afterwards")."""
    before = {b.index: a for a, b in zip(sentences, sentences[1:])}
    reported = {c.sent.index for c in cands if c.kind != "reportative" and c.cue_lemma not in lex.anaphoric_after_report}

    def keep(c: Candidate) -> bool:
        prev = before.get(c.sent.index)
        verb = main_finite(c.sent)
        if prev is None or verb is None:
            return False
        return (prev.index in reported and verb.feat("Mood") == "Sub") \
            or any(lex.statement_noun(t.lemma) for t in prev.tokens if t.upos == "NOUN")

    return [c for c in cands if c.cue_lemma not in lex.anaphoric_after_report or keep(c)]


def _refer_back(cands: list[Candidate], sentences: list[Sentence], quotes: list[Quote]) -> list[Candidate]:
    """"Dies bestätigte X": the content runs from the previous sentence to the pronoun (a direct
    quote where that sentence is a quotation: "„…“ Das sagt Maria Lenz"); hearsay found in that
    sentence is the same report, now with its source. A sourced report that a pronoun says again
    ("X forderte, … Das sagte er der Zeitung.") is not reported twice."""
    prev_of = {b.index: a for a, b in zip(sentences, sentences[1:])}
    sourced = {c.sent.index for c in cands if c.speaker and c.kind != "reportative" and not c.refers_back}
    out: list[Candidate] = []
    taken: set[int] = set()
    for c in cands:
        if c.refers_back:
            prev = prev_of.get(c.sent.index)
            if prev is None or c.content is None or (prev.index in sourced and len(c.speaker) == 1
                                                      and is_personal_pronoun(c.speaker[0])):
                continue
            c.content = (prev.start, c.content[1])
            quoted = next((q for q in quotes if q.start <= prev.start and prev.end - 1 <= q.end), None)
            if quoted is not None:
                c.kind, c.content, c.rule = "direct", (quoted.start, quoted.end), "direct.demonstrative"
            taken.add(prev.index)
        out.append(c)
    return [c for c in out if not (c.kind == "reportative" and c.sent.index in taken)]


def _speech_quotes(doc: ParsedDoc, quotes: list[Quote], lex: Lexicon) -> list[Quote]:
    """Quotations that can be speech: not a title announced by a word such as *Film* or
    *Operation* right before it (cues.toml: title_words)."""
    ends = {t.end: t for t in doc.tokens}
    out = []
    for q in quotes:
        pos = q.start
        while pos > 0 and doc.text[pos - 1].isspace():
            pos -= 1
        before = ends.get(pos)
        if before is not None and (before.lemma in lex.title_words or before.text in lex.title_words) \
                and before.text.lower() == before.lemma.lower():  # a title follows one singular thing, not "die Pläne"
            continue
        out.append(q)
    return out


def _excluded(sent: Sentence, excluded: tuple[Span, ...] | list[Span]) -> bool:
    """A sentence is boilerplate when every token lies in an excluded span (spans are per line)."""
    return bool(excluded) and all(any(s.start <= t.start and t.end <= s.end for s in excluded) for t in sent.tokens)


def _nested_span(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """One span lies inside the other."""
    return (b[0] <= a[0] and a[1] <= b[1]) or (a[0] <= b[0] and b[1] <= a[1])


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per cue token; a cue whose tokens lie inside another's content is kept only
    when it reports something else (nested reports inside a reported clause are dropped), and one
    without a speaker only when no cue with a speaker reports the same content."""
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    for c in cands:
        key = (c.sent.index, c.cue[0].id)
        if key in seen:
            continue
        if c.kind == "according_to" and any(o.content and o.kind != "according_to" and o.speaker
                                            and o.content[0] <= c.cue[0].start < o.content[1] for o in out):
            continue  # a perspective marker inside reported speech belongs to that speech
        if c.kind == "according_to" and c.speaker_head is not None and any(
                o.kind == "according_to" and o.speaker_head is not None and c.speaker_head.i in {t.i for t in o.speaker}
                for o in out):
            continue  # "Wie aus einer Übersicht des Ministeriums hervorgeht": one source marker, not two
        seen.add(key)
        out.append(c)
    # a verb cue inside the content of another verb cue of the same sentence is nested speech
    result = []
    for c in out:
        nested = any(o is not c and _inside(c, o) and o.kind in {"indirect", "mixed", "direct"} and c.kind in {"indirect", "mixed"}
                     and not (_inside(o, c) and _depth(o) > _depth(c))  # each in the other's content: the higher verb reports
                     for o in out)
        # "was quoted as saying that …": a second cue of the same content without a speaker adds nothing
        echo = not c.speaker and c.content is not None and any(
            o is not c and o.speaker and o.content and _nested_span(c.content, o.content) for o in out)
        if not nested and not echo:
            result.append(c)
    return result


def _inside(c: Candidate, o: Candidate) -> bool:
    """Whether `c`'s cue lies inside `o`'s content."""
    return bool(c.cue) and o.content is not None and o.content[0] <= c.cue[0].start < o.content[1]


def _depth(c: Candidate) -> int:
    """How deep the candidate's cue hangs below its sentence's root ("sagte" 0, a verb of its content more)."""
    depth, cur = 0, c.cue[0] if c.cue else None
    while cur is not None and cur.head != 0 and depth < len(c.sent.tokens):
        depth, cur = depth + 1, c.sent.head_of(cur)
    return depth


def _extend_quotes(cands: list[Candidate], quotes: list[Quote], doc: ParsedDoc) -> list[Candidate]:
    """Direct quotes get the whole quotation (over sentence breaks and around the cue); mixed
    quotes stay mixed."""
    for c in cands:
        if c.kind not in {"direct", "mixed"} or c.content is None:
            continue
        touching = [q for q in quotes if q.start < c.content[1] and c.content[0] < q.end]
        if c.kind == "direct" and touching and c.cue:
            # "„Wir sind“, sagte X, „sehr zufrieden.“": the quotation the reporting clause interrupts
            touching += [q for q in quotes if q.end <= c.cue[0].start and q.start >= c.sent.start
                         and doc.text[q.end:c.cue[0].start].strip() == "," and q.end <= min(t.start for t in touching)]
        if c.kind == "direct" and touching:
            start = min(q.start for q in touching)
            end = max(q.end for q in touching)
            # "„…“, sagte er, „…“": a quotation right after the reporting clause continues it
            clause_end = max([c.cue[-1].end, *(t.end for t in c.speaker)])  # not "von der Initiative „Gegenwind“"
            after = [q for q in quotes if q.start >= clause_end and q.start <= c.sent.end + 2
                     and not any(q is t for t in touching)]
            gap = doc.text[clause_end:after[0].start] if after and c.speaker else "."
            if len(gap) <= 3 and not any(p in gap for p in ".!?"):  # not "…, sagte X. „…“": a new sentence
                end = after[0].end
                c.notes.append("quotation continues after the reporting clause")
            c.content = (start, end)
    # quotations with a cue-less sentence right before ", sagte X" are found by the fallback
    return cands


def _standalone_quotes(sentences: list[Sentence], cands: list[Candidate], quotes: list[Quote],
                       lex: Lexicon, text: str) -> list[Candidate]:
    """A quotation that is a sentence of its own, with no cue, after "X äußerte sich:" (a cue and a
    colon ending the previous sentence), right after a report with a speaker ("…, sagte X.
    „Wir bleiben dabei.“"), or after a sentence of its paragraph about a person ("Seine Frau
    kümmert sich um die Buchhaltung. „Manchmal weiß ich nicht, …“")."""
    out: list[Candidate] = []
    by_index = {s.index: s for s in sentences}
    reports = sorted((c for c in cands if c.speaker and c.kind not in {"reportative", "according_to"}),
                     key=lambda c: c.sent.start)
    for q in quotes:
        if any(c.content and c.content[0] < q.end and q.start < c.content[1] for c in cands + out):
            continue
        inside = [t for s in sentences if s.start < q.end and q.start < s.end for t in s.tokens if q.start < t.start < q.end - 1]
        if len([t for t in inside if t.upos != "PUNCT"]) < MIN_QUOTE_WORDS or not any(is_finite(t) for t in inside):
            continue
        first, last = by_index.get(inside[0].sent), by_index.get(inside[-1].sent)
        if first is None or last is None:
            continue
        after = [t for t in last.tokens if t.start >= q.end]
        if any(t.upos != "PUNCT" for t in after):
            continue  # the quotation must end its sentence …
        if inside[0].id > 2:  # … and open it, unless a colon comes right before it
            colon = _colon_before(first, q)
            intro = _introduced(first, colon, q, lex, quotes) if colon is not None else None
            if intro is not None:
                out.append(intro)
            continue
        prev = by_index.get(first.index - 1)
        if prev is not None and prev.tokens[-1].text == ":":
            intro = _introduced(prev, prev.tokens[-1], q, lex, quotes)
            if intro is not None:
                out.append(intro)
            continue
        named_after = _speaker_after(first, q, by_index.get(last.index + 1), lex)
        if named_after is not None:
            out.append(named_after)
            continue
        earlier = [c for c in reports if c.sent.index in (first.index - 1, first.index - 2) and c.sent.end <= q.start]
        marked = [c for c in cands if c.kind == "according_to" and c.speaker and c.sent.index == first.index - 1
                  and c.speaker_head is not None and any(t.upos == "PROPN" for t in c.speaker)]
        earlier = sorted([*earlier, *marked], key=lambda c: c.sent.start)  # "X war nach eigenem Bekunden …"
        if earlier:
            p = earlier[-1]
            out.append(Candidate("direct", first, [], None, (q.start, q.end), p.speaker, p.speaker_head,
                                 "direct.continues_speaker", f"quotation with no cue after the report of sentence {p.sent.index + 1}",
                                 True, inherited=p))
            continue
        before = by_index.get(first.index - 1)
        topic = _person_subject(before, lex) if before is not None and PARAGRAPH_BREAK not in text[before.end:q.start] else None
        if before is not None and topic is not None:
            out.append(Candidate("direct", first, [], None, (q.start, q.end), np_tokens(before, topic), topic,
                                 "direct.topic_speaker", f"quotation with no cue after a sentence about '{topic.text}'", True))
    return out


def _person_subject(sent: Sentence, lex: Lexicon) -> Token | None:
    """The subject of a narrative sentence with no quotation, if it is a person: a personal
    pronoun of one person ("Sie kümmert sich …") or a person's name or noun, not a body."""
    verb = main_finite(sent)
    subj = subject(sent, verb) if verb is not None and not _quotes_a_clause(sent) else None
    if subj is None:
        return None
    if subj.upos == "PRON":
        return subj if subj.text.lower() in lex.pronouns and subj.feat("Number") != "Plur" else None
    return subj if _could_frame(subj, lex) and not lex.institution_noun(subj.lemma) else None


def _speaker_after(sent: Sentence, q: Quote, nxt: Sentence | None, lex: Lexicon) -> Candidate | None:
    """"„Es gibt keine Alternative.“ Mit diesen Worten verteidigte Scholz seinen Kurs.": the
    subject of a sentence that opens by pointing back at the quotation spoke it."""
    if nxt is None:
        return None
    words = tuple(t.text.lower() for t in nxt.tokens)
    opening = next((p for p in lex.quote_back_references if words[: len(p)] == p), None)
    verb = main_finite(nxt)
    subj = subject(nxt, verb) if opening is not None and verb is not None else None
    if verb is None or subj is None or not could_speak(subj, lex):
        return None
    clause = _clause_verb(nxt, verb)
    return Candidate("direct", sent, [clause], clause.lemma, (q.start, q.end), np_tokens(nxt, subj), subj,
                     "direct.words_after", f"'{' '.join(nxt.tokens[i].text for i in range(len(opening)))}' "
                     f"{clause.text} -nsubj-> {subj.text}", False)


def _clause_verb(sent: Sentence, verb: Token) -> Token:
    """The verb a finite auxiliary or copula serves ("hat … gesagt" -> "gesagt"), else the verb itself."""
    return (sent.head_of(verb) if verb.rel in {"aux", "cop"} else None) or verb


def _colon_before(sent: Sentence, q: Quote) -> Token | None:
    """The colon right before quotation `q` in its sentence ("Der Text lautete: „…“"), if any."""
    colon = next((t for t in reversed(sent.tokens) if t.text == ":" and t.end <= q.start), None)
    if colon is None or any(t.upos != "PUNCT" for t in sent.tokens if colon.end <= t.start < q.start):
        return None
    return colon


def _introduced(sent: Sentence, colon: Token, q: Quote, lex: Lexicon, quotes: list[Quote]) -> Candidate | None:
    """A quotation introduced by the words before `colon`: a verbless frame ("Zitat von Schröder:"),
    a reporting verb ("Er äußerte sich dazu:"), else the subject of the introducing clause ("Der
    Text lautete:", "Seine Bilanz fiel knapp aus:")."""
    before = [t for t in sent.tokens if t.id < colon.id]
    frame = _colon_frame(sent, q if q.start < sent.end else None)  # None: the colon ends the sentence
    if frame:
        return Candidate("direct", sent, [], None, (q.start, q.end), frame, np_head(frame),
                         "direct.colon_frame", "noun phrase, no verb, ':' then the quotation", True,
                         speaker_note="the noun phrase before the colon")
    ctx = Context(sent, lex, quotes)
    for v in reversed(before):
        cue = cue_of(ctx, v)
        if cue is not None:
            speaker, head, note, fallback = speaker_of(ctx, v, None)
            return Candidate("direct", sent, cue[1], cue[0], (q.start, q.end), speaker, head,
                             "direct.after_colon", f"'{v.text}' … ':' then the quotation", fallback, speaker_note=note)
    verb = next((t for t in before if is_finite(t)  # not a relative clause's: "Der Ermittler, der als Zeuge gilt, will …:"
                 and not any(is_relative(c) for c in sent.children(_clause_verb(sent, t)))), None)
    clause = _clause_verb(sent, verb) if verb is not None else None
    subj = next((c for c in sent.children(clause) if c.rel == "nsubj" and c.id < colon.id), None) if clause else None
    if subj is not None and clause is not None and (subj.lemma.lower() in lex.mute_pronouns or not could_speak(subj, lex)):
        # "Ähnlich sieht es die Verbraucherzentrale:", "Die Anwendung stellte der SPD-Vorsitzende in Frage:":
        # a fronted object parsed as subject; the subject follows
        after = next((c for c in sent.children(clause) if c.rel in {"nsubj", "obj"} and subj.id < c.id < colon.id
                      and c.upos in {"NOUN", "PROPN"} and could_speak(c, lex)), None)
        subj = after if after is not None or subj.lemma.lower() in lex.mute_pronouns else subj
    if subj is None or clause is None:
        return None
    return Candidate("direct", sent, [], None, (q.start, q.end), np_tokens(sent, subj), subj,
                     "direct.after_colon_subject", f"'{subj.text}' subject of the clause ending in ':'", True,
                     speaker_note=f"{clause.text} -nsubj-> {subj.text}")


def _colon_frame(sent: Sentence, q: Quote | None) -> list[Token]:
    """"Zitat von Schröder: „…“", "Ein Kommissar nach der Festnahme: „…“": the noun phrase that
    opens a verbless stretch ending in the colon before quotation `q` (None: the sentence's last colon)."""
    colon = next((t for t in reversed(sent.tokens) if t.text == ":" and (q is None or t.end <= q.start)), None)
    if colon is None or (q is not None and any(t.upos != "PUNCT" for t in sent.tokens if colon.end <= t.start < q.start)):
        return []
    before = [t for t in sent.tokens if t.id < colon.id]
    if not before or any(is_finite(t) or t.upos == "VERB" or t.text in {",", ";", "."} for t in before):
        return []
    return np_after(sent, before[0].id)


def _konjunktiv(sent: Sentence, lex: Lexicon) -> tuple[bool, str]:
    """(is the main clause in Konjunktiv, how it was decided); a first-person subject is the text's own voice."""
    verb = main_finite(sent)
    how = "parse: main-clause verb"
    if verb is None:
        verb, how = first_finite(sent), "fallback: first finite verb"
    if verb is None or verb.feat("Mood") != "Sub":
        return False, how
    clause = _clause_verb(sent, verb)
    subj = next((c for c in sent.children(clause) if c.rel == "nsubj"), None)
    if verb.lemma in lex.hedging_modals and verb.feat("Tense") != "Pres" and subj is not None \
            and (subj.text.lower() in lex.demonstratives or subj.lemma.lower() in lex.demonstratives):
        return False, f"{how}: '{subj.text} {verb.text}' (Konjunktiv II of a modal on what was said) is the author's comment"
    if subj is not None and subj.lemma.lower() in lex.first_person:
        return False, how
    return True, f"{how} '{verb.text}' is Konjunktiv ({'I' if verb.feat('Tense') == 'Pres' else 'II'})"


def _continuations(sentences: list[Sentence], cands: list[Candidate], lex: Lexicon, text: str) -> list[Candidate]:
    """Konjunktiv sentences with no cue of their own, right after reported speech; and sentences
    headed by reportative *sollen* there ("Die Steuer soll im Mai steigen."), in the same paragraph:
    one that opens a paragraph states a plan in the author's voice ("Das Gesetz soll im Frühjahr kommen.")."""
    by_sent: dict[int, list[Candidate]] = {}
    for c in cands:
        by_sent.setdefault(c.sent.index, []).append(c)
    out: list[Candidate] = []
    last: Candidate | None = None
    recent: Candidate | None = None  # the last report or continuation with a speaker, which a later free Konjunktiv may continue
    prev_index = -2
    prev_sent: Sentence | None = None
    for sent in sentences:
        before, prev_sent = prev_sent, sent
        here = [c for c in by_sent.get(sent.index, []) if c.kind != "reportative"]
        if here and last is not None and sent.index == prev_index + 1 and _reported_report(sent, here, lex):
            for c in here:  # "Die Studie habe festgestellt, dass …": the report itself is reported
                c.kind, c.inherited, c.rule = "continuation", last, "continuation.reported_report"
                c.content = (sent.tokens[0].start, sent.tokens[-1].end)
                c.notes.append(f"the reporting verb '{c.cue[0].text}' is itself in Konjunktiv: a report within the previous one")
            for c in here[1:]:
                cands.remove(c)  # one continuation per sentence
            here = here[:1]
        if here:
            for c in here:  # "Die Staatsanwaltschaft erhob Anklage: Ihm wird vorgeworfen, …": known now, for what follows
                if not c.speaker and not c.anaphoric and c.inherited is None and before is not None:
                    _source_from_sentence_before(c, before, lex)
            last = here[-1]
            recent = next((c for c in reversed(here) if c.speaker or c.anaphoric), recent)
            prev_index = sent.index
            continue
        quoted = next((c for c in cands if c.kind == "direct" and c.content and c.content[0] <= sent.start
                       and sent.end <= c.content[1]), None)
        if quoted is not None:  # a sentence inside a quotation already attributed is part of it
            last, prev_index = quoted, sent.index
            continue
        is_question = sent.tokens[-1].text == QUESTION
        sub, how = _konjunktiv(sent, lex)
        hearsay_cands = [c for c in by_sent.get(sent.index, []) if c.kind == "reportative"]
        hearsay = bool(hearsay_cands)
        if hearsay and last is not None and sent.index == prev_index + 1:
            for h in hearsay_cands:  # "Er soll … gesagt haben." right after a report: it stays unattributed,
                h.context = last     # but the report's source phrase is kept as its likely source
                h.notes.append(f"likely source in context: the report of sentence {last.sent.index + 1}")
            last = hearsay_cands[-1]
            prev_index = sent.index
            continue
        verb = main_finite(sent) or first_finite(sent)
        same_paragraph = before is None or PARAGRAPH_BREAK not in text[before.end:sent.start]
        if not sub and not hearsay and verb is not None and verb.lemma in lex.reportative_modals and same_paragraph:
            sub, how = True, f"main-clause verb '{verb.text}' (reportative modal) after reported speech"
        if last is not None and last.kind == "reported" and "(II)" in how and verb is not None and verb.lemma in lex.hedging_modals:
            sub = False  # after a speech act without content a modal's Konjunktiv II is the author's ("könnte")
        continues = last is not None and sent.index == prev_index + 1
        view = _perspective(sent, lex, continues) if sub and not hearsay and not is_question else None
        if view is not None:
            out.append(view)
            last = recent = view
            prev_index = sent.index
            continue
        if last is not None and sent.index == prev_index + 1 and sub and not is_question and _ends_like_sentence(sent):
            content = (sent.tokens[0].start, sent.tokens[-1].end)
            cont = Candidate("continuation", sent, [], None, content, last.speaker, last.speaker_head,
                             "continuation.konjunktiv", how, "fallback" in how, inherited=last)
            out.append(cont)
            last = cont
            recent = cont if cont.speaker else recent
            prev_index = sent.index
        elif sub and "(I)" in how and not hearsay and not is_question and before is not None and _ends_like_sentence(sent):
            cont = _free_konjunktiv(sent, before, recent, how, lex)
            out.append(cont)
            last = cont
            recent = cont if cont.speaker else recent
            prev_index = sent.index
        else:
            last = None
    return out


def _perspective(sent: Sentence, lex: Lexicon, continues: bool) -> Candidate | None:
    """A Konjunktiv sentence that opens with a perspective preposition and a person or body gives
    that one's view ("Für den Theologen Hans Küng sei der Rücktritt verständlich"); right after
    reported speech (`continues`) only a named one's, else the sentence goes on with the speaker
    ("Für die Stadtkasse bleibe ein Eigenanteil")."""
    prep = sent.tokens[0]
    head = sent.head_of(prep) if prep.lemma.lower() in lex.perspective_prepositions and prep.rel == "case" else None
    if head is None or head.upos not in {"NOUN", "PROPN"} or not could_speak(head, lex) or lex.statement_noun(head.lemma):
        return None
    phrase = [t for t in np_tokens(sent, head) if t is not prep]
    rest = [t for t in sent.tokens if t.id > phrase[-1].id and t.upos != "PUNCT"]
    if not rest or continues and not any(t.upos == "PROPN" for t in phrase):
        return None
    return Candidate("according_to", sent, [prep], prep.lemma.lower(), (rest[0].start, rest[-1].end), phrase, head,
                     "according_to.perspective", f"'{prep.text} {head.text}' opens a Konjunktiv sentence: whose view it is")


def _reported_report(sent: Sentence, here: list[Candidate], lex: Lexicon) -> bool:
    """Every report of the sentence hangs on a Konjunktiv reporting verb ("Ferner habe die Studie
    festgestellt, dass …", "Die IAEO gehe davon aus, dass …")."""
    return _konjunktiv(sent, lex)[0] and all(
        c.kind in {"indirect", "reported"} and c.cue and any(
            t.feat("Mood") == "Sub" or any(a.feat("Mood") == "Sub" for a in c.sent.children(t) if a.rel == "aux")
            for t in c.cue if t.upos in {"VERB", "AUX"})
        for c in here)


def _free_konjunktiv(sent: Sentence, before: Sentence, recent: Candidate | None, how: str, lex: Lexicon) -> Candidate:
    """A main clause in Konjunktiv I with no report right before it: German news uses this mood
    for reported speech only, so it is reported. Its likely source is a person or body subject
    of the sentence before, which frames it ("Der Dekan sieht den Streit gelassen. Man habe
    nichts gewusst."), else the last report within MAX_REPORT_DISTANCE sentences."""
    content = (sent.tokens[0].start, sent.tokens[-1].end)
    frame = _framing_source(before, lex)
    if frame is not None:
        phrase, head, path = frame
        return Candidate("continuation", sent, [], None, content, phrase, head, "continuation.konjunktiv_i",
                         f"{how}; source: {path} in the sentence before", True,
                         speaker_note="source named in the sentence before", speaker_guess=True)
    if recent is not None and 0 < sent.index - recent.sent.index <= MAX_REPORT_DISTANCE:
        return Candidate("continuation", sent, [], None, content, recent.speaker, recent.speaker_head,
                         "continuation.konjunktiv_i", f"{how}; source: the report of sentence {recent.sent.index + 1}",
                         False, inherited=recent)
    return Candidate("continuation", sent, [], None, content, [], None, "continuation.konjunktiv_i",
                     f"{how}; source: none found", True)


def _framing_source(before: Sentence, lex: Lexicon) -> tuple[list[Token], Token, str] | None:
    """The likely speaker of a free Konjunktiv I sentence named in the narrative sentence before
    it: its subject ("Der Dekan sieht den Streit gelassen."), else a passive's agent ("Die Pläne
    wurden vom Verband kritisiert.") or the document it cites ("Im Bericht wird … genannt."). Not
    in a sentence with a quotation, and not a pronoun: pronouns mostly mean the last report's
    speaker, which is the better guess then. Returns (phrase, head, dependency path)."""
    verb = main_finite(before)
    if verb is None or _quotes_a_clause(before):
        return None
    subj = subject(before, verb)
    if subj is not None and _could_frame(subj, lex, before):
        return np_tokens(before, subj), subj, f"{verb.text} -nsubj-> {subj.text}"
    clause, ctx = _clause_verb(before, verb), Context(before, lex, [])
    misread = object_as_subject(ctx, clause, {clause.id}) if subj is None else None
    if misread is not None and misread[1] is not None and _could_frame(misread[1], lex) \
            and misread[0][0].upos == "DET":  # "wollte sich der Konzern nicht äußern"
        return misread[0], misread[1], misread[2] or ""
    if subj is not None and is_demonstrative_pronoun(subj):  # "Das kündigten X und Y an"
        inverted = inverted_subject(ctx, clause, {clause.id})
        if inverted is not None and _could_frame(inverted[1], lex):
            return inverted[0], inverted[1], f"noun phrase after '{clause.text}' ('{subj.text}' is the fronted object)"
    reports = cue_of(ctx, clause) is not None
    for c in before.children(clause) if reports else []:  # "wurde vom Verband kritisiert", not "… gezwungen"
        case = preposition_of(before, c)
        if c.rel != "obl" or c.upos not in {"NOUN", "PROPN"} or case is None:
            continue
        agent = case in lex.agent_prepositions and _could_frame(c, lex)
        document = case in lex.source_prepositions and bool(lex.statement_noun(c.lemma) or c.lemma in lex.cue_nouns)
        if agent or document:
            return np_tokens(before, c), c, f"{clause.text} -obl-> {c.text}"
    return None


def _owner_before(c: Candidate, typing: Typing, before: Sentence, discourse: Discourse, lex: Lexicon) -> Typing:
    """"Die Elternvertretung begrüßte die Pläne. …, hieß es in einer Stellungnahme": a statement
    with no owner is that of the person or body the narrative sentence before is about."""
    frame = _framing_source(before, lex)
    if frame is None:
        return typing
    tokens, head, path = frame
    owner = classify(tokens, head, discourse, lex, tokens[0].start, before.index)
    if owner.type not in {"named", "institutional"}:
        return typing
    word = c.speaker_head.text if c.speaker_head else ""
    return replace(owner, reason=f"'{word}' of the subject of the sentence before ({path}): {owner.reason}")


def _owner_in_sentence(c: Candidate, typing: Typing, discourse: Discourse, lex: Lexicon) -> Typing:
    """"Das Parlament verabschiedete eine Resolution, welche … auffordert": a document with no owner
    that is the object of a verb is that verb's subject's, when the subject is a person or body."""
    head, sent = c.speaker_head, c.sent
    verb = sent.head_of(head) if head is not None and head.rel == "obj" else None
    subj = subject(sent, verb) if verb is not None else None
    if head is None or verb is None or subj is None or not _could_frame(subj, lex, sent):
        return typing
    tokens = np_tokens(sent, subj)
    owner = classify(tokens, subj, discourse, lex, tokens[0].start, sent.index)
    if owner.type not in {"named", "institutional"}:
        return typing
    return replace(owner, reason=f"'{head.text}' of the subject of '{verb.text}' ({verb.text} -nsubj-> {subj.text}): "
                                 f"{owner.reason}")


def _quotes_a_clause(sent: Sentence) -> bool:
    """The sentence holds a quotation with a finite verb: a quoted statement, not a title or a
    scare-quoted word ("Nach dem „mangelhaft“ der Stiftung …")."""
    opened: str | None = None
    finite = False
    for t in sent.tokens:
        if opened is None:
            if t.text in PAIRED and t.text not in BRACKETS:
                opened, finite = t.text, False
        elif t.text in PAIRED[opened] and t.text != opened:
            if finite:
                return True
            opened = None
        else:
            finite = finite or is_finite(t)
    return opened is not None


def _could_frame(t: Token, lex: Lexicon, sent: Sentence | None = None) -> bool:
    """A name, or a noun of people or bodies (not a document), also one named with a capitalised
    adjective ("Das Weiße Haus"): a phrase that can be a narrative sentence's speaker."""
    if t.upos == "PROPN":
        return True
    named = sent is not None and proper_name_by_adjective(sent, t)
    return t.upos == "NOUN" and not (lex.statement_noun(t.lemma) or t.lemma in lex.cue_nouns) \
        and (could_speak(t, lex) or named)


def _source_from_sentence_before(c: Candidate, before: Sentence, lex: Lexicon) -> None:
    """A report with no source of its own takes a guess from the sentence before (kept only if it
    names a person or body) where that sentence frames it: for an anaphoric marker with no report
    before it, the document that sentence names ("… stimmte einer Gesetzesvorlage zu. Demnach …"),
    else its subject ("Eine Umfrage ergab …. Demnach …"); after a sentence ending in a colon, its
    subject ("Die Staatsanwaltschaft erhob Anklage: Dem Mann wird vorgeworfen, …"). A cue with
    an adverb pointing back to a document ("Darin heißt es") takes only that document; an
    impersonal cue ("…, hieß es") whom the sentence before, about speaking, is about."""
    points_back = any(k.text.lower() in lex.document_references for t in c.cue for k in c.sent.children(t))
    if c.cue_lemma in lex.impersonal_cues and not (c.anaphoric or points_back):
        verb = main_finite(before)
        speaks = verb is not None and cue_of(Context(before, lex, []), _clause_verb(before, verb)) is not None
        frame = _framing_source(before, lex) if speaks else None  # "Der Konzern wollte sich nicht äußern. …, hieß es."
        if frame is not None:
            c.speaker, c.speaker_head, c.speaker_guess = frame[0], frame[1], True
            c.speaker_note = f"'{frame[1].text}', whom the sentence before is about ({frame[2]}), for an impersonal cue"
        return
    if not (c.anaphoric or points_back or before.tokens[-1].text == ":"):
        return
    document = next((t for t in reversed(before.tokens) if t.upos == "NOUN" and t.rel != "compound"
                     and (lex.names_document(t.lemma, t.text) or t.lemma in lex.cue_nouns
                          or (points_back and lex.addressee_outlet(t.lemma)))),  # "…, heißt es dort": the paper
                    None) if c.anaphoric or points_back else None
    if document is not None:  # "Der Bundestag stimmte einer Gesetzesvorlage zu. Demnach …": the document
        c.speaker = [t for t in np_tokens(before, document) if not (t.upos == "ADP" and t.id < document.id)]
        c.speaker_head, c.speaker_guess = document, True
        c.speaker_note = f"document '{document.text}' of the sentence before, which '{c.cue[0].text if c.cue else ''}' refers back to"
        return
    if points_back:
        return
    verb = main_finite(before)
    subj = subject(before, verb) if verb is not None else None
    if subj is None or subj.upos not in {"NOUN", "PROPN"}:
        return
    inverted = inverted_subject(Context(before, lex, []), _clause_verb(before, verb), set()) \
        if verb is not None and subj.id < verb.id and not could_speak(subj, lex) else None
    if inverted is not None:  # "Ihr Ziel gab die SPD-Politikerin nicht auf:": a fronted object parsed as subject
        subj = inverted[1]
    c.speaker, c.speaker_head, c.speaker_guess = inverted[0] if inverted else np_tokens(before, subj), subj, True
    c.speaker_note = f"subject '{subj.text}' of the sentence before, which " + (
        "ends in a colon" if before.tokens[-1].text == ":" else f"'{c.cue[0].text if c.cue else ''}' refers back to")


def _ends_like_sentence(sent: Sentence) -> bool:
    """Headlines and captions (no final punctuation) leave reported speech."""
    last = sent.tokens[-1].text  # also "… noch 40.", where the full stop stayed on the number
    return last in {"!", "“", "”", "\"", "«", "»"} or last.endswith(".") or any(is_finite(t) for t in sent.tokens[-2:])


def _from_previous(prev: Attribution, c: Candidate, text: str, why: str, note: str,
                   source_phrase: Span | None) -> Attribution:
    """An attribution whose speaker, type and anonymity are the previous attribution's: a
    continuation, or a marker that refers back ("demnach …")."""
    return Attribution(
        kind=c.kind, type=prev.type, cue=_cue(c),
        content=Span(c.content[0], c.content[1], text[c.content[0]:c.content[1]]) if c.content else None,
        speaker=prev.speaker,
        explanation=Explanation(c.rule, c.cue_lemma, c.path, c.fallback, f"{why} ({prev.explanation.type_reason})",
                                (f"{note} '{prev.cue.text if prev.cue else prev.kind}' of sentence {prev.sentence + 1}",
                                 *c.notes)),
        sentence=c.sent.index, anonymity_reason=prev.anonymity_reason,
        source_description=prev.source_description, source_phrase=source_phrase)


def _named_mention(att: Attribution, text: str, before: int) -> Attribution:
    """A continuation, or a quotation with no cue, of a named person met as a pronoun or description
    ("sagte sie") shows the person's last mention by name before it: it has no mention of its own,
    and the name is what a reader needs."""
    speaker = att.speaker
    name = speaker.name if speaker is not None and att.cue is None and att.type == "named" else None
    if speaker is None or not name or re.search(rf"\b{re.escape(name.split()[-1])}\b", speaker.text):
        return att
    for wanted in (name, name.split()[-1]):
        at = max((m.start() for m in re.finditer(rf"\b{re.escape(wanted)}\b", text[:before])), default=-1)
        if at >= 0:
            return replace(att, speaker=Speaker(wanted, at, at + len(wanted), wanted.split()[-1], name,
                                                f"continues '{speaker.text}' ({speaker.resolution}); shown by its name"))
    return att


def _cue(c: Candidate) -> Cue | None:
    """The candidate's cue words as a Cue (None for continuations, also a reported report's: "Er
    räume die Schläge ein, könne sich aber nicht erinnern" continues the speaker; its verb is in the notes)."""
    if not c.cue or c.kind == "continuation":
        return None
    return Cue(" ".join(t.text for t in c.cue), tuple((t.start, t.end) for t in c.cue), c.cue_lemma or c.cue[0].lemma)


def _phrase(sent: Sentence, tokens: list[Token], text: str) -> Span | None:
    """A mention (source phrase, addressee) as a span; a name in quotation marks takes them
    (*laut „BBC News“*)."""
    if not tokens:
        return None
    first, last = tokens[0], tokens[-1]
    toks = sent.tokens
    if 1 < first.id and last.id < len(toks):
        before, after = toks[first.id - 2], toks[last.id]
        if before.text in PAIRED and after.text in PAIRED[before.text] and after.text != before.text:
            first, last = before, after
    return Span(first.start, last.end, text[first.start:last.end])


def _bound_source(c: Candidate, doc: ParsedDoc, lex: Lexicon) -> None:
    """Cut the speaker and source phrase to the mention itself, whatever rule found them (see `mention_bounds`)."""
    def bound(tokens: list[Token]) -> list[Token]:
        if not tokens or any(t.sent != tokens[0].sent for t in tokens):
            return tokens
        sent = doc.sentences[tokens[0].sent]
        return extend_place(sent, mention_bounds(sent, tokens, c.speaker_head, lex), lex, c.cue_ids if c.cue and c.cue[0].sent == sent.index else set())
    c.speaker = bound(c.speaker)
    if c.phrase:
        c.phrase = bound(c.phrase)


def _finish(doc: ParsedDoc, cands: list[Candidate], lex: Lexicon) -> list[Attribution]:
    """Resolve speakers and assign types in text order; build the output values."""
    discourse = Discourse(doc, lex)
    built: dict[int, Attribution] = {}
    # the source phrase a continuation carries on: an anaphoric marker's is its antecedent's
    carried: dict[int, Span | None] = {}
    out: list[Attribution] = []
    text = doc.text
    for c in cands:
        _bound_source(c, doc, lex)
        if c.anaphoric:
            prev_att = next((a for a in reversed(out) if a.speaker is not None and c.sent.index - a.sentence <= 2), None)
            if prev_att is not None:
                att = _from_previous(prev_att, c, text, "source of the previous report", "refers back to",
                                     _phrase(c.sent, c.phrase or [], text))
                built[id(c)] = att
                carried[id(att)] = carried.get(id(prev_att), prev_att.source_phrase)
                out.append(att)
                continue
        if not c.speaker and c.inherited is None and c.kind != "reportative" and c.sent.index > 0:
            _source_from_sentence_before(c, doc.sentences[c.sent.index - 1], lex)
        if c.inherited is not None and id(c.inherited) in built:
            prev = built[id(c.inherited)]
            att = _named_mention(_from_previous(prev, c, text, "continues the previous attribution", "continues",
                                                carried.get(id(prev), prev.source_phrase)), text, c.sent.start)
            built[id(c)] = att
            out.append(att)
            ent = discourse.entity_named(att.speaker.name) if att.type == "named" and att.speaker and att.speaker.name else None
            if ent is not None:  # the person a continuation goes on with stays the salient subject
                discourse.note_speaker(ent, c.sent.tokens[0].start, c.sent.index)
            continue
        start = c.speaker[0].start if c.speaker else (c.cue[0].start if c.cue else 0)
        # a quotation over several sentences: who is salient is counted from where it opens
        opens = discourse.sentence_of(c.content[0]) if c.content else c.sent.index
        recent = next((a for a in reversed(out) if a.speaker is not None and c.sent.index - a.sentence <= 1), None)
        body = recent.speaker.text if recent is not None and recent.speaker and recent.type == "institutional" else None
        said = min(opens, c.sent.index, c.speaker[0].sent if c.speaker else c.sent.index)  # also a source named the sentence before
        typing = classify(c.speaker, c.speaker_head, discourse, lex, start, said, content=c.content, previous_body=body)
        person = discourse.entity_named(typing.name) if typing.type == "named" and typing.name else None
        if person is not None and person.pseudonym:  # "Sabine K. …, die in Wahrheit anders heißt"
            typing = Typing("anonymous", f"'{typing.name}' is not the person's own name ('{person.pseudonym}')",
                            typing.name, typing.resolution, description=typing.name)
        first = min(opens, c.sent.index) if c.kind == "direct" else c.sent.index  # a quotation: the sentence before it opens
        if typing.type == "anonymous" and unowned_document(c.speaker, c.speaker_head, lex):
            typing = _owner_in_sentence(c, typing, discourse, lex)
        if typing.type == "anonymous" and first > 0 and unowned_document(c.speaker, c.speaker_head, lex) \
                and (c.kind == "according_to" or c.cue_lemma in lex.impersonal_cues  # where it was said, not who
                     or c.cue_lemma in lex.source_phrase_verbs):  # "Das geht aus einem Papier hervor"
            typing = _owner_before(c, typing, doc.sentences[first - 1], discourse, lex)
            if typing.type == "anonymous" and recent is not None and recent.type in {"named", "institutional"} \
                    and c.cue_lemma in lex.impersonal_cues:  # "Die Armee erklärte, … Man habe … , hieß es in einer Stellungnahme"
                typing = Typing(recent.type, f"'{c.speaker_head.text if c.speaker_head else ''}' of the source of the "
                                             f"report just before: {recent.explanation.type_reason}",
                                recent.speaker.name if recent.speaker else None)
        head = c.speaker_head
        prior = next((a for a in reversed(out) if a.speaker is not None and head is not None and c.speaker_guess
                      and a.speaker.start <= head.start < a.speaker.end), None) if typing.type == "anonymous" else None
        if prior is not None and prior.type in {"named", "institutional"}:  # "Das geht aus einem Papier der CSU
            # hervor. Darin heißt es …": the document the report before was typed by
            typing = Typing(prior.type, f"'{head.text if head else ''}', the source of the report before: "
                                        f"{prior.explanation.type_reason}", prior.speaker.name if prior.speaker else None)
        if c.speaker and not c.speaker_guess and not typing.person_or_body and c.kind != "according_to":
            if recent is not None:  # "Die Tat sei geplant gewesen, sagte er": a phrase that cannot speak
                c.notes.append(f"'{' '.join(t.text for t in c.speaker)}' cannot speak ({typing.reason})")
                att = _from_previous(recent, c, text, "the speaker of the report before", "speaker taken from",
                                     carried.get(id(recent), recent.source_phrase))
                built[id(c)] = att
                out.append(att)
                continue
        if c.speaker and not typing.person_or_body and c.kind != "according_to":  # no report before: no source
            c.notes.append(f"'{' '.join(t.text for t in c.speaker)}' cannot speak ({typing.reason}); no source")
            c.speaker, c.speaker_head = [], None
            typing = classify([], None, discourse, lex, start, c.sent.index)
        if c.speaker_guess and not typing.person_or_body:
            c.notes.append(f"source guess '{' '.join(t.text for t in c.speaker)}' dropped: {typing.reason}")
            c.speaker, c.speaker_head = [], None
            typing = classify([], None, discourse, lex, start, c.sent.index)
        speaker = None
        if c.speaker:
            s0, s1 = c.speaker[0].start, c.speaker[-1].end
            document = next((t for t in c.phrase or [] if t.upos == "NOUN"), None)
            if document is not None and lex.document_noun(document.lemma) and document.end <= s0 \
                    and c.phrase and c.phrase[-1].end >= s1:  # "Einem Bericht des Fachdienstes zufolge": a
                s0 = next(t.start for t in c.phrase if t.upos != "ADP")  # document is a source with its owner
            speaker = Speaker(text[s0:s1], s0, s1, c.speaker_head.text if c.speaker_head else c.speaker[-1].text,
                              typing.name, typing.resolution)
            if typing.name and typing.type == "named":
                ent = discourse.entity_for(c.speaker, c.speaker_head)
                if ent is None or ent.name != typing.name:  # "Freiburgs Trainer Tobias Kessler": the person typed, not "Freiburgs"
                    ent = discourse.entity_named(typing.name) or ent
                target = ent or discourse.person_named(typing.name)  # "Merkel sagte: … Sie fügte hinzu": a lone name judged here
                discourse.note_speaker(target, s0, c.sent.index)
            elif typing.type in {"anonymous", "institutional"} and c.speaker_head is not None \
                    and c.speaker_head.upos == "NOUN" and not typing.resolution:
                head = c.speaker_head
                if lex.statement_noun(head.lemma) or lex.document_noun(head.lemma):  # "die Ergebnisse eines Amtsrichters":
                    head = next((t for t in c.speaker if t.id > head.id and t.upos == "NOUN"  # the one who wrote them
                                 and (lex.role_noun(t.lemma) or lex.person_like(t.text))), head)
                discourse.note_unnamed_speaker(speaker.text, typing.type == "institutional", head, s0, c.sent.index)
        notes = tuple(c.notes) + ((f"speaker: {c.speaker_note}",) if c.speaker_note else ())
        reason = anonymity_reason(c.sent, lex, text) if typing.type == "anonymous" else None
        att = Attribution(
            kind=c.kind, type=typing.type, cue=_cue(c),
            content=Span(c.content[0], c.content[1], text[c.content[0]:c.content[1]]) if c.content else None,
            speaker=speaker,
            explanation=Explanation(c.rule, c.cue_lemma, c.path, c.fallback, typing.reason, notes),
            sentence=c.sent.index, anonymity_reason=reason, source_description=typing.description,
            source_phrase=carried.get(id(built[id(c.context)]), built[id(c.context)].source_phrase)
            if c.context is not None and id(c.context) in built
            else _phrase(c.sent, c.speaker if c.phrase is None else c.phrase, text),
            addressee=_phrase(c.sent, c.addressee, text))
        att = _named_mention(att, text, c.sent.start)  # a quotation with no cue after a sentence about "sie"
        built[id(c)] = att
        out.append(att)
    return out
