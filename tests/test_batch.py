"""`summarizer batch`: grouping, the answer cache, cost, resume, and the OpenAI Batch API."""

from __future__ import annotations

import asyncio
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer import BackendError, load_articles, summarize
from summarizer.backends import Attempt, Backend, BackendConfig, make_backend
from summarizer.backends.openai.backend import OpenAIBackend
from summarizer.backends.openai.batch_api import ResultsBackend, write_requests
from summarizer.backends.openai.transport import UnusableAnswer
from summarizer.batch import BatchOptions, run_batch
from summarizer.batch.cache import AnswerCache
from summarizer.batch.cost import PriceTable
from summarizer.batch.output import recover
from summarizer.batch.progress import Reporter, Stats
from summarizer.cli import app
from summarizer.errors import InputError
from summarizer.models import Article
from summarizer.pipeline import ArticleFailure, try_article
from summarizer.summary import Usage
from tests.conftest import FAST, RESPONSES, ROOT, SEEDS
from tests.fakes.inbox import BATCH, VALID, read_records, record, write_inbox
from tests.fakes.server import Script, ScriptedServer, completion

local_only = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
SEED_IDS = ["000_9391f326c2eaa901", "001_23b64bebdaa24c53"]
QUIET = BatchOptions(progress="off")


@pytest.fixture
def seeds_server() -> Iterator[ScriptedServer]:
    with ScriptedServer(Script.load(RESPONSES / "seeds")) as server:
        yield server


def backend_for(server: ScriptedServer, **settings: Any) -> OpenAIBackend:
    return OpenAIBackend(BackendConfig(backend="openai", base_url=server.base_url,
                                       api_key="test-key", model="scripted-fake", **settings),
                         backoff=FAST)


def seeds_jsonl(path: Path, group: str | None = "swap") -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for article in load_articles([SEEDS / f"{i}.txt" for i in SEED_IDS]):
            line = article.model_dump(mode="json")
            fh.write(json.dumps({**line, "group": group} if group else line) + "\n")
    return path


def prices(tmp_path: Path) -> PriceTable:
    table = tmp_path / "prices.json"
    table.write_text(json.dumps({"models": {"scripted-fake": {"input": 1.0, "output": 2.0}}}))
    return PriceTable.load(table)


def rules() -> Backend:
    return make_backend(BackendConfig(backend="rules"))


