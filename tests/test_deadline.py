"""`--timeout` bounds a whole model request, not each read: a server that trickles its
answer a byte at a time ends in an error record within a few timeouts, retries included."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest

from summarizer.backends import BackendConfig
from summarizer.backends.openai.backend import OpenAIBackend
from summarizer.batch import BatchOptions, run_batch
from tests.conftest import FAST
from tests.fakes.inbox import BATCH, read_records, write_inbox
from tests.fakes.server import Script, ScriptedServer

TIMEOUT = 3.0
"""`--timeout 3`, as the failure was reported."""
START_UP = 1.5
"""Seconds a run may take besides its requests (the worker pool, the results file) on a
loaded machine: what is bounded is the request, all attempts within 3 times the timeout."""
TRICKLE = {"extraction": "short.json", "trickle": 0.01}
"""About 2,900 bytes at 10 ms each: every read gets a byte long before the timeout, and
the whole answer takes about ten timeouts."""


def trickled(tmp_path: Path, **settings: Any) -> tuple[dict[str, Any], int, float]:
    """One article against the trickling server: its record, the requests it took and the
    seconds the run took."""
    inbox = tmp_path / "in.jsonl"
    write_inbox(inbox, 1)
    out = tmp_path / "out.jsonl"
    with ScriptedServer(Script.from_dict({"rules": [{"replies": [TRICKLE]}]},
                                         base=BATCH)) as server:
        backend = OpenAIBackend(BackendConfig(
            backend="openai", base_url=server.base_url, api_key="test-key",
            model="scripted-fake", timeout=TIMEOUT, **settings), backoff=FAST)
        started = time.monotonic()
        asyncio.run(run_batch([inbox], out, backend, options=BatchOptions(progress="off")))
        elapsed = time.monotonic() - started
        requests = len(server.requests)
    [record] = read_records(out)
    return record, requests, elapsed


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_a_trickling_answer_ends_in_a_timeout_record_within_the_deadline(
    tmp_path: Path,
) -> None:
    record, requests, elapsed = trickled(tmp_path, max_transport_retries=0)
    assert requests == 1
    assert (record["status"], record["error_type"]) == ("error", "TransportRetriesExhausted")
    assert "the request timed out (over 3s in all); gave up after 1 attempt(s)" in (
        record["message"])
    assert elapsed < 3 * TIMEOUT


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_retries_of_a_trickling_answer_end_within_three_timeouts(tmp_path: Path) -> None:
    """Five attempts (the default retries) of 3 s each would hold the article 15 s."""
    assert BackendConfig().max_transport_retries == 4
    record, requests, elapsed = trickled(tmp_path)
    assert requests == 3
    assert (record["status"], record["error_type"], record["attempts"]) == (
        "error", "TransportRetriesExhausted", 3)
    assert ("the request timed out (over 3s in all); gave up after 3 attempt(s) (all attempts "
            "of a request end within 9s, 3 times --timeout)") in record["message"]
    assert elapsed < 3 * TIMEOUT + START_UP
