"""`attribution evaluate` through typer's CliRunner, with the analysis replaced by a fake one."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from attribution.errors import InputError
from attribution.evaluate import runner
from attribution.evaluate.command import evaluate
from attribution.io.spkatt import TokenMap
from attribution.types import Article, Attribution, Cue, Explanation, ParsedDoc, Sentence, Span, Speaker, Token

app = typer.Typer()
app.command()(evaluate)
cli = CliRunner()

SENTENCES = [["„", "Wir", "kommen", "“", ",", "sagte", "Anna", "."], ["Das", "Wetter", "war", "gut", "."]]
ANNOTATIONS = [
    {"Addr": [], "Cue": ["0:5"], "Form": "Direct", "Frame": ["0:4", "0:5", "0:6"], "HasNested": False,
     "IsNested": False, "Message": ["0:0", "0:1", "0:2", "0:3"], "STWR": "Speech", "Source": ["0:6"]},
]
TEXT = "Der Minister sagte, er komme.\nDas Wetter war gut."


def fake_doc(article: Article) -> ParsedDoc:
    """A ParsedDoc over the article's tokens (or its words), without a parser."""
    spans = article.tokens or (tuple((m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", article.text)),)
    sentences, i = [], 0
    for si, sent in enumerate(spans):
        toks = tuple(Token(i + k, si, k + 1, article.text[a:b], a, b, article.text[a:b], "X", "_", "_", 0, "root")
                     for k, (a, b) in enumerate(sent))
        i += len(toks)
        sentences.append(Sentence(si, sent[0][0], sent[-1][1], toks))
    return ParsedDoc(article.text, article.lang, "fake", tuple(sentences))


def fake_analyse(article: Article, model_dir: object = None, cache: object = None) -> runner.Analysed:
    """Finds the direct quote of the SpkAtt test file, or "sagte" in the plain-text test article."""
    text = article.text
    if article.tokens is not None:
        tmap = TokenMap.of(article)
        a, b = tmap.span((0, 1))[0], tmap.span((0, 2))[1]
        cue, spk = tmap.span((0, 5)), tmap.span((0, 6))
    else:
        a, b = text.index("er komme"), text.index("er komme") + len("er komme")
        cue, spk = (text.index("sagte"), text.index("sagte") + 5), (0, len("Der Minister"))
    att = Attribution(kind="direct" if article.tokens is not None else "indirect", type="named",
                      cue=Cue(text[cue[0]:cue[1]], (cue,), "sagen"), content=Span(a, b, text[a:b]),
                      speaker=Speaker(text[spk[0]:spk[1]], spk[0], spk[1], text[spk[0]:spk[1]].split()[-1]),
                      explanation=Explanation("test", "sagen", None, False, "test"), sentence=0)
    return runner.Analysed(article, fake_doc(article), [att], 0.5, 0.25)


@pytest.fixture()
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "analyse", fake_analyse)


@pytest.fixture()
def spkatt_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "spkatt"
    folder.mkdir()
    for n in range(3):
        obj = {"DocumentName": f"{n} - Doc", "Annotations": ANNOTATIONS,
               "Sentences": [{"SentenceId": i, "Tokens": t} for i, t in enumerate(SENTENCES)]}
        (folder / f"{n} - Doc.json").write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(TEXT, encoding="utf-8")
    start = TEXT.index("Der Minister sagte")
    gold = {"schema": "attribution-gold/1", "documents": [{"document": "a.txt", "attributions": [
        {"id": "a-01", "anchor": "Der Minister sagte", "kind": "indirect", "type": "named", "required": True,
         "start": start, "end": start + 18, "speaker": "Der Minister", "speaker_head": "Minister", "refers_to": None},
        {"id": "a-02", "anchor": "Das Wetter war gut", "kind": "reportative", "type": "unattributed",
         "required": True, "start": TEXT.index("Das"), "end": TEXT.index("Das") + 18},
    ]}]}
    path = tmp_path / "gold" / "g.gold.json"
    path.parent.mkdir()
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_command_help_has_an_example() -> None:
    result = cli.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and "--jsonl" in result.output


def test_command_spkatt_folder_prints_the_task_metric(fake: None, spkatt_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "preds.jsonl"
    result = cli.invoke(app, [str(spkatt_dir), "--limit", "2", "--jsonl", str(out)])
    assert result.exit_code == 0, result.output
    assert "SpkAtt task 2 metric, 2 documents" in result.output
    assert "Recall per Form" in result.output and "extraction" in result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["DocumentName"] for line in lines] == ["0 - Doc", "1 - Doc"]
    assert lines[0]["Annotations"][0]["Message"] == ["0:0", "0:1", "0:2", "0:3"]


def test_command_spkatt_json_output(fake: None, spkatt_dir: Path) -> None:
    result = cli.invoke(app, [str(spkatt_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"] == 3
    assert data["simplified"]["message"]["f1"] == pytest.approx(1.0)
    assert data["simplified"]["roles"]["f1"] == pytest.approx(1.0)
    assert data["timing"]["parse_s"] == pytest.approx(1.5) and data["timing"]["extract_s"] == pytest.approx(0.75)
    assert data["timing"]["words"] == 3 * 8  # tokens with a letter or digit


def test_command_single_spkatt_file(fake: None, spkatt_dir: Path) -> None:
    result = cli.invoke(app, [str(spkatt_dir / "0 - Doc.json"), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents"] == 1


def test_command_gold_file_finds_its_seeds(fake: None, gold_file: Path) -> None:
    result = cli.invoke(app, [str(gold_file), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["precision"], data["recall"]) == (1.0, 0.5)
    assert data["confusion"] == [["named", "named", 1]]
    assert data["misses"] == ["a.txt a-02 reportative: Das Wetter war gut"]


def test_command_json_lists_at_most_misses_errors(fake: None, gold_file: Path, spkatt_dir: Path) -> None:
    gold = json.loads(cli.invoke(app, [str(gold_file), "--format", "json", "--misses", "0"]).stdout)
    assert gold["misses"] == [] and gold["recall"] == 0.5
    spkatt = json.loads(cli.invoke(app, [str(spkatt_dir), "--format", "json", "--misses", "0"]).stdout)
    assert spkatt["missed"] == [] and spkatt["unmatched"] == []


def test_command_gold_file_tables(fake: None, gold_file: Path) -> None:
    result = cli.invoke(app, [str(gold_file), "--articles", str(gold_file.parent.parent / "seeds")])
    assert result.exit_code == 0, result.output
    for title in ("Detection", "Recall of required items by kind", "Source type", "missed (required)", "Time"):
        assert title in result.output


def test_command_gold_without_articles_is_a_usage_error(fake: None, tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"schema": "attribution-gold/1", "documents": [{"document": "x.txt"}]}))
    result = cli.invoke(app, [str(path)])
    assert result.exit_code == 2
    assert "--articles" in result.output


@pytest.mark.parametrize("content", ["not json", json.dumps({"text": "Er sagte."})])
def test_command_rejects_other_files(content: str, tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text(content)
    result = cli.invoke(app, [str(path)])
    assert result.exit_code == 2


def test_command_jsonl_needs_spkatt(fake: None, gold_file: Path, tmp_path: Path) -> None:
    result = cli.invoke(app, [str(gold_file), "--jsonl", str(tmp_path / "p.jsonl")])
    assert result.exit_code == 2


def test_command_library_errors_exit_1(monkeypatch: pytest.MonkeyPatch, spkatt_dir: Path) -> None:
    def broken(article: Article, model_dir: object = None, cache: object = None) -> runner.Analysed:
        raise InputError(article.meta.document, "cannot be analysed")

    monkeypatch.setattr(runner, "analyse", broken)
    result = cli.invoke(app, [str(spkatt_dir)])
    assert result.exit_code == 1
    assert "cannot be analysed" in result.output


def test_typed_file_gives_speaker_and_type_accuracy(fake: None, tmp_path: Path) -> None:
    folder = tmp_path / "train"
    folder.mkdir()
    (folder / "1 - Test.json").write_text(json.dumps({
        "Sentences": [{"SentenceId": i, "Tokens": s} for i, s in enumerate(SENTENCES)], "Annotations": ANNOTATIONS}))
    typed = tmp_path / "typed.json"
    typed.write_text(json.dumps({"schema": "spkatt-typed/1", "articles": str(folder), "documents": [
        {"document": "1 - Test", "sources": [{"annotation": 0, "type": "named", "speaker_head": "Anna", "source": "Anna"}]}]}))
    result = cli.invoke(app, [str(typed), "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert (out["sources"], out["matched"], out["speaker_accuracy"], out["type_accuracy"]) == (1, 1, 1.0, 1.0)
