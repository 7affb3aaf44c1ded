"""Markdown for an editor in a hurry: a headline, the figures with their status, the checks.

The layout comes from `view.build_report`, so Markdown and HTML cannot drift
apart on what a figure is or where it goes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import jinja2

from summarizer.render.environment import environment
from summarizer.render.figures import Figure
from summarizer.render.view import build_report
from summarizer.summary import Summary
from summarizer.text.memo import short_texts

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_CONTROL = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_TICKS = re.compile(r"`+")
SEVERITY = {"error": "✖ Error", "warning": "⚠ Warning", "info": "\N{INFORMATION SOURCE} Note"}


@short_texts
def md(text: str) -> str:
    """Article words as literal text: on one line (edges kept; control characters become
    spaces), Markdown and HTML syntax escaped. Kept for short texts: a report escapes the
    same names, statuses and labels many times.

    CommonMark treats a backslash before ASCII punctuation as that character,
    so `\\<script>` shows as text in any renderer instead of becoming a tag,
    and `|` cannot break a table row.
    """
    return _SPECIAL.sub(r"\\\1", _CONTROL.sub(" ", text))


def code(text: str) -> str:
    """A name (an article id, a file name) as an inline code span that nothing in it can end.

    Code spans take no escapes, so line breaks and other control characters become one
    space (a blank line would end the paragraph, and the span, and let the rest be read as
    Markdown or HTML), and the fence is one backtick longer than any run inside.
    """
    flat = _CONTROL.sub(" ", text)
    fence = "`" * (1 + max((len(run) for run in _TICKS.findall(flat)), default=0))
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def status(figure: Figure) -> str:
    """The figure's trust in words, with the sources it rests on: '(corroborated [1, 2])'.

    Conflicting and updated figures list each source's value, since the
    reader must see what was said where before choosing or trusting one.
    """
    if figure.fact.status in ("conflicting", "updated"):
        parts = ", ".join(f"{md(v)} in [{n}]" for n, v in figure.source_values)
        word = "CONFLICTING" if figure.fact.status == "conflicting" else figure.status
        earlier = ", ".join(f"{md(v)} in [{n}]" for n, v in figure.earlier_values)
        return f"({word}: {parts}; earlier: {earlier})" if earlier else f"({word}: {parts})"
    numbers = ", ".join(str(n) for n in dict.fromkeys(figure.sources))
    return f"({figure.status} [{numbers}])" if numbers else f"({figure.status})"


def mark(figure: Figure, text: str | None = None) -> str:
    """A figure as printed: its value (bold when the sources disagree) and its status."""
    shown = md(figure.text if text is None else text)
    if figure.fact.status == "conflicting":
        shown = f"**{shown}**"
    return f"{shown} {status(figure)}"


def labelled(figure: Figure) -> str:
    return f"{md(figure.label)}: {mark(figure)}"


def grouped(figures: Iterable[Figure]) -> str:
    """Names sharing a status and sources printed once: 'Odesa, Sumy (single source [2])'."""
    groups: list[tuple[str, list[str]]] = []
    for fig in figures:
        key = status(fig)
        if groups and groups[-1][0] == key:
            groups[-1][1].append(md(fig.name))
        else:
            groups.append((key, [md(fig.name)]))
    return "; ".join(f"{', '.join(names)} {key}" for key, names in groups)


@cache
def _template() -> jinja2.Template:
    env = environment(autoescape=False, keep_trailing_newline=True)
    env.filters["md"] = md
    env.filters["code"] = code
    env.filters["mark"] = mark
    env.filters["grouped"] = grouped
    env.filters["labelled"] = labelled
    env.globals["severity"] = SEVERITY
    return env.get_template("summary.md.j2")


def render_markdown(summary: Summary) -> str:
    text: str = _template().render(report=build_report(summary), summary=summary)
    return re.sub(r"\n{3,}", "\n\n", text)
