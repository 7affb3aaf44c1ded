"""Parts of a release told as some of the people it freed, after the release is counted.

"Russia freed 95 Ukrainians, of whom 20 were civilians", "... 20 of them civilians",
"Among them were 20 civilians", "Of the prisoners released, 1,718 were arrested in
Gaza", "250 of those released were serving life sentences": the number counts some of
the people a release already counted, in its sentence or the next, and is a part of
it. Its category is the noun it counts or, without one, what the sentence says the
people were ("serving life sentences").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from summarizer.backends.rules.categories import breakdown_category
from summarizer.backends.rules.deal import planned
from summarizer.backends.rules.freed import FREED
from summarizer.backends.rules.groups import groups, kinds
from summarizer.backends.rules.numbers import RANKS, Count, numbers_in
from summarizer.backends.rules.text import Unit, clause, evidence, gap_start
from summarizer.backends.rules.unit_times import HELD
from summarizer.models import BreakdownItem, ExchangeStage, Release
from summarizer.text.numbers import NUMBER, number_value, qualifier_before

_VERB = r"(?:were|are|was|is|had\s+been|have\s+been)"
_OF_WHOM_BEFORE = re.compile(r"(?i)\bof\s+whom\s+$")
_OF_THEM_AFTER = re.compile(rf"(?i)\s+of\s+(?:whom|them|those(?:\s+{FREED})?|these)"
                            rf"(?:\s+{_VERB})?\s+")
_EACH_BEFORE = re.compile(r"(?i)\b(?:each|every)\s+$")
""" "Each one of them is a symbol of our resilience": every one of the people, no part of one."""
_OF_THE_BEFORE = re.compile(rf"(?i)Of\s+(?:the|those)\s+[^,;]{{0,60}}?\b{FREED}\b"
                            r"[^,;]{0,40},\s+$")
""" "Of the Palestinian prisoners released, 1,718 were ...", "Of the 369 released, 36 ...": the
sentence opens on the people of a release and counts some of them."""
_AMONG_BEFORE = re.compile(rf"(?i)\b(?:among\s+(?:them|those\s+{FREED}|the\s+{FREED}"
                           rf"(?:\s+[\w-]+){{0,2}})|they\s+included)\s+(?:{_VERB}\s+)?$")
_INCLUDED_BEFORE = re.compile(rf"(?i)\b(?:the\s+(?:swap|exchange|release|handover|group"
                              rf"|{FREED}|returnees)(?:\s+(?!(?:will|would|could|may|might|should"
                              rf"|must|to|is|are)\b)[\w-]+){{0,2}}?|those\s+{FREED}"
                              rf"|the\s+{NUMBER.pattern}\s+(?:[\w-]+\s+){{0,2}}?{FREED}\b[^,;]{{0,40}}?)"
                              r"\s+(?:also\s+)?(?:included|includes|include)\s+$")
""" "He said the swap included two civilians", "The freed soldiers also included 20 marines",
"Those released included 14 foreigners", "The 103 Ukrainians freed on Saturday included 14
women": the swap or its people, told again as the subject, include some counted people, a part
of its release (not a release of their own). Not what a swap "will include": a plan's people
are no part of a release."""
_WHO_INCLUDED = re.compile(r"(?i)\s*(?:a\s+group\s+)?(?:that|who|which)\s+(?:also\s+)?"
                           r"(?:included|includes|include)\s+")
""" "Russia freed 390 Ukrainians, who included 120 civilians", "..., a group that included 120
civilians": a relative clause of the counted people right before it tells some of them; not
one of anything else ("the delegation, which included 12 ministers")."""
_INCLUDING_BEFORE = re.compile(r"(?i)\b(?:including|(?:they|these|those)\s+(?:also\s+)?"
                               r"(?:included|includes|include))\s+$")
""" "including 250 serving life sentences": a part told by what the people were, no noun (a
counted noun after "including" is a group's part, read with the group). The finite verb
includes a part only where its subject is the release or its people: a pronoun for them ("They
include 130 representatives of ..."), `_INCLUDED_BEFORE`, `_WHO_INCLUDED`; "the delegation
included 12 ministers" tells no one freed."""
_MADE_OF_BEFORE = re.compile(r"(?i)\b(?:compris(?:e|es|ed|ing)|consist(?:s|ed|ing)?\s+of"
                             r"|(?:made\s+up|composed)\s+of)\s+$")
""" "The group comprises 47 sergeants, 69 soldiers ...", "the 189 released are made up of 87
...": what the freed people were, told in their own sentence."""
_LISTED = re.compile(r"[^,;.\u2013\u2014]{0,60}?(?:,\s*|,?\s+and\s+)")
"""What joins one part to the next ("18 ..., 54 ... and 111 ..."); never across a dash, which
opens the split of the part before ("14 foreigners \u2014 six Lithuanians, two Latvians ..."):
its members, not more parts of the release."""
_VERB_AFTER = re.compile(rf"(?i)\s+(?:who\s+|that\s+)?{_VERB}\s+")
_PREDICATE_END = re.compile(r"(?i)[,;.:()\u2013\u2014]|\s(?:since|prior|before|after|during"
                            r"|when|while|until|on|by|according)\b")
_AND = re.compile(r"(?i)\s+and\s+")
"""Where a part's predicate may end: at "and" before the next part's number, in digits or
words ("including 15 seriously wounded and two civilians")."""
_HELD = re.compile(rf"(?i)\s(?:who|that|{HELD})\b")
""" "including five oil executives imprisoned for five years": what the people are ends where
how they were held begins."""
_MAX_WORDS = 5
_SENT = re.compile(r"(?i)^\s*(?:will|would|are\s+to|is\s+to|to\s+be|be|being|expected|set|due)\b"
                   r"|\b(?:deport\w*|exiled?|expelled|sent|transferred|moved|taken|driven|flown|bused"
                   r"|(?:released|freed|returned)\s+(?:to|into|in))\b")
"""A predicate that tells what is to become of the people or where they went ("will be deported
to Egypt", "were released into Egypt", "were taken to hospital"): their destination, which
does not set them apart as a kind of the people freed."""
_HELD_NOUNS = frozenset({"prisoners", "detainees", "inmates", "captives", "hostages"})
_DESCRIBED = re.compile(rf"(?i)\s+(?:who\s+{_VERB}\s+)?"
                        r"(?:serving|sentenced|convicted|detained|arrested|jailed|captured)\b")
"""A held people's noun followed by what sets them apart ("18 prisoners serving life sentences,
54 prisoners serving other long sentences"): every one of the release is a prisoner, so the
part is named by what follows."""
_FROM_PLACE = re.compile(r"\s+from\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?")
"""Where a part's people were taken from names them apart from the rest of the release: "111
detainees from Gaza" beside prisoners from the West Bank."""
_ANYONE = frozenset({"individuals", "people", "persons", "members", "representatives"})
"""A noun that says nothing of who the people are: the part is named by what the sentence says
they were ("18 individuals who were serving life sentences")."""
_OF_BODY = re.compile(r"\s*(?:(?:representatives|members|servicemen|soldiers|fighters|personnel"
                      r"|troops|people|individuals)\s+)?[\u2013\u2014-]?\s*of\s+(?:the\s+)?"
                      r"(?P<body>[A-Z][\w'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'\u2019-]*){0,5})"
                      r"(?![\w'\u2019-]|\s+[a-z])(?:\s*\([^()]*\))?")
"""A part named by the body its people serve in, told by an official count: "130 representatives
of the Armed Forces of Ukraine (...), 55 - of the National Guard, 38 - of the State Border
Guard Service" (the dash as often an en or em dash). The body is the category; a bracketed
aside after it is skipped, so the list goes on to the next part. A name that only qualifies
the noun after it ("20 of the Azovstal defenders") is no body."""


@dataclass(frozen=True)
class Part:
    """Some of the people of a release: `at` is where the number is."""

    unit: Unit
    at: int
    value: int
    category: str
    of: int | None = None
    """The count of the release it names ("Of the 369 released"), wherever that was told."""
    whole: int | None = None
    """What the parts of a composition add up to ("the group comprises 47 sergeants, 69
    soldiers ..."): the release of that count, however far back it was told."""
    listed: bool = False
    """A part of a bare list ("Today 100 soldiers, 15 officers and five civilians came home"),
    which only the release its sum counts can take: the list may tell no release at all."""


def parts(text: str, unit: Unit, people: list[Count]) -> list[Part]:
    """The parts a unit tells of a release it, or the sentence before, counted."""
    found: list[Part] = []
    counted = {c.start: c for c in people}
    listed = -1  # where the last part's number ends: "250 serving life sentences and 1,718 ..."
    of: int | None = None
    composed = -1  # where the parts of a composition begin among `found`
    for number in numbers_in(text, unit.start, unit.end):
        value = number_value(number)
        if value is None or _EACH_BEFORE.search(text, max(unit.start, number.start() - 8),
                                                  number.start()):
            continue
        before = text[clause(unit, number.start())[0]:number.start()]
        count = counted.get(number.start())
        if count is not None and (count.head.lower() in _ANYONE or (
                count.head.lower() in _HELD_NOUNS and _DESCRIBED.match(text, count.end))):
            count = None  # "include 18 individuals who were serving life sentences", "18
            # prisoners serving life sentences, 54 prisoners serving other long sentences"
        of_them = _OF_THEM_AFTER.match(text, number.end(), unit.end)
        whose = _counted_before(people, number.start()) if of_them else None
        if of_them:
            rest = of_them.end()
        elif (opening := _OF_THE_BEFORE.fullmatch(text, unit.start, number.start())) or (
                _OF_WHOM_BEFORE.search(before) or _AMONG_BEFORE.search(before)
                or _MADE_OF_BEFORE.search(before) or (
                    _INCLUDED_BEFORE.search(before) and not _ranked(count))
                or _of_people_before(text, unit, people, number.start())) or (
                count is None and _INCLUDING_BEFORE.search(before)) or (
                listed >= 0 and _LISTED.fullmatch(text, listed, number.start())):
            if composed < 0 and _MADE_OF_BEFORE.search(before):
                composed = len(found)
            noun_end = next((c.end for c in people if c.start == number.start()), number.end())
            verb = _VERB_AFTER.match(text, noun_end, unit.end)
            rest = verb.end() if verb else noun_end
            named = NUMBER.search(opening.group()) if opening else None
            of = number_value(named) if named else of
        else:
            continue
        body = _OF_BODY.match(text, number.end(), unit.end) if count is None else None
        origin = _FROM_PLACE.match(text, count.end, unit.end) if count and not of_them else None
        category = body.group("body") if body else breakdown_category(
            count.head if count and not of_them else _predicate(text, rest, unit.end)) + (
            origin.group() if origin else "")
        if category:
            found.append(Part(unit, number.start(), value, category,
                              of if whose is None else whose))
            listed = body.end() if body else number.end()
    if composed >= 0:
        whole = sum(p.value for p in found[composed:])
        found[composed:] = [replace(p, whole=whole) for p in found[composed:]]
    return found + _listed(text, unit, people, {p.at for p in found})


def _of_people_before(text: str, unit: Unit, people: list[Count], at: int) -> bool:
    """Whether the number at `at` opens a relative clause (`_WHO_INCLUDED`) of the people
    counted at the end of the clause before it."""
    start = clause(unit, at)[0]
    if start <= unit.start or not _WHO_INCLUDED.fullmatch(text, start, at):
        return False
    before = gap_start(text, start)
    return any(c.end == before for c in people)


def _ranked(count: Count | None) -> bool:
    """Whether a count is of a rank ("The returned prisoners include 12 officers and 108
    privates and sergeants"): how the soldiers ranked, no kind of people freed (`kinds`)."""
    return count is not None and count.head.lower().split()[-1] in RANKS


def _counted_before(people: list[Count], at: int) -> int | None:
    """The count of the people "N of them" or "N of whom" is some of, when its sentence
    counted them before it: "Hamas still holds 76 hostages, 34 of whom are dead" are some of
    the 76 held, not of a release the sentence before told."""
    before = [c for c in people if c.end <= at]
    return max(before, key=lambda c: c.start).value if before else None


def _listed(text: str, unit: Unit, people: list[Count], taken: set[int]) -> list[Part]:
    """The items of a list of two or more kinds of people that no other reading took: a
    sentence with no word of a swap still tells who a release freed when its counts add up to
    it ("Kyiv announced the return of 120. Today 100 soldiers, 15 officers and five civilians
    came home"); not a list of the people a plan provides for ("there would be 15 women and
    15 teenagers")."""
    found: list[Part] = []
    for group in groups(text, unit, people, lambda _unit, _at: False):
        if len(group.items) < 2 or group.parts or any(i.start in taken for i in group.items) or (
                planned(text, unit, group)):
            continue
        found.extend(Part(unit, i.start, i.value, breakdown_category(i.head), whole=group.count,
                          listed=True)
                     for i in kinds(group))
    return found


def _predicate(text: str, start: int, end: int) -> str:
    """What the sentence says the people were, cut before a time or a new clause: "arrested
    in Gaza" of "arrested in Gaza since October 7"."""
    stop = _PREDICATE_END.search(text, start, end)
    end = stop.start() if stop else end
    end = next((m.start() for m in _AND.finditer(text, start, end) if NUMBER.match(text, m.end())),
               end)
    held = _HELD.search(text, start, end)
    words = text[start:held.start() if held and held.start() > start else end].split()
    if held and all(w.lower().endswith("ly") for w in words):
        return ""  # "six were wrongfully detained": how they were held, not who they are
    if _SENT.search(text, start, end):
        return ""  # "24 of those freed will be deported to Egypt": where they go, not who
    return " ".join(words) if 0 < len(words) <= _MAX_WORDS else ""


def attach(text: str, found: list[Part], stages: list[ExchangeStage], units: list[Unit]) -> None:
    """Give each part to the one release its sentence or the sentence before counted, or that
    has the count it names, when the part is smaller than it and not yet among its
    categories."""
    order = {u.start: i for i, u in enumerate(units)}
    told = [(r.evidence.start, r) for s in stages for r in s.releases
            if r.evidence is not None and r.evidence.start is not None]
    for part in found:
        index = order[part.unit.start]
        near = {u.start for u in units[max(0, index - 1):index + 1]}  # a release's evidence
        candidates = [(at, r) for at, r in told if at <= part.at and at in near  # is its unit
                      and _fits(r, part)]  # of "3 hostages for 300 prisoners", 40 are the 300's
        if part.of is not None:
            chosen = [r for _, r in told if r.count == part.of]
        elif part.listed:
            chosen = [r for _, r in told if r.count == part.whole]
        else:
            retold = _retold(text, _told_before(text, units, index), part.at)
            chosen = [r for at, r in candidates if at == part.unit.start] or [
                r for _, r in candidates] or [
                r for _, r in told if r.count in retold and _fits(r, part)] or [
                r for _, r in told if r.count == part.whole]
        if len(chosen) != 1 or not _fits(chosen[0], part):
            continue
        release = chosen[0]
        release.breakdown = [*release.breakdown, BreakdownItem(
            category=part.category, count=part.value,
            qualifier=qualifier_before(text, part.at),
            evidence=evidence(text, part.unit.start, part.unit.end))]
        release.breakdown_complete = sum(b.count for b in release.breakdown) == release.count


_ATTRIBUTION_GAP = 3
"""At most this many characters between a quotation's end and the words that attribute it."""


def _told_before(text: str, units: list[Unit], index: int) -> list[Unit]:
    """A part's unit and the one before it, and the quotation before that when the one before
    is only the quotation's attribution, with no number ('"... bring 189 Ukrainians home,"
    Zelenskyy posted on Telegram. He said the swap included two civilians'): the quotation
    retold the count, its attribution stands between it and its part."""
    start = max(0, index - 1)
    said, quoted = units[start], units[start - 1] if start else None
    if quoted is not None and quoted.quote is not None and said.quote is None and (
            said.paragraph == quoted.paragraph and said.start - quoted.end <= _ATTRIBUTION_GAP
            and not NUMBER.search(text, said.start, said.end)):
        start -= 1
    return units[start:index + 1]


def _retold(text: str, near: list[Unit], before: int) -> set[int | None]:
    """The numbers a part's sentence and the one before tell ahead of it: a release counted
    first in a headline is retold there ("... completed the release of 200. They included
    121 serving life sentences"), and its parts follow the retelling."""
    return {number_value(n) for u in near for n in NUMBER.finditer(text, u.start,
                                                                     min(u.end, before))}


def _fits(release: Release, part: Part) -> bool:
    if part.value >= release.count or (release.breakdown and release.breakdown_complete):
        return False
    known = {b.category.lower() for b in release.breakdown}
    return part.category.lower() not in known and sum(
        b.count for b in release.breakdown) + part.value <= release.count

