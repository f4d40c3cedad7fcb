"""End-to-end tests of the `attribution` command line (CliRunner), with a stand-in for the engine."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

import attribution.cli as cli
from tests.fakes import fake_extract

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
runner = CliRunner()
COMMANDS = sorted(get_command(cli.app).commands)  # type: ignore[attr-defined]
DE = "Der Bürgermeister sagte am Montag, dass die Brücke saniert werde. „Wir haben keine Wahl“, sagte Schmidt.\n"


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "load_analyser", lambda model_dir: fake_extract)


def _run(*args: str, **kw):
    return runner.invoke(cli.app, [str(a) for a in args], **kw)


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_help(command: str) -> None:
    result = _run(command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_cli_every_command_has_help_and_example() -> None:
    assert {"analyse", "models"} <= set(COMMANDS)
    for name, command in get_command(cli.app).commands.items():  # type: ignore[attr-defined]
        assert command.help, name
    assert "Examples" in _run("analyse", "--help").output


def test_cli_analyse_seeds_terminal(fake_engine) -> None:
    result = _run("analyse", SEEDS, "--no-color")
    assert result.exit_code == 0, result.output
    assert "Netanjahu verlangt Klarstellung aus Washington" in result.stdout
    assert "Russischer Botschafter enthüllt" in result.stdout
    assert "Transparency score:" in result.stdout
    assert "\x1b[" not in result.stdout
    assert "analysed 2 articles" in result.stderr


def test_cli_analyse_json_lines_on_stdout(fake_engine) -> None:
    result = _run("analyse", SEEDS, "--format", "json")
    assert result.exit_code == 0, result.output
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document"] for r in reports] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert all(r["schema_version"] == "attribution-report/1" for r in reports)
    meta = reports[0]["metadata"]
    assert meta["outlet"] == "haOlam.de" and meta["byline_kind"] == "collective" and meta["date"] == "2026-03-04"


def test_cli_analyse_one_article_pretty_json(fake_engine) -> None:
    seed = sorted(SEEDS.glob("*.txt"))[1]
    result = _run("analyse", seed, "-f", "json")
    assert result.exit_code == 0
    assert result.stdout.startswith("{\n")
    assert json.loads(result.stdout)["document"] == seed.name


def test_cli_analyse_output_dir_and_no_overwrite(fake_engine, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    args = ["analyse", SEEDS, "-f", "json", "-f", "html", "-f", "markdown", "-f", "terminal", "-o", out]
    assert _run(*args).exit_code == 0
    names = sorted(p.name for p in out.iterdir())
    stems = sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert names == sorted([f"{s}{x}" for s in stems for x in (".json", ".html", ".md", ".txt")] + ["index.html"])
    report = out / f"{stems[0]}.json"
    report.write_text("keep me", encoding="utf-8")
    again = _run(*args)
    assert again.exit_code == 1
    assert "exists; pass --force to overwrite" in again.stderr
    assert report.read_text(encoding="utf-8") == "keep me"
    assert _run(*args, "--force").exit_code == 0
    assert json.loads(report.read_text(encoding="utf-8"))["document"] == f"{stems[0]}.txt"


def test_cli_bad_inputs_reported_and_batch_goes_on(fake_engine, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    (tmp_path / "french.txt").write_text("Le ministre a déclaré lundi que le gouvernement n'augmenterait pas la taxe.")
    (tmp_path / "latin1.txt").write_bytes(("Die Bürgermeisterin erklärte, man müsse die Straßen schließen. " * 3)
                                          .encode("cp1252"))
    (tmp_path / "quiet.txt").write_text("Das Wetter war am Montag schön und die Sonne schien den ganzen Tag.")
    result = _run("analyse", tmp_path, tmp_path / "missing.txt", "-f", "json")
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert any(line.endswith("empty.txt: file is empty") for line in errors)
    assert any("binary.txt: binary file" in line for line in errors)
    assert any("french.txt: unknown language" in line for line in errors)
    assert any("missing.txt: no such file or directory" in line for line in errors)
    assert errors[-1] == "analysed 2 articles: 0 attributions, mean transparency score 0/100; 4 inputs failed"
    reports = {r["document"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert set(reports) == {"latin1.txt", "quiet.txt"}
    assert reports["quiet.txt"]["quotes"] == []


def test_cli_stdin(fake_engine) -> None:
    result = _run("analyse", "-", "-f", "markdown", input=DE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert "# stdin" in result.stdout and "| 1 | 1 | direct quote | named | sagte | Schmidt |" in result.stdout


def test_cli_formats_that_need_output(fake_engine) -> None:
    assert "--format spkatt writes files" in _run("analyse", SEEDS, "-f", "spkatt").stderr
    assert "pass --output DIR" in _run("analyse", SEEDS, "-f", "html").stderr
    assert _run("analyse", SEEDS, "-f", "json", "-f", "html").exit_code == 1


def _spkatt_input(folder: Path, name: str = "123 - Ein Titel (2005-01-01).json") -> Path:
    """A SpkAtt file with a direct quote, named as the task names its files."""
    folder.mkdir(parents=True, exist_ok=True)
    tokens = ["„", "Wir", "haben", "keine", "Wahl", "“", ",", "sagte", "Schmidt", "."]
    path = folder / name
    path.write_text(json.dumps({"DocumentName": path.stem, "Sentences": [{"SentenceId": 0, "Tokens": tokens}]},
                               ensure_ascii=False), encoding="utf-8")
    return path


def test_cli_spkatt_files_keep_the_input_names(fake_engine, tmp_path: Path) -> None:
    source = _spkatt_input(tmp_path / "in")
    out = tmp_path / "out"
    result = _run("analyse", tmp_path / "in", "-f", "spkatt", "-f", "html", "-o", out)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [source.name, "123---Ein-Titel-2005-01-01.html"]
    written = json.loads((out / source.name).read_text(encoding="utf-8"))
    assert written["DocumentName"] == source.stem and written["Sentences"][0]["Tokens"][1] == "Wir"
    again = _run("analyse", source, "-f", "spkatt", "-o", out)
    assert again.exit_code == 1 and "exists; pass --force to overwrite" in again.stderr


def test_cli_spkatt_on_other_input_is_one_error_before_any_analysis(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    analysed = []
    monkeypatch.setattr(cli, "load_analyser", lambda model_dir: lambda article: analysed.append(article))
    _spkatt_input(tmp_path / "in")
    result = _run("analyse", SEEDS, tmp_path / "in", "-f", "spkatt", "-o", tmp_path / "out")
    assert result.exit_code == 1 and analysed == []
    (line,) = result.stderr.strip().splitlines()
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert line == ("error: --format spkatt writes GermEval SpkAtt predictions and needs SpkAtt input (.json files "
                    f'with "Sentences"); not SpkAtt: {", ".join(names)}')
    assert not (tmp_path / "out").exists()


def test_cli_spkatt_and_json_reports_would_share_names(fake_engine, tmp_path: Path) -> None:
    _spkatt_input(tmp_path / "in", "a.json")
    result = _run("analyse", tmp_path / "in", "-f", "spkatt", "-f", "json", "-o", tmp_path / "out")
    assert result.exit_code == 1 and "write them to separate --output folders" in result.stderr


def test_cli_spkatt_inputs_of_one_name_do_not_overwrite_each_other(fake_engine, tmp_path: Path) -> None:
    _spkatt_input(tmp_path / "in" / "a", "x.json")
    _spkatt_input(tmp_path / "in" / "b", "x.json")
    result = _run("analyse", tmp_path / "in", "-f", "spkatt", "-o", tmp_path / "out")
    assert result.exit_code == 1 and "another input of this run is also named x.json" in result.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["x.json"]


def test_cli_version() -> None:
    from attribution import __version__
    from attribution.corpus.analyser import engine_version

    result = _run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"attribution {__version__} (engine {engine_version()})\n"


def test_cli_help_groups_commands_in_panels() -> None:
    text = _run("--help", env={"COLUMNS": "100"}).stdout
    panels = {name: text.index(f"─ {name} ") for name in ("Analyse", "Corpus", "Evaluate and models")}
    assert panels["Analyse"] < panels["Corpus"] < panels["Evaluate and models"]
    def panel_of(command: str) -> str:
        at = text.index(f"│ {command} ")
        return max((p for p in panels if panels[p] < at), key=panels.get)
    assert panel_of("analyse") == "Analyse"
    assert {panel_of(c) for c in ("corpus", "compare", "sources", "graph")} == {"Corpus"}
    assert panel_of("models") == "Evaluate and models"


def test_cli_help_text_flows_to_the_terminal_width() -> None:
    wide = _run("analyse", "--help", env={"COLUMNS": "200"}).stdout
    assert ("Prints a report per article (terminal) or writes report files (--output); ends with a summary line, and "
            "exits with 1 when some inputs could not be analysed.") in " ".join(wide.split())
    line = next(x for x in wide.splitlines() if "Prints a report per article" in x)
    assert "summary line, and exits" in line  # one paragraph on one line, not the docstring's line breaks
    assert cli.flowing("""First line.

    Two lines
    of prose.

        example --keep
        second line
    """) == "First line.\n\nTwo lines of prose.\n\n    example --keep\n    second line"


def test_cli_unknown_language_option() -> None:
    result = _run("analyse", SEEDS, "--lang", "fr")
    assert result.exit_code == 2


def test_cli_english_uses_the_spacy_model(tmp_path: Path) -> None:
    pytest.importorskip("attribution.extract.engine")
    from attribution.nlp.english import installed_model

    if installed_model() is None:
        pytest.skip("spaCy's English model is not installed")
    text = "The mayor said on Monday that the bridge would be repaired in the summer, officials confirmed."
    (tmp_path / "en.txt").write_text(text, encoding="utf-8")
    result = _run("analyse", tmp_path / "en.txt", "-f", "json", "-o", tmp_path / "out")
    assert result.exit_code == 0
    report = json.loads((tmp_path / "out" / "en.json").read_text(encoding="utf-8"))
    assert report["language"] == "en"
    assert report["model"].startswith("spacy-en_core_web_sm-3.8.0")


def test_cli_output_stem() -> None:
    assert cli.output_stem("a.txt") == "a"
    assert cli.output_stem("feed.jsonl:12") == "feed-12"
    assert cli.output_stem("we ird/na:me.html") == "na-me"
    assert cli.output_stem("...") == "article"


def test_cli_duplicate_names_get_distinct_files(fake_engine, tmp_path: Path) -> None:
    for d in ("a", "b"):
        (tmp_path / "in" / d).mkdir(parents=True)
        (tmp_path / "in" / d / "same.txt").write_text(DE, encoding="utf-8")
    assert _run("analyse", tmp_path / "in", "-f", "json", "-o", tmp_path / "out").exit_code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["same-2.json", "same.json"]


def test_cli_models_reports_errors_in_one_line(tmp_path: Path) -> None:
    result = _run("models", "--model-dir", tmp_path / "nowhere")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "does not exist" in result.stderr


def test_cli_models_shows_resolved_models() -> None:
    from attribution.nlp.models import ModelError, resolve

    try:
        spec = resolve("de")
    except ModelError as exc:
        pytest.skip(f"no German models here: {exc}")
    result = _run("models")
    assert result.exit_code == 0
    assert f"kind:     {spec.kind}" in result.stdout and f"id:       {spec.id}" in result.stdout


def test_cli_many_articles_with_progress(fake_engine, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"text": DE, "title": f"Artikel {n}"}) for n in range(6)), encoding="utf-8")
    result = _run("analyse", feed, "-f", "json", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [f"feed-{n}.json" for n in range(1, 7)]
    assert result.stderr.startswith("analysed 6 articles: 6 attributions")  # no progress residue off a terminal
