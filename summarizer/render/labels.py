"""A reader's words for fact paths and values, shared by every format."""

from __future__ import annotations

import re

_LABELS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), label)
    for pattern, label in (
        (r"^exchange\.agreed_total\.count$", "Agreed total"),
        (r"^exchange\.agreed_total\.per_side$", "Agreed per side"),
        (r"^exchange\.agreed_total\[(.+?)\]\.count$", r"Agreed to be freed by \1"),
        (r"^exchange\.agreed_at\.place$", "Agreed at"),
        (r"^exchange\.agreed_at\.date$", "Agreed on"),
        (r"^exchange\.stages\[(.+?)\]\.released\[(.+?)\]\.count$", r"\1: released by \2"),
        (r"^exchange\.stages\[(.+?)\]\.released\[(.+?)\]\.breakdown\[(.+?)\]$",
         r"\1: released by \2, of which \3"),
        (r"^exchange\.cumulative\[(.+?)\]\.count$", r"Returned in total as of \1"),
        (r"^exchange\.remaining\[(.+?)\]$", r"Still to be exchanged as of \1"),
        (r"^attacks\[(.+?)\]\.weapons\[(.+?)\]$", r"\1: \2s"),
        (r"^attacks\[(.+?)\]\.weapons_total$", r"\1: weapons in total"),
        (r"^attacks\[(.+?)\]\.regions\[(.+?)\]$", r"\1: region hit: \2"),
        (r"^attacks\[(.+?)\]\.(killed|injured)_reported$", r"\1: \2 (no number given)"),
        (r"^attacks\[(.+?)\]\.(\w+)$", r"\1: \2"),
        (r"^statements\[(.+?)\]$", r"Quote by \1"),
    )
)


def label(path: str) -> str:
    """A reader's name for a fact path; unknown paths are shown as they are."""
    for pattern, template in _LABELS:
        if pattern.match(path):
            return pattern.sub(template, path).replace("_", " ")
    return path


def value_text(value: int | str | bool) -> str:
    """Thousands separators as the articles write them, so '1,000' reads like the source."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    return value
