"""Validator time per article, and the mutation suite's scores, as JSON.

    python benchmarks/validator.py [GOLD.json ...]

Times `check_article` (grounding, arithmetic, temporal) on the reference
extractions of the given gold files (default: the seeds and tests/data/cases),
best of several rounds so a busy machine does not inflate it.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from summarizer.evaluate.mutate import run_mutation_suite
from summarizer.evaluate.reference import reference_pairs
from summarizer.grounding import normalize
from summarizer.validate import check_article

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 7
"""Timing rounds; the fastest is reported (the others measure the machine's noise)."""


def main(argv: list[str]) -> None:
    golds = [Path(a) for a in argv] or [ROOT / "seeds" / "gold.json",
                                        *sorted((ROOT / "tests/data/cases").glob("*/gold.json"))]
    pairs = [pair for gold in golds for pair in reference_pairs(gold)]
    rounds: list[float] = []
    cold: list[float] = []
    for _ in range(ROUNDS):
        normalize.cache_clear()
        started = time.perf_counter()
        for article, extraction in pairs:
            check_article(article, extraction)
        rounds.append((time.perf_counter() - started) / len(pairs))
    for article, extraction in pairs:
        normalize.cache_clear()
        started = time.perf_counter()
        check_article(article, extraction)
        cold.append(time.perf_counter() - started)
    suite = run_mutation_suite(golds)
    print(json.dumps({
        "articles": len(pairs),
        "ms_per_article_best": round(min(rounds) * 1000, 3),
        "ms_per_article_median": round(statistics.median(rounds) * 1000, 3),
        "ms_per_article_max_single": round(max(cold) * 1000, 3),
        "mutations": suite["mutations"],
        "detected": suite["detected"],
        "detection_rate": suite["detection_rate"],
        "false_alarms": suite["false_alarms"],
        "per_operator": suite["per_operator"],
    }, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
