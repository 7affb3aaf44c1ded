"""Freed parts: a number that counts one group of the people a release freed.

After the day's number, a report of a release tells who was among them, and each group's
number stands beside the release words as the whole did: 'Of the prisoners released, 41
were arrested in the West Bank', 'Among those freed by Kyiv were seven marines', 'two
women were freed in the morning and six others at night', 'as well as 10 foreign
fighters'. Each counts a group of the freed, not all of them, so it is no stage's release
and no running total. subsets.py reads the groups named after the number ('were among
those freed', 'of the freed'), listed.py a list joined by 'and' alone; these are the
shapes they leave: the group named before the number, the rest called 'others' and
the group told before them, a
number added by 'as well as' or 'plus', what the freed or a total 'included' ('the freed
included ten Israelis and two Thais'), and the first item of a list of counts ('213
soldiers, 11 officers and six civilians returned'; '382 bodies from Avdiivka, 56 from
Bakhmut, 45 from Marinka'), unless the items after it add up to it ('39 prisoners, 24
women and 15 minors' names the whole, then its parts). The reverse too: the whole a
sentence opens with before its part ('Of the 240 hostages taken, 105 have been freed').
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention
from summarizer.validate.counting import counts
from summarizer.validate.lexicon import QUALIFIED, VERB, sentence_at

_LEADING = re.compile(
    r"^\W*(?:of|among)\s+(?:the|those|these)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:releas\w*|freed|handed over|returned|repatriated)(?:[\s,]+[\w'\u2019-]+){0,4}?"
    r"(?:,\s*|\s+(?:were|was|are|is)\s+)"
    rf"{QUALIFIED}$", re.IGNORECASE)
"""The group named before its number, opening its sentence: 'Of the prisoners released, 41
were', 'Among those freed by Kyiv were seven'; not 'As part of the release, 90 soldiers', nor
'Among those exchanged were 95 Ukrainians', one side's whole release in a swap."""
_WHOLE_OF = re.compile(r"^\W*of\s+(?:the|those|all)\s+(?:(?:about|some|nearly|around|roughly|"
                       r"more than|over|at least)\s+)?$", re.IGNORECASE)
_FREED = r"\b(?:releas\w*|freed|free|returned|handed over|repatriated|swapped|exchanged)\b"
_THEN_PART = re.compile(rf"(?:(?!{_FREED})[^.;:,])*,[^.;:]*?{_FREED}", re.IGNORECASE)
"""The whole that a sentence opens with, before the part of it freed: 'Of the about 240
hostages captured by Hamas, less than one-third have been released', 'Of the 253 taken,
105 were freed': the group some were freed from, not those freed. Not 'Of the 39
prisoners Israel freed, 24 were women': the whole is the freed there."""
_OTHERS = re.compile(r"(?:\s+[\w'\u2019-]+)?\s+others\b", re.IGNORECASE)
"""'six others returned': the rest beside a group told before."""
_ADDED = re.compile(r"(?:\bas\s+well\s+as|,\s+plus)\s+$", re.IGNORECASE)
"""Before a number added to another count of its sentence: '188 marines, as well as 10
foreign fighters', '13 Israelis, plus four Thais'."""
_INCLUDED = re.compile(rf"\binclud(?:e|es|ed)\s+{QUALIFIED}(?P<listed>[^.;:]*?(?:,|\band\b)\s+"
                       rf"{QUALIFIED})?$", re.IGNORECASE)
"""What a release or a total included, right before the number or after earlier items of
its list ('included ten Israelis, and two Thais'); not 'included the release of 12'."""
_NEXT_ITEM = re.compile(r"[^.;:()]*?(?:,\s+(?:and\s+)?|\s+and\s+)(?:[-\u2013\u2014]\s*)?$")
"""The words from one item of a list of counts to the next: no colon or bracket, which
would make the rest its parts, and a comma or 'and' right before the next."""


def freed_part(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A number that counts one group of those a release freed (module docstring)."""
    lo, hi = sentence_at(text, mention.start)
    if _LEADING.search(text[lo:mention.start]) or _OTHERS.match(text, mention.end, hi):
        return "there it counts one group of those freed, not all of them"
    if _WHOLE_OF.search(text[lo:mention.start]) and _THEN_PART.match(text, mention.end, hi):
        return "there it counts the group some were freed from, not those freed"
    if _ADDED.search(text, lo, mention.start) and counts(text[lo:mention.start]):
        return "there it counts one group of those freed, not all of them"
    included = _INCLUDED.search(text, lo, mention.start)
    if included and not VERB.search(included.group("listed") or "") and (
            not included.group("listed") or counts(included.group("listed"))):
        return "there it counts one group of what was included, not all of it"
    if _before_others(text, hi, mention):
        return "there it counts one group of those freed, not all of them"
    if _heads_list(text, (lo, hi), mention):
        return "there it is the first item of a list of counts, not their whole"
    return None


def _before_others(text: str, end: int, mention: Mention) -> bool:
    """Whether the next count after `mention` in its sentence is 'N others' ('two women
    were freed in the afternoon, while six others returned'): the two are a group too."""
    after = counts(text[mention.end:end])
    return bool(after) and _OTHERS.match(text, mention.end + after[0].end) is not None


def _heads_list(text: str, sentence: tuple[int, int], mention: Mention) -> bool:
    """Whether `mention` is the first of three or more counts listed in its sentence (module
    docstring): the items after it joined by commas or 'and' with no verb between them."""
    after = [m for m in counts(text[sentence[0]:sentence[1]])
             if m.start + sentence[0] > mention.start]
    items: list[int] = []
    end = mention.end
    for item in after:
        start = item.start + sentence[0]
        gap = text[end:start]
        if not _NEXT_ITEM.fullmatch(gap) or (items and VERB.search(gap)):
            break
        items.append(item.value or 0)
        end = item.end + sentence[0]
    return len(items) >= 2 and sum(items) != mention.value
