"""A language's attribution lexicon, read from the data files in attribution/lang/<lang>/.

Code asks the lexicon questions ("is this lemma a reporting cue?", "what type does this head
noun suggest?"); it never spells a word of the language itself.
"""
from __future__ import annotations

import functools
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources


@dataclass(frozen=True)
class Multiword:
    """A verb that is a cue only together with other words of its clause."""

    verb: str
    with_: tuple[str, ...]
    cue: str


@functools.lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Lower case without diacritics ("Jürgen" -> "jurgen", "Strauß" -> "strauss"), as the world name list writes names."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ß", "ss"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class FirstNames:
    """First names: the language's own lists exactly, and the world list (`lang/world_names.tsv`)
    in folded form unless the word is a place the language's gazetteers know ("Paris", "China")."""

    listed: frozenset[str]
    world: Mapping[str, str] = field(default_factory=dict)  # folded name -> "f" or "m"
    places: frozenset[str] = frozenset()

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        parts = word.split("-")  # "Frank-Jürgen", "Marie-Luise": each part a first name
        return self._single(word) or (len(parts) > 1 and all(part and self._single(part) for part in parts))

    def _single(self, word: str) -> bool:
        """One name without hyphens, listed exactly or known to the world list."""
        return word in self.listed or (word not in self.places and fold(word) in self.world)

    def world_gender(self, word: str) -> str | None:
        """"fem" or "masc" by the world list, None when it does not know the name or it is a place."""
        g = self.world.get(fold(word)) if word not in self.places else None
        return {"f": "fem", "m": "masc"}.get(g or "")


