"""The agreed deal: how many people each side is to free, and where and when it was agreed.

A number belongs to the deal, not to a stage, when its sentence plans it ("will
release", "is set to swap", "calls for the release of 33 hostages"), or names a
deal without saying the people were freed. The deal's total is an N-for-N or an
"each" count; a deal in which the sides free different numbers gives each side
its share ("Hamas agreed to release 50 hostages").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.backends.rules.freed import FREED, FREED_AFTER
from summarizer.backends.rules.groups import IN_TOTAL, Group, group_qualifier, noun
from summarizer.backends.rules.numbers import Count
from summarizer.backends.rules.releasers import releaser
from summarizer.backends.rules.sides import Sides, SidesReader
from summarizer.backends.rules.text import Unit, clause, evidence, gap_end, gap_start
from summarizer.backends.rules.unit_times import HELD, time_closest
from summarizer.models import Agreement, PartyCount
from summarizer.text.lines import line_start
from summarizer.text.numbers import qualifier_before
from summarizer.text.time import TIME

_PACT = r"(?:deal|agreement|accord|pact)"
"""The nouns of the deal itself, which every cue below reads; some add what stands for it in
their place ("under the truce", "the terms")."""
_TERMS = (r"calls?\s+for|provides?\s+for|envisag\w+|stipulat\w+|foresees|anticipat(?:es|ed|ing)"
          rf"|{_PACT}\s+(?:that\s+|which\s+)?involv(?:es|ed|ing)"
          r"|(?:on\s+)?(?:the\s+)?conditions?\s+that")
"""Words by which a deal states what it provides: "the agreement anticipates the release of 33
hostages", "a deal that involves the release of 1,027 Palestinians", "on condition that Israel
release 1,027 prisoners"; not an exchange "involving the return of 45 soldiers", which tells
the swap itself."""
AGREEMENT_CUE = re.compile(rf"(?i)\b(?:agreed\s+to|(?:promis|pledg)(?:e|es|ed)\s+to|{_PACT}\s+to"
                           rf"|{_TERMS}"
                           r"|will|would|(?:is|are)\s+(?:set\s+)?to|to\s+be|plans?\s+to"
                           r"|when\s+completed|once\s+completed|meant\s+to|expected\s+to|due\s+to"
                           r"|aims?\s+to|under\s+which)\b")
_GOVERNING = re.compile(rf"(?i)\b(?:{_PACT}\s+to|{_TERMS}|under\s+which)\b")
"""Cues that plan only what follows them: "swapped 120 each as part of a deal to exchange
1,000" plans the 1,000, not the 120 told before."""
_AGREEMENT_NOUN = re.compile(r"(?i)\b(?:agreement|deal|accord|talks|agreed)\b")
_DEAL = re.compile(rf"(?i)\b(?:{_PACT}|truce|cease-?fire|terms|conditions?"
                   r"|phase)\b")
_SHARE_CUE = re.compile(rf"(?i)\b(?:agreed\s+to|agreement\s+to|{_TERMS}|meant\s+to"
                        r"|(?:is|are)\s+(?:due\s+)?to|will|under\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}"
                        rf"(?:{_PACT}|truce|terms))\b")
"""A number of people the deal itself assigns to one side ("Hamas agreed to release 50
hostages", "the release of 620 prisoners under the cease-fire agreement")."""
_EXPECTED = re.compile(r"(?i)\b(?:is|are)\s+expected\s+to\s+(?:[\w-]+\s+){0,2}$")
"""A side's share told as expected, right before its people ("over the first phase of the truce,
Israel is expected to release about 1,900 prisoners"); not "the 39 prisoners released by Israel
as part of the deal are expected to arrive", where the people come first."""
_PLEDGED = re.compile(r"(?i)\b(?:agree[sd]?|promis(?:e|es|ed)|pledg(?:e|es|ed)|committed)\s+to"
                      r"\s+(?:[\w-]+\s+){1,2}$")
