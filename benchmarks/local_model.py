"""The real local model's cost and speed per seed article, and what concurrency buys, as JSON.

    python benchmarks/local_model.py [--base-url http://127.0.0.1:8080/v1]

Without --base-url it starts llama.cpp's server with SmolLM2-135M-Instruct (the
'local' extra) on a free port and stops it at the end. Each call is one
extraction through the same `openai` backend and instructor TOOLS request the
pipeline uses, with its completion bound (LOCAL_MAX_TOKENS) but a longer
per-call timeout, since queued requests wait for the server's one slot; an
answer that fails (cut off, never fitting the schema) still counts its
tokens and time, marked "failed".

Batch efficiency at concurrency c is the throughput (completion tokens per
second of wall time) with c requests in flight, divided by the throughput one
at a time (the seeds one after the other; then c requests of the seeds, repeated, at
once). llama-cpp-python's server decodes one request at a time, so
expect about 1.0: more concurrency only queues. Numbers are from whatever
else the machine is doing; run it on an idle one for stable figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

from summarizer import load_articles
from summarizer.backends.openai.backend import OpenAIBackend
from summarizer.backends.openai.local import (
    DEFAULT_N_CTX,
    LOCAL_MAX_TOKENS,
    local_config,
    server_version,
    start_server,
)
from summarizer.backends.openai.transport import UnusableAnswer
from summarizer.errors import BackendError
from summarizer.models import Article
from summarizer.summary import Usage

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
LEVELS = (1, 2, 4)
QUEUED_TIMEOUT = 600.0


@dataclass
class Call:
    article: str
    seconds: float
    usage: Usage
    failed: bool


async def _extract(backend: OpenAIBackend, article: Article) -> Call:
    started = time.perf_counter()
    try:
        attempt = await backend.extract(article)
        usage, failed = attempt.usage, False
    except UnusableAnswer as error:
        usage, failed = error.usage, True
    except BackendError as error:  # a timeout or refusal still took time; count it
        spent = getattr(error, "usage", None)
        usage, failed = (spent if isinstance(spent, Usage) else Usage()), True
    return Call(article.id, time.perf_counter() - started, usage, failed)


async def _batch(backend: OpenAIBackend, articles: list[Article], concurrency: int) -> dict[
        str, float | int]:
    limit = asyncio.Semaphore(concurrency)

    async def bounded(article: Article) -> Call:
        async with limit:
            return await _extract(backend, article)

    started = time.perf_counter()
    calls = await asyncio.gather(*(bounded(a) for a in articles))
    return _summary(concurrency, calls, time.perf_counter() - started)


def _summary(concurrency: int, calls: list[Call], wall: float) -> dict[str, float | int]:
    completion = sum(c.usage.completion_tokens for c in calls)
    return {"concurrency": concurrency, "requests": len(calls), "wall_seconds": round(wall, 2),
            "completion_tokens": completion,
            "completion_tokens_per_second": round(completion / wall, 2),
            "seconds_per_article": round(wall / len(calls), 2)}


async def measure(base_url: str) -> dict[str, object]:
    # One generation per call (no schema retry), so the time measured is the model's;
    # the per-call bound is the pipeline's, except that a request queued behind three
    # others at concurrency 4 must not time out while it waits for the one server slot.
    backend = OpenAIBackend(replace(local_config(base_url), timeout=QUEUED_TIMEOUT,
                                    max_validation_retries=0))
    articles = load_articles(SEEDS)
    started = time.perf_counter()
    calls = [await _extract(backend, article) for article in articles]
    serial = _summary(1, calls, time.perf_counter() - started)
    per_article = [{
        "article": call.article, "prompt_tokens": call.usage.prompt_tokens,
        "completion_tokens": call.usage.completion_tokens, "seconds": round(call.seconds, 2),
        "completion_tokens_per_second": round(call.usage.completion_tokens / call.seconds, 2),
        "failed": call.failed} for call in calls]
    batches = [serial]
    for level in LEVELS[1:]:
        batches.append(await _batch(backend, (articles * level)[:level], level))
    base = batches[0]["completion_tokens_per_second"]
    for batch in batches:
        batch["batch_efficiency"] = round(batch["completion_tokens_per_second"] / base, 3)
    return {"model": "SmolLM2-135M-Instruct Q4_1", "server": f"llama-cpp-python "
            f"{server_version()}", "mode": "tools", "max_tokens": LOCAL_MAX_TOKENS,
            "timeout_s": QUEUED_TIMEOUT, "per_article": per_article, "concurrency": batches}


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="an already running server (default: start one)")
    args = parser.parse_args(argv)
    if args.base_url:
        result = asyncio.run(measure(args.base_url))
    else:
        with start_server(n_ctx=DEFAULT_N_CTX) as server:
            result = asyncio.run(measure(server.base_url))
    sys.stdout.write(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
