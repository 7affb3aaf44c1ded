"""The batch run: stream units in, summarize them concurrently, append one record each.

The model backend is asked through `stack.build_stack`, as in every command, with
requests in flight bounded by one semaphore, so concurrency means what a rate
limit means, and a cache of answers. Every unit ends as exactly one record: a
failure of one article (a 503 that outlived its retries, a refusal) is written
in its record while the others go on. Checking, merging and rendering run in
worker processes (`summarizer.offload`), so the event loop only sends and reads.
"""

from __future__ import annotations

import asyncio
import functools
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from summarizer import spend
from summarizer.articles import MAX_BYTES
from summarizer.backends import Backend
from summarizer.batch.cache import AnswerCache
from summarizer.batch.cost import PriceTable
from summarizer.batch.inputs import Input, Rejected, Unit, count_inputs, input_files, stream_units
from summarizer.batch.ledger import Ledger, ledger_path, read_spend
from summarizer.batch.output import Record, ResultsWriter
from summarizer.batch.progress import ProgressMode, Reporter, Stats
from summarizer.fetch import PageCache
from summarizer.merge import merge
from summarizer.models import Article
from summarizer.offload import INLINE, Offload
from summarizer.pipeline import DEFAULT_MAX_REASKS, ArticleFailure, try_article
from summarizer.render import render
from summarizer.stack import Stack, build_stack
from summarizer.summary import ArticleResult, Usage


@dataclass(frozen=True)
class BatchOptions:
    """How a batch runs; the defaults suit a rate-limited API."""

    concurrency: int = 8
    resume: bool = False
    retry_errors: bool = False
    """Resume, and first drop the error and partial records so their units run again."""
    fmt: str = "json"
    group_by: str = "group"
    max_reasks: int = DEFAULT_MAX_REASKS
    max_bytes: int = MAX_BYTES
    chunk_chars: int | None = None
    """Articles longer than this go in chunks; None: what the model's context holds."""
    progress: ProgressMode = "auto"
    workers: int | None = None
    """Processes that check, merge and render; None: one per core but one; 0: none, on
    the event loop."""


def unit_payload(results: list[ArticleResult], articles: Sequence[Article],
                 fmt: str) -> Any:
    """A unit's summary as its record holds it: the merged results, rendered in `fmt`."""
    summary = merge(results, articles=articles)
    if fmt == "json":
        return summary.model_dump(mode="json")
    return render(summary, fmt, articles=articles)


def _usage(usage: Usage) -> dict[str, int]:
    return usage.model_dump(mode="json")


