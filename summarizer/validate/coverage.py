"""Coverage: an article from which nothing was extracted.

A summary built from three articles, one of which gave no fact, reads exactly
like a summary of two: the reader cannot tell that a source was read as empty
(an extractor that found nothing it could read, a model that answered with
empty lists). So the article is named in a warning, whichever backend read it.
It is not re-askable: an empty article may truly hold no event.
"""

from __future__ import annotations

from summarizer.models import Finding, FindingCode, Severity
from summarizer.validate._common import Context


def check_coverage(ctx: Context) -> list[Finding]:
    extraction = ctx.extraction
    if (extraction.agreement is not None or extraction.stages or extraction.cumulative
            or extraction.attacks or extraction.statements):
        return []
    article = ctx.article
    name = article.source if article.source == article.id else f"{article.source} ({article.id})"
    return [ctx.finding(
        FindingCode.nothing_extracted, Severity.warning,
        f"Nothing was extracted from {name}: no exchange, attack or statement. This summary "
        "does not include anything it says; read it yourself before relying on the summary.",
        [])]
