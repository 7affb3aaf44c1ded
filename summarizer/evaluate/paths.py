"""Fact paths as data: parsed once, so keys can be normalized and compared one by one.

`summarizer.fact_paths` writes paths as strings; gold paths may hold several
acceptable keys (an overnight attack dated either day). Comparing structured
steps instead of strings lets a key contain dots ("St. Petersburg") and lets
each key go through alias and plural normalization on its own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from summarizer.fact_paths import KEY_SEPARATOR, FactPath

Value = int | str | bool | None | tuple[str, ...]
"""A fact's value; a tuple lists acceptable alternatives (a gold date list)."""


@dataclass(frozen=True)
class Step:
    name: str
    keys: tuple[str, ...] | None = None
    """None: no bracket. Several keys: acceptable alternatives (gold only)."""

    def __str__(self) -> str:
        return self.name if self.keys is None else f"{self.name}[{'|'.join(self.keys)}]"


Steps = tuple[Step, ...]


@dataclass(frozen=True)
class EvalFact:
    path: Steps
    value: Value
    label: str | None = field(default=None, compare=False)
    """The path as the pipeline wrote it, shown instead of the scored path's alternatives."""

    @property
    def kind(self) -> str | None:
        return kind_of(self.path)

    @property
    def path_str(self) -> str:
        return self.label or format_path(self.path)

    def __str__(self) -> str:
        return f"{self.path_str} = {show_value(self.value)}"


def show_value(value: Value) -> str:
    """JSON-like, so a report line reads the way the gold file is written."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return " or ".join(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def steps_of(key: FactPath) -> Steps:
    """A predicted fact's typed path as steps to compare with gold ones."""
    return tuple(Step(name, None if key is None else (key,)) for name, key in key.steps)


def format_path(path: Steps) -> str:
    return ".".join(str(step) for step in path)


def compose(*parts: str) -> str:
    """A composite key from its parts, as gold writes one (`fact_paths.KEY_SEPARATOR`)."""
    return KEY_SEPARATOR.join(parts)


DATED_STEPS = frozenset({"attacks", "stages", "cumulative"})
"""Steps whose key starts with a date: gold's, or a predicted item's resolved date, its
time words as written, or "undated"."""


def without_dates(path: Steps) -> Steps:
    """The path with the date part of each dated key dropped (`attacks[2024-10-01, Iran]`
    -> `attacks[Iran]`, `attacks[undated]` -> `attacks[]`): what stays the same when a
    right figure is filed under the wrong day."""
    return tuple(
        Step(s.name, tuple(compose(*k.split(KEY_SEPARATOR)[1:]) for k in s.keys))
        if s.name in DATED_STEPS and s.keys is not None else s
        for s in path)


def parse_path(text: str) -> Steps:
    """Split `a.b[key].c` into steps; brackets may contain dots, and nest.

    Consecutive brackets are one composite key: `cumulative[2023-11-27][Israel]`
    is `cumulative[2023-11-27, Israel]`, a running total told apart by its receiver.

    Raises ValueError on an empty step or unbalanced brackets, so a typo in a
    gold conflict's `field` is caught when the file is loaded.
    """
    steps: list[Step] = []
    i, n = 0, len(text)
    while i < n:
        start = i
        while i < n and text[i] not in ".[":
            i += 1
        name = text[start:i].strip()
        if not name:
            raise ValueError(f"empty step at character {start} of {text!r}")
        parts: list[str] = []
        while i < n and text[i] == "[":
            depth, i = 1, i + 1
            key_start = i
            while i < n and depth:
                depth += {"[": 1, "]": -1}.get(text[i], 0)
                i += 1
            if depth:
                raise ValueError(f"unclosed '[' in {text!r}")
            parts.append(text[key_start:i - 1])
        steps.append(Step(name, (compose(*parts),) if parts else None))
        if i < n:
            if text[i] != ".":
                raise ValueError(f"expected '.' at character {i} of {text!r}")
            i += 1
            if i == n:
                raise ValueError(f"{text!r} ends with '.'")
    if not steps:
        raise ValueError("empty path")
    return tuple(steps)


KINDS = (
    "agreement", "stage", "breakdown", "cumulative", "attack", "weapon", "region", "casualty",
    "qualifier", "statement",
)

QUALIFIER = "qualifier"
"""The last step of a qualifier fact: `attacks[2024-10-01].killed.qualifier = "at least"`."""

_NUMBER_SHAPES = (
    "exchange.agreed_total.count", "exchange.agreed_total[].count",
    "exchange.stages[].released[].count", "exchange.stages[].released[].breakdown[]",
    "exchange.cumulative[].count", "attacks[].weapons[]", "attacks[].killed", "attacks[].injured",
)
"""Every shape whose value is a count, and so may carry a qualifier."""

_KIND_BY_SHAPE = {
    "exchange.agreed_total.count": "agreement",
    "exchange.agreed_total.per_side": "agreement",
    "exchange.agreed_total[].count": "agreement",
    "exchange.agreed_at.place": "agreement",
    "exchange.agreed_at.date": "agreement",
    "exchange.stages[].released[].count": "stage",
    "exchange.stages[].released[].breakdown[]": "breakdown",
    "exchange.cumulative[].count": "cumulative",
    "attacks[].attacker": "attack",
    "attacks[].target": "attack",
    "attacks[].weapons[]": "weapon",
    "attacks[].regions[]": "region",
    "attacks[].killed": "casualty",
    "attacks[].injured": "casualty",
    "attacks[].killed_reported": "casualty",
    "attacks[].injured_reported": "casualty",
    "statements[]": "statement",
} | {f"{shape}.{QUALIFIER}": "qualifier" for shape in _NUMBER_SHAPES}
"""Every path shape the gold format can express. Predicted facts of other shapes
(a stated weapons total, a derived remainder) have no gold counterpart and are
not scored, rather than punished as false positives."""


def kind_of(path: Steps) -> str | None:
    shape = ".".join(s.name + ("" if s.keys is None else "[]") for s in path)
    return _KIND_BY_SHAPE.get(shape)
