"""Night in a time expression: whether it puts an event at night, when outlets date it
either side of midnight, and which end of a night it gives. The merge reads these to
tell one overnight attack or exchange round, dated on two days, from two (events.py,
stage_days.py, align.py).
"""

from __future__ import annotations

import re

_NIGHT = re.compile(
    r"\b(?:overnight|night|nighttime|tonight|evening|dawn|early hours|small hours)\b",
    re.IGNORECASE,
)
"""Times of day that span or touch midnight: outlets date such an attack either day."""

EDGE_OF_DAY = re.compile(r"\b(?:early|late)\b", re.IGNORECASE)
"""'Early Tuesday', 'late on Monday': only in a time expression, where it is a time."""

_EVENING = re.compile(r"\b(?:late|evening)\b", re.IGNORECASE)
_MORNING = re.compile(r"\b(?:early|morning|dawn)\b", re.IGNORECASE)
"""Which end of a night a time expression gives: 'late Sunday' begins the night into
Monday, 'early Monday' ends it."""


def at_night(expression: str | None, evidence: str) -> bool:
    """Whether a report puts its event at night, in its time or its words: then outlets
    date it either side of midnight."""
    return bool(_NIGHT.search(f"{expression or ''} {evidence}")
                or EDGE_OF_DAY.search(expression or ""))


def another_night(expression: str | None, first_day: bool) -> bool:
    """A time written at the wrong end of the night that began on the first of two
    days: an evening on the next day ('late Monday evening') begins the night after, a
    morning on the first ('early Sunday') ends the night before. 'Late Sunday' and
    'late Monday' are a day apart, two nights, however close their dates."""
    return bool((_MORNING if first_day else _EVENING).search(expression or ""))


_DAYLESS_NIGHT = re.compile(r"(?i)\s*(?:overnight|last\s+night|tonight)\s*")


def ends_night(expression: str | None) -> bool:
    """Whether a time gives the morning end of a night ("early on Sunday", "Sunday
    morning", "the early hours of Sunday")."""
    return bool(_MORNING.search(expression or ""))


def dayless_night(expression: str | None) -> bool:
    """Whether a time is a night that names no day ("overnight", "last night"): only the
    publication day dates it, and a report may be published, or re-published, either side
    of the night. A day the same report names for the night ("in the early hours of
    Sunday") dates it better."""
    return bool(expression and _DAYLESS_NIGHT.fullmatch(expression))
