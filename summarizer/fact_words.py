"""A fact as a reader names it, for the messages of findings: 'the number killed in
the attack of 2 January 2024', never the path `attacks[2024-01-02].killed` that
programs read. Its own module so that the wording grows without growing fact_paths.py."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.fact_paths import FactPath


def describe(path: FactPath) -> str:
    on = f" on {_day(path.when)}"
    attack = f"the attack of {_day(path.when)}"
    if path.kind == "agreement":
        if path.party:
            return f"the number {path.party} agreed to free"
        return _DEAL_WORDS.get(path.field or "", "the deal")
    if path.kind == "stage":
        return f"the stage of {_day(path.when)}"
    if path.kind == "release":
        return f"the number released by {path.party}{on}"
    if path.kind == "breakdown":
        return f"the {path.category} released by {path.party}{on}"
    if path.kind == "cumulative":
        return f"the running total as of {_day(path.when)}"
    if path.kind == "remaining":
        return f"the number still to be exchanged as of {_day(path.when)}"
    if path.kind == "weapon":
        return f"the {path.weapon} count of {attack}"
    if path.kind == "region":
        return f"{path.region} as a region hit in {attack}"
    if path.kind == "statement":
        quote = f"the quote by {path.speaker}"
        return f"the date of {quote}" if path.field == "date" else quote
    field = (path.field or "").removesuffix("_reported")
    return {"": attack, "attacker": f"the attacker in {attack}",
            "target": f"the target of {attack}", "date": f"the date of {attack}",
            "weapons_total": f"the weapons in total in {attack}",
            }.get(field, f"the number {field} in {attack}")


_DEAL_WORDS = {"count": "the agreed total", "per_side": "whether the deal is per side",
               "place": "the place of the deal", "date": "the date of the deal"}


def day_words(key: str) -> str | None:
    """'2024-01-02' -> '2 January 2024', as a reader writes a day; None for a key that is
    not an ISO date (words as written, a range of days)."""
    try:
        day = dt.date.fromisoformat(key)
    except ValueError:
        return None
    return f"{day.day} {day:%B %Y}"


def _day(key: str | None) -> str:
    """A date key in words; words as written stay as they are."""
    if key is None or key == "undated":
        return "undated"
    return day_words(key) or key
