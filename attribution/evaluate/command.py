"""`attribution evaluate`: run the analysis on annotated articles and print how well it did.

Two kinds of annotation are understood:

- a gold file of the project's schema `attribution-gold/1` (`shared/gold/GUIDELINE.md`): the
  figures of `score_attributions.py` (detection precision/recall/F1, recall per kind, speaker
  and type accuracy) plus a type confusion matrix and the misses;
- a folder (or a file) of GermEval 2023 SpkAtt JSON: the task's metric for the simplified and
  the full task, recall per Form and the misses;
- the typed SpkAtt development set (`spkatt-typed/1`, `benchmarks/spkatt_typed/typed.json`):
  speaker and source-type accuracy on the SpkAtt sources it types.

The CLI registers `evaluate` as a command; it prints rich tables (or JSON with `--format json`)
and reports library errors on stderr with exit code 1.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from attribution.errors import AttributionError
from attribution.evaluate import runner
from attribution.evaluate.gold import SCHEMA, GoldScores, read_gold
from attribution.evaluate.spkatt_metric import PRF, Miss, SpkAttScores, TaskScores
from attribution.evaluate.typed import TypedScores, is_typed, read_typed
from attribution.io.spkatt import is_spkatt
from attribution.nlp.cache import ParseCache
from attribution.nlp.models import ModelError


class EvalFormat(str, Enum):
    """How the scores are printed."""

    table = "table"
    json = "json"


def evaluate(
    target: Annotated[Path, typer.Argument(
        exists=True, help="A gold file (attribution-gold/1), a typed SpkAtt file (spkatt-typed/1), "
                          "or a folder or file of SpkAtt JSON.")],
    articles: Annotated[Path | None, typer.Option(
        "--articles", file_okay=False, exists=True,
        help="Folder of the gold file's articles (default: articles/ or seeds/ beside the gold file, seeds/ "
             "beside its folder; for a typed file, the folder it names).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Evaluate only the first N documents.")] = None,
    jsonl: Annotated[Path | None, typer.Option(
        "--jsonl", dir_okay=False, help="Save the SpkAtt predictions, one document per line.")] = None,
    misses: Annotated[int, typer.Option(
        "--misses", min=0, help="How many misses and unmatched predictions to list.")] = 20,
    output_format: Annotated[EvalFormat, typer.Option(
        "--format", help="table for people, json for scripts.")] = EvalFormat.table,
    model_dir: Annotated[Path | None, typer.Option("--model-dir", file_okay=False, help="Parser models to use.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Parse again instead of using the parse cache.")] = False,
) -> None:
    """Run the analysis on annotated articles and score it against the annotations.

    Example: attribution evaluate examples/example.gold.json

    Example: attribution evaluate ../shared/data/spkatt2023_news/train --limit 50 --jsonl preds.jsonl

    Example: attribution evaluate benchmarks/spkatt_typed/typed.json
    """
    out = Console()
    err = Console(stderr=True)
    cache = None if no_cache else ParseCache()
    try:
        obj = None if target.is_dir() else _load_json(target)
        if obj is not None and is_typed(obj):
            _evaluate_typed(out, err, target, articles, limit, misses, output_format, model_dir, cache)
        elif obj is not None and not is_spkatt(obj):
            if jsonl is not None:
                raise typer.BadParameter("--jsonl saves SpkAtt predictions; use it with a SpkAtt folder", param_hint="--jsonl")
            _evaluate_gold(out, err, target, articles, limit, misses, output_format, model_dir, cache)
        else:
            files = [target] if obj is not None else runner.spkatt_files(target, limit)
            if not files:
                raise typer.BadParameter(f"{target} holds no .json files", param_hint="TARGET")
            _evaluate_spkatt(out, err, files, jsonl, misses, output_format, model_dir, cache)
    except (AttributionError, ModelError) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(code=1) from None


def _evaluate_gold(out: Console, err: Console, gold_path: Path, articles: Path | None, limit: int | None, misses: int,
                   output_format: EvalFormat, model_dir: Path | None, cache: ParseCache | None) -> None:
    """Analyse the articles of an `attribution-gold/1` file and print the reference scorer's figures."""
    docs = read_gold(gold_path)[:limit]
    folder = articles or runner.find_articles_dir(gold_path, [d.document for d in docs])
    if folder is None:
        raise typer.BadParameter(f"no seeds/ folder with the articles of {gold_path} found; name it with --articles",
                                 param_hint="--articles")
    with _progress(err, len(docs), output_format) as advance:
        run = runner.run_gold(docs, folder, model_dir, cache, progress=advance, analyser=runner.analyse)
    _show(out, run, output_format, misses, _gold_json, _print_gold)


