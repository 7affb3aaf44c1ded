"""Holders: who held the people a release counts.

A release's number is often followed by who held the people it counts ('73 captives
held by the rebels', '16 soldiers captured by the Nusra Front', '25 Egyptians imprisoned
in Israel', '215 people freed from Russian captivity'). Those people were released by
their holder: a release by another side of that number reads the right number under the
wrong side. Only a side the package knows by several names (a country, a known group) is
judged, so that an annotator's or a model's own word for the holder ('separatists' for
'the self-proclaimed republics') is not taken for another side; a place ('imprisoned in')
or a prison ('from Ofer prison') counts only when it is a known side named as such ('in
Israel', 'from Russian captivity'; not 'in the South American country').
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention
from summarizer.validate.scope import Check
from summarizer.validate.sides import known_sides, names_any, people_words, spellings

_HELD = re.compile(
    r"\b(?:held|kept|captured|kidnapped|abducted|detained|seized|taken)"
    r"(?:\s+(?:captive|hostage|prisoner))?\s+by\s+(?P<by>[^,;.:()\u2014\u2013\d]+)"
    r"|\b(?:held|imprisoned|jailed|detained)\s+in\s+(?P<at>[^,;.:()\u2014\u2013\d]+)"
    r"|\bprisoners\s+of\s+(?!war\b)(?P<of>[^,;.:()\u2014\u2013\d]+)"
    r"|\bfrom\s+(?P<from>[\w'\u2019-]+)\s+(?:captivity|prisons?|jails?|custody)\b",
    re.IGNORECASE)
_STOP = frozenset({"on", "at", "for", "in", "since", "to", "from", "after", "before", "who",
                   "which", "that", "were", "was", "are", "is", "have", "has", "had", "during",
                   "until", "as", "with", "last", "earlier", "over", "near"})
"""Where the holder's name ends ('held by Hamas since October'): its words are read as
sides.people_words reads who a number counts, at most six."""
_BETWEEN = 4
"""At most this many words between the number and its holder ('73 Ukrainian captives')."""


def _known(name: str) -> bool:
    return len(spellings(name)) > 1


def near(pattern: re.Pattern[str], text: str, clause: tuple[int, int],
         mention: Mention) -> re.Match[str] | None:
    """`pattern` after the number in its clause, at most `_BETWEEN` words on: who held
    the people it counts, said of them."""
    found = pattern.search(text, mention.end, clause[1])
    if found is None or len(text[mention.end:found.start()].split()) > _BETWEEN:
        return None
    return found


def held_by_another(side: str) -> Check:
    """A release by `side` whose number counts people another holder held."""
    forms = spellings(side)
    known = _known(side)

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        held = near(_HELD, text, clause, mention) if known else None
        if held is None:
            return None
        named = next(n for n in ("by", "at", "of", "from") if held.group(n) is not None)
        holder = people_words(text, held.start(named), held.end(named), most=6, stop=_STOP)
        if re.search(r"['\u2019]s\b", holder):
            # A holder described by another's name ('Syria's al-Qaeda affiliate') is no
            # name to judge, but the side's own people held by it were not its to free.
            if not names_any(text[mention.end:held.start()], forms):
                return None
            return f'there it counts {side}\'s own people, held by another ("{holder}")'
        if not holder or names_any(holder, forms) or (
                (held.group("at") or held.group("from")) is not None
                and not (holder[0].isupper() and known_sides(holder))):
            return None
        return f'there it counts people held by another ("{holder}"), not by {side}'
    return check
