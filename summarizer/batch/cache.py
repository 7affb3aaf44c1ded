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
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from summarizer.atomic import write_atomically
from summarizer.backends import Backend
from summarizer.models import Article, ArticleExtraction, Usage

FORMAT = 1
"""Bump when the entry layout changes; old entries are then simply not found."""

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

    def get(self, key: str) -> ArticleExtraction | None:
        """A stored answer, or None; an unreadable or outdated entry counts as a miss."""
        try:
            data = json.loads(self._path(key).read_text("utf-8"))
            answer = ArticleExtraction.model_validate(data["extraction"])
        except (OSError, ValueError, KeyError, TypeError, ValidationError):
            self.misses += 1
            return None
        self.hits += 1
        return answer

    def put(self, key: str, extraction: ArticleExtraction, usage: Usage) -> None:
        """Write atomically (temp file + rename), so a killed run leaves no half entry."""
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        entry = {"extraction": extraction.model_dump(mode="json"),
                 "usage": usage.model_dump(mode="json")}
        write_atomically(path, json.dumps(entry))
