"""A side named by its forces: "a junta airstrike", "a regime jet bombed", "military aircraft
bombed", "the military said it struck".

Reports of a state's strikes name its armed forces by their noun once the article has said
whose they are ("Myanmar's military", "the Sudanese army") and then go on with the noun alone.
Annotators name such an attack's attacker by the side, the country (as they write "Israel" for
"the Israeli military" and "Pakistan" for "the military"). So the noun alone names the one
country the article pairs that noun with. A junta and a regime are the military that rules the
country they strike: where the article pairs neither, they name the one country whose forces it
names, or else the one country its places lie in. A noun qualified by another name is that
name's, not a state's ("the Arakan Army", "the Zionist regime", "Hamas's military wing"), and
one that qualifies an office or a place names no actor ("military officials", "an army base"):
the readers of the attacker's words (`attackers`) decide the rest, as they do for a country's
own name.
"""

from __future__ import annotations

import re

from summarizer.backends.rules.sites import Sites
from summarizer.text.gazetteer import Entry, Found, Mention

_GOVERNMENT_FORCES = r"government\s+(?:forces|troops|warplanes|jets|aircraft)"
_FORCES = rf"(?:junta|regime|military|army|armed\s+forces|air\s+force|{_GOVERNMENT_FORCES})"
_RULERS = re.compile(rf"(?i)junta|regime|{_GOVERNMENT_FORCES}")
"""The nouns for a state's rulers, which strike the country they rule ("government forces
shelled rebel-held areas of Idlib")."""
_OWNED = re.compile(rf"(?:['\u2019]s)?\s+(?:(?:ruling|military|own)\s+)?(?P<noun>{_FORCES})\b")
"""A country's forces named with it: "Myanmar's military", "the Sudanese army", "the Burmese
junta", "Syria's ruling regime". The noun alone names that country only where the article
pairs it with one country by that noun: "the Lebanese army" beside Israeli strikes does not make
"the military said it struck" Lebanon's."""
_BARE = re.compile(rf"\b(?:{_FORCES}|(?:Military|Army|Junta|Regime)\b"
                   r"|Government\s+(?:forces|troops))(?!-)")
"""The noun alone, in lower case or opening a sentence ("Military aircraft bombed"), and its
possessive ("the army's drones struck")."""
_QUALIFIED = re.compile(r"(?:(?<![\w'\u2019.-])(?!(?:The|A|An|In|On|At|By|For|But|And|Meanwhile"
                        r"|However|Then|When|After|Later|Earlier|Separately)\b)[A-Z][\w'\u2019.-]*"
                        r"|['\u2019]s|\b(?:its|their|his|her|own|our))\s*$")
"""A name, a possessive or a pronoun just before the noun: whoever it names owns the forces."""
_NOT_ACTOR = re.compile(r"\s+(?:wing|spokes\w+|officials?|sources?|court|chiefs?|commanders?"
                        r"|leaders?|bases?|analysts?|experts?|observers?)\b")
"""What the noun qualifies when it is not the forces that act: "military officials said",
"an army base"."""


def _noun(words: str) -> str:
    return " ".join(words.lower().split())


def forces_mentions(text: str, sites: Sites) -> Found:
    """Each forces noun of the article that names a country's forces, as a mention of that
    country: the attacker readers take it as they take the country's name."""
    owners: dict[str, set[str]] = {}
    for mention in sites.between(0, len(text)):
        owned = _OWNED.match(text, mention.end) if mention.entry.kind == "country" else None
        if owned:
            owners.setdefault(_noun(owned.group("noun")), set()).add(mention.entry.name)
    lands = {land for m in sites.between(0, len(text)) if m.entry.kind != "group"
             and (land := m.entry.name if m.entry.kind == "country" else m.entry.country)}
    found: list[Mention] = []
    for noun in _BARE.finditer(text):
        if _QUALIFIED.search(text, max(0, noun.start() - 40), noun.start()) or _NOT_ACTOR.match(
                text, noun.end()):
            continue
        named = owners.get(_noun(noun.group()), set())
        if not named and _RULERS.fullmatch(noun.group()):  # a junta is the military that rules
            named = set().union(*owners.values()) if owners else lands
        country = next(iter(named)) if len(named) == 1 else None
        entry = sites.lookup(country) if country else None
        if entry is not None:
            found.append(Mention(noun.start(), noun.end(), Entry(entry.name, "country")))
    return Found(found)
