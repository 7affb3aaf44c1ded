"""Which time expression of a sentence dates a fact in it.

A sentence may carry several times: the event's, the report's ("officials said on
Monday"), a future ("will continue on Sunday"), a bound ("since the truce began on
Friday"), history's ("captured last month"). This module reads them and says which one
dates a fact, and whether it is a report's. Kept apart from `text`, which cuts sentences
and clauses, and from `background`, whose history it skips, because the words of saying,
future and bounds are its own.
"""

from __future__ import annotations

import re
from typing import Literal

from summarizer.backends.rules.attackers import STRIKE_NOUN, STRIKE_VERB
from summarizer.backends.rules.background import recalled
from summarizer.backends.rules.freed import FREED
from summarizer.backends.rules.text import Unit, clause, per_sentence, sentence_start
from summarizer.text.numbers import NUMBER, QUALIFIER_WORDS
from summarizer.text.time import TIME, WEEKDAY_NAMES

_FUTURE_TIME = re.compile(r"(?i)\b(?:tomorrow|next)\b")
_FUTURE_CLAUSE = re.compile(
    r"(?i)\b(?:will|would|expected|expects?|continue[sd]?|plans?|planned|scheduled|set to"
    r"|upcoming)\b"
)
_STRIKE_BEFORE = re.compile(rf"(?i)\b(?:after|following)\s+(?:an?|the)\s+"
                            rf"(?:[\w'\u2019-]+\s+){{0,3}}?{STRIKE_NOUN}\s+$")
"""A strike the clause's aftermath followed, its time right after its noun ("firefighters
continued on Monday to fight a blaze following an Israeli airstrike on Saturday"): the time
is the strike's, done, whatever the clause goes on to do."""
_DONE = re.compile(rf"(?i)\s*\b{FREED}\b")
"""A release told done: a time after it, or right before it ("on Friday swapped"), is its
time, whatever future the clause goes on to tell."""
_HOUR = (r"(?:dawn|daybreak|sunrise|first\s+light|dusk|sunset|nightfall|midnight|noon|midday"
         r"|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?|o['\u2019]clock))")
"""An hour of the day by the clock or by the sun: what "before" may be told of, as "at" is."""
_BOUND = re.compile(rf"(?i)\b(?:since|before(?!\s+{_HOUR})|until)\b")
"""A time after "since" or "before" bounds a period ("since the truce began on Friday"):
it does not date the event the clause reports. "Before" an hour does not ("raided the camp
before dawn on Thursday", "struck shortly before midnight on Saturday", "before 6 a.m.
Monday"): that is when the event was, on the day named after it."""
_AS_OF = re.compile(r"(?i)\b(?:as\s+of|by)\s+$")
"""A time right after "as of" or "by" is when a count or a state stood ("the toll rose to 75
as of Thursday", "By Wednesday the dead numbered 31", "had risen to 40 by Monday evening"):
a toll update's day, not the attack's, which came before it. Not a day that names a strike
("killed by Tuesday's strike"): that is the strike's own (`_NAMES_EVENT`)."""
_NAMES_EVENT = re.compile(r"['\u2019]s\b")
_NIGHT_OF = re.compile(rf"(?i:overnight)(?=\s+(?:on\s+)?{WEEKDAY_NAMES}\b)")
"""A night told with the day it names ("drones hit Kyiv overnight Thursday", "struck Odesa
overnight on Friday"): the weekday dates it, as it does "late Sunday" or "the early hours of
Monday"; "overnight" alone would date it by the publication day, days off in a later report.
Which end of the night the day is, the words do not say: the one the article names is still
the best date it gives."""
_SAID = r"said|says|told|announced|reported|stated|confirmed"
"""The verbs that report what was said, which every reading of a report's time knows."""
_SAYING = re.compile(rf"(?i)\b(?:{_SAID}|claimed|issued"
                     r"|clarified|explained|noted|insisted|disclosed|acknowledged"
                     r"|updated?s?|wrote|posted|added|according\s+to|report|statement)(?:\s+(?!(?:that|were|was|is|are|been"
                     r"|ha[sd]|have|killed|died|wounded|injured|launched|fired|struck|hit)\b)"
                     r"[A-Za-z'\u2019.-]+){0,5}?\s*$")
"""A speech verb just before a time: the time is when it was said ("said on Monday"); so is a
report's noun ("according to a report by the Zorin news agency on Tuesday", "in a statement
on Monday")."""
TOLL_ROSE = r"rose|risen|climbed|increased|jumped|reached|surged|soared|grown"
"""The verbs by which a toll rises ("the death toll rose to 42"): a regex fragment."""
_COUNTED = re.compile(rf"(?i)\b(?:{TOLL_ROSE})\s+(?:to\s+)?(?:(?:{QUALIFIER_WORDS})\s+)?"
                      rf"(?:{NUMBER.pattern})(?:\s+(?:dead|deaths|people))?\s*$")
