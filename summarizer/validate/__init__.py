"""The validator: pure functions from extractions to findings. Never imports a model client."""

from __future__ import annotations

from summarizer.grounding import ground_extraction
from summarizer.models import Article, ArticleExtraction, Finding


def check_article(
    article: Article, extraction: ArticleExtraction
) -> tuple[ArticleExtraction, list[Finding]]:
    """Ground every evidence string and run the per-article checks."""
    return ground_extraction(article, extraction)