"""A side that agrees or promises to free its number states its share of the deal in the
same words, whether or not it names the deal: "Caracas agreed to release 36 people", "Baku
promised to release 32 Armenian soldiers"."""
_AGREED = re.compile(rf"(?i)\b(?:agreed|reached|approved|signed|struck)\b[^.]*\b(?:{_PACT}"
                     r"|truce|cease-?fire)\b[^.]*\.\s*$")
"""The sentence before a share that makes the deal ("Israel and Hamas agreed on a truce on
Wednesday. Hamas will free 50 hostages ...")."""
_MADE_IN = re.compile(r"(?i)\b(?:agreed|signed|reached|negotiated|made|struck|sealed"
                      r"|brokered|talks|met|meeting)(?:\s+[\w-]+){0,3}?\s+in\s+$")
"""Where a deal was made ("agreed in Doha", "was made in Istanbul"), not where hostages are
held ("agreed to release hostages held in Gaza") or what it is about ("an agreement in Gaza")."""
_MADE_DEAL = re.compile(
    rf"(?i)\b(?:{_PACT}|truce|cease-?fire)\b[^.;]{{0,40}}?\b(?P<after>agreed|reached|struck"
    r"|signed|sealed|clinched|announced)\b(?!\s+to\b)"
    r"|\b(?P<before>agreed|reached|struck|signed|sealed|clinched)\s+(?:to\s+)?(?:an?\s+|the\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_PACT}|truce|cease-?fire)\b")
"""The words that make a deal, wherever they place it or not: "the deal, agreed on
Wednesday", "the agreement announced on Wednesday", "an agreement was reached", "reached a
truce on Monday"; not what a side agreed to do under it ("under the truce deal, Hamas agreed
to release 50"), nor "agreed to swap 175 on March 19", the deal's own plan."""
_FAILED = re.compile(r"(?i)\b(?:no\s+(?:breakthrough|agreement|deal|progress)|without\s+(?:an?\s+)?"
                     r"(?:breakthrough|agreement|deal|progress|cease-?fire|truce)|failed\s+to"
                     r"|deadlock\w*|stall(?:ed|s)|collapsed|broke\s+down"
                     r"|(?:are|is|will|would|to)\s+(?:be\s+)?(?:meeting|meet|discuss\w*|resume"
                     r"|resuming|negotiat\w*))\b")
"""Talks that made no deal ("talks held in Cairo concluded with no breakthrough", "ended in
deadlock", "ended without a ceasefire"), or that are still to come or going on ("negotiators
are meeting in Doha to discuss the second phase", "will meet in Cairo"): where they meet is
where nothing was agreed."""
_APPOSITION = re.compile(r",\s*")
"""What sets a city's country beside it: "Istanbul, Turkey"."""
_INCREMENT = re.compile(r"(?i)\b(?:more|additional|another|further|extra)\b")
""""20 additional hostages" extends a deal; it is not what the deal agreed."""
_PAST_RELEASE = re.compile(rf"(?i)\b(?:{FREED}"
                           r"|arrived|crossed|reached|followed|transferred|received|welcomed|got"
                           r"|(?:brought|bringing)\s+(?:home|back)|came\s+(?:home|back)"
                           r"|(?:announc|confirm|complet|celebrat|hail)\w*\s+the\s+(?:release"
                           r"|return|repatriation|handover|freeing))\b")
"""A sentence that tells the people arriving ("arrived in Israel on Sunday in the second
release ... in a deal"), received ("under the deal, Ukraine got 200 prisoners", "each side
bringing home 95 in an agreement") or a release someone confirms done ("confirmed the release
of 90 prisoners as part of the deal") reports a release, though it names the deal."""
_RELATIVE = re.compile(r"(?i),?\s+(?:which|who|that)\s")
""" "... freed 11 hostages on the fourth day of the ceasefire, which will now be extended":
the plan is the ceasefire's, in a relative clause after the people."""
_COMING = re.compile(r"(?i)\b(?:later\s+(?:in\s+the\s+day|that\s+day|on)|within\s+hours"
                     r"|in\s+the\s+coming\s+(?:hours|days)|(?:this|next)\s+week(?:end)?)\b")
