"""Renderers: the same `Summary` as JSON, Markdown (and HTML in a later step).

Renderers only print facts of the summary; they never compute a figure.
"""

from __future__ import annotations

from typing import Literal

from summarizer.models import Summary
from summarizer.render.markdown import render_markdown

Format = Literal["json", "md"]
FORMATS: tuple[Format, ...] = ("json", "md")


def render(summary: Summary, fmt: Format) -> str:
    if fmt == "json":
        return summary.model_dump_json(indent=2) + "\n"
    return render_markdown(summary)
