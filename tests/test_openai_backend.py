"""The openai backend: instructor extraction, its two retry loops, usage, and config errors.

Tests marked `vcr` replay cassettes recorded against the scripted server in
tests/fakes (re-record: see tests/conftest.py). Faults a cassette cannot hold
(timeouts, dropped connections, real waits) talk to a live scripted server on
127.0.0.1.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from pydantic.json_schema import GenerateJsonSchema
from vcr.cassette import Cassette

from summarizer import ConfigError, load_articles, make_backend, summarize
from summarizer.backends import BackendConfig
from summarizer.backends.openai.backend import DEFAULT_MODEL, OpenAIBackend, parse_mode
from summarizer.backends.openai.prompts import load_prompt
from summarizer.backends.openai.retries import Backoff
from summarizer.backends.openai.transport import UnusableAnswer
from summarizer.errors import (
    ConnectionLost,
    NotAnAnswer,
    TransportError,
    TransportRetriesExhausted,
)
from summarizer.models import Article
from summarizer.pipeline import check
from summarizer.summary import Summary, Usage
from tests.conftest import FAST, RESPONSES, SEEDS
from tests.fakes.server import Script, ScriptedServer

SEED_000 = SEEDS / "000_9391f326c2eaa901.txt"
SEED_001 = SEEDS / "001_23b64bebdaa24c53.txt"
WHEN_000 = "Source: 000_9391f326c2eaa901"
EXTRACTION_000 = "000_9391f326c2eaa901.json"
INVALID = {"text": '{"agreement": {"total": 1000, "per_side": tru', "usage": {
    "prompt_tokens": 100, "completion_tokens": 10}}
RESPONSES_SEEDS = RESPONSES / "seeds"
VALID = {"extraction": EXTRACTION_000, "usage": {"prompt_tokens": 120, "completion_tokens": 900}}

local_only = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

ZELENSKY_QUOTES = {
    "000_9391f326c2eaa901": [
        "Another 307 Ukrainian defenders are home. Today is the second day of the "
        "1,000-for-1,000 exchange that we managed to negotiate in Turkiye. In just these two "
        "days, 697 people have been brought home",
        "We expect the process to continue tomorrow. Among those who returned today are "
        "warriors from our Armed Forces, the State Border Guard Service, the National Guard of "
        "Ukraine",
        "I thank everyone involved in the exchange process, those who have been working around "
        "the clock. Our goal is to bring every single person back from Russian captivity. We "
        "continue cooperating with our partners to make this possible",
    ],
}
ZELENSKY_QUOTES["001_23b64bebdaa24c53"] = [
    *ZELENSKY_QUOTES["000_9391f326c2eaa901"],
    "Fragments of Russian missiles and drones are being cleared in Kyiv.",
    'It was a difficult night for all of Ukraine 250 strike drones, the absolute majority of '
    'them Iranian "Shaheds," and 14 ballistic missiles.',
    "Only additional sanctions targeting key sectors of the Russian economy will force Moscow "
    "to cease fire.",
]


def seed(path: Any = SEED_000) -> Article:
    [article] = load_articles([path])
    return article


def backend_for(server: ScriptedServer, **settings: Any) -> OpenAIBackend:
    settings.setdefault("backoff", FAST)
    backoff = settings.pop("backoff")
    config = BackendConfig(backend="openai", base_url=server.base_url, api_key="test-key",
                           model="scripted-fake", **settings)
    return OpenAIBackend(config, backoff=backoff)


def played_all(cassette: Cassette) -> bool:
    """On replay every recorded interaction must be used; while recording there are none
    to use."""
    return cassette.all_played if cassette.write_protected else True


def fact(summary: Summary, path: str) -> Any:
    [found] = [f for f in summary.facts if f.path == path]
    return found


# --- end to end on the seeds, replayed ---------------------------------------------------


@pytest.mark.vcr
def test_seeds_end_to_end(recorded_backend: Callable[..., OpenAIBackend], vcr: Cassette) -> None:
    backend = recorded_backend("seeds")
    articles = load_articles([SEED_000, SEED_001])

    summary = summarize(articles, backend=backend, max_reasks=0)

    assert len(vcr) == 2 and played_all(vcr)
    value = {f.path: f.value for f in summary.facts}
    friday, saturday = "exchange.stages[2025-05-23]", "exchange.stages[2025-05-24]"
    for party in ("Russia", "Ukraine"):
        assert value[f"{friday}.released[{party}].count"] == 390
        assert value[f"{friday}.released[{party}].breakdown[servicemen]"] == 270
        assert value[f"{friday}.released[{party}].breakdown[civilians]"] == 120
        assert value[f"{saturday}.released[{party}].count"] == 307
        assert fact(summary, f"{saturday}.released[{party}].count").status == "corroborated"
    assert value["exchange.cumulative[2025-05-24].count"] == 697
    assert value["exchange.agreed_total.count"] == 1000
    assert value["exchange.agreed_total.per_side"] is True
    assert value["exchange.agreed_at.place"] == "Istanbul"
    assert value["exchange.agreed_at.date"] == "2025-05-16"
    assert value["exchange.remaining[2025-05-24]"] == 303
    assert value["attacks[2025-05-23].attacker"] == "Russia"
    assert value["attacks[2025-05-23].target"] == "Kyiv"
    assert value["attacks[2025-05-23].weapons[drone]"] == 250
    assert value["attacks[2025-05-23].weapons[ballistic missile]"] == 14
    assert value["attacks[2025-05-23].killed_reported"] is True
    assert value["attacks[2025-05-23].injured_reported"] is True

    by_id = {a.id: a for a in articles}
    for result in summary.articles:
        article = by_id[result.article_id]
        quotes = [s for s in result.extraction.statements if s.quote]
        assert [s.quote for s in quotes] == ZELENSKY_QUOTES[article.id]
        for statement in quotes:
            ev = statement.evidence
            assert ev.start is not None and ev.end is not None
            assert article.text[ev.start:ev.end] == statement.quote
        assert (result.backend, result.model, result.attempts) == ("openai", backend.model, 1)
        assert result.prompt_version == load_prompt("extract").id
    assert [r.usage for r in summary.articles] == [
        Usage(calls=1, prompt_tokens=2215, completion_tokens=1130),
        Usage(calls=1, prompt_tokens=2427, completion_tokens=1502),
    ]
    assert summary.usage == Usage(calls=2, prompt_tokens=4642, completion_tokens=2632)


# --- the schema loop: invalid answers are re-asked, every call is counted ---------------


@pytest.mark.vcr
async def test_invalid_json_is_re_asked_and_both_calls_are_counted(
    recorded_backend: Callable[..., OpenAIBackend], vcr: Cassette
) -> None:
    backend = recorded_backend("invalid_then_valid", max_validation_retries=1)

    attempt = await backend.extract(seed())

    assert len(vcr) == 2 and played_all(vcr)
    assert attempt.usage == Usage(calls=2, prompt_tokens=2215 + 2397,
                                  completion_tokens=29 + 1130)
    assert attempt.extraction.agreement is not None
    assert attempt.extraction.agreement.place == "Istanbul"
    first, second = (json.loads(r.body)["messages"] for r in vcr.requests)
    assert len(first) == 2
    assert second[:2] == first
    assert [m["role"] for m in second[2:]] == ["assistant", "tool"]
    assert "Validation Error found" in second[3]["content"]


@local_only
@pytest.mark.parametrize("retries", [0, 2])
async def test_schema_retries_count_retries_not_attempts(
    scripted_server: Callable[[dict[str, Any]], ScriptedServer], retries: int
) -> None:
    server = scripted_server({"rules": [{"replies": [INVALID]}]})
    backend = backend_for(server, max_validation_retries=retries)

    with pytest.raises(UnusableAnswer) as caught:
        await backend.extract(seed())

    attempts = retries + 1
    assert len(server.requests) == attempts
    assert caught.value.attempts == attempts
    assert caught.value.usage == Usage(calls=attempts, prompt_tokens=100 * attempts,
                                       completion_tokens=10 * attempts)
    assert f"in {attempts} attempt(s) (max_validation_retries={retries})" in str(caught.value)
    assert len(caught.value.errors) == attempts


@local_only
async def test_no_choices_is_reported_not_retried(
    scripted_server: Callable[[dict[str, Any]], ScriptedServer],
) -> None:
    """instructor's re-ask handler cannot re-ask an answer without choices, so the error
    is the answer's, stated plainly, not a bare IndexError."""
    server = scripted_server({"rules": [{"replies": [
        {"empty_choices": True, "usage": {"prompt_tokens": 50, "completion_tokens": 0}}, VALID,
    ]}]})

    with pytest.raises(UnusableAnswer, match="no usable answer: No choices"):
        await backend_for(server).extract(seed())

    assert len(server.requests) == 1


