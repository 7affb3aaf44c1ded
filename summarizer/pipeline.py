"""The pipeline: extract -> resolve dates -> ground and validate -> re-ask? -> merge.

The backend is the only part that talks to a model. Everything after it is
deterministic, so the same extraction always yields the same findings.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypedDict, Unpack

from pydantic import ValidationError

from summarizer.backends import Backend, BackendConfig, make_backend
from summarizer.errors import BackendError, ConfigError, InputError, requests_made
from summarizer.merge import merge
from summarizer.models import Article, ArticleExtraction, Finding, Severity
from summarizer.offload import INLINE, Offload
from summarizer.stack import build_stack
from summarizer.summary import ArticleResult, Summary, Usage
from summarizer.text.entities import AliasTable
from summarizer.text.time import resolve_extraction
from summarizer.validate import check_article

DEFAULT_MAX_REASKS = 1
DEFAULT_CONCURRENCY = 4


def reaskable(findings: Sequence[Finding]) -> list[Finding]:
    """Errors the model could have caused. Conflicts in the sources are never re-asked:
    asking again would only teach the model to hide them."""
    return [f for f in findings if f.severity is Severity.error and f.reaskable]


def check(
    article: Article, extraction: ArticleExtraction
) -> tuple[ArticleExtraction, list[Finding]]:
    """Resolve dates from their expressions, then ground and validate (the publication
    date against today's, in UTC)."""
    return check_article(article, resolve_extraction(extraction, article.published_date),
                         today=dt.datetime.now(dt.UTC).date(), copied=True)


@dataclass(frozen=True)
class ArticleFailure:
    """An article that ended without a result: why, where, and what it cost so far.

    Data, not an exception, so a batch can write it as a record and go on with
    the other articles instead of losing them all to one 503.
    """

    article_id: str
    stage: Literal["extract", "validate"]
    error: BaseException
    attempts: int
    usage: Usage

    @property
    def error_type(self) -> str:
        return type(self.error).__name__

    @property
    def message(self) -> str:
        return str(self.error)


async def try_article(
    article: Article, backend: Backend, *, max_reasks: int = DEFAULT_MAX_REASKS,
    offload: Offload = INLINE,
) -> ArticleResult | ArticleFailure:
    """Extract one article, re-asking at most `max_reasks` times with the exact findings.

    The last usable attempt is kept with its findings when re-asks run out or a
    re-ask itself fails (its unresolved errors stay flagged, so nothing unchecked
    gets through); every attempt's tokens are counted, a failed attempt's too (the
    backend's errors carry their usage). A `BackendError` on the first attempt ends
    the article at stage 'extract'; an unexpected error in the deterministic checks
    ends it at 'validate'. The checks run where `offload` says (a batch: in a worker
    process, so the loop keeps sending requests meanwhile).
    """
    usage = Usage()
    feedback: list[str] = []
    attempts = 0
    kept: tuple[ArticleExtraction, list[Finding]] | None = None
    while True:
        attempts += 1
        try:
            answer = await backend.extract(article, feedback)
        except BackendError as error:
            usage += error.usage
            if kept is None:
                return ArticleFailure(article.id, "extract", error,
                                      attempts - 1 + requests_made(error), usage)
            break
        usage += answer.usage
        try:
            kept = await offload.run(check, article, answer.extraction)
        except ConfigError:  # no worker could start: every article would fail the same way
            raise
        except Exception as error:  # a checker bug must cost one article, not the batch
            return ArticleFailure(article.id, "validate", error, attempts, usage)
        fixable = reaskable(kept[1])
        if not fixable or attempts > max_reasks:
            break
        feedback = [f.reask_text for f in fixable]
    extraction, findings = kept
    return ArticleResult(
        article_id=article.id,
        source=article.source,
        published=article.published,
        backend=backend.name,
        model=backend.model,
        prompt_version=backend.prompt_version,
        attempts=attempts,
        extraction=extraction,
        findings=findings,
        usage=usage,
    )


async def process_article(
    article: Article, backend: Backend, *, max_reasks: int = DEFAULT_MAX_REASKS
) -> ArticleResult:
    """`try_article` for library callers: a failure raises the backend's own error."""
    outcome = await try_article(article, backend, max_reasks=max_reasks)
    if isinstance(outcome, ArticleFailure):
        raise outcome.error
    return outcome


async def try_articles(
    articles: Sequence[Article], backend: Backend, *,
    max_reasks: int = DEFAULT_MAX_REASKS, concurrency: int = DEFAULT_CONCURRENCY,
) -> list[ArticleResult | ArticleFailure]:
    """`try_article` on each article, at most `concurrency` at once, in input order."""
    limit = asyncio.Semaphore(max(1, concurrency))

    async def bounded(article: Article) -> ArticleResult | ArticleFailure:
        async with limit:
            return await try_article(article, backend, max_reasks=max_reasks)

    return list(await asyncio.gather(*(bounded(a) for a in articles)))


async def summarize_async(
    articles: Sequence[Article],
    *,
    backend: Backend | None = None,
    config: BackendConfig | None = None,
    max_reasks: int = DEFAULT_MAX_REASKS,
    concurrency: int = DEFAULT_CONCURRENCY,
    aliases: AliasTable | None = None,
) -> Summary:
    """Summarize articles about one event cluster into one `Summary`.

    Pass a ready `backend`, or a `config` to build one (by default the offline
    rules backend unless a model is configured in the environment); it is asked
    through `build_stack`, so a long article goes to a model in chunks and at most
    `concurrency` requests are in flight. `aliases` ({"canonical": ["variant",
    ...]}) names entities the built-in table does not know.
    """
    if not articles:
        raise ValueError("summarize needs at least one article")
    chosen = build_stack(backend if backend is not None else make_backend(
        config or BackendConfig()), concurrency=concurrency)
    outcomes = await try_articles(articles, chosen, max_reasks=max_reasks,
                                  concurrency=concurrency)
    failed = [o for o in outcomes if isinstance(o, ArticleFailure)]
    if failed:
        # Every article has finished by now, so no request is left running unseen.
        raise failed[0].error
    return merge([o for o in outcomes if isinstance(o, ArticleResult)], aliases,
                 articles=articles)


class SummarizeOptions(TypedDict, total=False):
    """The keyword options of `summarize_async`, where their defaults are documented."""

    backend: Backend | None
    config: BackendConfig | None
    max_reasks: int
    concurrency: int
    aliases: AliasTable | None


def summarize(articles: Sequence[Article], **options: Unpack[SummarizeOptions]) -> Summary:
    """Synchronous `summarize_async`, for scripts and notebooks without an event loop."""
    return asyncio.run(summarize_async(articles, **options))


def recheck(
    results: Sequence[ArticleResult], articles: Sequence[Article]
) -> Summary:
    """Run grounding and validation again on saved results, without any model call.

    Dates are resolved afresh and offsets recomputed from the article texts, so
    a hand-edited or third-party extraction gets the same checks as a new one.
    """
    by_id = {a.id: a for a in articles}
    missing = [r.article_id for r in results if r.article_id not in by_id]
    if missing:
        raise InputError(
            ", ".join(missing),
            "the article text is needed to check these results; pass each article file "
            "(its file name stem or JSONL id must match)",
        )
    checked = []
    for result in results:
        extraction, findings = check(by_id[result.article_id], result.extraction)
        checked.append(result.model_copy(update={"extraction": extraction, "findings": findings}))
    return merge(checked, articles=articles)


def recheck_file(path: Path, articles: Sequence[Article]) -> Summary:
    """Recheck a saved `Summary` (summarize --format json) or a bare `ArticleExtraction`
    of one article, e.g. one written by hand or by another tool."""
    where = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(where, "no such file; check the path") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(where, f"not a JSON file ({exc}); give the output of "
                         "`summarizer summarize --format json` or an extraction") from exc
    try:
        if isinstance(data, dict) and "articles" in data:
            return recheck(Summary.model_validate(data).articles, articles)
        extraction = ArticleExtraction.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        location = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise InputError(where, f"{location}: {first['msg']}; the file must be a Summary or an "
                         "ArticleExtraction (see schemas/)") from exc
    if len(articles) != 1:
        raise InputError(where, "a bare extraction belongs to one article; pass exactly one "
                         "article file")
    [article] = articles
    result = ArticleResult(article_id=article.id, source=article.source,
                           published=article.published, backend="saved", extraction=extraction)
    return recheck([result], articles)
