"""The two sides of an exchange, its mediators, and who released a group of people.

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

from summarizer.backends.rules.freed import FREED, SET_FREE
from summarizer.backends.rules.groups import Group
from summarizer.backends.rules.numbers import MOVED_AND
from summarizer.backends.rules.text import Unit, clause
from summarizer.text.gazetteer import Mention, Places
from summarizer.text.numbers import NUMBER
from summarizer.text.released import NOT_A_THING
from summarizer.text.time import TIME

RELEASE_VERB = re.compile(rf"(?i)\b(?:releas{NOT_A_THING}(?:ed|ing|es|e)|freed|freeing|frees"
                          r"|free|hand(?:ed|ing|s)\s+(?:over|back)|sen[dt]s?\s+back|set\s+free|returned"
                          r"|returning|returns|repatriated|swapped|exchanged)\b")
RECEIVED = re.compile(r"(?i)\b(?:received|brought\s+home|brought\s+back|welcomed|got\s+back)\b")
_HOME_VERB = re.compile(r"(?i)return|repatriat")
"""Verbs that, with a side's own people, tell the side bringing them home."""
_BY_PARTY = re.compile(rf"(?i)^[^.;]{{0,40}}?\b(?:{SET_FREE}|held)\s+by\s+")
_HELD_BY_SIDE = re.compile(r"(?i)^[^.;]{0,40}?\bheld\s+(?:captive|hostage|prisoner)\s+by\s+")
""" "Thai nationals held captive by Hamas": in an exchange, the side that held them freed them."""
_FEW_WORDS = re.compile(r"^\s+(?:[\w-]+\s+){0,3}$")
_ASIDE = re.compile(r"[(),]")
"""The brackets and commas of a time told as an aside: "on Monday (October 13) the 20"."""
_LOCATIVE = frozenset({"in", "at", "near", "via", "through", "to", "into", "across", "from"})
_HELD_IN = re.compile(r"(?i)(?:['\u2019]s)?\s+(?:captivity|prisons?|jails?|custody|detention)\b")
_IN_RETURN = re.compile(r"(?i)\b(?:in\s+exchange\s+for|in\s+return\s+for|for)(?:\s+the\s+release"
                        r"\s+of)?\s+(?:another\s+|the\s+)?$")
_FOR_OWN = re.compile(r"(?i)\b(?P<swap>in\s+(?:exchange|return)\s+)?for\s+")
""" "31 wounded prisoners were handed over in exchange for 15 wounded Russian soldiers", or
"... for 15 Russian soldiers": the side whose own people come back in return is the side that
freed the group. A bare "for" needs a count after it ("held for 15 Russian" soldiers, not "for
Russian" anything)."""
_STOP = re.compile(r"[.;]")
_INSTITUTION = re.compile(r"(?i)\s+(?:side|prison\s+service|prison\s+authorit(?:y|ies)|authorities"
                          r"|government|army|military|forces|defen[cs]e\s+ministry|ministry"
                          r"|officials|police)\b")
""" "The Israeli prison service confirmed the release of 33 inmates": a side's institution
acts for it, though its name is a demonym."""
_SWAP_VERB = re.compile(r"(?i)\b(?:exchanged|swapped|exchange|swap)\b")
_BETWEEN = re.compile(r"(?:\s+[\w-]+){0,3}?\s+between\b")
_MEDIATOR_BEFORE = re.compile(r"(?i)\b(?:(?:mediated|brokered|facilitated|hosted)\s+by"
                              r"|mediation\s+(?:of|by|from)|mediators?)\s+(?:the\s+)?$")
_MEDIATOR_AFTER = re.compile(r"(?:['\u2019]s)?(?:,?\s+(?:which|who))?(?:\s+[\w-]+){0,6}?"
                             r"\s+(?:mediat\w*|brokered|brokering|hosted)\b(?!\s+by)")
_ACTOR = re.compile(rf"(?i)(?:['\u2019]s)?(?:\s+[\w-]+){{0,3}}?\s+(?:{FREED}|handed|frees"
                    r"|releases)\b")
_RECEIVES = re.compile(r"(?i)(?:\s+[\w-]+){0,2}?\s+(?:received|receives|welcomed|got\s+back"
                       r"|brought\s+(?:home|back))\b")
_HELD_BY = re.compile(r"(?i)\bfrom\s+(?:the\s+)?(?:territor(?:y|ies)|areas?)\s+(?:controlled"
                      r"|held|occupied)\s+by\s+(?:the\s+)?$")
_MOVED = re.compile(r"(?i)^[^.;,]{0,40}?\b(?:transferred|handed\s+(?:over|back)|returned"
                    r"|sent\s+back|repatriated)\s+(?:back\s+)?(from|to)\s+(?:the\s+)?")
