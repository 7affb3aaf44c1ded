"""The backend stack: one assembly of the layers around a backend, for every command.

`summarize`, `eval` and `batch` ask the model through the same layers, outermost
first:

    Stack (usage per attempt) -> CachedBackend -> ChunkingBackend -> Limited -> backend

so a cache hit takes no request slot, each chunk of a long article takes one,
and every attempt's tokens are counted where the command can read them. Only a
backend that asks a model (`ModelBackend`) is chunked and cached: its context
is finite and its answers cost money; the rules backend reads any length and
answers for free. The transport's own retries live inside the model backend.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from summarizer.backends import Attempt, Backend, ModelBackend
from summarizer.backends.openai.chunking import ChunkingBackend, overlap_for
from summarizer.errors import BackendError
from summarizer.models import Article
from summarizer.summary import Usage

if TYPE_CHECKING:
    from summarizer.batch.cache import AnswerCache


class Limited:
    """At most `limit` calls of the inner backend at once."""

    def __init__(self, inner: Backend, limit: int) -> None:
        self.inner = inner
        self.slots = asyncio.Semaphore(max(1, limit))
        self.name, self.model, self.prompt_version = inner.name, inner.model, inner.prompt_version

    async def extract(self, article: Article, feedback: Sequence[str] = ()) -> Attempt:
        async with self.slots:
            return await self.inner.extract(article, feedback)


class CachedBackend:
    """A backend that answers from the cache when it can and fills it when it cannot.

    A cached answer costs nothing, so it reports zero usage: a second identical run
    shows zero calls. Failures are never cached. An answer being asked for is locked, so
    runs sharing the cache pay for it once.
    """

    def __init__(self, inner: Backend, cache: AnswerCache, options: Mapping[str, object]) -> None:
        self.inner = inner
        self.cache = cache
        self.options = dict(options)
        self.name, self.model, self.prompt_version = inner.name, inner.model, inner.prompt_version

    async def extract(self, article: Article, feedback: Sequence[str] = ()) -> Attempt:
        key = self.cache.key(self.inner, article, feedback, self.options)
        async with self.cache.answer(key) as hit:
            if hit is not None:
                return Attempt(extraction=hit, usage=Usage())
            attempt = await self.inner.extract(article, feedback)
            self.cache.put(key, attempt.extraction, attempt.usage)
            return attempt


class Stack:
    """The assembled backend; keeps each attempt's usage per article until a command reads
    it (a batch writes it into the article's record), a failed attempt's too."""

    def __init__(self, inner: Backend) -> None:
        self.inner = inner
        self.attempts: dict[str, list[Usage]] = {}
        self.name, self.model, self.prompt_version = inner.name, inner.model, inner.prompt_version

    async def extract(self, article: Article, feedback: Sequence[str] = ()) -> Attempt:
        spent = self.attempts.setdefault(article.id, [])
        try:
            attempt = await self.inner.extract(article, feedback)
        except BackendError as error:
            spent.append(error.usage)
            raise
        spent.append(attempt.usage)
        return attempt


def build_stack(
    backend: Backend, *, concurrency: int | None = None, cache: AnswerCache | None = None,
    chunk_chars: int | None = None,
) -> Stack:
    """The layers around `backend`: at most `concurrency` requests in flight, articles
    longer than `chunk_chars` (by default what the model's context holds) in chunks,
    answers kept in `cache`. A stack passed in again is returned as it is."""
    if isinstance(backend, Stack):
        return backend
    inner: Backend = backend if concurrency is None else Limited(backend, concurrency)
    if isinstance(backend, ModelBackend):
        size = chunk_chars or backend.chunk_chars
        overlap = overlap_for(size)
        inner = ChunkingBackend(inner, chunk_chars=size, overlap_chars=overlap)
        if cache is not None:
            settings = {**backend.answer_settings(), "chunk_chars": size,
                        "overlap_chars": overlap}
            inner = CachedBackend(inner, cache, settings)
    return Stack(inner)
