"""`eval`: scores of the pipeline against gold cases, or the validator's mutation suite."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from summarizer.articles import MAX_BYTES
from summarizer.backends import BackendConfig
from summarizer.cli.common import backend_from, err, failures_exit_1
from summarizer.cli.options import DEFAULTS, MaxBytesOpt, model_options
from summarizer.evaluate import render_eval_table, run_eval
from summarizer.evaluate.gold import format_document
from summarizer.evaluate.mutate import BESIDE, run_mutation_suite
from summarizer.pipeline import DEFAULT_CONCURRENCY

BELOW_FLOOR = 3
"""Exit code of `eval` when a score is below --min-precision or --min-recall, so CI can
tell a quality drop (3) from a run that could not score at all (1)."""


def _print_gold_format(wanted: bool) -> None:
    if wanted:
        sys.stdout.write(format_document())
        raise typer.Exit()


@model_options
def eval_command(
    gold: Annotated[list[Path], typer.Argument(
        help="Gold files (format: `summarizer eval --format-help`); the article paths inside "
        "are relative to each file.", show_default=False)],
    format_help: Annotated[bool, typer.Option(
        "--format-help", callback=_print_gold_format, is_eager=True,
        help="Print the gold file format (GOLD_FORMAT.md, shipped in the package) and "
        "exit.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    mutate: Annotated[bool, typer.Option(
        "--mutate", help="Run the validator mutation suite on the gold cases instead: "
        "corrupt correct extractions one mistake at a time and count how many the "
        "validator catches. No model is called.")] = False,
    reference: Annotated[bool, typer.Option(
        "--reference", help="Give the validator and the merge the extractions built from "
        "the gold files themselves instead of a backend's: error findings are then false "
        "alarms, and the conflict scores are the merge's alone. No model is called.")] = False,
    min_precision: Annotated[float | None, typer.Option(
        "--min-precision", min=0.0, max=1.0, help="Exit with code 3 when facts precision, "
        "over all cases, is below this (a floor for CI). The scores are printed first.",
        show_default=False)] = None,
    min_recall: Annotated[float | None, typer.Option(
        "--min-recall", min=0.0, max=1.0, help="Exit with code 3 when facts recall, over all "
        "cases, is below this.", show_default=False)] = None,
    config: BackendConfig = DEFAULTS,
    concurrency: Annotated[int, typer.Option(
        min=1, help="Model calls in flight at once; 1 for a local server with one slot.")] = (
        DEFAULT_CONCURRENCY),
    max_bytes: MaxBytesOpt = MAX_BYTES,
) -> None:
    """Score the pipeline against gold cases: precision, recall and F1 of facts and conflicts,
    the findings by severity and the figures by status.

    \b
    Examples:
      summarizer eval seeds/gold.json
      summarizer eval --format-help          # how to write a gold file
      summarizer eval tests/data/cases/*/gold.json --backend rules --json
      summarizer eval --mutate seeds/gold.json --json
      summarizer eval --reference ../shared/corpus/dev/*/gold.json --json
      summarizer eval ../shared/corpus/check/*/gold.json --backend rules \\
          --min-precision 0.5 --min-recall 0.25

    Exit codes: 0 scored, 1 could not run (a bad gold file, an unreadable article),
    3 scored below --min-precision or --min-recall.
      SUMMARIZER_SCHEMA=compact summarizer eval seeds/gold.json --json \\
          --base-url http://127.0.0.1:8080/v1 --model smollm2 --max-tokens 1536 \\
          --timeout 180 --concurrency 1
    """
    if mutate:
        with failures_exit_1():
            suite = run_mutation_suite(gold)
        _print_mutations(suite, as_json)
        return
    with failures_exit_1():
        result = run_eval(gold, backend=None if reference else backend_from(config),
                          concurrency=concurrency, max_bytes=max_bytes,
                          progress=lambda line: err.print(line, markup=False),
                          reference=reference)
    if as_json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
    else:
        render_eval_table(result, Console())
    facts = result["facts"]
    below = [f"facts {name} {score:.4f} is below the floor {floor}"
             for name, score, floor in (("precision", facts["precision"], min_precision),
                                        ("recall", facts["recall"], min_recall))
             if floor is not None and score < floor]
    if below:
        err.print("[bold red]error:[/] " + "; ".join(below), markup=True)
        raise typer.Exit(BELOW_FLOOR)


def _print_mutations(suite: dict[str, Any], as_json: bool) -> None:
    keys = ("mutations", "detected", "detection_rate", "false_alarms", "harmless",
            "per_operator", "missed", "missed_dates_by_reason", "false_alarm_messages",
            "misassign")
    if as_json:
        sys.stdout.write(json.dumps({k: suite[k] for k in keys}, indent=2) + "\n")
        return
    table = Table(title="Validator mutation suite")
    for column in ("operator", "mutations", "detected", "rate"):
        table.add_column(column, justify="left" if column == "operator" else "right")
    for name, row in suite["per_operator"].items():
        if name in BESIDE:
            continue
        table.add_row(name, str(row["mutations"]), str(row["detected"]), f"{row['rate']:.1%}")
    table.add_row("all", str(suite["mutations"]), str(suite["detected"]),
                  f"{suite['detection_rate']:.1%}", style="bold")
    console = Console()
    console.print(table)
    console.print(f"False alarms on the unmutated cases: {suite['false_alarms']}; harmless "
                  f"changes not counted (a date moved to another the gold accepts): "
                  f"{suite['harmless']}")
    wrong = suite["misassign"]
    where = ", ".join(f"{w} {t['detected']}/{t['mutations']}" for w, t in wrong["by_where"].items())
    console.print(f"misassign (apart from 'all'): {wrong['mutations']} mutations, "
                  f"{wrong['detected']} detected ({wrong['detection_rate']:.1%}); {where}; "
                  "harmless (its own value or one the gold file accepts there): "
                  f"{wrong['harmless']}",
                  markup=False)
    for alarm in suite["false_alarm_messages"]:
        console.print(f"false alarm: {alarm}", markup=False)
    for missed in suite.get("missed", []):
        console.print(f"missed: {missed}", markup=False)
    for reason, count in suite.get("missed_dates_by_reason", {}).items():
        console.print(f"dates missed, {reason}: {count}", markup=False)
