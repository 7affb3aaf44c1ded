"""Backends fill an `ArticleExtraction` for one article; the pipeline does the rest.

A backend is anything with this small async interface. The registry is a plain
function, not a global table, and the OpenAI backend is imported only when it
is chosen, so the offline path never loads a model client.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

from summarizer.errors import ConfigError
from summarizer.models import Article, ArticleExtraction
from summarizer.summary import Usage

BackendName = Literal["auto", "rules", "openai"]
SchemaName = Literal["full", "compact"]


@dataclass
class Attempt:
    """One answer from a backend, with what it cost."""

    extraction: ArticleExtraction
    usage: Usage = field(default_factory=Usage)


class Backend(Protocol):
    name: str
    model: str | None
    prompt_version: str | None

    async def extract(self, article: Article, feedback: Sequence[str] = ()) -> Attempt:
        """Extract facts; `feedback` holds finding messages from the previous attempt."""
        ...


@runtime_checkable
class ModelBackend(Backend, Protocol):
    """A backend that asks a model: its context is finite and its answers are worth
    caching. `pipeline.build_stack` reads both from it."""

    @property
    def chunk_chars(self) -> int:
        """The longest article text one request can hold with the prompt and the answer;
        a longer article goes in chunks."""
        ...

    def answer_settings(self) -> dict[str, object]:
        """Everything besides the model, prompt, article and feedback that changes the
        answer (endpoint, schema, mode, token limit): the answer cache keys on it."""
        ...


@dataclass(frozen=True)
class BackendConfig:
    """Where a model lives and how to talk to it. Flags override environment variables."""

    backend: BackendName = "auto"
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = None
    mode: str | None = None
    max_validation_retries: int = 1
    max_transport_retries: int = 4
    timeout: float = 120.0
    max_tokens: int = 4096
    schema: SchemaName = "full"
    """'compact' asks in `backends.openai.compact`'s smaller schema, for small local models."""
    context_tokens: int | None = None
    """The model's context window; unset, a known local model's, else room for ~10k tokens
    of article. Long articles are chunked to fit it."""

    def resolved(self) -> BackendConfig:
        """Fill unset fields from SUMMARIZER_MODEL, OPENAI_BASE_URL and OPENAI_API_KEY;
        SUMMARIZER_SCHEMA=compact selects the compact schema when the config does not."""
        from dataclasses import replace

        schema: SchemaName = self.schema
        if os.environ.get("SUMMARIZER_SCHEMA", "").strip().lower() == "compact":
            schema = "compact"
        return replace(
            self,
            model=self.model or os.environ.get("SUMMARIZER_MODEL") or None,
            base_url=self.base_url or os.environ.get("OPENAI_BASE_URL") or None,
            api_key=self.api_key or os.environ.get("OPENAI_API_KEY") or None,
            schema=schema,
        )

    @property
    def model_configured(self) -> bool:
        return bool(self.model or self.base_url or self.api_key)


def make_backend(config: BackendConfig) -> Backend:
    """Build the chosen backend; `auto` picks `openai` when a model is configured."""
    config = config.resolved()
    name = config.backend
    if name == "auto":
        name = "openai" if config.model_configured else "rules"
    if name == "rules":
        from summarizer.backends.rules import RulesBackend

        return RulesBackend()
    if name == "openai":
        from summarizer.backends.openai.backend import OpenAIBackend

        return OpenAIBackend(config)
    raise ConfigError(f"unknown backend {name!r}; choose auto, rules or openai")
