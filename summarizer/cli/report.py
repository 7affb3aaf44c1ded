"""`summarize` and `validate`: a checked summary of articles, or the checks of a saved one."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from summarizer.articles import MAX_BYTES, load_articles
from summarizer.backends import BackendConfig
from summarizer.cli.common import (
    backend_from,
    emit,
    err,
    exit_on_findings,
    failures_exit_1,
    page_cache,
)
from summarizer.cli.options import (
    DEFAULTS,
    CacheDirOpt,
    FailOn,
    FormatChoice,
    MaxBytesOpt,
    model_options,
)
from summarizer.pipeline import DEFAULT_MAX_REASKS, recheck_file
from summarizer.render import render
from summarizer.summary import Summary
from summarizer.text.entities import load_alias_file


@model_options
def summarize_command(
    paths: Annotated[list[str], typer.Argument(
        help="Article files (.txt with an optional ' date YYYY-MM-DD' first line, .html, "
        ".jsonl), directories (subfolders included), http(s) links to articles, .txt files "
        "that list links one a line, or - for stdin.", show_default=False)],
    max_bytes: MaxBytesOpt = MAX_BYTES,
    fmt: Annotated[FormatChoice, typer.Option("--format", "-f", help="Output format.")] = (
        FormatChoice.md),
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here, not stdout.")] = None,
    config: BackendConfig = DEFAULTS,
    max_reasks: Annotated[int, typer.Option(
        min=0, help="How many times error findings the model could have caused are sent "
        "back to it.")] = DEFAULT_MAX_REASKS,
    fail_on: Annotated[FailOn, typer.Option(
        help="Exit 1 when findings of this severity remain (for newsroom CI).")] = FailOn.never,
    aliases: Annotated[Path | None, typer.Option(
        help='JSON file of names that refer to one entity, {"canonical": ["variant", ...]} '
        "(the aliases of a gold file), added to the built-in table.")] = None,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", help="Fetch links again instead of reading the pages an earlier run "
        "cached (a page may have been updated since).")] = False,
    cache_dir: CacheDirOpt = None,
) -> None:
    """Summarize articles about one event into checked facts.

    \b
    Examples:
      summarizer summarize seeds/*.txt
      summarizer summarize https://example.org/news/exchange.html b.txt
      summarizer summarize a.txt b.html --format json --out summary.json
      summarizer summarize seeds/*.txt --format html --out report.html
      cat article.txt | summarizer summarize -
      OPENAI_API_KEY=... summarizer summarize a.txt --model gpt-4o-mini
      summarizer summarize a.txt --base-url http://127.0.0.1:8080/v1 --model smollm2
      summarizer summarize a.txt --fail-on error
      summarizer summarize a.txt b.txt --aliases names.json
    """
    from summarizer import cli

    with failures_exit_1():
        stdin = sys.stdin.read() if "-" in paths else None
        articles = load_articles(paths, stdin=stdin, max_bytes=max_bytes,
                                 pages=page_cache(no_cache, cache_dir), notes=err.print)
        chosen = backend_from(config)
        names = load_alias_file(aliases) if aliases is not None else None
        summary = cli.summarize(articles, backend=chosen, max_reasks=max_reasks, aliases=names)
        emit(render(summary, fmt.value, articles=articles), out)
        exit_on_findings(summary, fail_on)


def validate_command(
    saved: Annotated[Path, typer.Argument(
        help="A summary saved with --format json, or one article's extraction JSON.",
        show_default=False)],
    articles: Annotated[list[str], typer.Argument(
        help="The article files or links the results were extracted from (matched by id); "
        "links are read from the page cache when summarize fetched them, so the check sees "
        "the same text.", show_default=False)],
    max_bytes: MaxBytesOpt = MAX_BYTES,
    as_json: Annotated[bool, typer.Option("--json", help="Print the findings as JSON.")] = False,
    fail_on: Annotated[FailOn, typer.Option(
        help="Exit 1 when findings of this severity remain.")] = FailOn.error,
    cache_dir: CacheDirOpt = None,
) -> None:
    """Check a saved extraction again: grounding, arithmetic and dates, with no model call.

    \b
    Examples:
      summarizer summarize seeds/*.txt --format json --out s.json
      summarizer validate s.json seeds/*.txt
      summarizer validate my-extraction.json article.txt --json
    """
    with failures_exit_1():
        summary = recheck_file(saved, load_articles(
            articles, max_bytes=max_bytes, pages=page_cache(False, cache_dir), notes=err.print))
    if as_json:
        findings = [f.model_dump(mode="json") for f in summary.findings]
        sys.stdout.write(json.dumps(findings, indent=2) + "\n")
    else:
        _print_findings(summary)
    exit_on_findings(summary, fail_on)


def _print_findings(summary: Summary) -> None:
    """Messages quote article text, so every cell is a plain `Text`, never rich markup."""
    if not summary.findings:
        sys.stdout.write("No findings.\n")
        return
    table = Table(title=f"Findings for {len(summary.articles)} article(s)")
    for column in ("severity", "kind", "message", "articles"):
        table.add_column(column)
    for finding in summary.findings:
        table.add_row(*(Text(cell) for cell in (
            finding.severity.value, finding.kind.value, finding.message,
            ", ".join(finding.articles))))
    Console(highlight=False).print(table)
