"""What a new user meets in the first hour: version, help, and messages that stay right."""

from __future__ import annotations

import json
import re
import socket
from importlib.metadata import version
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer import ConfigError, load_articles
from summarizer.backends import BackendConfig
from summarizer.backends.openai.backend import OpenAIBackend
from summarizer.backends.openai.retries import Backoff
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


def test_a_directory_reads_its_subfolders_and_says_what_it_skipped(
    runner: CliRunner, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "monday").mkdir(parents=True)
    (inbox / ".git").mkdir()
    (inbox / ".git" / "config").write_text("[core]\n")
    for seed, where in zip(SEEDS, (inbox, inbox / "monday"), strict=True):
        (where / Path(seed).name).write_bytes(Path(seed).read_bytes())
    (inbox / "monday" / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    result = runner.invoke(app, ["summarize", str(inbox), "--format", "json",
                                 "--backend", "rules"])
    assert result.exit_code == 0, result.output
    assert [a["article_id"] for a in json.loads(result.stdout)["articles"]] == [
        Path(seed).stem for seed in SEEDS]
    assert result.stderr.splitlines() == [
        f"skipped {inbox}: 1 hidden file(s) or folder(s) (names starting with '.') not read",
        f"skipped {inbox / 'monday' / 'notes.docx'}: not an article file (summarizer reads "
        ".txt, .html, .htm, .jsonl)",
    ]


def test_a_batch_directory_says_what_it_skipped(runner: CliRunner, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    (inbox / "sub" / Path(SEEDS[0]).name).write_bytes(Path(SEEDS[0]).read_bytes())
    (inbox / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    out = tmp_path / "results.jsonl"
    result = runner.invoke(app, ["batch", str(inbox), "--out", str(out), "--backend", "rules"])
    assert result.exit_code == 0, result.output
    assert (f"skipped {inbox / 'photo.png'}: not an article file (summarizer reads .txt, "
            ".html, .htm, .jsonl)") in result.stderr.splitlines()
    [record] = [json.loads(line) for line in out.read_text().splitlines()]
    assert (record["status"], record["ids"]) == ("ok", [Path(SEEDS[0]).stem])


HTML_PAGE = """<!doctype html>
<html><head><title>Exchange</title></head><body><nav>Home | World | Sport</nav>
<article><p>Russia and Ukraine each released 307 prisoners on Saturday, the second day of
the exchange, officials said.</p><p>Families waited at the crossing for hours, holding
photographs of relatives they had not seen in years.</p></article></body></html>
"""


def test_html_on_stdin_is_read_as_html(runner: CliRunner) -> None:
    result = runner.invoke(app, ["summarize", "-", "--format", "json", "--backend", "rules"],
                           input=HTML_PAGE)
    assert result.exit_code == 0, result.output
    values = {(f["path"], f["value"]) for f in json.loads(result.stdout)["facts"]}
    assert any(value == 307 for _, value in values)
    [article] = load_articles(["-"], stdin=HTML_PAGE)
    assert "<" not in article.text and "Home | World" not in article.text
    assert "307 prisoners on Saturday" in article.text


@pytest.mark.parametrize(("data", "kind"), [
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
     "a PDF"),
    (b"{\\rtf1\\ansi Russia and Ukraine each released 307 prisoners.}", "an RTF document"),
    (b"%!PS-Adobe-3.0\n/Times findfont 12 scalefont setfont\n", "a PostScript file"),
    (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a ZIP archive (or a .docx, .odt or "
     ".epub document)"),
    (b"GIF89a\x01\x00\x01\x00", "a GIF image"),
])
def test_binary_formats_are_refused_by_their_signature(
    runner: CliRunner, tmp_path: Path, data: bytes, kind: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    result = runner.invoke(app, ["summarize", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {path}: this is {kind}, not text; summarizer "
                                    "reads plain text, HTML and JSONL: ")


def test_the_extras_we_ask_for_are_spelled_as_their_packages_declare_them() -> None:
    """pip before 23.3 compares extras by exact spelling and warns on a mismatch
    (lxml declares 'html-clean'; 'html_clean' made every install print a warning)."""
    import tomllib
    from importlib.metadata import metadata

    from packaging.requirements import Requirement

    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())
    for spec in project["project"]["dependencies"]:
        requirement = Requirement(spec)
        declared = metadata(requirement.name).get_all("Provides-Extra") or []
        assert requirement.extras <= set(declared), (spec, declared)
