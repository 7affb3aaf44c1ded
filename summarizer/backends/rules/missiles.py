"""Missiles counted by type and again as plain missiles are counted once, by type."""

from __future__ import annotations

from summarizer.models import WeaponCount

_MISSILE_TYPES = frozenset({"ballistic missile", "cruise missile"})


def typed_over_generic(weapons: list[WeaponCount]) -> list[WeaponCount]:
    """"18 ballistic missiles" and then "18 missiles launched" are the same 18: the plain
    count goes. A plain count larger than the typed ones together counts other kinds
    too, and stays."""
    typed = sum(w.count or 0 for w in weapons if w.type in _MISSILE_TYPES)
    return [w for w in weapons
            if not (w.type == "missile" and typed and (w.count or 0) <= typed)]