@dataclass(frozen=True)
class Lexicon:
    """Everything the engine needs to know about one language."""

    lang: str
    speech: frozenset[str]
    thought: frozenset[str]
    characterisation: frozenset[str]
    multiword: tuple[Multiword, ...]
    cue_nouns: frozenset[str]
    attitude_nouns: frozenset[str]  # "ist der Meinung, dass …"
    attitude_adjectives: frozenset[str]  # "hält es für möglich, dass …"
    speech_act_prepositions: frozenset[str]
    negations: frozenset[str]  # "nicht", "nie": a negated speech act says nothing
    target_object_verbs: frozenset[str]  # "kritisierte die Pläne": an object alone is no speech content
    reflexive_non_speech: frozenset[str]  # "stellte sich als Attrappe heraus": reflexive, no speech
    continuing_particles: frozenset[str]  # "sagte weiter": the particle adds "went on", the verb stays a cue
    verbs: frozenset[str]  # infinitives the language's verb lexicon knows ("anrufen"), to tell real particle verbs
    generic_subjects: frozenset[str]
    impersonal_cues: frozenset[str]
    causative_verbs: frozenset[str]  # "ließ er über seinen Anwalt erklären": the finite verb opens the reporting clause
    source_phrase_verbs: Mapping[str, frozenset[str]]  # "geht aus einem Bericht hervor": the phrase's noun speaks
    source_prepositions: frozenset[str]  # "aus Paris hieß es"
    body_source_prepositions: frozenset[str]  # "aus dem Ministerium hieß es": before a body, not a place
    side_nouns: frozenset[str]  # "von Seiten der Stadt": the genitive is the source
    agent_prepositions: frozenset[str]  # a passive's agent: "wurde vom Verband kritisiert"
    quoting_verbs: frozenset[str]  # the passive's subject is the speaker: "wird X zitiert", "was quoted as saying"
    sein_perfect_verbs: frozenset[str]  # perfect with "sein", no passive: "war davon ausgegangen"
    addressee_prepositions: frozenset[str]  # "sagte gegenüber der Zeitung"
    dative_openers: frozenset[str]  # "sagte der Zeitung": a reporting verb's obj opening so is its addressee
    addressee_outlets: tuple[str, ...]  # "sagte ein Meteorologe der Deutschen Presse-Agentur": the outlet is addressed
    addressing_verbs: frozenset[str]  # "Ägypten wird aufgefordert": the passive's subject is addressed
    title_words: frozenset[str]
    prepositions: frozenset[str]
    postpositions: frozenset[str]
    frames: dict[str, frozenset[str]]  # preposition -> nouns ("nach Angaben X")
    postposed_frames: dict[str, frozenset[str]]  # postposition -> nouns ("seiner Meinung nach")
    frame_owner_prepositions: dict[str, frozenset[str]]  # frame noun (or "default") -> prepositions of its owner
    anaphoric: frozenset[str]  # adverbs whose source is the previous report's ("demnach")
    anaphoric_after_report: frozenset[str]  # such adverbs only right after a report, else temporal ("danach")
    document_references: frozenset[str]  # "Darin heißt es": the document the sentence before names
    quote_back_references: tuple[tuple[str, ...], ...]  # "„…“ Mit diesen Worten verteidigte X …": X spoke it
    demonstratives: frozenset[str]  # "Dies bestätigte X": the pronoun stands for the previous sentence
    reflexive_owners: frozenset[str]  # "nach eigenen Angaben": the clause's subject owns the report
    comparative: frozenset[str]
    so_words: frozenset[str]
    perspective_prepositions: frozenset[str]  # "Für den Theologen sei …": whose view a Konjunktiv sentence gives
    reportative_modals: frozenset[str]
    hedging_modals: frozenset[str]  # "Das könnte Folgen haben": Konjunktiv II hedges of the author
    reportative_adverbs: frozenset[str]
    evidence_nouns: frozenset[str]
    anonymous: tuple[str, ...]  # lower-cased, longest first
    institutional: tuple[str, ...]
    roles: tuple[str, ...]
    role_synonyms: dict[str, frozenset[str]]  # role -> roles naming the same office
    offices: tuple[str, ...]  # roles that are unique identifiable offices ("der Präsident")
    statements: tuple[str, ...]  # statement and document nouns typed by their owner ("Angaben der Polizei")
    documents: tuple[str, ...]  # documents: a definite one with no owner is identified ("der Bericht")
    person_endings: tuple[str, ...]  # word endings of nouns naming people ("Kanadier", "Aktivistin")
    abstract_endings: tuple[str, ...]  # word endings of abstract nouns ("Verschiebung")
    person_nouns: frozenset[str]  # singular nouns of one person with no person ending ("Däne", "Franzose")
    distinct_offices: frozenset[str]  # offices that are no kind of their compound's last part ("Staatsanwalt")
    ambiguous_case_pronouns: frozenset[str]  # pronouns as likely objects as subjects after the verb ("sie", "es")
    plural_pronouns: frozenset[str]  # plural with a plural verb ("Sie gehen davon aus")
    nationality_adjectives: frozenset[str]  # countries' adjectives before an office ("französisch")
    insider_groups: tuple[str, ...]  # after "aus", insiders off the record ("aus der Fraktion hieß es")
    party_members: frozenset[str]  # "die Republikaner": the party
    insider_prepositions: frozenset[str]
    plural_verb_endings: tuple[str, ...]  # a third-person plural finite verb's endings ("gehen", "ändern")
    plural_verb_forms: frozenset[str]  # and its irregular forms ("sind")
    naming_words: frozenset[str]  # words before a name that a mention gives its person ("ein Mann namens X")
    identifying_adjectives: frozenset[str]  # adjectives that identify plural authorities ("die örtlichen Behörden")
    authority_words: frozenset[str]  # institution words of a state's authorities, which such adjectives identify
    nationality_adjective_endings: tuple[str, ...]  # endings of a country's adjectives ("afghanisch")
    spokespeople: tuple[str, ...]
    correspondents: tuple[str, ...]  # reporters of a named outlet report for it
    representatives: tuple[str, ...]  # "die Vertreter der Organisationen" speak for the body named with them
    pronouns: dict[str, str]
    possessives: dict[str, str]
    demonstrative_pronouns: dict[str, str]  # "Dieser behauptete": the last person named, of this gender
    member_titles: tuple[str, ...]  # "Adidas-Vorstand Erich Stamminger": a member's title, no body's name
    company_compound_parts: frozenset[str]  # "Tesla-Werk": the first part is a company's name
    subject_pronouns: frozenset[str]
    mute_pronouns: frozenset[str]  # "das", "es": pronouns that never stand for a speaker
    oblique_determiners: frozenset[str]  # "Den Schaden schätzt die Polizei": no subject opens with these
    first_person: frozenset[str]  # "ich", "wir": outside quotation marks the text's own voice
    feminine_endings: tuple[str, ...]  # role nouns naming a woman end so ("Sprecherin", "spokeswoman")
    feminine_noun_endings: tuple[str, ...]  # feminine nouns of things and bodies ("Zeitung", "Polizei")
    oblique_before_feminine: frozenset[str]  # "der Zeitung": before a feminine noun, no subject's article
    masculine_endings: tuple[str, ...]  # role nouns naming a man end so ("spokesman")
    default_role_gender: str | None  # the gender of other role nouns (German generic masculine; English none)
    article_genders: dict[str, str]  # "der 50-Jährige" is a man, "die 46-Jährige" a woman
    plural_anonymous: frozenset[str]  # "Kreise" are unidentified, "der Kreis" is a district
    deputy_adjectives: frozenset[str]  # "der stellvertretende Bürgermeister": not the mayor named before
    former_adjectives: frozenset[str]  # "der frühere Minister": a person, not the office
    deputy_prefixes: frozenset[str]  # "Vizekanzler", "Altkanzler": not "der Kanzler"
    mention_end_prepositions: frozenset[str]  # "der Sprecher | gegenüber der Zeitung": no part of the source
    temporal_prepositions: frozenset[str]  # "Adidas | am Morgen": no part of the source before a date or time
    place_prepositions: frozenset[str]  # "die Regierung in Lomé": where a body sits, part of its mention
    name_particles: frozenset[str]  # "Karl-Theodor zu Guttenberg": a preposition inside a family name
    title_prepositions: frozenset[str]  # "der Kommissar für Erweiterung Štefan Füle": a preposition inside a title
    genitive_articles: frozenset[str]  # "die Ermittler des Jungen Rhys Jones": a name after one is an owner's
    unspecific_determiners: frozenset[str]  # "einige Parteien": which ones is left open
    pair_words: frozenset[str]  # "die beiden Politiker": the two people named before
    age_words: frozenset[str]  # "der 50-Jährige": the person last named
    calendar_words: frozenset[str]  # days and months, which are no one's name ("on Wednesday, the minister")
    compound_nouns: bool  # nouns are written as compounds, so a word list matches word endings ("Polizeisprecher")
    anonymity_reasons: tuple[tuple[str, ...], ...]
    first_names: FirstNames
    female_names: frozenset[str]  # first names of women and of men: the pronoun a named person takes
    male_names: frozenset[str]
    surnames: frozenset[str]  # family names the tagger may take for common nouns ("Mair sagte")
    locations: frozenset[str]
    own_locations: frozenset[str]  # the language's own place lists, without the world list of cities
    organisations: frozenset[str]
    # how a verb's detached particle joins its lemma: "{particle}{verb}" (mitteilen), "{verb} {particle}" (point out)
    particle_lemma: str = "{particle}{verb}"
    addressee_object_verbs: frozenset[str] = frozenset()  # "told reporters": the object is whom the words were for
    medial_reporting_clause: bool = False  # "The plan, he said, is ready": content on both sides of the cue
    # words that open a content clause ("that", "whether"); empty: the engine's German default
    content_marks: frozenset[str] = frozenset()
    pseudonym_marks: tuple[tuple[str, ...], ...] = ()  # "die in Wahrheit anders heißt": a changed name
    content_comma: bool = True  # a comma stands before a content clause's mark (", dass"; English "that" has none)
    preposed_content: bool = False  # "'…,' she said": content before a reporting clause in subject-verb order
    passive_verbs: frozenset[str] = frozenset()  # "he is said to have left": hearsay without a source
    perfect_auxiliaries: frozenset[str] = frozenset()  # "soll … gesagt haben": the perfect infinitive of a reportative modal
    reportative_phrases: tuple[tuple[str, ...], ...] = ()  # multiword hearsay markers as lemma sequences

    def is_cue_verb(self, lemma: str) -> bool:
        return lemma in self.speech or lemma in self.thought

    def _suffix_match(self, lemma: str, words: tuple[str, ...]) -> str | None:
        """The listed word a noun is, or (in a language of compounds) ends in; a plural the
        lemmatiser left alone ("Augenzeugen", "Passagiere") is tried without its ending too."""
        low = lemma.lower()
        for form in (low, *_singular_stems(low)):
            for w in words:
                if form == w or (self.compound_nouns and form.endswith(w) and len(form) - len(w) >= 2):
                    return w
        return None

    def anonymous_noun(self, lemma: str) -> str | None:
        """The anonymous-source word a noun is or ends in ("Regierungsvertreter" -> "vertreter")."""
        return self._suffix_match(lemma, self.anonymous)

    def insider_group(self, lemma: str) -> str | None:
        return self._suffix_match(lemma, self.insider_groups)

    def institution_noun(self, lemma: str) -> str | None:
        return self._suffix_match(lemma, self.institutional)

    def role_noun(self, lemma: str) -> str | None:
        return self._suffix_match(lemma, self.roles)

    def spokesperson_noun(self, lemma: str) -> str | None:
        return self._suffix_match(lemma, self.spokespeople)

    def correspondent_noun(self, lemma: str) -> str | None:
        return self._suffix_match(lemma.replace("-", ""), self.correspondents)

    def representative_noun(self, lemma: str) -> str | None:
        return self._suffix_match(lemma, self.representatives)

    def office_noun(self, lemma: str) -> str | None:
        return self._suffix_match(lemma, self.offices)

    def statement_noun(self, lemma: str) -> str | None:
        """The statement or document word a noun is or ends in ("Polizeiangaben" -> "angaben")."""
        return self._suffix_match(lemma.replace("-", ""), self.statements)

    def addressee_outlet(self, lemma: str) -> str | None:
        return self._suffix_match(lemma.replace("-", ""), self.addressee_outlets)

    def member_title(self, lemma: str) -> str | None:
        return self._suffix_match(lemma.replace("-", ""), self.member_titles)

    def oblique_feminine(self, article: str, lemma: str, text: str) -> bool:
        """Whether an article before a feminine noun of a thing or body marks the dative or genitive
        ("der Zeitung"), so that the phrase is no subject."""
        return article.lower() in self.oblique_before_feminine and lemma.lower().endswith(self.feminine_noun_endings) \
            and not self.person_like(text)

    def names_document(self, *words: str) -> bool:
        """Whether any of the words (a noun's lemma and its text, as the lemma may be wrong) is a
        statement or document noun."""
        return any(self.statement_noun(w) or self.document_noun(w) for w in words)

    def document_noun(self, lemma: str) -> str | None:
        """The document word a noun is or ends in ("Abschlussbericht" -> "bericht")."""
        return self._suffix_match(lemma.replace("-", ""), self.documents)

    def listed_noun(self, lemma: str, text: str) -> bool:
        """The noun is in a word list of sources (people, bodies, roles, documents): a common noun, no name."""
        return any(f(w) for w in (lemma, text) for f in (self.anonymous_noun, self.institution_noun, self.role_noun,
                                                         self.spokesperson_noun, self.statement_noun)) \
            or lemma in self.cue_nouns

    def name_gender(self, first: str) -> str | None:
        """The gender a first name gives its bearer ("fem", "masc"), or None for names not listed."""
        if first in self.female_names or first in self.male_names:
            return "fem" if first in self.female_names else "masc"
        return self.first_names.world_gender(first)

    def role_gender(self, role: str) -> str | None:
        """The gender a role noun gives its bearer, for pronoun agreement ("fem", "masc" or None)."""
        low = role.lower()
        if any(low.endswith(e) for e in self.feminine_endings):
            return "fem"
        if any(low.endswith(e) for e in self.masculine_endings):
            return "masc"
        return self.default_role_gender

    def plural_verb(self, verb: str) -> bool:
        """A finite verb form of the third person plural ("gehen", "sind"; not "geht", "begann")."""
        low = verb.lower()
        return low in self.plural_verb_forms or any(low.endswith(e) for e in self.plural_verb_endings)

    def person_like(self, word: str) -> bool:
        """The noun ends like a noun naming people and not like an abstract noun."""
        low = word.lower()
        return low in self.person_nouns or not any(low.endswith(e) for e in self.abstract_endings) \
            and any(low.endswith(e) for e in self.person_endings)


