"""The validator: pure functions from extractions to findings. Never imports a model client.

`check_article` grounds every evidence string, then runs the grounding, arithmetic,
temporal, coverage, support, given-elsewhere, identity, missile-type, report-day and
after-day checks. Each module's docstring says which of its errors are the model's
(re-askable) and which are in the source.
"""

from __future__ import annotations

import datetime as dt

from summarizer.grounding import grounded_facts
from summarizer.models import Article, ArticleExtraction, Finding
from summarizer.validate._common import Context
from summarizer.validate.after_days import check_after_days
from summarizer.validate.arithmetic import check_arithmetic
from summarizer.validate.coverage import check_coverage
from summarizer.validate.elsewhere import check_elsewhere
from summarizer.validate.grounding_checks import check_grounding
from summarizer.validate.identity import check_identity
from summarizer.validate.missile_types import check_missile_types
from summarizer.validate.report_days import check_report_days
from summarizer.validate.support import check_support
from summarizer.validate.temporal import check_publication, check_temporal

__all__ = ["check_article"]


def check_article(
    article: Article, extraction: ArticleExtraction, *, today: dt.date | None = None,
    copied: bool = False,
) -> tuple[ArticleExtraction, list[Finding]]:
    """Ground every evidence string and run the per-article checks; given `today`, the
    publication date is checked against it too (the caller knows the clock, the checks
    stay pure). `copied`: `extraction` is the caller's own unshared copy, grounded in
    place (`grounded_facts`).

    Returns the extraction with offsets and match kinds filled (nothing is
    dropped) and every finding, errors first.
    """
    grounded, facts = grounded_facts(article, extraction, copied=copied)
    ctx = Context(article, grounded, frozenset(), facts)
    findings, stated = check_grounding(ctx)
    ctx = ctx.with_stated(stated)
    findings += check_arithmetic(ctx)
    findings += check_temporal(ctx)
    findings += check_coverage(ctx)
    unsupported = check_support(ctx)
    findings += unsupported
    findings += check_elsewhere(ctx, {i for f in unsupported for i in f.fact_ids})
    findings += check_identity(ctx)
    findings += check_missile_types(ctx)
    findings += check_report_days(ctx)
    findings += check_after_days(ctx)
    if today is not None:
        findings += check_publication(article, today)
    order = {"error": 0, "warning": 1, "info": 2}
    return grounded, sorted(findings, key=lambda f: order[f.severity.value])
