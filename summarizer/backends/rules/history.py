"""Whether an exchange article's figure is history or this exchange's.

`is_background` reads any "since" as history; in an exchange, a "since" may bound
the exchange itself ("since the truce began on Friday") or say how long people were
held ("hostages held since October 7"), and the releases it counts are this
exchange's.
"""

from __future__ import annotations

import datetime as dt
import re

from summarizer.backends.rules.background import is_background, recalled
from summarizer.backends.rules.text import Unit, clause
from summarizer.backends.rules.unit_times import CAPTIVE
from summarizer.text.time import TIME, resolve

_RECENT_DAYS = 7
"""A "since" bounding a period of at most a week ("since the truce began on Friday") counts
the releases of this exchange; an older one is history."""
_FEW_DAYS = re.compile(r"(?i)(?:over|in|during)\s+the\s+(?:past|last)\s+(?:two|three|four|five"
                       r"|six|seven|[2-7])\s+days")


class History:
    """One article's text and publication date, which a "since" is measured against."""

    def __init__(self, text: str, published: dt.date | None) -> None:
        self.text = text
        self.published = published

    def background(self, unit: Unit, position: int) -> bool:
        """`is_background`, except for a "since" that bounds this exchange rather than history:
        "since the truce began on Friday" (days ago) counts this exchange's releases, and
        "hostages it had been holding since October 7" says how long they were held."""
        if not is_background(self.text, unit, position):
            return False
        lead_start, lead_end = clause(unit, unit.start)
        spans = [clause(unit, position)] + ([(lead_start, lead_end)] if lead_end < position else [])
        found = [m for span in spans for m in recalled(self.text, *span)]
        return not found or any(self.recalls(*span, position) for span in spans)

    def recalls(self, start: int, end: int, counted: int | None = None) -> bool:
        """Whether text[start:end] recalls history, other than a "since" of this exchange or,
        after the people `counted` there, the time they were taken ("17 prisoners of war
        captured during its attack last month" are freed now)."""
        for found in recalled(self.text, start, end):
            if _FEW_DAYS.fullmatch(found.group()):
                continue  # "in the past two days": the days of this exchange
            if counted is not None and CAPTIVE.search(self.text, counted, found.start()):
                continue
            if not found.group().lower().startswith("since"):
                return True
            if CAPTIVE.search(self.text, max(start, found.start() - 30), found.start()):
                continue
            dates = [resolve(t.group(), self.published)
                     for t in TIME.finditer(self.text, found.start(), end)]
            if not dates or any(d is None or self.published is None
                                or (self.published - d).days > _RECENT_DAYS for d in dates):
                return True
        return False