class Batch:
    """One run: turns units into records and keeps the totals."""

    def __init__(self, backend: Stack, writer: ResultsWriter, options: BatchOptions,
                 prices: PriceTable, stats: Stats, reporter: Reporter,
                 pages: PageCache | None = None, offload: Offload | None = None,
                 ledger: Ledger | None = None) -> None:
        self.backend = backend
        self.offload = offload
        """None: `run` chooses, once it has counted the inputs."""
        self.owned: Offload | None = None
        self.ledger = ledger
        self.pages = pages
        self.writer = writer
        self.options = options
        self.prices = prices
        self.stats = stats
        self.reporter = reporter

    def workers_for(self, articles: int) -> Offload:
        """Worker processes when some request could wait for a check: when there are
        more articles than requests in flight. Fewer are all sent at once, and starting
        a process would cost them more than it saves."""
        if self.options.workers == 0 or articles <= self.options.concurrency:
            return Offload.inline()
        return Offload.processes(self.options.workers)

    def usage_block(self, ids: Iterable[str]) -> dict[str, Any]:
        per_article: dict[str, Any] = {}
        total = Usage()
        for article_id in ids:
            attempts = self.backend.attempts.pop(article_id, [])
            spent = sum(attempts, Usage())
            total += spent
            per_article[article_id] = {**_usage(spent), "attempts": len(attempts),
                                       "per_attempt": [_usage(u) for u in attempts]}
        cost = self.prices.estimate(total, self.backend.model)
        self.stats.calls += total.calls
        self.stats.prompt_tokens += total.prompt_tokens
        self.stats.completion_tokens += total.completion_tokens
        if cost.usd is None:
            self.stats.cost_usd, self.stats.cost_note = None, cost.note
        elif self.stats.cost_usd is not None:
            self.stats.cost_usd += cost.usd
        return {**_usage(total), "cost_usd": cost.usd, "cost_note": cost.note,
                "per_article": per_article}

    def rejected(self, item: Rejected) -> Record:
        self.stats.failed += 1
        record: Record = {"status": "error", "ids": [], "where": [item.where],
                          "group": item.group, "stage": "ingest",
                          "error_type": type(item.error).__name__,
                          "message": str(item.error), "attempts": 0,
                          "usage": self.usage_block(())}
        if item.article_id is not None:
            record["duplicate_id"] = item.article_id
        return record

    async def attempted(self, article: Article) -> ArticleResult | ArticleFailure:
        """One article, each completion it costs written to the ledger as it arrives (this
        runs in a task of its own, so the listener is the article's)."""
        if self.ledger is not None:
            spend.listener.set(functools.partial(self.ledger.paid, article.id))
        return await try_article(article, self.backend, max_reasks=self.options.max_reasks,
                                 offload=self.offload or INLINE)

    async def summarized(self, unit: Unit) -> Record:
        outcomes = await asyncio.gather(*(self.attempted(a) for a in unit.articles))
        results = [o for o in outcomes if isinstance(o, ArticleResult)]
        failures = [o for o in outcomes if isinstance(o, ArticleFailure)]
        ids = [a.id for a in unit.articles]
        record: Record = {"ids": ids, "where": unit.wheres, "group": unit.group}
        payload: Any = None
        if results:
            try:
                offload = self.offload or INLINE
                payload = await offload.run(unit_payload, results, unit.articles,
                                            self.options.fmt)
            except Exception as error:  # a merge or render bug costs this unit only
                failures += [ArticleFailure(r.article_id, "validate", error, r.attempts, r.usage)
                             for r in results]
                results = []
        self.stats.done += len(results)
        self.stats.failed += len(failures)
        failed = [{"id": f.article_id, "stage": f.stage, "error_type": f.error_type,
                   "message": f.message, "attempts": f.attempts} for f in failures]
        if results:
            record.update(status="partial" if failures else "ok", format=self.options.fmt,
                          summary=payload, failed=failed)
        else:
            first = failures[0]
            record.update(status="error", stage=first.stage, error_type=first.error_type,
                          message=first.message, attempts=max(f.attempts for f in failures),
                          failed=failed)
        record["usage"] = self.usage_block(ids)
        return record

    async def run(self, files: list[Input]) -> None:
        groups, total = count_inputs(files, self.options.group_by, self.options.max_bytes)
        self.stats.total = total
        if self.offload is None:
            self.offload = self.owned = self.workers_for(total)
        queue: asyncio.Queue[Unit | Rejected | None] = asyncio.Queue(
            maxsize=2 * self.options.concurrency)
        # Twice as many units in hand as requests in flight (the stack's semaphore bounds
        # those): units whose articles are being checked leave as many free to send.
        workers = 2 * max(1, self.options.concurrency)

        async def produce() -> None:
            # Reading runs in a thread: fetching a link may take seconds, and the loop
            # meanwhile keeps the model requests in flight.
            items = stream_units(files, groups, group_by=self.options.group_by,
                                 max_bytes=self.options.max_bytes, done=self.writer.done,
                                 pages=self.pages)
            while (item := await asyncio.to_thread(next, items, None)) is not None:
                await queue.put(item)
            for _ in range(workers):
                await queue.put(None)

        async def work() -> None:
            while (item := await queue.get()) is not None:
                if isinstance(item, Rejected):
                    record = self.rejected(item)
                else:
                    record = await self.summarized(item)
                self.writer.write(record)
                self.stats.records += 1
                self.reporter.update()

        await asyncio.gather(produce(), *(work() for _ in range(workers)))


