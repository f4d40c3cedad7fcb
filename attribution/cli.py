"""The `attribution` command line: thin; it parses options, calls the library and renders.

Commands: `analyse` (per-article sourcing reports), `models` (which parser models are used),
and `evaluate` when attribution.evaluate is installed.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from attribution.errors import AttributionError, InputError, OutputExistsError
from attribution.io.readers import MAX_CHARS, read_inputs
from attribution.report import ArticleReport, build_report, dumps, render_html, render_index, render_markdown
from attribution.report.render_terminal import render_plain, render_terminal
from attribution.types import Article, Attribution, ParsedDoc

__all__ = ["Format", "Lang", "app", "load_analyser"]

Analyser = Callable[[Article], tuple[ParsedDoc, list[Attribution]]]

app = typer.Typer(
    help="Find every quotation and piece of reported speech in news articles, who is quoted and how "
         "transparently, and write a sourcing-transparency report per article.",
    no_args_is_help=True, add_completion=False, rich_markup_mode="rich",
)

PROGRESS_THRESHOLD = 3  # show a progress bar for more articles than this


class Format(str, Enum):
    """Report formats; `spkatt` writes GermEval SpkAtt files through attribution.io.spkatt."""

    terminal = "terminal"
    json = "json"
    html = "html"
    markdown = "markdown"
    spkatt = "spkatt"


class Lang(str, Enum):
    """Input language: a code, or `auto` to tell each article's language from its words."""

    auto = "auto"
    de = "de"
    en = "en"


SUFFIX = {Format.terminal: ".txt", Format.json: ".json", Format.html: ".html", Format.markdown: ".md",
          Format.spkatt: ".spkatt.json"}
_UNSAFE = re.compile(r"[^\w.-]+")
_LINE_SUFFIX = re.compile(r"^(?P<name>.*):(?P<n>\d+)$")


def load_analyser(model_dir: Path | None) -> Analyser:
    """The function that parses an article and extracts its attributions (models load on first use)."""
    from attribution.nlp.cache import ParseCache
    from attribution.pipeline import attributions

    cache = ParseCache()
    return lambda article: attributions(article, model_dir, cache)


def output_stem(document: str) -> str:
    """A file name stem for a document: `a.txt` -> `a`, `feed.jsonl:3` -> `feed-3`."""
    m = _LINE_SUFFIX.match(document)
    stem = f"{Path(m['name']).stem}-{m['n']}" if m else Path(document).stem
    return _UNSAFE.sub("-", stem).strip("-.") or "article"


class _Run:
    """One `analyse` run: where reports go, what failed, and the one-line messages about it."""

    def __init__(self, out: Console, err: Console, output: Path | None, formats: list[Format], force: bool) -> None:
        self.out, self.err, self.output, self.formats, self.force = out, err, output, formats, force
        self.failed = 0
        self.stems: set[str] = set()

    def fail(self, source: str, problem: str) -> None:
        """Count a failed input and print one line naming it."""
        self.failed += 1
        self.err.print(f"[bold red]error[/]: {escape(source)}: {escape(problem)}", soft_wrap=True)

    def targets(self, article: Article) -> dict[Format, Path]:
        """Report paths of one article in --output, unique within the run; refuses to overwrite without --force."""
        if self.output is None:
            return {}
        base, n = output_stem(article.meta.document), 1
        stem = base
        while stem in self.stems:
            n += 1
            stem = f"{base}-{n}"
        paths = {f: self.output / f"{stem}{SUFFIX[f]}" for f in self.formats}
        existing = [p for p in paths.values() if p.exists()]
        if existing and not self.force:
            raise OutputExistsError(f"{existing[0]} exists; pass --force to overwrite")
        self.stems.add(stem)
        return paths

    def emit(self, report: ArticleReport, doc: ParsedDoc, atts: list[Attribution], paths: dict[Format, Path],
             many: bool) -> None:
        """Write the report in every format, to files in --output or to standard output."""
        for fmt in self.formats:
            if fmt is Format.spkatt:
                from attribution.io.spkatt import write_spkatt

                write_spkatt(report.article, atts, paths[fmt], doc)
            elif paths:
                paths[fmt].write_text(_render(fmt, report, compact=False), encoding="utf-8")
            elif fmt is Format.terminal:
                render_terminal(report, self.out)
            else:  # several JSON reports on stdout are JSON Lines, one report per line
                self.out.file.write(_render(fmt, report, compact=many))
                self.out.file.flush()


