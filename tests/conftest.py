"""Shared fixtures: cassettes matched on the JSON body, the scripted server, no secrets.

Cassettes live in `cassettes/<test module>/<test name>.yaml` and replay with the
network blocked (`--record-mode=none` is in pyproject's addopts). Replay matches
on method, path and the JSON body with keys sorted, never on host or port, so a
changed prompt fails loudly while the scripted server's random port does not
matter. Each cassette's metadata says what it was recorded against and which
model name the replaying test must send.

Re-record against the scripted server in tests/fakes (started by the fixture):

    python -m pytest tests/test_openai_backend.py --record-mode=rewrite

Re-record against a real OpenAI-compatible endpoint instead (a real model's answers
differ from the scripted ones, so the exact-figure tests then show where it errs):

    SUMMARIZER_RECORD=live OPENAI_BASE_URL=http://127.0.0.1:8080/v1 OPENAI_API_KEY=... \\
        SUMMARIZER_MODEL=... python -m pytest tests/test_openai_backend.py --record-mode=rewrite

Re-record the real-model cassettes (cassettes/test_local_model/, SmolLM2 via
llama.cpp; needs the 'local' extra, starts the server itself):

    SUMMARIZER_RECORD=local python -m pytest tests/test_local_model.py --record-mode=rewrite
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from vcr import VCR
from vcr.cassette import Cassette
from vcr.persisters.filesystem import FilesystemPersister
from vcr.request import Request

from summarizer.backends import BackendConfig
from summarizer.backends.openai.backend import OpenAIBackend
from summarizer.backends.openai.local import LocalServer
from summarizer.backends.openai.retries import Backoff
from tests.fakes.server import DEFAULT_MODEL, Script, ScriptedServer
from tests.live_server import running_server

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
RESPONSES = Path(__file__).resolve().parent / "fakes" / "responses"
SEEDS = ROOT / "seeds"
REPLAY_URL = "http://127.0.0.1:9/v1"
"""Never contacted: on replay vcrpy answers before any socket opens."""
TEST_KEY = "test-key"
SCRIPTED = "tests/fakes scripted server"

SECRET_REQUEST_HEADERS = ["authorization", "api-key", "x-api-key", "openai-organization",
                          "openai-project", "cookie"]
SECRET_RESPONSE_HEADERS = {"set-cookie", "openai-organization", "openai-project"}
VOLATILE_RESPONSE_HEADERS = {"date", "server"}
LOOPBACK_PORT = re.compile(r"^(https?://(?:127\.0\.0\.1|localhost)):\d+")

FAST = Backoff(initial=0.001, maximum=0.005, max_retry_after=0.01)
"""Transport backoff for tests that do not inspect the waits."""


PYDANTIC_DOCS = re.compile(r"errors\.pydantic\.dev/[0-9][0-9.]*/")
"""Re-ask prompts quote pydantic's error text, whose docs link names the installed
pydantic version; a clean install of a newer pydantic must still replay."""


def canonical_body(body: bytes | str | None) -> str:
    """A JSON body with sorted keys and no whitespace; any other body as it is."""
    if body is None:
        return ""
    text = body.decode("utf-8") if isinstance(body, bytes) else body
    with contextlib.suppress(ValueError):
        text = json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False)
    return PYDANTIC_DOCS.sub("errors.pydantic.dev/VERSION/", text)


def json_body(r1: Request, r2: Request) -> None:
    """vcrpy matcher: equal when the bodies are the same JSON, however serialized."""
    first, second = canonical_body(r1.body), canonical_body(r2.body)
    if first != second:
        at = next((i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b),
                  min(len(first), len(second)))
        raise AssertionError(f"JSON bodies differ at char {at}: "
                             f"{first[max(0, at - 60):at + 60]!r} != "
                             f"{second[max(0, at - 60):at + 60]!r}")


def scrub_request(request: Request) -> Request:
    """Drop the scripted server's random port, so a re-recording changes only what changed."""
    request.uri = LOOPBACK_PORT.sub(r"\1", request.uri)
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers") or {}
    drop = SECRET_RESPONSE_HEADERS | VOLATILE_RESPONSE_HEADERS
    response["headers"] = {k: v for k, v in headers.items() if k.lower() not in drop}
    return response


def pytest_recording_configure(config: pytest.Config, vcr: VCR) -> None:
    """Register the body matcher, and vcrpy's own persister, which keeps cassette metadata
    (pytest-recording's would drop it)."""
    vcr.register_matcher("json_body", json_body)
    vcr.register_persister(FilesystemPersister)


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES / request.path.stem)


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    return {
        "match_on": ["method", "path", "json_body"],
        "filter_headers": [*SECRET_REQUEST_HEADERS, "host"],
        "filter_query_parameters": ["api-key", "key"],
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
    }


@pytest.fixture
def recorded_backend(
    vcr: Cassette, record_mode: str
) -> Iterator[Callable[..., OpenAIBackend]]:
    """Build an `OpenAIBackend` for the test's cassette, given the script it was recorded
    from. On replay it points nowhere; when recording it talks to a scripted server
    started here, or with SUMMARIZER_RECORD=live to the endpoint in the environment."""
    servers: list[ScriptedServer] = []

    def make(script: str, **settings: Any) -> OpenAIBackend:
        base_url, api_key, model = REPLAY_URL, TEST_KEY, DEFAULT_MODEL
        against = f"{SCRIPTED}, script tests/fakes/responses/{script}"
        if record_mode != "none" and os.environ.get("SUMMARIZER_RECORD") == "live":
            live = BackendConfig(backend="openai").resolved()
            base_url = live.base_url or "https://api.openai.com/v1"
            api_key, model = live.api_key or TEST_KEY, live.model or "gpt-4o-mini"
            against = f"live endpoint {base_url}"
        elif record_mode != "none":
            server = ScriptedServer(Script.load(RESPONSES / script)).start()
            servers.append(server)
            base_url = server.base_url
        vcr.get_metadata("recorded_against", against)
        config = BackendConfig(backend="openai", base_url=base_url, api_key=api_key,
                               model=vcr.get_metadata("model", model), **settings)
        return OpenAIBackend(config, backoff=FAST)

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def scripted_server() -> Iterator[Callable[[dict[str, Any]], ScriptedServer]]:
    """Start a scripted server for a test that talks to it live (faults that a cassette
    cannot hold: timeouts, dropped connections). Reply files resolve against
    tests/fakes/responses/seeds. Such tests need
    `pytest.mark.block_network(allowed_hosts=["127.0.0.1"])`."""
    servers: list[ScriptedServer] = []

    def start(script: dict[str, Any]) -> ScriptedServer:
        server = ScriptedServer(Script.from_dict(script, base=RESPONSES / "seeds")).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="session")
def local_server() -> Iterator[LocalServer]:
    """The real llama.cpp server with SmolLM2 on a free port, once per session: loading the
    model costs seconds. Skips with the reason when the 'local' extra is missing."""
    with running_server() as server:
        yield server
