"""One impact: a weapon count of one read from one weapon striking one place, in an article
that counts more of that weapon.

'At least one rocket struck an open field', 'a black drone was found in a village', 'a
missile hit the building directly', 'blasted the hospital with a missile': an 'a', 'an' or
'one' before the weapon, and the weapon doing something at one place. one_among.one_weapon
takes such a one where its own clause says it is one of several ('another returned', 'only
one'); most reports say it in another sentence, by counting the weapon in the plural
('eight rockets were fired', 'dozens of missiles'). Then the one is one impact's, not the
attack's count. An attack of one weapon told alone ('a drone hit a house in the north')
passes: the article counts no more of it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.text.numbers import Mention
from summarizer.validate import lexicon as lx
from summarizer.validate.counting import counts
from summarizer.validate.scope import Check

_ONES = ("a", "an", "one")
DESCRIBING = rf"(?:[\s-]+(?!{lx.NOT_DESCRIBING})[\w'\u2019.-]+){{0,3}}?[\s-]+"
"""The describing words between the 'a' and its weapon ('a black drone', 'one Ukrainian
Tochka-U missile')."""
_IMPACT = re.compile(r"(?:\s+[\w'\u2019,-]+){0,4}?\s+(?:(?:was|were|had|has)\s+)?"
                     r"(?:hit|hits|hitting|struck|striking|fell|landed|crashed|exploded|"
                     r"slammed|smashed|found|damaged|destroyed|attacked|targeted)\b", re.IGNORECASE)
"""What one weapon did at one place, up to four words after its noun ('a drone attacked a
security service building')."""
_WITH = re.compile(r"\bwith\s+$", re.IGNORECASE)
"""A weapon as what struck ('blasted the hospital with a missile')."""
_MANY = re.compile(r"\b(?:dozens|scores|hundreds|thousands|several|multiple|barrage|salvo|"
                   r"volley|wave)\s+(?:of\s+)?(?:[\w'\u2019-]+\s+){0,2}?$", re.IGNORECASE)
"""Words that count a weapon as many without a number ('dozens of missiles')."""
_FOLLOWS = 40
"""How far after a number its weapon's noun is looked for ('eight Qassam rockets')."""


def one_impact(article: str, kind: str) -> Check:
    """A weapon count of one read from one weapon's impact, where `article` counts more
    weapons of `kind` (module docstring)."""
    own = lx.WEAPON.get(kind, lx.ANY_WEAPON)
    noun = re.compile(f"{DESCRIBING}(?:{own.pattern})", re.IGNORECASE)

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        if mention.value != 1 or mention.text.casefold() not in _ONES:
            return None
        weapon = noun.match(text, mention.end, clause[1])
        if weapon is None or not (_IMPACT.match(text, weapon.end(), clause[1])
                                  or _WITH.search(text, clause[0], mention.start)):
            return None
        if not _counts_more(article, kind):
            return None
        return "there it tells one weapon's impact, and the article counts more of them"
    return check


@lru_cache(maxsize=256)
def _counts_more(article: str, kind: str) -> bool:
    """Whether `article` counts more than one weapon of `kind`: a number above one before
    its noun ('eight rockets'), or words of many ('dozens of missiles')."""
    own = lx.WEAPON.get(kind, lx.ANY_WEAPON)
    return bool(numbers_of(article, kind)) or any(
        _MANY.search(article[max(0, word.start() - _FOLLOWS):word.start()])
        for word in own.finditer(article))


@lru_cache(maxsize=256)
def numbers_of(article: str, kind: str) -> tuple[tuple[int, int], ...]:
    """The numbers above one that `article` writes before a noun of `kind` ('eight
    rockets', 'six Kalibr missiles'), each with where it is written."""
    own = lx.WEAPON.get(kind, lx.ANY_WEAPON)
    found = []
    for word in own.finditer(article):
        start = max(0, word.start() - _FOLLOWS)
        before = article[start:word.start()]
        numbers = [m for m in counts(before) if m.value is not None]
        if numbers and numbers[-1].value is not None and numbers[-1].value > 1 \
                and re.fullmatch(DESCRIBING, before[numbers[-1].end:] or " ") is not None:
            found.append((numbers[-1].value, start + numbers[-1].start))
    return tuple(found)
