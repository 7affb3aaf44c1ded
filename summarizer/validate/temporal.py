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
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.facts import attack_key, cumulative_path, stage_key
from summarizer.models import Finding, FindingKind, Severity
from summarizer.text.time import WEEKDAYS, resolve, weekday_name
from summarizer.validate._common import Context, day, stage_label

_T = FindingKind.temporal


@dataclass(frozen=True)
class Dated:
    """One date of the extraction with the words it came from."""

    label: str
    path: str
    date: dt.date
    expression: str | None


def _dated(ctx: Context) -> Iterator[Dated]:
    extraction = ctx.extraction
    agreement = extraction.agreement
    if agreement is not None and agreement.date is not None:
        yield Dated("the agreement", "exchange.agreed_at.date", agreement.date,
                    agreement.date_expression)
    for stage in extraction.stages:
        if stage.date is not None:
            yield Dated(stage_label(stage), f"{stage_key(stage.date, stage.time_expression)}.date",
                        stage.date, stage.time_expression)
    for total in extraction.cumulative:
        if total.as_of is not None:
            path = f"{cumulative_path(total.as_of, total.as_of_expression)}.as_of"
            yield Dated(f"the running total of {total.count}", path, total.as_of,
                        total.as_of_expression)
    for attack in extraction.attacks:
        if attack.date is not None:
            key = attack_key(attack.date, attack.time_expression)
            yield Dated(f"the attack {key}", f"{key}.date", attack.date, attack.time_expression)
    for statement in extraction.statements:
        if statement.date is not None:
            yield Dated(f"the statement by {statement.speaker}",
                        f"statements[{statement.speaker}].date", statement.date,
                        statement.time_expression)


def _agrees(item: Dated, published: dt.date | None) -> bool:
    return item.expression is not None and resolve(item.expression, published) == item.date


def check_temporal(ctx: Context) -> list[Finding]:
    findings: list[Finding] = []
    for item in _dated(ctx):
        findings.extend(_against_words(ctx, item))
        findings.extend(_against_publication(ctx, item))
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
            _T, Severity.error,
            f"{item.label} is dated {day(item.date)}, but {words}{context} means "
            f"{day(resolved)}.", [item.path], reaskable=True,
        )]
    named = weekday_name(item.expression)
    if resolved is None and named and WEEKDAYS[item.date.weekday()] != named:
        return [ctx.finding(
            _T, Severity.error,
            f"{item.label} is dated {day(item.date)}, but the article says {words}: "
            f"that date is not a {named.title()}.", [item.path], reaskable=True,
        )]
    return []


def _against_publication(ctx: Context, item: Dated) -> list[Finding]:
    published = ctx.published
    if published is None or item.date <= published:
        return []
    if _agrees(item, published):
        return [ctx.finding(
            _T, Severity.warning,
            f'{item.label} is expected on {day(item.date)} ("{item.expression}"), after the '
            f"article was published ({day(published)}): an expectation, not a reported event.",
            [item.path],
        )]
    if item.expression and resolve(item.expression, published) is not None:
        return []  # _against_words already says what the words mean
    return [ctx.finding(
        _T, Severity.error,
        f"{item.label} is dated {day(item.date)}, after the article was published "
        f"({day(published)}).", [item.path], reaskable=True,
    )]


def _order(ctx: Context) -> list[Finding]:
    findings: list[Finding] = []
    stages = ctx.extraction.stages
    dated = [s for s in stages if s.date is not None]
    for earlier, later in itertools.pairwise(dated):
        if earlier.date is not None and later.date is not None and earlier.date > later.date:
            findings.append(ctx.finding(
                _T, Severity.warning,
                f"{stage_label(earlier)} is listed before {stage_label(later)}, which is "
                "earlier.",
                [f"{stage_key(s.date, s.time_expression)}.date" for s in (earlier, later)],
            ))
    agreement = ctx.extraction.agreement
    if agreement is None or agreement.date is None or not dated:
        return findings
    first = min(dated, key=lambda s: s.date or dt.date.max)
    if first.date is not None and agreement.date > first.date:
        agreed = Dated("the agreement", "exchange.agreed_at.date", agreement.date,
                       agreement.date_expression)
        stage = Dated(stage_label(first), f"{stage_key(first.date, first.time_expression)}.date",
                      first.date, first.time_expression)
        from_words = _agrees(agreed, ctx.published) and _agrees(stage, ctx.published)
        note = " Both dates are what the article's words say." if from_words else ""
        findings.append(ctx.finding(
            _T, Severity.error,
            f"the agreement is dated {day(agreement.date)}, after {stage_label(first)}: "
            f"an exchange cannot start before it is agreed.{note}",
            [agreed.path, stage.path], reaskable=not from_words,
        ))
    return findings
