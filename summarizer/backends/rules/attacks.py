"""Attacks: who struck where and when, with what weapons, and the casualties.

The attack is anchored on the narrative sentence that names it ("the Russian
drone and missile attack in Kyiv on Friday": see `attack_anchors`); this module
reads the article and joins each fact to the attack it tells of. Weapon counts, casualties and
damaged regions are read only from paragraphs that talk about strikes, and join
the attack of their own date, or the anchor's when they state none. A weapon's
count is the largest the article gives: weapons shot down are part of those
launched ("shot down 50 of the 69 drones"), and stand for them when the article
gives no launch count.
"""

from __future__ import annotations

import datetime as dt
import re

from summarizer.backends.rules.attack_anchors import AttackAnchors
from summarizer.backends.rules.attack_cues import (
    AFTERMATH,
    ATTACK_CUE,
    DAMAGE,
    FOLLOW_UP,
    KILLED,
    NOT_ATTACK,
    ONGOING,
    OPERATION,
    OTHER_DAY,
)
from summarizer.backends.rules.attack_days import Draft, told_apart, turns_apart
from summarizer.backends.rules.attackers import STRUCK_VERB
from summarizer.backends.rules.background import is_background
from summarizer.backends.rules.context_attacks import told_as_context
from summarizer.backends.rules.downed import (
    added,
    out_of_all,
    part_of_share,
    share_over_place,
    third_party_downed,
)
from summarizer.backends.rules.earlier import names
from summarizer.backends.rules.grain import at_grain
from summarizer.backends.rules.hits import struck_share
from summarizer.backends.rules.losses import own_losses
from summarizer.backends.rules.missiles import typed_over_generic
from summarizer.backends.rules.numbers import Count
from summarizer.backends.rules.one_side import with_one_side
from summarizer.backends.rules.own_ground import off_own_ground
from summarizer.backends.rules.places import (
    finest_regions,
    launched_elsewhere,
    struck,
    told_as_regions,
    with_target_cities,
)
from summarizer.backends.rules.replies import GOES_ON, reply_parts, retaliator
from summarizer.backends.rules.reported import first_report_time
from summarizer.backends.rules.rival_tolls import rival
from summarizer.backends.rules.struck_country import in_struck_country, struck_alongside
from summarizer.backends.rules.tallies import over_a_period
from summarizer.backends.rules.text import Unit, clause, evidence, sentence_start
from summarizer.backends.rules.toll_choice import outranks
from summarizer.backends.rules.toll_parts import a_part
from summarizer.backends.rules.tolls import (
    ANY_CASUALTY,
    quoted_toll,
    superseded,
    toll_sentence,
    tolls,
)
from summarizer.backends.rules.took_place import where_told
from summarizer.backends.rules.unnamed import UNKNOWN, side, unclaimed
from summarizer.models import Attack, Casualties, WeaponCount
from summarizer.text.gazetteer import Places
from summarizer.text.modality import unreal
from summarizer.text.numbers import qualifier_before
from summarizer.text.time import TIME

LEAD = 2
"""Paragraphs that open an article: an attack they tell without a date is its news, which
other outlets date; one told later without a date may be any the article recalls."""
_ANOTHER = re.compile(r"(?i)\b(?:separate|another|other|second|earlier|previous)\b")
"""Words that set a part's strike apart from the sentence's ("in a separate bombing")."""
_FURTHER_STRIKE = r"(?:[\w-]+\s+){0,2}?(?:attack|strike|blast|explosion|bombing|raid)s?\b"
"""The strike a further part or sentence turns to, after the words that make it another."""
_ANOTHER_PART = re.compile(
    r"(?i)^\W*(?:(?:and\s+)?(?:while|whereas)\s+)?(?:an?\s+(?:second|separate|further)|another)\s+"
    rf"{_FURTHER_STRIKE}")
"""A later part of a sentence (`replies.reply_parts`) that turns to a further strike ("...,
while another blast at a mosque in Zorinsk killed three", "...; a second strike hit a depot
in Zorinsk"): it tells that strike, not the one the sentence opened with. Its toll already
goes to no attack (`_goes_on`); its places and target go to none either, as joined to the
first they would give it another strike's place. Precision first: the further strike is not
made an attack of its own, since the part seldom says who made it."""
_LATER_STRIKE = re.compile(
    r"(?i)^\W*(?:(?:some|about|around)\s+)?(?:[\w-]+\s+)?(?:minutes?|hours?)\s+(?:later|earlier),?"
    r"\s+(?:(?:(?:[\w-]+\s+){0,3}?(?:another|an?\s+(?:second|further|follow-up))|an?)\s+"
    rf"{_FURTHER_STRIKE}|an?\s+(?:[\w-]+\s+){{0,3}}?(?:was|were)\s+(?:shot\s+down|downed|{STRUCK_VERB})\b)")
