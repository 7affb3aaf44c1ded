"""Every error summarizer raises, rooted at one class so callers can catch them all.

    SummarizerError
    ├── InputError                  an article cannot be read (names the file and what to do)
    ├── ConfigError                 a backend is misconfigured (names the flag and variable)
    └── BackendError                the model call failed; `usage` is what it cost so far
        ├── TransportError          the network or server failed
        │   └── TransportRetriesExhausted   429, 5xx, timeout until retries ran out; `attempts`
        │       └── ConnectionLost  the connection dropped while the answer was being read
        ├── RejectedRequest         the server refused the request for good (a 400)
        ├── ModelOutputError        the model's answer never fit the schema
        │   └── UnusableAnswer      no attempt gave a usable answer; `attempts`, `errors`
        │       └── AnswerTooLarge  an answer over the byte or list bound, refused unread
        ├── ChunkFailed             one chunk of a long article failed
        └── RequestWritten          not a failure: the request went to a Batch API file

Failed attempts cost tokens too, so every `BackendError` carries `usage` (empty
when nothing was spent), and the cost report never loses them.

Findings about content are not errors: they are `models.Finding` data.
"""

from __future__ import annotations

from summarizer.summary import Usage


class SummarizerError(Exception):
    """Root of the tree; the CLI turns it into one line on stderr and exit code 1."""


class InputError(SummarizerError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ConfigError(SummarizerError):
    pass


class BackendError(SummarizerError):
    usage: Usage
    """What the calls that led to this error cost (failed attempts count)."""

    def __init__(self, message: str, *, usage: Usage | None = None) -> None:
        super().__init__(message)
        self.usage = usage if usage is not None else Usage()


class TransportError(BackendError):
    pass


class NotAnAnswer(TransportError):
    """The server answered 200 with a body that is no completion, such as a proxy's HTML
    login page: nothing a model wrote, so no model call and not re-asked."""


class TransportRetriesExhausted(TransportError):
    """The server kept failing (429, 5xx, timeout); `usage` is what the attempts that got an
    answer cost, since a schema retry may have come first."""

    attempts: int

    def __init__(self, message: str, *, attempts: int, usage: Usage | None = None) -> None:
        super().__init__(message, usage=usage)
        self.attempts = attempts


class ConnectionLost(TransportRetriesExhausted):
    """The server had begun to answer and the connection dropped mid-body, on the last
    attempt: the server was reached (this is no 'could not connect'), and a proxy or the
    server cutting long answers is what to look at."""


class RejectedRequest(BackendError):
    """The server refused a request for good (a 400 such as a context overflow after
    re-ask turns grew the messages); `usage` is what the attempts before it cost."""


class ModelOutputError(BackendError):
    pass


class UnusableAnswer(ModelOutputError):
    """No attempt gave a usable answer: schema retries ran out, or the answer was cut off
    or refused (neither is re-asked). Carries every attempt's error and their tokens."""

    attempts: int
    errors: list[str]

    def __init__(self, message: str, *, attempts: int, errors: list[str], usage: Usage) -> None:
        super().__init__(message, usage=usage)
        self.attempts = attempts
        self.errors = errors


class AnswerTooLarge(UnusableAnswer):
    """An answer beyond what `max_tokens` can hold, or listing more facts than the schema
    allows: refused, never re-asked (sending it back would cost its size again)."""


class ChunkFailed(BackendError):
    """One chunk of a long article failed; `usage` is what all the chunks cost."""


class RequestWritten(BackendError):
    """Not a failure: the request went to the file, and its answer comes with `collect`."""


def requests_made(error: BackendError) -> int:
    """How many requests the failed call sent: the transport retries or schema attempts
    that the error counts, else one. A record's `attempts` must agree with its message
    ('gave up after 5 attempt(s)' was recorded as 1 attempt)."""
    if isinstance(error, TransportRetriesExhausted | UnusableAnswer):
        return error.attempts
    return 1