def _singular_stems(low: str) -> tuple[str, ...]:
    """Forms of a word without a plural ending (-nen, -en, -n, -e, -s), longest first."""
    if low.endswith("nen"):
        return (low[:-3],)
    if low.endswith("en"):
        return (low[:-1], low[:-2])
    if low.endswith(("n", "e", "s")) and len(low) > 4:
        return (low[:-1],)
    return ()


def _words(items: list[str]) -> tuple[str, ...]:
    """Lower-cased, de-duplicated, longest first (for suffix matching)."""
    return tuple(sorted({w.lower() for w in items}, key=lambda w: (-len(w), w)))


def _synonyms(groups: list[list[str]]) -> dict[str, frozenset[str]]:
    """Each word of a synonym group -> the other words of all groups it is in."""
    out: dict[str, set[str]] = {}
    for group in groups:
        for w in group:
            out.setdefault(w.lower(), set()).update(x.lower() for x in group if x.lower() != w.lower())
    return {k: frozenset(v) for k, v in out.items()}


def _lines(lang: str | None, name: str) -> frozenset[str]:
    """The entries of a word list, one a line ('#' comments); `lang` None: a language-independent list."""
    path = resources.files(f"attribution.lang.{lang}" if lang else "attribution.lang").joinpath(name)
    if not path.is_file():
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


