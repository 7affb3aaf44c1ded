"""What a new user meets in the first hour: version, help, and messages that stay right."""

from __future__ import annotations

import re
import socket
from importlib.metadata import version
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer import ConfigError, load_articles
from summarizer.backends import BackendConfig
from summarizer.backends.openai.backend import OpenAIBackend
from summarizer.backends.openai.transport import Backoff
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


def test_eval_format_help_prints_the_shipped_gold_format(runner: CliRunner) -> None:
    result = runner.invoke(app, ["eval", "--format-help"])
    assert result.exit_code == 0
    assert result.stdout.startswith("# Gold annotation format\n")
    assert "## Scoring" in result.stdout
    assert "summarizer eval --format-help" in _flat(runner.invoke(app, ["eval", "--help"]).stdout)


def test_a_bad_gold_file_points_at_the_format_help(runner: CliRunner, tmp_path: Path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text('{"case": "x"}')
    result = runner.invoke(app, ["eval", str(gold), "--backend", "rules"])
    assert result.exit_code == 1
    assert "(see `summarizer eval --format-help`)" in result.stderr


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
async def test_nothing_listening_is_said_at_once_without_retries() -> None:
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    base_url = f"http://127.0.0.1:{_closed_port()}/v1"
    backend = OpenAIBackend(BackendConfig(backend="openai", base_url=base_url, api_key="k",
                                          model="m"), backoff=Backoff(sleep=record))
    [article] = load_articles([SEEDS[0]])
    with pytest.raises(ConfigError, match=r"^nothing is listening at "):
        await backend.extract(article)
    assert waits == []


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_nothing_listening_on_the_command_line(runner: CliRunner) -> None:
    base_url = f"http://127.0.0.1:{_closed_port()}/v1"
    result = runner.invoke(app, ["summarize", SEEDS[0], "--base-url", base_url, "--model", "m"])
    assert result.exit_code == 1
    assert result.stderr == (f"error: nothing is listening at {base_url} (connection refused); "
                             "start the model server there, or check "
                             "--base-url/OPENAI_BASE_URL\n")
