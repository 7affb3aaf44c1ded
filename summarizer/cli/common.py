"""What every command does the same way: errors in one line, output written whole,
the backend chosen from flags, and the exit code findings decide."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from rich.text import Text

from summarizer.atomic import write_atomically
from summarizer.backends import Backend, BackendConfig
from summarizer.batch.cache import default_cache_dir
from summarizer.cli.options import FailOn
from summarizer.errors import SummarizerError
from summarizer.fetch import PageCache
from summarizer.models import Severity
from summarizer.summary import Summary

err = Console(stderr=True, highlight=False, soft_wrap=True, markup=False)
"""Messages carry file names and article text, which may hold brackets: never rich markup."""

MODEL_HINT = (
    "Using the offline rules backend (no model configured). To use a model, set "
    "SUMMARIZER_MODEL and OPENAI_API_KEY, or point --base-url at a local "
    "OpenAI-compatible server (llama.cpp, Ollama, vLLM)."
)


@contextmanager
def failures_exit_1() -> Iterator[None]:
    """Turn the library's errors into one clear line and exit code 1, never a traceback."""
    try:
        yield
    except SummarizerError as exc:
        err.print(Text.assemble(("error:", "bold red"), f" {exc}"))
        raise typer.Exit(1) from exc


def backend_from(config: BackendConfig) -> Backend:
    """Build the backend from flags; say once how to configure a model when none is.
    `make_backend` is looked up on the `summarizer.cli` package, where a test or an
    embedding application may replace it."""
    from summarizer import cli

    chosen = cli.make_backend(config)
    if config.backend == "auto" and chosen.name == "rules":
        err.print(MODEL_HINT)
    return chosen


def page_cache(no_cache: bool, cache_dir: Path | None) -> PageCache | None:
    """Fetched pages live next to batch's answer cache; --no-cache fetches links again."""
    return None if no_cache else PageCache(cache_dir or default_cache_dir())


def emit(text: str, out: Path | None) -> None:
    """Write to --out atomically (a failed run never leaves half a report), else stdout."""
    if out is None:
        sys.stdout.write(text)
        return
    write_atomically(out, text)


def exit_on_findings(summary: Summary, fail_on: FailOn) -> None:
    """Exit 1 when findings at or above `fail_on` remain (for newsroom CI)."""
    if fail_on is FailOn.never:
        return
    levels = {Severity.error} if fail_on is FailOn.error else {Severity.error, Severity.warning}
    failing = sum(1 for f in summary.findings if f.severity in levels)
    if failing:
        err.print(f"{failing} finding(s) at or above '{fail_on.value}' (--fail-on).")
        raise typer.Exit(1)
