"""A self-contained HTML report: the summary beside the articles, evidence highlighted.

Article text, titles and quotes are untrusted, so every value goes through
Jinja's autoescaping; no markup is ever assembled from strings here. A
Content-Security-Policy in the page allows only its own inline script (by
hash) and inline styles, so the file makes no request when opened from disk,
and a payload that slipped past escaping still could not run.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import jinja2
from markupsafe import Markup

from summarizer.models import Article, Evidence
from summarizer.render.environment import environment
from summarizer.render.figures import Figure
from summarizer.render.highlight import Run, Span, runs
from summarizer.render.labels import value_text
from summarizer.render.view import Report, build_report
from summarizer.summary import Summary

ICONS = {"corroborated": "✓", "single_source": "•", "derived": "=", "conflicting": "⚠",
         "updated": "↻", "unsupported": "?", "flagged": "✗"}
"""A shape per status, so the state of a figure never rests on colour alone."""


@dataclass(frozen=True)
class Unlocated:
    """Evidence grounding could not place in the text: listed, never dropped."""

    figure: Figure
    text: str


@dataclass(frozen=True)
class ArticlePane:
    number: int
    article_id: str
    outlet: str
    published: str | None
    runs: list[Run]
    located: int
    unlocated: list[Unlocated]


def evidence_id(figure: Figure, index: int) -> str:
    """The anchor of one source's evidence for a figure: links and highlights meet here."""
    return f"e-{figure.id}-{index}"


def _located(evidence: Evidence | None, text: str) -> tuple[int, int] | None:
    """The evidence's span, where it is one of `text`."""
    span = evidence.span if evidence is not None else None
    return span if span is not None and 0 <= span[0] < span[1] <= len(text) else None


def _panes(report: Report, articles: Sequence[Article]) -> list[ArticlePane]:
    by_id = {a.id: a for a in articles}
    panes = []
    for source in report.sources:
        article = by_id.get(source.article_id)
        text = article.text if article is not None else ""
        spans: list[Span] = []
        unlocated: list[Unlocated] = []
        for fig in report.figures:
            for index, value in enumerate(fig.fact.sources):
                if value.article_id != source.article_id:
                    continue
                evidence = value.evidence
                if evidence is not None and (span := _located(evidence, text)) is not None:
                    spans.append(Span(evidence_id(fig, index), fig.id, *span,
                                      f"{fig.label} ({fig.text})",
                                      fig.fact.status == "conflicting"))
                elif evidence is not None:
                    unlocated.append(Unlocated(fig, evidence.text))
        panes.append(ArticlePane(source.number, source.article_id, source.outlet,
                                 source.published, runs(text, spans), len(spans), unlocated))
    return panes


def _evidence_links(report: Report, articles: Sequence[Article]) -> dict[
        str, list[tuple[int, str | None]]]:
    """Per figure: (source number, anchor, or None when the evidence was not located)."""
    texts = {a.id: a.text for a in articles}
    return {
        fig.id: [
            (number, evidence_id(fig, index)
             if _located(value.evidence, texts.get(value.article_id, "")) is not None
             else None)
            for index, (number, value) in enumerate(
                zip(fig.sources, fig.fact.sources, strict=True))
        ]
        for fig in report.figures
    }


def _tooltip(figure: Figure) -> str:
    """Each source's value and words, for a reader weighing a figure before clicking; a
    value a later report superseded says so."""
    lines = [f"{figure.label}: {figure.status}"]
    for number, source in zip(figure.sources, figure.fact.sources, strict=True):
        earlier = " (earlier)" if source.superseded else ""
        words = f" — “{source.evidence.text}”" if source.evidence else ""
        lines.append(f"[{number}] {value_text(source.value, source.qualifier)}{earlier}{words}")
    if figure.inputs:
        lines.append("computed from: " + ", ".join(f"{i.label} ({i.text})"
                                                   for i in figure.inputs))
    return "\n".join(lines)


def _asset(name: str) -> str:
    text = resources.files("summarizer.render").joinpath("templates", name).read_text("utf-8")
    if "</" in text:
        raise ValueError(f"{name} must not contain '</': it is inlined into the page")
    return text


@cache
def _template() -> tuple[jinja2.Template, str, str]:
    env = environment(autoescape=True)
    script = _asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return env.get_template("report.html.j2"), script, digest


def render_html(summary: Summary, articles: Sequence[Article]) -> str:
    """The report as one HTML file; `articles` supply the texts the evidence points into.

    A summary article whose text is not given is still listed, with a note,
    and its evidence stays reachable through each figure's tooltip.
    """
    report = build_report(summary)
    template, script, digest = _template()
    return template.render(
        report=report,
        panes=_panes(report, articles),
        links=_evidence_links(report, articles),
        tooltip=_tooltip,
        icons=ICONS,
        style=Markup(_asset("report.css")),
        script=Markup(script),
        script_hash=digest,
        given={a.id for a in articles},
    )
