"""Renderers: the same `Summary` as JSON, Markdown or a self-contained HTML report.

Renderers only print facts of the summary; they never compute a figure. HTML
also needs the articles, because a `Summary` keeps evidence offsets, not texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from summarizer.models import Article
from summarizer.render.html import render_html
from summarizer.render.markdown import render_markdown
from summarizer.summary import Summary

Format = Literal["json", "md", "html"]
FORMATS: tuple[Format, ...] = ("json", "md", "html")


def render(summary: Summary, fmt: str, *, articles: Sequence[Article] = ()) -> str:
    """Render `summary` as `fmt`; `articles` (the texts summarized) are used by html only.

    `fmt` is a plain string so callers holding a CLI choice need no cast; an
    unknown one is a programming error, hence ValueError.
    """
    if fmt == "json":
        return summary.model_dump_json(indent=2) + "\n"
    if fmt == "md":
        return render_markdown(summary)
    if fmt == "html":
        return render_html(summary, articles)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


__all__ = ["FORMATS", "Format", "render", "render_html", "render_markdown"]
