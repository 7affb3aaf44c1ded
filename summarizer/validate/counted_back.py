"""Counted back: the days an article names by counting back from a report's day.

A report may date its event from its own day rather than by name: 'Police said Saturday
that 32 people died in an attack the previous evening'. The words name no day, so the time
grammar reads none, yet they date the attack as plainly as 'on Friday' would: the day
before the last day the paragraph names for a report (event_days.told_when). The date
checks read them where they read named days (named_days.py, evidence_days.py), and
report_days.py reads 'the previous evening' as a day before a report's.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from summarizer.text.time import TIME
from summarizer.validate.event_days import named_by, told_when

PREVIOUS = re.compile(
    r"\bthe\s+(?:previous|preceding)\s+(?:day|evening|night|afternoon|morning)\b", re.IGNORECASE)
"""The day before a report's day, told from it ('Police said Saturday that 32 people died
in an attack the previous evening')."""


@lru_cache(maxsize=256)
def counted_back(text: str, start: int, end: int, published: dt.date | None
                 ) -> frozenset[dt.date]:
    """The days text[start:end] names by counting back from a report's day, the last day
    its paragraph names before the words ('Police said Saturday, Aug. 3, that 32 people
    died in an attack the previous evening': Friday, even where a model's evidence starts
    after the report's day, or a sentence is cut at 'Aug.'): the day before, and the
    report's day too for a night ('the previous night'). Cached: every dated item of an
    article asks again of the whole text."""
    one = dt.timedelta(days=1)
    found: set[dt.date] = set()
    for back in PREVIOUS.finditer(text, start, end):
        paragraph = text.rfind("\n", 0, back.start()) + 1
        last = [*TIME.finditer(text, paragraph, back.start())][-1:]
        told = [named for match in last if told_when(text, *match.span())
                and (named := named_by(text, match, published))]
        if told:
            said = max(told[0])
            found.update((said - one, said) if "night" in back.group(0).lower() else (said - one,))
    return frozenset(found)
