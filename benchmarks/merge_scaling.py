"""How merge time grows with the number of facts, as JSON ratios.

    python benchmarks/merge_scaling.py [N ...]        (default: 100 1000 10000)

Two articles, each stating N/2 distinct statements (one speaker, one quote each), are
merged; the time of each size is given with its ratio to the first size's, beside the
ratios n and n log n would give. A size that the growth seen so far projects past
BUDGET seconds is reported as skipped, with the projection: a 5,000-statement answer
once held a batch for ten minutes (issue 18), and merge should stay below n log n.
"""

from __future__ import annotations

import json
import math
import sys
import time

from summarizer.merge import merge
from summarizer.models import ArticleExtraction, ArticleResult, Evidence, Statement

BUDGET = 120.0
"""Seconds one size may take before the run stops."""


def results(count: int) -> list[ArticleResult]:
    """Two articles with `count` facts in all, none shared, so nothing corroborates and
    every fact is aligned against every other kind of key."""
    made = []
    for side in range(2):
        said = [Statement(speaker=f"Speaker {side}-{n}", quote=f"Quote number {n} of {side}",
                          evidence=Evidence(text=f"Quote number {n} of {side}"))
                for n in range(count // 2)]
        made.append(ArticleResult(article_id=f"a{side}", source=f"outlet {side}",
                                  backend="benchmark",
                                  extraction=ArticleExtraction(statements=said)))
    return made


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [100, 1000, 10000]
    timed: list[dict[str, object]] = []
    growth = 2.0
    """The exponent seen so far; a size projected past BUDGET is not run."""
    for size in sizes:
        if timed:
            last, took = int(str(timed[-1]["facts"])), float(str(timed[-1]["seconds"]))
            projected = took * (size / last) ** growth
            if projected > BUDGET:
                timed.append({"facts": size, "skipped": True,
                              "projected_seconds": round(projected), "exponent": round(growth, 2)})
                break
        built = results(size)
        started = time.perf_counter()
        merge(built)
        seconds = time.perf_counter() - started
        first = sizes[0]
        timed.append({"facts": size, "seconds": round(seconds, 4),
                      "ratio": round(seconds / max(float(timed[0]["seconds"]), 1e-9), 2)
                      if timed else 1.0,
                      "ratio_if_n": size / first,
                      "ratio_if_n_log_n": round(size * math.log(size) / (first * math.log(first)),
                                                2)})
        if len(timed) > 1:
            before = timed[-2]
            growth = max(1.0, math.log(seconds / max(float(str(before["seconds"])), 1e-9))
                         / math.log(size / int(str(before["facts"]))))
    print(json.dumps(timed, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
