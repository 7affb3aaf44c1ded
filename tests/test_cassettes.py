"""Every cassette is scrubbed, says what it was recorded against, and replays strictly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from vcr.request import Request

from tests.conftest import CASSETTES, SCRIPTED, SECRET_REQUEST_HEADERS, json_body

SECRET_PATTERNS = {
    "an OpenAI-style key": re.compile(r"\bsk-[A-Za-z0-9_-]{8,}"),
    "a bearer token": re.compile(r"\bBearer\s+[A-Za-z0-9._~+/=-]{6,}", re.IGNORECASE),
}
SECRET_HEADERS = {*SECRET_REQUEST_HEADERS, "set-cookie"}


def cassette_files() -> list[Path]:
    return sorted(CASSETTES.rglob("*.yaml"))


def secrets_in(text: str) -> list[str]:
    """What in a cassette's text looks like a credential: key patterns anywhere, and any
    credential header on a request or response."""
    found = [f"{what}: {m.group(0)[:12]}..." for what, pattern in SECRET_PATTERNS.items()
             for m in pattern.finditer(text)]
    data = yaml.safe_load(text) or {}
    for number, interaction in enumerate(data.get("interactions") or []):
        for side in ("request", "response"):
            headers = interaction.get(side, {}).get("headers") or {}
            found.extend(f"interaction {number} {side} header {name!r}"
                         for name in headers if name.lower() in SECRET_HEADERS)
    return found


def test_there_are_cassettes() -> None:
    assert len(cassette_files()) >= 2


@pytest.mark.parametrize("path", cassette_files(), ids=lambda p: str(p.relative_to(CASSETTES)))
def test_cassette_has_no_secrets(path: Path) -> None:
    assert secrets_in(path.read_text("utf-8")) == []


@pytest.mark.parametrize("path", cassette_files(), ids=lambda p: str(p.relative_to(CASSETTES)))
def test_cassette_says_what_it_was_recorded_against(path: Path) -> None:
    metadata = yaml.safe_load(path.read_text("utf-8")).get("metadata") or {}
    assert metadata.get("model")
    assert metadata.get("recorded_against", "").startswith((SCRIPTED, "live endpoint"))


def test_the_scan_finds_what_it_looks_for() -> None:
    dirty = yaml.safe_dump({"interactions": [{
        "request": {"headers": {"Authorization": ["Bearer abcdef123456"]},
                    "body": '{"key": "sk-proj-0123456789abcdef"}'},
        "response": {"headers": {"Set-Cookie": ["session=1"]}},
    }]})

    found = secrets_in(dirty)

    assert len(found) == 4
    assert any(f.startswith("an OpenAI-style key: sk-proj-") for f in found)
    assert "interaction 0 response header 'Set-Cookie'" in found


def _request(url: str, body: str) -> Request:
    return Request("POST", url, body.encode(), {"content-type": "application/json"})


def test_bodies_match_as_json_whatever_the_host_port_or_key_order() -> None:
    recorded = _request("http://127.0.0.1:41529/v1/chat/completions",
                        '{"model": "m", "messages": [{"role": "user", "content": "x"}]}')
    replayed = _request("http://127.0.0.1:9/v1/chat/completions",
                        '{"messages":[{"content":"x","role":"user"}],"model":"m"}')

    json_body(recorded, replayed)


def test_a_changed_prompt_does_not_match() -> None:
    recorded = _request("http://h/v1/chat/completions", '{"messages": [{"content": "v1"}]}')
    replayed = _request("http://h/v1/chat/completions", '{"messages": [{"content": "v2"}]}')

    with pytest.raises(AssertionError, match="JSON bodies differ"):
        json_body(recorded, replayed)
