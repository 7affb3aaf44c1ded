"""Rules backend throughput on one core, as JSON.

    python benchmarks/rules_speed.py [ARTICLE ...]

Runs `RulesBackend.extract` over the given articles (default: the two seeds)
repeated, best of several rounds so a busy machine does not deflate it, and
reports articles per second and the ratio to the 100/s target. The per-sentence
caches are cleared before every extraction: repeating an article must not make
it look faster than a batch of different articles. The rate is per second of
this process's CPU time (one core, whatever else the machine is running); the
wall-clock rate is reported next to it.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

from summarizer import load_articles
from summarizer.backends.rules import RulesBackend
from summarizer.backends.rules.text import clear_caches
from summarizer.models import Article

ROOT = Path(__file__).resolve().parent.parent
TARGET = 100.0
"""Articles per second the rules backend must reach on one core."""
REPEAT = 100
ROUNDS = 5


async def _round(backend: RulesBackend, articles: list[Article]) -> tuple[float, float]:
    """CPU seconds and wall seconds for one round."""
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(REPEAT):
        for article in articles:
            clear_caches()
            await backend.extract(article)
    return time.process_time() - cpu, time.perf_counter() - wall


def main(argv: list[str]) -> None:
    paths = [Path(a) for a in argv] or sorted((ROOT / "seeds").glob("*.txt"))
    articles = load_articles(paths)
    backend = RulesBackend()
    asyncio.run(backend.extract(articles[0]))  # warm caches and the gazetteer
    rounds = [asyncio.run(_round(backend, articles)) for _ in range(ROUNDS)]
    done = REPEAT * len(articles)
    rate = done / min(cpu for cpu, _ in rounds)
    print(json.dumps({
        "benchmark": "rules_speed",
        "articles": len(articles),
        "extractions_per_round": done,
        "articles_per_second": round(rate, 1),
        "wall_articles_per_second": round(done / min(wall for _, wall in rounds), 1),
        "target_per_second": TARGET,
        "ratio_to_target": round(rate / TARGET, 2),
    }))


if __name__ == "__main__":
    main(sys.argv[1:])
