"""Attack anchors: the narrative sentences that name an attack, with who struck what.

A sentence such as "the Russian drone and missile attack in Kyiv on Friday" anchors an
attack: it names its attacker, its targets and its day, and starts the draft that the
weapons, casualties and regions told later join (`attacks`). A reply, a follow-up strike
and another day's attack a clause recalls anchor drafts of their own. Kept apart from
`attacks`, which reads the article and joins each fact to its attack, so that how an
attack is named reads apart from what is counted of it; the days are `attack_days`'s.
"""

from __future__ import annotations

import datetime as dt

from summarizer.backends.rules.alarms import alarmed
from summarizer.backends.rules.attack_cues import (
    ATTACK_CUE,
    FORESEEN,
    SITE_BEFORE,
    STRUCK_AFTER,
    STRUCK_IN,
    TARGET_BEFORE,
    THE_ATTACK,
    WAR,
)
from summarizer.backends.rules.attack_days import AttackDays, Draft, turns_apart
from summarizer.backends.rules.attackers import (
    ACCUSED,
    ACCUSED_OF,
    LAUNCHED_FROM,
    NAMED_AFTER,
    REPELLED,
    REPELLED_ATTACK,
    accused_capital,
    attacker_words,
    claims_it,
    sponsor,
    with_groups,
)
from summarizer.backends.rules.background import is_background
from summarizer.backends.rules.deeds import deed_of_struck
from summarizer.backends.rules.downed import defender
from summarizer.backends.rules.earlier import OtherDay, day_expression, other_day
from summarizer.backends.rules.elsewhere import (
    after_another,
    after_since,
    amid_campaign,
    answered,
    habitual,
    named_elsewhere,
)
from summarizer.backends.rules.forces import forces_mentions
from summarizer.backends.rules.named_sites import named_site_in
from summarizer.backends.rules.places import (
    AIMED_AT,
    aimed_after_quote,
    downed_over,
    downed_weapons_of,
    encloses,
    finest_targets,
    is_target,
    locates,
    region_opening,
    sited,
)
from summarizer.backends.rules.reported import after_reaction, report_time
from summarizer.backends.rules.sites import Sites
from summarizer.backends.rules.text import Unit, clause, sentence_start
from summarizer.backends.rules.took_place import is_town, one_strike
from summarizer.backends.rules.unnamed import is_unnamed, other_side, side, unnamed_attacker
from summarizer.text.gazetteer import Mention, Places
from summarizer.text.modality import unreal


