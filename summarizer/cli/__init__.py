"""The `summarizer` command: parses flags and calls the library, nothing more.

One module per command family (`report`: summarize and validate, `evaluate`,
`batch`, `tools`: schema and serve-local); `options` declares the flags they
share and `common` what they all do alike. Exit codes: 0 success, 1 a failure
(one line on stderr saying what went wrong and what to do), 2 a usage error.

`make_backend` and `summarize` are read from this package when a command runs,
so a test or an embedding application can replace them here.
"""

from __future__ import annotations

import logging
import sys
from importlib.metadata import PackageNotFoundError, version
from typing import Annotated

import typer

from summarizer.backends import make_backend
from summarizer.cli.batch import batch_command
from summarizer.cli.common import MODEL_HINT
from summarizer.cli.evaluate import eval_command
from summarizer.cli.report import summarize_command, validate_command
from summarizer.cli.tools import schema_command, serve_local_command
from summarizer.pipeline import summarize

__all__ = ["MODEL_HINT", "app", "main", "make_backend", "summarize"]

app = typer.Typer(
    name="summarizer",
    help="Structured, checked summaries of war and crisis news: every figure in the output "
    "is verified by its sources, derived, or flagged.\n\n"
    "\b\nExamples:\n"
    "  summarizer summarize seeds/*.txt\n"
    "  summarizer summarize a.txt b.html --format html --out report.html\n"
    "  summarizer batch inbox/ --out results.jsonl --model gpt-4o-mini\n"
    "  summarizer validate summary.json a.txt b.html\n"
    "  summarizer eval seeds/gold.json\n"
    "  summarizer COMMAND --help",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
)


def _print_version(wanted: bool) -> None:
    if wanted:
        try:
            number = version("summarizer")
        except PackageNotFoundError:  # a checkout run with python -m, never installed
            number = "unknown (not installed)"
        sys.stdout.write(f"summarizer {number}\n")
        raise typer.Exit()


@app.callback()
def _root(
    show_version: Annotated[bool, typer.Option(
        "--version", callback=_print_version, is_eager=True,
        help="Print the installed version and exit.")] = False,
) -> None:
    # A callback exists only to hold --version; the app's help text says what the tool does.
    pass


app.command("summarize")(summarize_command)
app.command("schema")(schema_command)
app.command("validate")(validate_command)
app.command("eval")(eval_command)
app.command("serve-local")(serve_local_command)
app.command("batch")(batch_command)


def main() -> None:
    # instructor logs each exhausted retry at ERROR; the CLI already says it in one line.
    logging.getLogger("instructor").addHandler(logging.NullHandler())
    logging.getLogger("instructor").propagate = False
    app()