"""A handover's time that `TIME` does not read as a day ("later in the day", "this week")."""
_NOT_HANDOVER_DAY = re.compile(
    r"(?i)\b(?:agreed|reached|signed|announced|struck|approved|brokered|sealed|said|says|told"
    r"|confirmed|stated|began|begun|started|starting|took\s+effect|came\s+into\s+(?:force|effect)"
    r"|went\s+into\s+effect|by|until|till|before|since|from)\s+(?:[\w,-]+\s+){0,2}?$"
    rf"|\b{HELD}\b(?:(?!\b(?:free|freed|release|released|hand|handed)\b)[^.;])*$")
"""Words before a time that make it another thing's than a handover's: the deal's making ("agreed
on Wednesday"), a report's ("said Saturday"), the truce's start ("began on Sunday"), a deadline
or bound ("by Monday", "since Sunday"), when people were taken, however far before the time
("kidnapped in Israel during the October 7 attack")."""
_SAID_NEXT = re.compile(r"(?i)\s*,?\s*(?:said|says|announced|confirmed|told|reported)\b")
"""A speech verb right after a time: "Israel on Saturday said it would free 90" dates the saying."""
_OPENING = re.compile(r"(?i)\W*(?:(?:however|but|and|meanwhile|then|also|yet),?\s*)?")
"""What may stand beside a time that is a clause of its own ("On Saturday, ...")."""
_OPENING_TIME = re.compile(rf"(?:[A-Z][a-z]+(?:\s+[a-z]+){{0,2}},\s+)?(?:(?i:late|early|later"
                           rf"|earlier)\s+)?(?P<time>{TIME.pattern}),")
"""A time that opens a sentence as a clause of its own, after at most a short lead-in ("On
Wednesday, ...", "Late on Monday, ...", "As reported, on December 7, 2023, ..."): it dates
the sentence's verb."""
_ONE_OF_SERIES = re.compile(
    r"(?i)\b(?:next|latest|coming|upcoming|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?(?:exchange|swap|round|handover|release|batch"
    r"|group|tranche|transfer)s?\b")
"""A handover named as one of a series ("the next exchange", "the fifth round of releases"), not
the deal's first phase, which annotators and outlets alike give as the deal's terms."""
_PER_SIDE = re.compile(r"(?i)\b(?:each|per\s+side|from\s+(?:each|both)\s+sides?|apiece)\b")
_BOTH_WAYS = re.compile(r"(?i)\b(?:exchang\w*|swap\w*)\b(?!\s+for\b)")
"""A total of both sides' people is of people exchanged ("agreed to swap a total of 2,000
prisoners"); "a total of 43 prisoners will be released to the West Bank" or "Hamas will free a
total of 33 hostages" counts what one side frees, and "in exchange for" names the other side's."""
_SOUGHT = re.compile(r"(?i)\b(?:propos\w*|offer\w*|demand\w*|(?:push|press|pushed|pressed|pushing"
                     r"|pressing|lobb\w+|ask\w*|appeal\w*)\s+for|seek\w*|sought|want\w*"
                     r"|hop(?:e|es|ed|ing)|ready\s+to|willing\s+to|refus\w*|reject\w*|if|unless"
                     r"|talks\s+(?:on|about)|urg(?:e|es|ed|ing))\b")
