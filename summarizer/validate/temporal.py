"""Temporal checks: every date against its own words, the publication date, and the
other dates of the exchange.

Dates are resolved by code (text/time.py), but a backend may fill them itself and a
model's calendar arithmetic is often off by one. So the first check re-resolves
each time expression and compares: the resolved date must be what its words
say, and a named weekday must be that date's weekday. Those errors are the
model's (re-askable).

A date with no words of its own is checked against the day its evidence names for
the event ('struck Odesa on Saturday'; not a day given to a report, 'officials said on
Monday', nor a dateline: evidence_days.py), against the days the article names, and for
an attack or a stage against the day the article names for one of its kind (moved_days.py;
validate/event_days.py tells an event's day from a report's). A running total with no
words is as of publication unless the article names its day (moved_days.py). An attack or
a stage two days or more before publication must be a day the article names
(long_before.py). The first of these checks that finds a fault speaks for the date. An
attack the article dates only relative to another event ('a day after a drone attack on
Belgorod', 'a response to it': relative_days.py) is named that day, and none of them runs.

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

from summarizer.models import Article, Finding, FindingCode, FindingKind, Severity
from summarizer.text.time import WEEKDAYS, resolve, weekday_name
from summarizer.validate._common import Context, day, stage_label
from summarizer.validate.dated import Dated, agrees, dated, with_words
from summarizer.validate.evidence_days import against_evidence
from summarizer.validate.long_before import long_before
from summarizer.validate.moved_days import against_article, against_event_days, unnamed_total
from summarizer.validate.relative_days import relative_days

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
    for item in dated(ctx):
        findings.extend(_against_words(ctx, item))
        findings.extend(_against_publication(ctx, item))
        if _own_words(ctx, item) or item.date not in relative_days(ctx, item):
            findings.extend(against_article(ctx, item) or against_evidence(ctx, item)
                            or against_event_days(ctx, item) or unnamed_total(ctx, item)
                            or long_before(ctx, item))
    findings.extend(_order(ctx))
    return findings


def _own_words(ctx: Context, item: Dated) -> bool:
    """Whether the date has words of its own that resolve: what they mean is checked, not
    the days the article names."""
    return bool(item.expression) and resolve(item.expression, ctx.published) is not None


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


def _against_publication(ctx: Context, item: Dated) -> list[Finding]:
    published = ctx.published
    if published is None or item.date <= published:
        return []
    if agrees(item, published):
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
        agreed = with_words(ctx.fact(agreement, "date"))
        stage = with_words(ctx.fact(first, "date"))
        from_words = agrees(agreed, ctx.published) and agrees(stage, ctx.published)
        note = " Both dates are what the article's words say." if from_words else ""
        findings.append(ctx.finding(
            FindingCode.agreed_after_stage, Severity.error,
            f"the agreement is dated {day(agreement.date)}, after {stage_label(first)}: "
            f"an exchange cannot start before it is agreed.{note}",
            [agreed.fact, stage.fact], reaskable=not from_words,
        ))
    return findings
