"""Batch throughput against a model with a fixed latency, as JSON.

    python benchmarks/batch_throughput.py
    python benchmarks/batch_throughput.py --articles 200 --concurrency 16 --latency 0.5

Runs the real batch (ingest, OpenAI backend through instructor, grounding,
validation, merge, JSONL output) against the scripted server, which answers
every request after a fixed latency, and compares the wall time with the
ideal, where the only cost is waiting for the model: calls / concurrency *
latency. efficiency = ideal / wall. By default two settings: 200 articles, 16
in flight, 0.5 s (target 0.95), and 1,000 articles, 64 in flight, 0.2 s (target
0.9); --concurrency and --latency choose one.

Every request waits the whole latency, so one of the `concurrency` slots sends at
least ceil(calls / concurrency) requests one after another: however fast the
client, the wall time is at least that many latencies. `best_efficiency`, the ideal
over that, is the most a setting allows: 0.962 for 200 articles at 16 in flight (13
rounds where the ideal counts 12.5), 0.977 for 1,000 at 64 (16 for 15.6).

Each setting runs twice, side by side: with the checks, merges and renders in
worker processes (what `summarizer batch` does) and all on the event loop
(`--workers 0`). CPU per article is reported next to each efficiency: the
batch process's own (its event loop sends, receives and parses; instructor
and the SDK run there) and the workers'. A warm-up batch runs first with the
same workers, so imports, the connection pool and the workers' start are not
billed to the batch. The server runs in its own process. Timings depend on the
machine's load, printed with them.

Beside them, in the same run against the same server, two floors send the very
request the backend sends (captured from one real call) as often and with as many
in flight, and do nothing else: `sdk_only` through the OpenAI SDK's own client
(what any client on this stack pays), `http_only` as bytes through its HTTP client.
No client built on the SDK can pass `sdk_only` on this machine, so the ratio to it
(`share_of_sdk_floor`) is the batch's own cost, and a floor under the target says
the target is out of this machine's reach, whatever the batch does.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import openai
from _scripted import BATCH, load_average, scripted_server, write_inbox

from summarizer.backends import BackendConfig
from summarizer.backends.openai.backend import OpenAIBackend
from summarizer.batch import BatchOptions, run_batch
from summarizer.offload import Offload, worker_count
from tests.fakes.server import Script, ScriptedServer

SETTINGS = [(200, 16, 0.5, 0.95), (1000, 64, 0.2, 0.9)]
"""articles, requests in flight, latency in seconds, target efficiency."""


def worker_cpu() -> tuple[int, float]:
    """This worker's pid and CPU seconds so far; the wait lets each idle worker take one."""
    time.sleep(0.2)
    return os.getpid(), time.process_time()


async def workers_cpu(offload: Offload, workers: int) -> float:
    if offload.executor is None:
        return 0.0
    samples = dict(await asyncio.gather(*(offload.run(worker_cpu) for _ in range(workers))))
    return sum(samples.values())


def measure(work: Path, url: str, articles: int, concurrency: int, latency: float,
            workers: int) -> dict[str, Any]:
    """One batch of `articles`, with `workers` worker processes (0: on the loop)."""
    backend = OpenAIBackend(BackendConfig(backend="openai", base_url=url, api_key="bench",
                                          model="scripted-fake"))
    options = BatchOptions(concurrency=concurrency, progress="off", workers=workers)
    offload = Offload.processes(workers) if workers else Offload.inline()
    with offload:
        write_inbox(work / "warm.jsonl", concurrency, start=10**6)
        asyncio.run(run_batch([work / "warm.jsonl"], work / f"warm-{workers}.out", backend,
                              options=options, offload=offload))
        write_inbox(work / "inbox.jsonl", articles)
        before = asyncio.run(workers_cpu(offload, workers))
        cpu, started = time.process_time(), time.perf_counter()
        stats = asyncio.run(run_batch([work / "inbox.jsonl"], work / f"out-{workers}.jsonl",
                                      backend, options=options, offload=offload))
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        in_workers = asyncio.run(workers_cpu(offload, workers)) - before
    ideal = stats.calls / concurrency * latency
    fewest = math.ceil(stats.calls / concurrency) * latency
    return {"workers": workers, "summarized": stats.done, "failed": stats.failed,
            "calls": stats.calls, "wall_s": round(wall, 3), "ideal_s": round(ideal, 3),
            "efficiency": round(ideal / wall, 3), "best_efficiency": round(ideal / fewest, 3),
            "cpu_ms_per_article": {"batch_process": round(cpu * 1000 / articles, 2),
                                   "workers": round(in_workers * 1000 / articles, 2)}}


