"""The `openai` backend: any OpenAI-compatible endpoint, through instructor.

Settings say where the model lives (OpenAI, Azure, Ollama, vLLM, llama.cpp,
LM Studio); this class only turns them into a client. The request itself, its
two retry loops and the usage count live in `summarizer.backends.openai.transport`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from functools import cache

import openai
from instructor import Mode
from instructor.core import patch

from summarizer.backends import Attempt, BackendConfig
from summarizer.backends.openai.bounds import with_answer_bound
from summarizer.backends.openai.chunking import DEFAULT_CHUNK_CHARS, MIN_CHUNK_CHARS
from summarizer.backends.openai.compact import CompactExtraction
from summarizer.backends.openai.local import DEFAULT_N_CTX, MODEL_ALIAS
from summarizer.backends.openai.prompts import load_prompt
from summarizer.backends.openai.retries import Backoff, http_client, with_transport_retries
from summarizer.backends.openai.transport import (
    Create,
    request_extraction,
    with_raw_newlines_escaped,
)
from summarizer.errors import ConfigError
from summarizer.models import Article, ArticleExtraction

DEFAULT_MODEL = "gpt-4o-mini"
"""Used only with OpenAI itself (a key and no base URL); a local server must be told."""

LOCAL_API_KEY = "not-needed"
"""Local servers need no key, but the SDK insists on one."""

MODES = {
    "TOOLS": Mode.TOOLS,
    "JSON": Mode.JSON,
    "MD_JSON": Mode.MD_JSON,
    "JSON_SCHEMA": Mode.JSON_SCHEMA,
}
"""instructor modes that work over chat completions: TOOLS for OpenAI; JSON or MD_JSON
for servers without tool calling; JSON_SCHEMA for servers with structured outputs."""


def parse_mode(name: str | None) -> Mode:
    """An instructor mode by name, in any case; TOOLS when unset."""
    key = (name or "tools").strip().upper().replace("-", "_")
    if key not in MODES:
        choices = ", ".join(m.lower() for m in MODES)
        raise ConfigError(f"unknown mode {name!r}; choose one of {choices} "
                          "(json or md_json for servers without tool calling)")
    return MODES[key]


CONTEXT_TOKENS = {MODEL_ALIAS: DEFAULT_N_CTX}
"""Context windows of models that do not fit the default chunk: the local server's."""
CHARS_PER_TOKEN = 3
"""A cautious ratio (news English runs near 4 on OpenAI's tokenizers, JSON schemas
lower), so an estimate never overflows a context."""
FEEDBACK_TOKENS = 512
"""Room kept for the findings a re-ask adds to the prompt."""


@cache
def _schema_text(compact: bool) -> str:
    return json.dumps((CompactExtraction if compact else ArticleExtraction).model_json_schema(),
                      sort_keys=True)