@local_only
async def test_an_answer_cut_off_at_max_tokens_is_not_re_asked(
    scripted_server: Callable[[dict[str, Any]], ScriptedServer],
) -> None:
    server = scripted_server({"rules": [{"replies": [
        {**VALID, "truncate": 300, "finish_reason": "length"}]}]})

    with pytest.raises(UnusableAnswer, match=r"cut off at max_tokens=64"):
        await backend_for(server, max_tokens=64).extract(seed())

    assert len(server.requests) == 1
    assert server.requests[0]["max_tokens"] == 64


@local_only
async def test_a_refusal_is_reported_with_its_usage(
    scripted_server: Callable[[dict[str, Any]], ScriptedServer],
) -> None:
    server = scripted_server({"rules": [{"replies": [{
        "refusal": "I cannot help with that.",
        "usage": {"prompt_tokens": 100, "completion_tokens": 7}}]}]})

    with pytest.raises(UnusableAnswer, match="I cannot help with that") as caught:
        await backend_for(server).extract(seed())

    assert caught.value.usage == Usage(calls=1, prompt_tokens=100, completion_tokens=7)


@local_only
async def test_usage_sent_as_strings_still_counts_and_a_non_number_counts_zero(
    scripted_server: Callable[[dict[str, Any]], ScriptedServer],
) -> None:
    server = scripted_server({"rules": [{"replies": [{
        **VALID, "usage": {"prompt_tokens": "12", "completion_tokens": "many"}}]}]})

    attempt = await backend_for(server).extract(seed())

    assert attempt.usage == Usage(calls=1, prompt_tokens=12, completion_tokens=0)


