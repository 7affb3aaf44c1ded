"""One extraction call: instructor's schema loop around a transport-retrying request.

Two loops, never mixed:

- Transport (inner, tenacity, in `retries`): a 429, 5xx, timeout or dropped
  connection is retried with exponential backoff, honouring Retry-After. The same
  request is sent again; the error never reaches the prompt.
- Schema (outer, instructor): an answer that does not parse or validate as
  `ArticleExtraction` goes back to the model with the validation error, at most
  `max_validation_retries` times (attempts = 1 + retries).

Every completion the server returns is counted, failed attempts included,
through a hook passed with the call itself, so articles sharing one client
never mix their counts. Transport failures return no completion and cost no
tokens, so they are not counted as calls.

The response model is prepared once per process (`prepared`), not on every call;
what instructor itself still repeats per call is measured by `benchmarks/overhead.py`.

Only this module and `backends/openai.py` import the model client.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from instructor import response_schema
from instructor.core import (
    HookName,
    Hooks,
    IncompleteOutputException,
    InstructorRetryException,
    ResponseParsingError,
)
from openai.types.chat import ChatCompletionSystemMessageParam, ChatCompletionUserMessageParam
from pydantic import BaseModel, ValidationError

from summarizer import spend
from summarizer.backends.openai.bounds import completion_usage, overlong_list
from summarizer.backends.openai.compact import CompactExtraction, to_extraction
from summarizer.errors import (
    AnswerTooLarge,
    BackendError,
    ConfigError,
    RejectedRequest,
    TransportRetriesExhausted,
    UnusableAnswer,
)
from summarizer.models import ArticleExtraction
from summarizer.summary import Usage

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

Create = Callable[..., Awaitable[Any]]
"""instructor's patched `create` (`instructor.patch(create=...)`): the SDK call with
instructor's schema loop around it."""

_CONTROL = re.compile(r"[\x00-\x1f]")
"""Answers without any control character (most) are left alone without parsing."""


def _escaped(text: str | None) -> str | None:
    """`text` re-serialized when it is JSON except for raw control characters inside
    strings, else None."""
    if not text or not _CONTROL.search(text):
        return None
    try:
        json.loads(text)
        return None
    except ValueError:
        pass
    try:
        return json.dumps(json.loads(text, strict=False), ensure_ascii=False)
    except ValueError:
        return None


def with_raw_newlines_escaped(
    send: Callable[..., Awaitable[T]],
) -> Callable[..., Awaitable[T]]:
    """Small local models write raw newlines inside JSON strings (SmolLM2 through
    llama.cpp's grammar does on seed 001). Strict JSON, and so pydantic, refuses the
    whole answer although its meaning is plain, and the re-ask costs a minute of local
    generation; such an answer is re-serialized with the characters escaped before
    instructor parses it. Nothing else is repaired: a cut-off or malformed answer
    still fails the schema and is re-asked."""

    async def send_escaped(*args: Any, **kwargs: Any) -> T:
        completion = await send(*args, **kwargs)
        for choice in getattr(completion, "choices", None) or []:
            message = choice.message
            if (content := _escaped(message.content)) is not None:
                message.content = content
            for call in message.tool_calls or []:
                function = getattr(call, "function", None)
                if function is not None and (arguments := _escaped(function.arguments)):
                    function.arguments = arguments
        return completion

    return send_escaped


@dataclass
class UsageMeter:
    """Sums the usage of every completion an instructor call receives."""

    usage: Usage = field(default_factory=Usage)
    last_completion_tokens: int = 0

    def __call__(self, response: Any) -> None:
        usage = completion_usage(response)
        self.last_completion_tokens = usage.completion_tokens
        self.usage += usage
        spend.paid(usage)

    def hooks(self) -> Hooks:
        hooks = Hooks()
        hooks.on(HookName.COMPLETION_RESPONSE, self)
        return hooks


SCHEMA_ERRORS = (ValidationError, json.JSONDecodeError, ResponseParsingError)

