"""Spend survives a kill: each completion's usage is appended to `<out>.spend` as it
arrives, and the final line of a later run counts what the killed run paid for."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.fakes.inbox import BATCH, VALID, read_records, write_inbox
from tests.fakes.server import Script, ScriptedServer

INVALID = {"extraction": {"stages": [{"releases": [
    {"released_by": "Russia", "count": "many", "evidence": {"text": "Russia released"}}]}]},
    "usage": {"prompt_tokens": 900, "completion_tokens": 30}}
"""Paid for, then re-asked: the re-ask hangs, and the run is killed before any record."""


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_the_spend_of_a_run_killed_mid_article_is_in_the_next_runs_total(
    tmp_path: Path,
) -> None:
    inbox, out = tmp_path / "in.jsonl", tmp_path / "results.jsonl"
    write_inbox(inbox, 1)
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({"models": {"scripted-fake": {"input": 1.0, "output": 2.0}}}))
    env = {**os.environ, "OPENAI_API_KEY": "test-key", "NO_COLOR": "1"}
    hang = {"rules": [{"replies": [INVALID, {**VALID, "delay": 10}]}]}
    with ScriptedServer(Script.from_dict(hang, base=BATCH)) as server:
        command = [sys.executable, "-m", "summarizer", "batch", str(inbox), "--out", str(out),
                   "--base-url", server.base_url, "--model", "scripted-fake", "--no-cache",
                   "--prices", str(prices)]
        killed = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while len(server.requests) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        killed.send_signal(signal.SIGKILL)
        killed.wait(timeout=10)
        assert len(server.requests) == 2, "the re-ask was sent before the kill"
        assert out.read_bytes() == b"", "the killed run wrote no record"
        assert [json.loads(line) for line in (tmp_path / "results.jsonl.spend").read_text(
            "utf-8").splitlines()] == [{"id": "art-00000", "model": "scripted-fake", "calls": 1,
                                        "prompt_tokens": 900, "completion_tokens": 30}]

        server.use(Script.from_dict({"rules": [{"replies": [VALID]}]}, base=BATCH))
        again = subprocess.run([*command, "--resume"], cwd=ROOT, env=env, capture_output=True,
                               text=True, timeout=120, check=False)
    assert again.returncode == 0, again.stderr
    assert [r["status"] for r in read_records(out)] == ["ok"]
    said = " ".join(again.stderr.split())
    assert ("1 model calls, 900 prompt + 120 completion tokens, estimated ~$0.0011 for model "
            "scripted-fake. Spent on results.jsonl in all runs (results.jsonl.spend): 2 model "
            "calls, 1,800 prompt + 150 completion tokens, estimated ~$0.0021") in said


def _ledger(path: Path) -> list[tuple[str, int, int, int]]:
    """The ledger's lines as (id, calls, prompt, completion), in order of id: articles
    run side by side, so their lines interleave."""
    lines = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert {line["model"] for line in lines} == {"scripted-fake"}
    return sorted((line["id"], line["calls"], line["prompt_tokens"],
                   line["completion_tokens"]) for line in lines)


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_the_spend_of_records_that_retry_errors_replaces_stays_in_the_ledger_and_total(
    tmp_path: Path,
) -> None:
    """An article that fails after two paid answers, then succeeds under --retry-errors:
    its error record is replaced, but the two completions it cost stay in the ledger,
    and the final line's total over all runs counts them."""
    inbox, out = tmp_path / "in.jsonl", tmp_path / "results.jsonl"
    write_inbox(inbox, 2)
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({"models": {"scripted-fake": {"input": 1.0, "output": 2.0}}}))
    env = {**os.environ, "OPENAI_API_KEY": "test-key", "NO_COLOR": "1"}
    failing = {"rules": [{"when": "Source: wire-00000\n", "replies": [INVALID]},
                         {"replies": [VALID]}]}
    ledger = tmp_path / "results.jsonl.spend"
    with ScriptedServer(Script.from_dict(failing, base=BATCH)) as server:
        command = [sys.executable, "-m", "summarizer", "batch", str(inbox), "--out", str(out),
                   "--base-url", server.base_url, "--model", "scripted-fake", "--no-cache",
                   "--prices", str(prices)]
        first = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                               timeout=120, check=False)
        assert first.returncode == 0, first.stderr
        assert sorted((r["ids"], r["status"], r["usage"]["calls"])
                      for r in read_records(out)) == [(["art-00000"], "error", 2),
                                                      (["art-00001"], "ok", 1)]
        paid_before = [("art-00000", 1, 900, 30), ("art-00000", 1, 900, 30),
                       ("art-00001", 1, 900, 120)]
        assert _ledger(ledger) == paid_before

        server.use(Script.from_dict({"rules": [{"replies": [VALID]}]}, base=BATCH))
        again = subprocess.run([*command, "--retry-errors"], cwd=ROOT, env=env,
                               capture_output=True, text=True, timeout=120, check=False)
    assert again.returncode == 0, again.stderr
    assert sorted((r["ids"], r["status"], r["usage"]["calls"])
                  for r in read_records(out)) == [(["art-00000"], "ok", 1),
                                                  (["art-00001"], "ok", 1)]
    assert _ledger(ledger) == sorted([*paid_before, ("art-00000", 1, 900, 120)])
    said = " ".join(again.stderr.split())
    assert ("1 model calls, 900 prompt + 120 completion tokens, estimated ~$0.0011 for model "
            "scripted-fake. Spent on results.jsonl in all runs (results.jsonl.spend): 4 model "
            "calls, 3,600 prompt + 300 completion tokens, estimated ~$0.0042") in said
