"""Markdown for an editor in a hurry: the figures with their status, then the checks."""

from __future__ import annotations

import re
from functools import cache

import jinja2

from summarizer.models import Summary, SummaryFact

SECTIONS = (("exchange", "Exchange"), ("attacks", "Attacks"), ("statements", "Statements"))
STATUS_LABEL = {
    "corroborated": "corroborated",
    "single_source": "single source",
    "derived": "derived (computed, not reported)",
    "conflicting": "CONFLICTING",
}
_LABELS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), label)
    for pattern, label in (
        (r"^exchange\.agreed_total\.count$", "Agreed total"),
        (r"^exchange\.agreed_total\.per_side$", "Agreed per side"),
        (r"^exchange\.agreed_at\.place$", "Agreed at"),
        (r"^exchange\.agreed_at\.date$", "Agreed on"),
        (r"^exchange\.stages\[(.+?)\]\.released\[(.+?)\]\.count$", r"\1: released by \2"),
        (r"^exchange\.stages\[(.+?)\]\.released\[(.+?)\]\.breakdown\[(.+?)\]$",
         r"\1: released by \2, of which \3"),
        (r"^exchange\.cumulative\[(.+?)\]\.count$", r"Returned in total as of \1"),
        (r"^exchange\.remaining\[(.+?)\]$", r"Still to be exchanged as of \1"),
        (r"^attacks\[(.+?)\]\.weapons\[(.+?)\]$", r"\1: \2s"),
        (r"^attacks\[(.+?)\]\.regions\[(.+?)\]$", r"\1: region hit: \2"),
        (r"^attacks\[(.+?)\]\.(\w+)$", r"\1: \2"),
        (r"^statements\[(.+?)\]$", r"\1"),
    )
)


def label(path: str) -> str:
    """A reader's name for a fact path; unknown paths are shown as they are."""
    for pattern, template in _LABELS:
        if pattern.match(path):
            return pattern.sub(template, path).replace("_", " ")
    return path


def value_text(fact: SummaryFact) -> str:
    if isinstance(fact.value, bool):
        return "yes" if fact.value else "no"
    if isinstance(fact.value, int):
        return f"{fact.value:,}"
    return fact.value


def _cell(text: str) -> str:
    """Table cells hold untrusted article text: keep it on one line and out of the table syntax."""
    return " ".join(text.split()).replace("|", "\\|")


@cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("summarizer.render", "templates"),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["label"] = label
    env.filters["value"] = value_text
    env.filters["cell"] = _cell
    env.globals["status_label"] = STATUS_LABEL
    return env.get_template("summary.md.j2")


def render_markdown(summary: Summary) -> str:
    sections = [
        (title, [f for f in summary.facts if f.path.split(".")[0].split("[")[0] == key])
        for key, title in SECTIONS
    ]
    return _template().render(summary=summary, sections=[s for s in sections if s[1]])