"""A toll's rise just before a time: "the death toll rose to at least 42 on Monday", "climbed
to five on Friday" dates the count, neither the attack nor a report that would stand for its
day."""
_TOLL_ROSE_AFTER_OPENING = re.compile(
    r"(?i),?\s+(?:(?!(?:that|who|which|and|but|as|when|after)\b)[\w'\u2019-]+\s+){0,3}?"
    r"(?:toll|number|dead|deaths|casualties|fatalities)\b(?:\s+[\w'\u2019-]+){0,5}?\s+"
    rf"(?:has\s+|had\s+|have\s+)?(?:{TOLL_ROSE})\s+to\b")
"""A toll's rise after a time that opens its sentence ("On Friday, the death toll in Sumy rose
to 14", "On Monday the number of dead climbed to 20"): the time dates the count, as one after
the rise does (`_COUNTED`); told alone it read as a second attack of that day."""
_SAID_AFTER = re.compile(rf"(?i)\s+(?:{_SAID}|revised"
                         r"|clarified|explained|noted|insisted|disclosed|acknowledged"
                         r"|updated|raised|lowered|corrected)\b|(?:,\s+(?:[\w-]+\s+){1,3}?|\s+)"
                         r"(?:gave|provided|issued)\s+(?:an?\s+)?(?:update|statement)\b")
"""A speech or revision verb just after a time: "the governor on Sunday said", "the minister on
Thursday revised the toll", "On Thursday, officials provided an update on the bombings": the
time is the report's too. Not "struck Kyiv on Friday, officials said": that time is the strike's."""
_RESPONSE_AFTER = re.compile(
    r"(?i)\s+(?:sifted|searched|combed|dug|cleared|pulled|recovered|buried|mourned|visited"
    r"|inspected|toured|gathered|rallied|protested|laid|paid|declared|ordered|vowed|pledged"
    r"|promised|urged|demanded|condemned|denounced|blamed|accused|denied|admitted|summoned"
    r"|expelled|held|met|called)\b")
"""A verb of the aftermath of an event or of a response to it just after a time: "crews today
sifted through what was left of a building destroyed by a missile", "Kyiv on Monday accused
Moscow of striking a hospital", "mourners on Sunday buried the victims". The time is that
verb's, told of the event as a report's is, never the event's own: the aftermath and the
response come days after it as often as not."""
_RESPONSE_BEFORE = re.compile(
    r"(?i)\b(?:probe|investigation|inquiry|funeral|funerals|vigil|visit)\s*$")
"""A response's noun just before a time: "ordered a probe on Tuesday after the army admitted
its drone had struck the village", "a vigil on Monday for the victims of the strike": the
time is the response's (as `_RESPONSE_AFTER`)."""
_STRIKE_OF = re.compile(rf"(?i)['\u2019]s\s+(?:[\w-]+\s+){{0,2}}?{STRIKE_NOUN}\b")
"""A time that names a strike by its day ("Sunday's strike", "Friday's Russian missile
attack"): the strike's own day, even told after a speech verb ("authorities said the death toll
from Sunday's strike rose to 40")."""
_OPENS = re.compile(r"(?i)\W*(?:(?:however|but|and|meanwhile|later|then|also|yet),?\s+)?")
"""What may stand before a time that opens a sentence: "However, on Friday, ..."."""
_SAID_AFTER_OPENING = re.compile(
    r"(?i),\s+(?:(?!(?:that|who|which|and|but|as|when|after|was|were|had|has|is|are)\b)"
    rf"[\w'\u2019.-]+\s+){{1,6}}?(?:{_SAID})\b")
"""A speech verb after the subject of a sentence that a time opens: "On Friday, a military
spokesman said the village was hit" dates the report. Only where the time opens the sentence:
in "struck Kyiv on Friday, officials said" the time is the strike's."""
_RESTATED = re.compile(r",\s*|\s*\(")
"""What stands between a time and the same day restated ("said Saturday, Aug. 3, 2024, that",
"reported this Sunday, January 15, that", "on Tuesday (Dec 5)"): the second is the first's,
a report's time when the first is one."""


VAGUE_DAY = (r"(?i:\b(?:(?:a|one|two|three|four|five|six|several|a\s+few|few|\d+)\s+days?"
             r"\s+(?:ago|earlier)|days\s+(?:ago|earlier)|(?:over|during)\s+the\s+weekend"
             r"|the\s+(?:previous|preceding)\s+(?:day|night|evening|morning)"
             r"|the\s+(?:day|night|evening)\s+before|earlier\s+(?:this|in\s+the)\s+week)\b)")
