"""Fact paths: one typed path per fact, and the text the gold format writes for it.

A `FactPath` names a fact by its parts (what kind of item, its date key, its
party, category, weapon, region or speaker, and which field). `str()` writes it
the way the gold format does (`exchange.stages[2025-05-23].released[Russia].count`),
so findings, merged figures and gold annotations share one readable string;
code reads the parts, never the string. `FactPath.parse` is that string's
exact inverse, for summaries read back from JSON.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Literal

from summarizer.fact_words import day_words, describe, key_parts_words

Kind = Literal[
    "agreement", "stage", "release", "breakdown", "cumulative", "remaining",
    "attack", "weapon", "region", "statement",
]
"""What a path is about; `field` says which attribute of it."""

Step = tuple[str, str | None]

DATE_FIELDS = frozenset({"date", "as_of"})

KEY_SEPARATOR = ", "
"""Between the parts of a composite key, as the gold format writes them: `attacks[2024-10-01,
Iran]` names one of two attacks on a date by its attacker ("Two attacks on one date")."""


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
    def when_parts(self) -> tuple[str | None, tuple[str, ...]]:
        """`split_when` of the path's date key: fact_words, which fact_paths imports,
        reads the parts here rather than import `split_when` back."""
        return split_when(self.when)

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


def split_when(key: str | None) -> tuple[str | None, tuple[str, ...]]:
    """A date key's own part (None when undated) and what a composite key adds to tell
    two items of one day apart: `2024-04-13, Iran, Israel` -> ('2024-04-13', ('Iran',
    'Israel')). Words as written ('Sunday, 3 December') stay one part."""
    if key is None or key == "undated":
        return None, ()
    first, *rest = key.split(KEY_SEPARATOR)
    if rest and first == "undated":
        return None, tuple(rest)
    if rest and day_words(first) is not None:
        return first, tuple(rest)
    return key, ()


def event_when(key: str) -> str:
    """An attack's date key as a heading or a label shows it: the day, and who struck
    where when two attacks share it ('2025-04-04, by Russia on Kryvyi Rih'), never the
    key's comma-joined parts."""
    day, rest = split_when(key)
    return f"{day or 'undated'},{key_parts_words(rest)}" if rest else key


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