"""A deal one side proposes, demands, offers, hopes for or refuses ("Kyiv would push for a
1,000-for-1,000 exchange", "Russia said it was ready to swap 500 more"): no one agreed it."""
_HANGS_ON = re.compile(r"(?i)\b(?:if|unless|provided|providing|as\s+long\s+as|so\s+long\s+as)\b")
"""A condition told after a plan's number; "on condition that", the deal's own terms, is not one."""
_LISTED_WITH = re.compile(r"(?i)[^.;:\d]{0,80}?(?:,|\band|\bas\s+well\s+as|\bplus)\s+"
                          r"(?:(?:some|about|around|nearly|approximately)\s+)?")
_IN_RETURN_FOR = re.compile(r"(?i)\b(?:exchange|return|for|against|while|whereas|will|would"
                            rf"|to|{HELD})\b")
"""Words between two numbers that set the second apart from the first's side: a return
("in exchange for"), a second clause ("while ... will release"), who holds the first ("50
hostages held by Hamas and 150 prisoners held in Israeli jails")."""
_SWAP_DONE = re.compile(r"(?i)\b(?:carried\s+out|held|completed|conducted|staged|took\s+place)\b")
"""Verbs that tell a swap done, beside the release verbs."""
N_FOR_N = re.compile(r"(?<![\w,])(\d{1,3}(?:,\d{3})+|\d+)[- ]for[- ](\d{1,3}(?:,\d{3})+|\d+)\b")


@dataclass
class Deal:
    """A deal's total read from one sentence; `per_side` None when the sentence does not
    say whether it counts each side or both."""

    unit: Unit
    count: Count | None
    total: int
    per_side: bool | None


@dataclass
class Share:
    """A number the deal assigns to one side; `by` None when the sentence does not name it."""

    unit: Unit
    group: Group
    by: str | None


def told_freed(text: str, unit: Unit, group: Group) -> bool:
    """Whether the group's own verb tells it freed, in the past, with no plan before the
    group: "swapped 390 each on Friday and will swap more on Saturday", "390 soldiers returned
    home and more exchanges would follow", "the 84 released by Russia will undergo checks".
    A plan told after the group is another predicate's, not the group's."""
    start, end = clause(unit, group.start)
    return bool(_PAST_RELEASE.search(text, start, group.start) or FREED_AFTER.match(
        text, group.items_end, end)) and not AGREEMENT_CUE.search(text, start, group.start)


def planned(text: str, unit: Unit, group: Group) -> bool:
    """Whether the group is what a deal or plan provides for rather than people freed."""
    start, end = clause(unit, group.start)
    if told_freed(text, unit, group):  # "swapped 307 each on Saturday, the second day of a swap
        return False  # that will see 1,000 freed on each side": the plan is not the 307's
    relative = _RELATIVE.search(text, group.end, end)
    words = text[start:relative.start() if relative else end]
    sentence = text[unit.start:relative.start() if relative else unit.end]
    governing = _GOVERNING.search(words)
    before = governing is None or governing.start() < group.start - start
    return bool((AGREEMENT_CUE.search(words) and before) or (_AGREEMENT_NOUN.search(sentence) and (
        (AGREEMENT_CUE.search(sentence) and before) or not _PAST_RELEASE.search(sentence))))


def swap_done(text: str, unit: Unit, position: int) -> bool:
    """Whether the N-for-N swap at `position` is told as done ("Russia and Ukraine on Saturday
    carried out a 150-for-150 swap"), with no deal, plan or agreement in its clause: a stage,
    not the deal's total."""
    start, end = _told_in(text, unit, position)
    return bool(_PAST_RELEASE.search(text, start, end) or _SWAP_DONE.search(text, start, end)
                ) and not (AGREEMENT_CUE.search(text, start, end)
                           or _AGREEMENT_NOUN.search(text, start, end))


