"""Every spelling a text may write for a named entity: the alias table's variants and
the gazetteer's aliases and demonyms ('Russia': 'Russian', 'Moscow', ...), and the
adjective of a country for a title that reads like news."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

from summarizer.text.entities import EntityKind, builtin_aliases, name_key
from summarizer.text.gazetteer import load_gazetteer

UNNAMED = frozenset({"unknown", "unidentified", "attacker", "assailant", "unknown attacker",
                     "unknown assailant", "unidentified attacker", "unidentified gunman"})
"""Not a name: what an extraction writes for a side no one has named (the gold format's
"unknown"), in `name_key` form (singular: 'unidentified gunmen' is 'unidentified gunman').
Evidence has nothing to state of it, and a title does not name it.

Narrower than `entities.names_no_side` on purpose: every name here names no side, but
'gunmen', 'militants' or 'a suicide bomber' also name no side and still say what struck,
which the evidence must state (support) and a title may say ('attack by gunmen'). Only
telling attacks apart (events.py, cross_source.py) treats them all alike."""


def unnamed(name: str) -> bool:
    """Whether a name says nothing of who it is (`UNNAMED`): nothing to find in evidence
    or to put in a title."""
    return name_key(name) in UNNAMED


_GAZETTEER_KINDS = {
    EntityKind.party: ("country", "group"),
    EntityKind.place: ("country", "city", "region"),
}


@cache
def _known_forms(kind: EntityKind) -> dict[str, frozenset[str]]:
    """Every spelling the package knows for a name of one kind, keyed by each of those
    spellings: the alias table's variants and the gazetteer's aliases and demonyms."""
    groups: list[list[str]] = [[canonical, *variants]
                               for canonical, variants in builtin_aliases()[kind].items()]
    entries: dict[tuple[str, str], list[str]] = {}
    for written, entry in load_gazetteer().names():
        if entry.kind in _GAZETTEER_KINDS.get(kind, ()):
            entries.setdefault((entry.kind, entry.name), [entry.name]).append(written)
    groups += entries.values()
    forms: dict[str, set[str]] = {}
    for group in groups:
        names = {name_key(g) for g in group}
        for key in names:
            forms.setdefault(key, set()).update(names)
    return {key: frozenset(names) for key, names in forms.items()}


@cache
def _demonyms() -> dict[str, str]:
    raw = json.loads(files("summarizer").joinpath("data/gazetteer.json").read_text("utf-8"))
    return {name_key(name): item["demonyms"][0] for item in raw["countries"]
            if item.get("demonyms") for name in (item["name"], *item.get("aliases", ()))}


def demonym(party: str) -> str | None:
    """'Russia' -> 'Russian', for a title that reads like news ('Russian attack on Kyiv');
    None for a party the gazetteer gives no adjective."""
    return _demonyms().get(name_key(party))


def name_forms(kind: EntityKind, name: str) -> frozenset[str]:
    """A name and the spellings that name the same entity (the party 'Russia':
    'Russian', 'Moscow', ...), as `name_key`s: what a text may write instead."""
    key = name_key(name)
    return _known_forms(kind).get(key, frozenset()) | {key}