def batch(inputs: list[Path], out: Path, backend: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("options", QUIET)
    return asyncio.run(run_batch(inputs, out, backend, **kwargs))


# --- grouping, usage and cost -------------------------------------------------------------


@local_only
def test_a_group_becomes_one_merged_summary_with_its_usage_and_cost(
    seeds_server: ScriptedServer, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    stats = batch([seeds_jsonl(tmp_path / "in.jsonl")], out, backend_for(seeds_server),
                  prices=prices(tmp_path))

    [rec] = read_records(out)
    assert rec["status"] == "ok" and rec["ids"] == SEED_IDS and rec["group"] == "swap"
    facts = {f["path"]: f for f in rec["summary"]["facts"]}
    saturday = facts["exchange.stages[2025-05-24].released[Russia].count"]
    assert (saturday["value"], saturday["status"]) == (307, "corroborated")
    usage = rec["usage"]
    assert (usage["calls"], usage["prompt_tokens"], usage["completion_tokens"]) == (
        2, 2215 + 2427, 1130 + 1502)
    assert usage["per_article"][SEED_IDS[0]]["per_attempt"] == [
        {"calls": 1, "prompt_tokens": 2215, "completion_tokens": 1130}]
    assert usage["cost_usd"] == pytest.approx((4642 * 1.0 + 2632 * 2.0) / 1e6)
    assert stats.cost_usd == pytest.approx(usage["cost_usd"])


@local_only
def test_ungrouped_articles_are_summarized_alone(seeds_server: ScriptedServer,
                                                 tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    batch([seeds_jsonl(tmp_path / "in.jsonl", group=None)], out, backend_for(seeds_server))
    assert sorted(r["ids"] for r in read_records(out)) == [[i] for i in SEED_IDS]


def test_an_unknown_model_has_no_cost_and_says_how_to_add_one() -> None:
    estimate = PriceTable.load().estimate(Usage(calls=1, prompt_tokens=10), "my-local-model")
    assert estimate.usd is None and estimate.note is not None and "--prices" in estimate.note
    dated = PriceTable.load().estimate(Usage(calls=1, prompt_tokens=1_000_000),
                                       "gpt-4o-mini-2024-07-18")
    assert dated.usd == pytest.approx(0.15)


# --- the cache ----------------------------------------------------------------------------


@local_only
def test_a_second_identical_run_makes_zero_calls_and_still_validates(
    seeds_server: ScriptedServer, tmp_path: Path
) -> None:
    inbox = seeds_jsonl(tmp_path / "in.jsonl")
    cache = AnswerCache(tmp_path / "cache")
    batch([inbox], tmp_path / "first.jsonl", backend_for(seeds_server), cache=cache)
    calls = len(seeds_server.requests)

    stats = batch([inbox], tmp_path / "second.jsonl", backend_for(seeds_server), cache=cache)

    assert calls == 2 and len(seeds_server.requests) == calls
    assert stats.calls == 0 and cache.hits == 2
    [first], [second] = read_records(tmp_path / "first.jsonl"), read_records(
        tmp_path / "second.jsonl")
    assert second["usage"]["calls"] == 0
    assert second["summary"]["facts"] == first["summary"]["facts"]
    offsets = second["summary"]["articles"][0]["extraction"]["statements"][0]["evidence"]
    assert offsets["start"] is not None, "grounding ran on the cached answer"

    batch([inbox], tmp_path / "third.jsonl", backend_for(seeds_server), cache=None)
    assert len(seeds_server.requests) == calls + 2, "no cache, new calls"


def test_the_cache_key_covers_model_prompt_article_feedback_and_options() -> None:
    cache = AnswerCache(Path("unused"))
    article = Article(id="a", source="s", text="Russia released 42 prisoners.")
    backend = OpenAIBackend(BackendConfig(backend="openai", api_key="k", model="m"))
    key = cache.key(backend, article, [], {"mode": "tools"})
    assert key == cache.key(backend, article.model_copy(update={"id": "b"}), [],
                            {"mode": "tools"}), "content-addressed: the id is not content"
    other = OpenAIBackend(BackendConfig(backend="openai", api_key="k", model="m2"))
    assert len({key,
                cache.key(other, article, [], {"mode": "tools"}),
                cache.key(backend, article.model_copy(update={"text": "x"}), [],
                          {"mode": "tools"}),
                cache.key(backend, article, ["fix the count"], {"mode": "tools"}),
                cache.key(backend, article, [], {"mode": "json"})}) == 5


EMPTY = {"agreement": None, "stages": [], "cumulative": [], "attacks": [], "statements": []}
"""An answer both the full and the compact schema accept."""


@local_only
def test_a_full_and_a_compact_backend_never_share_a_cached_answer(tmp_path: Path) -> None:
    """The compact schema asks another question, so its answer is another answer: a full
    backend must not be served what a compact one was told, nor the other way round."""
    inbox = tmp_path / "in.jsonl"
    write_inbox(inbox, 1)
    cache = AnswerCache(tmp_path / "cache")
    script = Script.from_dict({"rules": [{"replies": [{"extraction": EMPTY}]}]})
    with ScriptedServer(script) as server:
        batch([inbox], tmp_path / "full.jsonl", backend_for(server), cache=cache)
        batch([inbox], tmp_path / "compact.jsonl", backend_for(server, schema="compact"),
              cache=cache)
        batch([inbox], tmp_path / "again.jsonl", backend_for(server, schema="compact"),
              cache=cache)
        requests = list(server.requests)

    assert len(requests) == 2, "one call per schema; the repeated compact run is a hit"
    assert requests[0]["tools"] != requests[1]["tools"], "each asked in its own schema"
    assert (cache.hits, [r["status"] for f in ("full", "compact", "again")
                         for r in read_records(tmp_path / f"{f}.jsonl")]) == (
        1, ["ok", "ok", "ok"])


# --- output, resume -----------------------------------------------------------------------


def test_an_existing_results_file_is_not_overwritten_without_resume(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"ids": ["a"], "status": "ok"}\n')
    with pytest.raises(InputError, match="pass --resume"):
        batch([seeds_jsonl(tmp_path / "in.jsonl")], out, rules())


def test_resume_cuts_a_partial_last_line_and_refuses_an_edited_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"ids": ["a"], "where": ["in:1"]}\n{"ids": ["b"], "sta')
    assert recover(out) == {"a", "in:1"}
    assert out.read_text() == '{"ids": ["a"], "where": ["in:1"]}\n'
    out.write_text('{"ids": ["a"]}\nnot json\n{"ids": ["b"]}\n')
    with pytest.raises(InputError, match=r"out.jsonl:2: .*the file was edited"):
        recover(out)


def test_resume_skips_what_is_done(tmp_path: Path) -> None:
    inbox = tmp_path / "in.jsonl"
    write_inbox(inbox, 3)
    out = tmp_path / "out.jsonl"
    out.write_text('{"ids": ["art-00001"], "where": ["x"], "status": "ok"}\n')
    batch([inbox], out, rules(), options=BatchOptions(resume=True, progress="off"))
    assert [r["ids"] for r in read_records(out)] == [["art-00001"], ["art-00000"],
                                                      ["art-00002"]]


class FailingFor:
    """The rules backend, except that the articles named in `failing` fail."""

    def __init__(self, failing: set[str]) -> None:
        self.inner = rules()
        self.failing = failing
        self.name, self.model, self.prompt_version = "rules", None, "rules.v1"

    async def extract(self, article: Article, feedback: Sequence[str] = ()) -> Attempt:
        if article.id in self.failing:
            raise BackendError(f"model server unreachable for {article.id}")
        return await self.inner.extract(article, feedback)


def test_retry_errors_redoes_only_the_failures_and_replaces_their_records(
    tmp_path: Path,
) -> None:
    inbox = tmp_path / "in.jsonl"
    write_inbox(inbox, 3)
    out = tmp_path / "out.jsonl"
    backend = FailingFor({"art-00001"})
    batch([inbox], out, backend)
    first = sorted(read_records(out), key=str)  # records come in the order units finish
    assert [(r["ids"], r["status"]) for r in first] == [
        (["art-00000"], "ok"), (["art-00001"], "error"), (["art-00002"], "ok")]

    backend.failing.clear()
    batch([inbox], out, backend, options=BatchOptions(retry_errors=True, progress="off"))

    records = read_records(out)
    assert [(r["ids"], r["status"]) for r in records[2:]] == [(["art-00001"], "ok")]
    # the good records are kept byte for byte
    assert sorted(records[:2], key=str) == [first[0], first[2]]
    assert not (tmp_path / ".out.jsonl.tmp").exists()


def test_retry_errors_on_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"ids": ["000_9391f326c2eaa901"], "where": ["x"], "status": "error"}\n'
                   '{"ids": ["001_23b64bebdaa24c53"], "where": ["y"], "status": "ok"}\n')
    result = CliRunner().invoke(app, ["batch", str(SEEDS), "--out", str(out), "--backend",
                                      "rules", "--no-cache", "--retry-errors"])
    assert result.exit_code == 0, result.output
    assert [(r["ids"], r["status"]) for r in read_records(out)] == [
        (["001_23b64bebdaa24c53"], "ok"), (["000_9391f326c2eaa901"], "ok")]
    assert f"1 records in {out} (1 failed record(s) retried)," in " ".join(result.stderr.split())


def test_markdown_records_and_plain_progress_lines(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    inbox = tmp_path / "in.jsonl"
    write_inbox(inbox, 2)
    monkeypatch.setattr("summarizer.batch.progress.PLAIN_EVERY", 0.0)
    log = io.StringIO()
    batch([inbox], tmp_path / "out.jsonl", rules(),
          options=BatchOptions(fmt="md", progress="plain"), stream=log)
    records = read_records(tmp_path / "out.jsonl")
    assert all(isinstance(r["summary"], str) and r["format"] == "md" for r in records)
    lines = log.getvalue().splitlines()
    assert lines[0].startswith("batch: ") and "articles/s" in lines[0]
    assert lines[-1].startswith("batch done") and "2 articles summarized, 0 failed" in lines[-1]


def test_the_bar_is_used_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    reporter = Reporter(Stats(total=3), "auto", Tty())
    reporter.update()
    reporter.close("done")
    assert reporter.mode == "bar"


def test_the_batch_command_runs_offline(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(SEEDS), "--out", str(out), "--backend",
                                      "rules", "--cache-dir", str(tmp_path / "c")])
    assert result.exit_code == 0, result.output
    assert sorted(i for r in read_records(out) for i in r["ids"]) == SEED_IDS


# --- the library: one failure is data in a batch, an exception in `summarize` -------------

INVALID = {"text": '{"stages": [', "usage": {"prompt_tokens": 100, "completion_tokens": 5}}


@local_only
async def test_a_failed_article_is_a_failure_with_its_usage(tmp_path: Path) -> None:
    script = Script.from_dict({"rules": [{"replies": [INVALID]}]}, base=BATCH)
    with ScriptedServer(script) as server:
        article = Article(id="a", source="s", text="Russia released 42 prisoners.")
        outcome = await try_article(article, backend_for(server, max_validation_retries=1))
        assert isinstance(outcome, ArticleFailure)
        assert (outcome.stage, outcome.error_type, outcome.attempts) == (
            "extract", "UnusableAnswer", 2)
        assert outcome.usage == Usage(calls=2, prompt_tokens=200, completion_tokens=10)
        with pytest.raises(UnusableAnswer):
            await asyncio.to_thread(summarize, [article], backend=backend_for(server))


# --- the OpenAI Batch API -----------------------------------------------------------------


def _canonical(body: object) -> str:
    return json.dumps(body, sort_keys=True)


@local_only
def test_batch_api_requests_are_the_live_request_bodies(
    seeds_server: ScriptedServer, tmp_path: Path
) -> None:
    inbox = seeds_jsonl(tmp_path / "in.jsonl")
    config = BackendConfig(backend="openai", base_url=seeds_server.base_url,
                           api_key="test-key", model="scripted-fake")
    batch([inbox], tmp_path / "live.jsonl", backend_for(seeds_server))

    written, rejected = write_requests([inbox], config, tmp_path / "requests.jsonl",
                                       group_by="group", max_bytes=2_000_000,
                                       chunk_chars=40_000, overlap_chars=2_000)

    lines = read_records(tmp_path / "requests.jsonl")
    assert (written, rejected) == (2, [])
    assert [line["custom_id"] for line in lines] == SEED_IDS
    assert all(line["method"] == "POST" and line["url"] == "/v1/chat/completions"
               for line in lines)
    # The live batch sends both articles at once, so the server saw them in either order.
    assert sorted(map(_canonical, (line["body"] for line in lines))) == sorted(
        map(_canonical, seeds_server.requests))


def provider_results(requests: Path, replies: dict[str, dict[str, Any]]) -> list[str]:
    """Result lines in the provider's documented format, answered by the scripted server's
    own completion builder."""
    out = []
    for number, line in enumerate(read_records(requests)):
        reply = replies[line["custom_id"]]
        raw = json.dumps(line["body"]).encode()
        if "status" in reply:
            response = {"status_code": reply["status"], "request_id": f"req_{number}",
                        "body": {"error": {"message": "server overloaded", "code": "503"}}}
        else:
            response = {"status_code": 200, "request_id": f"req_{number}",
                        "body": completion(line["body"], reply, raw, "scripted-fake")}
        out.append(json.dumps({"id": f"batch_req_{number}", "custom_id": line["custom_id"],
                               "response": response, "error": None}))
    return out


def test_collect_reads_provider_results_through_the_same_checks(tmp_path: Path) -> None:
    inbox = tmp_path / "in.jsonl"
    ids = write_inbox(inbox, 4)
    config = BackendConfig(backend="openai", model="gpt-4o-mini")
    write_requests([inbox], config, tmp_path / "requests.jsonl", group_by="group",
                   max_bytes=2_000_000, chunk_chars=40_000, overlap_chars=2_000)
    valid = json.loads((BATCH / "short.json").read_text())
    wrong = json.loads(json.dumps(valid))
    wrong["stages"][0]["releases"][0]["evidence"]["text"] = "Russia released 420 prisoners"
    lines = provider_results(tmp_path / "requests.jsonl", {
        ids[0]: {"extraction": valid}, ids[1]: {"extraction": wrong},
        ids[2]: {"text": '{"stages": [{"releases": '}, ids[3]: {"status": 503}})
    lines.append(json.dumps({"id": "batch_req_x", "custom_id": "art-99999", "response": None,
                             "error": {"code": "expired", "message": "batch expired"}}))
    results = tmp_path / "results.jsonl"
    results.write_text("\n".join(lines) + "\n")
    with inbox.open("a") as fh:
        fh.write(json.dumps(record(99999)) + "\n" + json.dumps(record(77777)) + "\n")

    out = tmp_path / "out.jsonl"
    stats = batch([inbox], out, ResultsBackend(config, results),
                  options=BatchOptions(max_reasks=0, progress="off"),
                  prices=PriceTable.load().batch_priced())

    by_id = {r["ids"][0]: r for r in read_records(out)}
    assert by_id[ids[0]]["status"] == "ok" and by_id[ids[0]]["usage"]["calls"] == 1
    findings = by_id[ids[1]]["summary"]["findings"]
    assert any(f["severity"] == "error" and f["kind"] == "grounding" for f in findings)
    assert by_id[ids[2]]["error_type"] == "UnusableAnswer"
    assert "provider answered 503: server overloaded" in by_id[ids[3]]["message"]
    assert "batch expired" in by_id["art-99999"]["message"]
    assert "no result for this article" in by_id["art-77777"]["message"]
    assert by_id[ids[0]]["usage"]["cost_note"] == "at OpenAI Batch API rates (50% of list)"
    assert stats.calls == 3


def test_a_results_file_that_is_not_one_says_so(tmp_path: Path) -> None:
    results = tmp_path / "results.jsonl"
    results.write_text('{"custom_id": "a"}\nnope\n')
    with pytest.raises(InputError, match=r"results.jsonl:2: not a Batch API result line"):
        ResultsBackend(BackendConfig(model="m"), results)
    with pytest.raises(InputError, match="cannot read the Batch API results"):
        ResultsBackend(BackendConfig(model="m"), results.with_name("missing.jsonl"))
    results.write_text('{"custom_id": "a", "response": {"status_code": 200, "body": {}}}\n')
    with pytest.raises(BackendError, match="not a chat completion"):
        ResultsBackend(BackendConfig(model="m"), results).completion("a")


class Crashing:
    """A backend with a bug: an error no stage expects, which ends the run."""

    name, model, prompt_version = "rules", None, "rules.v1"

    async def extract(self, article: Article, feedback: Sequence[str] = ()) -> Attempt:
        raise RuntimeError("backend bug")


def test_a_run_cut_short_does_not_say_done(tmp_path: Path) -> None:
    inbox = tmp_path / "in.jsonl"
    write_inbox(inbox, 2)
    log = io.StringIO()
    with pytest.raises(RuntimeError, match="backend bug"):
        batch([inbox], tmp_path / "out.jsonl", Crashing(),
              options=BatchOptions(progress="plain"), stream=log)
    last = log.getvalue().splitlines()[-1]
    assert last.startswith("batch STOPPED before the end after ")
    assert "(--resume continues it): 0 records in " in last


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_ctrl_c_says_stopped_not_done(tmp_path: Path) -> None:
    """Ctrl-C while answers are awaited: the run ends with 130 and its last line says it
    stopped and that --resume continues it ('batch done' was printed, issue 18)."""
    inbox, out = tmp_path / "in.jsonl", tmp_path / "results.jsonl"
    write_inbox(inbox, 3)
    env = {**os.environ, "OPENAI_API_KEY": "test-key", "NO_COLOR": "1"}
    slow = {"rules": [{"replies": [{**VALID, "delay": 30}]}]}
    with ScriptedServer(Script.from_dict(slow, base=BATCH)) as server:
        run = subprocess.Popen(
            [sys.executable, "-m", "summarizer", "batch", str(inbox), "--out", str(out),
             "--base-url", server.base_url, "--model", "scripted-fake", "--no-cache"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while not server.requests and time.monotonic() < deadline:
            time.sleep(0.05)
        run.send_signal(signal.SIGINT)
        _, stderr = run.communicate(timeout=60)
    assert run.returncode == 130
    last = stderr.strip().splitlines()[-1]
    assert last.startswith("batch STOPPED before the end after ")
    assert "(--resume continues it): 0 records in " in last