def _told_in(text: str, unit: Unit, position: int) -> tuple[int, int]:
    """The clause that tells the N-for-N at `position`. Set off by commas, it is a clause of
    no verb of its own, told by the clause before it ("exchanged prisoners on Saturday, 84 for
    84, the Ukrainian side said") or, where that has no verb either, the one after ("the
    latest swap, 95 for 95, took place on Saturday")."""
    start, end = clause(unit, position)
    if not N_FOR_N.fullmatch(text[start:end].strip(" .;")):
        return start, end
    before = clause(unit, gap_start(text, start) - 1) if start > unit.start else None
    if before and any(cue.search(text, *before) for cue in (
            _PAST_RELEASE, _SWAP_DONE, AGREEMENT_CUE, _AGREEMENT_NOUN)):
        return before
    after = gap_end(text, end)
    return clause(unit, after) if after < unit.end else (start, end)


def sought(text: str, unit: Unit, position: int) -> bool:
    """Whether the clause, up to the deal's number at `position`, only seeks the deal, or the
    sentence after the number makes it hang on a condition ("Ukraine would exchange 1,000 for
    1,000 if Russia agreed", "Hamas would free 10 hostages, provided Israel withdraws"): what
    is agreed only if something else happens is not agreed."""
    return bool(_SOUGHT.search(text, clause(unit, position)[0], position)
                or _HANGS_ON.search(text, position, unit.end))


def deal_terms(text: str, unit: Unit, group: Group, sides: Sides) -> tuple[Deal, Share | None]:
    """What a planned group says about the deal: its total, and the side's share when the
    sentence gives one side's number under the deal."""
    words = text[slice(*clause(unit, group.start))]
    per_side = True if _PER_SIDE.search(words) else False if (
        IN_TOTAL.search(words) and _BOTH_WAYS.search(words)) else None
    share = None
    lead = text[line_start(text, unit.start):unit.start]  # "... agreed a truce. Under
    expected = _EXPECTED.search(text, clause(unit, group.start)[0], group.start)  # its terms,
    pledged = _PLEDGED.search(text, clause(unit, group.start)[0], group.start)
    deal = pledged or ((_SHARE_CUE.search(unit.text) or expected) and (  # Hamas will free 33"
        _DEAL.search(unit.text) or _AGREED.search(lead[-200:])))
    if per_side is None and deal and not _INCREMENT.search(
            text, group.start, group.items_end) and not one_handover(text, unit):
        share = Share(unit, group, releaser(sides, group, None))
    return Deal(unit, group.items[0], group.count, per_side), share


def one_handover(text: str, unit: Unit) -> bool:
    """Whether the sentence plans one handover of a deal rather than the deal: "Hamas is set to
    free three hostages on Saturday in exchange for 183 prisoners", "Hamas will hand over three
    hostages on Saturday, and Israel will free 183 in return", "in the fifth exchange, Hamas is
    to free three". Each of its numbers is that day's, not the side's share of the deal, and
    whether the deal has more is what the sentence cannot say: no share is read from it. A
    time that dates the deal's making, a report, a bound or the taking of the people is no
    handover's; nor is one told of a release done ("freed three on Sunday and is to free 30")."""
    if _ONE_OF_SERIES.search(unit.text):
        return True
    times = [*TIME.finditer(text, unit.start, unit.end), *_COMING.finditer(text, unit.start,
                                                                           unit.end)]
    for time in times:
        start, end = clause(unit, time.start())
        if _OPENING.fullmatch(text, start, time.start()) and _OPENING.fullmatch(
                text, time.end(), end):  # "On Saturday, Hamas is due to free three": the
            end = clause(unit, end + 1)[1]  # time opens the clause after it
        plans = list(AGREEMENT_CUE.finditer(text, start, end))
        made = list(_MADE_DEAL.finditer(text, start, end))
        if not plans or _NOT_HANDOVER_DAY.search(text, start, time.start()) or (
                _SAID_NEXT.match(text, time.end())) or (
                made and _gap(made, time) < _gap(plans, time)):
            continue  # "On Wednesday, the sides reached a deal under which Hamas will free 33"
        done = _PAST_RELEASE.search(text, start, time.start())
        if done is None or AGREEMENT_CUE.search(text, done.end(), time.start()):
            return True
    return False


