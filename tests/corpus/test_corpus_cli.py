"""Every corpus command has help with examples (the root test_cli covers `attribution COMMAND --help`)."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

import attribution.cli as cli


@pytest.mark.parametrize("command", [["corpus", "ingest"], ["compare"], ["sources"], ["graph"]])
def test_corpus_cli_help_has_examples(command: list[str]) -> None:
    result = CliRunner().invoke(cli.app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Examples" in result.output and "--db" in result.output
    assert "--analyser" not in result.output  # the test hook stays out of the help
