"""Attack counts: what a clause must say to state a number killed or injured, or a
number of weapons of one kind.

Support (support.py) weighs an attack's figure's own evidence with it, and
elsewhere.py every other sentence of the article: the two must read a count alike,
or a figure the support check passes in its evidence would be judged by other words
in the rest of the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from summarizer.models import Attack
from summarizer.validate import lexicon as lx
from summarizer.validate.agents import by_another
from summarizer.validate.among import among
from summarizer.validate.bracketed import bracketed
from summarizer.validate.counted_nouns import (
    joined,
    named_one,
    not_weapons,
    one_wave,
    severity,
    some_of,
)
from summarizer.validate.day_tolls import day_toll
from summarizer.validate.hurt_counts import hurt
from summarizer.validate.launchers import launcher
from summarizer.validate.listed import one_kind
from summarizer.validate.mixed_weapons import mixed
from summarizer.validate.one_among import one_event, one_of, one_site, one_volley, one_weapon
from summarizer.validate.ordinals import one_in_order
from summarizer.validate.regional import regional
from summarizer.validate.scope import (
    Check,
    background,
    earlier_report,
    intercepted,
    occasions,
    part,
    replaced,
    things,
)
from summarizer.validate.stated import Counts
from summarizer.validate.subsets import subset
from summarizer.validate.weapon_owner import others_weapons
from summarizer.validate.whose_toll import whose_checks

WEAPONS_PART = part()
"""A weapon count that counts part of another ('50 of the 69 drones')."""
HURT = re.compile(f"{lx.KILLED.pattern}|{lx.INJURED.pattern}|{lx.PEOPLE.pattern}", re.IGNORECASE)
"""A weapon count's rival: a number nearer to people hurt ('two people were killed in a
drone attack') counts them, not weapons."""
_KIND = lx.MISSILE_TYPE_WORDS
"""The words that make two counts of a typed missile one kind ('two Kh-22 cruise missiles'
is not of a kind with 'a Kh-31 anti-radar missile')."""

_ARMS = lx.arms("drone", "missile", "rocket", "guided bomb", "artillery", "explosive")
"""A toll's rival: a number nearer to a weapon ('A Russian missile struck, killing 19')."""
_SPARED = re.compile(f"{lx.RELEASE.pattern}|" + lx.words(
    "rescu", "freed", "freeing", "evacuat", "arrest", "detain", "abduct", "kidnap").pattern,
    re.IGNORECASE)
"""A toll's rival: a number nearer to people freed, rescued or taken ('freed four of its
citizens', 'over 150 passengers rescued') counts them, not the dead or hurt."""


def toll(field: str, after: Check, attack: Attack | None = None,
         beside: tuple[Check, ...] = ()) -> Counts:
    """What a clause must say to state a number `field` ('killed' or 'injured'); `after`
    is `scope.continued` at the clause's place in the article. With the `attack`, a toll
    the clause says another side brought about (agents.by_another), or whose dead are
    another's than the attack's (whose_toll.py), is not its toll either; nor is one that
    a check `beside` those of the clause says is another's (other_attack.py)."""
    own, rival = (lx.KILLED, lx.INJURED) if field == "killed" else (lx.INJURED, lx.KILLED)
    losses = (by_another(attack.attacker, "the attacker"), *whose_checks(attack)) \
        if attack else ()
    return Counts(f"a number of people {field}", own, (_only(rival, own), _SPARED),
                  nouns=(_ARMS,),
                  scope=(background, earlier_report, occasions, things, part(own),
                         subset(own, rival), replaced, after, one_site, one_of(own), one_event,
                         joined(own), severity, among, bracketed(own), day_toll, *losses,
                         *beside))


def _only(rival: re.Pattern[str], own: re.Pattern[str]) -> re.Pattern[str]:
    """A rival's words that are not also one's own ('casualties' is both)."""
    return re.compile(f"(?!{own.pattern})(?:{rival.pattern})", re.IGNORECASE)


@lru_cache(maxsize=64)
def _naming(rival: re.Pattern[str], own: re.Pattern[str]) -> re.Pattern[str]:
    """A rival weapon's words where they name another weapon, not where they describe the
    fact's own one right after them ('an explosive drone', 'a bomb drone', 'explosive-laden
    drones' are drones)."""
    return re.compile(rf"(?:{rival.pattern})(?![\w-]*\s+(?:{own.pattern}))", re.IGNORECASE)


def weapons(kind: str, attack: Attack, after: Check, attacks: Sequence[Attack] = (),
            beside: tuple[Check, ...] = ()) -> Counts:
    """What a clause must say to state a number of weapons of `kind` in `attack`; `attacks`
    are the extraction's, whose other attackers' weapons are not this attack's, nor are
    those a check `beside` the clause's says are another's."""
    own = lx.WEAPON.get(kind, lx.ANY_WEAPON)
    owner = others_weapons(own, attack.attacker, attack.targets,
                           [a.attacker for a in attacks if a.attacker and a is not attack])
    rivals = tuple(_naming(p, own) for k, p in lx.WEAPON.items()
                   if k != kind and not ("missile" in k and "missile" in kind))
    plural = kind if kind in ("artillery", "other") else f"{kind}s"
    return Counts(f"a number of {plural}", own, rivals, nouns=(HURT,),
                  scope=(intercepted(attack.attacker, attack.targets), background, occasions,
                         things, WEAPONS_PART, one_kind(_KIND.get(kind, own)), owner, after,
                         one_weapon, one_of(own), hurt, mixed(own), one_volley,
                         regional(attack.targets, attack.regions), joined(own), not_weapons,
                         some_of, one_wave, bracketed(own), named_one, launcher(own),
                         one_in_order, *beside))
