"""An answer has a size bound: one larger than `max_tokens` can hold, or listing more facts
than the schema allows (which the schema tells the model), ends in an `AnswerTooLarge`
record with its tokens counted, and is never sent back in a re-ask.

What the bound saves is work, so the tests count work (requests, answers validated), never
wall time: on a loaded machine a fixed number of seconds fails a correct run."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarizer.backends import BackendConfig
from summarizer.backends.openai.backend import OpenAIBackend
from summarizer.batch import BatchOptions, run_batch
from summarizer.models import MAX_FACTS, ArticleExtraction
from tests.conftest import FAST
from tests.fakes.inbox import BATCH, read_records, write_inbox
from tests.fakes.server import Script, ScriptedServer

local_only = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
TIMEOUT = 20.0
"""Generous: a read timeout on a loaded machine would be a retry, not what these tests check."""


def statements(count: int, quote: str) -> dict[str, Any]:
    said = {"speaker": "Olena Koval", "quote": quote,
            "evidence": {"text": "\"Every one of them is home now,\" said Olena Koval"}}
    return {"statements": [said] * count}


@pytest.fixture
def validated(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The size in bytes of every answer validated against the extraction's model (how the
    response model reads a tool call's arguments)."""
    sizes: list[int] = []
    validate = ArticleExtraction.model_validate_json.__func__  # type: ignore[attr-defined]

    def counted(cls: type[ArticleExtraction], data: str | bytes, *args: Any,
                **kwargs: Any) -> ArticleExtraction:
        sizes.append(len(data))
        return validate(cls, data, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(ArticleExtraction, "model_validate_json", classmethod(counted))
    yield sizes


def run_one(reply: dict[str, Any], tmp_path: Path) -> tuple[dict[str, Any], list[Any]]:
    """One article against `reply`; the run is given 60 s, so a stall fails instead of
    hanging the suite (a bound on a hang, generous for a loaded machine, not a measure)."""
    inbox, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_inbox(inbox, 1)
    with ScriptedServer(Script.from_dict({"rules": [{"replies": [reply]}]},
                                         base=BATCH)) as server:
        backend = OpenAIBackend(BackendConfig(
            backend="openai", base_url=server.base_url, api_key="test-key",
            model="scripted-fake", timeout=TIMEOUT), backoff=FAST)
        run = threading.Thread(target=asyncio.run, args=(run_batch(
            [inbox], out, backend, options=BatchOptions(progress="off")),), daemon=True)
        run.start()
        run.join(60)
        assert not run.is_alive(), "the batch stalled on the answer"
        requests = list(server.requests)
    [record] = read_records(out)
    return record, requests


@local_only
def test_a_10_mb_answer_ends_in_an_error_record_unread(
    tmp_path: Path, validated: list[int],
) -> None:
    huge = {"extraction": statements(5_000, "Every one of them is home now. " * 64),
            "usage": {"prompt_tokens": 900, "completion_tokens": 2_500_000}}
    record, requests = run_one(huge, tmp_path)
    assert len(requests) == 1, "refused, not re-asked"
    assert validated == [], "the answer was read before it was refused"
    assert (record["status"], record["error_type"], record["attempts"]) == (
        "error", "AnswerTooLarge", 1)
    assert {k: record["usage"][k] for k in ("calls", "prompt_tokens", "completion_tokens")} == {
        "calls": 1, "prompt_tokens": 900, "completion_tokens": 2_500_000}
    assert "more than max_tokens=4096 tokens can hold (65,536 bytes)" in record["message"]


@local_only
def test_more_statements_than_the_schema_allows_are_refused_not_re_asked(
    tmp_path: Path, validated: list[int],
) -> None:
    many = {"extraction": statements(MAX_FACTS + 1, "Every one of them is home now"),
            "usage": {"prompt_tokens": 900, "completion_tokens": 4_000}}
    record, requests = run_one(many, tmp_path)
    shown = requests[0]["tools"][0]["function"]["parameters"]["properties"]
    assert (shown["statements"]["maxItems"], shown["attacks"]["maxItems"]) == (100, 100)
    assert len(requests) == 1
    assert len(validated) == 1, "within the byte bound, the answer is read once to count it"
    assert (record["status"], record["error_type"], record["attempts"],
            record["usage"]["calls"]) == ("error", "AnswerTooLarge", 1, 1)
    assert "the answer lists 101 statements, more than the 100 the schema allows" in (
        record["message"])