class AttackAnchors(AttackDays):
    def __init__(self, text: str, published: dt.date | None, places: Places) -> None:
        super().__init__(text, published)
        self.places = Sites(places, text)
        self.forces = forces_mentions(text, self.places)
        """A country's forces named by their noun alone ("a junta airstrike"), read as the
        country's name where the attacker is read, never as a place (`forces`)."""
        self.told_in: dict[int, list[tuple[int, str]]] = {}
        """Where each paragraph names each attack: a reply ("Russia launched its own
        strikes overnight, killing five") keeps the toll told after it."""
        self.recalled: dict[str, tuple[OtherDay, int]] = {}
        """Another day's attack a clause of the news recalls (see `earlier`), with where
        the sentence that recalls it starts."""
        self.lead: frozenset[int] = frozenset()
        """The paragraphs that open the article (`attacks.LEAD`): an attack told there is its
        news, though only its weapons downed tell it."""
        self.placed: str | None = None
        """Where a sentence about the news says it took place: its target when it has none."""
        self.recalled_in: dict[int, int] = {}
        """Paragraphs that open by naming an attack of another day the article only recalls
        (the strike the news answered), with where that sentence starts: what the paragraph
        counts after it, with no time or attack of its own, is of that attack."""

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
        `replier` made the reply the unit tells when it names no attacker. A sentence whose
        subject is "the attack" and that names no side (`THE_ATTACK`: "The attack on the base
        in Engels destroyed two bombers") tells the attack its paragraph told last, when that
        one is of its day: a definite noun names the attack just told, not the day's first."""
        attacker, targets, previous, origin, downed = None, [], None, False, False
        forces = self.forces.between(unit.start, unit.end)
        for mention in with_groups(self.text, sorted(
                self.places.between(unit.start, unit.end) + forces, key=lambda m: m.start)):
            previous, located = mention, previous is not None and (locates(
                self.text, self.places, previous, mention)  # "Mirebalais in central Haiti"
                or encloses(self.text, previous, mention))
            sentence = sentence_start(self.text, unit, mention.start)
            foreseen = FORESEEN.search(self.text, *clause(unit, mention.start))
            if located or foreseen or is_background(self.text, unit, mention.start) or after_since(
                    self.text, sentence, mention.start) or amid_campaign(
                    self.text, clause(unit, mention.start)[0], mention.start) or answered(
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
                         or downed_weapons_of(self.text, opening, mention)
                         or (REPELLED.search(self.text, opening, mention.start)
                             and REPELLED_ATTACK.match(self.text, mention.end))
                         or (ACCUSED.search(self.text, opening, mention.start)
                             and ACCUSED_OF.match(self.text, mention.end)))
                        and not unreal(self.text, opening, mention.start)):
                    attacker = mention.entry.name
                    origin = LAUNCHED_FROM.search(self.text, opening, mention.start) is not None
                    downed = named is None and downed_weapons_of(self.text, opening, mention)
            elif attacker is None and not unreal(self.text, opening, mention.start):
                attacker = accused_capital(self.text, opening, mention)
            if mention not in forces and self._aimed_at(unit, mention, opening):
                targets.append(mention.entry.name)
        targets = finest_targets(self.text, unit, self.places,
                                 targets or aimed_after_quote(self.text, unit, self.places),
                                 attacker)
        if not targets and attacker and not downed:  # who downed weapons told of their side
            targets = defender(self.text, self.places, unit, attacker)  # is not the target
        attacker = attacker or replier or unnamed_attacker(self.text, unit)
        targets = sited(targets, self.places)
        if attacker is None and not targets:
            return
        reaction = after_reaction(unit) is not unit
        first = self.drafts[self.anchor] if self.anchor else None
        dated = self._day_of(unit, self._cue(unit), None if first is not None and other_side(
            first.attacker, attacker) else self.anchor)
        if dated is None:
            if first is not None and unit.paragraph not in self.told_in:
                self.recalled_in.setdefault(unit.paragraph, unit.start)
            return
        day, when = dated
        if self._after_recalled(unit, when, unit.start):
            return  # "This attack follows Thursday's strike, which prompted Israeli raids on
            # Yemen. During that operation, jets hit ports": the recalled day's, not the news's
        reported = report_time(self.text, unit) if day is None and first is not None and (
            other_side(first.attacker, attacker)) else None
        if reported and not self._history(reported):  # the other side's strike, told only
            day, when = self._key(reported, apart=True), reported  # with the day it was said
        if day is None:  # told without a time: the article's news or a reply told with it
            day, when = (first.day, first.time) if first else ("undated", None)
        if origin:  # "rockets launched from Lebanon" told of the day's Hezbollah attack
            attacker = next((d.attacker for d in self.drafts.values() if d.day == day
                             and self._based_in(d.attacker, attacker)), attacker)
        party = side(attacker)
        same_day = [k for k, d in self.drafts.items() if d.day == day
                    and (party is None or side(d.attacker) in (None, party))]
        if party is None and THE_ATTACK.match(unit.text):
            told = [k for start, k in self.told_in.get(unit.paragraph, []) if start < unit.start]
            same_day = [told[-1]] if told and self.drafts[told[-1]].day == day else same_day
        key = self._aside(unit, same_day[0] if same_day else day if day not in self.drafts
                          else f"{day}|{attacker}", targets, attacker)
        draft = self.drafts.get(key)
        if draft is None:  # its target is the one its first sentence names; later ones
            news = self.anchor  # name places hit, which are regions
            draft = self._new(key, when, day, unit)
            if downed and unit.paragraph not in self.lead:
                self.anchor = news  # an attack told later only by its weapons downed ("Earlier,
                # Russia said it destroyed 12 Ukrainian missiles") is not the news
            draft.targets = list(dict.fromkeys(targets))
            draft.reported = None if reaction else report_time(self.text, unit)
            draft.apart = turns_apart(unit)
        elif not self._aimed(draft) and (places := [t for t in dict.fromkeys(targets) if (
                party is None and side(draft.attacker) is None and not self._country(t))
                or (is_town(self.places, t) and one_strike(draft, unit))]):
            draft.targets = places  # "gunmen attacked a village in northern Nigeria" named
            # no target; "the attack took place in Zorindu village" does (see `took_place`)
        if draft.attacker is None or (party is not None and is_unnamed(draft.attacker)):
            draft.attacker = attacker  # a side named for what "gunmen" did outranks them
        self.told_in.setdefault(unit.paragraph, []).append((unit.start, key))

    def _after_recalled(self, unit: Unit, when: str | None, position: int) -> bool:
        """Whether what the unit tells at `position`, with no time of its own, comes after a
        sentence of its paragraph that recalled an attack of another day, in a paragraph
        that tells no attack of the news (`recalled_in`): it tells more of the recalled
        attack ("Three other drones ... had been intercepted"; "During that operation, jets
        struck the port"), not the news, and not an attack of the news's day."""
        return when is None and unit.paragraph not in self.told_in and self.recalled_in.get(
            unit.paragraph, position) < position

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

    def claimer(self, unit: Unit) -> None:
        """A group that claims the attack told before without naming it ("A car bomb hit
        Zorinsk on Friday. The Zorin Liberation Army claimed responsibility.") is its attacker,
        where no side was named for it: readers, and annotators, take the claimer as the one
        who struck. A side already named keeps the attack: a claim does not outrank it. Where
        the rules anchored no attack, the article's one draft is the attack told."""
        home = self._told_before(unit.paragraph, unit.start)
        drafts = list(self.drafts.values())
        draft = self.drafts.get(home) if home else drafts[0] if len(drafts) == 1 else None
        if draft is None or side(draft.attacker) is not None:
            return
        mentions = self.places.between(unit.start, unit.end) + self.forces.between(
            unit.start, unit.end)
        for mention in with_groups(self.text, sorted(mentions, key=lambda m: m.start)):
            if (mention.entry.party and claims_it(self.text[mention.end:unit.end])
                    and not unreal(self.text, clause(unit, mention.start)[0], mention.end)):
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
        if kind == "group" or unreal(text, opening, start) or habitual(text, opening, start):
            return False
        if kind == "site":
            return bool(SITE_BEFORE.search(text, opening, start) or AIMED_AT.search(
                text, opening, start) or STRUCK_AFTER.match(text, mention.end))
        named = region_opening(text, mention)  # "hit the Kharkiv region": as "hit Kharkiv"
        return is_target(text, mention) and bool(
            TARGET_BEFORE.search(text[unit.start:named]) or AIMED_AT.search(text, opening, start)
            or STRUCK_AFTER.match(text, mention.end)
            or (kind != "country" and STRUCK_IN.search(text[opening:named])
                and not named_site_in(text, opening, named, self.places))
            or downed_over(text, opening, mention)
        ) and not named_elsewhere(text, opening, start) and not alarmed(text, opening, start) and (
            not deed_of_struck(text, sentence_start(text, unit, start), start))

    def _follow_up(self, unit: Unit) -> None:
        """A second strike by the same side on the same target, told after the first ("Hours
        later, a follow-up drone attack killed one more person"): an attack of its own, which
        the toll told with it belongs to, dated by the first."""
        first = self.drafts[self.anchor or ""]
        key = f"{first.day}|{unit.start}"
        self._new(key, first.time, first.day, unit).follows = first
        self.told_in.setdefault(unit.paragraph, []).append((unit.start, key))

    def _told_before(self, paragraph: int, position: int) -> str | None:
        """The attack the paragraph last named before `position`, else the first it names,
        else the article's news."""
        told = self.told_in.get(paragraph, [])
        before = [key for start, key in told if start <= position]
        return before[-1] if before else told[0][1] if told else self.anchor