"""A sentence that opens at another hour of the day and tells a further strike ("Hours later,
another blast at a mosque in Zorinsk killed four", "Some minutes later, a second explosion
tore through the market", "Hours later, a drone attack hit a checkpoint", or by what it
struck, "Hours earlier, a bus was bombed": a strike or a target told with
"a" is one not told before): a strike of its own, with its own place and toll. When the rules
anchored it no attack (`attack_anchors._follow_up` needs the first attack's), what it tells
is of none they can settle, and never of the strike told before it."""


def _further(unit: Unit, part: Unit, first: str | None) -> bool:
    """Whether the part tells a further strike that anchors no attack: a later part that turns
    to one (`_ANOTHER_PART`), or a sentence told hours apart (`_LATER_STRIKE`) from a first
    strike the rules anchored none for, whose facts would else join the further strike's."""
    if part.start != unit.start:
        return _ANOTHER_PART.match(part.text) is not None
    return first is None and _LATER_STRIKE.match(part.text) is not None


class AttackReader(AttackAnchors):
    def __init__(self, text: str, published: dt.date | None, places: Places) -> None:
        super().__init__(text, published, places)
        self.replaced: frozenset[int] = frozenset()
        """Figures the article says a later count replaced (see `tolls.superseded`)."""

    def read(self, units: list[Unit], weapons: dict[int, list[Count]]) -> list[Attack]:
        """Every attack carries a time, except the news an article opening mid-story tells
        undated in its first paragraphs, which the merge dates from the other outlets. One
        told later that the article does not date is left out: it may be any attack the
        text recalls, and its figures could not be told from another's."""
        self.replaced = superseded(self.text, units)
        lead = sorted({u.paragraph for u in units})[:LEAD]
        self.lead = frozenset(lead)
        cued = [u for u in units if ATTACK_CUE.search(u.text)]
        striking = {u.paragraph for u in cued}
        for unit in cued:
            if unit.quote is None and not ONGOING.search(unit.text):
                first = self.anchor
                for part in reply_parts(self.text, unit):
                    if not _further(unit, part, first):
                        self._anchor(part, retaliator(self.text, unit, part, self.places))
                self._recall(unit)
                self._date_told(unit)
                if not told_apart(unit):
                    self.placed = self.placed or where_told(self.text, self.places, unit)
                if first and FOLLOW_UP.search(unit.text) and not any(
                        start >= unit.start for start, _ in self.told_in.get(unit.paragraph, [])):
                    self._follow_up(unit)
            elif unit.quote is not None:
                self._quoted_attacker(unit)
        for unit in units:
            damage = bool(DAMAGE.search(unit.text))
            told = unit.paragraph in striking or damage or (self.anchor is not None and (
                unit.quote is None or quoted_toll(self.text, unit)))
            if not told or is_background(self.text, unit, unit.start) or ONGOING.search(
                    unit.text):
                continue
            if unit.quote is None:
                self._date_by_name(unit)
            if unit.paragraph in striking:
                for count in weapons.get(unit.start, []):
                    self._weapon(unit, count)
            for part in reply_parts(self.text, unit):
                if part.start == unit.start or self._names_attack(part) or self._goes_on(part):
                    self._casualties(part)
                if part.start == unit.start or not _ANOTHER_PART.match(part.text) or (
                        self._names_attack(part)):
                    self._regions(part)
        for unit in units:
            if unit.quote is None:
                self.claimer(unit)
        for draft in self.drafts.values():
            if draft.follows is not None:
                draft.attacker = draft.attacker or draft.follows.attacker
                draft.targets = draft.targets or list(draft.follows.targets)
            if not (draft.time or draft.reported) and (draft.attacker or draft.targets):
                reported = first_report_time(self.text, units, draft.evidence.start or 0)
                draft.reported = None if self._history(reported) else reported
        self._date_by_report(units)
        news = self.drafts.get(self.anchor or "")
        if news is not None and not self._aimed(news) and self.placed:
            news.targets = [self.placed]  # see `took_place`
        with_one_side(list(self.drafts.values()), self.places)
        off_own_ground(list(self.drafts.values()), self.text, self.places)
        unknown = UNKNOWN if unclaimed(self.text) else None
        opening = [u for u in units if u.paragraph == lead[0]] if lead else []
        lead_span = (opening[0].start, opening[-1].end) if opening else (0, 0)
        kept = [d for d in self.drafts.values() if (d.time or d.reported or d.paragraph in lead)
                and (d.weapons or d.casualties or d.attacker or d.targets) and not (
                    news is not None and told_as_context(self.text, self.places, news, d,
                                                         self.lead, lead_span, self.published))]
        regional = told_as_regions(self.text, self.places)
        return [told for d in kept
                for told in self._told(d, unknown if d is news else None, regional)]

    def _told(self, d: Draft, unknown: str | None, regional: frozenset[str]) -> list[Attack]:
        """The attack a draft holds, and once more with each toll another authority gives
        (`rival_tolls`) and the same evidence: the merge reads those as one attack told with
        two figures, which disagree (`attack_fit._told_twice`). Then the attacks on another
        country that the sentence naming it tells in the same words (`_alongside`).
        `regional` is the article's places named as regions (`places.told_as_regions`)."""
        targets = self._aimed(d)
        hit = in_struck_country(d.regions, targets, self.places, self.text)
        regions = finest_regions(with_target_cities(hit, targets, self.places, regional),
                                 self.places)
        alongside = self._alongside(d, targets, [r for r in d.regions if r not in hit])
        casualties = {kind: toll for kind, toll in d.casualties.items()
                      if not (alongside and toll.evidence.start == d.evidence.start)}
        attack = Attack(time_expression=d.time or d.reported, attacker=d.attacker or unknown,
                        targets=targets, weapons=typed_over_generic(list(d.weapons.values())),
                        regions=at_grain(regions, self.places, regional),
                        killed=casualties.get("killed"), injured=casualties.get("injured"),
                        evidence=d.evidence)
        return [attack, *(attack.model_copy(update={kind: toll})
                          for kind, toll in d.rivals.items()), *alongside]

    def _alongside(self, d: Draft, targets: list[str], refused: list[str]) -> list[Attack]:
        """The attacks on another country that the sentence naming the draft's attack tells in
        the same words (`struck_country.struck_alongside`): by the same side, of the same
        time, with no toll or weapon, as the sentence does not say which place they were; a
        toll that sentence tells is of both, and neither attack has it."""
        if d.attacker is None:
            return []
        span = (d.evidence.start or 0, d.evidence.end or 0)
        return [Attack(time_expression=d.time or d.reported, attacker=d.attacker,
                       targets=[place], regions=[place], evidence=d.evidence)
                for place in struck_alongside(self.text, span, targets, refused, self.places)]

    def _names_attack(self, part: Unit) -> bool:
        """Whether a reply told in a sentence's later part ("..., prompting strikes that
        killed more than 200 militants") is an attack of its own: then the toll told there
        is its toll; else it is of no attack the article names."""
        return any(part.start <= start < part.end
                   for start, _ in self.told_in.get(part.paragraph, []))

    def _goes_on(self, part: Unit) -> bool:
        """Whether a "while" part, or one after a semicolon, tells more of the sentence's toll
        ("two militants were killed, while five policemen sustained injuries"; "missiles hit
        a block of flats in Dnipro; one person was killed and 12 injured"): it names no strike
        and no side, so it tells no other attack. A sentence told toll first names its strike
        last, inside the part ("Four were killed while 45 were hurt as an explosion ripped
        through a gym"): that strike is the whole sentence's, unless told apart."""
        after_semicolon = self.text[max(0, part.start - 4):part.start].rstrip().endswith(";")
        cue = ATTACK_CUE.search(part.text)
        return bool(GOES_ON.match(part.text) or after_semicolon) and (
            cue is None or self._strike_last(part, cue.start())) and not any(
            m.entry.party for m in self.places.between(part.start, part.end))

    def _strike_last(self, part: Unit, cue: int) -> bool:
        """Whether the part's strike, at `cue`, comes after its toll, in a sentence that opens
        with a toll and names no strike before the part; the part names no other attack
        ("while 12 were hurt in a separate bombing"), nor a time besides the opening's ("four
        were killed on Friday, while 12 were hurt in a bombing on Thursday")."""
        opening = sentence_start(self.text, part, part.start)
        toll = ANY_CASUALTY.search(part.text, 0, cue)
        timed = TIME.search(part.text) and TIME.search(self.text, opening, part.start)
        return toll is not None and not timed and not _ANOTHER.search(part.text) and (
            ANY_CASUALTY.search(self.text, opening, part.start) is not None) and not (
            ATTACK_CUE.search(self.text, opening, part.start))

    def _draft_for(self, unit: Unit, position: int) -> Draft | None:
        """The attack named in the fact's paragraph, else the article's first; a fact with
        a date of its own joins the attack of that date. None for an earlier event, and for
        a fact told after a sentence of its paragraph recalled one (`recalled_in`)."""
        home = self._told_before(unit.paragraph, position)
        dated = self._day_of(unit, position if home else self._cue(unit), home)
        if dated is None:
            return None
        day, when = dated
        if self._after_recalled(unit, when, position):
            return None  # "Three other drones ... had been intercepted", after the strike the
            # news answered: of that strike, not the news
        if day is None and (turns_apart(unit) or _LATER_STRIKE.match(unit.text)) and not (
                self._names_attack(unit)):
            return None  # "In a separate attack, five were killed", "Hours later, another
            # blast killed four": not the attack told before, and none the rules anchored
        if day is None or (home is not None and self.drafts[home].day == day):
            if home is not None:
                return self.drafts[home]
            return self.drafts.get("undated") or self._new("undated", None, "undated", unit)
        key = next((k for k, d in self.drafts.items() if d.day == day), day)
        return self.drafts.get(key) or self._new(key, when, day, unit)

    def _weapon(self, unit: Unit, told: Count) -> None:
        count = out_of_all(self.text, told)
        if count.weapon is None or is_background(self.text, unit, count.start):
            return
        start, end = clause(unit, count.start)
        if (NOT_ATTACK.search(self.text, start, end) or unreal(self.text, start, end)
                or OTHER_DAY.search(self.text, start, end)
                or over_a_period(self.text, unit, count.start, (start, end))):
            return  # a week's recap or a rate ("1,500 drones this week") is no night's count
        if share_over_place(self.text, self.places, unit, count) or added(self.text, count) or (
                part_of_share(self.text, count)) or struck_share(self.text, count):
            return
        draft = self._draft_for(unit, count.start)
        nations = set(count.nations)
        if draft is None or (draft.attacker and nations and nations != {draft.attacker}):
            return  # "46 Russian drones" told next to Ukraine's attack are not its weapons
        if third_party_downed(self.text, self.places, (start, end), count.start,
                              {draft.attacker, *draft.targets}):
            return  # "the US and Britain intercepted more than 100 drones": their share
        if draft.attacker is None and len(nations) == 1:
            draft.attacker = count.nations[0]  # "downed 144 Ukrainian drones"
        known = draft.weapons.get(count.weapon)
        qualifier = qualifier_before(self.text, count.start)
        if known is None or (known.count or 0) < count.value or (
                known.count == count.value and known.qualifier is None and qualifier):
            # the same count told again with its qualifier ("fires 200 missiles" in a
            # headline, "about 200" in the report) is the careful telling
            draft.weapons[count.weapon] = WeaponCount(
                type=count.weapon, count=count.value,
                evidence=evidence(self.text, unit.start, unit.end), qualifier=qualifier)

    def _casualties(self, unit: Unit) -> None:
        """The toll of the attack: the first figure the article gives for it, or a later one
        told as its update (`toll_choice.outranks`), or that there were casualties, when no
        sentence gives a number. A sentence that counts a part of the attack (`toll_parts`)
        gives it no figure. A toll quoted inside the reporter's sentence (`tolls.quoted_toll`)
        has that sentence (`tolls.toll_sentence`) for its evidence: the quotation alone holds
        no casualty word."""
        recalled = next((self.drafts[key] for key, (other, start) in self.recalled.items()
                         if start != unit.start
                         and names(self.text, unit.start, unit.end, other)), None)
        told = tolls(self.text, unit, self.replaced)
        sentence = toll_sentence(self.text, unit)
        stated = evidence(self.text, sentence.start, sentence.end)
        for toll in told:
            draft = recalled or self._draft_for(unit, toll.position)
            if draft is None or a_part(self.text, toll, told, draft.casualties) or own_losses(
                    self.text, self.places, unit, toll.position, draft.attacker):
                continue
            current = draft.casualties.get(toll.kind)
            if outranks(self.text, toll, current):
                draft.casualties[toll.kind] = Casualties(
                    count=toll.count, evidence=stated, qualifier=toll.qualifier)
            elif toll.kind not in draft.rivals and rival(self.text, unit, toll, current):
                draft.rivals[toll.kind] = Casualties(
                    count=toll.count, evidence=stated, qualifier=toll.qualifier)

    def _regions(self, unit: Unit) -> None:
        """The places the unit says were hit join the attack it tells of (places.struck); a
        place alone names no attack."""
        places = struck(self.text, unit, self.places,
                        (ATTACK_CUE, DAMAGE, AFTERMATH, OPERATION, KILLED))
        draft = self._draft_for(unit, unit.start) if places and self.anchor else None
        if draft is not None and not launched_elsewhere(self.text, unit, self.places,
                                                        side(draft.attacker)):
            draft.regions.extend(p for p in places if p not in draft.regions)
