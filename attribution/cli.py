"""The `attribution` command line: thin; it parses options, calls the library and renders.

Commands, in three panels of `--help`: "Analyse" (`analyse`, per-article sourcing reports),
"Corpus" (attribution.corpus: `corpus ingest` stores many articles in DuckDB, `compare` puts
outlets side by side, `sources` lists the most quoted sources and `graph` maps outlets, articles
and sources as a network) and "Evaluate and models" (`evaluate` when attribution.evaluate is
installed, `models` shows the parser models in use). Docstrings become the help text with each
paragraph joined into one line, so that rich wraps it to the terminal's width.
"""
from __future__ import annotations

import importlib
import inspect
import io
import re
from collections import Counter
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from attribution import __version__
from attribution.errors import AttributionError, InputError, OutputExistsError
from attribution.io.readers import MAX_CHARS, read_inputs
from attribution.report import ArticleReport, build_report, dumps, render_html, render_index, render_markdown
from attribution.report.render_terminal import FILE_WIDTH, render_plain, render_terminal
from attribution.types import Article, Attribution, ParsedDoc

if TYPE_CHECKING:
    from attribution.corpus.compare import Comparison

__all__ = ["Format", "Lang", "app", "load_analyser"]

Analyser = Callable[[Article], tuple[ParsedDoc, list[Attribution]]]
Command = TypeVar("Command", bound=Callable[..., None])

app = typer.Typer(
    help="Find every quotation and piece of reported speech in news articles, who is quoted and how "
         "transparently, and write a sourcing-transparency report per article.",
    no_args_is_help=True, add_completion=False, rich_markup_mode="rich",
)

PROGRESS_THRESHOLD = 3  # show a progress bar for more articles than this
ANALYSE, CORPUS, EVALUATE = "Analyse", "Corpus", "Evaluate and models"  # the panels of --help
INTERRUPTED = 130  # exit status after Ctrl-C (128 + SIGINT), as shells report it
# compare's default, attribution.corpus.compare.MIN_ARTICLES (a test keeps them equal): importing it here
# would load scipy and DuckDB for every command
MIN_ARTICLES = 5


def flowing(doc: str | None) -> str:
    """A docstring as help text: each prose paragraph on one line, so that rich wraps it to the terminal's
    width; indented paragraphs (examples) keep their lines."""
    paragraphs = inspect.cleandoc(doc or "").split("\n\n")
    return "\n\n".join(p if p.startswith(" ") else " ".join(line.strip() for line in p.splitlines())
                       for p in paragraphs)


def command(group: typer.Typer, panel: str, name: str | None = None) -> Callable[[Command], Command]:
    """Register a function as a command of `group` in a panel of --help, its docstring as flowing help."""
    def register(func: Command) -> Command:
        group.command(name, help=flowing(func.__doc__), rich_help_panel=panel)(func)
        return func
    return register


def _version(value: bool) -> None:
    """Print the package and engine versions and exit (--version)."""
    if value:
        from attribution.corpus.analyser import engine_version

        typer.echo(f"attribution {__version__} (engine {engine_version()})")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Show the package and engine versions and exit.")] = False,
) -> None:
    """Find every quotation and piece of reported speech in news articles, who is quoted and how transparently,
    and write a sourcing-transparency report per article."""


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


SUFFIX = {Format.terminal: ".txt", Format.json: ".json", Format.html: ".html", Format.markdown: ".md"}
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
        """Report paths of one article in --output, unique within the run; refuses to overwrite without --force.

        SpkAtt predictions keep the input's file name, which the task's scorer matches them by.
        """
        if self.output is None:
            return {}
        base, n = output_stem(article.meta.document), 1
        stem = base
        while stem in self.stems:
            n += 1
            stem = f"{base}-{n}"
        paths = {f: self.output / (Path(article.meta.document).name if f is Format.spkatt else f"{stem}{SUFFIX[f]}")
                 for f in self.formats}
        if Format.spkatt in paths and paths[Format.spkatt].name in self.stems:
            raise OutputExistsError(f"another input of this run is also named {paths[Format.spkatt].name}; "
                                    "its SpkAtt file would be overwritten")
        existing = [p for p in paths.values() if p.exists()]
        if existing and not self.force:
            raise OutputExistsError(f"{existing[0]} exists; pass --force to overwrite")
        self.stems.add(stem)
        if Format.spkatt in paths:
            self.stems.add(paths[Format.spkatt].name)
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