@local_only
async def test_an_html_page_with_status_200_is_a_transport_error_and_no_model_call(
    scripted_server: Callable[[dict[str, Any]], ScriptedServer],
) -> None:
    server = scripted_server({"rules": [{"replies": [
        {"page": "<!DOCTYPE html><html><body><h1>Sign in</h1></body></html>"}]}]})

    with pytest.raises(TransportError) as caught:
        await backend_for(server).extract(seed())

    assert type(caught.value) is NotAnAnswer
    assert caught.value.usage == Usage()
    assert len(server.requests) == 1


# --- the transport loop: retried below the schema loop, never in the prompt -------------


@local_only
async def test_429_waits_as_retry_after_says_and_resends_the_same_request(
    scripted_server: Callable[[dict[str, Any]], ScriptedServer],
) -> None:
    server = scripted_server({"rules": [{"replies": [
        {"status": 429, "headers": {"Retry-After": "2"}}, VALID]}]})
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    backend = backend_for(server, backoff=Backoff(initial=0.001, sleep=record))
    attempt = await backend.extract(seed())

    assert waits == [2.0]
    assert len(server.requests) == 2
    assert server.requests[0] == server.requests[1]
    assert attempt.usage == Usage(calls=1, prompt_tokens=120, completion_tokens=900)


@local_only
async def test_5xx_backs_off_exponentially_then_gives_up(
    scripted_server: Callable[[dict[str, Any]], ScriptedServer],
) -> None:
    server = scripted_server({"rules": [{"replies": [{"status": 503}]}]})
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    backend = backend_for(server, max_transport_retries=3,
                          backoff=Backoff(initial=1.0, maximum=3.0, sleep=record))
    with pytest.raises(TransportRetriesExhausted) as caught:
        await backend.extract(seed())

    assert len(server.requests) == 4
    assert caught.value.attempts == 4
    assert "HTTP 503" in str(caught.value)
    assert "gave up after 4 attempt(s) (max_transport_retries=3)" in str(caught.value)
    assert caught.value.usage == Usage()
    assert len(waits) == 3
    assert 0.5 <= waits[0] <= 1.0 and 1.0 <= waits[1] <= 2.0 and 1.5 <= waits[2] <= 3.0


@local_only
async def test_timeouts_and_dropped_connections_are_retried(
    scripted_server: Callable[[dict[str, Any]], ScriptedServer],
) -> None:
    server = scripted_server({"rules": [{"replies": [
        {"delay": 1.0}, {"disconnect": True}, VALID]}]})

    attempt = await backend_for(server, timeout=0.2, max_transport_retries=2).extract(seed())

    assert len(server.requests) == 3
    assert attempt.usage.calls == 1


