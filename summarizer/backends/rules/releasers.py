"""Who released a group of people, once the two sides of the exchange are known.

The sentence tells it in many ways: the actor ("Hamas released 24"), a passive
"by" ("freed by Israel"), the jailer ("held in Israeli prisons"), the side that
received them ("Ukraine brought home 277": the other side freed them), the place
they left or reached ("transferred from Ukraine"), or the release they answer
("in exchange for 15 Russian soldiers").
"""

from __future__ import annotations

import re

from summarizer.backends.rules.freed import SET_FREE
from summarizer.backends.rules.groups import Group
from summarizer.backends.rules.numbers import MOVED, MOVED_AND
from summarizer.backends.rules.sides import AND, HELD_IN, INSTITUTION, SUBJECT_GAP, Sides
from summarizer.backends.rules.text import clause, sentence_start
from summarizer.backends.rules.unit_times import HELD
from summarizer.text.numbers import NUMBER
from summarizer.text.released import NOT_A_THING
from summarizer.text.time import TIME

RELEASE_VERB = re.compile(rf"(?i)\b(?:releas{NOT_A_THING}(?:ed|ing|es|e)|freed|freeing|frees"
                          r"|free|hand(?:ed|ing|s)\s+(?:over|back)|sen[dt]s?\s+back|set\s+free|returned"
                          r"|returning|returns|repatriated|swapped|exchanged)\b")
RECEIVED = re.compile(r"(?i)\b(?:received|brought\s+home|brought\s+back|welcomed|got\s+back)\b")
_HOME_VERB = re.compile(r"(?i)return|repatriat")
"""Verbs that, with a side's own people, tell the side bringing them home."""
_CAPTIVES = re.compile(r"(?i)\b(?:hostages?|prisoners?|captives?|detainees?|POWs?|inmates?)\b")
"""People named by their captivity, whom a side that returns them may have held ("Hamas
returned four hostages"): the verb alone does not tell which way they went."""
_BY_PARTY = re.compile(rf"(?i)^[^.;]{{0,40}}?\b(?:{SET_FREE}|held)\s+by\s+")
_HELD_BY_SIDE = re.compile(r"(?i)^[^.;]{0,40}?\bheld\s+(?:captive|hostage|prisoner)\s+by\s+")
""" "Thai nationals held captive by Hamas": in an exchange, the side that held them freed them."""
_FEW_WORDS = re.compile(r"^\s+(?:[\w-]+\s+){0,3}$")
_ASIDE = re.compile(r"[(),]")
"""The brackets and commas of a time told as an aside: "on Monday (October 13) the 20"."""
_IN_RETURN = re.compile(r"(?i)\b(?:in\s+exchange\s+for|in\s+return\s+for|for)(?P<noun>\s+the\s+"
                        r"(?:release|freeing|return|handover)\s+of)?\s+(?:another\s+|the\s+)?$")
_FOR_OWN = re.compile(r"(?i)\b(?P<swap>in\s+(?:exchange|return)\s+)?for\s+")
""" "31 wounded prisoners were handed over in exchange for 15 wounded Russian soldiers", or
"... for 15 Russian soldiers": the side whose own people come back in return is the side that
freed the group. A bare "for" needs a count after it ("held for 15 Russian" soldiers, not "for
Russian" anything)."""
_STOP = re.compile(r"[.;]")
_PEOPLE_END = re.compile(r"(?i)[,;.(]|\b(?:held|detained|jailed|imprisoned|kept|in|from|at|who"
                         r"|which|that|by)\b")
"""Where the people named after a swap's "for" end: their own side is told there ("for 1,900
Palestinians"), not by where they are held after it ("... held in Israeli detention centres")."""
_SWAP_VERB = re.compile(r"(?i)\b(?:exchanged|swapped|exchange|swap)\b")
_BETWEEN = re.compile(r"(?:\s+[\w-]+){0,3}?\s+between\b")
_HELD_BY = re.compile(r"(?i)\bfrom\s+(?:the\s+)?(?:territor(?:y|ies)|areas?)\s+(?:controlled"
                      r"|held|occupied)\s+by\s+(?:the\s+)?$")
_MOVED = re.compile(rf"(?i)^[^.;,]{{0,40}}?{MOVED}(from|to)\s+(?:the\s+)?")
""" "15 wounded soldiers were transferred from Ukraine": the side they leave freed them; "...
transferred to Russia", "12 captives were handed over to Azerbaijan": the side they reach
received them, whichever verb moves them."""
_GAPPED_MOVE = re.compile(r"(?i)^\s+(from|to)\s+(?:the\s+)?")
_CONTROLLED = re.compile(r"(?i)-(?:controlled|held)\s+(?:territor|areas?)")
_GOT = re.compile(r"(?i)\b(?:got|gets|took|takes)(?=\s+(?:[\w-]+\s+){0,3}$)")
_BACK = re.compile(r"(?i)\s+(?:back|home)\b")
_THING = re.compile(r"(?i)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:video|statement|footage|images?"
                    r"|photos?|pictures?|names|list|recording|clip|message|details)\b")
