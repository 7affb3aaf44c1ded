"""The two sides of an exchange and its mediators (who released a group: `releasers`).

Real articles name more countries than the two sides: the mediator ("mediated by
the United Arab Emirates"), the host, the nationality of the people freed ("33
Palestinians", "10 Thais"). A side is a party the article names as acting;
a mediator or host never releases or receives anyone, and a demonym only makes
a side when fewer than two are named.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from summarizer.backends.rules.attackers import sponsor, with_groups
from summarizer.backends.rules.freed import FREED
from summarizer.backends.rules.groups import Group
from summarizer.backends.rules.person_names import NAME, NEXT, ROLE, TOKEN
from summarizer.backends.rules.sites import DIRECTION
from summarizer.backends.rules.text import Unit
from summarizer.text.gazetteer import Mention, Places
from summarizer.text.time import MONTH_NAMES

_LOCATIVE = frozenset({"in", "at", "near", "via", "through", "to", "into", "across", "from"})
_BEFORE_PLACE = re.compile(rf"(?i)the|neighbou?ring|nearby|{DIRECTION}")
"""Words between a locative and the place it names: "in neighbouring Belarus", "in the
southern Philippines", "to the United States"."""
HELD_IN = re.compile(r"(?i)(?:['\u2019]s)?\s+(?:captivity|prisons?|jails?|custody|detention)\b")
_HELD_VERB_IN = re.compile(r"(?i)\b(?:held|detained|jailed|imprisoned|incarcerated)\s+in\s+"
                           r"(?:the\s+)?$")
"""People "detained in Venezuela", "held in Russia": the country they were held in holds
them, a jailer and so a side, not a place the exchange happened to pass through."""
INSTITUTION = re.compile(r"(?i)\s+(?:side|prison\s+service|prison\s+authorit(?:y|ies)|authorities"
                         r"|government|army|military|forces|defen[cs]e\s+ministry|ministry"
                         r"|officials|police)\b")
""" "The Israeli prison service confirmed the release of 33 inmates": a side's institution
acts for it, though its name is a demonym."""
_MEDIATOR_BEFORE = re.compile(r"(?i)\b(?:(?:mediated|brokered|facilitated|hosted)\s+by"
                              r"|mediation\s+(?:of|by|from)|mediators?)\s+(?:the\s+)?$")
_MEDIATOR_AFTER = re.compile(r"(?:['\u2019]s)?(?:,?\s+(?:which|who))?(?:\s+[\w-]+){0,6}?"
                             r"\s+(?:mediat\w*|brokered|brokering|hosted|intermediar(?:y|ies)"
                             r"|go-between)\b(?!\s+(?:by|of|from)\b)")
"""A party a mediation word follows ("Qatar, which mediated the deal", "Turkey's mediation"),
not one it names after it: "the return of 248 Russian POWs with the mediation of the United
Arab Emirates" names the Emirates the mediator (`_MEDIATOR_BEFORE`), not Russia."""
_THANKED_AFTER = re.compile(r"(?i)(?:\s+(?:government|authorities))?\s+for\s+(?:its|their)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:role|help|assistance)\b")
""" "Grateful to Turkey for its role", "thanks to the Lithuanian government for its cooperation
and assistance": the country thanked for helping is a go-between (not the sides thanked "for
their cooperation")."""
SUBJECT_GAP = r"(?:['\u2019]s)?(?:\s+[\w-]+){0,3}?\s+"
"""A few words between the side that frees and its verb: "Hamas on Saturday released", "the ELN
rebel group on Wednesday freed", "Russia's forces handed"."""
ACTOR = re.compile(rf"(?i){SUBJECT_GAP}(?:{FREED}|handed|frees|releases)\b"
                   r"|\s+(?:freeing|releasing)\b")
"""A side (or a city acting for its country) as the one that frees: a verb of freeing a few
words after it ("Hamas on Saturday released"), or its participle right after it ("with Moscow
releasing 75 prisoners", "Kyiv freeing 75 soldiers"): with words between, the participle may
be another verb's object ("Moscow insisting on releasing 75")."""
_RECEIVES = re.compile(r"(?i)(?:\s+[\w-]+){0,2}?\s+(?:received|receives|welcomed|got\s+back"
                       r"|brought\s+(?:home|back))\b")
