"""How merge time grows with the number of facts, as JSON ratios.

    python benchmarks/merge_scaling.py [--kind KIND] [N ...]   (default: statements,
                                                                100 1000 10000)

Two articles, each stating N/2 distinct items of one kind, are merged; the time of
each size is given with its ratio to the first size's, beside the ratios n and n log n
would give. KIND is `statements` (one speaker, one quote each), `attacks` (one a day,
each article its own attacker), `attacks-one-day` (all on one day, distinct targets),
`stages` (one a day) or `one-speaker` (every quote by one speaker: quotes are clustered
pairwise within a speaker, so this one grows as n squared). A merge is run once before
timing, so loading the name tables is not counted; a size under a second is timed three
times and the fastest kept, so a busy machine's pauses are not read as growth. The
process's CPU time is given beside the wall time: on a shared machine the wall time also
counts other processes' turns. A size that the growth seen so far projects past BUDGET
seconds is reported as skipped, with the projection: a 5,000-statement answer once held
a batch for ten minutes (issue 18), and merge should stay below n log n.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sys
import time
from collections.abc import Callable

from summarizer.merge import merge
from summarizer.models import (
    ArticleExtraction,
    Attack,
    Casualties,
    Evidence,
    ExchangeStage,
    Release,
    Statement,
)
from summarizer.summary import ArticleResult

BUDGET = 120.0
"""Seconds one size may take before the run stops."""

DAY = dt.date(2024, 1, 1)


def _articles(items: Callable[[int, int], ArticleExtraction], count: int) -> list[ArticleResult]:
    return [ArticleResult(article_id=f"a{side}", source=f"outlet {side}", backend="benchmark",
                          extraction=items(side, count // 2))
            for side in range(2)]


def statements(side: int, count: int) -> ArticleExtraction:
    return ArticleExtraction(statements=[
        Statement(speaker=f"Speaker {side}-{n}", quote=f"Quote number {n} of {side}",
                  evidence=Evidence(text=f"Quote number {n} of {side}"))
        for n in range(count)])


def one_speaker(side: int, count: int) -> ArticleExtraction:
    return ArticleExtraction(statements=[
        Statement(speaker="Volodymyr Zelensky", quote=f"Quote number {n} of {side}",
                  evidence=Evidence(text=f"Quote number {n} of {side}"))
        for n in range(count)])


def _attacks(side: int, count: int, *, one_day: bool) -> ArticleExtraction:
    return ArticleExtraction(attacks=[
        Attack(date=DAY if one_day else DAY + dt.timedelta(days=n), attacker=f"Army {side}",
               targets=[f"Town {side}-{n}"],
               killed=Casualties(count=n, evidence=Evidence(text=f"{n} killed in town {n}")),
               evidence=Evidence(text=f"Army {side} struck town {n}"))
        for n in range(count)])


def stages(side: int, count: int) -> ArticleExtraction:
    return ArticleExtraction(stages=[
        ExchangeStage(date=DAY + dt.timedelta(days=n), releases=[
            Release(released_by=f"Side {side}", count=n + 1,
                    evidence=Evidence(text=f"Side {side} freed {n + 1}"))])
        for n in range(count)])


KINDS: dict[str, Callable[[int, int], ArticleExtraction]] = {
    "statements": statements,
    "attacks": lambda side, count: _attacks(side, count, one_day=False),
    "attacks-one-day": lambda side, count: _attacks(side, count, one_day=True),
    "stages": stages,
    "one-speaker": one_speaker,
}


def results(count: int, kind: str = "statements") -> list[ArticleResult]:
    """Two articles with `count` facts in all, none shared, so nothing corroborates and
    every fact is aligned against every other kind of key."""
    return _articles(KINDS[kind], count)


def _timed(built: list[ArticleResult]) -> tuple[float, float]:
    """The fastest of up to three merges: (wall seconds, CPU seconds)."""
    best = (math.inf, math.inf)
    for _ in range(3):
        started, cpu = time.perf_counter(), time.process_time()
        merge(built)
        best = min(best, (time.perf_counter() - started, time.process_time() - cpu))
        if best[0] > 1.0:
            break
    return best


def main(argv: list[str]) -> None:
    kind = "statements"
    if argv[:1] == ["--kind"]:
        kind, argv = argv[1], argv[2:]
    sizes = [int(a) for a in argv] or [100, 1000, 10000]
    merge(results(10, kind))
    timed: list[dict[str, object]] = []
    growth = 2.0
    """The exponent seen so far; a size projected past BUDGET is not run."""
    for size in sizes:
        if timed:
            last, took = int(str(timed[-1]["facts"])), float(str(timed[-1]["seconds"]))
            projected = took * (size / last) ** growth
            if projected > BUDGET:
                timed.append({"kind": kind, "facts": size, "skipped": True,
                              "projected_seconds": round(projected), "exponent": round(growth, 2)})
                break
        seconds, cpu = _timed(results(size, kind))
        first = sizes[0]
        timed.append({"kind": kind, "facts": size, "seconds": round(seconds, 4),
                      "ratio": round(seconds / max(float(str(timed[0]["seconds"])), 1e-9), 2)
                      if timed else 1.0,
                      "cpu_seconds": round(cpu, 4),
                      "cpu_ratio": round(cpu / max(float(str(timed[0]["cpu_seconds"])), 1e-9), 2)
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
