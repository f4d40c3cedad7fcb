#!/usr/bin/env python3
"""Speed of `attribution corpus ingest`: articles/s with 1 and 2 worker processes and on a Dask
LocalCluster, and the cost of re-running the ingest on the unchanged corpus.

No multi-outlet news corpus is at hand, so the benchmark builds one and says so in its output:
the seed articles, articles of consecutive sentences from the German UD treebanks GSD and PUD
(../shared/data/ud, CC BY-SA; LIT is left out for its non-commercial licence), and short news
texts written for this benchmark from templates. Every article's text is distinct, and every
timed run starts with an empty database and an empty parse cache, so no cache hides the work.
Each run's time includes loading the models once per worker; the Dask cluster is started
before its clock starts, as a real cluster would already be running.

usage: python benchmarks/ingest_speed.py [--articles N] [--analyser MODULE:FACTORY] [--no-dask] [--json]
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from attribution.corpus.analyser import DEFAULT_FACTORY, AnalyserSpec
from attribution.corpus.ingest import IngestResult, ingest
from attribution.corpus.store import Store
from attribution.io.readers import read_inputs

if TYPE_CHECKING:
    from distributed import Client

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
UD = ROOT / ".." / "shared" / "data" / "ud"
UD_FILES = {"de_gsd-ud-test.conllu": "UD German GSD", "de_pud-ud-test.conllu": "UD German PUD"}
SENTENCES_PER_UD_ARTICLE = 8
CACHE_ENV = "ATTRIBUTION_CACHE_DIR"

# fmt: off
# News texts written for this benchmark: reported speech of every kind the engine knows (direct
# quotes, indirect speech in Konjunktiv, "nach Angaben", hearsay with "soll"), filled from the
# lists below so that no two articles are alike.
TEMPLATES = (
    ("Der Stadtrat von {city} hat am {day} über den Bau einer neuen {thing} beraten. „{quote}“, sagte "
     "Bürgermeisterin {first} {last} nach der Sitzung. Nach Angaben der Verwaltung kostet das Projekt rund {n} "
     "Millionen Euro. Ein Mitarbeiter des Bauamts, der nicht namentlich genannt werden wollte, sagte, der Zeitplan "
     "sei kaum zu halten. Die Opposition soll bereits eine Klage vorbereiten."),
    ("Die Polizei in {city} ermittelt nach einem Einbruch in eine {thing}. Wie ein Sprecher der Polizei mitteilte, "
     "entstand ein Schaden von etwa {n}.000 Euro. Zeugen berichteten, sie hätten am {day} verdächtige Geräusche "
     "gehört. Die Inhaberin {first} {last} erklärte: „{quote}“"),
    ("Der Konzern {company} will bis {year} rund {n}00 Stellen abbauen. Das teilte das Unternehmen am {day} in "
     "{city} mit. Gewerkschaftssprecher {first} {last} kritisierte die Pläne scharf: Die Beschäftigten dürften "
     "nicht die Zeche zahlen. Nach Informationen aus Unternehmenskreisen sollen vor allem kleine Standorte "
     "betroffen sein."),
    ("Ministerin {first} {last} hat eine Reform der {thing} angekündigt. „{quote}“, sagte {last} am {day} in "
     "{city}. Kritiker werfen ihr vor, die Folgen nicht bedacht zu haben. Ein hochrangiger Beamter des "
     "Ministeriums sagte, man arbeite bereits an einem Entwurf. Laut einer Umfrage unterstützen {n} Prozent der "
     "Befragten das Vorhaben."),
)
SLOTS = {
    "city": ("Bremen", "Kassel", "Görlitz", "Trier", "Rostock", "Ulm", "Passau", "Jena", "Kiel", "Aachen", "Erfurt"),
    "day": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "thing": ("Schule", "Brücke", "Bibliothek", "Schwimmhalle", "Apotheke", "Bäckerei", "Feuerwache", "Pflege"),
    "first": ("Anna", "Jonas", "Leyla", "Piotr", "Marie", "Tobias", "Sina", "Emre", "Greta", "Lukas", "Nora"),
    "last": ("Albers", "Brandt", "Demir", "Engel", "Falk", "Gruber", "Hansen", "Iwanow", "Jäger", "Krüger", "Lorenz",
             "Möller", "Nowak"),
    "quote": ("Wir haben keine andere Wahl", "Das ist ein guter Tag für die Stadt", "Niemand hat damit gerechnet",
              "Wir werden genau hinschauen", "Die Menschen erwarten Antworten", "So kann es nicht weitergehen",
              "Das Geld ist gut angelegt", "Wir lassen uns nicht unter Druck setzen"),
    "company": ("Nordstahl", "Weserwerke", "Alpenbahn", "Rheinchemie", "Elbtech"),
    "year": ("2027", "2028", "2029", "2030"),
}
# fmt: on
_STEPS = (3, 5, 11, 13, 17, 19, 23, 29)  # per slot, prime to the slot's length: neighbours differ in every slot


def written_article(i: int) -> dict[str, str]:
    """The i-th text written for the benchmark: a template filled by i, with its number to keep it unique."""
    values = {slot: options[(i * step + i // len(options)) % len(options)]
              for step, (slot, options) in zip(_STEPS, SLOTS.items(), strict=True)}
    text = TEMPLATES[i % len(TEMPLATES)].format(n=7 + i, **values)
    return {"text": f"Meldung {i + 1}. {text}", "outlet": "Benchmark-Bote", "date": f"2026-{1 + i % 12:02d}-15"}


def ud_articles() -> list[dict[str, str]]:
    """Articles of consecutive sentences (`# text =` lines) of the UD GSD and PUD test files."""
    out = []
    for name, outlet in UD_FILES.items():
        path = UD / name
        if not path.is_file():
            continue
        sentences = [line[len("# text = "):].strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.startswith("# text = ")]
        for start in range(0, len(sentences) - SENTENCES_PER_UD_ARTICLE + 1, SENTENCES_PER_UD_ARTICLE):
            out.append({"text": " ".join(sentences[start:start + SENTENCES_PER_UD_ARTICLE]), "outlet": outlet})
    return out


def build_corpus(folder: Path, n: int) -> tuple[list[Path], dict[str, int]]:
    """Files of a corpus of `n` distinct articles: seeds first, then UD and written texts alternately."""
    seeds = sorted(SEEDS.glob("*.txt"))[:n]
    ud = iter(ud_articles())
    written = (written_article(i) for i in itertools.count())
    records = []
    for i in range(n - len(seeds)):
        record = next(ud, None) if i % 2 == 0 else None
        records.append(record or next(written))
    texts = [r["text"] for r in records] + [p.read_text(encoding="utf-8") for p in seeds]
    if len(set(texts)) != len(texts):
        raise RuntimeError("the benchmark corpus repeats an article; the parse cache would hide work")
    feed = folder / "corpus.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    mix = {"seed articles": len(seeds),
           "UD sentence articles": sum(r["outlet"].startswith("UD") for r in records),
           "texts written for the benchmark": sum(r["outlet"] == "Benchmark-Bote" for r in records)}
    return [*seeds, feed], mix


def fresh_cache(work: Path, label: str) -> None:
    """Point the parse cache at an empty directory; processes started from now on inherit it."""
    os.environ[CACHE_ENV] = str(work / f"cache-{label}")


def timed_run(label: str, paths: list[Path], work: Path, spec: AnalyserSpec, *, workers: int | None = None,
              scheduler: Client | None = None) -> IngestResult:
    """One ingest into the database `<label>.duckdb`: fresh the first time, a re-run the second."""
    with Store(work / f"{label}.duckdb") as store:
        if scheduler is None:
            return ingest(read_inputs(paths), store, spec, workers=workers)
        from attribution.corpus.distributed import ingest_distributed

        return ingest_distributed(read_inputs(paths), store, spec, scheduler=scheduler,
                                  parts=work / f"{label}.parts", batch_size=2)


def main(argv: list[str]) -> int:
    """Build the corpus, time the runs and print the rates."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=40, help="articles in the corpus (default 40)")
    ap.add_argument("--analyser", default=DEFAULT_FACTORY, help="analysis to time, as module:factory")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    args = ap.parse_args(argv)
    spec = AnalyserSpec(args.analyser)
    figures: dict[str, object] = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                                             f"{platform.python_implementation()} {platform.python_version()}",
                                  "analyser": args.analyser}
    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as tmp:
        work = Path(tmp)
        paths, mix = build_corpus(work, args.articles)
        figures["corpus"] = mix
        runs: dict[str, IngestResult] = {}
        for workers in (1, 2):
            fresh_cache(work, f"w{workers}")
            name = f"{workers} worker{'s' * (workers > 1)}"
            runs[name] = timed_run(f"w{workers}", paths, work, spec, workers=workers)
        if not args.no_dask:
            from distributed import Client, LocalCluster

            fresh_cache(work, "dask")  # before the cluster starts: its worker processes inherit the variable
            started = time.perf_counter()
            with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                    Client(cluster) as client:
                figures["dask_cluster_start_s"] = round(time.perf_counter() - started, 2)
                runs["Dask LocalCluster, 2 workers"] = timed_run("dask", paths, work, spec, scheduler=client)
        rerun = timed_run("w2", paths, work, spec, workers=2)
    figures["runs"] = {name: {"articles": r.analysed, "failed": len(r.failures), "seconds": round(r.seconds, 2),
                              "articles_per_s": round(r.analysed / r.seconds, 2)} for name, r in runs.items()}
    ms_per_article = round(1000 * rerun.seconds / max(rerun.unchanged, 1), 2)
    figures["rerun_unchanged"] = {"articles": rerun.unchanged, "analysed": rerun.analysed,
                                  "seconds": round(rerun.seconds, 3), "ms_per_article": ms_per_article}
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
        return 0
    print("Corpus built for the benchmark (no multi-outlet news corpus is at hand): "
          + ", ".join(f"{n} {kind}" for kind, n in mix.items()) + ".")
    print("All texts distinct; every run starts with an empty database and an empty parse cache.")
    print(f"Machine: {figures['machine']}; analyser {args.analyser}; times include loading the models per worker.")
    if "dask_cluster_start_s" in figures:
        print(f"Dask LocalCluster started in {figures['dask_cluster_start_s']} s (not in its run's time).")
    print(f"{'run':<32}{'articles':>9}{'failed':>8}{'seconds':>9}{'articles/s':>12}")
    for name, r in runs.items():
        print(f"{name:<32}{r.analysed:>9}{len(r.failures):>8}{r.seconds:>9.1f}{r.analysed / r.seconds:>12.2f}")
    print(f"re-run on the unchanged corpus: {rerun.unchanged} articles skipped, {rerun.analysed} analysed, "
          f"{rerun.seconds:.2f} s ({ms_per_article} ms per article)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