_LISTED = re.compile(r"(?:,\s*|,?\s+and\s+)(?:the\s+)?")
_DESCRIBING = re.compile(r"(?:the\s+)?(?:[a-z][\w'\u2019-]*\s+){0,3}")
"""Words between a passive's "by" and the side they describe: "the militant group"."""
_QUALIFIES = re.compile(r"-(?:mediated|brokered|hosted|based|owned|flagged)\b")
""" "Russia-mediated talks", "a British-based war monitor", "a British-owned vessel": a country
joined to the noun it qualifies does nothing in the exchange (nor does one who backs a side:
`sponsor`)."""
_COMPOUND = r"(?:-[A-Z][\w'\u2019]*)*"
"""The rest of a nationality of two ("Colombian-Venezuelan", "British-Iranian")."""
_DESCRIBES = (r"(?:\s+(?!(?:in|on|at|from|to|of|and|or|by|for|with|as|the|an?|is|was|were|are"
              r"|has|had|have|who|which|that|said|says)\b)[a-z][\w-]*){1,3}")
"""The words saying what a named person is ("arms dealer", "basketball star", "aid worker"),
never the words of a clause ("prisoners held in Kherson")."""
_PERSON_AFTER = re.compile(rf"{_COMPOUND}{_DESCRIBES}\s+(?P<name>{TOKEN}(?:{NEXT}){{1,3}})")
""" "Colombian businessman Alex Saab", "Russian arms dealer Viktor Bout": the nationality of one
named person, which `Sides._one_person` leaves out of the sides."""
_PERSON_BEFORE = re.compile(rf"{NAME},\s+an?\s+$")
""" "Alex Saab, a Colombian businessman": the nationality told after the name."""
_CAPITALISED = r"[A-Z][\w.'\u2019]*(?:\s+[A-Z][\w.'\u2019]*){0,2}"
_FILED_FROM = re.compile(rf"\A\s*{_CAPITALISED}(?:,\s*{_CAPITALISED})?"
                         rf"(?:,\s*{MONTH_NAMES}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?"
                         r"\s*(?:\([^()\n]{0,30}\)?)?\s+[\u2013\u2014-]+\s")
"""The place heading a report, where it was filed ("VILNIUS, Lithuania (AP) — ", "MANILA,
Philippines — "): the reporter's, not a side's. Not `summarizer.text.time.DATELINE`, which
the sentence cutter skips and the validator reads for the day of writing: that one needs the
day and no dash ("Jerusalem, Nov 28 "), this one the dash and no day, as it is read for the
place, and wire copy heads a page with the place alone."""
_COMMA = re.compile(r",\s*")
_SHORT = re.compile(r"[^()\n.;,]{0,30}\(")
"""Between a name and its short form in brackets: "the Tigray People's Liberation Front (TPLF)",
"Islamic State in Iraq and Syria (ISIS)"."""
AND = re.compile(r"\s+and\s+(?:the\s+)?")
_BETWEEN_SIDES = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:and\s+(?:the\s+)?)?$")
""""The pact between Israel and Hamas is meant to release": both sides named, neither acts."""