def _evaluate_spkatt(out: Console, err: Console, files: list[Path], jsonl: Path | None, misses: int,
                     output_format: EvalFormat, model_dir: Path | None, cache: ParseCache | None) -> None:
    """Analyse SpkAtt files and print the task's metric (saving the predictions to `jsonl`)."""
    with _progress(err, len(files), output_format) as advance:
        run = runner.run_spkatt(files, model_dir, cache, progress=advance, analyser=runner.analyse)
    if jsonl is not None:
        _write_jsonl(jsonl, run)
    _show(out, run, output_format, misses, _spkatt_json, _print_spkatt)


def _evaluate_typed(out: Console, err: Console, typed_path: Path, articles: Path | None, limit: int | None,
                    misses: int, output_format: EvalFormat, model_dir: Path | None, cache: ParseCache | None) -> None:
    """Analyse the SpkAtt articles of a typed file and print speaker and type accuracy."""
    docs, named = read_typed(typed_path)
    docs = docs[:limit]
    folder = articles or runner.find_typed_articles(typed_path, named)
    if folder is None:
        raise typer.BadParameter(f"the SpkAtt articles of {typed_path} ({named}) were not found; name them with --articles",
                                 param_hint="--articles")
    with _progress(err, len(docs), output_format) as advance:
        run = runner.run_typed(docs, folder, model_dir, cache, progress=advance, analyser=runner.analyse)
    _show(out, run, output_format, misses, _typed_json, _print_typed)


def _show(out: Console, run: Any, output_format: EvalFormat, misses: int,
          as_json: Callable[[Any, int], dict[str, Any]], as_tables: Callable[[Console, Any, int], None]) -> None:
    """Print a run's scores, one JSON object for scripts or rich tables, with up to `misses` errors listed."""
    if output_format is EvalFormat.json:
        typer.echo(json.dumps(as_json(run, misses), ensure_ascii=False))
    else:
        as_tables(out, run, misses)


def _load_json(path: Path) -> dict[str, Any]:
    """A gold or SpkAtt file's JSON object; anything else is an error naming what is expected."""
    try:
        obj = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise typer.BadParameter(f"cannot read {path} as JSON: {exc}", param_hint="TARGET") from None
    if not isinstance(obj, dict) or (obj.get("schema") != SCHEMA and not is_spkatt(obj) and not is_typed(obj)):
        raise typer.BadParameter(f"{path} is neither a gold file (schema {SCHEMA}), a typed SpkAtt file nor SpkAtt JSON",
                                 param_hint="TARGET")
    return obj


@contextmanager
def _progress(console: Console, total: int, output_format: EvalFormat) -> Iterator[runner.Progress]:
    """A transient progress bar on stderr (none for JSON output); yields the per-article callback."""
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True, disable=output_format is EvalFormat.json) as bar:
        task = bar.add_task("analysing", total=total)
        yield lambda name: bar.update(task, advance=1, description=name[:40])


