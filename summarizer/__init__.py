"""summarizer: structured, checked summaries of war and crisis news.

    from summarizer import load_articles, summarize
    summary = summarize(load_articles(["a.txt", "b.html"]))

Every figure in a `Summary` is verified by its sources, derived, or flagged by a `Finding`.
"""

from summarizer.articles import load_articles
from summarizer.backends import Attempt, Backend, BackendConfig, make_backend
from summarizer.errors import (
    BackendError,
    ConfigError,
    InputError,
    ModelOutputError,
    SummarizerError,
    TransportError,
)
from summarizer.models import Article, ArticleExtraction, Finding
from summarizer.pipeline import summarize, summarize_async
from summarizer.summary import ArticleResult, Summary, SummaryFact, Usage

__all__ = [
    "Article",
    "ArticleExtraction",
    "ArticleResult",
    "Attempt",
    "Backend",
    "BackendConfig",
    "BackendError",
    "ConfigError",
    "Finding",
    "InputError",
    "ModelOutputError",
    "SummarizerError",
    "Summary",
    "SummaryFact",
    "TransportError",
    "Usage",
    "load_articles",
    "make_backend",
    "summarize",
    "summarize_async",
]
