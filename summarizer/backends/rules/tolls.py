"""Casualty tolls: how many were killed or injured, as a sentence states it.

A toll is read from one sentence at a time: the number a casualty word counts
("killed 12", "12 people were wounded", "the number of dead rose to 14"), zero
when the sentence says there were none ("no casualties", "no one was hurt"),
or, when the clause that mentions casualties gives no number at all, that there
were some ("there are fatalities"). Which attack a toll belongs to is the
attack reader's business; this module says only what the sentence states, and
leaves out what it does not state as this event's toll: history (and a sentence
that goes on from it), threats, questions ("whether"), another day's strike, the event the
news came after or answers ("retaliation for an attack that killed 30"), a range or a list
of groups that gives no one figure, and a figure the article itself says was superseded
("up from 210", "revised from 103 to 84", "an earlier report cited 492 deaths"). Which
counts tally many strikes or days is `tallies`'s; which of several tolls for one attack
stands is `toll_choice`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from summarizer.backends.rules.attack_cues import OTHER_DAY
from summarizer.backends.rules.attack_days import came_after
from summarizer.backends.rules.attackers import STRIKE_NOUN, STRIKE_VERB
from summarizer.backends.rules.background import is_background, recalled
from summarizer.backends.rules.deeds import deed_of_struck
from summarizer.backends.rules.freed import FREED
from summarizer.backends.rules.numbers import numbers_in
from summarizer.backends.rules.person_names import PERSON_NOUN
from summarizer.backends.rules.tallies import in_general, tallied
from summarizer.backends.rules.text import Unit, clause, sentence_end, sentence_start
from summarizer.backends.rules.unit_times import TOLL_ROSE
from summarizer.models import Qualifier
from summarizer.text.lines import line_start
from summarizer.text.modality import unreal
from summarizer.text.numbers import (
    NUMBER,
    QUALIFIER_WORDS,
    TENS,
    UNITS,
    number_value,
    qualifier_before,
)
from summarizer.text.openings import opened
from summarizer.text.time import MONTH_NAMES, TIME, WEEKDAY_NAMES

CasualtyKind = Literal["killed", "injured"]
KINDS: tuple[CasualtyKind, ...] = ("killed", "injured")

_QUALIFIER = rf"(?:(?:{QUALIFIER_WORDS})\s+)?"
_BRINGS = (r"revised|raised|raising|lowered|updated|corrected|bringing|brought|brings"
           r"|pushing|pushed|taking|took|put|puts|putting")
"""The verbs that bring a toll to its figure ("bringing the official death toll to 19",
"raising the toll to 15", "put the toll at 17", "revised the death toll to 84")."""
_BROUGHT = (rf"\b(?:{_BRINGS})\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:death\s+)?toll"
            r"\s+(?:(?:up|down)(?:wards?)?\s+)?(?:to|at)")
"""A toll brought to its figure, up to the figure: "bringing the death toll to"."""
_ROSE = (rf"\b(?:(?:{TOLL_ROSE}|stood|stands"
         r"|(?:revised|raised|lowered|updated)(?:\s+(?:down|up)(?:wards?)?)?)(?:\s+(?:to|at))?"
         rf"|(?:was|is)(?:\s+now)?(?=\s+{_QUALIFIER}\d))")
"""A toll's verb before its figure: "rose to 42", "stood at 17", "was later raised to 20",
"was at least 50" (was/is only right before a figure: "the death toll, which was not
confirmed, rose to 14")."""
_AUX = (r"(?:(?:were|was|are|is|have|has|had|been|being|be|also|reportedly|later|now|already"
        r"|confirmed|reported|as|known|to|seriously|critically|lightly|slightly|badly"
        r"|(?-i:[a-z]{3,}ly))\s+){0,4}")
"""Words between a number and its casualty word: "were also", "have been reported",
"are known to have", "were brutally", "are reported to be" (a report's "four people are
reported to be dead" is its "four are reported dead"; a hedge such as "feared" or
"thought" is no word of these, so "feared to be dead" stays no count)."""
_ASIDE = (r"(?:,\s+(?:including|but\s+no|among\s+them|mostly|mainly|(?:most|many|all)\s+of\s+them)"
          r"\s+[^,.;]{1,60},"
          r"|\s+including\s+(?:[\w-]+\s+){0,3}?[\w-]+(?=\s+(?:were|was|have|had)\b))?")
"""A group named inside the count: "18 civilians, including four children, were killed",
"six people including a child were killed", "five adults, but no minors, lost their lives",
"30 people, mostly women and children, were killed"."""
_DASHED = (r"(?:\s*[\u2014\u2013]\s*[^\u2014\u2013.;]{1,60}?\s*[\u2014\u2013]"
           r"|\s+-\s+[^.;]{1,60}?\s+-)")
"""Who the count is, set off by dashes: "28 people\u2014mostly tourists\u2014were killed",
"26 people \u2013 most of them tourists \u2013 died", "12 people - among them two children -
were injured"."""
_OF = r"(?:\s+of\s+(?:its|their|his|her|our|the|them|those))?"
"""A count of a group: "23 of its soldiers were killed", "five of them died"."""
_CASUALTY_WORDS: dict[CasualtyKind, tuple[str, str, str]] = {
    "killed": (r"(?:deaths?|killings?)\s+of|killed|killing|kills|(?<!\bto\s)kill"
               r"|murdered|shot\s+dead"
               r"|claimed\s+the\s+lives\s+of"
               r"|(?:claimed|claiming|claims|took|taking|cost|costing)(?=(?:\s+\S+){1,4}\s+lives\b)"
               r"|(?:(?:death\s+)?toll|number\s+of\s+(?:people\s+|those\s+)?(?:killed|dead|deaths"
               rf"|fatalities))\b[^.]{{0,160}}?(?:{_ROSE}|\bat)"
               rf"|{_BROUGHT}",
               r"killed|dead|died|deaths|fatalities|lost\s+their\s+lives|left\s+dead|martyred|martyrs"
               r"|shot\s+dead|(?:shot|hacked|stabbed|beaten|burnt|burned)\s+to\s+death|murdered"
               r"|slain",
               r"fatalities|killed|dead|deaths|died|death\s+toll|martyred|martyrs"),
    "injured": (r"injured|injuring|injures|wounded|wounding|wounds|(?<!\bto\s)(?:injure|wound)"
                r"|number\s+of\s+(?:the\s+)?(?:people\s+|those\s+)?(?:injured|wounded|injuries)\b"
                rf"[^.]{{0,160}}?(?:{_ROSE}|\bat)"
                r"|\band\s+(?:the\s+number\s+of\s+)?(?:injured|wounded)\s+to",
                r"injured|wounded|hurt|injuries|left\s+(?:injured|wounded)"
                r"|(?:suffered|sustained|received)\s+(?:[\w-]+\s+){0,3}?(?:injuries|wounds)"
                r"|treated\s+for\s+(?:[\w-]+\s+)?(?:injuries|wounds)",
                r"injuries|injured|wounded|hurt|(?<!died\sof\s)(?:gunshot|shrapnel|bullet)\s+wounds"
                r"|receiving\s+(?:medical\s+)?(?:treatment|attention|care)|in\s+(?:a\s+)?critical\s+condition"),
}
"""Per kind: the words a number follows ("killed 12", a headline's "strikes kill 17", not "to
kill 12"; "claimed at least 32 civilian lives"; "resulted in the deaths of 25", "confirmed the
killing of 59"; "the number of injured reached 99", "put the death toll at 19", "revised the
death toll to 84", "14 dead, and injured to 61"), the words that follow a number ("12 were
wounded", "103 deaths", "nine were left dead", "four soldiers were martyred", "15 martyrs":
the words of reports that honour the dead), and the words that say there were casualties
without a number ("with gunshot wounds", "receiving medical attention")."""
_BROUGHT_TO = re.compile(rf"(?i){_BROUGHT}\s+{_QUALIFIER}$")
"""The toll a sentence brings to its figure after the count that raised it ("three more
died in hospital, bringing the death toll to 23"): the figure is the toll, the count before
it only the rise."""
_MORE = r"(?:(?:another|a\s+further|an\s+additional)\s+)?"
"""A count told as more of the toll after its verb: "killing 25 and wounding another 50"."""
_CASUALTY = {
    kind: (opened(re.compile(rf"(?i)\b(?:{before})\s+{_MORE}{_QUALIFIER}(?=\S)")),
           opened(re.compile(rf"(?i)^{_OF}(?:\s+(?!(?:and|or|but)\b)[\w-]+){{0,2}}?(?:{_ASIDE}\s+|{_DASHED}\s*){_AUX}(?:{after})\b")),
           re.compile(rf"(?i)\b(?:{reported})\b"))
    for kind, (before, after, reported) in _CASUALTY_WORDS.items()
}
_NONE_WORDS: dict[str, tuple[CasualtyKind, ...]] = {
    "casualties": KINDS, "victims": KINDS, "deaths": ("killed",), "fatalities": ("killed",),
    "dead": ("killed",), "killed": ("killed",), "died": ("killed",), "injuries": ("injured",),
    "injured": ("injured",), "wounded": ("injured",), "hurt": ("injured",),
}
_NONE = re.compile(
    r"\b(?:[Nn]o\s+(?:(?i:immediate|initial)\s+)?(?:(?i:reports?\s+of)\s+(?:any\s+)?)?"
    r"(?:(?i:damage|destruction)\s+(?:or|and)\s+)?(?=(?i:casualties|victims|deaths|fatalities|injuries)\b)"
    r"|(?:[Nn]o\s+(?:one|body|people|civilians|[A-Z][\w-]+)|[Nn]obody|[Nn]one)\s+"
    r"(?:(?:was|were|had|has|have|been|reported|reportedly)\s+)*"
    r"(?=(?i:killed|injured|wounded|hurt|died)\b))"
    r"(?P<first>\w+)(?:\s+or\s+(?P<second>(?i:casualties|deaths|injuries|killed|injured|wounded"
    r"|hurt|dead)\b))?")
"""That no one was killed or hurt: "no casualties", "no reports of any casualties", "no damage
or injuries", "no one was killed or wounded", "no Qataris killed", "nobody died". Not "no
serious injuries" nor "no other casualties": those say some there were."""
_IN_ONE_OF = re.compile(r"(?i)\s+(?:in|at)\s+(?:one|two|some|several)\s+of\b")
"""A zero of some of the places hit ("no casualties in one of the damaged buildings"), not of
the attack."""
_NUMBER_WORDS = "|".join((*UNITS, *TENS))
"""The number words a toll's count may be written in ("five", "twenty")."""
_PART = re.compile(rf"(?i)(?:\b(?:\d[\d,]*|{_NUMBER_WORDS})(?:\s+(?:to|or)\s+|\s*[-\u2013]\s*)"
                   rf"|\b(?:\d[\d,]*|{_NUMBER_WORDS})\s+(?:(?!(?:were|was|are|is|have|has|had|been"
                   r"|killed|dead|died|injured|wounded|hurt|deaths|fatalities|injuries|martyred|martyrs)\b)"
                   r"[\w-]+\s+){1,3}and\s+(?:over\s+|more\s+than\s+)?)$")
"""A number that ends a range ("five to seven", "5-7") or a list of counted groups
("five adults and one child", "23 soldiers and over 200 militants")."""
_PLACE_BY_PLACE = re.compile(
    rf"(?i)[^.;]{{0,60}}?\b(?:in|at)\s+[^.;,]{{1,40}}?,?\s+and\s+(?:\d[\d,]*|{_NUMBER_WORDS})"
    r"\s+(?:people\s+)?(?:in|at)\s")
"""A count that opens a list of places' counts ("seven were killed in Kharkiv and four in
Dnipro", "killing five at the station and two at the market"): each counts a place, none
the attack, and the article states no sum. A whole told after them is the toll."""
_VICTIMS_AFTER = re.compile(rf"(?i)\s+{_QUALIFIER}(?:\d|(?:{_NUMBER_WORDS})\b|a\s+dozen)")
"""A casualty verb with its own count after it: the number before it counts what killed
them ("Two explosions killed 84", "three missiles wounded 12"), not the dead."""
_ONE_VICTIM = {
    kind: re.compile(r"(?i)(?<!\bno\s)\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?"
                     rf"{PERSON_NOUN}\s+(?:(?:was|has\s+been|had\s+been)"
                     rf"\s+(?:(?:also|later|reportedly|reported|(?:reported\s+)?to\s+have\s+been)\s+)*"
                     rf"(?:{words}){died})\b"
                     rf"|\b(?:and|while)\s+another\s+(?:(?:was|has\s+been|had\s+been)\s+)?(?:{words})\b")
    for kind, words, died in (("killed", r"killed|shot\s+dead|martyred",
                               r"|(?:(?:also|later|reportedly)\s+)?died"),
                              ("injured", "injured|wounded|hurt", ""))}
""" "A woman was killed and two men were injured", "a man was reported killed", "a man died":
one person told in the singular is a toll of one; so is "another" after a first toll ("two
people were killed and another wounded")."""
_NO_BEFORE = re.compile(r"(?i)\bno\s+$")
"""'No one was killed' counts no one: 'one' there is not a number."""
_GRAVE = r"(?:seriously|severely|critically|gravely|badly|serious|severe|critical|grave)"
_GRAVE_BEFORE = re.compile(rf"(?i)\b{_GRAVE}\s+$")
_GRAVE_AFTER = re.compile(rf"(?i)\b{_GRAVE}\b")
"""Injuries counted by how grave they are ("seriously injured four people", "three were
critically wounded", "seven suffered severe injuries"): the worst hurt, whom hospitals and
armies count first, are a part of the injured, who are often many more."""
_OF_THE_TOLL = re.compile(r"(?i)\s+of\s+(?:the|those)\s+(?:\w+\s+)?(?:killed|dead|injured|wounded"
                          r"|hurt|victims|casualties)\b")
""" "Two of the wounded are in critical condition": a part of the toll, not the toll."""
_REVISED = opened(re.compile(
    r"(?i)\b(?:revis\w*|correct\w*|lowered|raised|updated|adjusted)\b[^.]{0,80}?"
    r"\bfrom\s+(?P<old>\d[\d,]*)\s+to\s+(?=\d)"))
"""A toll corrected from one figure to another: "revised from 95 to 84 the death toll"."""
_UP_FROM = opened(re.compile(
    r"(?i)\b(?:up|down|risen|rose|climbed|increased|fell|dropped)\s+from\s+"
    r"(?:an?\s+(?:earlier|previous|initial)\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?)?"
    r"(?P<old>\d[\d,]*)"))
"""The figure a toll rose from: "274 killed, up from 210"."""
_EARLIER_REPORT = re.compile(
    r"(?i)\b(?:(?:an?\s+)?earlier\s+(?:[\w-]+\s+){0,2}?(?:reports?|tolls?|tall(?:y|ies)|counts?"
    r"|figures?|estimates?)|initial\s+reports?\s+(?:[\w-]+\s+){0,3}?had|earlier\s+(?:reported|said"
    r"|cited|put|gave)|reports?\s+yesterday)\b")
"""A sentence telling what was reported before the latest count: "An earlier report by
the ministry cited 492 deaths", "Initial reports had indicated 103 fatalities"."""
_RETURNED = re.compile(
    rf"(?i)\b(?:{FREED}"
    r"|brought\s+(?:back|home)|came\s+home|from\s+captivity|prisoners?\s+of\s+war|POWs?)\b")
"""People set free in an exchange, described by their wounds or deaths ("15 seriously
wounded soldiers returned from captivity", "the bodies of 24 killed hostages were handed
back"): they are no attack's casualties."""
ANY_CASUALTY = opened(re.compile(
    r"(?i)\b(?:" + "|".join(w for words in _CASUALTY_WORDS.values() for w in words)
    + r"|casualties|victims|revis\w*|correct\w*)"))
"""Any casualty word at all: most sentences have none and skip the number scans."""


@dataclass(frozen=True)
class Toll:
    """One kind of casualty a sentence reports: `count` is None when it gives no number."""

    kind: CasualtyKind
    count: int | None
    qualifier: Qualifier | None
    position: int
    """Where the number (or the casualty word) is in the article: it dates the toll."""
    updated: bool = False
    """Whether its sentence tells it as an update of the toll (`_UPDATED`) or as its whole
    (`_WHOLE`): either supersedes a smaller count told before it."""


def superseded(text: str, units: list[Unit]) -> frozenset[int]:
    """Figures the article says a later count replaced: a toll "up from" or "revised
    from" them, or one an earlier report gave. None of them is the toll, even where a
    sentence states it as one ("killing 103 people" before the count was revised)."""
    old = {int(m.group("old").replace(",", "")) for pattern in (_REVISED, _UP_FROM)
           for m in pattern.finditer(text)}
    for unit in units:
        earlier = _EARLIER_REPORT.search(text, unit.start, unit.end)
        if earlier is not None:
            old.update(t.count for t in _stated(text, unit)
                       if t.count and t.position > earlier.start())
    return frozenset(old)


_UPDATED = re.compile(rf"(?i)\b(?:{TOLL_ROSE}|rises|grew"
                      r"|raised|revised|updated|bringing|brought|later|now|latest"
                      r"|(?:has|have|had)\s+since"
                      rf"|^by\s+(?:{WEEKDAY_NAMES}|{MONTH_NAMES}\s+\d|\d{{1,2}}\s+{MONTH_NAMES}"
                      r"|(?:the\s+)?(?:next|following)\s+(?:day|morning))"
                      r"|(?:raising|pushing|pushed)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:death\s+)?toll)\b"
                      r"|\bas\s+of\s+(?:\d{1,2}[:.]\d\d|\d{1,2}\s*[ap]\.?m\b)")
"""Words that tell a count as the toll's update ("rose to 32", "later raised the death toll to
six", "bringing the toll to 12", "raising the toll to 15", a live page's "As of 19:45, ..." or
"As of 7:54 p.m., ...", "the death toll now stands at 115", "has since confirmed 20 deaths",
"the latest toll", a sentence opening "By Saturday, ..."): it supersedes the count told before
it. "Raising" and "pushing" only of a toll: "raising concerns", "pushing the nation to famine"
update nothing."""
_WHOLE = re.compile(r"(?i)\b(?:in\s+total|in\s+all|all\s+told|altogether|overall|nationwide"
                    r"|countrywide|across\s+the\s+(?:country|nation))\b|\bacross\s+(?-i:[A-Z])")
"""Words that tell a count as the whole of an attack told in parts ("Two people were killed
at the hospital" then "Across Ukraine, at least 29 people were killed"; "In Kyiv, seven
were killed" then "In total, 29 died"): the part came first, the whole supersedes it."""


def tolls(text: str, unit: Unit, replaced: frozenset[int] = frozenset()) -> list[Toll]:
    """The killed and the injured that `unit` reports as news, at most one of each, and of the
    killed another voice's that "put the toll at" a figure after it (`_put_after`); a figure
    in `replaced` (see `superseded`) is not one."""
    lead = unit.start if unit.quote is None else max(line_start(text, unit.start), unit.start - 30)
    if not ANY_CASUALTY.search(text, lead, unit.end) or _goes_on(text, unit):
        return []  # a quotation may open with the count of a word before it (`_opened_on`)
    stated = toll_sentence(text, unit)  # a quoted toll is read in its sentence
    earlier = _EARLIER_REPORT.search(text, stated.start, stated.end)
    found: list[Toll] = []
    for toll in _stated(text, unit):
        if toll.count in replaced or (earlier is not None and earlier.start() < toll.position):
            continue
        start, end = clause(stated, toll.position)
        told = _reason(text, start, toll.position)
        if is_background(text, stated, toll.position) or unreal(text, told, end) or (
                OTHER_DAY.search(text, start, end) or _RETURNED.search(text, start, end)
                or _ASKED.search(text, told, end) or came_after(text, stated, toll.position)
                or _answered(text, stated, start, toll.position)):
            continue
        if tallied(text, stated, toll.position, (start, end)):
            continue
        if toll.count is None and (NUMBER.search(text, start, end) or in_general(stated)):
            continue  # its number may be one this reader cannot tie to the word
        found.append(toll)
    return found


_ASKED = re.compile(r"(?i)\bwhether\b")
"""An indirect question ("did not say whether the two commanders were killed", "unclear
whether anyone was hurt") asks what the toll was; it tells none. A clause of its own
("Whether or not the sirens sounded, five were killed") leaves the toll's clause alone."""
_ANSWERED = re.compile(r"(?i)\b(?:(?:in\s+)?(?:response|reply)\s+to"
                       r"(?!\s+(?:(?:an?|the|our|its)\s+)?(?:[\w'\u2019-]+\s+)?(?:questions?|quer(?:y|ies)|requests?|e?nquir(?:y|ies)"
                       r"|reporters|journalists)\b)"
                       r"|(?:in\s+)?(?:retaliation|revenge|reprisals?)\s+(?:for|against)"
                       r"|aveng(?:e|es|ed|ing))\b")
"""Words that name the event an attack answers: "retaliation for a raid that killed 30". Not
a source's answer to a question ("said in response to a Reuters query that 12 were killed")."""
_RELATIVE = re.compile(r"(?i)\s*(?:which|that|who)\b")


def _answered(text: str, unit: Unit, start: int, position: int) -> bool:
    """Whether the count at `position` (its clause opening at `start`) is the toll of the
    event the attack answers: told after "in response to", "retaliation for", "revenge for"
    in its own clause ("retaliation for a Ukrainian attack that killed 30", "revenge for the
    killing of 30 soldiers") or in the clause a "which" or "that" clause goes on from ("in
    response to strikes on Beirut, which killed 22"). Not a toll in a clause after an aside
    ("Strikes, launched in response to a raid, killed 30"): that is the answer's own. So too
    the toll of what the strike's target was blamed for (`deeds.deed_of_struck`)."""
    if _ANSWERED.search(text, start, position) or deed_of_struck(text, unit.start, position):
        return True
    if start <= unit.start or not _RELATIVE.match(text, start):
        return False
    before = clause(unit, start - 2)[0]
    return _ANSWERED.search(text, before, start) is not None


_OWN_EVENT = re.compile(rf"\b(?i:{STRIKE_NOUN}|{STRIKE_VERB}|operations?)\b|{TIME.pattern}")
"""What makes a sentence tell news of its own: a strike or an operation, or a time (as TIME
reads one: a capitalised name, so "10 may have died" names no day)."""


_BECAUSE = re.compile(r"(?i)\b(?:because|as)\s+(?=(?:some|many|several|most|dozens|scores)\b)"
                      r"(?!many\s+as\b)")
"""A reason told after a forecast: "the toll could rise because many of the wounded are in
critical condition" tells that there are wounded, whatever the forecast before it. Not "as
many as", a count's qualifier."""


def _reason(text: str, start: int, position: int) -> int:
    """Where the clause that states the toll at `position` begins: after a 'because' or
    'as' that gives the reason for a forecast, else `start`."""
    found = [m.end() for m in _BECAUSE.finditer(text, start, position)]
    return found[-1] if found else start


def _goes_on(text: str, unit: Unit) -> bool:
    """Whether the unit's sentence names no strike and no time of its own and follows, in
    its paragraph, a sentence of history's toll ("The war has killed 20,000 since 2023.
    Other estimates put the toll at 90,000."): its toll goes on with the war's."""
    start = sentence_start(text, unit, unit.start)
    before = sentence_start(text, unit, start - 1) if start else start
    if before == start or _OWN_EVENT.search(text, start, sentence_end(text, unit.end)):
        return False
    return bool(recalled(text, before, start)) and ANY_CASUALTY.search(text, before, start) \
        is not None


def _stated(text: str, unit: Unit) -> Iterator[Toll]:
    """Per kind, the first figure the unit gives, else none stated, else the mention."""
    zeros = _zeros(text, unit)
    for kind, (before, after, reported) in _CASUALTY.items():
        number = _number(text, unit, before, after) or _revised(text, unit, kind)
        if number is not None:
            updated = _UPDATED.search(unit.text) is not None or _WHOLE.search(unit.text) is not None
            yield Toll(kind, number_value(number), qualifier_before(text, number.start()),
                       number.start(), updated)
            if kind == "killed" and (other := _put_after(text, unit, number)) is not None:
                yield Toll(kind, number_value(other), qualifier_before(text, other.start()),
                           other.start(), updated)
        elif kind in zeros:
            yield Toll(kind, 0, None, zeros[kind])
        elif one := _ONE_VICTIM[kind].search(unit.text):
            yield Toll(kind, 1, None, unit.start + one.start())
        elif mention := reported.search(unit.text):
            yield Toll(kind, None, None, unit.start + mention.start())


def _zeros(text: str, unit: Unit) -> dict[CasualtyKind, int]:
    """The kinds of casualty the unit says there were none of, with where it says so."""
    zeros: dict[CasualtyKind, int] = {}
    for found in _NONE.finditer(text, unit.start, unit.end):
        if _IN_ONE_OF.match(text, found.end()):
            continue
        for word in (found.group("first"), found.group("second")):
            for kind in _NONE_WORDS.get((word or "").lower(), ()):
                zeros.setdefault(kind, found.start())
    return zeros


def _revised(text: str, unit: Unit, kind: CasualtyKind) -> re.Match[str] | None:
    """The new figure of a toll corrected in so many words ("revised from 95 to 84 the
    death toll"), when the unit's casualty words are of this kind only."""
    kinds = {k for k in KINDS if _CASUALTY[k][2].search(unit.text)}
    found = _REVISED.search(text, unit.start, unit.end)
    if found is None or kinds != {kind}:
        return None
    return NUMBER.match(text, found.end())


def quoted_toll(text: str, unit: Unit) -> bool:
    """Whether the quotation `unit` opens with a toll's count whose casualty word is the
    reporter's, just before the mark (put the toll at "more than 104", had killed "at least
    87 people"): the quotation is a phrase of the reporter's sentence, which tells the
    toll wherever in the article it stands, not a speaker's words."""
    return unit.quote is not None and any(
        _opened_on(text, unit, before) is not None for before, _, _ in _CASUALTY.values())


def toll_sentence(text: str, unit: Unit) -> Unit:
    """What states the toll `unit` reports: for a quoted toll (`quoted_toll`), the whole
    sentence, whose words around the quotation say what the count is ("killed") and of what
    ("since 2022"); else `unit` itself."""
    if not quoted_toll(text, unit):
        return unit
    start, end = sentence_start(text, unit, unit.start), sentence_end(text, unit.end)
    closing = text[end:end + 4]
    end += len(closing) - len(closing.lstrip(_CLOSING))
    return Unit(start, end, text[start:end], unit.paragraph, None)


_CLOSING = "\"\u201d\u2019).!?\u2026"
"""The marks that close a sentence, its full stop among them: the evidence of a toll keeps
them, as a sentence of the body has its full stop and a headline none (`toll_choice`)."""


def _opened_on(text: str, unit: Unit, before: re.Pattern[str]) -> re.Match[str] | None:
    """The count a quotation opens with (after its qualifier), its casualty word just before
    the quotation mark that parts them: killed "two people and wounded 80 others"."""
    for lead in before.finditer(text, line_start(text, unit.start), unit.start):
        if text[lead.end():unit.start] in ('"', "\u201c"):
            qualified = _QUALIFIED.match(text, unit.start)
            return NUMBER.match(text, qualified.end() if qualified else unit.start)
    return None


_PUT_AT_WORDS = (rf"(?i)(?<!\bwhich\s)(?<!\bthat\s)\bputs?\s+(?:the\s+|its\s+)?"
                 rf"(?:[\w-]+\s+)?(?:death\s+)?toll\s+at\s+{_QUALIFIER}")
"""A toll given by a voice of its own ("the civil defence put the toll at 19"), up to its
figure; not a rise's total ("three more died, putting the toll at 23", "which put the toll
at 23")."""
_PUT_AT = re.compile(_PUT_AT_WORDS + "$")
_PUT_AT_OPEN = re.compile(_PUT_AT_WORDS)
_A_RISE = re.compile(r"(?i)(?:another|a\s+further|an\s+additional)\s+$|^\s+(?:more|further"
                     r"|additional|others?)\b")
"""A count told as more of the toll ("three more died", "another two")."""


def _put_after(text: str, unit: Unit, first: re.Match[str]) -> re.Match[str] | None:
    """The toll another voice puts at its figure after `first` in the unit (`_put_by_another`):
    a rival of the first, which `rival_tolls` sets against it."""
    for put in _PUT_AT_OPEN.finditer(text, first.end(), unit.end):
        number = NUMBER.match(text, put.end())
        if number is not None and number_value(number) is not None and _put_by_another(
                text, unit, first, number):
            return number
    return None


def _put_by_another(text: str, unit: Unit, first: re.Match[str], put: re.Match[str]) -> bool:
    """Whether `put`, a toll a voice "put at" its figure (`_PUT_AT`), follows in the same
    sentence another voice's count `first` that is no rise ("The health ministry said 23
    were killed, while the civil defence put the toll at 19", "Residents said 40 died, but
    police put the death toll at 25"): two authorities, of which the first told stands, as
    it does across sentences (`toll_choice.outranks`)."""
    return first.start() < put.start() and _PUT_AT.search(
        text, max(unit.start, put.start() - 80), put.start()) is not None and not (
        _A_RISE.search(text, max(unit.start, first.start() - 16), first.start())
        or _A_RISE.match(text, first.end()))


_QUALIFIED = re.compile(rf"(?i){_QUALIFIER}")
"""A count's qualifier, or nothing: killed "at least 12 people"."""


def _number(text: str, unit: Unit, before: re.Pattern[str],
            after: re.Pattern[str]) -> re.Match[str] | None:
    """The number a casualty word counts ("killed 12", "12 people were killed"), unless
    it ends a range ("five to seven") or a list ("five adults and one child"), or opens a
    list of places' counts (`_PLACE_BY_PLACE`): the article then gives no one figure for
    the toll. Nor is a count of the gravely hurt
    (`_GRAVE`) the injured's. The same count told again qualified
    is the careful telling: a headline run into its lead ("Blast kills 42" then "rose to
    at least 42") keeps the lead's "at least"."""
    numbers = [n for lead in before.finditer(text, unit.start, unit.end)
               if (n := NUMBER.match(text, lead.end()))
               and not _GRAVE_BEFORE.search(text, max(unit.start, lead.start() - 16), lead.start())]
    if unit.quote is not None and (opened := _opened_on(text, unit, before)) is not None:
        numbers.append(opened)
    numbers += [n for n in numbers_in(text, unit.start, unit.end)
                if (word := after.match(text[n.end():unit.end]))
                and not _GRAVE_AFTER.search(word.group())
                and not _VICTIMS_AFTER.match(text, n.end() + word.end(), unit.end)]
    numbers.sort(key=lambda n: n.start())  # the first stated: a reply's toll comes after
    kept = [n for n in numbers if number_value(n) is not None
            and not _PART.search(text, max(unit.start, n.start() - 60), n.start())
            and not _NO_BEFORE.search(text, max(unit.start, n.start() - 4), n.start())
            and not _OF_THE_TOLL.match(text, n.end())
            and not _PLACE_BY_PLACE.match(text, n.end(), unit.end)]
    brought = [n for n in kept if _BROUGHT_TO.search(text, max(unit.start, n.start() - 80),
                                                     n.start())
               and not _put_by_another(text, unit, kept[0], n)]
    if brought:  # "three more died in hospital, bringing the toll to 23": 23 is the toll
        return brought[0]
    if not kept or qualifier_before(text, kept[0].start()) is not None:
        return kept[0] if kept else None
    return next((n for n in kept[1:] if number_value(n) == number_value(kept[0])
                 and qualifier_before(text, n.start()) is not None), kept[0])