def _write_jsonl(path: Path, run: runner.SpkAttRun) -> None:
    """One SpkAtt prediction per line: `{"DocumentName", "Annotations"}`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for doc in run.predictions:
            data = doc.to_json()
            f.write(json.dumps({"DocumentName": data["DocumentName"], "Annotations": data["Annotations"]},
                               ensure_ascii=False) + "\n")


# -- rendering ------------------------------------------------------------------------------------
def _pct(x: float) -> str:
    return f"{100 * x:.2f}"


def _timing_table(t: runner.Timing) -> Table:
    table = Table(title=f"Time: {t.articles} articles, {t.words} words ({t.tokens} tokens)", title_justify="left",
                  caption="parse includes loading the models", caption_justify="left")
    for col in ("stage", "seconds", "articles/s", "words/s"):
        table.add_column(col, justify="right" if col != "stage" else "left")
    for stage, secs in (("parse", t.parse_s), ("extraction", t.extract_s), ("total", t.total_s)):
        table.add_row(stage, f"{secs:.1f}", f"{t.rate(t.articles, secs):.2f}", f"{t.rate(t.words, secs):.0f}")
    return table


def _print_gold(out: Console, run: runner.GoldRun, limit: int) -> None:
    s = run.scores
    table = Table(title="Detection (score_attributions.py)", title_justify="left")
    for col in ("precision", "recall", "F1", "speaker acc.", "type acc."):
        table.add_column(col, justify="right")
    table.add_row(*(f"{x:.3f}" for x in (s.precision, s.recall, s.f1, s.speaker_accuracy, s.type_accuracy)))
    out.print(table)
    kinds = Table(title="Recall of required items by kind", title_justify="left")
    for col in ("kind", "found", "required", "recall"):
        kinds.add_column(col, justify="left" if col == "kind" else "right")
    for kind, (found, req) in s.recall_by_kind.items():
        kinds.add_row(kind, str(found), str(req), f"{found / req:.3f}")
    out.print(kinds)
    out.print(_confusion_table(s))
    _print_list(out, "missed (required)", s.misses, limit)
    _print_list(out, "not in gold", s.spurious, limit)
    if run.missing:
        _print_list(out, "articles not found", run.missing, limit)
    out.print(_timing_table(run.timing))


def _confusion_table(s: GoldScores | TypedScores) -> Table:
    types = sorted({t for pair in s.confusion for t in pair})
    table = Table(title="Source type: gold (rows) x predicted (columns), matched items", title_justify="left")
    table.add_column("gold \\ predicted")
    for t in types:
        table.add_column(t, justify="right")
    for g in types:
        table.add_row(g, *(str(s.confusion.get((g, p), 0)) for p in types))
    return table


def _print_list(out: Console, title: str, items: tuple[str, ...] | list[str], limit: int) -> None:
    if not items or not limit:
        return
    out.print(f"\n[bold]{title}[/bold] ({len(items)})")
    for item in items[:limit]:
        out.print(f"  {item}", highlight=False, markup=False, soft_wrap=True)
    if len(items) > limit:
        out.print(f"  ... {len(items) - limit} more (--misses N)")


def _print_typed(out: Console, run: runner.TypedRun, limit: int) -> None:
    s = run.scores
    table = Table(title=f"Typed SpkAtt sources: {s.sources} in {run.timing.articles} articles", title_justify="left")
    for col in ("matched", "speaker acc.", "type acc.", "hearsay*", "speaker w/o*", "type w/o*"):
        table.add_column(col, justify="right")
    g_speaker, g_type = s.guideline_accuracy
    table.add_row(f"{s.matched} ({s.coverage:.1%})", f"{s.speaker_accuracy:.3f}", f"{s.type_accuracy:.3f}",
                  str(s.hearsay_after_report), f"{g_speaker:.3f}", f"{g_type:.3f}")
    out.print(table)
    out.print("* hearsay right after a report: SpkAtt names the report's source, the guideline keeps it unattributed "
              "(as the tool does); 'w/o' leaves these out.")
    out.print(_confusion_table(s))
    _print_list(out, "wrong speaker or type", s.errors, limit)
    _print_list(out, "typed sources no prediction matched", s.unmatched, limit)
    out.print(_timing_table(run.timing))


def _print_spkatt(out: Console, run: runner.SpkAttRun, limit: int) -> None:
    s = run.scores
    table = Table(title=f"SpkAtt task 2 metric, {s.documents} documents (percent)", title_justify="left")
    table.add_column("task")
    table.add_column("score")
    for col in ("P", "R", "F1"):
        table.add_column(col, justify="right")
    rows: list[tuple[str, str, PRF]] = [
        ("simplified", "Message", s.simplified.message), ("simplified", "Source", s.simplified.roles),
        ("simplified", "Joint", s.simplified.joint), ("full", "Message", s.full.message),
        ("full", "Roles", s.full.roles), ("full", "Joint", s.full.joint), ("full", "Form", s.full.form),
        ("full", "STWR", s.full.stwr)]
    for task, name, prf in rows:
        table.add_row(task, name, _pct(prf.precision), _pct(prf.recall), _pct(prf.f1))
    out.print(table)
    forms = Table(title="Recall per Form (simplified task)", title_justify="left")
    for col in ("Form", "gold", "found", "found %", "token recall %"):
        forms.add_column(col, justify="left" if col == "Form" else "right")
    for fr in s.recall_by_form:
        forms.add_row(fr.form, str(fr.gold), str(fr.found), _pct(fr.found / fr.gold), _pct(fr.token_recall))
    out.print(forms)
    _print_list(out, "missed (simplified task)", [_miss_line(m) for m in s.misses], limit)
    _print_list(out, "predictions matching no gold message", [_miss_line(m) for m in s.spurious], limit)
    out.print(_timing_table(run.timing))


def _miss_line(m: Miss) -> str:
    """One SpkAtt miss or spurious prediction as a line: document, form, message and source, shortened."""
    return f"{m.document} {m.form}: {m.message[:80]!r} / source {m.source[:40]!r}"


def _prf_json(prf: PRF) -> dict[str, float]:
    return {"precision": prf.precision, "recall": prf.recall, "f1": prf.f1}


def _task_json(t: TaskScores) -> dict[str, Any]:
    return {"message": _prf_json(t.message), "roles": _prf_json(t.roles), "joint": _prf_json(t.joint),
            "form": _prf_json(t.form), "stwr": _prf_json(t.stwr), "groups": t.groups}


def _timing_json(t: runner.Timing) -> dict[str, Any]:
    return {"articles": t.articles, "words": t.words, "tokens": t.tokens, "parse_s": t.parse_s,
            "extract_s": t.extract_s, "articles_per_s": t.rate(t.articles, t.total_s),
            "words_per_s": t.rate(t.words, t.total_s)}


def _spkatt_json(run: runner.SpkAttRun, misses: int) -> dict[str, Any]:
    """SpkAtt scores as JSON: counts of misses and spurious predictions, and up to `misses` of each listed."""
    s: SpkAttScores = run.scores
    return {"documents": s.documents, "simplified": _task_json(s.simplified), "full": _task_json(s.full),
            "recall_by_form": {f.form: {"gold": f.gold, "found": f.found, "token_recall": f.token_recall}
                               for f in s.recall_by_form},
            "misses": len(s.misses), "spurious": len(s.spurious),
            "missed": [_miss_line(m) for m in s.misses[:misses]],
            "unmatched": [_miss_line(m) for m in s.spurious[:misses]], "timing": _timing_json(run.timing)}


def _gold_json(run: runner.GoldRun, misses: int) -> dict[str, Any]:
    s = run.scores
    return {"precision": s.precision, "recall": s.recall, "f1": s.f1, "speaker_accuracy": s.speaker_accuracy,
            "type_accuracy": s.type_accuracy, "recall_by_kind": {k: list(v) for k, v in s.recall_by_kind.items()},
            "counts": s.counts, "confusion": [[g, p, n] for (g, p), n in sorted(s.confusion.items())],
            "misses": list(s.misses[:misses]), "spurious": list(s.spurious[:misses]), "articles_missing": run.missing,
            "timing": _timing_json(run.timing)}


def _typed_json(run: runner.TypedRun, misses: int) -> dict[str, Any]:
    s = run.scores
    return {"sources": s.sources, "matched": s.matched, "speaker_accuracy": s.speaker_accuracy,
            "type_accuracy": s.type_accuracy, "hearsay_after_report": s.hearsay_after_report,
            "guideline_speaker_accuracy": s.guideline_accuracy[0], "guideline_type_accuracy": s.guideline_accuracy[1],
            "confusion": [[g, p, n] for (g, p), n in sorted(s.confusion.items())],
            "errors": list(s.errors[:misses]), "unmatched": list(s.unmatched[:misses]),
            "timing": _timing_json(run.timing)}
