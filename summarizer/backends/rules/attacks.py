"""Attacks: who struck where and when, with what weapons, and the casualties.

The attack is anchored on the narrative sentence that names it ("the Russian
drone and missile attack in Kyiv on Friday"). Weapon counts, casualties and
damaged regions are read only from paragraphs that talk about strikes, and join
the attack of their own date, or the anchor's when they state none. A weapon's
count is the largest the article gives: weapons shot down are part of those
launched ("shot down 50 of the 69 drones"), and stand for them when the article
gives no launch count.
"""

from __future__ import annotations

import datetime as dt

from summarizer.backends.rules.attack_cues import (
    AFTERMATH,
    ATTACK_CUE,
    DAMAGE,
    FOLLOW_UP,
    FORESEEN,
    KILLED,
    NOT_ATTACK,
    ONGOING,
    OPERATION,
    OTHER_DAY,
    SITE_BEFORE,
    STRUCK_AFTER,
    STRUCK_IN,
    TARGET_BEFORE,
    WAR,
)
from summarizer.backends.rules.attack_days import AttackDays, Draft, told_apart
from summarizer.backends.rules.attackers import (
    ACCUSED,
    ACCUSED_OF,
    LAUNCHED_FROM,
    NAMED_AFTER,
    REPELLED,
    REPELLED_ATTACK,
    accused_capital,
    attacker_words,
    sponsor,
    with_groups,
)
from summarizer.backends.rules.downed import (
    added,
    defender,
    out_of_all,
    share_over_place,
    third_party_downed,
)
from summarizer.backends.rules.earlier import OtherDay, day_expression, names, other_day
from summarizer.backends.rules.elsewhere import (
    after_another,
    after_since,
    answered,
    named_elsewhere,
)
from summarizer.backends.rules.losses import own_losses
from summarizer.backends.rules.missiles import typed_over_generic
from summarizer.backends.rules.numbers import Count
from summarizer.backends.rules.places import (
    AIMED_AT,
    aimed_after_quote,
    encloses,
    finest_regions,
    finest_targets,
    is_target,
    launched_elsewhere,
    locates,
    sited,
    struck,
    with_target_cities,
)
from summarizer.backends.rules.replies import GOES_ON, reply_parts, retaliator
from summarizer.backends.rules.reported import after_reaction, first_report_time, report_time
from summarizer.backends.rules.sites import Sites
from summarizer.backends.rules.text import Unit, clause, evidence, is_background, sentence_start
from summarizer.backends.rules.toll_choice import outranks
from summarizer.backends.rules.toll_parts import a_part
from summarizer.backends.rules.tolls import superseded, tolls
from summarizer.backends.rules.took_place import is_town, one_strike, where_told
from summarizer.backends.rules.unnamed import UNKNOWN, is_unnamed, side, unclaimed, unnamed_attacker
from summarizer.models import Attack, Casualties, WeaponCount
from summarizer.text.gazetteer import Mention, Places
from summarizer.text.modality import unreal
from summarizer.text.numbers import qualifier_before

LEAD = 2
"""Paragraphs that open an article: an attack they tell without a date is its news, which
other outlets date; one told later without a date may be any the article recalls."""


