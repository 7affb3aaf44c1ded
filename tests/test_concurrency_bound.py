"""`--concurrency` is a rate limit on the model server: never more requests at the server
at once, retries included, and a request that waits for its turn is not timed out for
the wait (its deadline bounds the request, not the queue)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from summarizer.backends import BackendConfig
from summarizer.backends.openai.backend import OpenAIBackend
from summarizer.batch import BatchOptions, run_batch
from summarizer.offload import Offload
from tests.conftest import FAST
from tests.fakes.inbox import BATCH, VALID, read_records, when, write_inbox
from tests.fakes.server import Script, ScriptedServer

local_only = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def batch(tmp_path: Path, script: dict[str, Any], articles: int, concurrency: int,
          **settings: Any) -> tuple[list[dict[str, Any]], ScriptedServer]:
    """`articles` articles against the scripted server, checks on the loop."""
    write_inbox(tmp_path / "in.jsonl", articles)
    out = tmp_path / "out.jsonl"
    with ScriptedServer(Script.from_dict(script, base=BATCH)) as server:
        backend = OpenAIBackend(BackendConfig(
            backend="openai", base_url=server.base_url, api_key="test-key",
            model="scripted-fake", **settings), backoff=FAST)
        with Offload.inline() as offload:
            asyncio.run(run_batch([tmp_path / "in.jsonl"], out, backend, offload=offload,
                                  options=BatchOptions(concurrency=concurrency,
                                                       progress="off")))
    return read_records(out), server


@local_only
def test_the_server_never_holds_more_requests_than_the_concurrency(tmp_path: Path) -> None:
    """12 articles at 3 in flight, one of them retried after a 503: the server holds 3 at
    once, never 4."""
    script = {"latency": 0.2, "rules": [{"when": when(5), "replies": [{"status": 503}, VALID]},
                                        {"replies": [VALID]}]}
    records, server = batch(tmp_path, script, 12, 3)
    assert [r["status"] for r in records] == ["ok"] * 12
    assert len(server.requests) == 13
    assert server.most_at_once == 3


@local_only
def test_a_request_waiting_for_its_turn_is_not_timed_out(tmp_path: Path) -> None:
    """One in flight, answers after 1.2 s, --timeout 2: the third request waits 2.4 s for
    its turn, longer than the timeout, and is still answered on its first attempt."""
    records, server = batch(tmp_path, {"latency": 1.2, "rules": [{"replies": [VALID]}]}, 3, 1,
                            timeout=2.0, max_transport_retries=0)
    assert [r["status"] for r in records] == ["ok"] * 3
    assert len(server.requests) == 3
    assert server.most_at_once == 1