@local_only
async def test_a_connection_lost_mid_answer_is_retried_and_then_named_as_such(
    scripted_server: Callable[[dict[str, Any]], ScriptedServer],
) -> None:
    """Headers and 200 bytes of the answer, then the server hangs up: that is no failure
    to connect (it said so), but a connection lost while reading the answer."""
    server = scripted_server({"rules": [{"replies": [{**VALID, "cut": 200}, VALID]}]})
    attempt = await backend_for(server, max_transport_retries=1).extract(seed())
    assert (len(server.requests), attempt.usage.calls) == (2, 1)

    server.use(Script.from_dict({"rules": [{"replies": [{**VALID, "cut": 200}]}]},
                                base=RESPONSES_SEEDS))
    with pytest.raises(ConnectionLost) as caught:
        await backend_for(server, max_transport_retries=1).extract(seed())
    assert (len(server.requests), caught.value.attempts) == (2, 2)

    server.use(Script.from_dict({"rules": [{"replies": [{"disconnect": True}]}]},
                                base=RESPONSES_SEEDS))
    with pytest.raises(TransportRetriesExhausted) as unanswered:
        await backend_for(server, max_transport_retries=1).extract(seed())
    assert type(unanswered.value) is TransportRetriesExhausted


@local_only
async def test_timeouts_exhausted_say_so(
    scripted_server: Callable[[dict[str, Any]], ScriptedServer],
) -> None:
    server = scripted_server({"rules": [{"replies": [{"delay": 1.0}]}]})

    with pytest.raises(TransportRetriesExhausted, match="timed out"):
        await backend_for(server, timeout=0.1, max_transport_retries=1).extract(seed())

    assert len(server.requests) == 2


@local_only
async def test_transport_failure_after_a_schema_retry_keeps_the_spent_tokens(
    scripted_server: Callable[[dict[str, Any]], ScriptedServer],
) -> None:
    server = scripted_server({"rules": [{"replies": [INVALID, {"status": 500}]}]})

    with pytest.raises(TransportRetriesExhausted) as caught:
        await backend_for(server, max_transport_retries=1).extract(seed())

    assert caught.value.usage == Usage(calls=1, prompt_tokens=100, completion_tokens=10)
    assert "500" not in json.dumps(server.requests[-1]["messages"])


@local_only
async def test_a_rejected_key_is_a_config_error_and_not_retried(
    scripted_server: Callable[[dict[str, Any]], ScriptedServer],
) -> None:
    server = scripted_server({"rules": [{"replies": [{"status": 401}]}]})

    with pytest.raises(ConfigError, match="OPENAI_API_KEY or --api-key"):
        await backend_for(server).extract(seed())

    assert len(server.requests) == 1


# --- modes: tool calls for OpenAI, JSON content for servers without tools ---------------


@local_only
@pytest.mark.parametrize(
    ("mode", "shape"),
    [("tools", "tools"), ("JSON", "json_object"), ("Md_Json", "fenced"),
     ("json_schema", "json_schema")],
)
async def test_each_mode_asks_in_its_own_shape(
    scripted_server: Callable[[dict[str, Any]], ScriptedServer], mode: str, shape: str
) -> None:
    server = scripted_server({"rules": [{"when": WHEN_000, "replies": [VALID]}]})

    attempt = await backend_for(server, mode=mode).extract(seed())

    [request] = server.requests
    assert attempt.extraction.cumulative[0].count == 697
    assert ("tools" in request) == (shape == "tools")
    assert request.get("response_format", {}).get("type") == {
        "json_object": "json_object", "json_schema": "json_schema"}.get(shape)
    assert ("```json" in request["messages"][-1]["content"]) == (shape == "fenced")


@local_only
@pytest.mark.parametrize("mode", ["tools", "json", "md_json", "json_schema"])
@pytest.mark.parametrize("schema", ["full", "compact"])
async def test_the_response_schema_is_built_once_not_on_every_request(
    scripted_server: Callable[[dict[str, Any]], ScriptedServer], monkeypatch: pytest.MonkeyPatch,
    mode: str, schema: str,
) -> None:
    """pydantic builds a JSON Schema from scratch whenever asked (tens of milliseconds for
    the full extraction), and instructor asks on every request in the JSON modes: a
    batch must not pay that per article."""
    empty = {"agreement": None, "stages": [], "cumulative": [], "attacks": [], "statements": []}
    server = scripted_server({"rules": [{"replies": [{"extraction": empty}]}]})
    backend = backend_for(server, mode=mode, schema=schema)
    await backend.extract(seed())
    built: list[str] = []
    generate = GenerateJsonSchema.generate

    def counted(self: GenerateJsonSchema, *args: Any, **kwargs: Any) -> Any:
        built.append(mode)
        return generate(self, *args, **kwargs)

    monkeypatch.setattr(GenerateJsonSchema, "generate", counted)
    for _ in range(3):
        await backend.extract(seed())

    assert (len(server.requests), built) == (4, [])
    assert len({json.dumps(r, sort_keys=True) for r in server.requests}) == 1


