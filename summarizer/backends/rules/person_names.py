"""How news writes a person's name ("Volodymyr Zelensky", "Ursula von der Leyen", "John F.
Kerry"), the roles before it ("President", "Foreign Minister") and the nouns that stand for a
person it does not name ("a farmer"): the words every pattern that finds a speaker is built
from."""

from __future__ import annotations

import re

from summarizer.backends.rules.text import ABBREVIATION_DOT
from summarizer.text.openings import opened

_LATIN = [chr(code) for code in range(0xC0, 0x250)]
_UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_LOWER = "a-z" + "".join(c for c in _LATIN if c.islower())
"""Letters of names in the Latin alphabet: "Erdo\u011fan", "Rados\u0142aw", "Kov\u00e1\u010d"."""

TOKEN = (rf"(?<!\w)(?:(?:al|el|bin|ibn|abu)-)?[{_UPPER}]"
         rf"(?:[{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)*|(?=['\u2019][{_UPPER}]))"
         rf"(?:[-'\u2019][{_UPPER}{_LOWER}]+)*{ABBREVIATION_DOT}?")
"""A word of a name ("McCarthy", "DeSantis", "O'Neill"), or an abbreviated title ("Gov.", read
with its full stop masked)."""

_INITIAL = rf"[A-Z]{ABBREVIATION_DOT}(?=\s+[{_UPPER}])"
"""A middle initial ("John F. Kerry"), read with its full stop masked."""

_PARTICLE = r"(?:al|el|ul|bin|bint|ibn|abu|ben|de|del|der|da|di|du|van|von)"
"""A lowercase word inside a name: "Mohammed bin Abdulrahman Al Thani", "Ismail al Thawabta",
"Inam ul Haq", "Ursula von der Leyen"."""

NEXT = rf"(?:\s+{_PARTICLE})*\s+(?:{TOKEN}|{_INITIAL})"

NAME = rf"{TOKEN}(?:{NEXT}){{0,3}}"

WHO_NAME = re.compile(rf"{TOKEN}(?:{NEXT}){{0,7}}")

ROLES = (r"(?:Secretary|Director|Attorney)-General"
         r"|[Pp]resident|[Dd]irector|[Pp]rime\s+[Mm]inister|[Mm]inister|Chancellor|Secretary"
         r"|[Ss]pokes(?:person|man|woman)|[Mm]ayor|[Gg]overnor|General|King|Pope|Ambassador|[Ee]nvoy|Commissioner|Premier"
         r"|Senator|Speaker|[Cc]ommander|[Cc]hief|[Ll]eader|[Oo]mbudsman|[Nn]egotiator"
         r"|Colonel|Major|Captain|Lieutenant|Sergeant|Brigadier|Admiral|Marshal"
         r"|Emir|Sultan|Prince|Princess|Imam|Cardinal|Bishop|Pastor|Reverend")

ROLE = opened(re.compile(rf"\b(?:{ROLES})\b"))

PORTFOLIOS = frozenset((
    "Affairs", "Internal", "External", "Home", "Health", "Justice", "Finance", "Economy",
    "Education", "Energy", "Trade", "Agriculture", "Culture", "Transport", "Labour", "Labor",
    "Environment", "Information"))
"""Words of what an office is of ("Minister of Foreign Affairs", "Minister for Home Affairs",
"Minister of Health"): the office's words, which a name written right after them ("Minister of
Health Ana Silva") never begins with, as a place's never does."""

PARTICIPLE_OPENER = re.compile(r"[A-Z][a-z]{3,}ing")
"""A capitalised word in -ing that opens the words before a name is a participle or an
adjective ("Echoing Biden's remarks, ...", "Praising Trump, ...", "Neighboring Jordan"), never
a given name."""

TITLE = re.compile(r"Advis[eo]r|Representative|Officer")
"""A title that stands before a name as a role does ("National Security Adviser Jake Sullivan",
"Red Cross Representative Jordi Raich", "District Emergency Officer Omar Latif") but is no role
a later "the adviser" refers back to: an article quotes advisers, representatives and officers
it does not name."""

PERSON_NOUN = (r"(?:person|man|woman|child|boy|girl|baby|teenager|civilian|resident|local"
               r"|villager|refugee|pensioner|worker|farmer|shopkeeper|vendor|student|journalist"
               r"|engineer|lawyer|diplomat|activist|medic|paramedic|firefighter|guard|soldier"
               r"|fighter|(?:police\s+)?officer|veteran)")
"""A person told by what they are, not named: the one list of them for a toll of one ("a
farmer was killed") and for a speaker described ("one farmer said"). Not the nouns of one
person of a side traded in a swap (`numbers._ONE_PERSON`: "a Taliban figure", "an arms
dealer"), each a count of one in a release, nor those of a source (`referents._SOURCES`: "a
witness", "an official"), which describe a speaker even after "the" ("the source told AFP"),
where "the farmer" refers back to someone named."""