"""A day told only as some time before the report ("three days ago", "over the weekend", "the
previous day", "earlier this week"), which no calendar date can be read from: a regex
fragment."""
_STRIKE_VAGUE_DAY = re.compile(rf"(?i)\b{STRIKE_NOUN}(?:\s+[\w'\u2019-]+){{0,4}}?\s+"
                               rf"(?P<day>{VAGUE_DAY})")
"""A strike told with such a day ("a missile strike three days ago", "strikes over the
weekend", "an attack on a convoy the previous day"): the strike's own time."""
_DEED_BEFORE = re.compile(rf"(?i)\b(?:{STRIKE_VERB}|killed|wounded|injured|shot|stabbed)\b")
"""A deed the sentence tells before such a strike ("Israel struck Hodeidah on Monday in
response to a missile attack two days earlier"): that deed is the sentence's news, its day
the news's; the strike with the vague day is what it answered."""


@per_sentence
def _vague_days(words: str) -> tuple[int, ...]:
    """Offsets of the days a unit gives its strike only as some time before
    (`_STRIKE_VAGUE_DAY`), where that strike is the sentence's news: no deed told before it."""
    return tuple(found.start("day") for found in _STRIKE_VAGUE_DAY.finditer(words)
                 if not _DEED_BEFORE.search(words, 0, found.start()))


def time_closest(text: str, start: int, end: int, position: int) -> str | None:
    """The past or present time expression in text[start:end] closest to `position`."""
    found = [m for m in TIME.finditer(text, start, end) if not _FUTURE_TIME.search(m.group())]
    if not found:
        return None
    return min(found, key=lambda m: min(abs(m.start() - position), abs(m.end() - position))).group()


def time_near(text: str, unit: Unit, position: int, *, saying: bool = True,
              responses: bool = True) -> str | None:
    """The time expression that dates the fact at `position`: the nearest one in its clause,
    else in its unit, skipping futures ("continue on Sunday") and background clauses.
    `saying=False` also skips the time of a report ("officials said on Monday") or of a
    response ("crews on Monday searched the rubble"): when a toll is told is not when the
    strike was. `responses=False` skips only the latter: a report's day may stand for its
    news's, the aftermath's may not. A strike told with a day only as some time before
    (`_STRIKE_VAGUE_DAY`: "were still searching on Monday for survivors of a strike three
    days ago that killed 12") has that day in its clause, before any other: no date can be
    read from it (None), and the clause's other time is another deed's."""
    best: tuple[int, int, int, str | None] | None = None
    own = clause(unit, position)
    times = [*((offset, expression) for offset, expression, told in _usable_times(unit.text)
               if not ((told and not saying) or (told == "response" and not responses))),
             *((offset, None) for offset in _vague_days(unit.text))]
    for offset, expression in times:
        start = unit.start + offset
        rank = (0 if clause(unit, start) == own else 1, 1 if expression else 0,
                abs(start - position), expression)
        if best is None or rank[:3] < best[:3]:
            best = rank
    return best[3] if best else _before_quote(text, unit, saying, responses)


_QUOTE_OPENS = re.compile("[\u201c\u201e\u00ab\"]")


def _before_quote(text: str, unit: Unit, saying: bool, responses: bool) -> str | None:
    """The time of a sentence a quoted term cut before the unit ('In the early hours of
    Sunday, a "suicide drone" hit the base'): the words before the quotation open the
    sentence the unit ends, and their time is its time. Only the opening words, never a
    quotation's own: a time inside quotation marks is the speaker's."""
    start = sentence_start(text, unit, unit.start)
    opens = _QUOTE_OPENS.search(text, start, unit.start)
    if unit.quote is not None or opens is None:
        return None
    opening = text[start:opens.start()]
    times = [expression for _, expression, told in _usable_times(opening)
             if not ((told and not saying) or (told == "response" and not responses))]
    return times[-1] if times else None


HELD = (r"(?:held|taken|kidnapped|abducted|seized|captured|detained|jailed|imprisoned"
        r"|arrested)")
"""How people came to be held, told of them: the one list for how long they were held
(`CAPTIVE`), where what they are ends (`parts`) and who held them ("detained by Abu Sayyaf",
`releasers`)."""
CAPTIVE = re.compile(rf"(?i)\b(?:hold|holds|holding|captiv\w*|{HELD})\b")
"""Words of people held or taken: a time they lead to tells how long, or since when, the
people were held ("held since October 7", "captured last month", "hostages it seized last
month", "jailed since 2022"), not the news's history."""


