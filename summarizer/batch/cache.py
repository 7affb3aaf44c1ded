"""A content-addressed cache of model answers on disk.

It stores the backend's answer (the extraction), not the checked result, so
grounding and validation run again on every cached answer and a fixed
validator applies to old answers too. The key covers everything that can change
the answer: backend, model, prompt version (which hashes the template text),
the extraction schema, the article (source, date, text), the re-ask feedback
and the options the backend names (`ModelBackend.answer_settings`: endpoint,
the schema the model is asked in, mode, token limit) with the chunk size.
Anything else would serve a stale answer, or one backend another's.
`stack.CachedBackend` is the layer that reads and fills it.

Failures are never cached: a 503 tonight must not become tomorrow's answer.

An answer being asked for is locked (`answer`): two batch runs sharing the cache,
or two units of one run with the same article, would otherwise each pay the model
for it. The second waits for the first and reads its answer from the cache.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import hashlib
import json
import os
from collections.abc import AsyncIterator, Mapping, Sequence
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from summarizer.atomic import write_atomically
from summarizer.backends import Backend
from summarizer.models import Article, ArticleExtraction
from summarizer.summary import Usage

FORMAT = 1
"""Bump when the entry layout changes; old entries are then simply not found."""
LOCK_POLL = (0.02, 0.5)
"""First and longest pause, in seconds, between tries for an answer another run is
asking for: a lock is held for one model request, which takes seconds."""

def default_cache_dir() -> Path:
    """$SUMMARIZER_CACHE_DIR, else the user cache directory ($XDG_CACHE_HOME or ~/.cache)."""
    explicit = os.environ.get("SUMMARIZER_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summarizer"


@cache
def schema_hash() -> str:
    schema = json.dumps(ArticleExtraction.model_json_schema(), sort_keys=True)
    return hashlib.sha256(schema.encode()).hexdigest()[:16]


def article_hash(article: Article) -> str:
    """What the prompt shows of an article; the id is not shown, so it is not hashed and
    the same text under two ids is one answer."""
    published = article.published.isoformat() if article.published else ""
    data = "\0".join((article.source, published, article.text))
    return hashlib.sha256(data.encode()).hexdigest()


class AnswerCache:
    """One JSON file per answer under `root/v<FORMAT>/<2 hex>/<key>.json`."""

    def __init__(self, root: Path) -> None:
        self.root = root / f"v{FORMAT}"
        self.hits = 0
        self.misses = 0

    def key(self, backend: Backend, article: Article, feedback: Sequence[str],
            options: Mapping[str, object]) -> str:
        parts = {
            "backend": backend.name,
            "model": backend.model,
            "prompt_version": backend.prompt_version,
            "schema": schema_hash(),
            "article": article_hash(article),
            "feedback": list(feedback),
            "options": dict(options),
        }
        return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def _read(self, key: str) -> ArticleExtraction | None:
        """A stored answer, or None; an unreadable or outdated entry is none."""
        try:
            data = json.loads(self._path(key).read_text("utf-8"))
            return ArticleExtraction.model_validate(data["extraction"])
        except (OSError, ValueError, KeyError, TypeError, ValidationError):
            return None

    def _counted(self, hit: ArticleExtraction | None) -> ArticleExtraction | None:
        if hit is None:
            self.misses += 1
        else:
            self.hits += 1
        return hit

    def get(self, key: str) -> ArticleExtraction | None:
        """A stored answer, or None; an unreadable or outdated entry counts as a miss."""
        return self._counted(self._read(key))

    @contextlib.asynccontextmanager
    async def answer(self, key: str) -> AsyncIterator[ArticleExtraction | None]:
        """The stored answer, or None while holding the entry's lock, until the block
        ends: the caller then asks the model and `put`s the answer. Another run (or
        unit) needing the same answer meanwhile waits, then reads it instead of paying
        for it again; if the asking fails, the next in line asks in turn."""
        stored = self._read(key)
        if stored is not None:
            yield self._counted(stored)
            return
        lock = self._path(key).with_suffix(".lock")
        lock.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            pause = LOCK_POLL[0]
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    await asyncio.sleep(pause)
                    pause = min(LOCK_POLL[1], pause * 2)
            yield self._counted(self._read(key))  # filled while we waited?
            if self._path(key).exists():
                # Whoever opens the lock after this finds the answer first; one still
                # waiting on this unlinked file reads it once it gets the lock.
                lock.unlink(missing_ok=True)
        finally:
            os.close(fd)  # closing the descriptor drops the flock

    def put(self, key: str, extraction: ArticleExtraction, usage: Usage) -> None:
        """Write atomically (temp file + rename), so a killed run leaves no half entry."""
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        entry = {"extraction": extraction.model_dump(mode="json"),
                 "usage": usage.model_dump(mode="json")}
        write_atomically(path, json.dumps(entry))
