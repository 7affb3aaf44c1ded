"""Why the validator let a date moved by a day pass: what the article names near it.

A shifted date is caught only where the article names a day that tells it from the
right one. docs/measurements.md explains each miss of the mutation suite on dev by reading its
article; an article the suite corrupts but no one reads (the check cases) is explained
only by this mechanical reason, counted per reason, so that a miss the checks could
catch stands apart from one the article gives no way to catch. The reasons, in the
order they are tried:

- a running total moved onto the publication day: with no time of its own a total is
  as true then as on the day of its last release;
- one expression names both dates ('late Sunday', 'overnight'): a night, dated either day;
- no day named within a day of either date: nothing to tell them apart;
- a day named there only in words the time grammar does not read ('on the 26th', 'two
  days ago', 'on monday': `unread_days`), which the checks read loosely, to accept a
  date, never to move one: the article may tell the dates apart, the checks do not;
- the article names a day for an event of the item's kind that is the old date and not the
  new one, and no other item of the extraction is dated the old date: the article tells
  the dates apart, and the checks did not (the one reason that is not the article's);
- only the publication day named there, and named for an event of the item's kind, but
  another item of the extraction is dated that day and accounts for it ('strikes killed
  182 people Monday' for the two attacks of Monday, one moved to Sunday): which event the
  day is whose, the days do not say;
- only the publication day named there, for reports, reactions, inside a quotation (the
  speaker's 'this afternoon') or for other things: the day of writing, which bounds the
  event from above only;
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
from summarizer.validate.unread_days import unread_single_days

TOTAL_AS_PUBLISHED = "a running total moved onto the publication day"
NIGHT = "both dates named by one night or late hour"
NO_DAY = "no day named within a day of either date"
LOOSE = "a day named there only in words the checks read loosely"
UNCAUGHT = "the article names the old date for the event, not the new one: not caught"
SHARED_DAY = "only the publication day named, for the event and for another of the extraction"
PUBLICATION_ONLY = "only the publication day named, for reports, quotations or other things"
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
        return LOOSE if any(low <= d <= high for d in unread_single_days(text, published)) \
            else NO_DAY
    if not isinstance(item, Attack | ExchangeStage):
        return PUBLICATION_ONLY if near == {published} else OTHER_THINGS
    siblings = extraction.attacks if isinstance(item, Attack) else extraction.stages
    others = {other.date for other in siblings if other is not item}
    kind = ATTACK if isinstance(item, Attack) else STAGE
    days = event_days(text, published, kind, today=True)
    if before in days and after not in days and before not in others:
        return UNCAUGHT
    if near == {published}:
        return SHARED_DAY if published in days & others else PUBLICATION_ONLY
    if after in others or after in event_days(text, published, kind):
        return ANOTHER_EVENT
    return OTHER_THINGS
