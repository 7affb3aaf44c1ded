"""Bounds on an answer: its size before anything parses it, its lists after.

A server once returned a 10 MB answer of 5,000 statements. It was accepted, its
re-ask sent 717k prompt tokens, and merging it held the batch for ten minutes. An
answer can hold no more than `max_tokens` tokens, so one larger than that many
tokens can be is not an answer to this request; and the schema tells the model how
many facts one answer may list (`models.MAX_FACTS`). An answer beyond either bound
is refused as `AnswerTooLarge`, with its tokens counted, and never sent back.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from pydantic import BaseModel

from summarizer.errors import AnswerTooLarge, NotAnAnswer
from summarizer.formats import looks_like_html
from summarizer.summary import Usage

T = TypeVar("T")

BYTES_PER_TOKEN = 16
"""Generous: English JSON runs near 4 bytes a token, and other scripts in UTF-8 at most
about twice that."""


def _tokens(value: Any) -> int:
    """A usage field as a count; a field a server sends as text ('12') still counts, one
    that is no number counts 0 rather than losing the whole completion's usage."""
    try:
        return max(0, int(value or 0))
    except (TypeError, ValueError):
        return 0


def completion_usage(response: Any) -> Usage:
    """What one completion cost, as its server reports it."""
    tokens = getattr(response, "usage", None)
    return Usage(calls=1, prompt_tokens=_tokens(getattr(tokens, "prompt_tokens", 0)),
                 completion_tokens=_tokens(getattr(tokens, "completion_tokens", 0)))


def answer_bytes(completion: Any) -> int:
    """The bytes of the answer's text: message content and tool-call arguments. An answer
    cut at the token limit is 0: it is reported as cut off, and never parsed."""
    size = 0
    for choice in getattr(completion, "choices", None) or []:
        if getattr(choice, "finish_reason", None) == "length":
            return 0
        message = choice.message
        size += len((message.content or "").encode("utf-8"))
        for call in message.tool_calls or []:
            function = getattr(call, "function", None)
            size += len((getattr(function, "arguments", None) or "").encode("utf-8"))
    return size


def with_answer_bound(send: Callable[..., Awaitable[T]], *, max_tokens: int,
                      where: str) -> Callable[..., Awaitable[T]]:
    """Refuse a completion larger than `max_tokens` tokens can be, and a body that is no
    completion at all, before it is parsed."""
    limit = max_tokens * BYTES_PER_TOKEN

    async def send_bounded(*args: Any, **kwargs: Any) -> T:
        completion = await send(*args, **kwargs)
        if isinstance(completion, str):  # what the SDK returns for a 200 that is not JSON
            what = "an HTML page" if looks_like_html(completion) else "a body that is not JSON"
            raise NotAnAnswer(f"model server {where} answered HTTP 200 with {what}, not a chat "
                              "completion; check --base-url/OPENAI_BASE_URL (a proxy or login "
                              "page may be in the way)")
        size = answer_bytes(completion)
        if size > limit:
            error = (f"the answer from {where} was {size:,} bytes, more than "
                     f"max_tokens={max_tokens} tokens can hold ({limit:,} bytes)")
            raise AnswerTooLarge(f"{error}; it was refused unread and not re-asked. Check "
                                 "what the server returns", attempts=1, errors=[error],
                                 usage=completion_usage(completion))
        return completion

    return send_bounded


def overlong_list(model: BaseModel, at: str = "") -> tuple[str, int, int] | None:
    """The first list of `model` longer than its schema's maxItems: (its path, its length,
    the bound); None when every list is within its bound."""
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        path = f"{at}.{name}" if at else name
        extra = info.json_schema_extra
        bound = extra.get("maxItems") if isinstance(extra, dict) else None
        if isinstance(value, list):
            if isinstance(bound, int) and len(value) > bound:
                return path, len(value), bound
            items = [v for v in value if isinstance(v, BaseModel)]
            found = next((hit for i, v in enumerate(items)
                          if (hit := overlong_list(v, f"{path}[{i}]")) is not None), None)
            if found is not None:
                return found
        elif isinstance(value, BaseModel) and (hit := overlong_list(value, path)) is not None:
            return hit
    return None
