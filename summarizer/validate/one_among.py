"""One among several: a zero or a one about something smaller than the fact.

News tells a large attack or exchange by its parts, and a part's count is most often a
zero or a one: 'one drone entered from Belarus and another returned to Russia', 'with
only one hitting the base', 'fragments of one downed drone fell on the runway' (one
weapon's path, not how many were launched); 'drone fragments also fell on a home in
Troitsk, causing no casualties' (one site, not the attack's toll); 'one of the released
prisoners' (one of a group, not its number). Each has the fact's own words beside the
number, so only what the sentence tells about the number can show it. A one that is the
attacker's own loss ('one Israeli officer was killed' in an Israeli raid) is whose_toll's:
it is told by whose people the number counts, not by what else the sentence tells.
An 'a', 'an' or 'one' before an event counts the event ('killed in a Ukrainian rocket
attack', 'a massive barrage that killed 33', 'most were killed in one strike'), not the
people it killed, nor, where the event is made of many weapons ('an Iranian missile
barrage'), its weapons.
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention
from summarizer.validate import lexicon as lx
from summarizer.validate.scope import Check

_IMPACT = (r"(?:(?:was|were|had|has|have|appeared to have|also)\s+)?(?:hit|hits|hitting|struck|"
           r"strikes|striking|fell|falls|falling|landed|lands|landing|crashed|crashing|"
           r"entered|reached|returned|crossed|flew|headed|exploded|slammed|damaged|found)\b")
_TO_IMPACT = re.compile(rf"(?:\s+[\w'\u2019-]+){{0,4}}?\s+{_IMPACT}", re.IGNORECASE)
"""A number's weapon doing something at one place ('one drone entered Ukraine', 'only one
hitting the base'): what one weapon did, up to four words after the number."""
_OTHERS = re.compile(r"\b(?:another|the others?|also|only|the rest|remaining|remainder)\b",
                     re.IGNORECASE)
"""What says a clause tells one of several ('and another returned', 'only one', 'the rest
crashed', 'also fell'); not 'four other people', which tells others than the weapon."""
_DEBRIS = re.compile(r"\b(?:fragments?|debris|wreckage|remnants?|parts?)\s+(?:of|from)\s+$",
                     re.IGNORECASE)
"""Before the weapon whose debris fell ('fragments of one downed drone'): that weapon was
one of those shot down, its debris at one place."""
_SOMETHING = re.compile(
    rf"\b(?:{lx.ANY_WEAPON.pattern}|projectiles?|fragments?|debris|wreckage|shrapnel)"
    rf"(?:\s+[\w'\u2019-]+){{0,3}}?\s+{_IMPACT}", re.IGNORECASE)
"""Something that struck at one place ('drone fragments also fell on a home', 'one
projectile landed next to a school')."""
_GOVERNS = 20
"""How near before 'one of' the fact's word is its verb ('freed on Friday one of')."""
_ONE_OF = re.compile(r"\s+of\s+(?:the|those|these)\s+", re.IGNORECASE)
"""'one of the released prisoners'; not 'one of its drones', a side's one weapon."""


def one_weapon(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A weapon count of one whose clause tells what that one weapon did among others
    ('one drone entered from Belarus and another returned'), or whose debris fell."""
    if mention.value != 1:
        return None
    lo, hi = clause
    debris = _DEBRIS.search(text, max(lo, mention.start - 30), mention.start)
    if debris is None and (_TO_IMPACT.match(text, mention.end, hi) is None
                           or _OTHERS.search(text, lo, hi) is None):
        return None
    return "there it tells one weapon of several and where it went, not how many"


def one_site(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A toll of none whose sentence tells a weapon or its debris striking one place
    among others ('fragments also fell on a home, causing no casualties'), not the whole
    attack. Not one weapon alone ('one projectile landed near a school, causing no
    injuries' may be all an attack did)."""
    if mention.value != 0:
        return None
    lo, hi = lx.sentence_at(text, mention.start)
    struck = _SOMETHING.search(text, lo, mention.start)
    if struck is None or not _OTHERS.search(text, lo, hi):
        return None
    return "there it tells one place that was struck, not the whole attack"


def one_of(own: re.Pattern[str]) -> Check:
    """'One of the released prisoners', 'fragments of one of the missiles': one of a
    group, not its number; unless the fact's word stands right before it, as its verb
    ('freed one of the hostages'; not 'killed 33 and smashed into one of the hospitals')."""
    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        if mention.text.casefold() != "one" or not _ONE_OF.match(text, mention.end) \
                or own.search(text, max(clause[0], mention.start - _GOVERNS), mention.start):
            return None
        return "there it is one of a group, not the group's number"
    return check


_MODIFIER = rf"(?:\s+(?!{lx.NOT_DESCRIBING})[\w'\u2019.-]+){{0,3}}?\s+"
_VOLLEYS = r"(?:barrage|bombardment|salvo|volley|wave)"
_EVENT = re.compile(rf"{_MODIFIER}(?:{lx.EVENT_NOUN}|{_VOLLEYS})s?\b", re.IGNORECASE)
"""'A Ukrainian rocket attack', 'a US drone strike', 'a massive barrage': an event, what
the 'a' before it counts."""
_VOLLEY = re.compile(rf"{_MODIFIER}{_VOLLEYS}s?\b", re.IGNORECASE)
"""An event of many weapons ('an Iranian missile barrage'); not 'a drone strike', which
news writes of one drone."""


def _one_of_event(event: re.Pattern[str], of: str) -> Check:
    """A number read from 'a', 'an' or 'one' before an `event`: it counts the event, not
    `of` (what the fact counts)."""
    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        if mention.text.casefold() not in ("a", "an", "one") \
                or not event.match(text, mention.end):
            return None
        return f"there '{mention.text}' counts one event, not {of}"
    return check


one_event = _one_of_event(_EVENT, "the people it killed or hurt")
"""A toll of one read from 'a' or 'one' before an event."""
one_volley = _one_of_event(_VOLLEY, "its weapons")
"""A weapon count of one read from 'a' or 'one' before an event of many weapons."""
