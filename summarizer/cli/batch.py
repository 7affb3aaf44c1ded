"""`batch`: many articles into JSONL, resumable and cached, or through the OpenAI Batch API."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from summarizer.articles import MAX_BYTES
from summarizer.backends import Backend, BackendConfig
from summarizer.cli.common import backend_from, err, failures_exit_1, page_cache
from summarizer.cli.options import (
    DEFAULTS,
    CacheDirOpt,
    FormatChoice,
    MaxBytesOpt,
    model_options,
)
from summarizer.pipeline import DEFAULT_MAX_REASKS


@model_options
def batch_command(
    paths: Annotated[list[str], typer.Argument(
        help="Article files, directories, http(s) links, .txt files of links (one a line), "
        "or JSONL with one {id, source, published, text or url[, group]} object a line.",
        show_default=False)],
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="Results JSONL: one record per group or article. One run at a time "
        "per file: it is locked (<out>.lock) while a run writes it. Every completion's usage "
        "goes to <out>.spend as it arrives.")] = None,
    concurrency: Annotated[int, typer.Option(
        min=1, help="Model requests in flight at once.")] = 8,
    workers: Annotated[int | None, typer.Option(
        min=0, show_default="one per core but one, if there are more articles than "
        "--concurrency",
        help="Processes that check, merge and render, so the requests never wait for "
        "them; 0: none, all on one event loop.")] = None,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Skip ids already in --out (redoing a cut-off last line).")] = False,
    retry_errors: Annotated[bool, typer.Option(
        "--retry-errors", help="Resume, running again the articles whose records in --out "
        "are errors or partly failed; their old records are replaced.")] = False,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", help="Neither read nor write the answer and page caches.")] = False,
    cache_dir: CacheDirOpt = None,
    fmt: Annotated[FormatChoice, typer.Option(
        "--format", "-f", help="How each record holds its summary.")] = FormatChoice.json,
    group_by: Annotated[str, typer.Option(
        help="JSONL field naming the event; articles sharing it are merged.")] = "group",
    max_reasks: Annotated[int, typer.Option(
        min=0, help="Re-asks for error findings the model could have caused.")] = (
        DEFAULT_MAX_REASKS),
    max_bytes: MaxBytesOpt = MAX_BYTES,
    chunk_chars: Annotated[int | None, typer.Option(
        min=1000, show_default="what the model's context holds",
        help="Send longer articles in overlapping chunks of this size.")] = None,
    prices: Annotated[Path | None, typer.Option(
        help="Price table JSON overriding summarizer/data/prices.json.")] = None,
    openai_batch: Annotated[Path | None, typer.Option(
        help="Write the requests here as an OpenAI Batch API file instead of calling "
        "the model.")] = None,
    collect: Annotated[Path | None, typer.Option(
        help="Read answers from this OpenAI Batch API results file instead of calling "
        "the model (same inputs and --model/--mode as when the requests were written).")] = None,
    config: BackendConfig = DEFAULTS,
) -> None:
    """Summarize many articles into JSONL, one record per event, resumable and cached.

    \b
    Examples:
      summarizer batch inbox.jsonl --out results.jsonl --model gpt-4o-mini
      summarizer batch inbox/ --out results.jsonl --resume
      summarizer batch links.txt --out results.jsonl --model gpt-4o-mini
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
                           chunk_chars=chunk_chars, workers=workers)
    with failures_exit_1():
        if openai_batch is not None:
            from summarizer.backends.openai.batch_api import write_requests

            written, rejected = write_requests(
                paths, config, openai_batch, group_by=group_by, max_bytes=max_bytes,
                chunk_chars=chunk_chars, pages=page_cache(no_cache, cache_dir),
                notes=err.print)
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
            chosen = backend_from(config)
        table = PriceTable.load(prices)
        cache = None if no_cache else AnswerCache(cache_dir or default_cache_dir())
        asyncio.run(run_batch(paths, out, chosen, options=options, cache=cache,
                              prices=table.batch_priced() if collect else table,
                              pages=page_cache(no_cache, cache_dir)))
