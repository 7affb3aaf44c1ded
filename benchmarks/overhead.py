"""What the pipeline costs besides the model call, stage by stage, as JSON.

    python benchmarks/overhead.py

Times each stage with the model's answers given (the scripted seed extractions),
for the seed pair and for one 10,000-word article: parse (ingest), dates
(resolving "on Friday"), ground, validate, merge, and render (JSON and
Markdown). Validate is timed as the whole per-article check minus grounding,
which it starts with; both ground in place the copy that dates made, as the
pipeline does. Each figure is the best of 5 rounds, in milliseconds, and
the total is given as a share of a 1 s model call per article (target: < 2%;
per seed article at most 3 ms).

The stages are timed in one child process per hash seed (`HASH_SEEDS`), and each
figure is the median over the seeds: Python salts the hashes of strings anew in
every process, which reorders sets and moves dictionary collisions, and that alone
moved the seed pair's total by about 30% between otherwise identical runs. With the
seeds fixed, two runs on an idle machine differ by what the machine does, not by
the salt; `ms_per_article_by_hash_seed` shows the spread.

`model_client` is the CPU of the call itself besides the network: one
instructor call (its preparation of the response model, parsing and
validating the answer) with the SDK replaced by a function that returns the
seed answer. instructor 1.17 checks the whole response model for async
validators several times on every call, with no cache and no way to skip it
(`reject_async_validators` in instructor/v2/validation/async_validators.py,
called from v2/core/patch.py, v2/core/response_model.py twice per preparation,
v2/core/retry.py); the walks per call are counted with cProfile. Also shown:
what pydantic takes to build the JSON Schema that instructor's JSON modes ask
for on every call, against the copy the prepared response model keeps.
"""

from __future__ import annotations

import asyncio
import cProfile
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _scripted import ROOT, load_average
from instructor import Mode, response_schema
from instructor.core import patch
from openai.types.chat import ChatCompletion

from summarizer.articles import load_articles
from summarizer.backends.openai.prompts import load_prompt
from summarizer.backends.openai.transport import RESPONSE_MODEL, request_extraction
from summarizer.grounding import grounded_facts
from summarizer.merge import merge
from summarizer.models import Article, ArticleExtraction
from summarizer.render import render
from summarizer.summary import ArticleResult
from summarizer.text.time import resolve_extraction
from summarizer.validate import check_article

ROUNDS = 5
CALLS = 50
MODEL_CALL_MS = 1000.0
TARGET = 0.02
TARGET_MS_PER_SEED_ARTICLE = 3.0
SEED_IDS = ["000_9391f326c2eaa901", "001_23b64bebdaa24c53"]
ANSWERS = ROOT / "tests" / "fakes" / "responses" / "seeds"
HASH_SEEDS = (0, 1, 2, 3, 4)
STAGES_ONLY = "--stages-only"
"""Run by the parent in each child: time the stages and print them as JSON."""


def best_ms(run: Callable[[], object]) -> float:
    times = []
    for _ in range(ROUNDS):
        started = time.process_time()
        run()
        times.append((time.process_time() - started) * 1000)
    return min(times)


def stages(paths: list[Path], answers: list[ArticleExtraction]) -> dict[str, float]:
    """Milliseconds per stage for these articles and their answers."""
    articles = load_articles(paths)
    resolved = [resolve_extraction(e, a.published_date) for a, e in zip(articles, answers,
                                                                         strict=True)]
    checked = [check_article(a, e) for a, e in zip(articles, resolved, strict=True)]
    results = [ArticleResult(article_id=a.id, source=a.source, published=a.published,
                             backend="bench", extraction=e, findings=f)
               for a, (e, f) in zip(articles, checked, strict=True)]
    summary = merge(results)
    pairs = list(zip(articles, resolved, strict=True))
    timed = {
        "parse": lambda: load_articles(paths),
        "dates": lambda: [resolve_extraction(e, a.published_date)
                          for a, e in zip(articles, answers, strict=True)],
        "ground": lambda: [grounded_facts(a, e, copied=True) for a, e in pairs],
        "check": lambda: [check_article(a, e, copied=True) for a, e in pairs],
        "merge": lambda: merge(results),
        "render": lambda: (render(summary, "json"), render(summary, "md")),
    }
    for run in timed.values():
        run()  # warm: lazy imports and caches
    ms = {name: best_ms(run) for name, run in timed.items()}
    ms["validate"] = max(0.0, ms.pop("check") - ms["ground"])
    return {name: round(ms[name], 2)
            for name in ("parse", "dates", "ground", "validate", "merge", "render")}


def tool_call(answer: str) -> ChatCompletion:
    return ChatCompletion.model_validate({
        "id": "bench", "object": "chat.completion", "created": 0, "model": "bench",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {
            "role": "assistant", "content": None, "tool_calls": [{
                "id": "call", "type": "function",
                "function": {"name": "ArticleExtraction", "arguments": answer}}]}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})


