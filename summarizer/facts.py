"""Fact identity: one walk over an extraction, each fact with its typed path
(`summarizer.fact_paths`).

`walk` is the one traversal of an `ArticleExtraction`: grounding, validation,
alignment, evaluation and mutation all take the facts it yields, so a new
field is added here once. Each fact has a per-article id (its position in the
walk), which findings point to and merge maps to canonical facts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import count
from typing import TYPE_CHECKING

from summarizer import models as m
from summarizer.fact_paths import FactPath, when
from summarizer.models import ArticleExtraction, Attack, Evidence

if TYPE_CHECKING:
    from pydantic import BaseModel

Value = int | str | bool


@dataclass(frozen=True, eq=False)
class Fact:
    """One fact of one extraction, as the walk yields it.

    `figure` facts are what the article reports (merged, scored, rendered);
    the others are the resolved dates of stages, totals, attacks and statements,
    and evidence anchors (an attack's own evidence, a weapon without a count),
    which checks name but a summary does not list. `site` marks the fact that
    names `holder`'s evidence in grounding. `holder.<attr>` holds the value.
    """

    id: int
    key: FactPath
    value: Value | None
    evidence: Evidence | None
    holder: BaseModel
    attr: str | None
    item: BaseModel
    """The top-level item (agreement, stage, running total, attack, statement)."""
    figure: bool = True
    site: bool = False

    @property
    def path(self) -> str:
        return str(self.key)


def fact_id(article_id: str, number: int) -> str:
    """A fact's id across a summary: its article and its place (`Fact.id`) in that
    article's walk."""
    return f"{article_id}#{number}"


def walk(extraction: ArticleExtraction) -> Iterator[Fact]:
    """Every fact of one extraction, in a fixed order, each with its typed path; a
    qualified number ('at least 39') is followed by its qualifier, `<path>.qualifier`."""
    # Each fact is built once, numbered as it is made: the walk runs for every article
    # in grounding, checks and merge, and a frozen dataclass is slow to build. The
    # generators are lazy, so a qualifier takes its number before the next fact is made.
    ids = count()
    for fact in _walk(extraction, ids):
        yield fact
        qualifier = qualifier_of(fact)
        if qualifier is not None:
            yield Fact(next(ids), fact.key.with_qualifier(), qualifier, fact.evidence,
                       fact.holder, "qualifier", fact.item, fact.figure, site=False)


_QUALIFIED = (m.Agreement, m.PartyCount, m.Release, m.BreakdownItem, m.CumulativeTotal,
              m.WeaponCount, m.Casualties, m.StatedTotal)
"""The models whose number may carry a qualifier (the agreement's qualifies its total)."""


def qualifier_of(fact: Fact) -> m.Qualifier | None:
    """The qualifier of a fact's number ('at least'), if it has one."""
    holder = fact.holder
    if fact.figure and fact.attr in ("count", "total") and isinstance(holder, _QUALIFIED):
        return holder.qualifier
    return None


_path = lru_cache(maxsize=1 << 14)(FactPath)
"""A walk's paths, each built once: every extraction is walked by grounding, the checks,
merge and render, the same paths recur across articles, and a frozen dataclass is slow
to build (a path is immutable, so one object serves every walk)."""


def iter_facts(extraction: ArticleExtraction) -> Iterator[Fact]:
    """Every reported figure, name and quote of one extraction, with its evidence."""
    return (fact for fact in walk(extraction) if fact.figure)


def _walk(x: ArticleExtraction, ids: Iterator[int]) -> Iterator[Fact]:
    yield from _agreement(x, ids)
    for stage in x.stages:
        key = when(stage.date, stage.time_expression)
        dated = next(ids)  # taken when undated too: the merge may date it (merge._dated)
        if stage.date is not None:  # and the ids of the facts after it must not move
            yield Fact(dated, _path("stage", when=key, field="date"),
                       stage.date.isoformat(), None, stage, "date", stage, figure=False)
        for release in stage.releases:
            party = release.released_by
            yield Fact(next(ids), _path("release", when=key, party=party, field="count"),
                       release.count, release.evidence, release, "count", stage, site=True)
            for part in release.breakdown:
                path = _path("breakdown", when=key, party=party, category=part.category)
                yield Fact(next(ids), path, part.count, part.evidence, part, "count", stage,
                           site=True)
    for total in x.cumulative:
        key = when(total.as_of, total.as_of_expression)
        yield Fact(next(ids), _path("cumulative", when=key, field="count"), total.count,
                   total.evidence, total, "count", total, site=True)
        if total.as_of is not None:
            yield Fact(next(ids), _path("cumulative", when=key, field="as_of"),
                       total.as_of.isoformat(), None, total, "as_of", total, figure=False)
    for attack in x.attacks:
        yield from _attack(attack, ids)
    for statement in x.statements:
        yield Fact(next(ids), _path("statement", speaker=statement.speaker),
                   statement.quote, statement.evidence, statement,
                   "quote" if statement.quote else None, statement,
                   figure=bool(statement.quote), site=True)
        if statement.date is not None:
            yield Fact(next(ids), _path("statement", speaker=statement.speaker, field="date"),
                       statement.date.isoformat(), None, statement, "date", statement,
                       figure=False)


def _agreement(x: ArticleExtraction, ids: Iterator[int]) -> Iterator[Fact]:
    deal = x.agreement
    if deal is None:
        return
    ev = deal.evidence
    total = _path("agreement", field="count")
    if deal.total is not None:
        yield Fact(next(ids), total, deal.total, ev, deal, "total", deal, site=True)
        yield Fact(next(ids), _path("agreement", field="per_side"), deal.per_side, ev, deal,
                   "per_side", deal)
    else:
        yield Fact(next(ids), total, None, ev, deal, None, deal, figure=False, site=True)
    for share in deal.by_party:
        yield Fact(next(ids), _path("agreement", party=share.party, field="count"),
                   share.count, ev, share, "count", deal)
    if deal.place:
        yield Fact(next(ids), _path("agreement", field="place"), deal.place, ev, deal,
                   "place", deal)
    if deal.date:
        yield Fact(next(ids), _path("agreement", field="date"), deal.date.isoformat(), ev,
                   deal, "date", deal)


def _attack(attack: Attack, ids: Iterator[int]) -> Iterator[Fact]:
    key = when(attack.date, attack.time_expression)
    ev = attack.evidence
    yield Fact(next(ids), _path("attack", when=key), None, ev, attack, None, attack,
               figure=False, site=True)
    dated = next(ids)  # taken when undated too, as a stage's is (_walk)
    if attack.date is not None:
        yield Fact(dated, _path("attack", when=key, field="date"),
                   attack.date.isoformat(), None, attack, "date", attack, figure=False)
    if attack.attacker:
        yield Fact(next(ids), _path("attack", when=key, field="attacker"), attack.attacker,
                   ev, attack, "attacker", attack)
    for target in attack.targets:
        yield Fact(next(ids), _path("attack", when=key, field="target"), target, ev, attack,
                   "targets", attack)
    for weapon in attack.weapons:
        yield Fact(next(ids), _path("weapon", when=key, weapon=weapon.type), weapon.count,
                   weapon.evidence, weapon, "count", attack, figure=weapon.count is not None,
                   site=True)
    if attack.weapons_total is not None:
        stated = attack.weapons_total
        yield Fact(next(ids), _path("attack", when=key, field="weapons_total"),
                   stated.count, stated.evidence, stated, "count", attack, site=True)
    for region in attack.regions:
        yield Fact(next(ids), _path("region", when=key, region=region), True, ev, attack,
                   "regions", attack)
    for name, casualties in (("killed", attack.killed), ("injured", attack.injured)):
        if casualties is None:
            continue
        path = _path("attack", when=key, field=name)
        if casualties.count is None:
            yield Fact(next(ids), path, None, casualties.evidence, casualties, None, attack,
                       figure=False, site=True)
            yield Fact(next(ids), _path("attack", when=key, field=f"{name}_reported"), True,
                       casualties.evidence, casualties, None, attack)
        else:
            yield Fact(next(ids), path, casualties.count, casualties.evidence, casualties,
                       "count", attack, site=True)
