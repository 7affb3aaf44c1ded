"""Regional tallies: the weapons shot down over one region, for an attack on more.

A night of drones over several regions is told region by region: the defence ministry
lists them ('72 drones were downed over the Bryansk region, 20 over Moscow, 14 over
Kursk'), a mayor gives his city's ('air defences shot down 10 drones over the capital and
its outskirts'), a later line adds a border region's ('it downed another 126 over the Kursk
region'). Each number stands beside the weapon's noun and an interception verb, as the
attacked side's count of the whole attack does (scope.intercepted lets that pass), and only
the place after it tells it is one region's share:

- a tally of a list: another number of the sentence is placed over a region too;
- a tally told as added to another ('it also destroyed 13 drones near Kursk', 'another
  126 over the Kursk region').

A tally placed alone is left alone where it may be the attack's: the attack's count may
be all that one region saw ('air defences destroyed 40 drones over the Kyiv region'), and
which regions an attack struck is the extraction's reading, not the sentence's. So is a
tally placed over the attack's own target, where the attack struck no wider: a report may
tell each region's night as an attack of its own. Where the attack's regions are wider, the
target's tally in a list is one region's share ('91 around Moscow ... another 126 over
Kursk' for a night over Moscow and Kursk). A tally placed alone over places that are none
of the attack's targets or regions, nor lie in one of them, is another night's or another
attack's ('32 drones over the Moscow, Bryansk and Kursk regions' for a shelling of Belgorod).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.text.containment import may_lie_in
from summarizer.text.entities import name_key
from summarizer.text.numbers import Mention
from summarizer.validate.counting import counts
from summarizer.validate.lexicon import sentence_at
from summarizer.validate.scope import INTERCEPTED, Check

_OVER = re.compile(r"(?:\s+[A-Za-z'\u2019-]+){0,3}?\s+(?:over|above|near|around|approaching|in|"
                   r"across)\s+(?:the\s+)?(?:[a-z]+['\u2019]s\s+)?(?:(?:areas?|regions?|skies|outskirts)\s+(?:of|"
                   r"surrounding|around|over)\s+)?(?=[A-Z]|capital\b|(?:\d+|several|two|three|four|five|six)\s+"
                   r"other\s+(?:regions|provinces|oblasts|areas)\b)")
"""The place a tally is given for, right after its noun ('72 drones over the Bryansk
region', '20 over Moscow', '13 drones near the regions of Kursk and Belgorod', '32 over the
country's Moscow and Kursk regions'), or the list's rest ('and 25 more across 5 other
regions')."""
_NAME = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*")
_NAMED_END = re.compile(r"[,;.]\s+(?!(?:and\s+)?[A-Z])|\s(?:while|but|as|with)\s|\d")
"""Where the places of one tally end: at the next tally or a clause of its own, not within
a list of names ('over the Moscow, Bryansk and Tula regions')."""
_ADDED = re.compile(r"\b(?:also|another|a further|an additional|additional)\s+(?:[\w-]+\s+){0,3}$",
                    re.IGNORECASE)
_MORE = re.compile(r"\s+more\b", re.IGNORECASE)
"""A tally added to another: 'also downed 13', 'another 126', '25 more'."""
_SHOT = re.compile(INTERCEPTED, re.IGNORECASE)
_VERB_AFTER = re.compile(rf"(?:\s+[\w'\u2019-]+){{0,4}}?\s+(?:(?:were|was|had been|have been|"
                         rf"being)\s+)?{INTERCEPTED}\b", re.IGNORECASE)


def _places(text: str, mention: Mention, end: int) -> str | None:
    """The places named right after a number of the sentence, or None."""
    over = _OVER.match(text, mention.end, end)
    if over is None:
        return None
    stop = _NAMED_END.search(text, over.end(), end)
    return text[over.end():stop.start() if stop else end]


def regional(targets: Iterable[str], regions: Iterable[str] = ()) -> Check:
    """A count of weapons shot down over one region, of a list or added to another, that
    is not one of `targets` (the attack's), or is, where the attack's `regions` are wider
    than its targets; or placed alone over none of the attack's `targets` and `regions`."""
    keys = {name_key(t) for t in targets} - {""}
    places = [p for p in (*targets, *regions) if name_key(p)]
    wider = any(name_key(p) not in keys for p in places)

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        lo, hi = sentence_at(text, mention.start)
        named = _places(text, mention, hi)
        if named is None or (not wider and any(k in name_key(named) for k in keys)) or not (
                _SHOT.search(text, lo, mention.start) or _VERB_AFTER.match(text, mention.end, hi)):
            return None
        added = _ADDED.search(text, lo, mention.start) or _MORE.match(text, mention.end, hi)
        if added or any(m.start != mention.start and _places(text, m, hi)
                        for m in counts(text[:hi]) if m.start >= lo) \
                or _elsewhere(named, places):
            where = named.strip() or text[mention.end:hi].split(",")[0].strip()
            return f'there it counts what was shot down over one region ("{where}")'
        return None
    return check


def _elsewhere(named: str, places: list[str]) -> bool:
    """Whether every place `named` writes is none of the attack's `places`, nor lies in
    one ('Bryansk' in 'Russia'); False where it writes no name ('over the capital')."""
    names = _NAME.findall(named)
    return bool(places and names) and not any(
        name_key(n) in name_key(p) or name_key(p) in name_key(n) or may_lie_in(n, p)
        for n in names for p in places)
