"""Exchange stages, running totals and the agreed deal, from counted people.

Who released whom is read from the sentence in this order: a symmetric swap
("each", "in exchange for as many", "Russians and Ukrainians") frees the same
number on both sides; an explicit releaser, jailer or receiver (`sides`); else
the nationality of the people ("307 Ukrainian defenders returned" were released
by Russia); where the article names one side only, a release it tells that side
or the captors doing (`releasers.alone`) is theirs, and nobody is named as receiving
it; so is a release of people of neither side by their captors, named after them
("ten sailors held hostage by X were freed": `releasers.captor`). A group none of
these settles is left out, and so is one the sentence only plans, demands or
conditions ("is expected to free", "if they are not freed"), one it dates in
history, or one it qualifies ("more than 240").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from summarizer.backends.rules.categories import breakdown_category
from summarizer.backends.rules.deal import (
    N_FOR_N,
    Deal,
    DealReader,
    Share,
    deal_terms,
    planned,
    sought,
    swap_done,
    told_freed,
)
from summarizer.backends.rules.freed import FREED, FREED_AFTER
from summarizer.backends.rules.groups import (
    Group,
    casualty,
    group_qualifier,
    groups,
    kinds,
    noun,
    rate,
)
from summarizer.backends.rules.history import History
from summarizer.backends.rules.numbers import Count
from summarizer.backends.rules.parts import attach, parts
from summarizer.backends.rules.releasers import (
    CAME_HOME,
    RECEIVED,
    RELEASE_VERB,
    alone,
    captor,
    combined,
    releaser,
)
from summarizer.backends.rules.sides import Sides
from summarizer.backends.rules.stages import Found, assemble
from summarizer.backends.rules.text import Unit, clause, evidence, sentence_start
from summarizer.backends.rules.totals import TotalReader, running
from summarizer.backends.rules.unit_times import time_closest, time_near
from summarizer.models import (
    Agreement,
    BreakdownItem,
    CumulativeTotal,
    Evidence,
    ExchangeStage,
    Release,
)
from summarizer.text.gazetteer import Places
from summarizer.text.modality import unreal
from summarizer.text.numbers import NUMBER, number_value, qualifier_before
from summarizer.text.openings import opened
from summarizer.text.released import NOT_A_THING
from summarizer.text.time import resolve

EXCHANGE_CUE = opened(re.compile(
    rf"(?i)\b(?:exchang\w*|swap\w*|releas{NOT_A_THING}\w*|freed|free"
    r"|returned|return"
    r"|home|handed\s+(?:over|back)|sent\s+back|repatriat\w*|brought\s+back|captivity"
    r"|prisoners?|transferred|received|got\s+back"
    r"|hostages?|POWs?|detainees?|captives?)\b"))
_SYMMETRIC = re.compile(r"(?i)\b(?:each|apiece|both\s+sides|the\s+two\s+sides|each\s+side"
                        r"|one\s+another|each\s+other|as\s+many(?!\s+as)|same\s+number|equal\s+number)\b")
_SPEAKER_DAY = re.compile(r"(?i)\b(?:today|yesterday|tonight|last\s+night|this\s+\w+)\b")
_RATE = re.compile(r"(?i)\s(?:a|per|each|every)\s+(?:day|week)\b|\sdaily\b")
_NOT_YET = re.compile(r"(?i)\b(?:(?:as|so)\s+long\s+as|provided|open\s+to|want\w*"
                      r"|urg(?:e|es|ed|ing)|offer\w*|hop(?:e|es|ed)|delay\w*|postpon\w*|meant\s+to|expected\s+to"
                      r"|due\s+to|not\s+(?:be\s+)?(?:released|freed))\b")
"""Beyond `unreal` (threats, plans, conditions, demands, denials before the count): a release
hoped for, offered, delayed or expected anywhere in its clause ("20 hostages are expected to
be freed", "the release of 620 prisoners was delayed")."""
_UNSURE = frozenset({"more than", "about", "nearly", "fewer than"})
"""A release told as "more than 240" or "about 70" is not a count of it ("at least 12" and
"as many as 12" are: the article gives the number itself)."""
_EARLIER_EXCHANGE = re.compile(r"(?i)\b(?:most\s+recent|previous|prior|earlier)\s+(?:[\w-]+\s+)?"
                               r"(?:exchange|swap|release|round|handover)s?\b")
_RECAP = re.compile(r"(?i)\s*(?:The|Its|Their)\s+(?:first|second|third|fourth|fifth|sixth|last"
                    r"|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?(?:exchange|swap|handover)\b")
"""A sentence that opens on one exchange of a series ("The first exchange took place Sunday
with ...", "The last swap, on Tuesday, saw ..."): when it dates that exchange on another day
than the lead's release, it recalls an earlier exchange, not the article's news."""
_GAPPED = re.compile(r"(?i)\s*(?:,\s*)?(?:and|while|with)\s")
_VERB = re.compile(rf"(?i)\b(?:{FREED}|received|welcomed|brought|got|will|would|to|is|are|was"
                   r"|were|has|have|had)\b")
"""A clause joined to the one before with no verb of its own ("Hamas is due to free three
hostages, and Israel 369 prisoners"): the verb of the clause before, and its plan, govern it."""
_HOMECOMING = re.compile(r"(?i)\b(?:came|come|comes|coming)\s+(?:back\s+)?home\b"
                         r"|\bfrom\s+(?:[\w'\u2019-]+\s+){0,2}?captivity\b")
"""People told coming home ("307 soldiers had come home from Russia's captivity, including 15 who
were seriously wounded"): the wounded are returnees described by a property, not an attack's."""
_WHOLE_SPAN = re.compile(r"(?i)\b(?:over\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five"
                         r"|several|\d+)\s+days|(?:two|three|four|five|\d+)-day|in\s+(?:(?:two"
                         r"|three|four|several|\d+)\s+)?stages)\b")
_DAY_OF_SERIES = re.compile(r"(?i)\b(?:first|second|third|fourth|fifth|final|last)\s+day\b")
_SWAP_OF = re.compile(r"(?i)\b(?:swap|exchange)\s+(?:of|involving)\s+(?:a\s+total\s+of\s+)?$")
"""A swap told as the whole of several days, or one day of it, and the count of a swap a day is
of (`ExchangeReader._whole`)."""
_EXTRA_BEFORE = re.compile(r"(?i)\b(?:also|in\s+addition|goodwill)\b")
_EXTRA_COUNT = re.compile(r"(?i)\b(?:another|more|other|additional|further)\b")
"""Words that add a count to another release, which stand with it ("three more", "another 31",
"a further 12"): "Hamas has released three more hostages in exchange for the freeing of 183"
adds the three, not the 183."""
_EXTRA_AFTER = re.compile(r"(?i)^[^.;]{0,60}?\b(?:outside\s+(?:of\s+)?the\s+(?:exchange|swap|deal)"
                          r"|as\s+well|(?:were|was|have|has|had)\s+also)\b")
"""A group the sentence adds to another release of its side: "six more", "another 31 were
released outside of the exchange", "also, 31 wounded ... in exchange for 15 wounded",
"thirteen captives were also released"."""
_EXCHANGE_EVENT = re.compile(r"(?i)\b(?:exchanged|swapped|(?:prisoner|POW|hostage|captive)s?"
                             r"(?:-of-war)?\s+(?:exchange|swap|release)|exchange|swap)\b")
"""Words that name the exchange itself, which a time expression beside them dates."""
_DONE_AFTER = re.compile(r"(?i)\b(?:after|once|when|because|as)\s+(?:[\w'\u2019-]+\s+){0,4}?"
                         rf"{FREED}\s+")
"""A clause of what was done, inside a sentence of what was planned: "Israel had planned to
release 620 prisoners after Hamas freed six hostages on Saturday"."""
_DONE_ON = re.compile(r"(?i)\b(?:after|once|when|because|as)\s+(?:the\s+)?$")
"""The same clause told in the passive, its people first: "... after six hostages were freed"."""
_PART_OF = re.compile(r"(?i)\b(?:among|includ\w*|of\s+(?:them|whom|those|these))\b")
"""A group told as some of the people freed ("Among the freed hostages are ..."): a part
of a release, never a release of its own nor an addition to one."""
_UNDER_WAY = re.compile(r"(?i)\b(?:began|begun|begins|begin|started|starts|under\s*way)\b")
"""A release told as under way ("Hamas began releasing captives on Monday"): the counts that
follow are its first handovers, not the day's release."""
_QUOTED_ON = re.compile(r"\s*[\u201c\"]")
"""A sentence that goes on in quotation marks ("246 servicemen were “returned from Kyiv”"):
its release words are in the quote."""
_ENDED = re.compile(r"[.!?:\"\u201d\u2019']\s*$")
"""A sentence told to its end: the lead is the first paragraph of one, not a page's headline
('Calls to extend truce grow as captives released'), a line of no sentence punctuation."""
_WHILE = re.compile(r"(?i)\s*(?:while|whereas)\b")
"""A clause set beside the one before it: "Russia received 246 servicemen, while 15 wounded
were transferred from Ukraine" (the 15 are not among the 246)."""


class ExchangeReader:
    """Reads one article's exchange: call `read` with its units and counted people."""

    def __init__(self, text: str, published: dt.date | None, places: Places) -> None:
        self.text = text
        self.published = published
        self.history = History(text, published)
        self.places = places
        self.sides: Sides
        """Built once, by `read`, from the sentences about the exchange (building it costs a
        pass over every place the article names)."""
        self.lead = -1
        """The article's first paragraph: its news."""

    def read(self, units: list[Unit], people: dict[int, list[Count]]
             ) -> tuple[Agreement | None, list[ExchangeStage], list[CumulativeTotal]]:
        relevant = [u for i, u in enumerate(units) if EXCHANGE_CUE.search(u.text) or (
            i + 1 < len(units) and _QUOTED_ON.match(self.text, u.end, units[i + 1].start)
            and units[i + 1].paragraph == u.paragraph and EXCHANGE_CUE.search(units[i + 1].text))]
        self.sides = Sides(self.text, self.places, relevant, self.history.background)
        self.lead = self._news_paragraph(units, relevant, people)
        told = TotalReader(self.text, self.places, self.sides, self.history.background)
        releases: list[Found] = []
        totals: list[CumulativeTotal] = []
        deals: list[Deal] = []
        shares: list[Share] = []
        freeing: dict[str, set[str]] = {}
        described = [p for u in units for p in parts(self.text, u, people.get(u.start, []))]
        for unit in relevant:
            for found in N_FOR_N.finditer(self.text, unit.start, unit.end):
                if found.group(1) != found.group(2) or sought(self.text, unit, found.start()):
                    continue
                each = int(found.group(1).replace(",", ""))
                if swap_done(self.text, unit, found.start()) and not self._whole(
                        unit, found.start(), each):
                    releases.extend(self._swap(unit, found.start(), each))
                else:
                    deals.append(Deal(unit, None, each, True))
            counted = people.get(unit.start, [])
            totals.extend(told.stated(unit, counted))
            previous: str | None = None
            for group in groups(self.text, unit, counted, self.history.background):
                if planned(self.text, unit, group):
                    if sought(self.text, unit, group.start) or any(
                            rate(self.text, unit, c) for c in counted):
                        continue  # "30 prisoners per hostage and 50 for each soldier": the
                        # deal's formula, whose every number is a rate
                    deal, share = deal_terms(self.text, unit, group, self.sides)
                    deals.append(deal)
                    shares.extend([share] if share else [])
                elif self._unsure(unit, group, counted):
                    continue
                elif (so_far := running(self.text, unit, group, self.history)) is not False:
                    kinds = {noun(Group([i], [], False, unit)) for i in group.items}
                    if so_far and not group.restated and (
                            len(kinds) == 1 or releaser(self.sides, group, None)):
                        totals.append(told.of_group(group))  # not "18 hostages and 583
                        # prisoners" freed, but "Hamas has released 61 Israelis and 20 Thais"
                elif self._whole(unit, group.start, group.count):
                    deals.append(deal_terms(self.text, unit, group, self.sides)[0])
                else:
                    freed = self._releases(group, previous)
                    releases.extend(freed)
                    for one in freed:
                        if one.release.released_by and not one.symmetric:
                            freeing.setdefault(noun(group), set()).add(one.release.released_by)
                    previous = freed[0].release.released_by if len(freed) == 1 else None
        home = Counter(f.release.received_by for f in releases
                       if f.release.received_by and not f.symmetric).most_common(1) or Counter(
            f.release.received_by for f in releases if f.release.received_by).most_common(1)
        receiving = {f.release.evidence.start: f.release.received_by for f in releases
                if f.release.evidence and f.release.received_by and not f.symmetric}
        for total in totals:  # "33 were freed on Monday, bringing the total to 150": 150 of
            total.received_by = total.received_by or receiving.get(  # the side that got the 33
                total.evidence.start if total.evidence else None) or (home[0][0] if home else "")
        releases = self._without_recaps(releases, relevant)
        stages = assemble(releases, self.published, self._anchor(relevant))
        attach(self.text, described, stages, units)
        for total in totals:
            if total.as_of_expression is None and stages:
                total.as_of_expression = stages[-1].time_expression  # "so far": after the last
        unique = {(t.as_of_expression, t.count): t for t in totals if t.received_by}
        agreement = DealReader(self.text, self.places, self.sides, self.history.background).read(
            units, deals, shares, freeing)
        return agreement, stages, list(unique.values())

    def _without_recaps(self, releases: list[Found], relevant: list[Unit]) -> list[Found]:
        """The releases less those of a recap sentence (`_RECAP`) dated on a day on which the
        article's lead tells no release: "Hamas on Saturday released four soldiers. The first
        exchange took place Sunday with the release of three hostages" recalls last Sunday's.
        An article whose lead dates no release keeps them all: nothing tells which is news."""
        recaps = {u.start for u in relevant if _RECAP.match(u.text)}
        news = {resolve(f.when, self.published) for f in releases
                if f.lead and f.when and f.release.evidence
                and f.release.evidence.start not in recaps}
        news.discard(None)
        if not news:
            return releases
        return [f for f in releases if not (
            f.when and f.release.evidence and f.release.evidence.start in recaps
            and resolve(f.when, self.published) not in news)]

    def _whole(self, unit: Unit, at: int, count: int) -> bool:
        """Whether the count at `at` is a swap of several days told whole, the deal's number
        rather than a day's: its clause spans the days ("1,000 each over three days", "a
        three-day swap of 1,000"), or another clause of its sentence gives a smaller count as
        one day's ("completed a 1,000-for-1,000 swap on Sunday, exchanging 303 each on the
        final day"; not "390 each on Friday, the first day of a swap of 1,000")."""
        start, end = clause(unit, at)
        if _DAY_OF_SERIES.search(self.text, start, end):  # "390 each on Friday, the first day
            return bool(_SWAP_OF.search(self.text, start, at))  # of a swap of 1,000 each", not
            # "303 each on Sunday, the last day of a three-day swap"
        if _WHOLE_SPAN.search(self.text, start, end):
            return True
        for day in _DAY_OF_SERIES.finditer(self.text, unit.start, unit.end):
            day_start, day_end = clause(unit, day.start())
            if day_start != start and any(
                    (v := number_value(n)) is not None and v < count
                    and not self.text.startswith("-", n.end())  # not "a three-day swap"
                    for n in NUMBER.finditer(self.text, day_start, day_end)):
                return True
        return False

    @staticmethod
    def _news_paragraph(units: list[Unit], relevant: list[Unit],
                        people: dict[int, list[Count]]) -> int:
        """The paragraph that tells the article's news: its lead, the first paragraph told in
        sentences ('Calls to extend truce grow as captives released' is a headline), unless
        the lead tells a release done in words alone ('Hamas freed the first group of
        hostages'): then the first paragraph after it that counts people, which tells the
        same release in figures. A release the lead tells as under way ('began releasing
        captives') keeps its lead: the counts that follow are its first handovers."""
        lead = next((u for u in units if _ENDED.search(u.text)), None)
        if lead is None:
            return -1
        told = [u for u in units if u.paragraph == lead.paragraph]
        if not any(u in relevant for u in told) or any(
                people.get(u.start) or _UNDER_WAY.search(u.text) for u in told):
            return lead.paragraph
        return next((u.paragraph for u in relevant
                     if u.paragraph > lead.paragraph and people.get(u.start)), lead.paragraph)

    def _anchor(self, units: list[Unit]) -> str | None:
        """When the article's exchange took place, from the first sentence in its own words
        that dates an exchange, with or without its numbers ("Russia and Ukraine on Saturday
        held a large prisoner exchange"): the undated releases it goes on to count are of
        that day."""
        for unit in units:
            cue = _EXCHANGE_EVENT.search(unit.text)
            if cue is None or unit.quote is not None:
                continue
            at = unit.start + cue.start()
            start, end = clause(unit, at)
            when = time_near(self.text, unit, at)
            if when and not (self.history.background(unit, at) or unreal(self.text, start, end)
                             or _NOT_YET.search(self.text, start, end)
                             or _UNDER_WAY.search(self.text, unit.start, at)):
                return when
        return None

    def _releases(self, group: Group, previous: str | None, held: str | None = None) -> list[Found]:
        """The releases a group tells; `held` names the side holding all its people, when the
        group is one part of a list of both sides' people."""
        lone = alone(self.sides, group) if len(self.sides.parties) != 2 else None
        if len(self.sides.parties) != 2 and lone is None:
            return []
        start, end = clause(group.unit, group.start)
        words = self.text[start:end]
        nations = self.sides.owners(group)
        split = [(Group([i], [], False, group.unit), self.sides.owners(Group([i], [], False,
                                                                          group.unit)))
                 for i in group.items] if held is None and len(group.items) > 1 else []
        if split and all(len(o) == 1 for _, o in split) and len(nations) == 2:
            # "the release of three Israeli hostages and 90 Palestinian prisoners": each side
            # freed the other's people, not both sides all of them
            return [f for one, (owner,) in split
                    for f in self._releases(one, previous, self.sides.other(owner))]
        done = [m.start() for m in _DONE_AFTER.finditer(self.text, start, group.start)]
        passive = _DONE_ON.search(self.text, start, group.start)
        if passive and FREED_AFTER.match(self.text, group.items_end, end):
            done.append(passive.start())
        real = max([start, *done])  # "planned to free 620 after Hamas freed six": six were freed
        if _GAPPED.match(self.text, start, group.start) and not _VERB.search(
                self.text, start, end):  # "Hamas is due to free three, and Israel 369": the
            real = sentence_start(self.text, group.unit, group.start)  # plan is the 369's too
        later = group.start if told_freed(self.text, group.unit, group) else end  # "freed 13 and
        if unreal(self.text, real, group.start) or _NOT_YET.search(self.text, real, later):
            return []  # is expected to release more on Saturday": the 13 were freed
        symmetric = lone is None and held is None and (
            bool(_SYMMETRIC.search(words)) or len(nations) == 2)
        if held:
            by = [held]
        elif lone or symmetric:
            by = [lone] if lone else list(self.sides.parties)
        elif combined(self.sides, group):
            return []
        else:
            freer = releaser(self.sides, group, previous)
            if freer in group.nations() | nations:
                return []  # "in return for 27 Palestinian prisoners": not freed by Palestine
            if freer is None and len(nations) == 1:
                other = self.sides.other(nations.pop())
                freer = other if other in self.sides.named else None  # not "Yemeni rebels"
            if freer is None and not nations:  # "10 sailors held hostage by X were freed":
                freer = captor(self.sides, group)  # X freed them, whoever received them
            by = [freer] if freer else [""] if len(group.items) > 1 or group.parts else []
        when = time_near(self.text, group.unit, group.start) or (
            time_closest(self.text, real, end, group.start) if real > start else None)
        if when and group.unit.quote is not None and _SPEAKER_DAY.search(when):
            when = None  # "today" in a quote is the day it was said, not the publication date
        breakdown = [BreakdownItem(category=breakdown_category(c.head), count=c.value,
                                   qualifier=qualifier_before(self.text, c.start),
                                   evidence=self._evidence(group))
                     for c in kinds(group)]
        before = self.text[start:group.start]
        after = self.text[group.items_end:group.items_end + 100]
        received = bool(RECEIVED.search(before) or CAME_HOME.match(after))
        sentence = sentence_start(self.text, group.unit, group.start)
        counted = [n.end() for n in NUMBER.finditer(self.text, sentence, group.start)]
        part = bool(_PART_OF.search(self.text, max([sentence, *counted]), group.start))
        got = list(RECEIVED.finditer(self.text, sentence, start)) if not received and (
            _WHILE.match(self.text, start)) else []
        receivers = [self.sides.side(m) for m in self.places.between(sentence, got[-1].start())
                     ] if got else []
        # "Kyiv brought home 95, while Moscow said 84 Russians were freed": the 84 are the
        # other side's release, beside Kyiv's count but no addition to it
        beside = {p: bool(got) and (not receivers or receivers[-1] in (None, self.sides.other(p)))
                  for p in by}
        extra = not received and not part and bool(
            _EXTRA_BEFORE.search(self.text, sentence, group.items_end)
            or _EXTRA_COUNT.search(self.text, max([sentence, *counted, group.start - 20]),
                                   group.items_end)
            or _EXTRA_AFTER.match(after))
        return [Found(when, Release(released_by=party, received_by=self.sides.other(party),
                                     count=group.count, qualifier=group_qualifier(self.text, group),
                                     breakdown=breakdown,
                                     breakdown_complete=group.complete and bool(breakdown),
                                     evidence=self._evidence(group)),
                       group.unit.quote is not None, symmetric, self._category(group),
                       beside[party] or extra, received, part, self._news(group, party),
                       beside[party]) for party in by]

    def _swap(self, unit: Unit, position: int, each: int) -> list[Found]:
        """Each side's release in an N-for-N swap told as done."""
        when = time_near(self.text, unit, position)
        return [Found(when, Release(released_by=party, received_by=self.sides.other(party),
                                    count=each, evidence=evidence(self.text, unit.start, unit.end)),
                      unit.quote is not None, True, lead=unit.paragraph == self.lead)
                for party in self.sides.parties]

    def _news(self, group: Group, party: str) -> bool:
        """Whether the release is told in the article's first paragraph, its news, with
        its people of no side the article names but the one receiving them: 'the Taliban
        government of Afghanistan announced the release of two American citizens' is not
        received by the Taliban, whichever sides the article seemed to pit."""
        received = self.sides.other(party)
        return group.unit.paragraph == self.lead and not any(
            n in self.sides.named and n != received for n in group.nations())

    def _category(self, group: Group) -> str:
        """Who a one-kind group's people are, without a side's nationality: the release
        already names the side ("246 Russian soldiers" are soldiers). A nationality of no
        side is who they are ("12 Thai nationals" freed by Hamas beside 13 Israelis). A
        condition names the group as `breakdown_category` does ("wounded")."""
        if len(group.items) != 1:
            return ""
        sides = set(self.sides.parties)
        words = [w for w in group.items[0].head.split()
                 if not ((e := self.places.lookup(w)) and e.demonym and e.party
                         and {e.name, e.base} & sides)]
        return breakdown_category(" ".join(words) or group.items[0].head)

    def _unsure(self, unit: Unit, group: Group, counted: list[Count]) -> bool:
        """A group that is not a release of this event: a qualified number ("more than 240"
        is not a count of the swap, nor is a sum of it with others), people killed rather
        than freed, or a release that the article dates in history ("the most recent exchange
        took place on March 19", "The last swap was in early August 2023, and involved 22
        soldiers from each side")."""
        if any(qualifier_before(self.text, i.start) in _UNSURE for i in group.items):
            return True  # "more than a thousand Yemenis, 15 Saudis and 4 Sudanese" is no 1,019
        if casualty(self.text, unit.start, unit.end, counted) and not (
                RELEASE_VERB.search(unit.text) or RECEIVED.search(unit.text)
                or _HOMECOMING.search(unit.text)):
            return True
        if _RATE.search(self.text, group.end, clause(unit, group.start)[1]):
            return True
        return bool(_EARLIER_EXCHANGE.search(unit.text)) or bool(
            _RECAP.match(unit.text) and self.history.recalls(unit.start, unit.end))

    def _evidence(self, group: Group) -> Evidence:
        return evidence(self.text, group.unit.start, group.unit.end)
