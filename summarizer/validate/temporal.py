"""Temporal checks: every date against its own words, the publication date, and the
other dates of the exchange.

Dates are resolved by code (text/time.py), but a backend may fill them itself and a
model's calendar arithmetic is often off by one. So the first check re-resolves
each time expression and compares: the resolved date must be what its words
say, and a named weekday must be that date's weekday. Those errors are the
model's (re-askable).

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

from summarizer.facts import DATE_FIELDS, Fact
from summarizer.models import (
    Agreement,
    Attack,
    CumulativeTotal,
    ExchangeStage,
    Finding,
    FindingCode,
    Severity,
    Statement,
)
from summarizer.text.time import TIME, WEEKDAYS, resolve, weekday_name
from summarizer.validate._common import Context, day, stage_label

_NIGHT = re.compile(r"(?i)overnight|night")


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


def check_temporal(ctx: Context) -> list[Finding]:
    findings: list[Finding] = []
    for item in _dated(ctx):
        findings.extend(_against_words(ctx, item))
        findings.extend(_against_publication(ctx, item))
        findings.extend(_against_article(ctx, item))
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


def _named_days(ctx: Context) -> frozenset[dt.date]:
    """The days the article's own words name ("on Saturday", "yesterday", a dateline's
    "May 23"), with the night before for "overnight" and "last night"."""
    days: set[dt.date] = set()
    for match in TIME.finditer(ctx.article.text):
        resolved = resolve(match.group(0), ctx.published)
        if resolved is not None:
            days.add(resolved)
            if _NIGHT.search(match.group(0)):
                days.add(resolved + dt.timedelta(days=1))
    return frozenset(days)


def _against_article(ctx: Context, item: Dated) -> list[Finding]:
    """A date with no words of its own, next to a day the article names but not itself
    a named day, is most likely that day shifted by one: news names the day of the
    event. The day of publication and the day before need no naming (a running total
    with no time is as of publication), and a date with no named day beside it has
    nothing to be checked against."""
    published = ctx.published
    if item.expression or published is None or (published - item.date).days <= 1:
        return []
    named = _named_days(ctx)
    beside = sorted(d for d in named if abs((d - item.date).days) == 1)
    if item.date in named or not beside:
        return []
    return [ctx.finding(
        FindingCode.date_beside_named_day, Severity.error,
        f"{item.label} is dated {day(item.date)}, a day the article names nowhere; it "
        f"names {' and '.join(day(d) for d in beside)}.", [item.fact], reaskable=True,
    )]


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
