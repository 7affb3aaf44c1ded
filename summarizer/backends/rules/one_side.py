"""A second attack told with no attacker of its own is the article's one side's.

An article about one side's strikes goes on to another of them without naming the side again:
"In another attack, a missile hit a factory in Kharkiv on Saturday", "In another operation,
drones struck a market in Omdurman". Where every attack the article names a side for is that
one side's, the attack it turns to is too. Not on the side's own ground when its attacks
struck abroad: a strike there is the other side's, which the article does not name.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.backends.rules.attack_days import Draft
from summarizer.backends.rules.own_ground import countries_of, home_of
from summarizer.backends.rules.sites import Sites
from summarizer.backends.rules.unnamed import side


def with_one_side(drafts: Sequence[Draft], sites: Sites) -> None:
    """Give each draft told apart (`Draft.apart`) with no attacker the article's one side."""
    sides = {s for d in drafts if (s := side(d.attacker))}
    if len(sides) != 1:
        return
    one = sides.pop()
    home = home_of(one, sites)
    abroad = home is not None and any(countries_of(d, sites) - {home} for d in drafts
                                      if d.attacker == one)
    for draft in drafts:
        if draft.attacker is None and draft.apart and not (
                abroad and home in countries_of(draft, sites)):
            draft.attacker = one