@command(app, ANALYSE)
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
    max_chars: Annotated[int, typer.Option(
        help="Longest article accepted, in characters (a guard for memory: long texts are analysed in chunks).",
        min=1)] = MAX_CHARS,
) -> None:
    """Analyse articles and report, per article, who is quoted, how, and how transparently.

    Prints a report per article (terminal) or writes report files (--output); ends with a
    summary line, and exits with 1 when some inputs could not be analysed. With --format spkatt
    the inputs must be GermEval SpkAtt files, and each prediction file keeps its input's name.

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
    _check_spkatt(formats, articles, err)
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


def _check_spkatt(formats: list[Format], articles: list[Article], err: Console) -> None:
    """--format spkatt needs SpkAtt input, and its files would collide with JSON reports; refuse before any work."""
    if Format.spkatt not in formats:
        return
    problem = None
    others = [a.meta.document for a in articles if a.tokens is None]
    if others:
        more = f" and {len(others) - 3} more" if len(others) > 3 else ""
        problem = (f"--format spkatt writes GermEval SpkAtt predictions and needs SpkAtt input (.json files with "
                   f"\"Sentences\"); not SpkAtt: {', '.join(others[:3])}{more}")
    elif Format.json in formats:
        problem = ("--format spkatt names its files as the inputs (NAME.json), as JSON reports are named: "
                   "write them to separate --output folders")
    if problem:
        err.print(f"[bold red]error[/]: {escape(problem)}", soft_wrap=True)
        raise typer.Exit(code=1)


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


# -- corpus mode ---------------------------------------------------------------------------------
corpus_app = typer.Typer(help="corpus ingest: analyse many articles once and store them in a corpus database (DuckDB).",
                         no_args_is_help=True, rich_markup_mode="rich")
app.add_typer(corpus_app, name="corpus", rich_help_panel=CORPUS)

DEFAULT_DB = Path("corpus.duckdb")
DbOption = Annotated[Path, typer.Option("--db", help="The corpus database (a DuckDB file).", dir_okay=False)]
NoColor = Annotated[bool, typer.Option("--no-color", help="Plain output without colour.")]
Force = Annotated[bool, typer.Option("--force", help="Overwrite the output file if it exists.")]


class CompareFormat(str, Enum):
    """Outputs of `compare`: a table for people, files for analysis and a page with charts."""

    terminal = "terminal"
    csv = "csv"
    parquet = "parquet"
    json = "json"
    html = "html"


class GroupField(str, Enum):
    """What `compare` groups articles by."""

    outlet = "outlet"
    month = "month"


class SourcesFormat(str, Enum):
    """Outputs of `sources`."""

    terminal = "terminal"
    json = "json"
    csv = "csv"


class SourceTypeOption(str, Enum):
    """Source types, to filter `sources`."""

    named = "named"
    institutional = "institutional"
    anonymous = "anonymous"
    unattributed = "unattributed"


def _fail(err: Console, exc: BaseException) -> typer.Exit:
    """Print a library error on stderr; the caller raises the returned Exit."""
    err.print(f"[bold red]error[/]: {escape(str(exc))}", soft_wrap=True)
    return typer.Exit(code=1)


def _writable(path: Path, force: bool) -> None:
    """Refuse to overwrite an existing output file without --force."""
    if path.exists() and not force:
        raise OutputExistsError(f"{path} exists; pass --force to overwrite")


@command(corpus_app, CORPUS, "ingest")
def corpus_ingest(
    paths: Annotated[list[str], typer.Argument(
        help="Articles: .txt, .html, .jsonl, .json, directories (recursively), or - for stdin.",
        metavar="PATH...", show_default=False)],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[int | None, typer.Option(
        help="Worker processes, each loading the models once (default: all cores).", min=1,
        show_default=False)] = None,
    scheduler: Annotated[str | None, typer.Option(
        help="Run on a Dask distributed cluster: the scheduler's address, e.g. tcp://host:8786.")] = None,
    parts: Annotated[Path | None, typer.Option(
        help="With --scheduler: directory for Parquet partitions, shared by workers and this machine "
             "(default: the database's name + .parts).", file_okay=False)] = None,
    lang: Annotated[Lang, typer.Option(help="Language of the articles; auto tells it from common words.")] = Lang.auto,
    model_dir: Annotated[Path | None, typer.Option(
        help="Parser models to use instead of the resolved ones (see `attribution models`).")] = None,
    max_chars: Annotated[int, typer.Option(
        help="Longest article accepted, in characters (a guard for memory: long texts are analysed in chunks).",
        min=1)] = MAX_CHARS,
    analyser: Annotated[str, typer.Option(
        help="The analysis to run, as module:factory (for tests and other engines).", hidden=True)] = "",
    no_color: NoColor = False,
) -> None:
    """Analyse articles and store them in a corpus database; unchanged articles cost nothing.

    Articles are keyed by a hash of their text, outlet and URL: an article stored with the same
    models and engine is skipped, one stored with others is analysed again, and a run that was
    interrupted continues where it stopped. Ends with a summary and the inputs that failed (exit 1).
    Ctrl-C keeps what was finished and says how much of the input is stored (exit 130).

    Examples:

        attribution corpus ingest seeds/ --db corpus.duckdb

        attribution corpus ingest feeds/*.jsonl --db corpus.duckdb --workers 4

        attribution corpus ingest archive/ --db corpus.duckdb --scheduler tcp://10.0.0.5:8786 --parts /shared/parts
    """
    from attribution.corpus.analyser import DEFAULT_FACTORY, AnalyserSpec
    from attribution.corpus.ingest import IngestInterrupted, ingest
    from attribution.corpus.render import render_ingest
    from attribution.corpus.store import Store

    err = Console(stderr=True, no_color=no_color, highlight=False)
    spec = AnalyserSpec(analyser or DEFAULT_FACTORY, str(model_dir) if model_dir else None)
    progress = Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeRemainingColumn(), console=err, disable=not err.is_terminal)
    task = progress.add_task("reading", total=None)
    try:
        results = read_inputs(paths, lang=lang.value, max_chars=max_chars)
        with Store(db) as store, progress:
            def advance(done: int, total: int) -> None:
                progress.update(task, completed=done, total=total, description="analysing")

            if scheduler:
                from attribution.corpus.distributed import ingest_distributed

                result = ingest_distributed(results, store, spec, scheduler=scheduler,
                                            parts=parts or db.with_name(db.name + ".parts"), progress=advance)
            else:
                result = ingest(results, store, spec, workers=workers, progress=advance)
    except (AttributionError, ValueError, ImportError) as exc:
        raise _fail(err, exc) from None
    except IngestInterrupted as stop:
        err.print(escape(f"interrupted: {stop.stored} of {stop.total} articles stored in {db}; "
                         "run the same command again to continue"), soft_wrap=True)
        raise typer.Exit(code=INTERRUPTED) from None
    except KeyboardInterrupt:
        err.print(escape(f"interrupted: what was finished is stored in {db}; run the same command again to continue"),
                  soft_wrap=True)
        raise typer.Exit(code=INTERRUPTED) from None
    render_ingest(result, err)
    if result.failures:
        raise typer.Exit(code=1)


@command(app, CORPUS)
def compare(
    db: DbOption = DEFAULT_DB,
    by: Annotated[list[GroupField] | None, typer.Option(
        "--by", help="Group by outlet and/or month; repeat for both.", show_default="outlet")] = None,
    fmt: Annotated[CompareFormat, typer.Option("--format", "-f", help="Output format.",
                                               case_sensitive=False)] = CompareFormat.terminal,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="File to write (needed for parquet and html; csv and json go to stdout without it).",
        dir_okay=False)] = None,
    seed: Annotated[int, typer.Option(help="Seed of the bootstrap, so that intervals are reproducible.")] = 0,
    resamples: Annotated[int, typer.Option(help="Bootstrap resamples per group.", min=100)] = 9999,
    min_articles: Annotated[int, typer.Option(
        help="Groups with fewer articles are pooled into one row, 'other (small groups)', left out of the test.",
        min=1)] = MIN_ARTICLES,
    force: Force = False,
    no_color: NoColor = False,
) -> None:
    """Compare outlets' sourcing habits side by side, with a test of whether they differ.

    Per outlet (and month): articles, attributions and distinct sources per article, shares of
    named / institutional / anonymous / unattributed attributions, the share of articles with an
    anonymous source given no reason, and the transparency score's mean with a 95 % bootstrap
    interval; then a chi-square test on the source-type counts with Cramér's V as effect size,
    said in plain words. Groups with fewer than --min-articles articles are pooled into one row.

    Examples:

        attribution compare --db corpus.duckdb

        attribution compare --db corpus.duckdb --by outlet --by month --min-articles 10

        attribution compare --db corpus.duckdb --format html --output compare.html
    """
    from attribution.corpus import export
    from attribution.corpus.compare import compare as compare_outlets
    from attribution.corpus.render import render_comparison
    from attribution.corpus.store import Store

    err = Console(stderr=True, no_color=no_color, highlight=False)
    if output is None and fmt in (CompareFormat.parquet, CompareFormat.html):
        raise _fail(err, ValueError(f"--format {fmt.value} writes a file: pass --output FILE"))
    try:
        if output is not None:
            _writable(output, force)
        with Store(db, read_only=True) as store:
            comparison = compare_outlets(store, by=[g.value for g in by or [GroupField.outlet]],
                                         resamples=resamples, seed=seed, min_articles=min_articles)
    except (AttributionError, ValueError) as exc:
        raise _fail(err, exc) from None
    if output is None and fmt is CompareFormat.terminal:
        render_comparison(comparison, Console(no_color=no_color, highlight=False))
    elif output is not None and fmt is CompareFormat.parquet:
        export.write_parquet(comparison, output)
    else:
        _emit(_comparison_text(comparison, fmt), output)
    if output is not None:
        err.print(f"wrote {escape(str(output))}", soft_wrap=True)


def _comparison_text(comparison: Comparison, fmt: CompareFormat) -> str:
    """A comparison as text in a file format; `terminal` as a plain table of FILE_WIDTH columns."""
    from attribution.corpus import export
    from attribution.corpus.render import render_comparison

    if fmt is CompareFormat.terminal:
        buffer = io.StringIO()
        render_comparison(comparison, Console(file=buffer, width=FILE_WIDTH, no_color=True, highlight=False))
        return buffer.getvalue()
    writers = {CompareFormat.csv: export.comparison_csv, CompareFormat.json: export.comparison_json,
               CompareFormat.html: export.comparison_html}
    return writers[fmt](comparison)


def _emit(text: str, output: Path | None) -> None:
    """Write text to a file, or to standard output."""
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


@command(app, CORPUS)
def sources(
    db: DbOption = DEFAULT_DB,
    top: Annotated[int, typer.Option(help="How many sources to list (0: all).", min=0)] = 20,
    types: Annotated[list[SourceTypeOption] | None, typer.Option(
        "--type", help="Only sources of this type; repeat for several. unattributed lists the claims with no "
                       "source, by cue.", show_default="all but unattributed")] = None,
    fmt: Annotated[SourcesFormat, typer.Option("--format", "-f", help="Output format.",
                                               case_sensitive=False)] = SourcesFormat.terminal,
    no_color: NoColor = False,
) -> None:
    """List the most quoted sources of the corpus, with their type and outlets.

    Sources are joined across spellings and references ("Netanjahu", "Benjamin Netanjahu",
    "der Ministerpräsident" resolved to him) as docs/corpus.md explains; pronouns that name nobody
    are one entry, "unresolved". Unattributed claims have no source: --type unattributed lists
    them by cue, as "(no source given: sollen)".

    Examples:

        attribution sources --db corpus.duckdb

        attribution sources --db corpus.duckdb --type anonymous --top 50

        attribution sources --db corpus.duckdb --type unattributed

        attribution sources --db corpus.duckdb --format csv > sources.csv
    """
    from attribution.corpus import export
    from attribution.corpus.render import render_sources
    from attribution.corpus.sources import corpus_sources, unattributed_claims
    from attribution.corpus.store import Store

    err = Console(stderr=True, no_color=no_color, highlight=False)
    wanted = {t.value for t in types} if types else None
    try:
        with Store(db, read_only=True) as store:
            store.require_articles()
            found = corpus_sources(store).sources
            if wanted and SourceTypeOption.unattributed.value in wanted:
                found = tuple(sorted((*found, *unattributed_claims(store)),
                                     key=lambda s: (-s.quotes, -s.articles, s.label.casefold())))
    except AttributionError as exc:
        raise _fail(err, exc) from None
    chosen = [s for s in found if wanted is None or s.type in wanted]
    chosen = chosen[:top] if top else chosen
    if fmt is SourcesFormat.terminal:
        render_sources(chosen, Console(no_color=no_color, highlight=False))
    else:
        _emit(export.sources_json(chosen) if fmt is SourcesFormat.json else export.sources_csv(chosen), None)


@command(app, CORPUS)
def graph(
    db: DbOption = DEFAULT_DB,
    out: Annotated[Path, typer.Option("--out", help="The graph file: .graphml or .gexf (for Gephi).",
                                      dir_okay=False)] = Path("sources.graphml"),
    top: Annotated[int, typer.Option(help="Nodes per centrality ranking.", min=1)] = 10,
    force: Force = False,
    no_color: NoColor = False,
) -> None:
    """Write the corpus as a network of outlets, articles and sources, and rank its nodes.

    Edges: outlet-article, article-source weighted by quotes, and source-source weighted by the
    articles quoting both; pronouns that name nobody are left out. GraphML or GEXF (by the suffix
    of --out) opens in Gephi; the terminal shows rankings by weighted degree, betweenness and
    co-quotation PageRank.

    Examples:

        attribution graph --db corpus.duckdb --out sources.graphml

        attribution graph --db corpus.duckdb --out sources.gexf --top 20
    """
    from attribution.corpus.graph import build_graph, rankings, write_graph
    from attribution.corpus.render import render_rankings
    from attribution.corpus.store import Store

    err = Console(stderr=True, no_color=no_color, highlight=False)
    try:
        _writable(out, force)
        with Store(db, read_only=True) as store:
            store.require_articles()
            network = build_graph(store)
        write_graph(network, out)
    except AttributionError as exc:
        raise _fail(err, exc) from None
    render_rankings(rankings(network, top=top), Console(no_color=no_color, highlight=False))
    kinds = Counter(kind for _, kind in network.nodes(data="kind"))
    err.print(escape(f"wrote {out}: {kinds['outlet']} outlets, {kinds['article']} articles, {kinds['source']} sources, "
                     f"{network.number_of_edges()} edges"), soft_wrap=True)


# -- evaluation and models ---------------------------------------------------------------------
@command(app, EVALUATE)
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
    from attribution.nlp.parse import ner_model, with_recogniser

    err = Console(stderr=True, highlight=False)
    try:
        spec = resolve(lang, model_dir)
        model_id = with_recogniser(spec.id, ner_model(lang))
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
    command(app, EVALUATE, "evaluate")(module.evaluate)


_register_evaluate()