async def run_batch(
    inputs: Sequence[str | Path],
    out: Path,
    backend: Backend,
    *,
    options: BatchOptions = BatchOptions(),
    cache: AnswerCache | None = None,
    prices: PriceTable | None = None,
    stream: IO[str] | None = None,
    pages: PageCache | None = None,
    offload: Offload | None = None,
) -> Stats:
    """Summarize every input into `out`, one record per unit; returns the run's totals.
    Links are fetched through `pages` when given. The checks, merges and renders run
    through `offload`, by default `options.workers` worker processes when there are
    more units than requests in flight."""
    stats = Stats()
    skipped: list[str] = []
    # Listed before the results file is opened, so a wrong path leaves nothing behind.
    files = input_files(inputs, notes=skipped.append)
    with ResultsWriter(out, resume=options.resume,
                       retry_errors=options.retry_errors) as writer:
        stats.retried = writer.retried
        reporter = Reporter(stats, options.progress, stream or sys.stderr)
        for line in skipped:
            reporter.note(line)
        stack = build_stack(backend, concurrency=options.concurrency, cache=cache,
                            chunk_chars=options.chunk_chars)
        ledger = Ledger(ledger_path(out), backend.model)
        table = prices or PriceTable.load()
        batch = Batch(stack, writer, options, table, stats, reporter, pages, offload, ledger)
        session = getattr(backend, "session", None)
        finished = False
        try:
            if session is None:
                await batch.run(files)
            else:
                async with session():
                    await batch.run(files)
            finished = True
        finally:
            if batch.owned is not None:
                batch.owned.close()
            ledger.close()
            reporter.close(final_line(stats, out, cache, backend.model, finished=finished)
                           + spent_in_all(ledger, table, stats))
    return stats


def spent_in_all(ledger: Ledger, prices: PriceTable, stats: Stats) -> str:
    """What the results file has cost over all its runs, killed ones and replaced records
    included, when that is more than this run's records show; from the spend ledger."""
    spent = read_spend(ledger.path)
    total = sum(spent.values(), Usage())
    if total == Usage(calls=stats.calls, prompt_tokens=stats.prompt_tokens,
                      completion_tokens=stats.completion_tokens):
        return ""
    costs = [prices.estimate(usage, model).usd for model, usage in spent.items()]
    cost = ("cost unknown" if None in costs else
            f"~${sum(c for c in costs if c is not None):,.4f}")
    return (f". Spent on {ledger.path.name.removesuffix('.spend')} in all runs "
            f"({ledger.path.name}): {total.calls:,} model calls, {total.prompt_tokens:,} "
            f"prompt + {total.completion_tokens:,} completion tokens, estimated {cost}")


def final_line(stats: Stats, out: Path, cache: AnswerCache | None, model: str | None, *,
               finished: bool = True) -> str:
    """The totals; a run cut short (Ctrl-C, a crash) says so instead of 'done', since its
    remaining inputs were not processed."""
    head = (f"batch done in {stats.elapsed:.1f}s" if finished else
            f"batch STOPPED before the end after {stats.elapsed:.1f}s (--resume continues it)")
    used = cache is not None and cache.hits + cache.misses > 0
    cached = f"; cache: {cache.hits} hits, {cache.misses} misses" if cache and used else ""
    note = f" ({stats.cost_note})" if stats.cost_note else ""
    retried = f" ({stats.retried} failed record(s) retried)" if stats.retried else ""
    spent = (f"{stats.calls:,} model calls, {stats.prompt_tokens:,} prompt + "
             f"{stats.completion_tokens:,} completion tokens, estimated "
             f"{stats.cost_text()}{note} for model {model}{cached}") if model else (
        "no model was used (offline rules backend), so no calls and no cost")
    return (f"{head}: {stats.records} records in {out}{retried}, "
            f"{stats.done} articles summarized, {stats.failed} failed (see the error records); "
            f"{spent}")
