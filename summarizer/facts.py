"""Stable fact paths: one vocabulary for findings, merging, reports and evaluation.

A path names a fact the way the gold format does
(`exchange.stages[2025-05-23].released[Russia].count`), so a finding, a merged
figure and a gold annotation about the same thing share one string.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.models import ArticleExtraction, Evidence


@dataclass(frozen=True)
class Fact:
    path: str
    value: int | str | bool
    evidence: Evidence | None


def when(date: dt.date | None, expression: str | None) -> str:
    """The key of a dated item: its resolved date, else its expression as written."""
    if date is not None:
        return date.isoformat()
    return (expression or "undated").strip()


def agreed_party_path(party: str) -> str:
    """An unequal deal's share for one party, as the gold format flattens `by_party`."""
    return f"exchange.agreed_total[{party}].count"


def stage_key(date: dt.date | None, expression: str | None) -> str:
    return f"exchange.stages[{when(date, expression)}]"


def release_path(stage: str, party: str) -> str:
    return f"{stage}.released[{party}]"


def cumulative_path(date: dt.date | None, expression: str | None) -> str:
    return f"exchange.cumulative[{when(date, expression)}]"


def attack_key(date: dt.date | None, expression: str | None) -> str:
    return f"attacks[{when(date, expression)}]"


def iter_facts(extraction: ArticleExtraction) -> Iterator[Fact]:
    """Every reported figure, name and quote of one extraction, with its evidence."""
    agreement = extraction.agreement
    if agreement is not None:
        if agreement.total is not None:
            yield Fact("exchange.agreed_total.count", agreement.total, agreement.evidence)
            yield Fact("exchange.agreed_total.per_side", agreement.per_side, agreement.evidence)
        for share in agreement.by_party:
            yield Fact(agreed_party_path(share.party), share.count, agreement.evidence)
        if agreement.place:
            yield Fact("exchange.agreed_at.place", agreement.place, agreement.evidence)
        if agreement.date:
            yield Fact("exchange.agreed_at.date", agreement.date.isoformat(), agreement.evidence)
    for stage in extraction.stages:
        key = stage_key(stage.date, stage.time_expression)
        for release in stage.releases:
            base = release_path(key, release.released_by)
            yield Fact(f"{base}.count", release.count, release.evidence)
            for item in release.breakdown:
                yield Fact(f"{base}.breakdown[{item.category}]", item.count, item.evidence)
    for total in extraction.cumulative:
        yield Fact(f"{cumulative_path(total.as_of, total.as_of_expression)}.count",
                   total.count, total.evidence)
    for attack in extraction.attacks:
        key = attack_key(attack.date, attack.time_expression)
        if attack.attacker:
            yield Fact(f"{key}.attacker", attack.attacker, attack.evidence)
        for target in attack.targets:
            yield Fact(f"{key}.target", target, attack.evidence)
        for weapon in attack.weapons:
            if weapon.count is not None:
                yield Fact(f"{key}.weapons[{weapon.type}]", weapon.count, weapon.evidence)
        if attack.weapons_total is not None:
            yield Fact(f"{key}.weapons_total", attack.weapons_total.count,
                       attack.weapons_total.evidence)
        for region in attack.regions:
            yield Fact(f"{key}.regions[{region}]", True, attack.evidence)
        for kind, casualties in (("killed", attack.killed), ("injured", attack.injured)):
            if casualties is None:
                continue
            if casualties.count is None:
                yield Fact(f"{key}.{kind}_reported", True, casualties.evidence)
            else:
                yield Fact(f"{key}.{kind}", casualties.count, casualties.evidence)
    for statement in extraction.statements:
        if statement.quote:
            yield Fact(f"statements[{statement.speaker}]", statement.quote, statement.evidence)
