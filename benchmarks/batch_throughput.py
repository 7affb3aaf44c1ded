"""Batch throughput against a model with a fixed latency, as JSON.

    python benchmarks/batch_throughput.py [--articles 200] [--concurrency 16] [--latency 0.5]

Runs the real batch (ingest, OpenAI backend through instructor, grounding,
validation, merge, JSONL output) against the scripted server with a fixed
latency per call, and compares the wall time with the ideal, where the only
cost is waiting for the model: calls / concurrency * latency. Target:
efficiency = ideal / wall >= 0.85. One warm-up article runs first, so lazy
imports and the connection pool are not billed to the batch.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path

from _scripted import load_average, scripted_server, write_inbox

from summarizer.backends import BackendConfig
from summarizer.backends.openai.backend import OpenAIBackend
from summarizer.batch import BatchOptions, run_batch

TARGET = 0.85


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--latency", type=float, default=0.5)
    args = parser.parse_args()
    options = BatchOptions(concurrency=args.concurrency, progress="off")
    with tempfile.TemporaryDirectory() as tmp, scripted_server(latency=args.latency) as url:
        work = Path(tmp)
        backend = OpenAIBackend(BackendConfig(backend="openai", base_url=url, api_key="bench",
                                              model="scripted-fake"))
        write_inbox(work / "warm.jsonl", 1, start=10**6)
        asyncio.run(run_batch([work / "warm.jsonl"], work / "warm.out", backend,
                              options=options))
        write_inbox(work / "inbox.jsonl", args.articles)
        started = time.perf_counter()
        stats = asyncio.run(run_batch([work / "inbox.jsonl"], work / "out.jsonl", backend,
                                      options=options))
        wall = time.perf_counter() - started
    ideal = stats.calls / args.concurrency * args.latency
    print(json.dumps({
        "articles": args.articles, "summarized": stats.done, "failed": stats.failed,
        "calls": stats.calls, "concurrency": args.concurrency, "latency_s": args.latency,
        "wall_s": round(wall, 3), "ideal_s": round(ideal, 3),
        "efficiency": round(ideal / wall, 3), "target": TARGET,
        "meets_target": ideal / wall >= TARGET, "load_average_1m": load_average(),
    }, indent=2))


if __name__ == "__main__":
    main()
