"""A fact as a reader names it, for the messages of findings: 'the number killed in
the attack of 2 January 2024', never the path `attacks[2024-01-02].killed` that
programs read. Its own module so that the wording grows without growing fact_paths.py."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.fact_paths import FactPath


def describe(path: FactPath) -> str:
    day, by = _when(path)
    on = f" on {day}" if day else " in an undated stage"
    attack = f"the attack of {day}{by}" if day else f"an undated attack{by}"
    if path.kind == "agreement":
        if path.party:
            return f"the number {path.party} agreed to free"
        return _DEAL_WORDS.get(path.field or "", "the deal")
    if path.kind == "stage":
        return f"the stage of {day}" if day else "an undated stage"
    if path.kind == "release":
        return f"the number released by {path.party}{on}"
    if path.kind == "breakdown":
        return f"the {path.category} released by {path.party}{on}"
    as_of = f" as of {day}" if day else " (undated)"
    if path.kind == "cumulative":
        return f"the running total{' received' if by else ''}{by}{as_of}"
    if path.kind == "remaining":
        return f"the number still to be exchanged{as_of}"
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


def _when(path: FactPath) -> tuple[str | None, str]:
    """The path's day in words (None when undated; words as written stay as they are),
    and what its composite key adds (`key_parts_words`): `attacks[2024-04-13, Iran,
    Israel]` -> ('13 April 2024', ' by Iran on Israel'), 'the attack of 13 April 2024 by
    Iran on Israel'."""
    date, rest = path.when_parts
    return (day_words(date) or date if date is not None else None), key_parts_words(rest)


def key_parts_words(parts: tuple[str, ...]) -> str:
    """What a composite key adds to a day to tell two items of it apart, as a reader says
    it: ('Iran', 'Israel') -> ' by Iran on Israel', ('Russia', 'Kyiv', 'drone') -> ' by
    Russia on Kyiv (drone)'; nothing for a plain key. One wording for findings
    (`describe`) and for headings and labels (`fact_paths.event_when`)."""
    by = f" by {parts[0]}" if parts else ""
    on = f" on {parts[1]}" if len(parts) > 1 else ""
    told = "".join(f" ({part})" for part in parts[2:])
    return by + on + told


def when_words(path: FactPath) -> str:
    """The path's day in words, without what a composite key adds: '13 April 2024' for
    `attacks[2024-04-13, Iran]`; 'undated'."""
    return _when(path)[0] or "undated"
