"""Temporal checks: every date against its own words, the publication date, and the
other dates of the exchange.

Dates are resolved by code (text/time.py), but a backend may fill them itself and a
model's calendar arithmetic is often off by one. So the first check re-resolves
each time expression and compares: the resolved date must be what its words
say, and a named weekday must be that date's weekday. Those errors are the
model's (re-askable).

A date with no words of its own is checked against the day its evidence names for
the event ('struck Odesa on Saturday'; not a day given to a report, 'officials said on
Monday', nor a dateline), against the days the article names, and for an attack or a
stage against the day the article names for one of its kind (validate/event_days.py
tells an event's day from a report's). A running total with no words is as of
publication unless the article names its day.

A publication date after today is an error of the source's metadata (`check_publication`).

A date after publication is an error, except when its own expression points
forward ('tomorrow', 'next Friday'): the article then states an expectation
("we expect the process to continue tomorrow"), which is reported as a warning
so the reader does not take it for an event that happened.

Stage order is only a warning: the prompt does not ask for chronological
listing, so the order of mention is no evidence of a wrong date; the dates
themselves are checked against their words above.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.fact_paths import DATE_FIELDS
from summarizer.facts import Fact
from summarizer.models import (
    Agreement,
    Article,
    Attack,
    CumulativeTotal,
    ExchangeStage,
    Finding,
    FindingCode,
    FindingKind,
    Severity,
    Statement,
)
from summarizer.text.time import TIME, WEEKDAYS, resolve, weekday_name
from summarizer.validate._common import Context, day, stage_label
from summarizer.validate.event_days import (
    ATTACK,
    SMALL_HOURS,
    STAGE,
    dateline,
    event_days,
    named_by,
    reported,
    said_on,
    weekend,
)


@dataclass(frozen=True)
class Dated:
    """One date of the extraction with the words it came from."""

    label: str
    fact: Fact
    date: dt.date
    expression: str | None


def _dated(ctx: Context) -> Iterator[Dated]:
    """Every resolved date, from the walk's date facts."""
    for fact in ctx.facts:
        if fact.key.field in DATE_FIELDS:
            yield _with_words(fact)


def _with_words(fact: Fact) -> Dated:
    item = fact.item
    if isinstance(item, Agreement) and item.date is not None:
        return Dated("the agreement", fact, item.date, item.date_expression)
    if isinstance(item, ExchangeStage) and item.date is not None:
        return Dated(stage_label(item), fact, item.date, item.time_expression)
    if isinstance(item, CumulativeTotal) and item.as_of is not None:
        return Dated(f"the running total of {item.count}", fact, item.as_of,
                     item.as_of_expression)
    if isinstance(item, Attack) and item.date is not None:
        return Dated(f"the attack attacks[{fact.key.when}]", fact, item.date,
                     item.time_expression)
    assert isinstance(item, Statement) and item.date is not None, fact.path
    return Dated(f"the statement by {item.speaker}", fact, item.date, item.time_expression)


def _agrees(item: Dated, published: dt.date | None) -> bool:
    return item.expression is not None and resolve(item.expression, published) == item.date


PUBLICATION_SLACK = dt.timedelta(days=1)
"""An article dated tomorrow may come from a time zone ahead of ours."""


def check_publication(article: Article, today: dt.date) -> list[Finding]:
    """A publication date after `today` (beyond time zones) is wrong or forged, and every
    date resolved against it with it: nothing else says so, since the events then all
    fall before it."""
    published = article.published_date
    if published is None or published <= today + PUBLICATION_SLACK:
        return []
    return [Finding(
        kind=FindingKind.temporal, code=FindingCode.published_in_future,
        severity=Severity.error,
        message=f"the article is dated {day(published)}, after today ({day(today)}); check "
        "its publication date: the dates resolved from its words ('on Friday') count from "
        "it.", articles=[article.id])]


def check_temporal(ctx: Context) -> list[Finding]:
    findings: list[Finding] = []
    for item in _dated(ctx):
        findings.extend(_against_words(ctx, item))
        findings.extend(_against_publication(ctx, item))
        findings.extend(_against_article(ctx, item) or _against_evidence(ctx, item)
                        or _against_event_days(ctx, item) or _unnamed_total(ctx, item)
                        or _long_before(ctx, item))
    findings.extend(_order(ctx))
    return findings


