"""The dates of an extraction, each with the words it came from: what every date check
reads, and the one error they give a date with no words of its own that the article's
days say is off by one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.fact_paths import DATE_FIELDS
from summarizer.facts import Fact
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
from summarizer.text.time import in_words
from summarizer.validate._common import Context, day, stage_label


@dataclass(frozen=True)
class Dated:
    """One date of the extraction with the words it came from."""

    label: str
    fact: Fact
    date: dt.date
    expression: str | None


def dated(ctx: Context) -> Iterator[Dated]:
    """Every resolved date, from the walk's date facts."""
    for fact in ctx.facts:
        if fact.key.field in DATE_FIELDS:
            yield with_words(fact)


def with_words(fact: Fact) -> Dated:
    item = fact.item
    if isinstance(item, Agreement) and item.date is not None:
        return Dated("the agreement", fact, item.date, item.date_expression)
    if isinstance(item, ExchangeStage) and item.date is not None:
        return Dated(stage_label(item), fact, item.date, item.time_expression)
    if isinstance(item, CumulativeTotal) and item.as_of is not None:
        return Dated(f"the running total of {item.count}", fact, item.as_of,
                     item.as_of_expression)
    if isinstance(item, Attack) and item.date is not None:
        return Dated(attack_label(item), fact, item.date, item.time_expression)
    assert isinstance(item, Statement) and item.date is not None, fact.path
    return Dated(f"the statement by {item.speaker}", fact, item.date, item.time_expression)


def attack_label(attack: Attack) -> str:
    """'the attack by Russia on Kyiv': the attack as a reader names it, never the path
    `attacks[2024-01-02]` programs key it by (issue 19: checks name facts in words)."""
    by = f" by {attack.attacker}" if attack.attacker else ""
    on = f" on {', '.join(attack.targets)}" if attack.targets else ""
    return f"the attack{by}{on}"


def agrees(item: Dated, published: dt.date | None) -> bool:
    return in_words(item.expression, item.date, published)


def moved(ctx: Context, item: Dated, why: str,
          code: FindingCode = FindingCode.date_beside_named_day) -> list[Finding]:
    """A date with no words of its own that the article's days say is off by one, or
    (`code`) that they do not support."""
    return [ctx.finding(code, Severity.error,
                        f"{item.label} is dated {day(item.date)}, {why}", [item.fact],
                        reaskable=True)]