def _gap(words: list[re.Match[str]], time: re.Match[str]) -> int:
    """How far the nearest of `words` is from `time`: the time dates the nearer of a deal's
    making and a plan."""
    return min(max(w.start() - time.end(), time.start() - w.end(), 0) for w in words)


class DealReader(SidesReader):
    """Reads one article's agreement from the deals and shares its sentences state."""

    def read(self, units: list[Unit], deals: list[Deal], shares: list[Share],
             freeing: dict[str, set[str]]) -> Agreement | None:
        """`freeing` maps a people noun to the sides the article's releases have freeing
        such people ("hostage": Hamas, "prisoner": Israel)."""
        shares = [s if s.by else Share(s.unit, s.group, _only(freeing.get(noun(s.group))))
                  for s in shares]
        return self._agreement(units, deals) or self._unequal(units, shares)

    def _jailer(self, group: Group) -> str | None:
        """Who a deal has free people of one side, when neither the sentence nor the article's
        releases tell: the other side ("a deal that involves the release of 1,027
        Palestinians": Israel)."""
        owners = self.sides.owners(group)
        return self.sides.other(next(iter(owners))) if len(owners) == 1 else None

    def _agreement(self, units: list[Unit], deals: list[Deal]) -> Agreement | None:
        """The agreed total, preferably from a sentence next to where and when it was agreed."""
        known = [d for d in deals if d.per_side is not None
                 and not self._background(d.unit, d.count.start if d.count else d.unit.start)]
        if not known:
            return None
        place, when, where_unit = self._where(units)
        chosen = next((d for d in known
                       if where_unit and d.unit.paragraph == where_unit.paragraph), known[0])
        unit = chosen.unit
        start, end = unit.start, unit.end
        if where_unit is not None and where_unit.paragraph == unit.paragraph:
            start, end = min(start, where_unit.start), max(end, where_unit.end)
        qualifier = qualifier_before(self.text, chosen.count.start) if chosen.count else None
        return Agreement(total=chosen.total, per_side=bool(chosen.per_side), qualifier=qualifier,
                         place=place, date_expression=when,
                         evidence=evidence(self.text, start, end))

    def _where(self, units: list[Unit]) -> tuple[str | None, str | None, Unit | None]:
        """Where and when the deal was made, from the first sentence that places it; else
        when, from the first sentence that dates its making (no sentence is returned then:
        a date alone makes no agreement of its own)."""
        for unit in units:
            found = self._place(unit) if unit.quote is None and _AGREEMENT_NOUN.search(
                unit.text) else None
            if found:  # dated in the clause that makes it, not by the release it frames
                return found[0], time_closest(self.text, found[1], self._made_end(unit, found[1]),
                                              found[1]), unit
        return None, self._made_when(units), None

    def _made_when(self, units: list[Unit]) -> str | None:
        """When the deal was made, told without where: the time its making words are dated by
        in their clause, or the time that opens their sentence ("On December 7, after weeks of
        talks, an agreement was reached"), outside quotes and history."""
        for unit in units:
            made = _MADE_DEAL.search(unit.text) if unit.quote is None else None
            at = unit.start + made.start(made.lastgroup or 0) if made else None
            if at is None or self._background(unit, at):
                continue
            start, end = clause(unit, at)
            opening = _OPENING_TIME.match(unit.text)
            when = time_closest(self.text, start, end, at) or (
                opening.group("time") if opening and unit.start + opening.end() <= start else None)
            if when:
                return when
        return None

    def _made_end(self, unit: Unit, position: int) -> int:
        """Where the clause that makes a deal ends: a comma that sets the city's country beside
        it does not end it ("held talks in Istanbul, Turkey on Friday")."""
        end = clause(unit, position)[1]
        country = next(iter(self.places.between(end, unit.end)), None)
        if country is not None and country.entry.kind == "country" and not country.entry.demonym \
                and _APPOSITION.fullmatch(self.text, end, country.start):
            return clause(unit, country.start)[1]
        return end

    def _unequal(self, units: list[Unit], shares: list[Share]) -> Agreement | None:
        """A deal in which the sides free different numbers ("Hamas agreed to release 50
        hostages", "a pact to free 50 hostages and 150 prisoners held in Israeli jails"): each
        number goes to the side that is to free it, read as for a release; of the numbers in
        one sentence with one side stated, those whose side is not stated go to the other side,
        summed ("... 20 hostages in exchange for 250 lifers and 1,700 detainees": 1,950); a
        number still without a side goes to the side other than its people's (`_jailer`). No
        side frees its own people: "Hamas will free 33 hostages in exchange for 1,900
        Palestinians", in an article that names no Israel, pits Hamas against Palestine, and
        the 1,900 are no share of Palestine's (nor of anyone's the article names)."""
        for unit in dict.fromkeys(s.unit for s in shares):
            here = [(s.group, s.by) for s in shares if s.unit is unit
                    and not self._background(unit, s.group.start)]
            named = [(g, by) for g, by in here if by]
            other = self.sides.other(named[0][1]) if len(named) == 1 else None
            summed = {other}
            if other and len(here) >= 2:
                first, side = named[0]
                listed = [g for g, by in here if not by and _listed_with(self.text, first, g)]
                summed |= {side} if listed else set()
                here = [(g, by or (side if g in listed else other)) for g, by in here]
            here = [(g, by or self._jailer(g)) for g, by in here]
            here = [(g, by) for g, by in here if by not in g.nations() | self.sides.owners(g)]
            by_party: dict[str, list[Group]] = {}
            for group, by in here:
                by_party.setdefault(by or "", []).append(group)
            if by_party and "" not in by_party and all(
                    len(g) == 1 or p in summed for p, g in by_party.items()):
                place, when, _ = self._where(units)
                counts = [PartyCount(party=p, count=sum(g.count for g in told), qualifier=(
                    group_qualifier(self.text, told[0]) if len(told) == 1 else None))
                    for p, told in by_party.items()]
                return Agreement(by_party=counts, place=place, date_expression=when,
                                 evidence=evidence(self.text, unit.start, unit.end))
        place, when, where = self._where(units)
        if place is None or where is None:
            return None
        return Agreement(place=place, date_expression=when,  # "the deal, agreed in Doha"
                         evidence=evidence(self.text, where.start, where.end))

    def _place(self, unit: Unit) -> tuple[str, int] | None:
        """Where a deal was made: a city or region in a clause that says so ("agreed in Doha"),
        and where the words that make it start.
        A country named with "in" is where talks or a war take place ("peace in Ukraine"); talks
        that failed agreed nothing."""
        if _FAILED.search(unit.text):
            return None
        found = [m for m in self.places.between(unit.start, unit.end)
                 if m.entry.kind in ("city", "region") and not self._background(unit, m.start)
                 and _MADE_IN.search(self.text, max(unit.start, m.start - 40), m.start)]
        if not found:
            return None
        made = _MADE_IN.search(self.text, max(unit.start, found[0].start - 40), found[0].start)
        return found[0].entry.name, made.start() if made else found[0].start


def _listed_with(text: str, one: Group, other: Group) -> bool:
    """Whether two numbers of a deal's sentence are listed under one verb, with no word of
    a return between them ("Israel will release 250 prisoners serving life sentences and
    1,700 detainees from Gaza"): both are the side's that frees the first. Not "Hamas will
    free 20 hostages in exchange for 250 lifers and 1,700 detainees": those are the other's."""
    first, second = sorted((one, other), key=lambda g: g.start)
    between = text[first.end:second.start]
    return bool(_LISTED_WITH.fullmatch(between)) and not _IN_RETURN_FOR.search(between)


def _only(sides: set[str] | None) -> str | None:
    return next(iter(sides)) if sides and len(sides) == 1 else None
