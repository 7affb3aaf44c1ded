"""The flags more than one command takes, declared once so the commands agree.

The model flags arrive in a command as one `BackendConfig`: `model_options`
puts them in the command's signature where it declares `config`.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar, cast

import typer

from summarizer.backends import BackendConfig, BackendName

F = TypeVar("F", bound=Callable[..., Any])


BackendChoice = StrEnum("BackendChoice", ["auto", "rules", "openai"])
FormatChoice = StrEnum("FormatChoice", ["json", "md", "html"])
FailOn = StrEnum("FailOn", ["never", "error", "warning"])
"""Exit 1 when findings of this severity or worse remain."""

DEFAULTS = BackendConfig()
"""Where the model flags' defaults come from, so the CLI and the library agree."""

CacheDirOpt = Annotated[
    Path | None,
    typer.Option(envvar="SUMMARIZER_CACHE_DIR", show_default="~/.cache/summarizer",
                 help="Where fetched pages (and batch's model answers) are cached."),
]

MaxBytesOpt = Annotated[
    int,
    typer.Option(min=1, help="Refuse an article (file or JSONL line) larger than this."),
]


def _model_flags(
    backend: Annotated[BackendChoice, typer.Option(
        help="'rules' works offline without a model; 'openai' talks to any "
        "OpenAI-compatible endpoint; 'auto' picks openai when a model is configured.")] = (
        BackendChoice.auto),
    model: Annotated[str | None, typer.Option(envvar="SUMMARIZER_MODEL",
                                              help="Model name.")] = None,
    base_url: Annotated[str | None, typer.Option(
        envvar="OPENAI_BASE_URL",
        help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1.")] = None,
    api_key: Annotated[str | None, typer.Option(
        envvar="OPENAI_API_KEY", show_default=False,
        help="API key; prefer the environment variable, which stays out of shell "
        "history.")] = None,
    mode: Annotated[str | None, typer.Option(
        help="instructor mode: tools (OpenAI), json or md_json (servers without "
        "tool calling).")] = None,
    max_tokens: Annotated[int, typer.Option(
        envvar="SUMMARIZER_MAX_TOKENS", min=1,
        help="Most tokens one answer may have; a longer answer is cut off and "
        "reported, never waited for. Small local models loop: try 1536.")] = (
        DEFAULTS.max_tokens),
    timeout: Annotated[float, typer.Option(
        envvar="SUMMARIZER_TIMEOUT", min=1,
        help="Seconds one model request may take in all (connect, wait, whole answer) "
        "before it is abandoned and retried; a request and its retries end within 3 times "
        "this.")] = (
        DEFAULTS.timeout),
    context_tokens: Annotated[int | None, typer.Option(
        envvar="SUMMARIZER_CONTEXT_TOKENS", min=512, show_default=False,
        help="The model's context window in tokens; longer articles are sent in chunks "
        "that fit it. Default: 8192 for the local smollm2, else chunks of 40,000 "
        "characters.")] = None,
) -> BackendConfig:
    return BackendConfig(backend=cast(BackendName, backend.value), model=model, base_url=base_url,
                         api_key=api_key, mode=mode, max_tokens=max_tokens, timeout=timeout,
                         context_tokens=context_tokens)


_FLAGS = inspect.signature(_model_flags, eval_str=True).parameters


def model_options(command: F) -> F:
    """Give `command` the model flags in place of its `config` parameter, and call it
    with the `BackendConfig` they make."""
    own = inspect.signature(command, eval_str=True).parameters
    params: list[inspect.Parameter] = []
    for name, param in own.items():
        params.extend(_FLAGS.values() if name == "config" else [param])

    @functools.wraps(command)
    def with_config(**kwargs: Any) -> Any:
        flags = {name: kwargs.pop(name) for name in _FLAGS}
        return command(config=_model_flags(**flags), **kwargs)

    with_config.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    with_config.__annotations__ = {p.name: p.annotation for p in params}
    return with_config  # type: ignore[return-value]
