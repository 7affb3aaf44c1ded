"""The transport loop of one model request: what is worth sending again, how long to
wait, and the bound across every attempt.

A 429, 5xx, timeout or dropped connection is retried with exponential backoff,
honouring Retry-After; the same request is sent again and the error never
reaches the prompt. The request and its retries, waits included, end within
`RETRY_BUDGET_TIMEOUTS` times the per-call timeout. Its own module so that the
schema loop in `transport` and this loop can be read apart.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import openai
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception

from summarizer.errors import (
    ConfigError,
    ConnectionLost,
    RejectedRequest,
    TransportRetriesExhausted,
)

T = TypeVar("T")

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


ANSWERING = "summarizer.answering"
"""Set in a request's extensions once its response headers are in: a connection error
after that was lost mid-answer, not a failure to connect."""


async def _answering(response: Any) -> None:
    response.request.extensions[ANSWERING] = True


def http_client() -> openai.DefaultAsyncHttpxClient:
    """The SDK's default HTTP client, marking each request whose answer has begun."""
    return openai.DefaultAsyncHttpxClient(event_hooks={"response": [_answering]})


def lost_mid_answer(error: BaseException) -> bool:
    """True when the connection dropped after the server had begun to answer."""
    if not isinstance(error, openai.APIConnectionError) or isinstance(
            error, openai.APITimeoutError):
        return False
    request = getattr(error, "request", None)
    return bool(getattr(request, "extensions", {}).get(ANSWERING))


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
    if lost_mid_answer(error):
        return ("the connection was lost while reading the answer "
                f"({error.__cause__ or error})")
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
        failed = ConnectionLost if lost_mid_answer(error) else TransportRetriesExhausted
        return failed(
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