def _against_words(ctx: Context, item: Dated) -> list[Finding]:
    if not item.expression:
        return []
    words = f'"{item.expression.strip()}"'
    resolved = resolve(item.expression, ctx.published)
    if resolved is not None and resolved != item.date:
        published = ctx.published
        context = f" in an article published {day(published)}" if published else ""
        return [ctx.finding(
            FindingCode.date_contradicts_words, Severity.error,
            f"{item.label} is dated {day(item.date)}, but {words}{context} means "
            f"{day(resolved)}.", [item.fact], reaskable=True,
        )]
    named = weekday_name(item.expression)
    if resolved is None and named and WEEKDAYS[item.date.weekday()] != named:
        return [ctx.finding(
            FindingCode.weekday_mismatch, Severity.error,
            f"{item.label} is dated {day(item.date)}, but the article says {words}: "
            f"that date is not a {named.title()}.", [item.fact], reaskable=True,
        )]
    return []


def _named_days(ctx: Context, item: Dated) -> frozenset[dt.date]:
    """The days the article's own words name ("on Saturday", "yesterday", a dateline's
    "May 23"), with the next day for a night. For an item dated the day of publication,
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
    return frozenset(named)


def _against_article(ctx: Context, item: Dated) -> list[Finding]:
    """A date with no words of its own, next to a day the article names but not itself
    a named day, is most likely that day shifted by one: news names the day of the
    event. An attack or a stage on the day of publication or the day before is judged
    too, except beside the publication day itself (often the day of reactions); a
    running total or a statement there needs no naming (with no time it is as of
    publication). A date with no named day beside it has nothing to be checked against."""
    published = ctx.published
    event = isinstance(item.fact.item, Attack | ExchangeStage)
    if item.expression or published is None or (
            (published - item.date).days <= 1 and not event):
        return []
    named = _named_days(ctx, item)
    beside = sorted(d for d in named if abs((d - item.date).days) == 1)
    if (published - item.date).days <= 1:
        beside = [d for d in beside if d != published]  # today's reactions, not the event
    if item.date in named or not beside or item.date in weekend(ctx.article.text, published):
        return []
    return _moved(ctx, item, f"a day the article names nowhere; it names "
                  f"{' and '.join(day(d) for d in beside)}.")


def _moved(ctx: Context, item: Dated, why: str) -> list[Finding]:
    """A date with no words of its own that the article's days say is off by one."""
    return [ctx.finding(FindingCode.date_beside_named_day, Severity.error,
                        f"{item.label} is dated {day(item.date)}, {why}", [item.fact],
                        reaskable=True)]


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
        if evidence is not None and evidence.start is not None and evidence.end is not None:
            spans.append((evidence.start, evidence.end))
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
            if not (dateline(text, *match.span()) or reported(text, *match.span())):
                found.update(named_by(text, match, ctx.published))
        if wide:
            found.update(weekend(text[start:end], ctx.published))
    return frozenset(found)


