"""The `summarizer` command: parses flags and calls the library, nothing more.

Exit codes: 0 success, 1 a failure (one line on stderr saying what went wrong
and what to do), 2 a usage error.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from summarizer.articles import MAX_BYTES, load_articles
from summarizer.backends import Backend, BackendConfig, make_backend
from summarizer.backends.openai.chunking import DEFAULT_CHUNK_CHARS
from summarizer.errors import SummarizerError
from summarizer.evaluate import render_eval_table, run_eval
from summarizer.evaluate.mutate import run_mutation_suite
from summarizer.models import Severity, Summary
from summarizer.pipeline import DEFAULT_CONCURRENCY, DEFAULT_MAX_REASKS, recheck_file, summarize
from summarizer.render import render
from summarizer.schemas import stale_schemas, write_schemas
from summarizer.text.entities import load_alias_file

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
    html = "html"


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


DEFAULTS = BackendConfig()
"""Where the model flags' defaults come from, so the CLI and the library agree."""

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
MaxTokensOpt = Annotated[
    int,
    typer.Option(envvar="SUMMARIZER_MAX_TOKENS", min=1,
                 help="Most tokens one answer may have; a longer answer is cut off and "
                 "reported, never waited for. Small local models loop: try 1536."),
]
TimeoutOpt = Annotated[
    float,
    typer.Option(envvar="SUMMARIZER_TIMEOUT", min=1,
                 help="Seconds one model call may take before it is abandoned and retried."),
]


def _config(
    backend: BackendChoice, model: str | None, base_url: str | None, api_key: str | None,
    mode: str | None, max_tokens: int, timeout: float,
) -> BackendConfig:
    return BackendConfig(backend=backend.value, model=model, base_url=base_url,
                         api_key=api_key, mode=mode, max_tokens=max_tokens, timeout=timeout)


def _backend(config: BackendConfig) -> Backend:
    """Build the backend from flags; say once how to configure a model when none is."""
    chosen = make_backend(config)
    if config.backend == "auto" and chosen.name == "rules":
        err.print(MODEL_HINT)
    return chosen


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
    max_tokens: MaxTokensOpt = DEFAULTS.max_tokens,
    timeout: TimeoutOpt = DEFAULTS.timeout,
    max_reasks: Annotated[int, typer.Option(
        min=0, help="How many times error findings the model could have caused are sent "
        "back to it.")] = DEFAULT_MAX_REASKS,
    fail_on: Annotated[FailOn, typer.Option(
        help="Exit 1 when findings of this severity remain (for newsroom CI).")] = FailOn.never,
    aliases: Annotated[Path | None, typer.Option(
        help='JSON file of names that refer to one entity, {"canonical": ["variant", ...]} '
        "(the aliases of a gold file), added to the built-in table.")] = None,
) -> None:
    """Summarize articles about one event into checked facts.

    \b
    Examples:
      summarizer summarize seeds/*.txt
      summarizer summarize a.txt b.html --format json --out summary.json
      summarizer summarize seeds/*.txt --format html --out report.html
      cat article.txt | summarizer summarize -
      OPENAI_API_KEY=... summarizer summarize a.txt --model gpt-4o-mini
      summarizer summarize a.txt --base-url http://127.0.0.1:8080/v1 --model smollm2
      summarizer summarize a.txt --fail-on error
      summarizer summarize a.txt b.txt --aliases names.json
    """
    with failures_exit_1():
        stdin = sys.stdin.read() if "-" in paths else None
        articles = load_articles(paths, stdin=stdin)
        chosen = _backend(_config(backend, model, base_url, api_key, mode, max_tokens,
                                   timeout))
        names = load_alias_file(aliases) if aliases is not None else None
        summary = summarize(articles, backend=chosen, max_reasks=max_reasks, aliases=names)
        _emit(render(summary, fmt.value, articles=articles), out)
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


