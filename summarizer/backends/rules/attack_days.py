"""The days of the attacks an article tells: which attack a dated fact joins, when the
undated news takes a date, which dates are history rather than news, and which counts
are the event's the news came after. Kept apart from `attacks`, which reads what each
attack was, and builds on these."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from summarizer.backends.rules.attack_cues import ASIDE, ATTACK_CUE, THE_ATTACK, TURNS
from summarizer.backends.rules.attackers import STRIKE_NOUN
from summarizer.backends.rules.background import is_background
from summarizer.backends.rules.earlier import anniversary_date, same_attack_day
from summarizer.backends.rules.named import named_news
from summarizer.backends.rules.replies import is_reply
from summarizer.backends.rules.reported import after_reaction
from summarizer.backends.rules.text import Unit, evidence, sentence_end, sentence_start
from summarizer.backends.rules.unit_times import time_near
from summarizer.models import Casualties, Evidence, WeaponCount
from summarizer.text.nights import dayless_night, ends_night
from summarizer.text.time import TIME, day_key, resolve

NEWS_DAYS = 6
"""Most days between an attack and a report of it as news; older dates are history. A
follow-up or a weekly names the weekday of an attack up to six days before ("on Tuesday
afternoon" in Saturday's report): a weekday name reaches no further back, so that is
still the news."""

_APART = re.compile(
    TURNS
    + r"|^\W*(?:it|this|that)\s+(?:comes?|came)\s+(?:[\w-]+\s+){0,3}?after\b"
    r"|\b(?:is|was)\s+the\s+latest\b")
"""A sentence that tells another attack than the news: "Separately, ...", "In another
attack, ...", "It comes after ...", "The attack is the latest ..., with ... on Saturday".
Not "Meanwhile, ...", which tells the same time: its day may still join the news's (an
aside of the same day on another place is `attack_cues.ASIDE`'s)."""

_EARLIER = re.compile(r"(?i)\b(?:after|since|following|before)\b")
"""A time told after "after" dates what came before the news ("vowed to retaliate after
India launched strikes on Wednesday"), not the news a report tells."""


_RECALLS = re.compile(rf"(?i)\bthe\s+(?:[\w-]+\s+){{0,2}}?{STRIKE_NOUN}\b")
"""The attack named as one told before ("officials said the attack was carried out by"): the
sentence that dates only its report tells of an attack the lede told."""
_AFTER_IT = re.compile(rf"(?i)(?:after|following)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?"
                       rf"{STRIKE_NOUN}\b")
"""An attack told as what a toll followed ("80 residents lost their lives following a drone
attack on Sunday"): the lede's attack itself, not an earlier one as "after Hezbollah fired
rockets on Friday" tells."""


def turns_apart(unit: Unit) -> bool:
    """Whether the unit opens by turning to another attack than the one told before it
    ("In a separate attack, five were killed in Zorinsk"): what it tells is of that attack,
    which it names or dates itself, or of none the rules can settle."""
    return re.match(TURNS, unit.text) is not None


def told_apart(unit: Unit) -> bool:
    """Whether the unit says it tells an attack other than the news: its day, even a day
    beside the news's, is that attack's, and its facts do not join the news."""
    return _APART.search(unit.text) is not None


_CAME_AFTER = re.compile(r"(?i)\b(?:(?:comes?|came|coming)\b(?:\s+[\w-]+){0,4}?\s+"
                         r"(?:after|following)|(?<!\bthat\s)(?<!\bwhich\s)followed(?=\s+(?!by\b)\w))\b")
"""The news told as following an earlier event, however long before ("the retaliation came
amid tensions after an air strike killed two", "the operation comes after strikes on Tuesday
that killed two children", "the strikes followed an attack that killed two"; not what came
next: "followed by", "the fire that followed"): a count told after these words is that
event's."""


def came_after(text: str, unit: Unit, position: int) -> bool:
    """Whether the count at `position` is told of the event the news came after (`_CAME_AFTER`
    before it in its sentence). A sentence told apart that dates that event ("It comes after
    Israeli shelling on Friday killed 25") gives it an attack of its own (`told_apart`): the
    count is that attack's."""
    sentence = sentence_start(text, unit, unit.start)
    after = _CAME_AFTER.search(text, sentence, position)
    return after is not None and not (
        told_apart(unit) and TIME.search(text, after.end(), sentence_end(text, position)))


@dataclass
class Draft:
    time: str | None
    day: str
    """The date key (ISO date, or the words of a time that does not resolve)."""
    evidence: Evidence
    paragraph: int
    """The paragraph that tells it: one of the article's opening paragraphs, it is news even
    undated (`attacks.LEAD`)."""
    attacker: str | None = None
    targets: list[str] = field(default_factory=list)
    weapons: dict[str, WeaponCount] = field(default_factory=dict)
    regions: list[str] = field(default_factory=list)
    casualties: dict[str, Casualties] = field(default_factory=dict)
    rivals: dict[str, Casualties] = field(default_factory=dict)
    """Another authority's toll per kind, set against `casualties`' (`rival_tolls`)."""
    follows: Draft | None = None
    """The attack this one followed, whose attacker and targets it has when it names none."""
    apart: bool = False
    """Whether its first sentence turns to it from the attack told before ("In another attack,
    ..."): told with no attacker of its own, it is the article's one side's (`one_side`)."""
    reported: str | None = None
    """When its first sentence says it was reported ("officials said on Friday that ..."):
    its date when the article gives no other, as a report tells the news of its day."""


class AttackDays:
    def __init__(self, text: str, published: dt.date | None) -> None:
        self.text = text
        self.published = published
        self.drafts: dict[str, Draft] = {}
        self.anchor: str | None = None
        """The first attack the article names: its news, which undated facts join."""

    def _key(self, when: str | None, apart: bool = False) -> str | None:
        """Drafts are keyed by date. A fact dated within a day of the anchor joins it: an
        overnight attack is told as "overnight", "on Friday" and "said on Thursday". A night
        reaches into the next day only, a morning back into the night before: "On Saturday,
        a missile struck Odesa" told after Sunday night's attack is another attack, as is
        one told `apart` ("Separately, gunmen attacked a school on Friday"). A fact dated
        the day of an attack the article already tells joins that one. A news told first
        by a night that names no day ("an overnight drone attack") takes the morning a later
        sentence names for it ("In the early hours of Sunday, a drone hit the base"): the
        article's own word, not the publication day, dates it."""
        if not when:
            return None
        day, date = day_key(when, self.published), resolve(when, self.published)
        if date is None or any(d.day == day for d in self.drafts.values()):
            return day  # "Indian strikes on Wednesday killed 31": Wednesday's
        first = self.drafts[self.anchor] if self.anchor else None
        if not apart and first is not None and first.day[:4].isdigit() and same_attack_day(
                first.time, (date - dt.date.fromisoformat(first.day)).days):
            if dayless_night(first.time) and ends_night(when):
                first.day, first.time = day, when  # "overnight", then "early hours of Sunday"
            return first.day
        return day

    def _day_of(self, unit: Unit, position: int, base: str | None
                ) -> tuple[str | None, str | None] | None:
        """The day key and time of what the unit tells at `position`, None for history or
        an attack recalled from before the news; history too when the unit's only time is
        a report's weeks before the article ("On April 2, officials reported that 120 were
        killed"): a count reported then is not the news's. A date told of the `base` draft, the
        news still undated, dates the news, unless the sentence tells another attack."""
        when = self._event_time(unit, position)
        apart = told_apart(unit)
        if self._history(when or time_near(self.text, unit, position)) or self._recalled(
                when, apart, rival=base is None and self.anchor is not None):
            return None
        day = self._key(when, apart or self._before_reply(unit))
        if (day is not None and base is not None and self.drafts[base].day == "undated"
                and not apart):
            if self._answered_by_day(named_news(unit)):
                return None  # the reply's or the attack it answered: no attack's
            self._date_news(day, when)
        return day, when

    def _answered_by_day(self, named: tuple[int, str | None] | None) -> bool:
        """Whether a unit that names an attack by its day (`named`, from `named.named_news`:
        "Saturday's rocket attack killed 12 children") is told while the news is told as a
        reply ("struck Beirut, days after vowing to retaliate over a deadly attack"): the
        article tells the attack the news answers too, and the name fits that one as well:
        its day does not date the news, and what it counts is of neither (precision first)."""
        return named is not None and named[1] is not None and self._news_replies()

    def _before_reply(self, unit: Unit) -> bool:
        """Whether the unit is told before the sentence that named the first attack, and that
        attack is a reply: a strike told first on a day of its own ("12 were killed on
        Saturday when a rocket hit a pitch") is what the reply named after it answered ("In
        response, Israel struck Lebanon early Sunday"), not the reply's night, which the
        night's reach is for."""
        first = self.drafts.get(self.anchor or "")
        return first is not None and unit.start < (first.evidence.start or 0) and (
            self._news_replies())

    def _news_replies(self) -> bool:
        """Whether the sentence that named the first attack tells it as a reply
        (`replies.is_reply`)."""
        first = self.drafts.get(self.anchor or "")
        return first is not None and is_reply(self.text, first.evidence.start or 0,
                                              first.evidence.end or 0)

    def _new(self, key: str, when: str | None, day: str, unit: Unit) -> Draft:
        draft = self.drafts[key] = Draft(when, day, evidence(self.text, unit.start, unit.end),
                                          unit.paragraph)
        self.anchor = self.anchor or key
        return draft

    def _aside(self, unit: Unit, key: str, targets: list[str], attacker: str | None) -> str:
        """The draft a sentence told as an aside joins ("Meanwhile, a drone struck Zorinsk"):
        its own when it names a target the attack of its day does not have, so that each
        attack keeps its own place and toll; else the one of its day, `key`. A sentence that
        turns to another attack ("In a separate attack, two died in Zorinsk after a Russian
        airstrike") and names who struck tells one of its own, whatever it names: it says
        it is not the attack of its day. It is news as that attack is: of its day, or, when
        the article dates neither, told with it in the opening paragraphs (the merge dates
        both from other outlets)."""
        other = self.drafts.get(key)
        if other is not None and attacker is not None and turns_apart(unit):
            own = f"{other.day}|{attacker}|{unit.start}"
            draft = self._new(own, other.time, other.day, unit)
            draft.targets, draft.paragraph = list(dict.fromkeys(targets)), other.paragraph
            return own
        if other is None or not targets or set(targets) & set(other.targets) or not ASIDE.match(
                unit.text):
            return key
        own = f"{other.day}|{attacker or other.attacker}|{targets[0]}"
        if own not in self.drafts:
            draft = self._new(own, other.time, other.day, unit)
            draft.targets, draft.follows = list(dict.fromkeys(targets)), other
        return own

    def _date_told(self, unit: Unit) -> None:
        """The news, told first with only the day it was reported ("the toll from an
        Israeli airstrike has risen to 31, the minister said on Saturday"), takes the day a
        sentence about it gives ("The strike hit a crowded neighbourhood on Friday")."""
        first = self.drafts[self.anchor] if self.anchor else None
        when = self._event_time(unit, unit.start) if THE_ATTACK.match(unit.text) else None
        if (first is None or first.day != "undated" or when is None or self._history(when)
                or told_apart(unit)):
            return
        day = self._key(when)
        if day is not None and day[:4].isdigit():
            self._date_news(day, when)

    def _date_by_name(self, unit: Unit) -> None:
        """The undated news takes the time of a sentence that names it by its noun alone
        ("The attack took place ... on Saturday evening", "Tuesday's raid"; see `named`), unless
        the news is a reply and the sentence names an attack by its day (`_answered_by_day`)."""
        first = self.drafts.get(self.anchor or "")
        named = named_news(unit)
        if first is None or first.day != "undated" or named is None or told_apart(unit) or (
                self._answered_by_day(named)):
            return
        when = named[1] or self._event_time(unit, named[0])
        day = self._key(when)
        if day is not None and day[:4].isdigit() and not self._history(when):
            self._date_news(day, when)

    def _date_by_report(self, units: list[Unit]) -> None:
        """The news dated only by the day it was reported ("police said Wednesday gunmen
        killed four") takes the time a later sentence about an attack gives in the days up to
        that report ("the gunmen stormed the village on Tuesday"): the report's day dates the
        report, and the strike it tells came within days before it. A report of "the attack"
        may date it by the lede of its paragraph too, which told it without naming who struck
        or what ("12 residents lost their lives following a drone attack ... on Sunday. The
        government yesterday said the attack was carried out by ..."). Not a sentence that
        told an attack of its own ("Hamas said on Monday it fired rockets at Tel Aviv. On
        Sunday, Israeli strikes killed five in Rafah"): its time is that attack's."""
        news = self.drafts.get(self.anchor or "")
        told = resolve(news.reported, self.published) if news and news.reported else None
        if news is None or told is None or news.day != "undated":
            return
        start = news.evidence.start or 0
        for unit in units:
            lede = unit.end <= start and unit.paragraph == news.paragraph and _RECALLS.search(
                self.text, start, news.evidence.end or start) is not None
            if (not (unit.start > start or lede) or unit.quote is not None
                    or not ATTACK_CUE.search(unit.text) or told_apart(unit)
                    or is_background(self.text, unit, unit.start)):
                continue
            when = self._event_time(unit, unit.start)
            date = resolve(when, self.published) if when else None
            earlier = _EARLIER.search(unit.text, 0, unit.text.find(when or ""))
            if (date is not None and 0 <= (told - date).days <= NEWS_DAYS and (
                    earlier is None or (lede and _AFTER_IT.match(unit.text, earlier.start())))
                    and not any(d is not news and d.evidence.start == unit.start
                                for d in self.drafts.values())):
                self._date_news(date.isoformat(), when)
                return

    def _date_news(self, day: str, when: str | None) -> None:
        """The news and the replies told with it, undated so far, take the first date a
        sentence about them gives ("Hamas said it fired rockets. ... On Sunday, ...")."""
        for draft in self.drafts.values():
            if draft.day == "undated":
                draft.day, draft.time = day, when

    def _history(self, when: str | None) -> bool:
        """Whether a time dates history the article recalls (October 7, "last Friday's
        raid", the day and month an anniversary marks) rather than the news: a report comes
        within days of its attack."""
        date = resolve(when, self.published) if when else None
        return date is not None and self.published is not None and (
            (self.published - date).days > NEWS_DAYS or anniversary_date(self.text, when))

    def _recalled(self, when: str | None, apart: bool, rival: bool = False) -> bool:
        """Whether a time dates an attack the article recalls from before its news: a day
        earlier than the news's, out of the night's reach and told of no attack the article
        already has ("A double bombing killed 43 on Monday" after Wednesday's blast), unless
        the sentence says it tells another attack ("It comes after ... on Friday"), or it is
        the `rival` side's, the day before: the strike the news answered ("Israel struck
        Hodeidah on Saturday ... A drone attack on Tel Aviv on Friday had been attributed to
        the Houthis"), which reports tell with its own day and toll."""
        first = self.drafts.get(self.anchor or "")
        date = resolve(when, self.published) if when else None
        if apart or date is None or first is None or not first.day[:4].isdigit():
            return False
        days = (date - dt.date.fromisoformat(first.day)).days
        return days < 0 and not (rival and days == -1) and not same_attack_day(
            first.time, days) and not any(d.day == date.isoformat() for d in self.drafts.values())

    def _event_time(self, unit: Unit, position: int) -> str | None:
        """The time the unit gives to what it tells at `position`: when it tells a reaction
        to the attack, only a time told after the reaction ("condemned Russia's attack on
        Kyiv overnight"); the one before it is the reaction's ("Trump on Tuesday
        responded")."""
        told = after_reaction(unit)
        return time_near(self.text, told, max(position, told.start), saying=False)