def _against_evidence(ctx: Context, item: Dated) -> list[Finding]:
    """A date with no words of its own whose evidence names the event's day: the date
    must be that day ('Hamas freed 13 hostages on Saturday' is not a Friday stage). A day
    the evidence gives to a report ('officials said on Monday') does not count. An
    attack's evidence is its figures' too: the sentence that names it may give its day
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


def _unnamed_total(ctx: Context, item: Dated) -> list[Finding]:
    """A running total stated without a time ('has so far released 69') is as of
    publication; dated another day, that day must be one the article names for a release
    (the day of the last release it counts, 'with Monday's releases'), not one it gives
    to a report or to another count ('aid trucks received until yesterday')."""
    published = ctx.published
    if not isinstance(item.fact.item, CumulativeTotal) or item.expression or (
            published is None or item.date == published
            or item.date in event_days(ctx.article.text, published, STAGE)):
        return []
    return _moved(ctx, item, "a day the article names for no release; with no time of its "
                  f"own it is as of publication ({day(published)}).")


def _against_event_days(ctx: Context, item: Dated) -> list[Finding]:
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
    names nowhere (`_named_nowhere`: 'drones hit Odesa on Monday', 'On Monday, two people
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
    if not beside and published and (published - item.date).days == 1 and _named_nowhere(
            ctx, item) and published in event_days(ctx.article.text, published, kind,
                                                   today=True) - others:
        beside = [published]
    if item.date in named or not beside or (
            isinstance(found, Attack) and item.date == ctx.published
            and item.date in event_days(ctx.article.text, ctx.published, kind, today=True)):
        return []
    return _moved(ctx, item, f"but the article names {' and '.join(day(d) for d in beside)} "
                  "for it.")


def _named_nowhere(ctx: Context, item: Dated) -> bool:
    """Whether no words of the article name the item's date: no day, no night either side
    of it ('overnight', 'late Sunday', 'in the early hours of Monday', which outlets date
    either day), no weekend. Outlets that date a strike of the night before by the day
    after say 'overnight' or name the night, so an event on a day named nowhere is the
    day a sentence of its kind names moved by one (`_against_event_days`), and one two
    days or more before publication has nothing to support it (`_long_before`)."""
    text = ctx.article.text
    nights = {day - dt.timedelta(days=1) for match in TIME.finditer(text)
              if SMALL_HOURS.search(text, max(0, match.start() - 30), match.end())
              for day in named_by(text, match, ctx.published)}
    return item.date not in _named_days(ctx, item) | nights | set(weekend(text, ctx.published))


_SPAN = re.compile(r"\bweek\b|\bdays\s+(?:ago|earlier|before|after)\b|"
                   r"\b(?:a|one|two|three|four|five|six|few|several|\d+)\s+days?\b",
                   re.IGNORECASE)
"""Words that date an event by a span, not a day ('this week', 'three days ago', 'two days
after the truce'): what they date no day expression names."""


def _long_before(ctx: Context, item: Dated) -> list[Finding]:
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
            or not _named_nowhere(ctx, item)):
        return []
    return _moved(ctx, item, f"{(published - item.date).days} days before the article was "
                  "published, a day it names nowhere, though it names others.")


def _against_publication(ctx: Context, item: Dated) -> list[Finding]:
    published = ctx.published
    if published is None or item.date <= published:
        return []
    if _agrees(item, published):
        return [ctx.finding(
            FindingCode.expected_after_publication, Severity.warning,
            f'{item.label} is expected on {day(item.date)} ("{item.expression}"), after the '
            f"article was published ({day(published)}): an expectation, not a reported event.",
            [item.fact],
        )]
    if item.expression and resolve(item.expression, published) is not None:
        return []  # _against_words already says what the words mean
    return [ctx.finding(
        FindingCode.after_publication, Severity.error,
        f"{item.label} is dated {day(item.date)}, after the article was published "
        f"({day(published)}).", [item.fact], reaskable=True,
    )]


def _order(ctx: Context) -> list[Finding]:
    findings: list[Finding] = []
    stages = ctx.extraction.stages
    dated = [s for s in stages if s.date is not None]
    for earlier, later in itertools.pairwise(dated):
        if earlier.date is not None and later.date is not None and earlier.date > later.date:
            findings.append(ctx.finding(
                FindingCode.stage_order, Severity.warning,
                f"{stage_label(earlier)} is listed before {stage_label(later)}, which is "
                "earlier.",
                [ctx.fact(s, "date") for s in (earlier, later)],
            ))
    agreement = ctx.extraction.agreement
    if agreement is None or agreement.date is None or not dated:
        return findings
    first = min(dated, key=lambda s: s.date or dt.date.max)
    if first.date is not None and agreement.date > first.date:
        agreed = _with_words(ctx.fact(agreement, "date"))
        stage = _with_words(ctx.fact(first, "date"))
        from_words = _agrees(agreed, ctx.published) and _agrees(stage, ctx.published)
        note = " Both dates are what the article's words say." if from_words else ""
        findings.append(ctx.finding(
            FindingCode.agreed_after_stage, Severity.error,
            f"the agreement is dated {day(agreement.date)}, after {stage_label(first)}: "
            f"an exchange cannot start before it is agreed.{note}",
            [agreed.fact, stage.fact], reaskable=not from_words,
        ))
    return findings