@app.command("validate")
def validate_command(
    saved: Annotated[Path, typer.Argument(
        help="A summary saved with --format json, or one article's extraction JSON.",
        show_default=False)],
    articles: Annotated[list[str], typer.Argument(
        help="The article files the results were extracted from (matched by id).",
        show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the findings as JSON.")] = False,
    fail_on: Annotated[FailOn, typer.Option(
        help="Exit 1 when findings of this severity remain.")] = FailOn.error,
) -> None:
    """Check a saved extraction again: grounding, arithmetic and dates, with no model call.

    \b
    Examples:
      summarizer summarize seeds/*.txt --format json --out s.json
      summarizer validate s.json seeds/*.txt
      summarizer validate my-extraction.json article.txt --json
    """
    with failures_exit_1():
        summary = recheck_file(saved, load_articles(articles))
    if as_json:
        findings = [f.model_dump(mode="json") for f in summary.findings]
        sys.stdout.write(json.dumps(findings, indent=2) + "\n")
    else:
        _print_findings(summary)
    failing = _failing(summary, fail_on)
    if failing:
        err.print(f"{failing} finding(s) at or above '{fail_on.value}' (--fail-on).")
        raise typer.Exit(1)


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


@app.command("eval")
def eval_command(
    gold: Annotated[list[Path], typer.Argument(
        help="Gold files (format: shared/eval/GOLD_FORMAT.md); the article paths inside are "
        "relative to each file.", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    mutate: Annotated[bool, typer.Option(
        "--mutate", help="Run the validator mutation suite on the gold cases instead: "
        "corrupt correct extractions one mistake at a time and count how many the "
        "validator catches. No model is called.")] = False,
    backend: BackendOpt = BackendChoice.auto,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    mode: ModeOpt = None,
    max_tokens: MaxTokensOpt = DEFAULTS.max_tokens,
    timeout: TimeoutOpt = DEFAULTS.timeout,
    concurrency: Annotated[int, typer.Option(
        min=1, help="Model calls in flight at once; 1 for a local server with one slot.")] = (
        DEFAULT_CONCURRENCY),
) -> None:
    """Score the pipeline against gold cases: precision, recall and F1 of facts and conflicts.

    \b
    Examples:
      summarizer eval seeds/gold.json
      summarizer eval tests/data/cases/*/gold.json --backend rules --json
      summarizer eval --mutate seeds/gold.json --json
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
        chosen = _backend(_config(backend, model, base_url, api_key, mode, max_tokens,
                                   timeout))
        result = run_eval(gold, backend=chosen, concurrency=concurrency,
                          progress=lambda line: err.print(line, markup=False))
    if as_json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
    else:
        render_eval_table(result, Console())


def _print_mutations(suite: dict[str, Any], as_json: bool) -> None:
    keys = ("mutations", "detected", "detection_rate", "false_alarms", "per_operator")
    if as_json:
        sys.stdout.write(json.dumps({k: suite[k] for k in keys}, indent=2) + "\n")
        return
    table = Table(title="Validator mutation suite")
    for column in ("operator", "mutations", "detected", "rate"):
        table.add_column(column, justify="left" if column == "operator" else "right")
    for name, row in suite["per_operator"].items():
        table.add_row(name, str(row["mutations"]), str(row["detected"]), f"{row['rate']:.1%}")
    table.add_row("all", str(suite["mutations"]), str(suite["detected"]),
                  f"{suite['detection_rate']:.1%}", style="bold")
    console = Console()
    console.print(table)
    console.print(f"False alarms on the unmutated cases: {suite['false_alarms']}")
    for missed in suite.get("missed", []):
        console.print(f"missed: {missed}", markup=False)


@app.command("serve-local")
def serve_local_command(
    model_path: Annotated[Path | None, typer.Option(
        "--model-path", help="A GGUF model file; default: SmolLM2-135M-Instruct from the "
        "'local' extra.", show_default=False)] = None,
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port on 127.0.0.1.")] = 8080,
    n_ctx: Annotated[int, typer.Option("--n-ctx", min=512, help="Context size in tokens: "
                                       "prompt, article and answer together.")] = 8192,
) -> None:
    """Serve a local model (llama.cpp) on 127.0.0.1 until Ctrl-C; no key, no network.

    \b
    Needs the 'local' extra: pip install -e ".[local]". Then, in another shell:
      summarizer summarize seeds/*.txt --base-url http://127.0.0.1:8080/v1 --model smollm2
    """
    from summarizer.backends.openai.local import MODEL_ALIAS, start_server

    with failures_exit_1():
        err.print("starting the llama.cpp server (loading the model takes a few seconds)...")
        server = start_server(model_path, port=port, n_ctx=n_ctx)
    err.print(f"serving {server.model_path.name} as '{MODEL_ALIAS}' until Ctrl-C. Use:")
    sys.stdout.write(f"--base-url {server.base_url} --model {MODEL_ALIAS}\n")
    sys.stdout.flush()
    server.serve_until_stopped()
    err.print("server stopped")


@app.command("batch")
def batch_command(
    paths: Annotated[list[str], typer.Argument(
        help="Article files, directories, or JSONL with one {id, source, published, text"
        "[, group]} object a line.", show_default=False)],
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="Results JSONL: one record per group or article.")] = None,
    concurrency: Annotated[int, typer.Option(
        min=1, help="Model requests in flight at once.")] = 8,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Skip ids already in --out (redoing a cut-off last line).")] = False,
    retry_errors: Annotated[bool, typer.Option(
        "--retry-errors", help="Resume, running again the articles whose records in --out "
        "are errors or partly failed; their old records are replaced.")] = False,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", help="Neither read nor write the answer cache.")] = False,
    cache_dir: Annotated[Path | None, typer.Option(
        envvar="SUMMARIZER_CACHE_DIR", show_default="~/.cache/summarizer",
        help="Where model answers are cached.")] = None,
    fmt: Annotated[FormatChoice, typer.Option(
        "--format", "-f", help="How each record holds its summary.")] = FormatChoice.json,
    group_by: Annotated[str, typer.Option(
        help="JSONL field naming the event; articles sharing it are merged.")] = "group",
    max_reasks: Annotated[int, typer.Option(
        min=0, help="Re-asks for error findings the model could have caused.")] = (
        DEFAULT_MAX_REASKS),
    max_bytes: Annotated[int, typer.Option(
        min=1, help="Refuse an article (file or JSONL line) larger than this.")] = MAX_BYTES,
    chunk_chars: Annotated[int, typer.Option(
        min=1000, help="Send longer articles in overlapping chunks of this size.")] = (
        DEFAULT_CHUNK_CHARS),
    prices: Annotated[Path | None, typer.Option(
        help="Price table JSON overriding summarizer/data/prices.json.")] = None,
    openai_batch: Annotated[Path | None, typer.Option(
        help="Write the requests here as an OpenAI Batch API file instead of calling "
        "the model.")] = None,
    collect: Annotated[Path | None, typer.Option(
        help="Read answers from this OpenAI Batch API results file instead of calling "
        "the model (same inputs and --model/--mode as when the requests were written).")] = None,
    backend: BackendOpt = BackendChoice.auto,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    mode: ModeOpt = None,
    max_tokens: MaxTokensOpt = DEFAULTS.max_tokens,
    timeout: TimeoutOpt = DEFAULTS.timeout,
) -> None:
    """Summarize many articles into JSONL, one record per event, resumable and cached.

    \b
    Examples:
      summarizer batch inbox.jsonl --out results.jsonl --model gpt-4o-mini
      summarizer batch inbox/ --out results.jsonl --resume
      summarizer batch inbox.jsonl --out results.jsonl --retry-errors --model gpt-4o-mini
      summarizer batch inbox.jsonl --openai-batch requests.jsonl --model gpt-4o-mini
      summarizer batch inbox.jsonl --collect batch_output.jsonl --out results.jsonl \\
          --model gpt-4o-mini
    """
    import asyncio

    from summarizer.batch import BatchOptions, run_batch
    from summarizer.batch.cache import AnswerCache, default_cache_dir
    from summarizer.batch.cost import PriceTable

    options = BatchOptions(concurrency=concurrency, resume=resume,
                           retry_errors=retry_errors, fmt=fmt.value,
                           group_by=group_by, max_reasks=max_reasks, max_bytes=max_bytes,
                           chunk_chars=chunk_chars, overlap_chars=min(2000, chunk_chars // 4))
    config = _config(backend, model, base_url, api_key, mode, max_tokens, timeout)
    with failures_exit_1():
        if openai_batch is not None:
            from summarizer.backends.openai.batch_api import write_requests

            written, rejected = write_requests(
                paths, config, openai_batch, group_by=group_by, max_bytes=max_bytes,
                chunk_chars=options.chunk_chars, overlap_chars=options.overlap_chars)
            for item in rejected:
                err.print(f"skipped: {item.error}", markup=False)
            err.print(f"wrote {written} request(s) to {openai_batch}; {len(rejected)} input(s) "
                      "skipped. Submit it to the Batch API, then run with --collect.")
            return
        if out is None:
            raise typer.BadParameter("give --out for the results (or --openai-batch)")
        chosen: Backend
        if collect is not None:
            from summarizer.backends.openai.batch_api import ResultsBackend

            chosen = ResultsBackend(config, collect)
            options = replace(options, max_reasks=0)
        else:
            chosen = _backend(config)
        table = PriceTable.load(prices)
        cache = None if no_cache else AnswerCache(cache_dir or default_cache_dir())
        asyncio.run(run_batch(paths, out, chosen, options=options, cache=cache,
                              prices=table.batch_priced() if collect else table))


def main() -> None:
    # instructor logs each exhausted retry at ERROR; the CLI already says it in one line.
    logging.getLogger("instructor").addHandler(logging.NullHandler())
    logging.getLogger("instructor").propagate = False
    app()