def _render(fmt: Format, report: ArticleReport, *, compact: bool) -> str:
    """A report as text in one of the file formats."""
    if fmt is Format.json:
        return dumps(report, indent=None if compact else 2) + "\n"
    if fmt is Format.html:
        return render_html(report)
    if fmt is Format.markdown:
        return render_markdown(report)
    return render_plain(report)


@app.command()
def analyse(
    paths: Annotated[list[str], typer.Argument(
        help="Articles: .txt, .html, .jsonl, .json (SpkAtt too), directories (recursively), or - for stdin.",
        metavar="PATH...", show_default=False)],
    formats: Annotated[list[Format] | None, typer.Option(
        "--format", "-f", help="Report format; repeat for several (terminal is written as .txt to --output).",
        case_sensitive=False, show_default="terminal")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Directory for report files (one per article and format, plus index.html).",
        file_okay=False, dir_okay=True)] = None,
    lang: Annotated[Lang, typer.Option(help="Language of the articles; auto tells it from common words.")] = Lang.auto,
    model_dir: Annotated[Path | None, typer.Option(
        help="Parser models to use instead of the resolved ones (see `attribution models`).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite report files that exist in --output.")] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="Plain output without colour.")] = False,
    max_chars: Annotated[int, typer.Option(help="Longest article accepted, in characters.", min=1)] = MAX_CHARS,
) -> None:
    """Analyse articles and report, per article, who is quoted, how, and how transparently.

    Prints a report per article (terminal) or writes report files (--output); ends with a
    summary line, and exits with 1 when some inputs could not be analysed.

    Examples:

        attribution analyse seeds/

        attribution analyse article.html --format json

        attribution analyse feed.jsonl --format html --format json --output reports/

        curl -s https://example.org/story.txt | attribution analyse - --no-color
    """
    formats = list(dict.fromkeys(formats or [Format.terminal]))
    out = Console(no_color=no_color, highlight=False, soft_wrap=False)
    err = Console(stderr=True, no_color=no_color, highlight=False)
    run = _Run(out, err, output, formats, force)
    try:
        results = list(read_inputs(paths, lang=lang.value, max_chars=max_chars))
    except AttributionError as exc:
        err.print(f"[bold red]error[/]: {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(code=1) from None
    articles = [r for r in results if isinstance(r, Article)]
    for r in results:
        if isinstance(r, InputError):
            run.fail(r.source, r.problem)
    _check_stdout_formats(formats, output, len(articles), err)
    if output is not None:
        output.mkdir(parents=True, exist_ok=True)
    analyser = _analyser(model_dir, err) if articles else None
    reports: list[tuple[Path | None, ArticleReport]] = []
    with _progress(err, len(articles)) as progress:
        task = progress.add_task("analysing", total=len(articles))
        for article in articles:
            entry = _analyse_one(run, analyser, article, many=len(articles) > 1)
            if entry is not None:
                reports.append(entry)
            progress.advance(task)
    if output is not None and Format.html in formats and len(reports) > 1:
        _write_index(run, output, reports)
    _summary_line(run, reports, output)
    if run.failed:
        raise typer.Exit(code=1)


def _check_stdout_formats(formats: list[Format], output: Path | None, count: int, err: Console) -> None:
    """HTML for several articles and SpkAtt files need --output; refuse before any work."""
    problem = None
    if output is None and Format.spkatt in formats:
        problem = "--format spkatt writes files: pass --output DIR"
    elif output is None and Format.html in formats and count > 1:
        problem = "--format html for several articles writes one page each: pass --output DIR"
    elif output is None and len(formats) > 1:
        problem = "several --format options write files: pass --output DIR"
    if problem:
        err.print(f"[bold red]error[/]: {problem}", soft_wrap=True)
        raise typer.Exit(code=1)


def _analyser(model_dir: Path | None, err: Console) -> Analyser:
    try:
        return load_analyser(model_dir)
    except ModuleNotFoundError as exc:
        err.print(f"[bold red]error[/]: cannot load the analysis pipeline: {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(code=1) from None


def _progress(err: Console, total: int) -> Progress:
    """A progress bar on stderr, shown on a terminal for more than PROGRESS_THRESHOLD articles."""
    return Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeRemainingColumn(), console=err, transient=True,
                    disable=total <= PROGRESS_THRESHOLD or not err.is_terminal)


def _analyse_one(run: _Run, analyser: Analyser | None, article: Article,
                 many: bool) -> tuple[Path | None, ArticleReport] | None:
    """Analyse, report and write one article; a failure is reported and the batch goes on."""
    from attribution.nlp.models import ModelError

    source = article.meta.document
    try:
        paths = run.targets(article)
        doc, atts = analyser(article)  # type: ignore[misc]  # set whenever there are articles
        report = build_report(article, doc, atts)
        run.emit(report, doc, atts, paths, many)
    except (AttributionError, ModelError, OSError) as exc:
        run.fail(source, str(exc))
        return None
    except Exception as exc:  # one article's crash (an engine bug) must not stop the batch
        run.fail(source, f"analysis failed ({type(exc).__name__}: {exc})")
        return None
    return (paths.get(Format.html) if paths else None), report


def _write_index(run: _Run, output: Path, reports: list[tuple[Path | None, ArticleReport]]) -> None:
    index = output / "index.html"
    if index.exists() and not run.force:
        run.fail(str(index), "exists; pass --force to overwrite")
        return
    index.write_text(render_index([(p.name, r) for p, r in reports if p is not None]), encoding="utf-8")


def _summary_line(run: _Run, reports: list[tuple[Path | None, ArticleReport]], output: Path | None) -> None:
    n = len(reports)
    attributions = sum(r.summary.attributions for _, r in reports)
    mean = sum(r.score.total for _, r in reports) / n if n else 0
    line = f"analysed {n} article{'s' * (n != 1)}: {attributions} attributions"
    if n:
        line += f", mean transparency score {mean:.0f}/100"
    if output is not None:
        line += f"; reports in {output}"
    if run.failed:
        line += f"; {run.failed} input{'s' * (run.failed != 1)} failed"
    run.err.print(escape(line), soft_wrap=True)


@app.command()
def models(
    lang: Annotated[str, typer.Option(help="Language code.")] = "de",
    model_dir: Annotated[Path | None, typer.Option(help="A model directory to check instead of the default order.")] = None,
) -> None:
    """Show which parser models `analyse` uses for a language, and their manifest.

    Resolution order: --model-dir or ATTRIBUTION_MODEL_DIR, then stanza's official models, then
    the models shipped in the package.

    Example:

        attribution models --lang de
    """
    from attribution.nlp.models import ModelError, resolve

    err = Console(stderr=True, highlight=False)
    try:
        spec = resolve(lang, model_dir)
        model_id = spec.id
    except (ModelError, OSError) as exc:
        err.print(f"[bold red]error[/]: {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(code=1) from None
    out = Console(highlight=False)
    out.print(f"language: {spec.lang}\nkind:     {spec.kind}\npath:     {escape(str(spec.path))}\n"
              f"origin:   {spec.origin}\nid:       {model_id}", soft_wrap=True)
    manifest = spec.path / "MANIFEST.md"
    if manifest.is_file():
        out.print()
        out.print(manifest.read_text(encoding="utf-8"), markup=False, soft_wrap=True)


def _register_evaluate() -> None:
    """Add `evaluate` from attribution.evaluate.command when that package is installed."""
    try:
        module = importlib.import_module("attribution.evaluate.command")
    except ModuleNotFoundError as exc:
        if exc.name in ("attribution.evaluate", "attribution.evaluate.command"):
            return
        raise
    app.command("evaluate")(module.evaluate)


_register_evaluate()