def model_client(article: Article, answer: str) -> dict[str, Any]:
    """instructor's CPU per call, the SDK and the network left out."""
    completion = tool_call(answer)

    async def replay(*args: Any, **kwargs: Any) -> ChatCompletion:
        return completion

    create = patch(create=replay, mode=Mode.TOOLS)
    system, user = load_prompt("extract").render(article)

    async def calls(count: int) -> list[float]:
        times = []
        for _ in range(count):
            started = time.process_time()
            await request_extraction(create, system, user, model="bench",
                                     max_validation_retries=1, max_tokens=4096)
            times.append((time.process_time() - started) * 1000)
        return times

    asyncio.run(calls(3))
    per_call = statistics.median(asyncio.run(calls(CALLS)))
    profile = cProfile.Profile()
    profile.enable()
    asyncio.run(calls(10))
    profile.disable()
    walks = sum(stat[1] for where, stat in pstats.Stats(profile).stats.items()
                if where[2] == "reject_async_validators")
    walk_ms = None
    try:
        from instructor.v2.validation.async_validators import reject_async_validators
    except ImportError:  # a later instructor may check otherwise, or not at all
        pass
    else:
        walk_ms = best_ms(lambda: [reject_async_validators(RESPONSE_MODEL)
                                   for _ in range(10)]) / 10
    plain = best_ms(response_schema(ArticleExtraction).model_json_schema)
    prepared = best_ms(RESPONSE_MODEL.model_json_schema)
    return {"instructor_call_ms": round(per_call, 2),
            "async_validator_walks_per_call": walks / 10,
            "ms_per_walk": None if walk_ms is None else round(walk_ms, 3),
            "json_schema_ms": {"built_by_pydantic": round(plain, 2),
                               "prepared_copy": round(prepared, 2),
                               "ratio": round(plain / max(prepared, 1e-3), 1)}}


def timed_cases() -> dict[str, dict[str, Any]]:
    """Each case's articles, words and milliseconds per stage, in this process."""
    answers = {i: ArticleExtraction.model_validate_json((ANSWERS / f"{i}.json").read_text())
               for i in SEED_IDS}
    seeds = [ROOT / "seeds" / f"{i}.txt" for i in SEED_IDS]
    with tempfile.TemporaryDirectory() as tmp:
        raw = seeds[0].read_text("utf-8")
        header, body = raw.split(" ", 3)[:3], raw.split(" ", 3)[3]
        copies = -(-10_000 // len(body.split()))
        long = Path(tmp) / "long.txt"
        long.write_text(" ".join(header) + " " + "\n\n".join([body] * copies), "utf-8")
        words = len(load_articles([long])[0].text.split())
        cases = {
            "seed_pair": ([*seeds], [answers[i] for i in SEED_IDS], None),
            "article_10000_words": ([long], [answers[SEED_IDS[0]]], words),
        }
        return {name: {"articles": len(paths), "words": size, "ms_by_stage": stages(paths, given)}
                for name, (paths, given, size) in cases.items()}


def timed_by_hash_seed() -> dict[int, dict[str, dict[str, Any]]]:
    """`timed_cases` in one child process per hash seed, one after the other."""
    runs = {}
    for seed in HASH_SEEDS:
        child = subprocess.run([sys.executable, __file__, STAGES_ONLY], check=True,
                               capture_output=True, text=True,
                               env={**os.environ, "PYTHONHASHSEED": str(seed)})
        runs[seed] = json.loads(child.stdout)
    return runs


def case_report(runs: dict[int, dict[str, dict[str, Any]]], name: str) -> dict[str, Any]:
    """One case: each stage's median over the hash seeds, and the median total."""
    first = runs[HASH_SEEDS[0]][name]
    articles, size = first["articles"], first["words"]
    by_seed = {seed: run[name]["ms_by_stage"] for seed, run in runs.items()}
    split = {stage: round(statistics.median(ms[stage] for ms in by_seed.values()), 2)
             for stage in first["ms_by_stage"]}
    totals = {seed: sum(ms.values()) for seed, ms in by_seed.items()}
    ms = statistics.median(totals.values())
    per_article = ms / articles
    return {"articles": articles, "ms_by_stage": split, "ms": round(ms, 2),
            "ms_per_article": round(per_article, 2),
            "ms_per_article_by_hash_seed": {seed: round(total / articles, 2)
                                            for seed, total in totals.items()},
            "ratio_to_1s_model_call": round(per_article / MODEL_CALL_MS, 4),
            "meets_target": per_article / MODEL_CALL_MS < TARGET,
            **({"words": size} if size else {
                "meets_ms_per_seed_article": per_article <= TARGET_MS_PER_SEED_ARTICLE})}


def main() -> None:
    if STAGES_ONLY in sys.argv:
        print(json.dumps(timed_cases()))
        return
    runs = timed_by_hash_seed()
    report: dict[str, object] = {name: case_report(runs, name)
                                 for name in runs[HASH_SEEDS[0]]}
    [seed] = load_articles([ROOT / "seeds" / f"{SEED_IDS[0]}.txt"])
    report["model_client"] = model_client(
        seed, (ANSWERS / f"{SEED_IDS[0]}.json").read_text("utf-8"))
    print(json.dumps({**report, "hash_seeds": list(HASH_SEEDS), "target_ratio": TARGET,
                      "target_ms_per_seed_article": TARGET_MS_PER_SEED_ARTICLE,
                      "load_average_1m": load_average()}, indent=2))


if __name__ == "__main__":
    main()
