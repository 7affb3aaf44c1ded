"""Why the validator let a date moved by a day pass: what the article names near it.

A shifted date is caught only where the article names a day that tells it from the
right one. The README explains each miss of the mutation suite on dev by reading its
article; an article the suite corrupts but no one reads (the check cases) is explained
only by this mechanical reason, counted per reason, so that a miss the checks could
catch stands apart from one the article gives no way to catch. The reasons, in the
order they are tried:

- a running total moved onto the publication day: with no time of its own a total is
  as true then as on the day of its last release;
- one expression names both dates ('late Sunday', 'overnight'): a night, dated either day;
- no day named within a day of either date: nothing to tell them apart;
- only the publication day named there: the day of writing, of reports and reactions,
  which bounds the event from above only;
- the new date is another event's of the same kind: another item of the extraction is
  dated that day, or the article names it for such an event ('released yesterday');
- otherwise the days named there are given to reports, plans or other things, which
  allow the new date.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from summarizer.models import Article, ArticleExtraction, Attack, CumulativeTotal, ExchangeStage
from summarizer.text.time import TIME
from summarizer.validate.event_days import ATTACK, STAGE, event_days, named_by

TOTAL_AS_PUBLISHED = "a running total moved onto the publication day"
NIGHT = "both dates named by one night or late hour"
NO_DAY = "no day named within a day of either date"
PUBLICATION_ONLY = "only the publication day named within a day of either date"
ANOTHER_EVENT = "the new date is another event's of the same kind"
OTHER_THINGS = "the days named there are given to reports, plans or other things"


def why_missed(article: Article, extraction: ArticleExtraction, item: BaseModel | None,
               before: object, after: object) -> str:
    """The reason a date of `item` moved from `before` to `after` went unnoticed."""
    assert isinstance(before, dt.date) and isinstance(after, dt.date), (before, after)
    text, published = article.text, article.published_date
    if isinstance(item, CumulativeTotal) and after == published:
        return TOTAL_AS_PUBLISHED
    named = [named_by(text, m, published) for m in TIME.finditer(text)]
    if any({before, after} <= set(found) for found in named if len(found) > 1):
        return NIGHT
    low, high = min(before, after) - dt.timedelta(days=1), max(before, after) + dt.timedelta(days=1)
    near = {d for found in named for d in found if low <= d <= high}
    if not near:
        return NO_DAY
    if near == {published}:
        return PUBLICATION_ONLY
    if isinstance(item, Attack | ExchangeStage):
        siblings = extraction.attacks if isinstance(item, Attack) else extraction.stages
        kind = ATTACK if isinstance(item, Attack) else STAGE
        if any(other.date == after for other in siblings if other is not item) \
                or after in event_days(text, published, kind):
            return ANOTHER_EVENT
    return OTHER_THINGS
