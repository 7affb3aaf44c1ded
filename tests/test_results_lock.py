"""One writer per results file: a second run on the same --out fails at once, and
`--retry-errors` never swaps a file under a run that is still appending to it. One asker
per cached answer: runs sharing the cache pay for an answer once."""

from __future__ import annotations

import asyncio
import json
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.backends import BackendConfig
from summarizer.backends.openai.backend import OpenAIBackend
from summarizer.batch import BatchOptions, run_batch
from summarizer.batch.cache import AnswerCache
from summarizer.batch.output import ResultsWriter
from summarizer.cli import app
from tests.conftest import FAST
from tests.fakes.inbox import BATCH, VALID, read_records, write_inbox
from tests.fakes.server import Script, ScriptedServer


def run_batch_cli(inbox: Path, out: Path, *flags: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["batch", str(inbox), "--out", str(out), "--backend",
                                      "rules", "--no-cache", *flags])
    return result.exit_code, " ".join(result.stderr.split())


def test_a_second_resume_on_a_results_file_in_use_fails_at_once(tmp_path: Path) -> None:
    inbox = tmp_path / "in.jsonl"
    write_inbox(inbox, 3)
    out = tmp_path / "out.jsonl"
    with ResultsWriter(out, resume=True):
        code, stderr = run_batch_cli(inbox, out, "--resume")
        assert code == 1
        assert (f"error: {out}: another batch run (pid {os.getpid()}) is writing these "
                "results") in stderr
        assert "another --out" in stderr
        assert out.read_bytes() == b""  # the second run wrote nothing
    code, _ = run_batch_cli(inbox, out, "--resume")  # released once the first run ends
    assert code == 0
    assert [r["ids"] for r in read_records(out)] == [["art-00000"], ["art-00001"],
                                                      ["art-00002"]]


def test_retry_errors_never_loses_the_records_of_a_run_still_appending(tmp_path: Path) -> None:
    inbox = tmp_path / "in.jsonl"
    write_inbox(inbox, 2)
    out = tmp_path / "out.jsonl"
    failed = {"ids": ["art-00000"], "where": [f"{inbox}:1"], "status": "error"}
    out.write_text(json.dumps(failed) + "\n")
    late = {"ids": ["art-00001"], "where": [f"{inbox}:2"], "status": "ok"}
    with ResultsWriter(out, resume=True) as running:
        code, stderr = run_batch_cli(inbox, out, "--retry-errors")
        running.write(late)
    assert code == 1
    assert "another batch run" in stderr
    assert read_records(out) == [failed, late]

    code, _ = run_batch_cli(inbox, out, "--retry-errors")
    assert code == 0
    assert [(r["ids"], r["status"]) for r in read_records(out)] == [
        (["art-00001"], "ok"), (["art-00000"], "ok")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl",
                                                          "out.jsonl.lock"]



@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_two_runs_sharing_the_cache_pay_for_an_answer_once(tmp_path: Path) -> None:
    """Two batch runs (other --out, one cache) on the same article: the second waits for the
    answer the first is asking for and reads it from the cache."""
    inbox = tmp_path / "in.jsonl"
    write_inbox(inbox, 1)
    slow = {"rules": [{"replies": [{**VALID, "delay": 1.0}]}]}
    with ScriptedServer(Script.from_dict(slow, base=BATCH)) as server:
        def run(name: str) -> AnswerCache:
            cache = AnswerCache(tmp_path / "cache")  # one instance per run, as two processes
            backend = OpenAIBackend(BackendConfig(
                backend="openai", base_url=server.base_url, api_key="test-key",
                model="scripted-fake"), backoff=FAST)
            asyncio.run(run_batch([inbox], tmp_path / name, backend,
                                  options=BatchOptions(progress="off"), cache=cache))
            return cache

        with ThreadPoolExecutor(2) as pool:
            caches = list(pool.map(run, ["a.jsonl", "b.jsonl"]))
        assert len(server.requests) == 1
    assert sorted((c.hits, c.misses) for c in caches) == [(0, 1), (1, 0)]
    for name in ("a.jsonl", "b.jsonl"):
        [record] = read_records(tmp_path / name)
        assert (record["ids"], record["status"]) == (["art-00000"], "ok")
    assert [p.suffix for p in (tmp_path / "cache").rglob("*") if p.is_file()] == [".json"]
