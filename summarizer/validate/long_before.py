"""An attack or a stage dated two days or more before publication, with no words of its
own, must be a day the article names: news of the day before needs no naming (it runs the
next morning with no day), an older event does, in an article that dates what happened."""

from __future__ import annotations

import re

from summarizer.models import Attack, ExchangeStage, Finding, FindingCode
from summarizer.text.time import TIME, resolve
from summarizer.validate._common import Context
from summarizer.validate.dated import Dated, moved
from summarizer.validate.event_days import named_by, told_when
from summarizer.validate.named_days import named_nowhere

_SPAN = re.compile(r"\bweeks?\b|\bdays\s+(?:ago|earlier|before|after|of)\b|"
                   r"\b(?:a|one|two|three|four|five|six|few|several|\d+)\s+days?\b|"
                   r"\bmonths\b|\bmonth\s+ago\b|\brecent(?:ly)?\b", re.IGNORECASE)
"""Words that date an event by a span, not a day ('this week', 'three days ago', 'two days
after the truce', 'after days of shelling', 'for weeks', 'a month ago', 'recently'): what
they date no day expression names, and they say of no day that it is not meant. A span
counted back from publication ('three nights ago', 'last month') names its days
(`unread_days`)."""


def _dates_events(ctx: Context) -> bool:
    """Whether the article names a day of what happened: a day that is not its
    publication day, nor given to a report ('officials said on Sunday', 'confirmed on
    Sunday the killing of 59'), nor a dateline's. Those tell when the news was told, and
    an outlet writing days after an event may name only them: its reactions and updated
    tolls, never the day of the event, which another outlet named first."""
    text, published = ctx.article.text, ctx.published
    return any(day != published for match in TIME.finditer(text)
               if not told_when(text, *match.span())
               for day in named_by(text, match, published))


def long_before(ctx: Context, item: Dated) -> list[Finding]:
    """An attack or a stage with no words of its own, dated two days or more before
    publication, a day the article names nowhere though it names the day of something
    that happened (`_dates_events`): nothing in it supports that day. News of the day
    before needs no naming ('drones struck Odesa', in the next morning's paper), and an
    article that names no such day, or dates by a span ('earlier this week', 'two days
    ago'), gives nothing to check against."""
    published, text = ctx.published, ctx.article.text
    if not isinstance(item.fact.item, Attack | ExchangeStage) or published is None or (
            item.expression and resolve(item.expression, published) is not None) or (
            (published - item.date).days < 2 or _SPAN.search(text)
            or not _dates_events(ctx) or not named_nowhere(ctx, item)):
        return []
    return moved(ctx, item, f"{(published - item.date).days} days before the article was "
                 "published, a day it names nowhere, though it names others.",
                 FindingCode.date_named_nowhere)