class Sides:
    """The sides and mediators of one article; `parties` is empty unless two sides are clear."""

    def __init__(self, text: str, places: Places, units: list[Unit],
                 background: Callable[[Unit, int], bool]) -> None:
        self.text = text
        self.places = places
        self.background = background
        self.mediators = self._mediators()
        self.named: set[str] = set()
        """Sides the article names as such, not only as the nationality of people."""
        self.parties = self._parties(units)

    def _parties(self, units: list[Unit]) -> list[str]:
        """Actors ("Hamas released", "between Israel and Hamas") weigh most; a demonym
        ("33 Palestinians") only fills in when fewer than two sides are named, unless it
        names a jailer ("from Russian captivity"); a place ("in Turkey", "in the southern
        Philippines"), a country that only qualifies a group ("Yemen's Houthi movement" is
        the Houthis: `with_groups`) or something else (`_qualifies`), a name repeated in
        brackets after such a mention ("(ISIS)") and a mediator never count."""
        named: Counter[str] = Counter()
        described: Counter[str] = Counter()
        filed = _FILED_FROM.match(self.text)
        heading = filed.end() if filed else 0
        for unit in units:
            told: dict[str, tuple[int, bool]] = {}
            mentions = with_groups(self.text, self.places.between(unit.start, unit.end))
            for index, mention in enumerate(mentions):
                before = self.text[unit.start:mention.start].split()
                while before and _BEFORE_PLACE.fullmatch(before[-1]):
                    before.pop()
                held = _HELD_VERB_IN.search(self.text, max(unit.start, mention.start - 30),
                                            mention.start)  # "Americans detained in Venezuela"
                jailer = HELD_IN.match(self.text, mention.end) or held  # "from Hamas captivity"
                name = self.side(mention)
                earlier = told.get(mention.entry.name)
                if earlier and _SHORT.fullmatch(self.text, earlier[0], mention.start):
                    aside = earlier[1]  # "Islamic State (ISIS)": the name again, as it was told
                else:
                    aside = bool(before and before[-1].lower() in _LOCATIVE and not jailer
                                 ) or self._qualifies(mentions, index, heading)
                told[mention.entry.name] = (mention.end, aside)
                if (name is None or aside or name in self.mediators
                        or (self.background(unit, mention.start) and not held)):  # "detained
                    # in Venezuela in recent months": when they were taken, not a past event
                    continue
                weight = 1 if mention.entry.demonym else 2
                if ACTOR.match(self.text, self._list_end(mention), unit.end) or (
                        before and before[-1] == "between"):
                    weight += 3
                holds = mention.entry.demonym and not jailer and not INSTITUTION.match(
                    self.text, mention.end)  # "Russian captivity", "the Russian side" name a side
                (described if holds else named)[name] += weight
        self.named = set(named)
        if len(named) < 2:
            named.update(described)
        return [name for name, _ in named.most_common(2)] if len(named) >= 2 else []

    def _qualifies(self, mentions: list[Mention], index: int, heading: int) -> bool:
        """Whether a mention only qualifies something, doing nothing in the exchange: the
        place the report was filed from (before `heading`), a country that says where the city
        before it is ("left Beirut, Lebanon"), one joined to a noun ("Russia-mediated talks")
        or one backing a side ("linked to Islamic State")."""
        mention = mentions[index]
        city = mentions[index - 1] if index else None
        return bool(mention.start < heading
                    or (city and city.entry.kind == "city"
                        and city.entry.country == mention.entry.name
                        and _COMMA.fullmatch(self.text, city.end, mention.start))
                    or _QUALIFIES.match(self.text, mention.end) or sponsor(self.text, mention)
                    or self._one_person(mention))

    def _one_person(self, mention: Mention) -> bool:
        """Whether a demonym is one named person's nationality ("Colombian businessman Alex
        Saab", "Alex Saab, a Colombian businessman"): exchange reporting gives the passport of
        whoever is swapped, and the side is who holds and frees them, which it need not be
        ("the US freed Colombian businessman Alex Saab for 10 Americans held in Venezuela").
        A name that is a place ("Ukrainian prisoners Kyiv Oblast ...") or a side's institution
        ("Russian forces") is no person, and an official ("Ukrainian ombudsman Dmytro
        Lubinets", "Russian Foreign Minister Sergei Lavrov") speaks for the side of that name."""
        if not mention.entry.demonym or INSTITUTION.match(self.text, mention.end):
            return False
        after = _PERSON_AFTER.match(self.text, mention.end)
        if after and not (self.places.between(after.start("name"), after.end("name"))
                          or ROLE.search(after.group())):
            return True
        return bool(_PERSON_BEFORE.search(self.text, max(0, mention.start - 60), mention.start))

    def _list_end(self, mention: Mention) -> int:
        """Where the list of parties that `mention` opens ends: "the U.S., Germany, Norway,
        Poland and Slovenia released eight Russians" has them all act, not Poland alone, the
        one nearest the verb."""
        end = mention.end
        for following in self.places.between(mention.end, mention.end + 200):
            if not (following.entry.party and _LISTED.fullmatch(self.text, end, following.start)):
                break
            end = following.end
        return end

    def _mediators(self) -> set[str]:
        """Parties named as go-betweens ("mediated by the United Arab Emirates", "Qatar,
        which brokered the deal", "the mediation of Egypt and Qatar"), unless the article
        also has them release someone."""
        found: set[str] = set()
        mentions = [m for m in self.places.between(0, len(self.text)) if m.entry.party]
        actors = {m.entry.name for m in mentions if ACTOR.match(self.text, m.end)}
        for index, mention in enumerate(mentions):
            before = self.text[max(0, mention.start - 40):mention.start]
            listed = index > 0 and mentions[index - 1].entry.name in found and self.text[
                mentions[index - 1].end:mention.start] == " and "
            if (_MEDIATOR_BEFORE.search(before) or listed
                    or _MEDIATOR_AFTER.match(self.text, mention.end)
                    or _THANKED_AFTER.match(self.text, mention.end)):
                found.add(mention.entry.name)
        return found - actors

    def side(self, mention: Mention) -> str | None:
        """The party a mention stands for: a country or group, or a city acting for its
        country's government ("Kyiv released 95", "between Moscow and Kyiv")."""
        if mention.entry.party:
            return mention.entry.name
        if mention.entry.kind != "city" or not mention.entry.country:
            return None
        before = self.text[max(0, mention.start - 40):mention.start]
        pair = self._pair(mention)
        last = pair.end if pair and pair.start > mention.start else mention.end
        acts = ACTOR.match(self.text, last) or _RECEIVES.match(self.text, last)
        return mention.entry.country if acts or _BETWEEN_SIDES.search(before) else None

    def _pair(self, mention: Mention) -> Mention | None:
        """The side's name joined to a city by "and" ("Moscow and Kyiv on Saturday exchanged",
        "Ukraine and Moscow swapped"): the two are one subject, and the city acts when the
        pair does."""
        after = self.places.between(mention.end, mention.end + 40)
        before = self.places.between(max(0, mention.start - 40), mention.start)
        joined = [m for m in after[:1] if AND.fullmatch(self.text, mention.end, m.start)] + [
            m for m in before[-1:] if AND.fullmatch(self.text, m.end, mention.start)]
        return next((m for m in joined if (m.entry.name if m.entry.party else m.entry.country)
                     not in (None, mention.entry.country)), None)

    def own(self, nation: str) -> str | None:
        """The side whose people a nationality names, the one the other side held: the side
        itself ("Russian servicemen" are Russia's) or the group fighting from that country
        ("Palestinian prisoners" are Hamas's in its exchange with Israel, held by Israel)."""
        if nation in self.parties:
            return nation
        return next((p for p in self.parties
                     if (e := self.places.lookup(p)) is not None and e.base == nation), None)

    def owners(self, group: Group) -> set[str]:
        """The sides whose people a group counts ("200 Palestinian prisoners": Hamas)."""
        return {side for n in group.nations() if (side := self.own(n)) is not None}

    def other(self, party: str) -> str | None:
        if party in self.parties and len(self.parties) == 2:
            return self.parties[1 - self.parties.index(party)]
        return None

    def side_before(self, position: int, *, start: int | None = None,
                     named: bool = True) -> str | None:
        """The side named right before `position` ("Hamas" in "Hamas freed", "Russian" in
        "Russian captivity"); with `named`, a demonym ("The Israeli hostages released")
        describes the people, not who acts."""
        if start is None:
            mentions = self.places.between(max(0, position - 30), position)
            if not mentions or self.text[mentions[-1].end:position].strip(" '\u2019s"):
                return None
        else:
            mentions = self.places.between(start, position)
        sides = [m for m in mentions if self.side(m) in self.parties
                 and not (named and m.entry.demonym and not INSTITUTION.match(self.text, m.end))
                 and not _BETWEEN_SIDES.search(self.text, max(0, m.start - 40), m.start)]
        return self.side(sides[-1]) if sides else None

    def agent(self, at: int, end: int) -> Mention | None:
        """The party a passive's "by" at `at` names: right after it ("freed by Hamas", "by
        Israeli forces") or after words describing it ("by the militant group Hamas", "by
        Palestinian militant group Hamas", "by the Israeli military")."""
        found = self.places.between(at, min(end, at + 60))
        first = found[0] if found and found[0].start == at and found[0].entry.party else None
        gap, told = "", at
        for mention in found:
            gap, told = gap + self.text[told:mention.start], mention.end
            if not mention.entry.party or not _DESCRIBING.fullmatch(gap):
                break
            if not mention.entry.demonym or INSTITUTION.match(self.text, mention.end):
                return mention
            gap += "x"  # a demonym describing the side ("Palestinian militant group Hamas")
        return first


class SidesReader:
    """What a reader of one article's deal or running totals works from, once the sides are
    known: the text, its places, its sides, and whether a figure is background."""

    def __init__(self, text: str, places: Places, sides: Sides,
                 background: Callable[[Unit, int], bool]) -> None:
        self.text = text
        self.places = places
        self.sides = sides
        self._background = background
