"""An attack's or a stage's date against the day its own evidence names for the event
('Hamas freed 13 hostages on Saturday' is not a Friday stage): the nearest words there
are about the event, closer than any day the rest of the article names."""

from __future__ import annotations

import datetime as dt

from summarizer.models import Attack, ExchangeStage, Finding, FindingCode, Severity
from summarizer.text.time import TIME, resolve
from summarizer.validate._common import Context, day
from summarizer.validate.counted_back import counted_back
from summarizer.validate.dated import Dated
from summarizer.validate.event_days import named_by, not_its_day, weekend


def _spans(item: Dated, figures: bool = False) -> list[tuple[int, int]]:
    """Where the dated item's evidence is: its own, and for a stage its releases' (a
    stage has none of its own); with `figures`, an attack's figures' too."""
    found = item.fact.item
    sources: list[object] = list(found.releases) if isinstance(found, ExchangeStage) else [found]
    if figures and isinstance(found, Attack):
        sources += [found.killed, found.injured, found.weapons_total, *found.weapons]
    spans = []
    for source in sources:
        evidence = getattr(source, "evidence", None)
        if evidence is not None and evidence.span is not None:
            spans.append(evidence.span)
    return spans


def _evidence_days(ctx: Context, item: Dated, wide: bool = False) -> frozenset[dt.date]:
    """The days the item's evidence names for the event, with the next day for a night
    ('Iran launched 18 missiles late Sunday'). Only the evidence: a day a sentence away
    is as often where a count starts from or when it was reported. `wide`: every day the
    evidence may mean, enough to accept a date but not to move one: an attack's figures'
    evidence too, and both days of a weekend ('killed 19 over the weekend')."""
    text = ctx.article.text
    found: set[dt.date] = set()
    for start, end in _spans(item, wide):
        for match in TIME.finditer(text, start, end):
            if not not_its_day(text, *match.span()):
                found.update(named_by(text, match, ctx.published))
        found.update(counted_back(text, start, end, ctx.published))
        if wide:
            found.update(weekend(text[start:end], ctx.published))
    return frozenset(found)


def against_evidence(ctx: Context, item: Dated) -> list[Finding]:
    """A date with no words of its own whose evidence names the event's day: the date
    must be that day ('Hamas freed 13 hostages on Saturday' is not a Friday stage). A day
    the evidence gives to a report ('officials said on Monday', 'Earlier on Thursday, the
    council accused the militia of a massacre': `said_on`) does not count, nor one of what
    the event led someone to do ('..., forcing the port to close on Monday': `led_to`).
    An attack's evidence is its figures' too: the sentence that names it may give its day
    to what followed ('survivors were pulled from a building hit by missiles on Sunday'),
    where its toll's names the strike's ('killed when missiles hit it on Saturday')."""
    if not isinstance(item.fact.item, Attack | ExchangeStage) or (
            item.expression and resolve(item.expression, ctx.published) is not None):
        return []  # a running total's nearby day is where it counts from ('since Sunday')
    named = _evidence_days(ctx, item)
    if not named or item.date in named or item.date in _evidence_days(ctx, item, True):
        return []
    return [ctx.finding(
        FindingCode.date_contradicts_words, Severity.error,
        f"{item.label} is dated {day(item.date)}, but its evidence names "
        f"{' and '.join(day(d) for d in sorted(named))}.", [item.fact], reaskable=True,
    )]
