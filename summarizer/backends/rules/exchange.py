"""Exchange stages, running totals and the agreed deal, from counted people.

Who released whom is read from the sentence in this order: a symmetric swap
("each", "in exchange for as many", "Russians and Ukrainians") frees the same
number on both sides; an explicit releaser ("Hamas released 24 hostages",
"freed by Israel"); else the nationality of the people ("307 Ukrainian
defenders returned" were released by Russia). A group none of these settles is
left out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from summarizer.backends.rules.numbers import Count
from summarizer.backends.rules.text import Unit, clause, evidence, is_background, time_near
from summarizer.models import (
    Agreement,
    BreakdownItem,
    CumulativeTotal,
    Evidence,
    ExchangeStage,
    Release,
)
from summarizer.text.gazetteer import Places
from summarizer.text.time import resolve

EXCHANGE_CUE = re.compile(r"(?i)\b(?:exchang\w*|swap\w*|releas\w*|freed|free|returned|return"
                          r"|home|handed\s+over|repatriat\w*|brought\s+back|captivity|prisoners?"
                          r"|hostages?|POWs?|detainees?|captives?)\b")
_CASUALTY = re.compile(r"(?i)\b(?:killed|dead|died|injured|wounded|hurt|killing|injuring"
                       r"|wounding)\b")
_AGREEMENT_CUE = re.compile(r"(?i)\b(?:agreed\s+to|agreement\s+to|calls?\s+for|provides?\s+for"
                            r"|will|would|(?:is|are)\s+(?:set\s+)?to|to\s+be|plans?\s+to"
                            r"|when\s+completed|once\s+completed)\b")
_AGREEMENT_NOUN = re.compile(r"(?i)\b(?:agreement|deal|accord|talks|agreed)\b")
_PAST_RELEASE = re.compile(r"(?i)\b(?:released|freed|handed\s+over|returned|swapped|repatriated)\b")
_RECEIVED = re.compile(r"(?i)\b(?:received|brought\s+home|brought\s+back|welcomed|got\s+back)\b")
_TOTAL_OF = re.compile(r"(?i)\b(?:a\s+total\s+of|in\s+total)\s+"
                       r"(?P<number>\d{1,3}(?:,\d{3})+|\d+)\b")
_PER_SIDE = re.compile(r"(?i)\b(?:each|per\s+side|from\s+(?:each|both)\s+sides?|apiece)\b")
_IN_TOTAL = re.compile(r"(?i)\b(?:in\s+total|a\s+total\s+of|in\s+all|combined)\b")
_N_FOR_N = re.compile(r"(?<![\w,])(\d{1,3}(?:,\d{3})+|\d+)[- ]for[- ](\d{1,3}(?:,\d{3})+|\d+)\b")
_CUMULATIVE = re.compile(r"(?i)\b(?:total|in\s+all|altogether|so\s+far|to\s+date|overall"
                         r"|over\s+(?:the\s+(?:past|last)\s+)?\w+\s+days|these\s+\w+\s+days)\b")
_TOTAL_TO = re.compile(
    r"(?i)\b(?:brings?|bringing|brought|raises?|raising|raised|takes?|taking|took|rose|rises)"
    r"\s+(?:the\s+)?(?:total|number|tally|count)(?:\s+number)?(?:\s+of\s+[\w\s]{1,40}?)?"
    r"\s+(?:to|at)\s+(?P<number>\d{1,3}(?:,\d{3})+|\d+)\b")
_SYMMETRIC = re.compile(r"(?i)\b(?:each|both\s+sides|the\s+two\s+sides|each\s+side|one\s+another"
                        r"|each\s+other|as\s+many|same\s+number|equal\s+number)\b")
_RELEASE_VERB = re.compile(r"(?i)\b(?:released|releasing|releases|release|freed|freeing|frees"
                           r"|free|handed\s+over|handing\s+over|hands\s+over|set\s+free|returned"
                           r"|returning|returns|repatriated|swapped|exchanged)\b")
_BY_PARTY = re.compile(r"(?i)^[^.;]{0,40}?\b(?:released|freed|handed\s+over|returned|held)\s+by\s+")
_LIST_SEPARATOR = re.compile(r"^(?:\s*,|,?\s+and|,?\s+as\s+well\s+as)\s+$")
_INCLUDING = re.compile(r"^[^.;\d]{0,60}?\b(?:including|among\s+them|of\s+whom)\s+$")
_APPOSITION = re.compile(r"^[^.;\d]{0,120}?(?:[,:\u2014\u2013]"
                         r"|\b(?:were|was|are|included|comprised|comprising))\s+$")
_THEN_TOTAL = re.compile(r"\s*(?:each\s*)?[,:\u2014\u2013]\s*$")
_FEW_WORDS = re.compile(r"^\s+(?:[\w-]+\s+){0,3}$")
_LOCATIVE = frozenset({"in", "at", "near", "via", "through", "to", "into", "across", "from"})
_ACTOR = re.compile(r"(?i)^(?:['\u2019]s)?(?:\s+[\w-]+){0,3}?\s+(?:released|freed|handed"
                    r"|returned|swapped|exchanged|frees|releases)\b")


@dataclass
class _Group:
    """Released people: listed items ("270 servicemen and 120 civilians" is 390, complete)
    or one count with parts ("390, including 120 civilians"; "39 prisoners, 24 women and
    15 teenagers", complete when the parts add up)."""

    items: list[Count]
    parts: list[Count]
    complete: bool
    unit: Unit
    restated: bool = False
    """The total follows its parts ("..., 390 people in all"): "in all" is not a running total."""

    @property
    def count(self) -> int:
        return sum(i.value for i in self.items)

    @property
    def start(self) -> int:
        return min(c.start for c in self.items + self.parts)

    @property
    def end(self) -> int:
        return max(c.end for c in self.items + self.parts)

    def nations(self) -> set[str]:
        named = {n for i in self.items for n in i.nations}
        return named or {n for p in self.parts for n in p.nations}


@dataclass
class _Found:
    when: str | None
    release: Release
    quoted: bool
    symmetric: bool


class ExchangeReader:
    """Reads one article's exchange: call `read` with its units and counted people."""

    def __init__(self, text: str, published: dt.date | None, places: Places) -> None:
        self.text = text
        self.published = published
        self.places = places
        self.parties: list[str] = []

    def read(self, units: list[Unit], people: dict[int, list[Count]]
             ) -> tuple[Agreement | None, list[ExchangeStage], list[CumulativeTotal]]:
        relevant = [u for u in units if EXCHANGE_CUE.search(u.text)]
        self.parties = self._parties(relevant)
        releases: list[_Found] = []
        totals: list[CumulativeTotal] = []
        deals: list[tuple[Unit, Count | None, int, bool | None]] = []
        for unit in relevant:
            for found in _N_FOR_N.finditer(self.text, unit.start, unit.end):
                if found.group(1) == found.group(2):
                    deals.append((unit, None, int(found.group(1).replace(",", "")), True))
            counted = people.get(unit.start, [])
            totals.extend(self._totals_to(unit, {c.start for c in counted}))
            for group in self._groups(unit, counted):
                words = self.text[slice(*clause(unit, group.start))]
                if _AGREEMENT_CUE.search(words) or (_AGREEMENT_NOUN.search(unit.text) and (
                        _AGREEMENT_CUE.search(unit.text) or not _PAST_RELEASE.search(unit.text))):
                    per_side = (True if _PER_SIDE.search(words)
                                else False if _IN_TOTAL.search(words) else None)
                    deals.append((unit, group.items[0], group.count, per_side))
                elif _CUMULATIVE.search(unit.text) and not group.restated:
                    totals.append(self._total(group))
                else:
                    releases.extend(self._releases(group))
        home = Counter(f.release.received_by for f in releases
                       if f.release.received_by and not f.symmetric).most_common(1)
        for total in totals:
            total.received_by = total.received_by or (home[0][0] if home else "")
        unique = {(t.as_of_expression, t.count): t for t in totals if t.received_by}
        return self._agreement(units, deals), self._stages(releases), list(unique.values())

    def _parties(self, units: list[Unit]) -> list[str]:
        """The two sides. Actors ("Hamas released", "between Israel and Hamas") weigh most,
        names more than demonyms ("10 Thais" does not make Thailand a side), and a place
        ("in Turkey") not at all."""
        seen: Counter[str] = Counter()
        for unit in units:
            for mention in self.places.between(unit.start, unit.end):
                before = self.text[unit.start:mention.start].split()
                if (not mention.entry.party or (before and before[-1].lower() in _LOCATIVE)
                        or is_background(self.text, unit, mention.start)):
                    continue
                weight = 1 if mention.entry.demonym else 2
                if _ACTOR.match(self.text, mention.end, unit.end) or (
                        before and before[-1] == "between"):
                    weight += 3
                seen[mention.entry.name] += weight
        return [name for name, _ in seen.most_common(2)] if len(seen) >= 2 else []

    def _other(self, party: str) -> str | None:
        if party in self.parties and len(self.parties) == 2:
            return self.parties[1 - self.parties.index(party)]
        return None

    def _list(self, counts: list[Count], index: int) -> list[Count]:
        """counts[index] and the counts listed after it ("A, B and C")."""
        listed = [counts[index]]
        while index + len(listed) < len(counts) and _LIST_SEPARATOR.match(
                self.text[listed[-1].end:counts[index + len(listed)].start]):
            listed.append(counts[index + len(listed)])
        return listed

    def _groups(self, unit: Unit, counts: list[Count]) -> list[_Group]:
        usable = [c for c in counts if not is_background(self.text, unit, c.start)
                  and not _CASUALTY.search(self.text, c.end, min(c.end + 30, unit.end))]
        groups: list[_Group] = []
        index = 0
        while index < len(usable):
            items = self._list(usable, index)
            index += len(items)
            parts: list[Count] = []
            complete, restated = len(items) > 1, False
            if len(items) > 2 and items[0].value == sum(c.value for c in items[1:]):
                items, parts = items[:1], items[1:]  # "39 prisoners, 24 women and 15 teenagers"
            elif len(items) > 1 and index < len(usable) and _THEN_TOTAL.match(
                    self.text, items[-1].end, usable[index].start) and _IN_TOTAL.search(
                    self.text, usable[index].end, clause(unit, usable[index].start)[1]):
                items, parts = [usable[index]], items  # "270 ... and 120 ..., 390 in all"
                index += 1
                restated = True
            elif len(items) == 1 and index < len(usable):
                between = self.text[items[0].end:usable[index].start]
                following = self._list(usable, index)
                total = sum(c.value for c in following)
                if _INCLUDING.match(between):
                    parts = following
                elif (_APPOSITION.match(between) and len(following) > 1
                      and total <= items[0].value):
                    parts, complete = following, total == items[0].value
                index += len(parts)
            groups.append(_Group(items, parts, complete, unit, restated))
        return groups

    def _releaser(self, group: _Group) -> str | None:
        """An explicit releaser: "Hamas released 24 ...", "... freed by Israel"."""
        unit, text = group.unit, self.text
        start = clause(unit, group.start)[0]
        verbs = list(_RELEASE_VERB.finditer(text, start, group.start))
        if verbs and _FEW_WORDS.match(text[verbs[-1].end():group.start]):
            before = [m for m in self.places.between(start, verbs[-1].start())
                      if m.entry.party]
            if before:
                return before[-1].entry.name
        passive = _BY_PARTY.match(text[group.end:unit.end])
        if passive:
            after = self.places.between(group.end + passive.end(), unit.end)
            if after and after[0].start == group.end + passive.end() and after[0].entry.party:
                return after[0].entry.name
        return None

    def _releases(self, group: _Group) -> list[_Found]:
        if len(self.parties) != 2:
            return []
        words = self.text[slice(*clause(group.unit, group.start))]
        nations = group.nations() & set(self.parties)
        symmetric = bool(_SYMMETRIC.search(words)) or len(nations) == 2
        if symmetric:
            by = list(self.parties)
        else:
            releaser = self._releaser(group)
            if releaser is None and len(nations) == 1:
                releaser = self._other(nations.pop())
            by = [releaser] if releaser else []
        when = time_near(self.text, group.unit, group.start)
        breakdown = [BreakdownItem(category=c.head, count=c.value, evidence=self._evidence(group))
                     for c in (group.items if len(group.items) > 1 else group.parts)]
        return [_Found(when, Release(released_by=party, received_by=self._other(party),
                                     count=group.count, breakdown=breakdown,
                                     breakdown_complete=group.complete,
                                     evidence=self._evidence(group)),
                       group.unit.quote is not None, symmetric) for party in by]

    def _evidence(self, group: _Group) -> Evidence:
        return evidence(self.text, group.unit.start, group.unit.end)

    def _stages(self, releases: list[_Found]) -> list[ExchangeStage]:
        """One stage per date. An undated release ("Another 307 defenders are home") confirms
        a dated one with the same party and count, or joins the article's only stage when
        told in the narrative ("Shortly afterwards Israel freed 39"); else it is dropped."""
        stages: dict[str, ExchangeStage] = {}
        for found in [f for f in releases if f.when] + [f for f in releases if not f.when]:
            release = found.release
            if found.when:
                date = resolve(found.when, self.published)
                key = date.isoformat() if date else found.when.lower()
                target: ExchangeStage | None = stages.setdefault(
                    key, ExchangeStage(time_expression=found.when))
                same = [r for r in stages[key].releases if r.released_by == release.released_by]
            else:
                same = [r for s in stages.values() for r in s.releases
                        if r.released_by == release.released_by and r.count == release.count]
                only = list(stages.values()) if len(stages) == 1 and not found.quoted else []
                target = only[0] if only and not any(
                    r.released_by == release.released_by for r in only[0].releases) else None
            if not same:
                if target is not None:
                    target.releases.append(release)
            elif same[0].count == release.count and release.breakdown and not same[0].breakdown:
                same[0].breakdown = release.breakdown
                same[0].breakdown_complete = release.breakdown_complete
        return sorted((s for s in stages.values() if s.releases),
                      key=lambda s: resolve(s.time_expression, self.published) or dt.date.max)

    def _received_by(self, unit: Unit, position: int, nations: set[str]) -> str:
        """Whose people a total counts: named in it, or the subject of "received"; else
        empty, and `read` falls back on the side the article's releases bring people home to."""
        if len(nations & set(self.parties)) == 1:
            return (nations & set(self.parties)).pop()
        start, _ = clause(unit, position)
        if _RECEIVED.search(self.text, start, position):
            named = [m for m in self.places.between(start, position)
                     if m.entry.name in self.parties]
            if named:
                return named[-1].entry.name
        return ""

    def _total(self, group: _Group) -> CumulativeTotal:
        return CumulativeTotal(
            received_by=self._received_by(group.unit, group.start, group.nations()),
            count=group.count, as_of_expression=time_near(self.text, group.unit, group.start),
            evidence=self._evidence(group))

    def _totals_to(self, unit: Unit, counted: set[int]) -> list[CumulativeTotal]:
        """Totals whose noun is not right after the number: "brings the total number of
        returnees to 697", "received a total of 1,000 of its citizens"."""
        if "total" not in unit.text and not _TOTAL_TO.search(unit.text):
            return []
        found = list(_TOTAL_TO.finditer(self.text, unit.start, unit.end))
        if not _AGREEMENT_CUE.search(unit.text):
            found += _TOTAL_OF.finditer(self.text, unit.start, unit.end)
        return [CumulativeTotal(received_by=self._received_by(unit, m.start("number"), set()),
                                count=int(m.group("number").replace(",", "")),
                                as_of_expression=time_near(self.text, unit, m.start("number")),
                                evidence=evidence(self.text, unit.start, unit.end))
                for m in found if m.start("number") not in counted
                and not is_background(self.text, unit, m.start("number"))]

    def _agreement(self, units: list[Unit],
                   deals: list[tuple[Unit, Count | None, int, bool | None]]) -> Agreement | None:
        """The agreed total, preferably from a sentence next to where and when it was agreed."""
        known = [d for d in deals if d[3] is not None
                 and not is_background(self.text, d[0], d[1].start if d[1] else d[0].start)]
        if not known:
            return None
        place, when, where_unit = None, None, None
        for unit in units:
            found = self._place(unit) if unit.quote is None and _AGREEMENT_NOUN.search(
                unit.text) else None
            if found:
                place, when, where_unit = found[0], time_near(self.text, unit, found[1]), unit
                break
        chosen = next((d for d in known if where_unit and d[0].paragraph == where_unit.paragraph),
                      known[0])
        unit = chosen[0]
        start, end = unit.start, unit.end
        if where_unit is not None and where_unit.paragraph == unit.paragraph:
            start, end = min(start, where_unit.start), max(end, where_unit.end)
        return Agreement(total=chosen[2], per_side=bool(chosen[3]), place=place,
                         date_expression=when, evidence=evidence(self.text, start, end))

    def _place(self, unit: Unit) -> tuple[str, int] | None:
        """Where a deal was made: "in Istanbul"; a city is preferred over its country."""
        found = [m for m in self.places.between(unit.start, unit.end)
                 if self.text[max(unit.start, m.start - 3):m.start] == "in "]
        found.sort(key=lambda m: m.entry.kind not in ("city", "region"))
        return (found[0].entry.name, found[0].start) if found else None