""" "Hamas released a video of three hostages": what was released is no person."""
_HELD_BY_CAPTOR = re.compile(rf"(?i)^[^.;]{{0,40}}?\b{HELD}(?:\s+[\w-]+){{0,2}}?\s+by\s+")
""" "Ten sailors held hostage by X", "hostages held since May by the group X", "pupils taken by
gunmen": who held the people, named after them, freed them when the sentence frees them."""
_CAPTOR_SUBJECT = re.compile(r"(?i)\b(kidnappers|abductors|captors|gunmen)\s+(?:[\w-]+\s+)?$")
_CAPTORS = re.compile(r"(?i)(?:(?:their|the|her|his)\s+)?(abductors|kidnappers|captors|gunmen)\b")
"""Who held the people, named only as such: the side that freed them ("released by their
abductors"), though no country or group is named."""
_TAKEN = re.compile(r"(?i),?\s+(?:(?:who|that)\s+(?:were|was|had\s+been|have\s+been)\s+"
                    r"(?:[a-z]+ly\s+)?)?(kidnapp|abduct)ed\b")
"""People told as kidnapped or abducted right after their count, by no one named ("287 school
children who were kidnapped", "the 137 pupils abducted from Kuriga"): their kidnappers or
abductors held them, and freed them when the sentence goes on to free them."""
_TAKERS = {"kidnapp": "kidnappers", "abduct": "abductors"}
_SET_FREE_AFTER = re.compile(rf"(?i)\b(?:were|was|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
                             rf"(?:{SET_FREE})\b")
_OBTAINED = re.compile(r"(?i)\b(?:secur\w+|obtain\w*|won|negotiat\w+|sought|seek\w*|demand\w*"
                       r"|push\w*\s+for|call\w*\s+for|welcom\w+|hail\w*)\s+(?:the\s+)?$")
""" "The government secured the release of 100 children": whoever obtains, demands or
welcomes a release is not who set the people free."""
_HOMECOMING = re.compile(r"(?i)\b(?:return\s+home|homecoming)\s+of\s+(?:the\s+)?$")
CAME_HOME = re.compile(r"(?i)^[^.;]{0,60}?\b(?:returned|came|come|are|were|back)\s+home\b")
"""People told coming home ("... returned home", "the return home of 230 soldiers"): the side
they come home to received them."""
_OUT_OF_CAPTIVITY = re.compile(r"(?i)^[^.;]{0,60}?\b(?:returned|released|freed|back)\s+from"
                               r"\s+(?:[\w-]+\s+){0,2}?captivity\b")
"""A side's own people told out of captivity ("95 of its servicemen returned from captivity"):
like coming home, the side telling it got them back."""
_SUBJECT_GAP = re.compile(SUBJECT_GAP)
"""The words between a side and its verb of release (`SUBJECT_GAP`), matched whole once a time
told between them is left out (`_gap`)."""
_GAP_AND = re.compile(r"[\s,]and\s+(?:the\s+)?$")


def _gap(text: str, start: int, end: int) -> str:
    """The words between a verb ending at `start` and its object at `end`, without a time told
    between them ("released on October 13 the 20 remaining hostages", "brought home on
    Saturday afternoon the 84 soldiers")."""
    return _ASIDE.sub(" ", TIME.sub(" ", text[start:end]))


