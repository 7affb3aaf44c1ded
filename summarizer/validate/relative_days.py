"""Days an article names for an attack only relative to another event: 'Russian missiles
struck Odesa yesterday, a day after a drone attack on Belgorod' names the day before
yesterday for the attack on Belgorod; 'the missile strikes came a day after Ukraine claimed
a drone strike on Belgorod' names the day before the strikes' day, which another sentence
of the article gives; 'the strike was a response to a drone attack on Belgorod' puts it
before that day, by a span it does not give. The time grammar (text/time.py) reads none of
them: without them, an attack an outlet tells only this way, which another outlet dates,
is a day the article 'names nowhere' beside the day of the event that answered it.

Read for an attack the recalled clause names (one of its targets or regions, and words of
an attack), never for the event the sentence is about: 'Drones hit Odesa on Sunday, a day
after the ceasefire took effect' names no day for any attack, and the strike on Odesa
stays Sunday's. The day counts from the sentence's own day outside that clause, not one
given to a report; with none, from every day the article names for an attack or a
release. Loosely read, so the days only ever show that a date with no words of its own is
named; they never move one (as `unread_days`). Not for a stage: a release has no target
to tell the recalled one from the one the sentence is about."""

from __future__ import annotations

import datetime as dt
import re

from summarizer.models import Attack
from summarizer.text.numbers import UNITS
from summarizer.text.time import TIME
from summarizer.validate import lexicon as lx
from summarizer.validate._common import Context
from summarizer.validate.dated import Dated
from summarizer.validate.event_days import ATTACK, STAGE, event_days, named_by, told_when

_ONE = dt.timedelta(days=1)

_RELATIVE = re.compile(
    r"\b(?:(?P<count>a|one|two|three|four|five|six|seven|\d{1,2})\s+days?"
    r"|the\s+(?P<the>day)"
    r"|(?:(?:a\s+few|several|just|only|mere|(?P<hours>\d{1,3}))\s+)?(?P<span>hours))"
    r"\s+(?P<way>after|before)\b(?!\s+(?:yesterday|last)\b)"
    r"|\b(?P<answer>(?:in\s+|a\s+)?(?:response|retaliation|reprisal|reply|revenge)\s+(?:to|for))\b",
    re.IGNORECASE)
"""What dates the clause after it from another day: a count of days before or after ('a
day after', 'two days after', 'the day before'), hours either way ('hours after': that day
or the one before; '36 hours after' the day or two before), or an answer to it ('a response
to', 'in retaliation for': the day before, the one beside it that a check could take for
a shift). Not 'the day before yesterday', which TIME and named_by read."""
_CLAUSE_END = re.compile(r"[,;:\u2014\u2013]")


def relative_days(ctx: Context, item: Dated) -> frozenset[dt.date]:
    """The days up to publication that the article names for the attack of `item` only
    relative to another event's day (`_RELATIVE`), in a clause that names the attack."""
    attack, published = item.fact.item, ctx.published
    if not isinstance(attack, Attack) or published is None:
        return frozenset()
    names = [re.compile(rf"\b{re.escape(n.strip())}\b", re.IGNORECASE)
             for n in (*attack.targets, *attack.regions) if n.strip()]
    text = ctx.article.text
    found: set[dt.date] = set()
    for match in _RELATIVE.finditer(text):
        lo, hi = lx.span_at(ctx.sentences, match.start())
        stop = _CLAUSE_END.search(text, match.end(), hi)
        end = stop.start() if stop else hi
        clause = text[match.end():end]
        if TIME.search(clause) or not ATTACK.search(clause) \
                or not any(name.search(clause) for name in names):
            continue
        found.update(d for anchor in _anchors(ctx, names, lo, hi, (match.start(), end))
                     for d in _counted(match, anchor))
    return frozenset(d for d in found if d <= published)


def _anchors(ctx: Context, names: list[re.Pattern[str]], lo: int, hi: int,
             recalled: tuple[int, int]) -> frozenset[dt.date]:
    """The days the relative words count from: those the sentence (text[lo:hi]) names
    outside the recalled clause, not a report's ('struck Odesa yesterday, a day after
    ...'); with none, every day the article names for an attack or a release, but for the
    recalled attack itself, in a sentence that names it (`names`): 'Several hours after
    the strike on Kharkiv, the army shot down a missile' counts from the day of the
    shooting down, which it does not give, not from the strike's own."""
    text, published = ctx.article.text, ctx.published
    own = {d for m in TIME.finditer(text, lo, hi)
           if not recalled[0] <= m.start() < recalled[1] and not told_when(text, *m.span())
           for d in named_by(text, m, published)}
    if own:
        return frozenset(own)
    its = {d for m in TIME.finditer(text)
           if any(name.search(text, *lx.span_at(ctx.sentences, m.start())) for name in names)
           for d in named_by(text, m, published)}
    return (event_days(text, published, ATTACK) | event_days(text, published, STAGE)) - its


def _counted(match: re.Match[str], anchor: dt.date) -> tuple[dt.date, ...]:
    """The days `match` names counting from `anchor`."""
    if match.group("answer"):
        return (anchor - _ONE,)
    sign = -1 if match.group("way").lower() == "after" else 1
    if match.group("span"):
        hours = int(match.group("hours") or 1)
        return tuple(anchor + sign * n * _ONE for n in {hours // 24, -(-hours // 24)})
    count = match.group("count")
    n = 1 if match.group("the") else (
        int(count) if count.isdigit() else UNITS.get(count.lower(), 1))
    return (anchor + sign * n * _ONE,)
