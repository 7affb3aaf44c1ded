"""One extraction call: instructor's schema loop around a transport-retrying request.

Two loops, never mixed:

- Transport (inner, tenacity): a 429, 5xx, timeout or dropped connection is
  retried with exponential backoff, honouring Retry-After. The same request is
  sent again; the error never reaches the prompt.
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

import asyncio
import datetime as dt
import json
import random
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar, cast

import openai
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
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception

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
from summarizer.models import ArticleExtraction, Usage

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

Create = Callable[..., Awaitable[Any]]
"""instructor's patched `create` (`instructor.patch(create=...)`): the SDK call with
instructor's schema loop around it."""

RETRYABLE_STATUS = frozenset({408, 409, 429})
"""Besides every 5xx: timeouts, conflicts and rate limits that pass if one waits."""


def _seconds_until(header: str) -> float | None:
    try:
        return max(0.0, float(header))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def retry_after(error: BaseException | None) -> float | None:
    """The wait the server asked for, from `retry-after-ms` or `Retry-After` (seconds or
    an HTTP date)."""
    if not isinstance(error, openai.APIStatusError):
        return None
    headers = error.response.headers
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    header = headers.get("retry-after")
    return _seconds_until(header) if header is not None else None


class DeadlinePassed(Exception):
    """A request outlived its deadline (the client's own timeout bounds each read only)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the request timed out (over {seconds:g}s in all)")


def refused(error: BaseException) -> bool:
    """True when the connection was refused: nothing listens at that address, and waiting
    18 s in retries only delays the one thing to say (a dropped or reset connection, by
    contrast, is a server that is there and may answer next time)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, ConnectionRefusedError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def is_transient(error: BaseException) -> bool:
    """Errors that may pass on their own: connection drops, timeouts, 408/409/429, 5xx."""
    if isinstance(error, DeadlinePassed):
        return True
    if isinstance(error, openai.APIConnectionError):
        return not refused(error)
    if isinstance(error, openai.APIStatusError):
        return error.status_code in RETRYABLE_STATUS or error.status_code >= 500
    return False


@dataclass(frozen=True)
class Backoff:
    """Waits between transport retries: exponential with jitter, or what Retry-After says.

    Tests shrink the waits or pass a `sleep` that records them instead of waiting.
    """

    initial: float = 1.0
    maximum: float = 30.0
    max_retry_after: float = 120.0
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def wait(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome is not None else None
        asked = retry_after(error)
        if asked is not None:
            return min(asked, self.max_retry_after)
        ceiling = min(self.maximum, self.initial * 2.0 ** (state.attempt_number - 1))
        return ceiling / 2 + random.uniform(0, ceiling / 2)


def _describe(error: openai.APIError | DeadlinePassed) -> str:
    if isinstance(error, DeadlinePassed):
        return str(error)
    if isinstance(error, openai.APITimeoutError):
        return "the request timed out"
    if isinstance(error, openai.APIConnectionError):
        return f"could not connect ({error.__cause__ or error})"
    if isinstance(error, openai.APIStatusError):
        return f"HTTP {error.status_code}: {error.message}"
    return str(error)


RETRY_BUDGET_TIMEOUTS = 3
"""A request and all its transport retries, waits included, end within this many times
the deadline of one request: five attempts of a server that always times out held an
article for five timeouts and more."""


def _final_error(error: openai.APIError | DeadlinePassed, attempts: int, retries: int,
                 where: str, budget: float | None = None) -> Exception:
    """The error a user sees once retrying is over, naming what to check; `budget` is the
    time bound that ended the retries, when that and not their number did."""
    what = _describe(error)
    if isinstance(error, openai.APIConnectionError) and refused(error):
        return ConfigError(f"nothing is listening at {where} (connection refused); start the "
                           "model server there, or check --base-url/OPENAI_BASE_URL")
    if is_transient(error):
        bound = (f"max_transport_retries={retries}" if budget is None else
                 f"all attempts of a request end within {budget:g}s, "
                 f"{RETRY_BUDGET_TIMEOUTS} times --timeout")
        return TransportRetriesExhausted(
            f"model server {where}: {what}; gave up after {attempts} attempt(s) "
            f"({bound}). Try again later or lower the concurrency.",
            attempts=attempts,
        )
    status = getattr(error, "status_code", None)
    if status in (401, 403):
        return ConfigError(f"model server {where} refused the API key ({what}); "
                           "check OPENAI_API_KEY or --api-key")
    if status == 404:
        return ConfigError(f"model server {where} has no such model or path ({what}); "
                           "check --model/SUMMARIZER_MODEL and --base-url/OPENAI_BASE_URL")
    return RejectedRequest(f"model server {where} rejected the request ({what})")


def with_transport_retries(
    send: Callable[..., Awaitable[T]], *, retries: int, backoff: Backoff, where: str,
    deadline: float,
) -> Callable[..., Awaitable[T]]:
    """Wrap the raw SDK call so transient failures are retried below instructor's loop.

    Each attempt is abandoned after `deadline` seconds in all (connect, the wait, the
    whole body) and counted as a timeout: the client's own timeout bounds each read
    only, so a server sending a byte every half second held a call for minutes. The
    attempts together, with the waits between them, get RETRY_BUDGET_TIMEOUTS times
    that: no retry starts, and no wait begins, that would end past it.
    """
    budget = deadline * RETRY_BUDGET_TIMEOUTS

    async def send_with_retries(*args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        started = loop.time()
        out_of_time = False

        def stop(state: RetryCallState) -> bool:
            nonlocal out_of_time
            if state.attempt_number > retries:
                return True
            out_of_time = loop.time() - started + (state.upcoming_sleep or 0.0) >= budget
            return out_of_time

        retrying = AsyncRetrying(
            stop=stop,
            wait=backoff.wait,
            retry=retry_if_exception(is_transient),
            sleep=backoff.sleep,
            reraise=True,
        )
        async def once() -> T:
            left = min(deadline, budget - (loop.time() - started))
            try:
                return await asyncio.wait_for(send(*args, **kwargs), left)
            except TimeoutError:
                raise DeadlinePassed(deadline) from None

        try:
            return await retrying(once)
        except (openai.APIError, DeadlinePassed) as error:
            attempts = int(retrying.statistics.get("attempt_number", 1))
            raise _final_error(error, attempts, retries, where,
                               budget if out_of_time else None) from error

    return send_with_retries


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