def chunk_chars_for(config: BackendConfig) -> int:
    """How much article text one request holds: what the model's context leaves after
    the prompt, the schema, a re-ask's findings and the answer; DEFAULT_CHUNK_CHARS for
    a model of unknown context (every current hosted model holds that). Never under
    MIN_CHUNK_CHARS: a tighter budget is the estimate's caution, and a real overflow
    comes back from the server as an error naming --max-tokens."""
    context = config.context_tokens or CONTEXT_TOKENS.get(config.model or "")
    if context is None:
        return DEFAULT_CHUNK_CHARS
    system, user = load_prompt("extract").render(Article(id="-", source="", text="-"))
    prompt = len(system) + len(user) + len(_schema_text(config.schema == "compact"))
    room = context - config.max_tokens - FEEDBACK_TOKENS - -(-prompt // CHARS_PER_TOKEN)
    return max(MIN_CHUNK_CHARS, min(DEFAULT_CHUNK_CHARS, room * CHARS_PER_TOKEN))


def answer_settings(config: BackendConfig, *, max_validation_retries: int) -> dict[str, object]:
    """What besides the model, prompt and article shapes an answer from this config."""
    return {"base_url": config.base_url, "mode": parse_mode(config.mode).value,
            "max_validation_retries": max_validation_retries, "max_tokens": config.max_tokens,
            "schema": config.schema,
            "schema_hash": hashlib.sha256(_schema_text(config.schema == "compact").encode())
            .hexdigest()[:16]}


def _check(config: BackendConfig) -> None:
    if not config.base_url and not config.api_key:
        raise ConfigError(
            "the openai backend needs an API key: set OPENAI_API_KEY or pass --api-key. "
            "For a local OpenAI-compatible server (llama.cpp, Ollama, vLLM) pass --base-url "
            "or set OPENAI_BASE_URL instead; it needs no key."
        )
    if config.base_url and not config.model:
        raise ConfigError(f"name the model served at {config.base_url}: "
                          "pass --model or set SUMMARIZER_MODEL")
    for name, value in (("max_validation_retries", config.max_validation_retries),
                        ("max_transport_retries", config.max_transport_retries)):
        if value < 0:
            raise ConfigError(f"{name} counts retries after the first attempt; "
                              f"it must be 0 or more, not {value}")
    if config.timeout <= 0 or config.max_tokens <= 0:
        raise ConfigError(f"timeout and max_tokens must be positive, not {config.timeout} "
                          f"and {config.max_tokens}")


@dataclass
class _Shared:
    """The client that the calls in flight share, and how many they are."""

    raw: openai.AsyncOpenAI
    create: Create
    users: int = 0


class OpenAIBackend:
    """Extracts with one instructor call per article; schema errors re-ask inside it."""

    name = "openai"

    def __init__(self, config: BackendConfig, *, backoff: Backoff | None = None) -> None:
        config = config.resolved()
        _check(config)
        self.config = config
        self.model: str | None = config.model or DEFAULT_MODEL
        self.mode = parse_mode(config.mode)
        self.prompt_version: str | None = load_prompt("extract").id
        self.backoff = backoff or Backoff()
        self._shared: _Shared | None = None

    @property
    def chunk_chars(self) -> int:
        return chunk_chars_for(self.config)

    def answer_settings(self) -> dict[str, object]:
        return answer_settings(self.config,
                               max_validation_retries=self.config.max_validation_retries)

    @property
    def where(self) -> str:
        return self.config.base_url or "api.openai.com"

    def _acquire(self) -> Create:
        """Share one connection pool among the calls in flight. It is closed when the last
        one ends, because a pool cannot outlive the event loop it was opened on and
        `summarize` runs a new loop per call; an unclosed pool leaks sockets."""
        if self._shared is None:
            raw = openai.AsyncOpenAI(
                api_key=self.config.api_key or LOCAL_API_KEY,
                base_url=self.config.base_url,
                timeout=self.config.timeout,
                max_retries=0,
                http_client=http_client(),
            )
            send = with_raw_newlines_escaped(with_answer_bound(with_transport_retries(
                raw.chat.completions.create,
                retries=self.config.max_transport_retries,
                backoff=self.backoff,
                where=self.where,
                deadline=self.config.timeout,
            ), max_tokens=self.config.max_tokens, where=self.where))
            self._shared = _Shared(raw, patch(create=send, mode=self.mode))
        self._shared.users += 1
        return self._shared.create

    async def _release(self) -> None:
        shared = self._shared
        if shared is None:
            return
        shared.users -= 1
        if shared.users == 0:
            self._shared = None
            await shared.raw.close()

    @contextlib.asynccontextmanager
    async def session(self) -> AsyncIterator[None]:
        """Keep one connection pool open across many calls in this event loop (a batch):
        between calls the count of users can touch zero, and reopening costs ~50 ms of
        TLS setup each time."""
        self._acquire()
        try:
            yield
        finally:
            await self._release()

    async def extract(self, article: Article, feedback: Sequence[str] = ()) -> Attempt:
        system, user = load_prompt("extract").render(article, list(feedback))
        create = self._acquire()
        try:
            extraction, usage = await request_extraction(
                create,
                system,
                user,
                model=self.model or DEFAULT_MODEL,
                max_validation_retries=self.config.max_validation_retries,
                max_tokens=self.config.max_tokens,
                compact=self.config.schema == "compact",
            )
        finally:
            await self._release()
        return Attempt(extraction=extraction, usage=usage)
