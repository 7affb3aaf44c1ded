"""Large backfills through the OpenAI Batch API: write the requests, read back the results.

The request body is the one a live run sends, built by the same instructor call
with the transport swapped for one that captures the body instead of sending
it. The provider's results are parsed by that call too, with a transport that
replays the stored completion, so collected answers go through exactly the
same parsing, usage count, grounding, validation and merge as live ones.
Nothing is re-asked: a batch has no second turn, so findings stay as findings.

Results file lines, as the provider documents them:

    {"id": "batch_req_...", "custom_id": "<article id>",
     "response": {"status_code": 200, "request_id": "...", "body": {<chat completion>}},
     "error": null}
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from instructor import Mode
from instructor.core import patch
from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from summarizer.articles import Notes
from summarizer.backends import Attempt, BackendConfig
from summarizer.backends.openai.backend import (
    DEFAULT_MODEL,
    answer_settings,
    chunk_chars_for,
    parse_mode,
)
from summarizer.backends.openai.chunking import ChunkingBackend, overlap_for
from summarizer.backends.openai.prompts import load_prompt
from summarizer.backends.openai.transport import Create, request_extraction
from summarizer.batch.inputs import Rejected, count_inputs, input_files, stream_units
from summarizer.errors import BackendError, InputError, RequestWritten
from summarizer.fetch import PageCache
from summarizer.models import Article

ENDPOINT = "/v1/chat/completions"


class _Captured(BackendError):
    def __init__(self, body: dict[str, Any]) -> None:
        super().__init__("request captured")
        self.body = body


async def _capture(*args: Any, **kwargs: Any) -> Any:
    raise _Captured(kwargs)


class _Settings:
    """Model, mode and limits as a live `OpenAIBackend` would use them; no key needed."""

    def __init__(self, config: BackendConfig) -> None:
        self.config = config.resolved()
        self.model = self.config.model or DEFAULT_MODEL
        self.mode: Mode = parse_mode(self.config.mode)
        self.max_tokens = self.config.max_tokens
        self.prompt_version: str | None = load_prompt("extract").id

    async def ask(self, create: Create, article: Article,
                  feedback: Sequence[str]) -> Attempt:
        system, user = load_prompt("extract").render(article, list(feedback))
        extraction, usage = await request_extraction(
            create, system, user, model=self.model, max_validation_retries=0,
            max_tokens=self.max_tokens, compact=self.config.schema == "compact")
        return Attempt(extraction=extraction, usage=usage)


class RequestWriter:
    """A backend that writes each request to a Batch API input file instead of sending it.

    `extract` always raises after writing, so nothing downstream mistakes a
    written request for an answer.
    """

    name = "openai"

    def __init__(self, config: BackendConfig, out: IO[str]) -> None:
        self.settings = _Settings(config)
        self.model: str | None = self.settings.model
        self.prompt_version = self.settings.prompt_version
        self.out = out
        self.written = 0
        self._create = patch(create=_capture, mode=self.settings.mode)

    async def extract(self, article: Article, feedback: Sequence[str] = ()) -> Attempt:
        try:
            await self.settings.ask(self._create, article, feedback)
        except _Captured as captured:
            line = {"custom_id": article.id, "method": "POST", "url": ENDPOINT,
                    "body": captured.body}
            self.out.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")
            self.written += 1
        raise RequestWritten(f"request for {article.id} written for the Batch API")


class ResultsBackend:
    """Answers from a Batch API results file, located by `custom_id` (the article id)."""

    name = "openai"

    def __init__(self, config: BackendConfig, results: Path) -> None:
        self.settings = _Settings(config)
        self.model: str | None = self.settings.model
        self.prompt_version = self.settings.prompt_version
        self.results = results
        self.offsets = _index(results)

    @property
    def chunk_chars(self) -> int:
        """As `write_requests` cut the articles, so each chunk finds its answer."""
        return chunk_chars_for(self.settings.config)

    def answer_settings(self) -> dict[str, object]:
        return answer_settings(self.settings.config, max_validation_retries=0)

    def completion(self, custom_id: str) -> ChatCompletion:
        where = f"{self.results} (custom_id {custom_id!r})"
        offset = self.offsets.get(custom_id)
        if offset is None:
            raise BackendError(f"{where}: no result for this article; it was not in the "
                               "submitted requests, or the batch has not finished")
        with self.results.open("rb") as fh:
            fh.seek(offset)
            line = json.loads(fh.readline())
        error = line.get("error")
        response = line.get("response") or {}
        status = response.get("status_code")
        if error or status != 200:
            detail = error or (response.get("body") or {}).get("error") or {}
            message = detail.get("message", "no message") if isinstance(detail, dict) else detail
            code = detail.get("code", status) if isinstance(detail, dict) else status
            raise BackendError(f"{where}: the provider answered {code}: {message}")
        try:
            return ChatCompletion.model_validate(response.get("body"))
        except ValidationError as exc:
            raise BackendError(f"{where}: the response body is not a chat completion "
                               f"({exc.errors()[0]['msg']})") from exc

    async def extract(self, article: Article, feedback: Sequence[str] = ()) -> Attempt:
        stored = self.completion(article.id)

        async def replay(*args: Any, **kwargs: Any) -> ChatCompletion:
            return stored

        return await self.settings.ask(patch(create=replay, mode=self.settings.mode), article,
                                       feedback)


def _index(path: Path) -> dict[str, int]:
    """custom_id -> byte offset of its line, so a large results file is not held in memory."""
    offsets: dict[str, int] = {}
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(str(path), f"cannot read the Batch API results: {exc.strerror}") from exc
    with fh:
        offset = 0
        for number, raw in enumerate(fh, start=1):
            if raw.strip():
                try:
                    custom_id = json.loads(raw)["custom_id"]
                except (ValueError, KeyError, TypeError) as exc:
                    raise InputError(f"{path}:{number}", "not a Batch API result line (JSON "
                                     "with custom_id, response and error)") from exc
                offsets[str(custom_id)] = offset
            offset += len(raw)
    return offsets


def write_requests(
    inputs: Sequence[str | Path], config: BackendConfig, requests: Path, *,
    group_by: str, max_bytes: int, chunk_chars: int | None = None,
    overlap_chars: int | None = None, pages: PageCache | None = None,
    notes: Notes | None = None,
) -> tuple[int, list[Rejected]]:
    """Write one request per article (per chunk of a long one); return how many, and the
    inputs that could not be read, which the caller must report (`notes` hears of the
    files a directory holds besides articles). Chunks are cut as a live run and
    `ResultsBackend` cut them: by default to what the model's context holds."""
    files = input_files(inputs, notes=notes)
    groups, _ = count_inputs(files, group_by, max_bytes)
    rejected: list[Rejected] = []
    requests.parent.mkdir(parents=True, exist_ok=True)
    with requests.open("w", encoding="utf-8") as out:
        writer = RequestWriter(config, out)
        size = chunk_chars or chunk_chars_for(writer.settings.config)
        chunker = ChunkingBackend(writer, chunk_chars=size,
                                  overlap_chars=overlap_for(size) if overlap_chars is None
                                  else overlap_chars)

        async def write_all() -> None:
            for item in stream_units(files, groups, group_by=group_by, max_bytes=max_bytes,
                                     pages=pages):
                if isinstance(item, Rejected):
                    rejected.append(item)
                    continue
                for article in item.articles:
                    for part in chunker.chunks(article):
                        with contextlib.suppress(RequestWritten):
                            await writer.extract(part)

        asyncio.run(write_all())
    return writer.written, rejected
