"""The pipeline: extract -> resolve dates -> ground and validate -> re-ask? -> merge.

The backend is the only part that talks to a model. Everything after it is
deterministic, so the same extraction always yields the same findings.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from summarizer.backends import Backend, BackendConfig, make_backend
from summarizer.dates import resolve_extraction
from summarizer.merge import merge
from summarizer.models import Article, ArticleResult, Finding, Severity, Summary, Usage
from summarizer.validate import check_article

DEFAULT_MAX_REASKS = 1
DEFAULT_CONCURRENCY = 4


def reaskable(findings: Sequence[Finding]) -> list[Finding]:
    """Errors the model could have caused. Conflicts in the sources are never re-asked:
    asking again would only teach the model to hide them."""
    return [f for f in findings if f.severity is Severity.error and f.reaskable]


async def process_article(
    article: Article, backend: Backend, *, max_reasks: int = DEFAULT_MAX_REASKS
) -> ArticleResult:
    """Extract one article, re-asking at most `max_reasks` times with the exact findings.

    The last attempt is kept with its findings when re-asks run out; every
    attempt's tokens are counted.
    """
    usage = Usage()
    feedback: list[str] = []
    attempts = 0
    while True:
        attempts += 1
        answer = await backend.extract(article, feedback)
        usage += answer.usage
        extraction = resolve_extraction(answer.extraction, article.published_date)
        extraction, findings = check_article(article, extraction)
        fixable = reaskable(findings)
        if not fixable or attempts > max_reasks:
            break
        feedback = [f.message for f in fixable]
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


async def summarize_async(
    articles: Sequence[Article],
    *,
    backend: Backend | None = None,
    config: BackendConfig | None = None,
    max_reasks: int = DEFAULT_MAX_REASKS,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> Summary:
    """Summarize articles about one event cluster into one `Summary`.

    Pass a ready `backend`, or a `config` to build one (by default the offline
    rules backend unless a model is configured in the environment).
    """
    if not articles:
        raise ValueError("summarize needs at least one article")
    chosen = backend if backend is not None else make_backend(config or BackendConfig())
    limit = asyncio.Semaphore(max(1, concurrency))

    async def bounded(article: Article) -> ArticleResult:
        async with limit:
            return await process_article(article, chosen, max_reasks=max_reasks)

    results = await asyncio.gather(*(bounded(a) for a in articles))
    return merge(list(results))


def summarize(
    articles: Sequence[Article],
    *,
    backend: Backend | None = None,
    config: BackendConfig | None = None,
    max_reasks: int = DEFAULT_MAX_REASKS,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> Summary:
    """Synchronous `summarize_async`, for scripts and notebooks without an event loop."""
    return asyncio.run(
        summarize_async(
            articles, backend=backend, config=config, max_reasks=max_reasks,
            concurrency=concurrency,
        )
    )
