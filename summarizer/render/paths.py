"""Read the stable fact paths of facts.py back into their parts.

Reports are laid out from `Summary.facts` alone, so the renderer needs the
date, party and category that a path names. Keys are free text from articles
(a party called "U.S." or a region "St. Petersburg"), so a path is split on
dots outside brackets, never on every dot.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    """One dotted part of a path: a name and its bracketed key, if any."""

    name: str
    key: str | None = None


def parse_path(path: str) -> tuple[Step, ...]:
    """`exchange.stages[2025-05-23].released[Russia].count` -> five steps.

    A malformed path (an unclosed bracket) yields a single step holding the
    whole path, so an unknown fact is still shown rather than dropped.
    """
    steps: list[Step] = []
    name, key, in_key = "", "", False
    has_key = False
    for char in path:
        if in_key:
            if char == "]":
                in_key, has_key = False, True
            else:
                key += char
        elif char == "[":
            in_key = True
        elif char == ".":
            steps.append(Step(name, key if has_key else None))
            name, key, has_key = "", "", False
        else:
            name += char
    if in_key:
        return (Step(path),)
    steps.append(Step(name, key if has_key else None))
    return tuple(steps)


def names(path: str) -> tuple[str, ...]:
    """The path's shape without keys, e.g. ('exchange', 'stages', 'released', 'count')."""
    return tuple(step.name for step in parse_path(path))


def keys(path: str) -> tuple[str, ...]:
    """The bracketed keys in order, e.g. ('2025-05-23', 'Russia')."""
    return tuple(step.key for step in parse_path(path) if step.key is not None)
