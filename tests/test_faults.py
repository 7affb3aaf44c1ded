"""Faults at scale: 500 articles with 20% injected faults, and a SIGKILL halfway.

Against the scripted server on 127.0.0.1, bounded in requests (every rule's
replies are finite or repeat a valid answer) and in time (small backoff, short
timeouts). Every article must end in exactly one record, summarized or with its
cause; transport faults are retried below the schema loop and never reach the
prompt; schema failures are re-asked within the bound.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarizer.backends import BackendConfig
from summarizer.backends.openai.backend import OpenAIBackend
from summarizer.batch import BatchOptions, run_batch
from summarizer.batch.cost import PriceTable
from tests.conftest import FAST
from tests.fakes.inbox import BATCH, VALID, article_id, read_records, when, write_inbox
from tests.fakes.server import Script, ScriptedServer

local_only = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

ARTICLES = 500
EVERY = 5
"""Every fifth article gets a fault: 20%."""
TIMEOUT = 2.0
"""A request and its retries get 3 timeouts; under a loaded machine's event-loop stalls
1 s left a retry no room."""
INVALID = {"extraction": {"stages": [{"releases": [
    {"released_by": "Russia", "count": "many", "evidence": {"text": "Russia released"}}]}]},
    "usage": {"prompt_tokens": 900, "completion_tokens": 30}}

# kind: (replies, expected outcome, model calls it costs)
KINDS: dict[str, tuple[list[dict[str, Any]], str, int]] = {
    "429 Retry-After": ([{"status": 429, "headers": {"Retry-After": "1"}}, VALID], "ok", 1),
    "500": ([{"status": 500}, VALID], "ok", 1),
    "502": ([{"status": 502}, VALID], "ok", 1),
    "503": ([{"status": 503}, VALID], "ok", 1),
    "read timeout": ([{"delay": TIMEOUT * 2.5}, VALID], "ok", 1),
    "connection reset": ([{"disconnect": True}, VALID], "ok", 1),
    "truncated JSON": ([{**VALID, "truncate": 150}, VALID], "ok", 2),
    "schema violation": ([INVALID, VALID], "ok", 2),
    "empty choices": ([{"empty_choices": True}], "UnusableAnswer", 1),
    "refusal": ([{"refusal": "I can't help with that."}], "UnusableAnswer", 1),
    "503 until retries run out": ([{"status": 503}], "TransportRetriesExhausted", 0),
    "schema violation every time": ([INVALID], "UnusableAnswer", 2),
}
ATTEMPTS = {"empty choices": 1, "refusal": 1, "503 until retries run out": 5,
            "schema violation every time": 2}
"""Requests a failed article made, as its message states them (max_transport_retries=4)."""
CAUSES = {"empty choices": "No choices", "refusal": "I can't help with that",
          "503 until retries run out": "HTTP 503",
          "schema violation every time": "did not fit the schema in 2 attempt(s)"}


def fault_plan() -> dict[int, str]:
    kinds = list(KINDS)
    return {n: kinds[(n // EVERY) % len(kinds)] for n in range(0, ARTICLES, EVERY)}


@pytest.fixture
def fault_server() -> Iterator[ScriptedServer]:
    rules = [{"when": when(n), "replies": KINDS[kind][0]} for n, kind in fault_plan().items()]
    rules.append({"replies": [VALID]})
    with ScriptedServer(Script.from_dict({"rules": rules}, base=BATCH)) as server:
        yield server


def ids_of(records: list[dict[str, Any]]) -> Counter[str]:
    return Counter(i for r in records for i in r["ids"])


@local_only
async def test_500_articles_with_20_percent_faults_lose_nothing(
    fault_server: ScriptedServer, tmp_path: Path
) -> None:
    inbox, out = tmp_path / "inbox.jsonl", tmp_path / "results.jsonl"
    ids = write_inbox(inbox, ARTICLES)
    backend = OpenAIBackend(BackendConfig(
        backend="openai", base_url=fault_server.base_url, api_key="test-key",
        model="scripted-fake", timeout=TIMEOUT, max_validation_retries=1,
        max_transport_retries=4), backoff=FAST)

    stats = await run_batch([inbox], out, backend, options=BatchOptions(
        concurrency=16, progress="off"), prices=PriceTable.load())

    records = read_records(out)
    assert ids_of(records) == Counter(ids), "every article exactly once"
    by_id = {i: r for r in records for i in r["ids"]}
    plan = fault_plan()
    table: dict[str, Counter[str]] = {}
    for number in range(ARTICLES):
        kind = plan.get(number, "no fault")
        _, expected, calls = KINDS.get(kind, ([VALID], "ok", 1))
        record = by_id[article_id(number)]
        outcome = record["status"] if record["status"] == "ok" else record["error_type"]
        assert outcome == expected, (kind, record.get("message"))
        assert record["usage"]["per_article"][article_id(number)]["calls"] == calls, kind
        if expected != "ok":
            assert record["stage"] == "extract"
            assert CAUSES[kind] in record["message"]
            assert record["attempts"] == ATTEMPTS[kind], kind
        table.setdefault(kind, Counter())["recovered" if expected == "ok" else "error"] += 1
    assert stats.failed == sum(c["error"] for c in table.values())
    assert stats.done + stats.failed == ARTICLES
    assert stats.calls == sum(r["usage"]["calls"] for r in records)

    prompts = [json.dumps(r["messages"]) for r in fault_server.requests]
    for text in prompts:
        assert "scripted fault" not in text and "Error code" not in text, "transport leaked"
    # A re-ask that outlives the 1 s deadline on a loaded machine is sent again, the same
    # request by the transport loop: distinct re-ask prompts are what the schema loop asked.
    reasks = {t for t in prompts if "Validation Error" in t or "validation error" in t.lower()}
    schema_kinds = sum(1 for k in plan.values() if k.startswith(("schema", "truncated")))
    assert len(reasks) == schema_kinds, "one re-ask per schema failure, within the bound"
    print(json.dumps({k: dict(v) for k, v in table.items()}, indent=1))


# --- kill -9 halfway, then resume ---------------------------------------------------------

KILL_ARTICLES = 120


def batch_cli(inbox: Path, out: Path, server: ScriptedServer, cache: Path,
              *extra: str) -> list[str]:
    return [sys.executable, "-c", "from summarizer.cli import main; main()", "batch",
            str(inbox), "--out", str(out), "--base-url", server.base_url, "--model",
            "scripted-fake", "--cache-dir", str(cache), "--concurrency", "4", *extra]


@local_only
def test_kill_9_halfway_then_resume_writes_every_id_exactly_once(tmp_path: Path) -> None:
    inbox, out = tmp_path / "inbox.jsonl", tmp_path / "results.jsonl"
    ids = write_inbox(inbox, KILL_ARTICLES)
    env = {**os.environ, "OPENAI_API_KEY": "test-key", "NO_COLOR": "1"}
    script = Script.from_dict({"latency": 0.05, "rules": [{"replies": [VALID]}]}, base=BATCH)
    with ScriptedServer(script) as server:
        first = subprocess.Popen(batch_cli(inbox, out, server, tmp_path / "cache"), env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and first.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= KILL_ARTICLES // 2:
                break
            time.sleep(0.02)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
        written = out.read_bytes()
        assert first.returncode == -signal.SIGKILL, "the batch finished before it was killed"
        halfway = written.count(b"\n")
        assert 0 < halfway < KILL_ARTICLES
        # However the kill fell, also leave the cut-off line of a record not yet written.
        pending = next(i for i in reversed(ids) if i.encode() not in written)
        with out.open("ab") as fh:
            fh.write(json.dumps({"ids": [pending], "status": "ok"}).encode()[:20])

        again = subprocess.run(batch_cli(inbox, out, server, tmp_path / "cache", "--resume"),
                               env=env, capture_output=True, text=True, timeout=90)

    assert again.returncode == 0, again.stderr
    records = read_records(out)
    assert ids_of(records) == Counter(ids)
    assert all(r["status"] == "ok" for r in records)
    assert "batch done" in again.stderr
