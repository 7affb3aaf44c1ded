"""The days an article's words name, as one date with no words of its own is judged
against them: a day beside one of them is likely that day moved by one, and a day none of
them names, nor its night nor the weekend, has nothing to support it."""

from __future__ import annotations

import datetime as dt

from summarizer.text.time import TIME
from summarizer.validate._common import Context
from summarizer.validate.counted_back import counted_back
from summarizer.validate.dated import Dated
from summarizer.validate.event_days import SMALL_HOURS, named_by, said_on, weekend
from summarizer.validate.unread_days import unread_days


def named_days(ctx: Context, item: Dated) -> frozenset[dt.date]:
    """The days the article's own words name ("on Saturday", "yesterday", a dateline's
    "May 23", a report's day counted back from: "said Saturday that ... the previous
    evening"), with the next day for a night. For an item dated the day of publication,
    not a day before it given plainly to a report (`said_on`): the paper's news of its
    own day is not moved from what was said the day before ('the minister said on
    Friday that the talks would go on', in Saturday's paper on Saturday's strike);
    whether such a report was about the item is for report_days, which reads its
    figures."""
    text = ctx.article.text
    named: set[dt.date] = set()
    for match in TIME.finditer(text):
        found = named_by(text, match, ctx.published)
        if found and not (item.date == ctx.published and max(found) < item.date
                          and said_on(text, *match.span())):
            named.update(found)
    return frozenset(named) | counted_back(text, 0, len(text), ctx.published)


def named_nowhere(ctx: Context, item: Dated) -> bool:
    """Whether no words of the article name the item's date: no day, no night either side
    of it ('overnight', 'late Sunday', 'in the early hours of Monday', which outlets date
    either day), no weekend, nor words TIME does not read (`unread_days`: 'on Christmas
    Day', 'on the 26th', 'three nights ago', 'last month'). Outlets that date a strike of
    the night before by the day after say 'overnight' or name the night, so an event on a
    day named nowhere is the day a sentence of its kind names moved by one (moved_days),
    and one two days or more before publication has nothing to support it
    (long_before)."""
    text = ctx.article.text
    nights = {day - dt.timedelta(days=1) for match in TIME.finditer(text)
              if SMALL_HOURS.search(text, max(0, match.start() - 30), match.end())
              for day in named_by(text, match, ctx.published)}
    return item.date not in (named_days(ctx, item) | nights | set(weekend(text, ctx.published))
                             | unread_days(text, ctx.published))
