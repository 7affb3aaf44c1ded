"""Numbers with what they count: "307 Ukrainian defenders", "a dozen drones", "14 missiles".

A number only becomes a `Count` when a known head noun follows it within a few
words, so dates, years, ages and "two sides" never turn into figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from summarizer.backends.rules.freed import FREED
from summarizer.backends.rules.text import per_sentence
from summarizer.models import WeaponType
from summarizer.text.gazetteer import Gazetteer
from summarizer.text.numbers import NUMBER, TWIN_BLASTS, number_value
from summarizer.text.openings import opened
from summarizer.text.time import MONTH_NAMES, TIME

_TOKEN = re.compile(r"[A-Za-z][\w'\u2019-]*(?:/[A-Za-z\d][\w-]*)*|\d[\d,]*|[^\s\w\"“”]")
_STOP = frozenset((
    "of", "and", "or", "to", "in", "the", "a", "an", "from", "for", "with", "were", "was",
    "have", "has", "had", "are", "is", "who", "which", "that", "by", "on", "at", "as", "per",
    "each", "this", "these", "those", "their", "its", "his", "her", "been", "be", "will",
    "would", "being", "after", "before", "since", "during", "into", "than", "out", "when",
    "where", "while", "whom", "whose", "killed", "wounded", "injured", "dead", "died", "hurt",
    "deceased",
    "missing", "said", "says",
))
_PEOPLE = frozenset((
    "defenders", "prisoners", "prisoner", "pows", "pow", "servicemen", "serviceman",
    "servicemembers", "soldiers", "soldier", "troops", "civilians", "civilian", "hostages",
    "hostage", "detainees", "detainee", "captives", "captive", "people", "persons", "person",
    "citizens", "citizen", "nationals", "fighters", "women", "children", "minors", "returnees",
    "inmates", "personnel", "marines", "sailors", "boys", "girls", "men", "teenagers", "teens",
    "conscripts", "foreigners", "warriors", "members", "servicemembers", "females", "males",
    "seafarers", "crew", "fishermen", "students", "schoolchildren", "pupils", "individuals",
    "officers", "sergeants", "privates",
))
_RANK_PAIR = re.compile(r"(?i)(?:soldiers|privates|sergeants|officers)\s+and\s+"
                        r"(?:privates|sergeants|officers)\b")
"""A side lists its returned soldiers by rank, two ranks counted as one ("213 soldiers and
sergeants, 11 officers and six civilians"): the pair is one category."""
RANKS = frozenset({"officers", "sergeants", "privates"})
_WEAPONS: dict[str, WeaponType] = {
    "drones": "drone", "drone": "drone", "uavs": "drone", "uav": "drone", "shaheds": "drone",
    "shahed": "drone", "missiles": "missile", "missile": "missile", "rockets": "rocket",
    "rocket": "rocket", "shells": "artillery", "bombs": "guided bomb", "bomb": "guided bomb",
    "vehicles": "drone", "aircraft": "drone", "explosions": "explosive", "blasts": "explosive",
    "bombings": "explosive", "ieds": "explosive", "devices": "explosive",
}
_MISSILE_KINDS: dict[str, WeaponType] = {
    "ballistic": "ballistic missile", "cruise": "cruise missile",
    "kalibr": "cruise missile", "tomahawk": "cruise missile", "kn-23": "ballistic missile",
    "atacms": "ballistic missile", "mlrs": "rocket",
}
"""The words before "missiles" that name its type: the kind, or a model of only one kind
("12 Kalibr missiles" are cruise missiles). Not "Iskander", which comes in both. What a
multiple launch rocket system fires ("four Vampire MLRS missiles") is rockets."""
_GUIDED = frozenset({"guided", "glide", "gliding", "aerial"})
_SET_OFF = frozenset({"car", "truck", "roadside", "suicide", "explosive"})
"""Bombs set off on the ground ("three car bombs"), and the devices that are bombs ("two
improvised explosive devices"): explosives, unlike aircraft's bombs."""
_HEARD = re.compile(r"(?i)\b(?:heard|hear|hearing|rang\s+out|sounds?\s+of)\b")
"""Blasts heard ("residents heard three explosions") are the sound of whatever struck, a
missile or a rocket as often as a bomb: no count of bombs."""
_UNMANNED = frozenset({"unmanned", "aerial"})
"""Vehicles and aircraft are drones only unmanned ("unmanned aerial vehicles")."""
_DROPPED = re.compile(r"(?i)\bdropp(?:ed|ing|s)?\s+$")
_DROPPED_AFTER = re.compile(r"(?i)\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?dropped\b")
"""Bombs told dropped ("jets dropped eight bombs", "four bombs dropped on a village"): an
aircraft's unguided bombs. The gold format's vocabulary has no plain bomb and nothing says
they are guided, so they count as `explosive`, as the annotators of the multi-outlet cases
write them; bombs set off on the ground ("two bags carrying bombs went off") count none."""
_MIXED = re.compile(r"\s+(?:and|or)\s+((?:[A-Za-z-]+\s+){0,2}?)(?:drones?|missiles?|rockets?"
                    r"|UAVs?)\b")
"""One number for two weapons ("300 drones and missiles", "26 missile and drone attacks")
counts neither."""
_OWN_COUNT = re.compile(r"(?i)(?:an?|several|some|many|(?:a\s+)?few|dozens|scores|hundreds|numerous"
                        r"|multiple|other|more|unspecified|an\s+unknown\s+number)\b")
"""The second weapon's own count or quantifier ("two missiles and several rockets", "three
drones and a missile"): the number counts the first weapon only."""
_NOT_A_COUNT = re.compile(rf"(?:/|\b{MONTH_NAMES}\s+)$")
"""A model number ("Kh-59/69") or a date ("Russia's April 17 missile strike")."""
_PRONOUN_ONE = re.compile(r"(?i)\b(?:the|this|that|its|their)\s+(?:[a-z]+est|first|second|third"
                          r"|fourth|fifth|latest|last|next|previous)\s+$")
"""A determiner and a superlative or an ordinal before "one" ("the largest one so far under
Belarusian rule", "the third one to date involving Israeli hostages"): "one" is a pronoun for
a noun told before (a group, a swap), no number, and the words after it are not its people.
The numeral stands right after its determiner ("the one Ukrainian civilian")."""
_MAX_MODIFIERS = 3
_MODEL_OR = re.compile(r"\s+(?-i:[A-Z])(?:[\w-]+\s+){0,4}?(?:ballistic\s+|cruise\s+)?"
                       r"(?:missiles|drones|rockets)\b")
"""A weapon counted by two models it may be ("nine Iskander-M or North Korean KN-23 ballistic
missiles"): the second model's words count afresh, and the head is the weapon's."""
_QUOTE_GOES_ON = re.compile(r"\s*[\u201c\"][^\u201d\".;]{1,40}")
"""A sentence that goes on in quotation marks: "said that 277 Ukrainian “warriors have
returned home”" counts warriors, the noun inside the quote."""
_CONDITION = frozenset({"wounded", "injured", "sick", "ill", "seriously", "severely", "badly",
                        "critically", "gravely"})
"""A property of the people counted ("31 wounded prisoners of war", "15 severely wounded
soldiers"), not a casualty figure: it counts only with a people noun after it."""
_DISTRIBUTIVE = re.compile(r"(?i)\b(?:every|per)\s+(?:additional\s+|other\s+)?$")
_NOT_CATEGORY = frozenset({"more", "other", "additional", "another", "further", "new", "all"})
_GENERIC = frozenset({"nationals", "national", "citizens", "citizen", "people", "persons",
                      "individuals", "hostages", "hostage", "prisoners", "prisoner", "captives",
                      "detainees"})
"""People named by what happened to them, not who they are: their nationality is their
category ("four Thai nationals", "55 Russian prisoners of war"); "307 Ukrainian defenders"
are defenders."""


@dataclass(frozen=True)
class Count:
    """A number and the noun phrase it counts; `nations` are parties the phrase names
    ("Ukrainian defenders", "Russians and Ukrainians")."""

    value: int
    start: int
    end: int
    head: str
    kind: Literal["people", "weapon"]
    weapon: WeaponType | None = None
    nations: tuple[str, ...] = ()
    own: bool = False
    """The people are a side's own, told with a possessive ("95 of its citizens")."""


def weapon_type(head: str, modifiers: list[str]) -> WeaponType | None:
    """The weapon type a head noun and its modifiers name, or None ("bombs" unguided,
    "devices" that no word makes bombs)."""
    kind = _WEAPONS[head]
    lowered = {m.lower() for m in modifiers}
    if kind == "missile":
        return next((_MISSILE_KINDS[m] for m in lowered if m in _MISSILE_KINDS), "missile")
    if head in ("bombs", "bomb", "devices") and lowered & _SET_OFF:
        return "explosive"
    if head == "devices":
        return None
    if (kind == "guided bomb" and not lowered & _GUIDED) or (
            head in ("vehicles", "aircraft") and not lowered & _UNMANNED):
        return None
    return kind


_OWN_PEOPLE = re.compile(r"\s+of\s+(?:its|their|our|his|her)\b")
"""A side's own people counted ("returned 95 of its citizens", "two of their soldiers"): the
number counts the noun after the possessive, unlike "two of the wounded", a part of a group
already counted."""
_OF_SIDE = re.compile(r"\s+of\s+(?:the\s+)?(?:(?i:armed\s+forces|army|navy)\s+of\s+(?:the\s+)?)?"
                      r"(?P<side>[A-Z][\w-]*)")
"""The side whose people a count names after its noun, as translated statements do ("300
prisoners of war of Ukrainian armed forces", "150 servicemen of the Armed Forces of
Ukraine")."""
TOTAL_OF = r"\b(?:a\s+total\s+of|in\s+total)\s+"
"""The words before a running total's number ("received a total of 1,000 of its citizens"):
the totals rule (totals.py) reads it, so it counts no group of a side's own people."""
_TOTAL_BEFORE = re.compile(f"(?i){TOTAL_OF}$")


@per_sentence
def numbers_in(text: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """The numbers of text[start:end], found once: a sentence's counts, its elided counts,
    the parts of a release and each kind of toll walk the same numbers of it."""
    return tuple(NUMBER.finditer(text, start, end))


def counts(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[Count]:
    """Every counted noun phrase in text[start:end]."""
    found_counts: list[Count] = []
    quoted = _QUOTE_GOES_ON.match(text, end)
    limit = quoted.end() if quoted else end
    for found in numbers_in(text, start, end):
        if text[found.end():found.end() + 1] == "-":  # "three-year", "1,000-for-1,000"
            continue
        if _DISTRIBUTIVE.search(text, max(0, found.start() - 20), found.start()) or (
                _NOT_A_COUNT.search(text, max(0, found.start() - 12), found.start())) or (
                found.group().lower() == "one"
                and _PRONOUN_ONE.search(text, max(0, found.start() - 30), found.start())):
            continue
        value = number_value(found)
        if value is None:
            continue
        owned = None if _TOTAL_BEFORE.search(text, max(0, found.start() - 14), found.start()) else (
            _OWN_PEOPLE.match(text, found.end(), limit))
        count = _noun_phrase(text, found.start(), owned.end() if owned else found.end(), limit,
                             value, gazetteer)
        if count is not None:
            found_counts.append(replace(count, own=True) if owned else count)
    for twin in TWIN_BLASTS.finditer(text, start, end):  # "twin bombings": two explosives
        count = _noun_phrase(text, twin.start(), twin.start() + len("twin"), limit, 2,
                             gazetteer)
        if count is not None and count.weapon == "explosive":
            found_counts.append(count)
    found_counts += _one_person(text, start, end, gazetteer)
    return sorted(found_counts + _one_listed(text, found_counts, limit, gazetteer),
                  key=lambda c: c.start)


_EACH = re.compile(r"(?i)\s+(?:more\s+)?(?:each|apiece)\b")
_ANOTHER = re.compile(r"(?i)\b(?:another|a\s+further|an\s+additional)\s+$")
_AND = re.compile(r"\band\s+$")
_FREED = re.compile(rf"(?i)\s+(?:more\s+)?(?:were|have\s+been|had\s+been)\s+{FREED}\b")
_TO_SIDE = re.compile(r"\s+(?:to|from)\s+(?:the\s+)?[A-Z]")
MOVED = (r"\b(?:transferred|handed\s+(?:over|back)|returned|sent\s+back|repatriated)"
         r"\s+(?:back\s+)?")
"""A verb that moves people from one side to the other, before its 'from' or 'to'."""
MOVED_AND = re.compile(rf"(?i){MOVED}(?:from|to)\b[^.;]*\band\s+$")
""" "12 captives were handed over to Azerbaijan and 44 to Armenia": the 44 move by the verb
before, left out."""


def elided(text: str, start: int, end: int, taken: list[Count], head: str) -> list[Count]:
    """Counts of text[start:end] that leave out the noun of the count told before them,
    `head`: "390 prisoners each on Friday and 307 each on Saturday", "another 307 were
    exchanged", "12 were handed over to Azerbaijan and 44 to Armenia"."""
    found: list[Count] = []
    starts = {c.start for c in taken}
    for number in numbers_in(text, start, end):
        value = number_value(number)
        if value is None or number.start() in starts or text.startswith("-", number.end()):
            continue
        each = _EACH.match(text, number.end(), end)
        freed = _FREED.match(text, number.end(), end)
        later = _AND.search(text, max(0, number.start() - 5), number.start()) and TIME.match(
            text, number.end() + 1)  # "390 prisoners each on Friday and 307 on Saturday"
        another = _ANOTHER.search(text, max(0, number.start() - 16), number.start())
        moved = _TO_SIDE.match(text, number.end(), end) and MOVED_AND.search(
            text, start, number.start())
        if each or later or moved or (freed and (another or "more" in freed.group())):
            found.append(Count(value, number.start(), number.end(), head, "people"))
    return found


_ONE_PERSON = opened(re.compile(
    r"\b(?:(?P<article>[Aa]n?)\s+)?(?P<side>[A-Z][\w'\u2019-]+)\s+(?:[a-z][\w-]*\s+)?"
    r"(?P<noun>citizen|national|figure|prisoner|detainee|hostage|soldier|serviceman|commander"
    r"|journalist|reporter|businessman|dealer|player|pilot|teacher|student|veteran|officer"
    r"|activist|man|woman)\b(?P<name>\s+[A-Z][a-z]+)?"
    r"|\b(?P<lone>[Aa]n?)\s+(?P<alone>[A-Z][\w'\u2019-]+),\s+(?=[A-Z][a-z]+\s+[A-Z][a-z]+)"))
"""One person of a side, in a swap of one for one: "a Taliban figure", "an American citizen",
"Russian arms dealer Viktor Bout" (without an article, a name must follow), "an American,
Brittney Griner,". Its nouns are not `person_names.PERSON_NOUN`'s: every one read here is a
count of one in a release, one more group it is made of, and the nouns of victims and
speakers were never weighed for that."""


def _one_person(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[Count]:
    found: list[Count] = []
    for match in _ONE_PERSON.finditer(text, start, end):
        side = match.group("side") or match.group("alone")
        entry = gazetteer.lookup(side)
        if entry is None or not entry.party or not (
                match.group("article") or match.group("name") or match.group("lone")):
            continue
        if match.group("lone"):  # "an American, Brittney Griner,": a demonym, then a name
            if entry.demonym:
                found.append(Count(1, match.start(), match.end("alone"), side, "people", None,
                                   (entry.name,)))
            continue
        found.append(Count(1, match.start(), match.end("noun"), f"{side} {match.group('noun')}",
                           "people", None, (entry.name,)))
    return found


_ONE_LISTED = re.compile(r"(?:,\s*|,?\s+(?:and|plus)\s+)(?P<one>an?)\s+")


def _one_listed(text: str, found: list[Count], limit: int, gazetteer: Gazetteer) -> list[Count]:
    """One person listed right after counted people, counted by the article as a number would
    count them ("three police officers, a soldier and two civilians", "10 Thais and a
    Filipino"): without it the list no longer adds up to the release it breaks down."""
    listed: list[Count] = []
    taken = {c.start for c in found}
    for count in found:
        one = _ONE_LISTED.match(text, count.end, limit)
        if count.kind != "people" or one is None or one.start("one") in taken:
            continue
        person = _noun_phrase(text, one.start("one"), one.end(), limit, 1, gazetteer)
        if person is not None and person.kind == "people":
            listed.append(person)
    return listed


def _noun_phrase(text: str, number_start: int, position: int, limit: int, value: int,
                 gazetteer: Gazetteer) -> Count | None:
    modifiers: list[str] = []
    nations: list[str] = []
    alternatives = 0
    for token in _TOKEN.finditer(text, position, limit):
        word = token.group()
        lowered = word.lower()
        entry = gazetteer.lookup(word)
        if entry is not None and entry.demonym and entry.party:
            nations.append(entry.name)
        if lowered in _PEOPLE or (entry is not None and entry.demonym and entry.party
                                  and (word.endswith("s") or value == 1)):
            head_end = token.end()
            tail = re.match(r"\s+of\s+war\b", text[head_end:limit])
            if tail:
                word, head_end = word + tail.group(), head_end + tail.end()
            of_side = _OF_SIDE.match(text, head_end, limit)
            side = gazetteer.lookup(of_side.group("side")) if of_side else None
            if side is not None and side.party:  # "300 prisoners of war of Ukrainian forces"
                nations.append(side.name)
            pair = _RANK_PAIR.match(text, token.start(), limit)
            if pair:
                word, head_end = pair.group(), pair.end()
            more = re.match(r"\s+and\s+([A-Z]\w+)", text[head_end:limit])
            partner = gazetteer.lookup(more.group(1)) if more else None
            if more and partner is not None and partner.demonym and partner.party:
                nations.append(partner.name)
                head_end += more.end()
            kept = [m for m in modifiers if m.lower() not in _NOT_CATEGORY
                    and not (_place_word(m, gazetteer) or (
                        lowered not in _GENERIC and _demonym(m, gazetteer)))]
            category = " ".join([*kept, word]) if entry is None else word
            return Count(value, number_start, head_end, category, "people", None, tuple(nations))
        if lowered in _WEAPONS:
            weapon = weapon_type(lowered, modifiers) or _dropped(text, number_start, token)
            mixed = _MIXED.match(text, token.end(), limit)
            if weapon is None or _CONDITION & {m.lower() for m in modifiers} or (
                    mixed and not NUMBER.match(mixed.group(1))
                    and not _OWN_COUNT.match(mixed.group(1))) or (
                    weapon == "explosive" and _heard(text, number_start, token.end())):
                return None
            return Count(value, number_start, token.end(), lowered, "weapon", weapon,
                         tuple(nations))
        if lowered == "and" and modifiers and all(_demonym(m, gazetteer) for m in modifiers):
            return _shared_head(text, number_start, token, limit, value, modifiers, gazetteer)
        if lowered == "or" and modifiers and modifiers[-1][0].isupper() and _MODEL_OR.match(
                text, token.end(), limit):
            modifiers.clear()  # either model is one of the weapons counted
            alternatives += 1
            continue
        if not word[0].isalpha() or (lowered in _STOP and lowered not in _CONDITION) or len(
                modifiers) >= _MAX_MODIFIERS + alternatives:
            return None
        modifiers.append(word)
    return None


def _heard(text: str, number_start: int, head_end: int) -> bool:
    """Whether the sentence around the blasts counted says they were heard."""
    stop = text.find(".", head_end)
    return bool(_HEARD.search(text, text.rfind(".", 0, number_start) + 1,
                              len(text) if stop < 0 else stop))


def _dropped(text: str, number_start: int, head: re.Match[str]) -> WeaponType | None:
    """`explosive` for bombs an aircraft dropped, which `weapon_type` counts only guided."""
    if head.group().lower() not in ("bombs", "bomb") or not (
            _DROPPED.search(text, max(0, number_start - 12), number_start)
            or _DROPPED_AFTER.match(text, head.end())):
        return None
    return "explosive"


def _place_word(word: str, gazetteer: Gazetteer) -> bool:
    """A place, not a demonym of a side ("Gaza", "Azovstal"): it says where the people come
    from, not which category they are."""
    entry = gazetteer.lookup(word) or gazetteer.lookup(word.rstrip("s"))
    return entry is not None and not (entry.demonym and entry.party)


def _demonym(word: str, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.lookup(word)
    return entry is not None and entry.demonym and entry.party


_AND_NUMBER = re.compile(r"\s+and\s+")


def _shared_head(text: str, number_start: int, token: re.Match[str], limit: int, value: int,
                 demonyms: list[str], gazetteer: Gazetteer) -> Count | None:
    """ "13 Israeli and four foreign hostages": the first number counts the noun of the
    second ("Israeli hostages"), which the list names once."""
    joint = _AND_NUMBER.match(text, token.start() - 1)
    after = NUMBER.match(text, joint.end()) if joint else None
    second = number_value(after) if after else None
    following = None if after is None or second is None else _noun_phrase(
        text, after.start(), after.end(), limit, second, gazetteer)
    if following is None or following.kind != "people":
        return None
    head = following.head.split()[-1] if not following.head.endswith(" of war") else \
        " ".join(following.head.split()[-3:])
    nations = [e.name for m in demonyms if (e := gazetteer.lookup(m)) is not None]
    end = number_start + len(text[number_start:token.start()].rstrip())
    return Count(value, number_start, end, " ".join([*demonyms, head]), "people", None,
                 tuple(nations))