_TAKEN_AT = re.compile(rf"(?i)\b(?:{HELD}\s+(?:by\s+(?:the\s+)?[A-Z][\w'\u2019-]*\s+)?"
                       r"|(?:taken|kidnapped|abducted|seized|captured|detained|arrested)\s+in\s+"
                       r"(?:the\s+)?[A-Z][\w'\u2019-]*\s+)$")
"""A time right after the people were taken ("hostages taken on October 7, 2023", "kidnapped
by Hamas on Oct. 7", "seized in November", "Americans detained in Venezuela in recent
months"): when they were taken, never when they were freed, whatever history words the time
has or lacks. Where they were held is no taking: "three hostages held in Gaza on Saturday"
were freed that day."""
_TAKEN_BEFORE = re.compile(_TAKEN_AT.pattern.removesuffix("$") + r"(?:(?:in|over|during)\s+)?$")
"""`_TAKEN_AT` before history words, which start past their preposition ("detained in
Venezuela in | recent months")."""


def _recalls_history(words: str, time: re.Match[str], start: int, end: int) -> bool:
    """Whether words[start:end] recalls history (`recalled`) other than when people were
    taken, past `time` ("freed on Tuesday 17 soldiers captured last month") or right after
    the words that took them (`_TAKEN_BEFORE`: "six Americans detained in Venezuela in recent
    months were freed on Friday"): Tuesday and Friday still date the release."""
    recalls = recalled(words, start, end)
    return bool(recalls) and not all(CAPTIVE.search(words, time.end(), m.start())
                                     or _TAKEN_BEFORE.search(words, start, m.start())
                                     for m in recalls)


Told = Literal["report", "response"] | None
"""What a time dates other than the event its sentence tells: a report of it ("said on
Monday"), a response to it or its aftermath ("crews on Monday searched the rubble"), or
neither (None): the event's own time."""


def _told(words: str, start: int, time: re.Match[str]) -> Told:
    """What `time`, in the clause from `start`, dates other than the event: a report, after a
    speech verb or a report's noun or before a speech verb; a response, before a verb of the
    aftermath or after a response's noun; never either when it names a strike by its day."""
    if _STRIKE_OF.match(words, time.end()):
        return None
    if (_SAYING.search(words, start, time.start()) is not None
            or _SAID_AFTER.match(words, time.end()) is not None
            or (_OPENS.fullmatch(words, 0, time.start()) is not None
                and _SAID_AFTER_OPENING.match(words, time.end()) is not None)):
        return "report"
    if (_RESPONSE_AFTER.match(words, time.end()) is not None
            or _RESPONSE_BEFORE.search(words, start, time.start()) is not None):
        return "response"
    return None


@per_sentence
def _usable_times(words: str) -> tuple[tuple[int, str, Told], ...]:
    """Offsets and text of the time expressions of a unit that can date a fact in it, and
    whether each dates a report or a response rather than what it reports (`Told`)."""
    unit = Unit(0, len(words), words, 0, None)
    usable: list[tuple[int, str, Told]] = []
    before: tuple[int, Told] | None = None  # where the last usable time ended, and its `told`
    for found in TIME.finditer(words):
        if before is not None and _RESTATED.fullmatch(words, before[0], found.start()):
            usable.append((found.start(), found.group(), before[1]))  # "said Saturday, Aug. 3"
            before = (found.end(), before[1])
            continue
        before = None
        start, end = clause(unit, found.start())
        future = _FUTURE_CLAUSE.search(words, start, end)
        if future and future.start() > found.end() and (_DONE.search(words, start, found.start())
                                                         or _DONE.match(words, found.end())):
            future = None  # "swapped 390 each on Friday and will swap more": Friday's is done
        if future and _STRIKE_BEFORE.search(words, start, found.start()):
            future = None
        if not (_FUTURE_TIME.search(found.group()) or future
                or _NIGHT_OF.match(words, found.start())
                or _recalls_history(words, found, start, end)
                or _BOUND.search(words, start, found.start())
                or _TAKEN_AT.search(words, start, found.start())
                or _COUNTED.search(words, start, found.start())
                or (_OPENS.fullmatch(words, 0, found.start()) is not None
                    and _TOLL_ROSE_AFTER_OPENING.match(words, found.end()) is not None)
                or (_AS_OF.search(words, start, found.start())
                    and not _NAMES_EVENT.match(words, found.end()))):
            told = _told(words, start, found)
            usable.append((found.start(), found.group(), told))
            before = (found.end(), told)
    return tuple(usable)