""" "15 wounded soldiers were transferred from Ukraine": the side they leave freed them; "...
transferred to Russia", "12 captives were handed over to Azerbaijan": the side they reach
received them, whichever verb moves them."""
_GAPPED_MOVE = re.compile(r"(?i)^\s+(from|to)\s+(?:the\s+)?")
_LISTED = re.compile(r"(?:,\s*|,?\s+and\s+)(?:the\s+)?")
_CONTROLLED = re.compile(r"(?i)-(?:controlled|held)\s+(?:territor|areas?)")
_GOT = re.compile(r"(?i)\b(?:got|gets|took|takes)(?=\s+(?:[\w-]+\s+){0,3}$)")
_BACK = re.compile(r"(?i)\s+(?:back|home)\b")
_THING = re.compile(r"(?i)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:video|statement|footage|images?"
                    r"|photos?|pictures?|names|list|recording|clip|message|details)\b")
""" "Hamas released a video of three hostages": what was released is no person."""
_CAPTOR_SUBJECT = re.compile(r"(?i)\b(kidnappers|abductors|captors|gunmen)\s+(?:[\w-]+\s+)?$")
_CAPTORS = re.compile(r"(?i)(?:their|the|her|his)\s+(abductors|kidnappers|captors)\b")
"""Who held the people, named only as such: the side that freed them ("released by their
abductors"), though no country or group is named."""
_OBTAINED = re.compile(r"(?i)\b(?:secur\w+|obtain\w*|won|negotiat\w+|sought|seek\w*|demand\w*"
                       r"|push\w*\s+for|call\w*\s+for|welcom\w+|hail\w*)\s+(?:the\s+)?$")
""" "The government secured the release of 100 children": whoever obtains, demands or
welcomes a release is not who set the people free."""
_DESCRIBING = re.compile(r"(?:the\s+)?(?:[a-z][\w'\u2019-]*\s+){0,3}")
"""Words between a passive's "by" and the side they describe: "the militant group"."""
_AND = re.compile(r"\s+and\s+(?:the\s+)?")
_GAP_AND = re.compile(r"[\s,]and\s+(?:the\s+)?$")
_BETWEEN_SIDES = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:and\s+(?:the\s+)?)?$")
""""The pact between Israel and Hamas is meant to release": both sides named, neither acts."""


