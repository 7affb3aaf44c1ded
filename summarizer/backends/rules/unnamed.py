"""An attacker told by what they are, not who they are: "gunmen", "a suicide bomber".

Reports of raids on villages, church shootings and bombings often name no side: "Gunmen
attacked a village in northern Nigeria", "a suicide bomber blew himself up near a police
vehicle". No gazetteer name makes them a party, so the attack had no attacker, or the
country where it happened stood in for one. The words the report uses are its attacker
("unknown gunmen" is "gunmen"), save a bomber's, which tell how the attack was made: its
attacker is unknown. A named side told of the same attack outranks them. A report that
names no one at all and says no group claimed the attack ("no group has claimed
responsibility") tells that its attacker is unknown.
"""

from __future__ import annotations

import re

from summarizer.backends.rules.attackers import STRIKE_VERB, TIME_BETWEEN
from summarizer.backends.rules.text import Unit
from summarizer.text.numbers import VAGUE_COUNT

_BOMBER = r"(?:suicide\s+(?:car\s+)?)?bombers?"
"""Who carried the bomb ("a suicide bomber blew himself up"): how the attack was made, not
who made it, so with no side named its attacker is unknown, as annotators write it."""
ARMED_MEN = (r"(?:gunm[ae]n|militants?|assailants?|attackers?|insurgents?|bandits?|jihadists?"
             r"|terrorists?)")
"""Armed men named by what they are, no side's name: the one list of them, which an attacker
(`unnamed_attacker`) and the dead of an attack (`losses`) are read by."""
_NOUN = rf"(?:{ARMED_MEN}|{_BOMBER})"
_MODIFIER = (r"(?:(?:unknown|unidentified|suspected|alleged|armed|heavily|masked|hooded"
             r"|lone|several|two|three|four|five)\s+)")
_ACTOR = re.compile(rf"(?i)\b{_MODIFIER}*({_NOUN})\b")
_SPONSORED = re.compile(
    rf"(?<![\w-])[A-Z][\w'\u2019]*-(?:backed|aligned|allied|sponsored|supported)\s+{_MODIFIER}*"
    rf"(?:(?:militant\s+)?(?:groups?|militias?|proxies)|(?:{_NOUN})(?:\s+groups?)?|fighters)\b")
"""Armed men named by who backs them ("Iran-backed militants", "an Iran-backed group"): still
no side, the sponsor being who backs the one that struck, not who struck (`attackers.sponsor`);
annotators keep the qualifier in the words, which tell such men apart from others."""
_ACTED = re.compile(
    r"^(?:,\s+(?:who|which)\s+[^,;.()\n]{1,80}?,|\s+(?:who|that)\b)?"
    rf"(?:{TIME_BETWEEN})?"
    r"(?:\s+(?!(?:was|were|is|are|be|been|being|had|has|have)\b)[a-z-]+){0,4}?\s+"
    rf"(?:{STRIKE_VERB}|killed|murdered|shot|stormed|massacred|opened\s+fire|set\s+off"
    r"|blew\s+(?:himself|herself|themselves)\s+up)\b")
"""The actor as the subject of the strike: "Gunmen carrying machetes attacked", "The gunmen
who killed 50 people", "a suicide bomber blew himself up", "Gunmen on Friday attacked" (the
day between them, `attackers.TIME_BETWEEN`); not one struck ("militants were killed", "20
militants killed" after its count)."""
_BY = re.compile(r"(?i)\b(?:by|blamed\s+on)\s+(?:the\s+|an?\s+|a\s+group\s+of\s+)?$")
"""The actor named after what they did: "killed by gunmen", "an attack by unknown gunmen"."""
_COUNTED = re.compile(rf"(?i)(?:\d|\b(?:{VAGUE_COUNT}|of|killed))\s+$")
"""The actor counted as the dead ("killed 20 militants", "dozens of militants")."""
_NAMED = re.compile(r"\S\s+(?!(?:The|A|An)\s)[A-Z][\w'\u2019-]*\s+$")
"""The actor a name qualifies ("Boko Haram militants", "al Shabaab fighters"): a side the
gazetteer may not know, named all the same."""

_UNCLAIMED = re.compile(
    r"(?i)\bno\s+(?:\w+\s+){0,2}?(?:group|one|organi[sz]ation|faction)\s+(?:has\s+|had\s+)?"
    r"(?:yet\s+|immediately\s+|so\s+far\s+)?(?:claimed|said\s+(?:it|they)\s+carried\s+out)\b"
    r"|\bno\s+(?:immediate\s+)?claims?\s+of\s+responsibility\b")
"""No one claimed the attack: "no group has claimed responsibility", "No one has claimed
responsibility", "there has been no immediate claim of responsibility". Not one side's
silence ("Israel has not claimed responsibility"): that side may still have struck."""
UNKNOWN = "unknown"


def unclaimed(text: str) -> bool:
    """Whether the article says no one claimed the attack it tells: its news, when it names
    no attacker for it, has an unknown one (`UNKNOWN`), as annotators write it."""
    return _UNCLAIMED.search(text) is not None


def unnamed_attacker(text: str, unit: Unit) -> str | None:
    """The words for the one who struck in `unit` when they name no side ("gunmen"), `UNKNOWN`
    for a bomber, or None."""
    for sponsored in _SPONSORED.finditer(text, unit.start, unit.end):
        if _BY.search(text, unit.start, sponsored.start()) or _ACTED.match(
                text[sponsored.end():unit.end]):
            return re.sub(r"\s+", " ", sponsored.group())
    for actor in _ACTOR.finditer(text, unit.start, unit.end):
        before = text[unit.start:actor.start()]
        if _NAMED.search(before):
            continue
        if _BY.search(before) or (not _COUNTED.search(before)
                                  and _ACTED.match(text[actor.end():unit.end])):
            words = re.sub(r"\s+", " ", actor.group(1).lower())
            return UNKNOWN if re.fullmatch(_BOMBER, words) else words
    return None


def is_unnamed(attacker: str | None) -> bool:
    """Whether an attacker is one `unnamed_attacker` gives: words or `UNKNOWN`, not a side."""
    return attacker is not None and (attacker == UNKNOWN or _ACTOR.fullmatch(attacker) is not None
                                     or _SPONSORED.fullmatch(attacker) is not None)


def side(attacker: str | None) -> str | None:
    """The side an attacker is, None for the words of an unnamed one: "gunmen" may be
    any side's."""
    return None if is_unnamed(attacker) else attacker


def other_side(one: str | None, another: str | None) -> bool:
    """Whether two attackers are named sides, and not the same one."""
    return None not in (side(one), side(another)) and side(one) != side(another)