def prepared(model: type[M]) -> type[M]:
    """`model` wrapped for instructor once, with its JSON Schema generated once.

    instructor wraps a plain model anew on every call, which defeats its tool-schema
    cache; and in the JSON, MD_JSON and JSON_SCHEMA modes it asks the model class for
    its JSON Schema on every call, which pydantic builds from scratch each time (tens of
    milliseconds for `ArticleExtraction`). This subclass keeps the name and docstring, so the
    request is byte for byte what the plain model gives, and answers the schema from
    a copy made once. Each caller gets its own copy: instructor's handlers may edit it.
    """
    wrapped = response_schema(model)
    texts: dict[tuple[Any, ...], str] = {}

    def model_json_schema(cls: type[BaseModel], *args: Any, **kwargs: Any) -> dict[str, Any]:
        key = (args, tuple(sorted(kwargs.items())))
        if key not in texts:
            texts[key] = json.dumps(wrapped.model_json_schema(*args, **kwargs))
        schema: dict[str, Any] = json.loads(texts[key])
        return schema

    subclass = cast(Callable[..., type[M]], type(wrapped))
    return subclass(model.__name__, (wrapped,), {
        "__doc__": model.__doc__, "__module__": model.__module__,
        "__qualname__": model.__qualname__, "model_json_schema": classmethod(model_json_schema)})


RESPONSE_MODEL = prepared(ArticleExtraction)
COMPACT_RESPONSE_MODEL = prepared(CompactExtraction)


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


async def request_extraction(
    create: Create,
    system: str,
    user: str,
    *,
    model: str,
    max_validation_retries: int,
    max_tokens: int,
    compact: bool = False,
) -> tuple[ArticleExtraction, Usage]:
    """Ask for one `ArticleExtraction`; return it with the usage of every attempt.

    With `compact`, the model answers in `CompactExtraction`, which code maps back.

    The messages are built here, fresh for each call: instructor appends its re-ask
    turns to the list it is given. `create` is called as it is, not through
    `AsyncInstructor.create`, which walks the whole response model once more per call
    looking for async validators before calling it.

    Raises `TransportRetriesExhausted`, `UnusableAnswer`, `ConfigError` or
    `BackendError`, each carrying or naming what the user can change.
    """
    meter = UsageMeter()
    try:
        extraction = await create(
            response_model=COMPACT_RESPONSE_MODEL if compact else RESPONSE_MODEL,
            messages=[
                ChatCompletionSystemMessageParam(role="system", content=system),
                ChatCompletionUserMessageParam(role="user", content=user),
            ],
            max_retries=max_validation_retries,
            hooks=meter.hooks(),
            model=model,
            max_tokens=max_tokens,
            temperature=0,
        )
    except IncompleteOutputException as error:
        raise UnusableAnswer(
            f"the answer was cut off at max_tokens={max_tokens}; raise --max-tokens",
            attempts=meter.usage.calls, errors=[_first_line(error)], usage=meter.usage,
        ) from error
    except InstructorRetryException as error:
        cause = error.__cause__
        if isinstance(cause, AnswerTooLarge):  # its own completion never reached the meter
            spend.paid(cause.usage)
            cause.usage, cause.attempts = meter.usage + cause.usage, error.n_attempts
            raise cause from None
        if isinstance(cause, TransportRetriesExhausted | RejectedRequest):
            cause.usage = meter.usage
            raise cause from cause.__cause__
        if isinstance(cause, (ConfigError, BackendError)):
            raise cause from cause.__cause__
        errors = [_first_line(f.exception) for f in error.failed_attempts or []]
        if isinstance(cause, SCHEMA_ERRORS):
            message = (f"the answer did not fit the schema in {error.n_attempts} attempt(s) "
                       f"(max_validation_retries={max_validation_retries}); last error: "
                       f"{errors[-1] if errors else _first_line(cause)}")
            if meter.last_completion_tokens >= max_tokens:
                # llama.cpp's server reports a tool call cut at the limit as finished.
                message += (f". The last answer used all max_tokens={max_tokens} tokens and "
                            "was probably cut off; raise --max-tokens")
        elif errors:
            message = f"the model gave no usable answer: {errors[-1]}"
        else:
            errors.append(_first_line(cause if cause is not None else error))
            message = f"the model gave no usable answer: {errors[-1]}"
        raise UnusableAnswer(
            message, attempts=error.n_attempts, errors=errors, usage=meter.usage
        ) from error
    answer = (to_extraction(CompactExtraction.model_validate(extraction.model_dump()))
              if compact else ArticleExtraction.model_validate(extraction.model_dump()))
    if (overlong := overlong_list(answer)) is not None:
        path, count, bound = overlong
        told = f"the answer lists {count:,} {path}, more than the {bound} the schema allows"
        raise AnswerTooLarge(f"{told}; it was refused and not re-asked",
                             attempts=meter.usage.calls, errors=[told], usage=meter.usage)
    return answer, meter.usage
