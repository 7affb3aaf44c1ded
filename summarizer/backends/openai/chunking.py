"""Long articles: split into overlapping chunks, extract each, and merge the answers back.

A model's context is finite, and cutting an article to fit would silently drop
facts. Each chunk goes to the model with the article's source and date; their
extractions are combined into one, and the pipeline then grounds that against
the whole article, so every offset points into the original text. Overlap
keeps a fact that straddles a cut whole in at least one chunk; the copy both
neighbours report is dropped as an exact duplicate.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from typing import Any

from summarizer.backends import Attempt, Backend
from summarizer.errors import BackendError, ChunkFailed
from summarizer.models import Article, ArticleExtraction
from summarizer.summary import Usage
from summarizer.text.sentences import last_break

DEFAULT_CHUNK_CHARS = 40_000
"""About 10k tokens: fits every current model's context with room for the prompt and answer."""
DEFAULT_OVERLAP_CHARS = 2_000
MIN_CHUNK_CHARS = 4_000
"""About a thousand tokens: a smaller chunk says too little to extract a fact from."""
_LINE_BREAKS = ("\n\n", "\n")


def split_text(text: str, size: int, overlap: int) -> list[tuple[int, int]]:
    """(start, end) spans of at most `size` chars that cover `text`, each overlapping the
    previous one by about `overlap` chars; cuts fall on a paragraph, line, sentence or
    word break where one exists in the second half of the span."""
    if size <= 0 or not 0 <= overlap < size // 2:
        raise ValueError(f"chunk size {size} must be positive and overlap {overlap} "
                         "under half of it")
    spans: list[tuple[int, int]] = []
    start = 0
    while True:
        end = min(len(text), start + size)
        if end < len(text):
            end = _cut(text, start + size // 2, end)
        spans.append((start, end))
        if end >= len(text):
            return spans
        start = _word_start(text, end - overlap)


def _cut(text: str, floor: int, end: int) -> int:
    """Where a chunk of text[:end] ends: after the last paragraph or line break from
    `floor` on, else after the last sentence (`last_break`: not after 'U.S.' in 'U.S.
    officials said'), else after the last space, else at `end`."""
    for mark in _LINE_BREAKS:
        cut = text.rfind(mark, floor, end)
        if cut != -1:
            return cut + len(mark)
    stop = last_break(text, end - 1, floor)
    if stop is not None:
        return stop[1] + 1
    space = text.rfind(" ", floor, end)
    return end if space == -1 else space + 1


def overlap_for(chunk_chars: int) -> int:
    """The overlap of chunks of this size: enough for a sentence that straddles a cut, and
    never so much of a small chunk that most of each one is sent twice."""
    return min(DEFAULT_OVERLAP_CHARS, chunk_chars // 4)


def _word_start(text: str, at: int) -> int:
    space = text.find(" ", at)
    return at if space == -1 else space + 1


def combine(parts: Sequence[ArticleExtraction]) -> ArticleExtraction:
    """One extraction holding every item of the parts once, in chunk order."""
    agreement = next((p.agreement for p in parts if p.agreement is not None), None)
    fields: dict[str, list[Any]] = {"stages": [], "cumulative": [], "attacks": [],
                                    "statements": []}
    for name, items in fields.items():
        seen: set[str] = set()
        for part in parts:
            for item in getattr(part, name):
                key = json.dumps(item.model_dump(mode="json"), sort_keys=True)
                if key not in seen:
                    seen.add(key)
                    items.append(item)
    return ArticleExtraction(agreement=agreement, **fields)


class ChunkingBackend:
    """Sends articles longer than `chunk_chars` in chunks; shorter ones pass straight on."""

    def __init__(self, inner: Backend, *, chunk_chars: int = DEFAULT_CHUNK_CHARS,
                 overlap_chars: int = DEFAULT_OVERLAP_CHARS) -> None:
        split_text("", chunk_chars, overlap_chars)  # refuse bad settings before any call
        self.inner = inner
        self.chunk_chars = chunk_chars
        self.overlap_chars = overlap_chars
        self.name = inner.name
        self.model = inner.model
        self.prompt_version = inner.prompt_version

    def chunks(self, article: Article) -> list[Article]:
        if len(article.text) <= self.chunk_chars:
            return [article]
        spans = split_text(article.text, self.chunk_chars, self.overlap_chars)
        return [article.model_copy(update={"id": f"{article.id}#{n}of{len(spans)}",
                                           "text": article.text[start:end]})
                for n, (start, end) in enumerate(spans, start=1)]

    async def extract(self, article: Article, feedback: Sequence[str] = ()) -> Attempt:
        parts = self.chunks(article)
        if len(parts) == 1:
            return await self.inner.extract(article, feedback)
        outcomes = await asyncio.gather(*(self.inner.extract(p, feedback) for p in parts),
                                        return_exceptions=True)
        answers = [o for o in outcomes if isinstance(o, Attempt)]
        usage = sum((a.usage for a in answers), Usage())
        for number, outcome in enumerate(outcomes, start=1):
            if isinstance(outcome, BaseException):
                if not isinstance(outcome, BackendError):
                    raise outcome
                raise ChunkFailed(f"chunk {number} of {len(parts)} failed: {outcome}",
                                  usage=usage + outcome.usage) from outcome
        return Attempt(combine([a.extraction for a in answers]), usage=usage)
