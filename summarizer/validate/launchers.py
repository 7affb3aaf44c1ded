"""Launchers: a weapon that fired the weapons an attack counts is no weapon of its count.

A drone, a jet or a helicopter that fires missiles or rockets is where they came from,
not one more weapon that struck: 'the strike was carried out with a drone that launched
three rockets' tells three rockets, and reading 'a drone' as one drone counts the launcher
beside what it launched. The launcher is named as the subject of a verb of firing whose
object is another weapon ('a drone that fired two missiles', 'a Reaper drone launched
four Hellfire missiles at the convoy'). Not a weapon that carries its charge into the
target ('a drone carrying explosives', 'an explosive-laden drone': the drone is the
weapon), nor one that drops its load ('a drone dropped a grenade'), which outlets count
either way, nor the other weapon's own count, which the verb governs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.text.numbers import Mention
from summarizer.validate import lexicon as lx
from summarizer.validate.scope import Check

_FIRED = r"(?:\s*,)?\s+(?:that\s+|which\s+)?(?:(?:had|has)\s+)?(?:fired|launched|shot)\s+"
"""A verb of firing right after the weapon, or after 'that' or 'which' ('a drone that
launched'). Not 'shot down', which tells the launcher's end."""


@lru_cache(maxsize=32)
def _launcher(own: re.Pattern[str]) -> re.Pattern[str]:
    """The fact's weapon noun, a few words on, firing another kind of weapon."""
    other = rf"(?:(?!{own.pattern})(?:{lx.ANY_WEAPON.pattern}))"
    return re.compile(rf"(?:\s+[\w'\u2019-]+){{0,3}}?\s*(?:{own.pattern}){_FIRED}"
                      rf"(?!down\b)(?:[\w'\u2019-]+\s+){{0,3}}?{other}", re.IGNORECASE)


def launcher(own: re.Pattern[str]) -> Check:
    """The check of a count of the weapons `own` names: where its noun fires another
    weapon, the count counts the launcher."""
    pattern = _launcher(own)

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        found = pattern.match(text, mention.end, clause[1])
        if found is None:
            return None
        return f'there it counts what fired the weapons ("{mention.text}{found.group(0)}")'
    return check
