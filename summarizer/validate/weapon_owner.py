"""Weapon owner: a count of weapons that its clause names as the other side's.

An article on a night of strikes both ways tells each side's weapons in the same words
('Russia launched 145 drones at Ukraine'; 'Russia's defence ministry said it downed 84
Ukrainian drones'), so a count read from the wrong sentence still stands beside its
weapon's noun. When the words between the number and that noun name the side attacked,
or the attacker of another attack of the extraction ('84 Ukrainian drones' for a Russian
attack on Ukraine), the weapons are that side's. Who made a weapon is no owner
('Iranian-made Shahed drones', sides.MAKER), and the attacker's own name is none either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.text.numbers import Mention
from summarizer.validate.scope import Check
from summarizer.validate.sides import MAKER, attacked_forms, known_sides, spellings

NEAR = 48
"""How far after the number its weapon's noun is looked for: the words that say whose the
weapons are stand between them ('84 Ukrainian attack drones')."""


def others_weapons(weapon: re.Pattern[str], attacker: str | None, targets: Iterable[str],
                   other_attackers: Iterable[str]) -> Check:
    """A check that a weapon count's own words do not name them as another side's."""
    own = spellings(attacker) if attacker else frozenset()
    others = [forms for forms in (
        *(attacked_forms(t) for t in targets),
        *(spellings(a) for a in other_attackers)) if not forms & own]

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        if not attacker or not others:
            return None
        noun = weapon.search(text, mention.end, min(clause[1], mention.end + NEAR))
        if noun is None:
            return None
        between = MAKER.sub("", text[mention.end:noun.start()])
        named = next((side for side in known_sides(between)
                      if not side & own and any(side & forms for forms in others)), None)
        if named is None:
            return None
        return f'there they are another side\'s weapons ("{text[mention.start:noun.end()]}")'
    return check
