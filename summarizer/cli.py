"""The `summarizer` command: parses flags and calls the library, nothing more.

Exit codes: 0 success, 1 a failure (one line on stderr saying what went wrong
and what to do), 2 a usage error.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, cast

import typer
from rich.console import Console

from summarizer.articles import load_articles
from summarizer.backends import BackendConfig, BackendName, make_backend
from summarizer.errors import SummarizerError
from summarizer.models import Severity, Summary
from summarizer.pipeline import DEFAULT_MAX_REASKS, summarize
from summarizer.render import Format, render
from summarizer.schemas import stale_schemas, write_schemas

app = typer.Typer(
    name="summarizer",
    help="Structured, checked summaries of war and crisis news: every figure in the output "
    "is verified by its sources, derived, or flagged.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)

MODEL_HINT = (
    "Using the offline rules backend (no model configured). To use a model, set "
    "SUMMARIZER_MODEL and OPENAI_API_KEY, or point --base-url at a local "
    "OpenAI-compatible server (llama.cpp, Ollama, vLLM)."
)


class BackendChoice(StrEnum):
    auto = "auto"
    rules = "rules"
    openai = "openai"


class FormatChoice(StrEnum):
    json = "json"
    md = "md"


class FailOn(StrEnum):
    never = "never"
    error = "error"
    warning = "warning"


@contextmanager
def failures_exit_1() -> Iterator[None]:
    """Turn the library's errors into one clear line and exit code 1, never a traceback."""
    try:
        yield
    except SummarizerError as exc:
        err.print(f"[bold red]error:[/] {exc}", markup=True)
        raise typer.Exit(1) from exc


BackendOpt = Annotated[
    BackendChoice,
    typer.Option(help="'rules' works offline without a model; 'openai' talks to any "
                 "OpenAI-compatible endpoint; 'auto' picks openai when a model is configured."),
]
ModelOpt = Annotated[str | None, typer.Option(envvar="SUMMARIZER_MODEL", help="Model name.")]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option(envvar="OPENAI_BASE_URL",
                 help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1."),
]
ApiKeyOpt = Annotated[
    str | None,
    typer.Option(envvar="OPENAI_API_KEY", show_default=False,
                 help="API key; prefer the environment variable, which stays out of shell "
                 "history."),
]
ModeOpt = Annotated[
    str | None,
    typer.Option(help="instructor mode: tools (OpenAI), json or md_json (servers without "
                 "tool calling)."),
]


def _config(
    backend: BackendChoice, model: str | None, base_url: str | None, api_key: str | None,
    mode: str | None,
) -> BackendConfig:
    return BackendConfig(backend=cast(BackendName, backend.value), model=model,
                         base_url=base_url, api_key=api_key, mode=mode)


def _emit(text: str, out: Path | None) -> None:
    """Write to --out atomically (a failed run never leaves half a report), else stdout."""
    if out is None:
        sys.stdout.write(text)
        return
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)


def _failing(summary: Summary, fail_on: FailOn) -> int:
    if fail_on is FailOn.never:
        return 0
    levels = {Severity.error} if fail_on is FailOn.error else {Severity.error, Severity.warning}
    return sum(1 for f in summary.findings if f.severity in levels)


@app.command("summarize")
def summarize_command(
    paths: Annotated[list[str], typer.Argument(
        help="Article files (.txt with an optional ' date YYYY-MM-DD' first line, .html, "
        ".jsonl), directories, or - for stdin.", show_default=False)],
    fmt: Annotated[FormatChoice, typer.Option("--format", "-f", help="Output format.")] = (
        FormatChoice.md),
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here, not stdout.")] = None,
    backend: BackendOpt = BackendChoice.auto,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    mode: ModeOpt = None,
    max_reasks: Annotated[int, typer.Option(
        min=0, help="How many times error findings the model could have caused are sent "
        "back to it.")] = DEFAULT_MAX_REASKS,
    fail_on: Annotated[FailOn, typer.Option(
        help="Exit 1 when findings of this severity remain (for newsroom CI).")] = FailOn.never,
) -> None:
    """Summarize articles about one event into checked facts.

    \b
    Examples:
      summarizer summarize seeds/*.txt
      summarizer summarize a.txt b.html --format json --out summary.json
      cat article.txt | summarizer summarize -
      OPENAI_API_KEY=... summarizer summarize a.txt --model gpt-4o-mini
      summarizer summarize a.txt --base-url http://127.0.0.1:8080/v1 --model smollm2
      summarizer summarize a.txt --fail-on error
    """
    with failures_exit_1():
        stdin = sys.stdin.read() if "-" in paths else None
        articles = load_articles(paths, stdin=stdin)
        config = _config(backend, model, base_url, api_key, mode)
        chosen = make_backend(config)
        if backend is BackendChoice.auto and chosen.name == "rules":
            err.print(MODEL_HINT)
        summary = summarize(articles, backend=chosen, max_reasks=max_reasks)
        _emit(render(summary, cast(Format, fmt.value)), out)
        failing = _failing(summary, fail_on)
        if failing:
            err.print(f"{failing} finding(s) at or above '{fail_on.value}' (--fail-on).")
            raise typer.Exit(1)


@app.command("schema")
def schema_command(
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for the files.")] = Path(
        "schemas"),
    check: Annotated[bool, typer.Option(
        "--check", help="Write nothing; exit 1 if the files differ from the models.")] = False,
) -> None:
    """Write the JSON Schemas of ArticleExtraction and Summary (generated from the models)."""
    if check:
        stale = stale_schemas(out)
        if stale:
            err.print(f"stale schemas in {out}: {', '.join(stale)}; run `summarizer schema`")
            raise typer.Exit(1)
        err.print(f"schemas in {out} are up to date")
        return
    for path in write_schemas(out):
        err.print(f"wrote {path}")


def main() -> None:
    app()
