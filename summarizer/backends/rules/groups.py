"""Counted people grouped as one release: listed items, or a count with its parts.

A sentence lists people in a few shapes: "270 servicemen and 120 civilians" (390,
complete), "390, including 120 civilians" (partial), "39 prisoners, 24 women and
15 teenagers" (complete when the parts add up), "270 ... and 120 ..., 390 in all".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from summarizer.backends.rules.numbers import RANKS, Count
from summarizer.backends.rules.text import Unit, clause
from summarizer.models import Qualifier
from summarizer.text.numbers import qualifier_before

_CASUALTY = re.compile(r"(?i)\b(?:killed|dead|died|injured|wounded|hurt|killing|injuring"
                      r"|wounding|executed|executing|executions?)\b")
"""People killed or hurt ("executed at least 102 prisoners of war"), not freed."""
_DEAD_OF = re.compile(r"(?i)\b(?:remains|bodies|body|deaths?|killings?|murders?)\s+of"
                      r"\s+(?:the\s+|all\s+)?$")
"""The dead handed back ("the remains of 24 hostages") or told ("serving a life term for the
deaths of four Israelis") are not people freed."""
_RATE = re.compile(r"(?i)\b(?:for|per)\s+(?:each|every)\s+(?:further\s+|additional\s+|more\s+)?$")
"""A count after "for every" is a rate ("one more day for each further 10 hostages freed"):
no one's release, and no per-side total of the deal."""
_PER_EACH = re.compile(r"(?i)\s+(?:[a-z-]+\s+){0,2}?(?:per|for\s+(?:each|every))\s+(?!cent\b)[\w-]")
_FOR_EVERY = re.compile(r"(?i)\bfor\s+(?:each|every)\s+[^,.;\d]{1,60},\s+$")
"""A count told per someone else ("30 prisoners per civilian hostage", "one civilian hostage
for every 30 Palestinians", the count's noun one or two words past where the count ends, "for
every hostage released, 30 prisoners will be freed"): the deal's rate, not a number of anyone
freed."""
IN_TOTAL = re.compile(r"(?i)\b(?:in\s+total|a\s+total\s+of|in\s+all|combined)\b")
_LIST_SEPARATOR = re.compile(r"^(?:(?:,\s+(?:including|some\s+(?:of\s+whom|with)|some\s+are"
                             r"|among\s+them)[^.;:,\d]{1,50},)?(?:\s*,|,?\s+(?:and|as\s+well\s+as))"
                             r"|[^.;:\d]{0,60}?,?\s+(?:plus|along\s+with|together\s+with"
                             r"|in\s+addition\s+to))\s+$")
"""What joins the counts of one list: a comma or "and", also after an aside on the count before
that has no number of its own ("13 Israelis, including dual nationals, and 10 Thai nationals"),
or a word that adds people to the count before, wherever the sentence tells it ("along with one
Filipino", "13 Israelis were freed, some with dual nationality, plus 10 Thais")."""
_INCLUDING = re.compile(r"^[^.;\d]{0,60}?\b(?:including|among\s+them|of\s+whom|of\s+which)"
                        r"[,:]?\s+$")
_APPOSITION = re.compile(r"^[^.;\d]{0,120}?(?:[,:\u2014\u2013]"
                         r"|\b(?:were|was|are|included|comprised|comprising))\s+$")
_THEN_TOTAL = re.compile(r"\s*(?:each\s*)?[,:\u2014\u2013]\s*"
                         r"(?:(?:a\s+total\s+of|in\s+(?:total|all))\s+)?$")


@dataclass
class Group:
    """Released people: listed items ("270 servicemen and 120 civilians" is 390, complete)
    or one count with parts ("390, including 120 civilians"; "39 prisoners, 24 women and
    15 teenagers", complete when the parts add up)."""

    items: list[Count]
    parts: list[Count]
    complete: bool
    unit: Unit
    restated: bool = False
    """The total follows its parts ("..., 390 people in all"): "in all" is not a running total."""

    @property
    def count(self) -> int:
        return sum(i.value for i in self.items)

    @property
    def start(self) -> int:
        return min(c.start for c in self.items + self.parts)

    @property
    def end(self) -> int:
        return max(c.end for c in self.items + self.parts)

    @property
    def items_end(self) -> int:
        """Where the counted people end, before any parts ("The 90 freed by Israel were ...")."""
        return max(i.end for i in self.items)

    def nations(self) -> set[str]:
        named = {n for i in self.items for n in i.nations}
        return named or {n for p in self.parts for n in p.nations}


def kinds(group: Group) -> list[Count]:
    """The counts that tell what kinds of people the group's release freed: its listed items,
    else its parts. A list of ranks alone ("nine officers and 268 privates and sergeants")
    tells how the soldiers among them ranked, not who the freed were (soldiers, civilians,
    the wounded): no breakdown of the release; a list that counts the civilians beside the
    ranks ("213 soldiers and sergeants, 11 officers and six civilians") is one."""
    listed = group.items if len(group.items) > 1 else group.parts
    ranked = all(c.head.lower().split()[-1] in RANKS for c in listed)
    return [] if ranked else listed


def group_qualifier(text: str, group: Group) -> Qualifier | None:
    """The qualifier of a group's one number ("at least 50 women and children")."""
    return qualifier_before(text, group.start) if len(group.items) == 1 else None


def noun(group: Group) -> str:
    """The noun of a group's people, singular and lowercase: "hostage" for "12 more
    hostages", "prisoner" for "30 Palestinian prisoners"."""
    words = group.items[0].head.lower().split()
    return (" ".join(words[-3:]) if words[-2:] == ["of", "war"] else words[-1]).removesuffix("s")


def casualty(text: str, start: int, end: int, counts: list[Count]) -> bool:
    """Whether text[start:end] says people were killed or hurt, outside the counted phrases:
    "31 wounded prisoners of war" are people freed, described by a property."""
    return any(not any(c.start <= m.start() < c.end for c in counts)
               for m in _CASUALTY.finditer(text, start, end))


def _listed(text: str, counts: list[Count], index: int) -> list[Count]:
    """counts[index] and the counts listed after it ("A, B and C")."""
    listed = [counts[index]]
    while index + len(listed) < len(counts) and _LIST_SEPARATOR.match(
            text[listed[-1].end:counts[index + len(listed)].start]):
        listed.append(counts[index + len(listed)])
    return listed


def rate(text: str, unit: Unit, count: Count) -> bool:
    """Whether the count is a deal's rate of people freed per person (`_PER_EACH`)."""
    return bool(_PER_EACH.match(text, count.end) or _FOR_EVERY.search(
        text, max(unit.start, count.start - 80), count.start))


def groups(text: str, unit: Unit, counts: list[Count],
           background: Callable[[Unit, int], bool]) -> list[Group]:
    """The groups of `unit`, leaving out background figures and people killed or hurt."""
    usable = [c for c in counts if not background(unit, c.start)
              and not casualty(text, c.end, min(c.end + 30, unit.end), counts)
              and not _DEAD_OF.search(text, max(unit.start, c.start - 30), c.start)
              and not _RATE.search(text, max(unit.start, c.start - 30), c.start)
              and not rate(text, unit, c)]
    found: list[Group] = []
    index = 0
    while index < len(usable):
        items = _listed(text, usable, index)
        index += len(items)
        parts: list[Count] = []
        complete, restated = len(items) > 1, False
        if len(items) > 2 and items[0].value == sum(c.value for c in items[1:]):
            items, parts = items[:1], items[1:]  # "39 prisoners, 24 women and 15 teenagers"
        elif len(items) > 2 and items[-1].value == sum(c.value for c in items[:-1]) and (
                IN_TOTAL.search(text, items[-2].end, clause(unit, items[-1].start)[1])):
            items, parts = items[-1:], items[:-1]  # "270 ... and 120 ..., 390 in all"
            restated = True
        elif len(items) > 1 and index < len(usable) and _THEN_TOTAL.match(
                text, items[-1].end, usable[index].start) and IN_TOTAL.search(
                text, items[-1].end, clause(unit, usable[index].start)[1]):
            items, parts = [usable[index]], items  # "270 ... and 120 ..., a total of 390"
            index += 1
            restated = True
        elif len(items) == 1 and index < len(usable):
            between = text[items[0].end:usable[index].start]
            following = _listed(text, usable, index)
            total = sum(c.value for c in following)
            if _INCLUDING.match(between):
                parts = following
            elif (_APPOSITION.match(between) and len(following) > 1
                  and total <= items[0].value):
                parts, complete = following, total == items[0].value
            index += len(parts)
        found.append(Group(items, parts, complete, unit, restated))
    return found