@local_only
@pytest.mark.parametrize("mode", ["tools", "json"])
async def test_raw_newlines_inside_json_strings_are_read_not_re_asked(
    scripted_server: Callable[[dict[str, Any]], ScriptedServer], mode: str
) -> None:
    """SmolLM2 through llama.cpp writes raw line breaks inside JSON strings; the answer
    means what it says, so it is read on the first call, and the evidence still grounds."""
    written = json.loads((RESPONSES_SEEDS / EXTRACTION_000).read_text(encoding="utf-8"))
    text = json.dumps(written).replace("both the countries. When", "both the countries.\nWhen")
    assert "countries.\nWhen" in text
    server = scripted_server({"rules": [{"replies": [
        {"text": text, "usage": {"prompt_tokens": 120, "completion_tokens": 900}}]}]})

    attempt = await backend_for(server, mode=mode).extract(seed())

    assert len(server.requests) == 1
    assert attempt.usage == Usage(calls=1, prompt_tokens=120, completion_tokens=900)
    assert attempt.extraction.agreement is not None
    evidence = attempt.extraction.agreement.evidence.text
    assert "both the countries.\nWhen completed" in evidence
    checked, _ = check(seed(), attempt.extraction)
    assert checked.agreement is not None and checked.agreement.evidence.match == "normalized"


@local_only
async def test_an_answer_that_is_not_json_at_all_is_still_re_asked(
    scripted_server: Callable[[dict[str, Any]], ScriptedServer],
) -> None:
    server = scripted_server({"rules": [{"replies": [
        {"text": "The article says 307 people\nreturned.", "usage": {
            "prompt_tokens": 100, "completion_tokens": 10}}, VALID]}]})

    attempt = await backend_for(server).extract(seed())

    assert len(server.requests) == 2
    assert attempt.extraction.cumulative[0].count == 697


# --- configuration ------------------------------------------------------------------------


def test_no_key_and_no_url_names_every_way_to_configure(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL"):
        monkeypatch.delenv(name, raising=False)

    with pytest.raises(ConfigError) as caught:
        OpenAIBackend(BackendConfig(backend="openai"))

    for hint in ("OPENAI_API_KEY", "--api-key", "--base-url", "OPENAI_BASE_URL"):
        assert hint in str(caught.value)


def test_unknown_mode_lists_the_choices() -> None:
    with pytest.raises(ConfigError, match="unknown mode 'xml'; choose one of tools, json, "
                                          "md_json, json_schema"):
        parse_mode("xml")
    assert parse_mode(None) == parse_mode("TOOLS") == parse_mode(" tools ")
    assert parse_mode("md-json") == parse_mode("MD_JSON")


def test_a_local_server_needs_a_model_but_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "SUMMARIZER_MODEL"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigError, match="--model or set SUMMARIZER_MODEL"):
        OpenAIBackend(BackendConfig(backend="openai", base_url="http://127.0.0.1:8080/v1"))

    local = OpenAIBackend(BackendConfig(backend="openai", base_url="http://127.0.0.1:8080/v1",
                                        model="smollm2"))
    assert (local.model, local.config.api_key) == ("smollm2", None)


def test_openai_itself_defaults_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUMMARIZER_MODEL", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)

    backend = make_backend(BackendConfig(api_key="sk-test"))

    assert isinstance(backend, OpenAIBackend)
    assert (backend.name, backend.model) == ("openai", DEFAULT_MODEL)
    assert backend.prompt_version == load_prompt("extract").id


@pytest.mark.parametrize("field", ["max_validation_retries", "max_transport_retries"])
def test_negative_retry_counts_are_refused(field: str) -> None:
    config = replace(BackendConfig(backend="openai", api_key="k"), **{field: -1})
    with pytest.raises(ConfigError, match=f"{field} counts retries after the first attempt"):
        OpenAIBackend(config)
