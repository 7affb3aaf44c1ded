"""The command line as a journalist and a newsroom CI use it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer.cli import MODEL_HINT, app
from summarizer.summary import Summary
from tests.fakes.server import ScriptedServer

SEEDS = sorted(str(p) for p in (Path(__file__).parent.parent / "seeds").glob("*.txt"))


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL"):
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


def test_seeds_summarize_offline_to_json(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "summary.json"
    result = runner.invoke(app, ["summarize", *SEEDS, "--format", "json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert MODEL_HINT in result.stderr
    summary = Summary.model_validate_json(out.read_text())
    assert [r.backend for r in summary.articles] == ["rules", "rules"]
    values = {(f.path, f.value) for f in summary.facts}
    assert ("exchange.stages[2025-05-23].released[Russia].count", 390) in values
    assert ("exchange.stages[2025-05-24].released[Russia].count", 307) in values
    assert ("exchange.cumulative[2025-05-24].count", 697) in values
    assert summary.usage.calls == 0


def test_markdown_to_stdout_names_the_figures(runner: CliRunner) -> None:
    result = runner.invoke(app, ["summarize", *SEEDS, "--backend", "rules"])
    assert result.exit_code == 0, result.output
    assert MODEL_HINT not in result.stderr, "an explicit backend needs no hint"
    assert ("| 2025-05-24 | 307 (corroborated [1, 2]) | 307 (corroborated [1, 2]) "
            "| 697 (corroborated [1, 2]) | 303 (derived): 1,000 \u2212 697 |") in result.stdout


def test_stdin(runner: CliRunner) -> None:
    text = Path(SEEDS[1]).read_text(encoding="utf-8")
    result = runner.invoke(app, ["summarize", "-", "--format", "json"], input=text)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["articles"][0]["article_id"] == "stdin"


def test_missing_file_is_one_clear_line_and_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["summarize", str(missing)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {missing}: no such file; check the path"


@pytest.mark.parametrize("command", ["summarize", "batch"])
def test_a_directory_of_only_unsupported_files_is_an_error_naming_it_and_the_kinds(
    command: str, runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    out = tmp_path / "out.jsonl"
    args = [command, str(folder), "--backend", "rules"]
    result = runner.invoke(app, [*args, "--out", str(out)] if command == "batch" else args)

    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"error: {folder}: the directory has no article files (summarizer reads .txt, .html, "
        ".htm, .jsonl); convert the articles to one of these or pass the right directory")
    assert not out.exists()


@pytest.mark.parametrize("command", ["summarize", "validate", "eval"])
def test_every_command_that_reads_articles_takes_the_max_bytes_its_error_names(
    command: str, runner: CliRunner, tmp_path: Path
) -> None:
    article = tmp_path / "long.txt"
    article.write_text(" date 2025-05-24\n" + "Russia released 42 prisoners. " * 100)
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"case": "c", "articles": [{"path": "long.txt", "source": "S"}]}))
    saved = tmp_path / "saved.json"
    saved.write_text(json.dumps({"stages": [], "cumulative": [], "attacks": [],
                                 "statements": []}))
    args = {"summarize": ["summarize", str(article), "--backend", "rules"],
            "validate": ["validate", str(saved), str(article)],
            "eval": ["eval", str(gold), "--backend", "rules"]}[command]

    refused = runner.invoke(app, [*args, "--max-bytes", "1000"])
    accepted = runner.invoke(app, [*args, "--max-bytes", "5000"])

    assert refused.exit_code == 1
    assert refused.stderr.startswith(f"error: {article}: the file is 3,017 bytes, over the "
                                     "1,000-byte limit")
    assert "(--max-bytes)" in refused.stderr
    assert accepted.exit_code == 0, accepted.output


def test_failed_run_leaves_no_partial_output(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "summary.md"
    out.write_text("previous report")
    result = runner.invoke(app, ["summarize", str(tmp_path / "nope.txt"), "--out", str(out)])
    assert result.exit_code == 1
    assert out.read_text() == "previous report"


def test_openai_backend_without_key_names_the_variable_and_flag(runner: CliRunner) -> None:
    result = runner.invoke(app, ["summarize", SEEDS[0], "--backend", "openai"])
    assert result.exit_code == 1
    assert "OPENAI_API_KEY" in result.stderr
    assert "--api-key" in result.stderr
    assert "Traceback" not in result.output


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    assert runner.invoke(app, ["summarize", *SEEDS, "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["summarize"]).exit_code == 2
    assert runner.invoke(app, ["summarize", *SEEDS, "--max-reasks", "-1"]).exit_code == 2


def test_fail_on_error_fails_the_run_when_errors_remain(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "bad.txt"
    article.write_text(
        " date 2025-05-24 On Friday Russia and Ukraine released 270 servicemen and 100 "
        "civilians each, 390 people in all.\n", encoding="utf-8")
    clean = runner.invoke(app, ["summarize", *SEEDS, "--backend", "rules", "--fail-on", "error"])
    assert clean.exit_code == 0, clean.output
    result = runner.invoke(app, ["summarize", str(article), "--backend", "rules",
                                 "--fail-on", "error"])
    assert result.exit_code == 1
    assert "(--fail-on)" in result.stderr


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_max_tokens_and_timeout_bound_each_model_call(
    runner: CliRunner, scripted_server: Callable[[dict[str, Any]], ScriptedServer]
) -> None:
    """A good answer that arrives after the 1 s timeout is abandoned and the call retried; the
    retry's answer is cut off at the token limit, which the run reports with the flag to
    raise. Without either flag the first answer would have been accepted."""
    server = scripted_server({"rules": [{"replies": [
        {"extraction": "000_9391f326c2eaa901.json", "delay": 2.5},
        {"extraction": "000_9391f326c2eaa901.json", "finish_reason": "length"},
    ]}]})

    result = runner.invoke(app, ["summarize", SEEDS[0], "--base-url", server.base_url,
                                 "--model", "scripted-fake", "--max-tokens", "77",
                                 "--timeout", "1"])

    assert result.exit_code == 1
    assert "the answer was cut off at max_tokens=77; raise --max-tokens" in result.stderr
    assert [body["max_tokens"] for body in server.requests] == [77, 77]


def test_max_tokens_and_timeout_must_be_positive(runner: CliRunner) -> None:
    for flag in ("--max-tokens", "--timeout"):
        result = runner.invoke(app, ["summarize", *SEEDS, flag, "0"])
        assert result.exit_code == 2
        assert flag in result.stderr


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_an_answer_cut_at_the_limit_but_reported_finished_names_the_limit(
    runner: CliRunner, scripted_server: Callable[[dict[str, Any]], ScriptedServer]
) -> None:
    """llama.cpp's server reports a tool call cut at max_tokens as finished: the broken
    JSON is a schema error, and the message says the limit was used up."""
    cut = {"extraction": "000_9391f326c2eaa901.json", "truncate": 150,
           "usage": {"prompt_tokens": 900, "completion_tokens": 77}}
    server = scripted_server({"rules": [{"replies": [cut]}]})

    result = runner.invoke(app, ["summarize", SEEDS[0], "--base-url", server.base_url,
                                 "--model", "scripted-fake", "--max-tokens", "77"])

    assert result.exit_code == 1
    assert "did not fit the schema in 2 attempt(s)" in result.stderr
    assert ("The last answer used all max_tokens=77 tokens and was probably cut off; raise "
            "--max-tokens") in " ".join(result.stderr.split())
    assert len(server.requests) == 2
