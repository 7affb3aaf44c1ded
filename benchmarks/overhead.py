"""What the pipeline costs besides the model call, as JSON.

    python benchmarks/overhead.py

Times ingest, date resolution, grounding and validation, merge, and rendering
(JSON and Markdown) with the model's answers given (the scripted seed
extractions), for the seed pair and for one 10,000-word article. Reported in
milliseconds and as a share of a 1 s model call per article (target: < 2%).
The model client's own CPU per call (instructor and the SDK) is not included:
it is part of the call.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _scripted import ROOT

from summarizer.articles import load_articles
from summarizer.merge import merge
from summarizer.models import ArticleExtraction, ArticleResult
from summarizer.pipeline import check
from summarizer.render import render

ROUNDS = 5
MODEL_CALL_MS = 1000.0
TARGET = 0.02
SEED_IDS = ["000_9391f326c2eaa901", "001_23b64bebdaa24c53"]
ANSWERS = ROOT / "tests" / "fakes" / "responses" / "seeds"


def best_ms(run: Callable[[], object]) -> float:
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def pipeline(paths: list[Path], answers: list[ArticleExtraction]) -> Callable[[], object]:
    def run() -> object:
        articles = load_articles(paths)
        results = []
        for article, answer in zip(articles, answers, strict=True):
            extraction, findings = check(article, answer)
            results.append(ArticleResult(article_id=article.id, source=article.source,
                                         published=article.published, backend="bench",
                                         extraction=extraction, findings=findings))
        summary = merge(results)
        return render(summary, "json"), render(summary, "md")
    return run


def main() -> None:
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
            "seed_pair": (pipeline(seeds, [answers[i] for i in SEED_IDS]), 2, None),
            "article_10000_words": (pipeline([long], [answers[SEED_IDS[0]]]), 1, words),
        }
        report: dict[str, object] = {}
        for name, (run, articles, size) in cases.items():
            run()  # warm: lazy imports and caches
            ms = best_ms(run)
            ratio = ms / (articles * MODEL_CALL_MS)
            report[name] = {"articles": articles, "ms": round(ms, 2),
                            "ms_per_article": round(ms / articles, 2),
                            "ratio_to_1s_model_call": round(ratio, 4),
                            "meets_target": ratio < TARGET,
                            **({"words": size} if size else {})}
    print(json.dumps({**report, "target_ratio": TARGET}, indent=2))


if __name__ == "__main__":
    main()