@functools.cache
def _world_names() -> dict[str, str]:
    """The language-independent first names and their genders (`lang/world_names.tsv`)."""
    text = resources.files("attribution.lang").joinpath("world_names.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))


def _toml(lang: str, name: str) -> dict:
    return tomllib.loads(resources.files(f"attribution.lang.{lang}").joinpath(name).read_text(encoding="utf-8"))


@functools.cache
def load(lang: str) -> Lexicon:
    """Load (once per process) the lexicon of a language from its data files."""
    cues, markers, sources = _toml(lang, "cues.toml"), _toml(lang, "markers.toml"), _toml(lang, "sources.toml")
    rep = markers.get("reportative", {})
    own_places = _lines(lang, "locations.txt") | _lines(lang, "countries.txt")
    places = own_places | _lines(None, "world_places.txt")
    return Lexicon(
        lang=lang,
        speech=frozenset(cues["speech"]),
        thought=frozenset(cues.get("thought", [])),
        characterisation=frozenset(cues.get("characterisation", [])),
        multiword=tuple(Multiword(m["verb"], tuple(m["with"]), m["cue"]) for m in cues.get("multiword", [])),
        cue_nouns=frozenset(cues.get("nouns", [])),
        speech_act_prepositions=frozenset(cues.get("speech_act_prepositions", [])),
        negations=frozenset(cues.get("negations", [])),
        target_object_verbs=frozenset(cues.get("target_object_verbs", [])),
        reflexive_non_speech=frozenset(cues.get("reflexive_non_speech", [])),
        continuing_particles=frozenset(cues.get("continuing_particles", [])),
        verbs=_lines(lang, "verbs.txt"),
        attitude_nouns=frozenset(cues.get("attitude_nouns", [])),
        attitude_adjectives=frozenset(cues.get("attitude_adjectives", [])),
        generic_subjects=frozenset(cues.get("generic_subjects", [])),
        impersonal_cues=frozenset(cues.get("impersonal_cues", [])),
        causative_verbs=frozenset(cues.get("causative_verbs", [])),
        source_phrase_verbs={k: frozenset(v) for k, v in cues.get("source_phrase_verbs", {}).items()},
        source_prepositions=frozenset(cues.get("source_prepositions", [])),
        body_source_prepositions=frozenset(cues.get("body_source_prepositions", [])),
        side_nouns=frozenset(cues.get("side_nouns", [])),
        agent_prepositions=frozenset(cues.get("agent_prepositions", [])),
        quoting_verbs=frozenset(cues.get("quoting_verbs", [])),
        sein_perfect_verbs=frozenset(cues.get("sein_perfect_verbs", [])),
        addressee_prepositions=frozenset(cues.get("addressee_prepositions", [])),
        addressing_verbs=frozenset(cues.get("addressing_verbs", [])),
        dative_openers=frozenset(cues.get("dative_openers", [])),
        addressee_outlets=_words(cues.get("addressee_outlets", [])),
        title_words=frozenset(cues.get("title_words", [])),
        prepositions=frozenset(markers.get("prepositions", [])),
        postpositions=frozenset(markers.get("postpositions", [])),
        frames={f["prep"]: frozenset(f["nouns"]) for f in markers.get("frames", []) if not f.get("postposed")},
        postposed_frames={f["prep"]: frozenset(f["nouns"]) for f in markers.get("frames", []) if f.get("postposed")},
        frame_owner_prepositions={k: frozenset(v) for k, v in markers.get("frame_owner_prepositions", {}).items()},
        anaphoric=frozenset(markers.get("anaphoric", [])) | frozenset(markers.get("anaphoric_after_report", [])),
        anaphoric_after_report=frozenset(markers.get("anaphoric_after_report", [])),
        document_references=frozenset(markers.get("document_references", [])),
        quote_back_references=tuple(tuple(p.split()) for p in markers.get("quote_back_references", [])),
        reflexive_owners=frozenset(markers.get("reflexive_owners", [])),
        demonstratives=frozenset(markers.get("demonstratives", [])),
        comparative=frozenset(markers.get("comparative", [])),
        so_words=frozenset(markers.get("so_words", [])),
        perspective_prepositions=frozenset(markers.get("perspective_prepositions", [])),
        reportative_modals=frozenset(rep.get("modals", [])),
        hedging_modals=frozenset(rep.get("hedging_modals", [])),
        reportative_adverbs=frozenset(rep.get("adverbs", [])),
        evidence_nouns=frozenset(rep.get("nouns", [])),
        anonymous=_words(sources.get("anonymous", [])),
        institutional=_words(sources.get("institutional", [])),
        roles=_words(sources.get("roles", []) + sources.get("offices", [])),  # every office is a role
        role_synonyms=_synonyms(sources.get("role_synonyms", [])),
        offices=_words(sources.get("offices", [])),
        statements=_words(sources.get("statements", [])),
        documents=_words(sources.get("documents", [])),
        person_endings=_words(sources.get("person_endings", [])),
        abstract_endings=_words(sources.get("abstract_endings", [])),
        person_nouns=frozenset(w.lower() for w in sources.get("person_nouns", [])),
        distinct_offices=frozenset(w.lower() for w in sources.get("distinct_offices", [])),
        ambiguous_case_pronouns=frozenset(sources.get("ambiguous_case_pronouns", [])),
        plural_pronouns=frozenset(sources.get("plural_pronouns", [])),
        nationality_adjectives=_lines(lang, "nationality_adjectives.txt"),
        insider_groups=_words(sources.get("insider_groups", [])),
        party_members=frozenset(sources.get("party_members", [])),
        insider_prepositions=frozenset(sources.get("insider_prepositions", [])),
        plural_verb_endings=tuple(sources.get("plural_verb_endings", [])),
        plural_verb_forms=frozenset(sources.get("plural_verb_forms", [])),
        naming_words=frozenset(sources.get("naming_words", [])),
        identifying_adjectives=frozenset(sources.get("identifying_adjectives", [])),
        authority_words=frozenset(w.lower() for w in sources.get("authority_words", [])),
        nationality_adjective_endings=tuple(sources.get("nationality_adjective_endings", [])),
        spokespeople=_words(sources.get("spokespeople", [])),
        correspondents=_words(sources.get("correspondents", [])),
        representatives=_words(sources.get("representatives", [])),
        pronouns=dict(sources.get("pronouns", {})),
        possessives=dict(sources.get("possessives", {})),
        demonstrative_pronouns=dict(sources.get("demonstrative_pronouns", {})),
        member_titles=_words(sources.get("member_titles", [])),
        company_compound_parts=frozenset(w.lower() for w in sources.get("company_compound_parts", [])),
        subject_pronouns=frozenset(sources.get("subject_pronouns", [])),
        mute_pronouns=frozenset(sources.get("mute_pronouns", [])),
        first_person=frozenset(sources.get("first_person", [])),
        feminine_endings=_words(sources.get("gender", {}).get("feminine_endings", [])),
        feminine_noun_endings=_words(sources.get("gender", {}).get("feminine_noun_endings", [])),
        oblique_before_feminine=frozenset(sources.get("gender", {}).get("oblique_before_feminine", [])),
        masculine_endings=_words(sources.get("gender", {}).get("masculine_endings", [])),
        default_role_gender=sources.get("gender", {}).get("default"),
        article_genders=dict(sources.get("gender", {}).get("articles", {})),
        calendar_words=frozenset(sources.get("calendar_words", [])),
        plural_anonymous=frozenset(w.lower() for w in sources.get("plural_anonymous", [])),
        deputy_adjectives=frozenset(sources.get("deputy_adjectives", [])),
        former_adjectives=frozenset(sources.get("former_adjectives", [])),
        deputy_prefixes=frozenset(sources.get("deputy_prefixes", [])),
        mention_end_prepositions=frozenset(sources.get("mention_end_prepositions", [])),
        temporal_prepositions=frozenset(sources.get("temporal_prepositions", [])),
        name_particles=frozenset(sources.get("name_particles", [])),
        title_prepositions=frozenset(sources.get("title_prepositions", [])),
        genitive_articles=frozenset(sources.get("genitive_articles", [])),
        unspecific_determiners=frozenset(sources.get("unspecific_determiners", [])),
        pair_words=frozenset(sources.get("pair_words", [])),
        age_words=frozenset(sources.get("age_words", [])),
        place_prepositions=frozenset(sources.get("place_prepositions", [])),
        compound_nouns=bool(sources.get("compound_nouns", False)),
        oblique_determiners=frozenset(sources.get("oblique_determiners", [])),
        anonymity_reasons=tuple(tuple(r) for r in sources.get("anonymity", {}).get("reasons", [])),
        pseudonym_marks=tuple(tuple(r) for r in sources.get("anonymity", {}).get("pseudonyms", [])),
        first_names=FirstNames(_lines(lang, "first_names.txt") | _lines(lang, "given_names.txt")
                               | _lines(lang, "female_names.txt") | _lines(lang, "male_names.txt"),
                               _world_names(), places),
        female_names=_lines(lang, "female_names.txt"),
        male_names=_lines(lang, "male_names.txt"),
        surnames=_lines(lang, "surnames.txt"),
        locations=places,
        own_locations=own_places,
        organisations=_lines(lang, "organisations.txt"),
        particle_lemma=cues.get("particle_lemma", "{particle}{verb}"),
        preposed_content=bool(cues.get("preposed_content", False)),
        content_comma=bool(cues.get("content_comma", True)),
        content_marks=frozenset(cues.get("content_marks", [])),
        medial_reporting_clause=bool(cues.get("medial_reporting_clause", False)),
        addressee_object_verbs=frozenset(cues.get("addressee_object_verbs", [])),
        passive_verbs=frozenset(rep.get("passive_verbs", [])),
        perfect_auxiliaries=frozenset(rep.get("perfect_auxiliaries", [])),
        reportative_phrases=tuple(tuple(p) for p in rep.get("phrases", [])),
    )
