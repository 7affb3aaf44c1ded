"""Model calls and prompt size per article on the seeds, cache cold and warm, as JSON.

    python benchmarks/calls.py

Runs the seeds through `run_batch` against the scripted server (which answers
with the seed extractions, valid on the first try) twice with one cache
directory. Targets: 1 call per article cold, 0 warm. Prompt overhead is
everything sent except the article text: the system prompt, the template and
the JSON schema of the tool.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from pathlib import Path

from _scripted import ROOT

from summarizer.articles import load_articles
from summarizer.backends import BackendConfig
from summarizer.backends.openai.backend import OpenAIBackend
from summarizer.batch import BatchOptions, run_batch
from summarizer.batch.cache import AnswerCache
from tests.fakes.server import Script, ScriptedServer

SEEDS = ROOT / "seeds"
ANSWERS = ROOT / "tests" / "fakes" / "responses" / "seeds"


def main() -> None:
    paths = sorted(SEEDS.glob("*.txt"))
    articles = load_articles(paths)
    article_chars = sum(len(a.text) for a in articles)
    answer_chars = sum(len(json.dumps(json.loads((ANSWERS / f"{a.id}.json").read_text()),
                                      ensure_ascii=False)) for a in articles)
    report: dict[str, object] = {"articles": len(articles)}
    with tempfile.TemporaryDirectory() as tmp, ScriptedServer(Script.load(ANSWERS)) as server:
        cache = AnswerCache(Path(tmp) / "cache")
        backend = OpenAIBackend(BackendConfig(backend="openai", base_url=server.base_url,
                                              api_key="bench", model="scripted-fake"))
        for run in ("cold", "warm"):
            before = len(server.requests)
            stats = asyncio.run(run_batch(paths, Path(tmp) / f"{run}.jsonl", backend,
                                          options=BatchOptions(progress="off"), cache=cache))
            sent = server.requests[before:]
            messages = sum(len(m["content"]) for r in sent for m in r["messages"])
            bodies = sum(len(json.dumps(r, ensure_ascii=False)) for r in sent)
            calls = len(sent)
            report[run] = {
                "calls": calls, "calls_per_article": calls / len(articles),
                "prompt_tokens": stats.prompt_tokens,
                "completion_tokens": stats.completion_tokens,
                "message_chars_per_article": messages / len(articles),
                "request_body_chars_per_article": bodies / len(articles),
                "completion_chars_per_article": answer_chars / len(articles) if calls else 0,
                "prompt_overhead_chars_per_article": (bodies - article_chars) / len(articles)
                if calls else 0,
                "prompt_overhead_share": round(1 - article_chars / bodies, 3) if calls else 0,
            }
    cold, warm = report["cold"], report["warm"]
    assert isinstance(cold, dict) and isinstance(warm, dict)
    report["meets_target"] = cold["calls_per_article"] == 1 and warm["calls"] == 0
    report["article_chars_per_article"] = article_chars / len(articles)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
