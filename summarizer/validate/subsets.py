"""Subsets: a number that counts a group within the fact's own count, or the whole of it.

A toll is often followed by who the dead were: 'Forty-one of the dead were children and
23 were women', 'the dead included 38 children', 'six rail workers were among the dead',
'150 injured, of which 95 were hospitalised'. Each of those numbers is written
with a casualty word, yet counts a group of the toll, not the toll; a release's count
read the same way ('two Americans were among those freed', 'the 17 freed include 13
Israelis') is one group of the freed. The converse misreads a breakdown: in '230
prisoners, including six civilians' 230 is the whole release, not its civilians.

scope.part reads the commonest markers ('including', 'among them', 'of whom' with the
fact's own word after it); these checks read the shapes it leaves: a partitive with the
fact's word ('of the dead'), a whole that 'includes' the number, 'were among' or 'were
included in' the fact's people, a group named as what the number were ('12 were
children') after the fact's word, and 'of whom' after a whole of the fact's own kind
('150 injured, of which 95 were hospitalised' is part of the injured even though
'hospitalised' is an injured word).
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.text.numbers import Mention
from summarizer.validate.lexicon import either, sentence_at, words
from summarizer.validate.name_words import GROUPS
from summarizer.validate.scope import PART_AFTER, Check

_GROUP = either(*GROUPS.values(), words("civilian", "soldier", "servicem", "police",
                                        "foreign", "militant", "fighter", "officer", "staff",
                                        "worker", "journalist", "medic"))
"""Who a group of a count may be ('12 were children', '3 were soldiers')."""
_ALL_BEFORE = re.compile(r"\b(?:all|the|these|those|its|their)\s+$", re.IGNORECASE)
"""'All 12 were civilians', 'the 12 were women': the whole, said to be of one group."""
_MARKER = re.compile(r"\b(?:of|among)\s+(?:whom|which|them|those)\b(?:\s+[\w-]+){0,2}?\s+$",
                     re.IGNORECASE)
_NOUN = 16
"""How far after a number its noun is read: 'the toll includes 61 dead' is the toll."""
_PART = "there it counts a group of the fact's own count, not all of it"


def _own(own: re.Pattern[str]) -> str:
    return f"(?:{own.pattern})"


@lru_cache(maxsize=16)
def subset(own: re.Pattern[str], rival: re.Pattern[str] | None = None) -> Check:
    """A number that counts a group of the fact's count, told by the fact's own words
    (`own`); `rival`, the other kind of toll, tells whether a whole before 'of whom' is of
    the fact's kind ('40 wounded, three of whom died' is a number killed). Built once per
    kind of fact: every toll and release of every article asks for the same few."""
    partitive = re.compile(r"\s+(?:out\s+)?(?:of|among)\s+(?:the|those|these)\s+"
                           rf"(?:[\w-]+\s+){{0,3}}?{_own(own)}", re.IGNORECASE)
    among = re.compile(r"(?:\s+[\w'\u2019-]+){0,6}?\s+(?:were|was|are|is)\s+(?:also\s+|"
                       r"reportedly\s+)?(?:among|included\s+(?:in|among))\s+(?:the|those)\s+"
                       rf"(?:[\w-]+\s+){{0,2}}?{_own(own)}", re.IGNORECASE)
    includes = re.compile(rf"{_own(own)}(?:\s+[\w'\u2019-]+){{0,4}}?\s+includ(?:e|es|ed)\b"
                          r"(?:\s+[\w-]+){0,2}?\s+$", re.IGNORECASE)
    group = re.compile(rf"\s+(?:were|are|was|is)\s+(?:[\w-]+\s+)?(?:{_GROUP.pattern})",
                       re.IGNORECASE)

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        if partitive.match(text, mention.end) or among.match(text, mention.end):
            return _PART
        if includes.search(text, clause[0], mention.start) \
                and not own.match(text, mention.end + 1, mention.end + _NOUN):
            return _PART  # not 'the toll includes 61 dead', the number's noun the fact's
        lo, hi = sentence_at(text, mention.start)
        if group.match(text, mention.end, hi) and own.search(text, lo, mention.start) \
                and not _ALL_BEFORE.search(text, lo, mention.start):
            return _PART
        if rival is not None and _of_own(text, (lo, hi), mention, own, rival):
            return _PART
        return None
    return check


def _of_own(text: str, sentence: tuple[int, int], mention: Mention,
            own: re.Pattern[str], rival: re.Pattern[str]) -> bool:
    """The number after or before 'of whom' whose whole, the nearest casualty word before
    the marker, is of the fact's kind and not the other's ('casualties' is both)."""
    marker = _MARKER.search(text, sentence[0], mention.start)
    if marker is not None:
        end = marker.start()
    elif PART_AFTER.match(text, mention.end):
        end = mention.start
    else:
        return False
    said = [m for p in (own, rival) for m in p.finditer(text, sentence[0], end)]
    if not said:
        return False
    last = max(said, key=lambda m: m.start()).group(0)
    return own.fullmatch(last) is not None and rival.fullmatch(last) is None


def whole(own: re.Pattern[str]) -> Check:
    """A breakdown item's number that is the whole its groups are listed in ('230
    prisoners, including six civilians' gives no number of civilians in 230), unless the
    item's own word is the number's noun ('six civilians, including two children')."""
    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        hi = sentence_at(text, mention.start)[1]
        listed = _LISTED.match(text, mention.end, hi)
        if listed is None or own.search(text, mention.end, listed.start("marker")):
            return None
        return "there it is the whole, whose groups the sentence lists after it"
    return check


_LISTED = re.compile(r"(?:\s+[\w'\u2019-]+){0,5}?(?P<marker>,?\s+)(?:including|among them|"
                     r"among whom|of whom|of which)\s+(?:[\w-]+\s+){0,2}?(?:\d|one|two|three|"
                     r"four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)\b",
                     re.IGNORECASE)
"""Groups listed after a number ('230 prisoners, including six civilians')."""
