"""A publication date in the future is an error of the source: every relative date counts
from it, and no other check can notice, since the events all fall before it."""

from __future__ import annotations

import datetime as dt

from summarizer import Article, BackendConfig, summarize
from summarizer.models import FindingCode, Severity

TEXT = "Russia released 42 Ukrainian prisoners on Friday, officials in Kyiv said."


def codes(published: dt.date) -> list[tuple[FindingCode, Severity, list[str]]]:
    article = Article(id="dated", source="wire", published=published, text=TEXT)
    summary = summarize([article], config=BackendConfig(backend="rules"))
    return [(f.code, f.severity, f.articles) for f in summary.findings
            if f.code.kind.value == "temporal"]


def test_an_article_dated_next_month_is_an_error() -> None:
    today = dt.datetime.now(dt.UTC).date()
    assert codes(today + dt.timedelta(days=30)) == [
        (FindingCode.published_in_future, Severity.error, ["dated"])]


def test_an_article_dated_today_or_tomorrow_is_not() -> None:
    """Tomorrow: a time zone ahead of ours may already be there."""
    today = dt.datetime.now(dt.UTC).date()
    assert codes(today) == []
    assert codes(today + dt.timedelta(days=1)) == []