def releaser(sides: Sides, group: Group, previous: str | None) -> str | None:
    """Who set the group free, from the words around it: the jailer ("returned from Russian
    captivity", "held in Israeli prisons", "transferred from Ukraine"), the actor ("Hamas
    released 24 ...", "... freed by Israel"), the receiver ("Ukraine brought home 277 ...":
    the other side), or the release it answers ("... in exchange for 30 Palestinians": the
    other side)."""
    unit, text = group.unit, sides.text
    start, end = clause(unit, group.start)
    for found in HELD_IN.finditer(text, group.items_end, unit.end):
        jailer = sides.side_before(found.start(), named=False)
        if jailer and not NUMBER.search(text, group.items_end, found.start()):
            return jailer
    for mention in sides.places.between(group.items_end, end):
        held = mention.entry.name if mention.entry.party else mention.entry.country
        if held in sides.parties and (_HELD_BY.search(
                text, max(0, mention.start - 50), mention.start)
                                     or _CONTROLLED.match(text, mention.end)):
            return held  # "returned from territory controlled by Kyiv"
    moved = _MOVED.match(text[group.items_end:end]) or (
        _GAPPED_MOVE.match(text[group.items_end:end])
        if MOVED_AND.search(text, unit.start, group.start) else None)
    if moved:
        at = group.items_end + moved.end()
        reached = sides.places.between(at, min(end, at + 40))[:1]
        side = sides.side(reached[0]) if reached and reached[0].start == at else None
        if side in sides.parties:
            return side if moved.group(1).lower() == "from" else sides.other(side)
    gapped = _gapped(sides, group, unit.start)
    if gapped:
        return gapped
    answer = _IN_RETURN.search(text, max(unit.start, group.start - 40), group.start)
    if previous and answer and answer.group("noun"):  # "Hamas released three hostages in
        # exchange for the freeing of 183 prisoners": the freeing is no actor's verb; the other
        # side freed the 183, if the article names it as a side, not only as their nationality
        other = sides.other(previous)
        return other if other in sides.named else None
    verb = _verb(sides.text, group, start)
    if verb and not _OBTAINED.search(text, max(start, verb.start() - 30), verb.start()):
        actor = sides.side_before(verb.start(), start=start)
        if actor and _HOME_VERB.match(verb.group()) and not (
                sides.owners(group) - {actor} or _CAPTIVES.search(group.items[0].head)):
            return sides.other(actor)  # "Kyiv returned 12 people", "Ukraine returning 390
            # defenders": it brought its people home; not "Russia returned 150 Ukrainian POWs"
        if actor and any(item.own for item in group.items):
            # "Ukraine returned 95 of its citizens": it brought them home; "Israel freed
            # four of its citizens" in a raid: nobody released them.
            return sides.other(actor) if _HOME_VERB.match(verb.group()) else None
        if actor:
            return actor
    captive = _HELD_BY_SIDE.match(text[group.items_end:unit.end])
    if captive:
        agent = sides.agent(group.items_end + captive.end(), unit.end)
        if agent and agent.entry.name in sides.named:  # not "held hostage by Yemeni rebels"
            return agent.entry.name
    passive = _BY_PARTY.match(text[group.items_end:unit.end])
    if passive:
        at = group.items_end + passive.end()
        agent = sides.agent(at, unit.end)
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
        receiver = sides.side_before(received[-1].start(), start=start)
        if receiver:
            return sides.other(receiver)
    homecoming = _HOMECOMING.search(text, max(start, group.start - 30), group.start)
    if homecoming or (any(item.own for item in group.items) and (
            CAME_HOME.match(text[group.items_end:end]) or _OUT_OF_CAPTIVITY.match(
                text[group.items_end:end]))):
        # "Ukraine announced the return home of 230 soldiers", "the Russian ministry said 195
        # of its servicemen had returned home" or "returned from captivity": the side telling
        # it got its people back
        at = homecoming.start() if homecoming else group.start
        receiver = sides.side_before(at, start=sentence_start(text, unit, at))
        if receiver:
            return sides.other(receiver)
    if previous and answer:
        return sides.other(previous)
    near = min(unit.end, group.items_end + 70)
    swap = next((m for m in _FOR_OWN.finditer(text, group.items_end, near)
                 if m.group("swap") or NUMBER.match(text, m.end())), None)
    if swap and not _STOP.search(text, group.items_end, swap.start()):
        end_people = _PEOPLE_END.search(text, swap.end(), swap.end() + 60)
        own = [m.entry.name for m in sides.places.between(
               swap.end(), end_people.start() if end_people else swap.end() + 60)
               if m.entry.demonym and m.entry.name in sides.parties]
        return own[0] if own else None
    return None


def alone(sides: Sides, group: Group) -> str | None:
    """Who freed a group when the article names no second side, in a release that nobody
    answers ("Houthi rebels released 25 crew members", "25 students were freed by their
    kidnappers"): the one side named as the subject of the release verb, or the captors
    named as such, or only implied (`_kidnappers`); never the people's own side ("freed four
    of its citizens")."""
    unit, text = group.unit, sides.text
    if any(item.own for item in group.items):
        return None
    passive = _by(sides, group)
    if passive is not None:
        return _named_by(sides, group, passive)
    start = clause(unit, group.start)[0]
    verb = _verb(sides.text, group, start)
    if verb is None:
        return _kidnappers(text, group)
    subject = _CAPTOR_SUBJECT.search(text, start, verb.start())
    if subject:
        return subject.group(1).lower()
    others = sides.mediators | set(group.nations())
    actors = [m for m in sides.places.between(start, verb.start()) if m.entry.party
              and m.entry.name not in others
              and (not m.entry.demonym or INSTITUTION.match(text, m.end))]
    acts = bool(actors) and _SUBJECT_GAP.fullmatch(_gap(text, actors[-1].end, verb.start()))
    return actors[-1].entry.name if acts else None