class AttackReader(AttackDays):
    def __init__(self, text: str, published: dt.date | None, places: Places) -> None:
        super().__init__(text, published)
        self.places = Sites(places, text)
        self.replaced: frozenset[int] = frozenset()
        """Figures the article says a later count replaced (see `tolls.superseded`)."""
        self.told_in: dict[int, list[tuple[int, str]]] = {}
        """Where each paragraph names each attack: a reply ("Russia launched its own
        strikes overnight, killing five") keeps the toll told after it."""
        self.recalled: dict[str, tuple[OtherDay, int]] = {}
        """Another day's attack a clause of the news recalls (see `earlier`), with where
        the sentence that recalls it starts."""
        self.placed: str | None = None
        """Where a sentence about the news says it took place: its target when it has none."""

    def read(self, units: list[Unit], weapons: dict[int, list[Count]]) -> list[Attack]:
        """Every attack carries a time, except the news an article opening mid-story tells
        undated in its first paragraphs, which the merge dates from the other outlets. One
        told later that the article does not date is left out: it may be any attack the
        text recalls, and its figures could not be told from another's."""
        self.replaced = superseded(self.text, units)
        lead = sorted({u.paragraph for u in units})[:LEAD]
        cued = [u for u in units if ATTACK_CUE.search(u.text)]
        striking = {u.paragraph for u in cued}
        for unit in cued:
            if unit.quote is None and not ONGOING.search(unit.text):
                first = self.anchor
                for part in reply_parts(self.text, unit):
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
            told = unit.paragraph in striking or damage or (
                self.anchor is not None and unit.quote is None)
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
                self._regions(part)
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
        unknown = UNKNOWN if unclaimed(self.text) else None
        return [Attack(time_expression=d.time or d.reported,
                       attacker=d.attacker or (unknown if d is news else None),
                       targets=(targets := self._aimed(d)),
                       weapons=typed_over_generic(list(d.weapons.values())),
                       regions=finest_regions(with_target_cities(d.regions, targets, self.places),
                                              self.places),
                       killed=d.casualties.get("killed"), injured=d.casualties.get("injured"),
                       evidence=d.evidence)
                for d in self.drafts.values()
                if (d.time or d.reported or d.paragraph in lead)
                and (d.weapons or d.casualties or d.attacker or d.targets)]

    def _aimed(self, draft: Draft) -> list[str]:
        """The draft's targets. A country is one only of an attack by a side: gunmen who
        attacked "a village in northern Nigeria" struck the village, not Nigeria."""
        if side(draft.attacker) is not None:
            return draft.targets
        return [t for t in draft.targets if not self._country(t)]

    def _country(self, name: str) -> bool:
        entry = self.places.lookup(name)
        return entry is not None and entry.kind == "country"

    def _anchor(self, unit: Unit, replier: str | None = None) -> None:
        """A narrative sentence naming an attack with its attacker or target anchors a draft;
        a threat, plan, condition or denial names none ("Hamas would resume attacks").
        `replier` made the reply the unit tells when it names no attacker."""
        attacker, targets, previous, origin = None, [], None, False
        for mention in with_groups(self.text, self.places.between(unit.start, unit.end)):
            previous, located = mention, previous is not None and (locates(
                self.text, self.places, previous, mention)  # "Mirebalais in central Haiti"
                or encloses(self.text, previous, mention))
            sentence = sentence_start(self.text, unit, mention.start)
            foreseen = FORESEEN.search(self.text, *clause(unit, mention.start))
            if located or foreseen or is_background(self.text, unit, mention.start) or after_since(
                    self.text, sentence, mention.start) or answered(
                    self.text, sentence, mention.start) or after_another(
                    self.text, sentence, mention.start, (ATTACK_CUE, WAR)):
                continue
            opening = clause(unit, mention.start)[0]
            if mention.entry.party and attacker is None and not sponsor(self.text, mention):
                named = attacker_words(self.text[mention.end:unit.end])
                if (named is not None and not unreal(self.text, opening, mention.end)
                        and not unreal(self.text, mention.end + named[0], mention.end + named[1])
                        ) or (
                        (NAMED_AFTER.search(self.text, opening, mention.start)
                         or LAUNCHED_FROM.search(self.text, opening, mention.start)
                         or (REPELLED.search(self.text, opening, mention.start)
                             and REPELLED_ATTACK.match(self.text, mention.end))
                         or (ACCUSED.search(self.text, opening, mention.start)
                             and ACCUSED_OF.match(self.text, mention.end)))
                        and not unreal(self.text, opening, mention.start)):
                    attacker = mention.entry.name
                    origin = LAUNCHED_FROM.search(self.text, opening, mention.start) is not None
            elif attacker is None and not unreal(self.text, opening, mention.start):
                attacker = accused_capital(self.text, opening, mention)
            if self._aimed_at(unit, mention, opening):
                targets.append(mention.entry.name)
        targets = finest_targets(self.text, unit, self.places,
                                 targets or aimed_after_quote(self.text, unit, self.places),
                                 attacker)
        if not targets and attacker:
            targets = defender(self.text, self.places, unit, attacker)
        attacker = attacker or replier or unnamed_attacker(self.text, unit)
        targets = sited(targets, self.places)
        if attacker is None and not targets:
            return
        reaction = after_reaction(unit) is not unit
        dated = self._day_of(unit, self._cue(unit), self.anchor)
        if dated is None:
            return
        day, when = dated
        first = self.drafts[self.anchor] if self.anchor else None
        if day is None:  # told without a time: the article's news or a reply told with it
            day, when = (first.day, first.time) if first else ("undated", None)
        if origin:  # "rockets launched from Lebanon" told of the day's Hezbollah attack
            attacker = next((d.attacker for d in self.drafts.values() if d.day == day
                             and self._based_in(d.attacker, attacker)), attacker)
        party = side(attacker)
        same_day = [k for k, d in self.drafts.items() if d.day == day
                    and (party is None or side(d.attacker) in (None, party))]
        key = self._aside(unit, same_day[0] if same_day else day if day not in self.drafts
                          else f"{day}|{attacker}", targets, attacker)
        draft = self.drafts.get(key)
        if draft is None:  # its target is the one its first sentence names; later ones
            draft = self._new(key, when, day, unit)  # name places hit, which are regions
            draft.targets = list(dict.fromkeys(targets))
            draft.reported = None if reaction else report_time(self.text, unit)
        elif not self._aimed(draft) and (places := [t for t in dict.fromkeys(targets) if (
                party is None and side(draft.attacker) is None and not self._country(t))
                or (is_town(self.places, t) and one_strike(draft, unit))]):
            draft.targets = places  # "gunmen attacked a village in northern Nigeria" named
            # no target; "the attack took place in Zorindu village" does (see `took_place`)
        if draft.attacker is None or (party is not None and is_unnamed(draft.attacker)):
            draft.attacker = attacker  # a side named for what "gunmen" did outranks them
        self.told_in.setdefault(unit.paragraph, []).append((unit.start, key))

    @staticmethod
    def _cue(unit: Unit) -> int:
        """Where the unit first tells a strike: the time nearest it dates the attack, not one
        told first of what came after it ("As of Friday, 27 were reported dead in the attack
        on Thursday", "visited on Sunday the site where ... an attack on Saturday")."""
        cue = ATTACK_CUE.search(unit.text)
        return unit.start + (cue.start() if cue else 0)

    def _quoted_attacker(self, unit: Unit) -> None:
        """A quotation that names who made the attack the article tells ("a brazen attack
        by the Ukrainian armed forces") names its attacker when no narrative sentence does;
        it anchors no attack of its own."""
        home = self._told_before(unit.paragraph, unit.start)
        draft = self.drafts.get(home) if home else None
        if draft is None or draft.attacker is not None:
            return
        for mention in self.places.between(unit.start, unit.end):
            opening = clause(unit, mention.start)[0]
            if (mention.entry.party and NAMED_AFTER.search(self.text, opening, mention.start)
                    and not unreal(self.text, opening, mention.start)
                    and self._event_time(unit, unit.start) is None):
                draft.attacker = mention.entry.name
                return

    def _based_in(self, group: str | None, country: str | None) -> bool:
        entry = self.places.lookup(group) if group else None
        return entry is not None and entry.base is not None and entry.base == country

    def _recall(self, unit: Unit) -> None:
        """The attack of another day that a clause of the unit's news recalls ("pounded
        Gaza on Sunday, a day after killing 274 in a raid") is one of its own, by the same
        side, when the article names its day."""
        other = other_day(self.text, unit)
        home = next((k for start, k in self.told_in.get(unit.paragraph, []) if start >= unit.start),
                    None)
        if other is None or home is None or not self.drafts[home].day[:4].isdigit():
            return
        day = dt.date.fromisoformat(self.drafts[home].day) + dt.timedelta(days=other.days)
        when = day_expression(self.text, day, self.published)
        if when is None or any(d.day == day.isoformat() for d in self.drafts.values()):
            return
        self._new(day.isoformat(), when, day.isoformat(), unit).attacker = self.drafts[
            home].attacker
        self.recalled[day.isoformat()] = (other, unit.start)

    def _aimed_at(self, unit: Unit, mention: Mention, opening: int) -> bool:
        """Whether the clause from `opening` says the attack was aimed at the place: "strikes
        on Kyiv", "fired at central Israel", "struck homes in Odesa", "a strike on the
        Iranian consulate"."""
        kind, text, start = mention.entry.kind, self.text, mention.start
        if kind == "group" or unreal(text, opening, start):
            return False
        if kind == "site":
            return bool(SITE_BEFORE.search(text, opening, start) or AIMED_AT.search(
                text, opening, start) or STRUCK_AFTER.match(text, mention.end))
        return is_target(text, mention) and bool(
            TARGET_BEFORE.search(text[unit.start:start]) or AIMED_AT.search(text, opening, start)
            or STRUCK_AFTER.match(text, mention.end)
            or (kind != "country" and STRUCK_IN.search(text[opening:start]))
        ) and not named_elsewhere(text, opening, start)

    def _follow_up(self, unit: Unit) -> None:
        """A second strike by the same side on the same target, told after the first ("Hours
        later, a follow-up drone attack killed one more person"): an attack of its own, which
        the toll told with it belongs to, dated by the first."""
        first = self.drafts[self.anchor or ""]
        key = f"{first.day}|{unit.start}"
        self._new(key, first.time, first.day, unit).follows = first
        self.told_in.setdefault(unit.paragraph, []).append((unit.start, key))

    def _names_attack(self, part: Unit) -> bool:
        """Whether a reply told in a sentence's later part ("..., prompting strikes that
        killed more than 200 militants") is an attack of its own: then the toll told there
        is its toll; else it is of no attack the article names."""
        return any(part.start <= start < part.end
                   for start, _ in self.told_in.get(part.paragraph, []))

    def _goes_on(self, part: Unit) -> bool:
        """Whether a "while" part tells more of the sentence's toll ("two militants were
        killed, while five policemen sustained injuries"): it names no strike and no side,
        so it tells no other attack."""
        return bool(GOES_ON.match(part.text)) and not ATTACK_CUE.search(part.text) and not any(
            m.entry.party for m in self.places.between(part.start, part.end))

    def _told_before(self, paragraph: int, position: int) -> str | None:
        """The attack the paragraph last named before `position`, else the first it names,
        else the article's news."""
        told = self.told_in.get(paragraph, [])
        before = [key for start, key in told if start <= position]
        return before[-1] if before else told[0][1] if told else self.anchor

    def _draft_for(self, unit: Unit, position: int) -> Draft | None:
        """The attack named in the fact's paragraph, else the article's first; a fact with
        a date of its own joins the attack of that date. None for an earlier event."""
        home = self._told_before(unit.paragraph, position)
        dated = self._day_of(unit, position if home else self._cue(unit), home)
        if dated is None:
            return None
        day, when = dated
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
                or OTHER_DAY.search(self.text, start, end)):
            return
        if share_over_place(self.text, self.places, unit, count) or added(self.text, count):
            return
        draft = self._draft_for(unit, count.start)
        nations = set(count.nations)
        if draft is None or (draft.attacker and nations and nations != {draft.attacker}):
            return  # "46 Russian drones" told next to Ukraine's attack are not its weapons
        if third_party_downed(self.text, self.places, start, count.start,
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
        gives it no figure."""
        recalled = next((self.drafts[key] for key, (other, start) in self.recalled.items()
                         if start != unit.start
                         and names(self.text, unit.start, unit.end, other)), None)
        told = tolls(self.text, unit, self.replaced)
        for toll in told:
            draft = recalled or self._draft_for(unit, toll.position)
            if draft is None or a_part(self.text, toll, told, draft.casualties) or own_losses(
                    self.text, self.places, unit, toll.position, draft.attacker):
                continue
            current = draft.casualties.get(toll.kind)
            if outranks(toll, current):
                draft.casualties[toll.kind] = Casualties(
                    count=toll.count, evidence=evidence(self.text, unit.start, unit.end),
                    qualifier=toll.qualifier)

    def _regions(self, unit: Unit) -> None:
        """The places the unit says were hit join the attack it tells of (places.struck); a
        place alone names no attack."""
        places = struck(self.text, unit, self.places,
                        (ATTACK_CUE, DAMAGE, AFTERMATH, OPERATION, KILLED))
        draft = self._draft_for(unit, unit.start) if places and self.anchor else None
        if draft is not None and not launched_elsewhere(self.text, unit, self.places,
                                                        side(draft.attacker)):
            draft.regions.extend(p for p in places if p not in draft.regions)
