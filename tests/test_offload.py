"""The CPU stages of a batch run beside the event loop: requests go out while an article
is checked, and a stage that fails or kills its worker costs that article only."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import BrokenExecutor, Executor, ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest

from summarizer import pipeline
from summarizer.backends import BackendConfig, make_backend
from summarizer.backends.openai.backend import OpenAIBackend
from summarizer.batch import BatchOptions, run_batch
from summarizer.models import Article, ArticleExtraction, Finding
from summarizer.offload import Offload, WorkersUnavailable
from tests.conftest import FAST, ROOT
from tests.fakes.inbox import BATCH, read_records, write_inbox
from tests.fakes.server import Script, ScriptedServer

local_only = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
TWO_IN_FLIGHT = BatchOptions(concurrency=2, progress="off")
CHECK = pipeline.check


def threads() -> Offload:
    """A thread offload: it runs the stages the test replaces (a process would import the
    originals afresh)."""
    return Offload(ThreadPoolExecutor, 1)


def run(tmp_path: Path, server: ScriptedServer, offload: Offload) -> list[dict[str, object]]:
    backend = OpenAIBackend(BackendConfig(backend="openai", base_url=server.base_url,
                                          api_key="test-key", model="scripted-fake"),
                            backoff=FAST)
    out = tmp_path / "out.jsonl"
    asyncio.run(run_batch([tmp_path / "in.jsonl"], out, backend, options=TWO_IN_FLIGHT,
                          offload=offload))
    return read_records(out)


@local_only
def test_requests_go_out_while_a_slow_article_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first article's check holds its thread, as CPU work does, until the other
    three requests have reached the server (or 10 s pass): on the event loop it would
    hold back their sending and see only the two first requests."""
    ids = write_inbox(tmp_path / "in.jsonl", 4)
    seen: list[int] = []
    with ScriptedServer(Script.load(BATCH)) as server:

        def slow(article: Article, extraction: ArticleExtraction
                 ) -> tuple[ArticleExtraction, list[Finding]]:
            if article.id == ids[0]:
                deadline = time.monotonic() + 10
                while len(server.requests) < 4 and time.monotonic() < deadline:
                    time.sleep(0.01)
                seen.append(len(server.requests))
            return CHECK(article, extraction)

        monkeypatch.setattr(pipeline, "check", slow)
        with threads() as offload:
            records = run(tmp_path, server, offload)

    assert seen == [4]
    assert sorted((r["ids"], r["status"]) for r in records) == [([i], "ok") for i in ids]


@local_only
def test_a_check_that_fails_off_the_loop_is_that_articles_error_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = write_inbox(tmp_path / "in.jsonl", 3)

    def broken(article: Article, extraction: ArticleExtraction
               ) -> tuple[ArticleExtraction, list[Finding]]:
        if article.id == ids[1]:
            raise ZeroDivisionError("a checker bug")
        return CHECK(article, extraction)

    monkeypatch.setattr(pipeline, "check", broken)
    with ScriptedServer(Script.load(BATCH)) as server, threads() as offload:
        records = sorted(run(tmp_path, server, offload), key=lambda r: str(r["ids"]))

    assert [(r["ids"], r["status"], r.get("stage"), r.get("error_type")) for r in records] == [
        ([ids[0]], "ok", None, None), ([ids[1]], "error", "validate", "ZeroDivisionError"),
        ([ids[2]], "ok", None, None)]


@local_only
def test_the_default_batch_checks_in_worker_processes(tmp_path: Path) -> None:
    """Articles, extractions and findings cross to the workers and back intact: the
    records are those of a run on the event loop."""
    write_inbox(tmp_path / "in.jsonl", 3)
    with ScriptedServer(Script.load(BATCH)) as server:
        with Offload.processes(1) as offload:
            in_workers = run(tmp_path, server, offload)
        (tmp_path / "out.jsonl").unlink()
        on_loop = run(tmp_path, server, Offload.inline())

    def summaries(records: list[dict[str, object]]) -> list[object]:
        return [(r["ids"], r["status"], r["summary"]) for r in records]

    assert sorted(summaries(in_workers), key=str) == sorted(summaries(on_loop), key=str)


async def test_a_stage_that_kills_its_worker_fails_alone() -> None:
    """The other stages in the broken pool run again, each in a process of its own, and
    the pool is replaced for the stages to come."""
    with Offload.processes(2) as offload:
        outcomes = await asyncio.gather(
            offload.run(os._exit, 3), *(offload.run(time.sleep, 0.2) for _ in range(3)),
            return_exceptions=True)
        after = await offload.run(pow, 2, 10)

    assert isinstance(outcomes[0], BrokenExecutor)
    assert (outcomes[1:], after) == ([None, None, None], 1024)


def dying_workers(workers: int) -> Executor:
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=os._exit, initargs=(1,))


def test_workers_that_cannot_start_end_the_run_with_what_to_do(tmp_path: Path) -> None:
    """As when a script runs a batch without the `__main__` guard: every article would
    fail the same way, so the run stops and says how to fix it."""
    write_inbox(tmp_path / "in.jsonl", 2)
    rules = make_backend(BackendConfig(backend="rules"))

    with Offload(dying_workers, 1) as offload, pytest.raises(WorkersUnavailable,
                                                             match="--workers 0"):
        asyncio.run(run_batch([tmp_path / "in.jsonl"], tmp_path / "out.jsonl", rules,
                              options=TWO_IN_FLIGHT, offload=offload))


KILLED_PARENT = """
import asyncio, os
from summarizer.offload import Offload

async def main() -> None:
    offload = Offload.processes(1)
    print(await offload.run(os.getpid), flush=True)
    os.kill(os.getpid(), 9)

if __name__ == "__main__":
    asyncio.run(main())
"""


def test_a_worker_leaves_when_its_parent_is_killed(tmp_path: Path) -> None:
    """A batch killed with -9 leaves no worker behind (one would keep running for ever,
    waiting for work)."""
    script = tmp_path / "parent.py"
    script.write_text(KILLED_PARENT, encoding="utf-8")
    parent = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    worker = int(parent.stdout)
    deadline = time.monotonic() + 10
    while running(worker) and time.monotonic() < deadline:
        time.sleep(0.05)

    assert parent.returncode == -signal.SIGKILL
    assert not running(worker)


def running(pid: int) -> bool:
    """Neither gone nor a zombie waiting to be reaped."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"