def _kidnappers(text: str, group: Group) -> str | None:
    """The kidnappers or abductors of people the sentence tells taken by no one named and
    then set free ("287 school children who were kidnapped in Kuriga were released on Sunday":
    their kidnappers freed them); not people only told taken ("500 were kidnapped in March")."""
    taken = _TAKEN.match(text, group.items_end, group.unit.end)
    if taken is None:
        return None
    after = NUMBER.search(text, taken.end(), group.unit.end)
    freed = _SET_FREE_AFTER.search(text, taken.end(), after.start() if after else group.unit.end)
    return None if freed is None else _TAKERS[taken.group(1).lower()]


def captor(sides: Sides, group: Group) -> str | None:
    """Who held the freed people, named after them ("ten sailors held hostage by X returned home
    after being freed", "freed by X"): they freed them, whoever the article has receiving them
    and whichever two sides it seems to pit ("in the Philippines", "Indonesian sailors")."""
    passive = _by(sides, group)
    return _named_by(sides, group, passive) if passive is not None else None


def _by(sides: Sides, group: Group) -> int | None:
    """Where the side named after a group's "freed by", "held by", or its captor's "held
    hostage by" in a clause that frees the group, starts."""
    text, unit = sides.text, group.unit
    passive = _BY_PARTY.match(text[group.items_end:unit.end])
    if passive:
        return group.items_end + passive.end()
    start, end = clause(unit, group.start)
    held = _HELD_BY_CAPTOR.match(text[group.items_end:end])
    if held and (_verb(text, group, start)
                 or RELEASE_VERB.search(text, group.items_end + held.end(), end)):
        return group.items_end + held.end()  # "released", "returned home after being freed"
    return None


def _named_by(sides: Sides, group: Group, at: int) -> str | None:
    """The party or the captors named at `at`, after a passive's "by"; never the people's own,
    nor a country whose people only describe the captors ("held hostage by Yemeni rebels")."""
    captors = _CAPTORS.match(sides.text, at)
    if captors:
        return captors.group(1).lower()
    agent = sides.agent(at, group.unit.end)
    if agent is None or agent.entry.name in group.nations() or (
            agent.entry.demonym and not INSTITUTION.match(sides.text, agent.end)):
        return None
    return agent.entry.name


def _gapped(sides: Sides, group: Group, start: int) -> str | None:
    """The side named right before a count that has no verb of its own, after "and": its
    release verb is the one before in the sentence from `start`, left out ("Hamas freed 24
    hostages and Israel 39 prisoners", "..., and Israel 39 prisoners")."""
    before = sides.places.between(max(start, group.start - 40), group.start)[-1:]
    for mention in before:
        side = sides.side(mention)
        if side in sides.parties and not mention.entry.demonym \
                and not sides.text[mention.end:group.start].strip() \
                and _GAP_AND.search(sides.text, start, mention.start) \
                and RELEASE_VERB.search(sides.text, start, mention.start):
            return side
    return None


def _verb(text: str, group: Group, start: int) -> re.Match[str] | None:
    """The release verb the group is the object of, in its clause from `start`: the last
    one, a few words before it, that releases people ("Hamas released 24 ..."), not a
    thing ("released a video of three hostages") nor other people counted between them
    ("release 620 prisoners after six hostages were freed": the six are not its)."""
    verbs = list(RELEASE_VERB.finditer(text, start, group.start))
    gap = _gap(text, verbs[-1].end(), group.start) if verbs else ""
    if verbs and _FEW_WORDS.match(gap) and not (
            _THING.match(text, verbs[-1].end()) or NUMBER.search(gap)):
        return verbs[-1]
    return None


def combined(sides: Sides, group: Group) -> bool:
    """A number both sides freed together ("Russia and Ukraine exchanged 492 prisoners",
    "Russia and Ukraine released 492", "the release of two prisoners between the US and
    Russia") is neither side's count."""
    start, end = clause(group.unit, group.start)
    if _BETWEEN.match(sides.text, group.end, end):
        return True
    if len(group.nations() & set(sides.parties)) == 1:
        return False  # "the exchange of Russian citizen Viktor Bout for ...": one side
    verb = _verb(sides.text, group, start)
    named = [m for m in sides.places.between(start, verb.start()) if sides.side(m)
             in sides.parties] if verb else []
    if len(named) > 1 and sides.side(named[-1]) != sides.side(named[-2]) and AND.fullmatch(
            sides.text, named[-2].end, named[-1].start):
        return True  # "Russia and Ukraine released 150 prisoners": not Ukraine's alone
    verbs = [v for v in _SWAP_VERB.finditer(sides.text, start, group.start)
             if sides.text[max(start, v.start() - 3):v.start()].lower() != "in "]
    if not verbs:  # "... freed two Americans in exchange for a Taliban figure"
        return False
    swapping = {sides.side(m) for m in sides.places.between(start, verbs[-1].start())
                if sides.side(m) in sides.parties}
    return len(swapping) == 2