def captured_request() -> dict[str, Any]:
    """The body of one request as the backend sends it, read by an in-process server."""
    with tempfile.TemporaryDirectory() as tmp, ScriptedServer(Script.load(BATCH)) as server:
        write_inbox(Path(tmp) / "one.jsonl", 1)
        backend = OpenAIBackend(BackendConfig(backend="openai", base_url=server.base_url,
                                              api_key="bench", model="scripted-fake"))
        asyncio.run(run_batch([Path(tmp) / "one.jsonl"], Path(tmp) / "one.out", backend,
                              options=BatchOptions(progress="off", workers=0),
                              offload=Offload.inline()))
        return dict(server.requests[0])


async def _send_all(send: Any, calls: int, concurrency: int) -> None:
    slots = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with slots:
            await send()

    await asyncio.gather(*(one() for _ in range(calls)))


async def _floor(url: str, body: dict[str, Any], calls: int, concurrency: int,
                 client: str) -> tuple[float, float]:
    http = openai.DefaultAsyncHttpxClient()
    sdk = openai.AsyncOpenAI(base_url=url, api_key="bench", max_retries=0, http_client=http)
    raw = json.dumps(body).encode()

    async def through_sdk() -> None:
        await sdk.chat.completions.create(**body)

    async def through_http() -> None:
        response = await http.post(f"{url}/chat/completions", content=raw,
                                   headers={"content-type": "application/json"})
        json.loads(response.content)

    send = through_sdk if client == "sdk_only" else through_http
    await _send_all(send, concurrency, concurrency)  # warm: the connections are open
    cpu, started = time.process_time(), time.perf_counter()
    await _send_all(send, calls, concurrency)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    await sdk.close()
    return wall, cpu


def floor(url: str, body: dict[str, Any], calls: int, concurrency: int, latency: float,
          client: str) -> dict[str, Any]:
    """What a client that only sends `body` reaches here: the ceiling over any batch."""
    wall, cpu = asyncio.run(_floor(url, body, calls, concurrency, client))
    ideal = calls / concurrency * latency
    return {"calls": calls, "wall_s": round(wall, 3), "efficiency": round(ideal / wall, 3),
            "cpu_ms_per_call": round(cpu * 1000 / calls, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, help="default: 200, or 1,000 at 64 in flight")
    parser.add_argument("--concurrency", type=int)
    parser.add_argument("--latency", type=float)
    args = parser.parse_args()
    settings = SETTINGS
    if args.concurrency or args.latency:
        concurrency, latency = args.concurrency or 16, args.latency or 0.5
        target = next((t for _, c, lat, t in SETTINGS if (c, lat) == (concurrency, latency)),
                      None)
        settings = [(args.articles or 200, concurrency, latency, target or 0.9)]
    elif args.articles:
        settings = [(args.articles, c, lat, t) for _, c, lat, t in SETTINGS]
    workers = worker_count()
    body = captured_request()
    runs = []
    for articles, concurrency, latency, target in settings:
        with tempfile.TemporaryDirectory() as tmp, scripted_server(latency=latency) as url:
            side = [measure(Path(tmp), url, articles, concurrency, latency, n)
                    for n in (workers, 0)]
            floors = {client: floor(url, body, side[0]["calls"], concurrency, latency, client)
                      for client in ("sdk_only", "http_only")}
        offloaded, on_loop = side
        runs.append({"articles": articles, "concurrency": concurrency, "latency_s": latency,
                     "target": target, "meets_target": offloaded["efficiency"] >= target,
                     "with_workers": offloaded, "on_event_loop": on_loop,
                     "efficiency_ratio_workers_to_loop": round(
                         offloaded["efficiency"] / on_loop["efficiency"], 3),
                     **floors,
                     "share_of_sdk_floor": round(
                         offloaded["efficiency"] / floors["sdk_only"]["efficiency"], 3),
                     "sdk_floor_meets_target": floors["sdk_only"]["efficiency"] >= target})
    print(json.dumps({"runs": runs, "cpus": os.cpu_count(),
                      "load_average_1m": load_average()}, indent=2))


if __name__ == "__main__":
    main()
