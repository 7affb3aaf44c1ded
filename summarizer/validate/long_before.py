"""An attack or a stage dated two days or more before publication, with no words of its
own, must be a day the article names: news of the day before needs no naming (it runs the
next morning with no day), an older event does."""

from __future__ import annotations

import re

from summarizer.models import Attack, ExchangeStage, Finding
from summarizer.text.time import TIME, resolve
from summarizer.validate._common import Context
from summarizer.validate.dated import Dated, moved
from summarizer.validate.event_days import dateline
from summarizer.validate.named_days import named_nowhere

_SPAN = re.compile(r"\bweek\b|\bdays\s+(?:ago|earlier|before|after)\b|"
                   r"\b(?:a|one|two|three|four|five|six|few|several|\d+)\s+days?\b",
                   re.IGNORECASE)
"""Words that date an event by a span, not a day ('this week', 'three days ago', 'two days
after the truce'): what they date no day expression names."""


def long_before(ctx: Context, item: Dated) -> list[Finding]:
    """An attack or a stage with no words of its own, dated two days or more before
    publication, a day the article names nowhere though it names days (the publication
    day, a report's): nothing in it supports that day. News of the day before needs no
    naming ('drones struck Odesa', in the next morning's paper), and an article that
    names no day, or dates by a span ('earlier this week', 'two days ago'), gives nothing
    to check against."""
    published, text = ctx.published, ctx.article.text
    if not isinstance(item.fact.item, Attack | ExchangeStage) or published is None or (
            item.expression and resolve(item.expression, published) is not None) or (
            (published - item.date).days < 2 or _SPAN.search(text)
            or all(dateline(text, *m.span()) for m in TIME.finditer(text))
            or not named_nowhere(ctx, item)):
        return []
    return moved(ctx, item, f"{(published - item.date).days} days before the article was "
                 "published, a day it names nowhere, though it names others.")
