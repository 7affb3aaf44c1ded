"""Peak memory of a streaming batch, at two sizes, as JSON.

    python benchmarks/memory.py [--sizes 1000 10000]

Each size runs in a fresh child process (the two side by side) against the scripted server with no
latency: the child warms up (imports, connection pool), notes its resident
memory, streams the inbox through `run_batch`, and reports how far its peak
(VmHWM) rose above that. Target: growth under 200 MB at 10,000 articles, and
about the same at both sizes, i.e. memory does not grow with the inbox.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _scripted import load_average, scripted_server, write_inbox

from summarizer.backends import BackendConfig
from summarizer.backends.openai.backend import OpenAIBackend
from summarizer.batch import BatchOptions, run_batch

TARGET_MB = 200


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise RuntimeError(f"/proc/self/status has no {field}")


def child(url: str, count: int) -> dict[str, float]:
    options = BatchOptions(concurrency=16, progress="off")
    backend = OpenAIBackend(BackendConfig(backend="openai", base_url=url, api_key="bench",
                                          model="scripted-fake"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        write_inbox(work / "warm.jsonl", 50, start=10**6)
        asyncio.run(run_batch([work / "warm.jsonl"], work / "warm.out", backend,
                              options=options))
        write_inbox(work / "inbox.jsonl", count)
        baseline = _status_kb("VmRSS")
        started = time.perf_counter()
        stats = asyncio.run(run_batch([work / "inbox.jsonl"], work / "out.jsonl", backend,
                                      options=options))
        wall = time.perf_counter() - started
        records = sum(1 for _ in (work / "out.jsonl").open("rb"))
    peak = _status_kb("VmHWM")
    return {"articles": count, "records": records, "summarized": stats.done,
            "failed": stats.failed, "wall_s": round(wall, 2),
            "baseline_rss_mb": round(baseline / 1024, 1), "peak_rss_mb": round(peak / 1024, 1),
            "growth_mb": round((peak - baseline) / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs=2, default=[1000, 10_000])
    parser.add_argument("--child", nargs=2, metavar=("URL", "COUNT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]))))
        return
    started = time.perf_counter()
    with scripted_server() as url:
        # Side by side: each child measures only its own memory, and two cores finish
        # 11,000 articles within the two-minute budget.
        children = [subprocess.Popen([sys.executable, __file__, "--child", url, str(size)],
                                     stdout=subprocess.PIPE, text=True)
                    for size in args.sizes]
        outputs = [c.communicate()[0] for c in children]
    if any(c.returncode for c in children):
        raise SystemExit("a child run failed; see its error above")
    runs = [json.loads(out) for out in outputs]
    growth = [r["growth_mb"] for r in runs]
    print(json.dumps({
        "runs": runs, "target_growth_mb": TARGET_MB,
        "meets_target": max(growth) < TARGET_MB,
        "growth_difference_mb": round(growth[1] - growth[0], 1),
        "total_wall_s": round(time.perf_counter() - started, 1),
        "load_average_1m": load_average(),
    }, indent=2))


if __name__ == "__main__":
    main()
