"""Fact identity: one typed path per fact, and one walk over an extraction.

A `FactPath` names a fact by its parts (what kind of item, its date key, its
party, category, weapon, region or speaker, and which field). `str()` writes it
the way the gold format does (`exchange.stages[2025-05-23].released[Russia].count`),
so findings, merged figures and gold annotations share one readable string;
code reads the parts, never the string. `FactPath.parse` is that string's
exact inverse, for summaries read back from JSON.

`walk` is the one traversal of an `ArticleExtraction`: grounding, validation,
alignment, evaluation and mutation all take the facts it yields, so a new
field is added here once. Each fact has a per-article id (its position in the
walk), which findings point to and merge maps to canonical facts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import count
from typing import TYPE_CHECKING, Literal

from summarizer import models as m
from summarizer.fact_words import describe
from summarizer.models import ArticleExtraction, Attack, Evidence

if TYPE_CHECKING:
    from pydantic import BaseModel

Kind = Literal[
    "agreement", "stage", "release", "breakdown", "cumulative", "remaining",
    "attack", "weapon", "region", "statement",
]
"""What a path is about; `field` says which attribute of it."""

Value = int | str | bool

Step = tuple[str, str | None]

DATE_FIELDS = frozenset({"date", "as_of"})


@dataclass(frozen=True)
class FactPath:
    """A fact's identity as data. Keys hold the article's (or canonical) names."""

    kind: Kind
    when: str | None = None
    """Date key of a stage, running total, remainder or attack (a date or its words)."""
    party: str | None = None
    category: str | None = None
    weapon: str | None = None
    region: str | None = None
    speaker: str | None = None
    field: str | None = None
    """The attribute: count, per_side, place, date, as_of, attacker, target,
    weapons_total, killed, injured, killed_reported, injured_reported; None for
    the item itself (an attack's evidence, a statement's quote)."""
    qualifier: bool = False
    """The qualifier of the number ('at least'), flattened as `<path>.qualifier`."""

    def __str__(self) -> str:
        return self._text

    @cached_property
    def _text(self) -> str:
        """Built once per path: a path is immutable, walks share one object per path
        (`_path`), and grounding, the checks, merge and render all read it as text."""
        return ".".join(name if key is None else f"{name}[{key}]" for name, key in self.steps)

    @property
    def steps(self) -> tuple[Step, ...]:
        """The path as the gold format writes it: (name, bracketed key or None) per dot."""
        steps = self._steps()
        return (*steps, ("qualifier", None)) if self.qualifier else steps

    def _steps(self) -> tuple[Step, ...]:
        tail: tuple[Step, ...] = ((self.field, None),) if self.field else ()
        exchange: Step = ("exchange", None)
        if self.kind == "agreement":
            if self.field in ("place", "date"):
                return (exchange, ("agreed_at", None), *tail)
            return (exchange, ("agreed_total", self.party), *tail)
        stage: Step = ("stages", self.when)
        if self.kind == "stage":
            return (exchange, stage, *tail)
        released: Step = ("released", self.party)
        if self.kind == "release":
            return (exchange, stage, released, *tail)
        if self.kind == "breakdown":
            return (exchange, stage, released, ("breakdown", self.category))
        if self.kind in ("cumulative", "remaining"):
            return (exchange, (self.kind, self.when), *tail)
        attack: Step = ("attacks", self.when)
        if self.kind == "weapon":
            return (attack, ("weapons", self.weapon))
        if self.kind == "region":
            return (attack, ("regions", self.region))
        if self.kind == "attack":
            return (attack, *tail)
        return (("statements", self.speaker), *tail)

    @property
    def item(self) -> tuple[str, str | None]:
        """The item the fact belongs to: a stage (with its releases), a running total,
        an attack (with its weapons and regions), a statement, or the agreement."""
        if self.kind in ("stage", "release", "breakdown"):
            return ("stage", self.when)
        if self.kind in ("attack", "weapon", "region"):
            return ("attack", self.when)
        if self.kind == "statement":
            return ("statement", self.speaker)
        if self.kind == "agreement":
            return ("agreement", None)
        return (self.kind, self.when)

    @property
    def keys(self) -> tuple[str, ...]:
        """The bracketed keys in the order the path writes them."""
        slots = (self.when, self.speaker, self.party, self.category, self.weapon, self.region)
        return tuple(key for key in slots if key is not None)

    @property
    def words(self) -> str:
        """The fact as a reader names it ('the number killed in the attack of 2 January
        2024'): what findings say, where the path is for programs."""
        text = describe(self)
        return f"the qualifier of {text}" if self.qualifier else text

    def with_qualifier(self) -> FactPath:
        return FactPath(self.kind, self.when, self.party, self.category, self.weapon,
                        self.region, self.speaker, self.field, qualifier=True)

    @classmethod
    @lru_cache(maxsize=1 << 14)
    def parse(cls, text: str) -> FactPath | None:
        """The path `str()` wrote, read back; None for a path of another shape (a
        foreign or malformed one), which the caller shows as it is. Cached: a render
        reads each summary fact's path several times, and paths repeat across groups."""
        steps = _split(text)
        if steps is None:
            return None
        qualifier = len(steps) > 1 and steps[-1] == ("qualifier", None)
        if qualifier:
            steps = steps[:-1]
        found = _from_steps(steps)
        return replace(found, qualifier=True) if found and qualifier else found


def _split(text: str) -> tuple[Step, ...] | None:
    """Split on dots outside brackets: keys are free text ('U.S.', 'St. Petersburg')."""
    steps: list[Step] = []
    name, key, in_key, has_key = "", "", False, False
    for char in text:
        if in_key:
            if char == "]":
                in_key, has_key = False, True
            else:
                key += char
        elif char == "[" and not has_key:
            in_key = True
        elif char == ".":
            steps.append((name, key if has_key else None))
            name, key, has_key = "", "", False
        elif has_key:
            return None
        else:
            name += char
    if in_key:
        return None
    steps.append((name, key if has_key else None))
    return tuple(steps)


_EXCHANGE_FIELDS = {"agreed_total": ("count", "per_side"), "agreed_at": ("place", "date")}


def _from_steps(steps: tuple[Step, ...]) -> FactPath | None:
    match steps:
        case (("exchange", None), (("agreed_total" | "agreed_at") as name, None), (field, None)) \
                if field in _EXCHANGE_FIELDS[name]:
            return FactPath("agreement", field=field)
        case (("exchange", None), ("agreed_total", str(party)), ("count", None)):
            return FactPath("agreement", party=party, field="count")
        case (("exchange", None), ("stages", str(when))):
            return FactPath("stage", when=when)
        case (("exchange", None), ("stages", str(when)), ("date", None)):
            return FactPath("stage", when=when, field="date")
        case (("exchange", None), ("stages", str(when)), ("released", str(party)), ("count", None)):
            return FactPath("release", when=when, party=party, field="count")
        case (("exchange", None), ("stages", str(when)), ("released", str(party)),
              ("breakdown", str(category))):
            return FactPath("breakdown", when=when, party=party, category=category)
        case (("exchange", None), ("cumulative", str(when)), (("count" | "as_of") as field, None)):
            return FactPath("cumulative", when=when, field=field)
        case (("exchange", None), ("remaining", str(when))):
            return FactPath("remaining", when=when)
        case (("attacks", str(when)),):
            return FactPath("attack", when=when)
        case (("attacks", str(when)), ("weapons", str(weapon))):
            return FactPath("weapon", when=when, weapon=weapon)
        case (("attacks", str(when)), ("regions", str(region))):
            return FactPath("region", when=when, region=region)
        case (("attacks", str(when)), (field, None)) if field in ATTACK_FIELDS:
            return FactPath("attack", when=when, field=field)
        case (("statements", str(speaker)),):
            return FactPath("statement", speaker=speaker)
        case (("statements", str(speaker)), ("date", None)):
            return FactPath("statement", speaker=speaker, field="date")
    return None


ATTACK_FIELDS = frozenset({"attacker", "target", "weapons_total", "killed", "injured",
                           "killed_reported", "injured_reported", "date"})


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


def when(date: dt.date | None, expression: str | None) -> str:
    """The key of a dated item: its resolved date, else its expression as written."""
    if date is not None:
        return date.isoformat()
    return (expression or "undated").strip()


def stage_key(date: dt.date | None, expression: str | None) -> str:
    return str(FactPath("stage", when=when(date, expression)))


def release_path(stage: str, party: str) -> str:
    return f"{stage}.released[{party}]"


def cumulative_path(date: dt.date | None, expression: str | None) -> str:
    return str(FactPath("cumulative", when=when(date, expression)))


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
