"""A date with no words of its own, one day off a day the article names: news names the
day of the event, so such a date is most likely that day moved by one, the calendar
arithmetic a model gets wrong most often. Judged against every day the article names
(`against_article`), against the day it names for an event of the item's kind
(`against_event_days`), and for a running total against publication (`unnamed_total`)."""

from __future__ import annotations

from summarizer.models import Attack, CumulativeTotal, ExchangeStage, Finding
from summarizer.text.time import resolve
from summarizer.validate._common import Context, day
from summarizer.validate.dated import Dated, moved
from summarizer.validate.event_days import ATTACK, STAGE, event_days, weekend
from summarizer.validate.named_days import named_days, named_nowhere
from summarizer.validate.unread_days import unread_days


def against_article(ctx: Context, item: Dated) -> list[Finding]:
    """A date with no words of its own, next to a day the article names but not itself
    a named day, is most likely that day shifted by one: news names the day of the
    event. An attack or a stage on the day of publication or the day before is judged
    too, except beside the publication day itself (often the day of reactions); a
    running total or a statement there needs no naming (with no time it is as of
    publication). A date with no named day beside it has nothing to be checked against,
    nor one that words TIME does not read may name (`unread_days`: 'the day before
    yesterday', 'over the past 48 hours')."""
    published = ctx.published
    event = isinstance(item.fact.item, Attack | ExchangeStage)
    if item.expression or published is None or (
            (published - item.date).days <= 1 and not event):
        return []
    named = named_days(ctx, item)
    beside = sorted(d for d in named if abs((d - item.date).days) == 1)
    if (published - item.date).days <= 1:
        beside = [d for d in beside if d != published]  # today's reactions, not the event
    if item.date in named or not beside or item.date in weekend(ctx.article.text, published) \
            or item.date in unread_days(ctx.article.text, published):
        return []
    return moved(ctx, item, f"a day the article names nowhere; it names "
                 f"{' and '.join(day(d) for d in beside)}.")


def unnamed_total(ctx: Context, item: Dated) -> list[Finding]:
    """A running total stated without a time ('has so far released 69') is as of
    publication; dated another day, that day must be one the article names for a release
    (the day of the last release it counts, 'with Monday's releases'), not one it gives
    to a report or to another count ('aid trucks received until yesterday')."""
    published = ctx.published
    if not isinstance(item.fact.item, CumulativeTotal) or item.expression or (
            published is None or item.date == published
            or item.date in event_days(ctx.article.text, published, STAGE)):
        return []
    return moved(ctx, item, "a day the article names for no release; with no time of its "
                 f"own it is as of publication ({day(published)}).")


def against_event_days(ctx: Context, item: Dated) -> list[Finding]:
    """An attack or a stage with no words of its own, a day off the one the article names
    for an event of its kind ('Russian missiles struck Sumy on Sunday', in Monday's
    paper), is that day shifted by one, unless another attack (stage) of the extraction
    is dated that day and so accounts for it. The publication day counts for a stage where
    event_days takes it ('held another round of prisoner exchanges Tuesday' in Tuesday's
    paper), never for an attack: strikes come at night and outlets date them either side
    of it, and on the corpus 'on Monday' in Monday's paper, even in the strike's own
    clause, was the day after a correct attack date on a check article (counted, not
    read). Any sentence of the event's kind that names the publication day, in the
    event's own clause or not, moves an attack or a stage only from a day the article
    names nowhere (`named_nowhere`: 'drones hit Odesa on Monday', 'On Monday, two people
    were killed when drones struck Odesa', 'the release was carried out on Monday' in
    Monday's paper, and no word of Sunday, its night or the weekend), unless another
    attack (stage) is dated that day; and an attack dated that day is named where a strike
    sentence names it ('in the early hours of Sunday', 'struck targets today' in Sunday's
    paper), or the night before it ('overnight', 'late Saturday'), which outlets date
    either side of midnight, as they do any night."""
    found = item.fact.item
    if not isinstance(found, Attack | ExchangeStage) or (
            item.expression and resolve(item.expression, ctx.published) is not None):
        return []
    siblings: list[Attack] | list[ExchangeStage] = (
        ctx.extraction.attacks if isinstance(found, Attack) else ctx.extraction.stages)
    kind = ATTACK if isinstance(found, Attack) else STAGE
    named = event_days(ctx.article.text, ctx.published, kind)
    others = {other.date for other in siblings if other is not found}
    taken = others | ({ctx.published} if isinstance(found, Attack) else set())
    beside = sorted(d for d in named - taken if abs((d - item.date).days) == 1)
    published = ctx.published
    if not beside and published and (published - item.date).days == 1 and named_nowhere(
            ctx, item) and published in event_days(ctx.article.text, published, kind,
                                                   today=True) - others:
        beside = [published]
    if item.date in named or not beside or (
            isinstance(found, Attack) and item.date == ctx.published
            and item.date in event_days(ctx.article.text, ctx.published, kind, today=True)):
        return []
    return moved(ctx, item, f"but the article names {' and '.join(day(d) for d in beside)} "
                 "for it.")