def _gap(text: str, start: int, end: int) -> str:
    """The words between a verb ending at `start` and its object at `end`, without a time told
    between them ("released on October 13 the 20 remaining hostages", "brought home on
    Saturday afternoon the 84 soldiers")."""
    return _ASIDE.sub(" ", TIME.sub(" ", text[start:end]))


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
        names a jailer ("from Russian captivity"); a place
        ("in Turkey") and a mediator never count."""
        named: Counter[str] = Counter()
        described: Counter[str] = Counter()
        for unit in units:
            for mention in self.places.between(unit.start, unit.end):
                before = self.text[unit.start:mention.start].split()
                jailer = _HELD_IN.match(self.text, mention.end)  # "from Hamas captivity"
                name = self.side(mention)
                if (name is None
                        or (before and before[-1].lower() in _LOCATIVE and not jailer)
                        or name in self.mediators
                        or self.background(unit, mention.start)):
                    continue
                weight = 1 if mention.entry.demonym else 2
                if _ACTOR.match(self.text, self._list_end(mention), unit.end) or (
                        before and before[-1] == "between"):
                    weight += 3
                holds = mention.entry.demonym and not jailer and not _INSTITUTION.match(
                    self.text, mention.end)  # "Russian captivity", "the Russian side" name a side
                (described if holds else named)[name] += weight
        self.named = set(named)
        if len(named) < 2:
            named.update(described)
        return [name for name, _ in named.most_common(2)] if len(named) >= 2 else []

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
        actors = {m.entry.name for m in mentions if _ACTOR.match(self.text, m.end)}
        for index, mention in enumerate(mentions):
            before = self.text[max(0, mention.start - 40):mention.start]
            listed = index > 0 and mentions[index - 1].entry.name in found and self.text[
                mentions[index - 1].end:mention.start] == " and "
            if (_MEDIATOR_BEFORE.search(before) or listed
                    or _MEDIATOR_AFTER.match(self.text, mention.end)):
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
        acts = _ACTOR.match(self.text, last) or _RECEIVES.match(self.text, last)
        return mention.entry.country if acts or _BETWEEN_SIDES.search(before) else None

    def _pair(self, mention: Mention) -> Mention | None:
        """The side's name joined to a city by "and" ("Moscow and Kyiv on Saturday exchanged",
        "Ukraine and Moscow swapped"): the two are one subject, and the city acts when the
        pair does."""
        after = self.places.between(mention.end, mention.end + 40)
        before = self.places.between(max(0, mention.start - 40), mention.start)
        joined = [m for m in after[:1] if _AND.fullmatch(self.text, mention.end, m.start)] + [
            m for m in before[-1:] if _AND.fullmatch(self.text, m.end, mention.start)]
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

    def releaser(self, group: Group, previous: str | None) -> str | None:
        """Who set the group free, from the words around it: the jailer ("returned from Russian
        captivity", "held in Israeli prisons", "transferred from Ukraine"), the actor ("Hamas
        released 24 ...", "... freed by Israel"), the receiver ("Ukraine brought home 277 ...":
        the other side), or the release it answers ("... in exchange for 30 Palestinians": the
        other side)."""
        unit, text = group.unit, self.text
        start, end = clause(unit, group.start)
        for found in _HELD_IN.finditer(text, group.items_end, unit.end):
            jailer = self._side_before(found.start(), named=False)
            if jailer and not NUMBER.search(text, group.items_end, found.start()):
                return jailer
        for mention in self.places.between(group.items_end, end):
            held = mention.entry.name if mention.entry.party else mention.entry.country
            if held in self.parties and (_HELD_BY.search(
                    text, max(0, mention.start - 50), mention.start)
                                         or _CONTROLLED.match(text, mention.end)):
                return held  # "returned from territory controlled by Kyiv"
        moved = _MOVED.match(text[group.items_end:end]) or (
            _GAPPED_MOVE.match(text[group.items_end:end])
            if MOVED_AND.search(text, unit.start, group.start) else None)
        if moved:
            at = group.items_end + moved.end()
            reached = self.places.between(at, min(end, at + 40))[:1]
            side = self.side(reached[0]) if reached and reached[0].start == at else None
            if side in self.parties:
                return side if moved.group(1).lower() == "from" else self.other(side)
        gapped = self._gapped(group, unit.start)
        if gapped:
            return gapped
        verb = self._verb(group, start)
        if verb and not _OBTAINED.search(text, max(start, verb.start() - 30), verb.start()):
            actor = self._side_before(verb.start(), start=start)
            if actor and any(item.own for item in group.items):
                # "Ukraine returned 95 of its citizens": it brought them home; "Israel freed
                # four of its citizens" in a raid: nobody released them.
                return self.other(actor) if _HOME_VERB.match(verb.group()) else None
            if actor:
                return actor
        captive = _HELD_BY_SIDE.match(text[group.items_end:unit.end])
        if captive:
            agent = self._agent(group.items_end + captive.end(), unit.end)
            if agent and agent.entry.name in self.named:  # not "held hostage by Yemeni rebels"
                return agent.entry.name
        passive = _BY_PARTY.match(text[group.items_end:unit.end])
        if passive:
            at = group.items_end + passive.end()
            agent = self._agent(at, unit.end)
            if agent:
                return agent.entry.name
            captors = _CAPTORS.match(text, at)
            if captors:
                return captors.group(1).lower()  # "released by their abductors"
            if not text.startswith(("the ", "The "), at):
                return None  # "released by a group": someone the article does not name
        received = list(RECEIVED.finditer(text, start, group.start))
        got = _GOT.search(text, start, group.start)
        if got and _BACK.match(text, group.items_end):  # "the Russian side got 150 soldiers back"
            received.append(got)
        gap = _gap(text, received[-1].end(), group.start) if received else ""
        if received and _FEW_WORDS.match(gap) and not NUMBER.search(gap):  # not "got back
            # 250 soldiers and 300 Ukrainians were transferred in return": the 250 are its
            receiver = self._side_before(received[-1].start(), start=start)
            if receiver:
                return self.other(receiver)
        if previous and _IN_RETURN.search(text, max(unit.start, group.start - 40), group.start):
            return self.other(previous)
        near = min(unit.end, group.items_end + 70)
        swap = next((m for m in _FOR_OWN.finditer(text, group.items_end, near)
                     if m.group("swap") or NUMBER.match(text, m.end())), None)
        if swap and not _STOP.search(text, group.items_end, swap.start()):
            own = [m.entry.name for m in self.places.between(swap.end(), swap.end() + 60)
                   if m.entry.demonym and m.entry.name in self.parties]
            return own[0] if own else None
        return None

    def _side_before(self, position: int, *, start: int | None = None,
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
                 and not (named and m.entry.demonym and not _INSTITUTION.match(self.text, m.end))
                 and not _BETWEEN_SIDES.search(self.text, max(0, m.start - 40), m.start)]
        return self.side(sides[-1]) if sides else None

    def alone(self, group: Group) -> str | None:
        """Who freed a group when the article names no second side, in a release that nobody
        answers ("Houthi rebels released 25 crew members", "25 students were freed by their
        kidnappers"): the one side named as the subject of the release verb, or the captors
        named as such; never the people's own side ("freed four of its citizens")."""
        unit, text = group.unit, self.text
        if any(item.own for item in group.items):
            return None
        passive = _BY_PARTY.match(text[group.items_end:unit.end])
        if passive:
            at = group.items_end + passive.end()
            captors = _CAPTORS.match(text, at)
            if captors:
                return captors.group(1).lower()
            agent = self._agent(at, unit.end)
            return agent.entry.name if agent and agent.entry.name not in group.nations() else None
        start = clause(unit, group.start)[0]
        verb = self._verb(group, start)
        if verb is None:
            return None
        subject = _CAPTOR_SUBJECT.search(text, start, verb.start())
        if subject:
            return subject.group(1).lower()
        others = self.mediators | set(group.nations())
        actors = [m for m in self.places.between(start, verb.start()) if m.entry.party
                  and m.entry.name not in others
                  and (not m.entry.demonym or _INSTITUTION.match(text, m.end))]
        acts = _ACTOR.match(text, actors[-1].end) if actors else None
        return actors[-1].entry.name if acts and (
            verb.start() < acts.end() <= verb.end()) else None  # "handed over"

    def _agent(self, at: int, end: int) -> Mention | None:
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
            if not mention.entry.demonym or _INSTITUTION.match(self.text, mention.end):
                return mention
            gap += "x"  # a demonym describing the side ("Palestinian militant group Hamas")
        return first

    def _gapped(self, group: Group, start: int) -> str | None:
        """The side named right before a count that has no verb of its own, after "and": its
        release verb is the one before in the sentence from `start`, left out ("Hamas freed 24
        hostages and Israel 39 prisoners", "..., and Israel 39 prisoners")."""
        before = self.places.between(max(start, group.start - 40), group.start)[-1:]
        for mention in before:
            side = self.side(mention)
            if side in self.parties and not mention.entry.demonym \
                    and not self.text[mention.end:group.start].strip() \
                    and _GAP_AND.search(self.text, start, mention.start) \
                    and RELEASE_VERB.search(self.text, start, mention.start):
                return side
        return None

    def _verb(self, group: Group, start: int) -> re.Match[str] | None:
        """The release verb the group is the object of, in its clause from `start`: the last
        one, a few words before it, that releases people ("Hamas released 24 ..."), not a
        thing ("released a video of three hostages") nor other people counted between them
        ("release 620 prisoners after six hostages were freed": the six are not its)."""
        verbs = list(RELEASE_VERB.finditer(self.text, start, group.start))
        gap = _gap(self.text, verbs[-1].end(), group.start) if verbs else ""
        if verbs and _FEW_WORDS.match(gap) and not (
                _THING.match(self.text, verbs[-1].end()) or NUMBER.search(gap)):
            return verbs[-1]
        return None

    def combined(self, group: Group) -> bool:
        """A number both sides freed together ("Russia and Ukraine exchanged 492 prisoners",
        "Russia and Ukraine released 492", "the release of two prisoners between the US and
        Russia") is neither side's count."""
        start, end = clause(group.unit, group.start)
        if _BETWEEN.match(self.text, group.end, end):
            return True
        if len(group.nations() & set(self.parties)) == 1:
            return False  # "the exchange of Russian citizen Viktor Bout for ...": one side
        verb = self._verb(group, start)
        named = [m for m in self.places.between(start, verb.start()) if self.side(m)
                 in self.parties] if verb else []
        if len(named) > 1 and self.side(named[-1]) != self.side(named[-2]) and _AND.fullmatch(
                self.text, named[-2].end, named[-1].start):
            return True  # "Russia and Ukraine released 150 prisoners": not Ukraine's alone
        verbs = [v for v in _SWAP_VERB.finditer(self.text, start, group.start)
                 if self.text[max(start, v.start() - 3):v.start()].lower() != "in "]
        if not verbs:  # "... freed two Americans in exchange for a Taliban figure"
            return False
        sides = {self.side(m) for m in self.places.between(start, verbs[-1].start())
                 if self.side(m) in self.parties}
        return len(sides) == 2


class SidesReader:
    """What a reader of one article's deal or running totals works from, once the sides are
    known: the text, its places, its sides, and whether a figure is background."""

    def __init__(self, text: str, places: Places, sides: Sides,
                 background: Callable[[Unit, int], bool]) -> None:
        self.text = text
        self.places = places
        self.sides = sides
        self._background = background
