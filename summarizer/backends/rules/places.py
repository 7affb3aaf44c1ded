"""Where an attack struck: which of the places a sentence names (`sites`) it says were hit.

A report names many places around the ones hit: where the weapons came from, where who
speaks is, what a region borders, the region a town is in. A bigger list of towns would
not tell which of the places a report names were hit: the words around a place do.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.backends.rules.alarms import alarmed
from summarizer.backends.rules.attack_cues import ATTACK_CUE, OTHER_DAY, WAR
from summarizer.backends.rules.attackers import STRUCK_VERB
from summarizer.backends.rules.background import is_background
from summarizer.backends.rules.deeds import deed_of_struck
from summarizer.backends.rules.elsewhere import (
    after_another,
    another_place_told,
    aside,
    attackers_place,
    named_elsewhere,
    reaction_place,
    speaker_place,
    speakers_seat,
)
from summarizer.backends.rules.sites import (
    AREA_NOUN,
    AREA_WORDS,
    MODIFIER,
    PLACE_NOUN,
    POSSESSIVE,
    Sites,
)
from summarizer.backends.rules.text import (
    Unit,
    clause,
    clause_opening,
    per_sentence,
    sentence_end,
    sentence_start,
)
from summarizer.text.gazetteer import Entry, Mention
from summarizer.text.modality import unreal
from summarizer.text.numbers import NUMBER, VAGUE_COUNT
from summarizer.text.openings import opened

_REGION_NOUN = r"(?:[Rr]egions?|[Oo]blasts?|[Pp]rovinces?|[Gg]overnorates?)\b"
REGION_LIST = opened(re.compile(
    r"(?:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?(?:,\s*|,?\s+and\s+))*"
    rf"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s+(?:[a-z-]+\s+)?{_REGION_NOUN}"))
"""Regions listed with their noun: "the Sumy, Kharkiv and Donetsk regions", "Yemen's
mountainous Zorin governorate"."""
_REGION_NOUN_TOLD = re.compile(rf"\s{_REGION_NOUN}")
"""The noun every region list ends with, after a space: most sentences have none, and
`_region_lists` then does not try `REGION_LIST` at each of their capitalised words."""
OVER = re.compile(r"(?i)\bover\s+(?:the\s+)?$")
"""Where weapons were downed ("23 destroyed over the Bryansk region"): a place attacked."""
AIMED_AT = re.compile(r"(?i)\b(?:launched|fired|launches|fires)\b"
                      r"(?:\s+[\w'\u2019\u201c\u201d\",-]+){0,8}?\s+"
                      r"(?:at|against|towards?|into)\s+(?:the\s+)?(?:[A-Z][\w-]*['\u2019]s\s+)?"
                      r"(?:(?:[a-z-]+\s+){1,3}of\s+)?$")
"""A target weapons were aimed at: "fired eight rockets at central Israel", "launched
drones and missiles against Ukraine", "launched a barrage at Israel's commercial hub of Tel
Aviv", a headline's "fires 200 missiles at Israel"."""
_AT = re.compile(r"(?i)(?<!including\s)\b(?:at|on|against)\s+"
                 r"(?:the\s+(?:[\w'\u2019-]+\s+){0,3}?of\s+)?$")
"""A city aimed at beside its country ("40 drones at Ukraine, 10 of them at Kyiv"); one the
attack only included ("Russia's attack, including on Kyiv") is no finer target."""
DOWNED_VERB = r"(?:shot\s+down|downed|intercepted|destroyed)"
"""Weapons downed: one list for a sentence that tells it, for a count of them downed and for
who downed them (`downed._DOWNED_BY`)."""
_DOWNED = opened(re.compile(rf"(?i)\b{DOWNED_VERB}\b"))
_COUNT_OVER = re.compile(r"\s+(?:each\s+|more\s+|others?\s+)?over\b")
"""A count of weapons over a place, in a list of them ("126 over the Kursk region;")."""
_HIT_BEFORE = re.compile(
    rf"(?i)\b(?:in|on|at|near|into|towards?|across|including|{STRUCK_VERB}|targeting"
    r"|hitting|striking|shelling|pounding|bombarding)\s+"
    r"(?:the\s+(?:[\w'\u2019-]+\s+){0,4}?of\s+"
    r"|(?:the\s+)?(?:[a-z-]+\s+)?[\w-]+['\u2019]s\s+(?:capital,?\s+)?"
    r"|(?:an?|the)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:(?:stronghold|bastion|city|town|village"
    r"|port|hub|suburb|camp|enclave),|capital,?)\s+|the\s+"
    r"|(?:the\s+)?(?-i:(?!(?:which|what|that|whose|where|when)\b)[a-z][a-z-]*"
    rf"|{MODIFIER})\s+)?"
    rf"(?:(?:{VAGUE_COUNT}|more\s+than\s+\d[\d,]*|\d[\d,]*)\s+(?:of\s+)?)?"
    r"(?:(?:north|south|east|west)(?:ern)?\s+)?$")
"""The words before a place a sentence about an attack says was hit: "struck homes in
Odesa", "fired towards central Israel", "attacked the region, hitting Zorinsk and Talbir",
"including the western city of Lviv", "struck the city of Sumy", "in the Syrian capital
Damascus", "in Zorinland's capital Zorinsk", "in the city's Zorinsk district", "in western
Sudan's North Darfur", past a count of places ("struck dozens of south Lebanon villages"),
the part of a city it hit ("several south Beirut neighbourhoods") and a word that describes
the place ("in besieged Kharkiv", "at mountainous Zorinsk", "in the Russian-occupied Zorinsk
region", "in the Christian-majority Zorin district"), not a relative pronoun ("in which Kyiv
said")."""
_HIT_AFTER = re.compile(
    rf"(?:\s+(?:{AREA_WORDS}|{PLACE_NOUN}))?(?:,\s+[^,;.\n]{{1,60}},)?\s+(?:(?:also|again)\s+)?"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|again|repeatedly)\s+)?"
    rf"{STRUCK_VERB}"
    r"|came\s+under\s+(?:(?:heavy|renewed|intense)\s+)?(?:attack|fire|shelling|bombardment)"
    r"|(?:saw|suffered|sustained)\s+(?:[\w-]+\s+){0,4}?damage)\b")
"""A place that is the subject of the hit: "Sidon was hit twice", "Tyre, the main port of the
south, also came under fire", "the Zorinsk district saw several buildings sustain damage"."""
_OWNED_HIT = re.compile(
    r"['\u2019]s\s+(?:(?!(?:the|an?|and|or|that|which|who|whose|said|says|told|is|are|has"
    r"|have)\b)[\w'\u2019-]+\s+){1,4}?(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    rf"(?:(?:also|again|directly)\s+)?(?:{STRUCK_VERB}|damaged|destroyed)"
    r"|(?:sustained|suffered|took)\s+(?:[\w-]+\s+){0,3}?(?:damage|hits?))\b")
"""A city whose site or part was hit, as the subject of the hit: "Zorinsk's main hospital
was hit", "Zorinsk's Talbir Medical Center sustained a direct hit", "Zorinsk's port
infrastructure was damaged". The city is a place hit, as it is where a strike "hit the
hospital in Zorinsk"; what its people or officials do ("Zorinsk's mayor said the city was
hit") is not."""
_PART_NOUN = r"(?:town|village|suburb|district|neighbou?rhood|camp)"
"""What a named place may be inside another ("the Zorin neighbourhood of central Gaza"): the
nouns of both `_QUALIFIES` and `_OWN_NOUN`."""
_QUALIFIES = re.compile(rf"\s+(?:[a-z-]+\s+)?(?:city|{_PART_NOUN}|port)\s+of\b"
                        r"|\s+(?:port|coastal|border)\s+(?:city|town)\b")
"""A place that only says where the next is or what it lies on: "the Darfur city of
El-Fasher", "drones launched at the eastern Black Sea port city"."""
_OWN_NOUN = re.compile(rf"\s+{_PART_NOUN}\s+of\b")
"""What a name the gazetteer does not list is, before the place it lies in: "the Zorin
neighbourhood of central Gaza", "Zorin town of Talbir district". A listed place before the
noun only says where the next lies ("the Damascus district of Mazzeh"), as a city or a sea
does ("the Red Sea city of Port Sudan")."""
_NEAR_SITE = re.compile(r"(?i)\b(?:base|airbase|airport|airfield|facility|plant|depot|refinery)"
                        r"\s+near\s+(?:the\s+)?$")
"""A city that only says where the one site struck lies ("an air base near Tel Aviv"): the
site was hit, the city was not. Sites across an area ("military sites near Jerusalem") put
the strike in it."""
_DEFENDED = re.compile(r"(?i)\b(?:against|from)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes)\b")
"""Attacks a sentence tells only as what is defended against ("in the Zorin region, the
protection of refineries against drone attacks has been strengthened"): no attack there."""
_NAMES_OTHER = re.compile(r"[\s-]+(?:war|conflict|ceasefire|truce|peace|[Rr]iver)\b")
"""A place that names a war or its truce ("Palestinians in the Gaza war", "since the Gaza
ceasefire") or a river ("villages west of the Dnipro River"): the war or the river, not a
place this attack hit."""
_SITE_NOUN = (r"(?:base|airbase|airport|airfield|hospital|medical\s+cent(?:er|re)|facility|plant"
              r"|depot|refinery|school|mosque|church|hotel|station|building|market)")
_SITE_IN = re.compile(rf"(?i)\b(?:{_SITE_NOUN}|outpost)s?\s+in\s+(?:the\s+)?$")
"""A country a site hit lies in ("the Al Udeid Air Base in Qatar", "a military outpost in
Jordan"): where the report names no town, the country is the place hit, as annotators list
it; a country attacked whole ("strikes on Lebanon") is the target, not a place hit."""
_SITE_IN_PART = re.compile(
    rf"(?i)\b(?:{_SITE_NOUN}|one\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,3}}?{_SITE_NOUN}s)"
    r"\s+in\s+(?:the\s+)?$")
"""A part of a country that only says where the one site hit lies ("an army base in central
Israel", "one of the largest hospitals in southern Israel"): the site was hit, and the part
names the zone it is in, not a zone the attack struck. Sites across a part ("1,600 sites in
southern Lebanon") and strikes aimed at it ("rockets at central Israel") put the strike there."""
_THE = re.compile(r"\b[Tt]he\s+$")
_AREA_AFTER = re.compile(rf"\s+{AREA_WORDS}\b")
_BESIDE = re.compile(
    r"(?i)(?<![\d.])\b(?!(?:km|kilometres?|kilometers?|miles?|metres?|meters?|city|town|village"
    r"|suburb|district|settlement|area|one|located|lies|lying|situated|just)\b)[a-z][\w-]*\s+"
    r"(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?$")
"""A place whose side the strike hit, in a sentence that tells it ("struck targets east of
Zorinsk", "shelled areas north of Talbir", "operations west of Mirab"): reports name the
area by the town it adjoins, and so do annotators. A distance ("10 km west of Sumy") or a
place the words locate ("Zorinsk, a town east of Kupiansk") says where another place lies."""
_FOLLOWS = re.compile(
    rf"^(?:(?:\s+(?:{AREA_WORDS}|{PLACE_NOUN}))?(?:,\s*(?:and\s+)?|,?\s+and\s+|,?\s+in\s+"
    rf"|,?\s+as\s+well\s+as\s+)|\s+(?:{AREA_NOUN}|{AREA_WORDS})\s+of\s+(?!the\s))"
    r"(?:the\s+(?:[\w'\u2019-]+\s+){0,3}?(?:city|cities|towns?|villages?|capital|districts?"
    r"|regions?|provinces?)\s+of\s+|(?:[a-z-]+\s+)?capital\s+of\s+(?:the\s+)?|the\s+)?$")
"""Between a place hit and the next: a list ("Lviv, the central city of Dnipro and the
eastern city of Kharkiv") or the region it is in ("Kryvyi Rih, Dnipropetrovsk region",
"El Fasher, the capital of North Darfur State", "Zorinsk, provincial capital of Talbir
province", "Zorin local government area of Talbir state", "the Zorin area of Talbir state",
not "of the State" the report is about), and a list that goes on past a plural place noun
("Tyre, the southern villages of Zorinsk and Talbir, as well as Sidon")."""
_HIT_THING = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:sites?|targets?|positions?|bases?|territory"
    r"|ships?|vessels?|infrastructure|facilities|grid|cities)\b")
_ORIGIN = re.compile(r"(?i)\bfrom\s+(?:the\s+)?(?:[A-Z][\w-]*['\u2019]s\s+)?(?:[a-z-]+\s+)?$")
"""Regions weapons came from: "drones launched from Russia's Kursk and Bryansk regions"."""
_BORDERS = re.compile(r"(?i)\b(?:border(?:s|ing|ed)?|adjacent\s+to)\s+"
                      r"(?:[\w'\u2019-]+\s+){0,3}$")
"""What a region borders is not hit: "Belgorod, which borders Ukraine's Sumy and Kharkiv
regions"."""
_NEAR_LAST = re.compile(r"^,\s+(?:an?\s+(?:[a-z-]+\s+){0,3}?)?near\s+(?:the\s+)?"
                        r"(?:(?:city|town|village)\s+of\s+)?$")
"""A place that only says where the one before it lies: "Zorinsk, a small town near
Kupiansk", "the town of Zorinsk, near Haifa", "Zorinsk, near the city of Onitsha"."""
_LOCATOR = re.compile(rf"^(?:\s+(?:{AREA_WORDS}|{PLACE_NOUN}))?(?:,\s*(?:in\s+)?|\s+in\s+)"
                      r"(?:the\s+)?$")
_ACTS = re.compile(r"\s+(?:[a-z]+\s+)?(?:killed|fired|launched|attacked|struck|shelled|bombed)\b")
"""A party as the subject of a strike: "Hamas killed", "Hezbollah also fired"."""
_FROM = re.compile(r"(?i)\bfrom\s+(?:the\s+)?$")
_OBJECT = re.compile(r"(?i)\b(?:in|of|on|at|to|near|with|against|towards?|into|across|bordering"
                     r"|borders)\s+(?:the\s+)?$")
"""A party named as what a place is in or borders ("a house in the Bekaa Valley bordering
Syria killed two"): not the subject of the verb after it."""
_WEAPONS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:drones?|UAVs?|missiles?|rockets?|shells?)\b")
_DOWNED_COUNT = re.compile(rf"(?i)\b{DOWNED_VERB}\s+(?:[\w,-]+\s+){{0,3}}?$")
"""A party's weapons downed: "shot down 20 Ukrainian drones over the Belgorod region" told
next to Russia's attack names where Ukraine's attack was downed ("Iranian-made drones" are
no one's attack)."""
_ENDS_CLAUSE = re.compile(rf"(?:\s+(?:{AREA_WORDS}|{PLACE_NOUN})s?)?\s*")
"""What may follow a place's name to its clause's end: its place noun ("the Talbir region")."""
_PLACES_PAST = re.compile(r"(?i)(?:the\s+)?(?:scene|site)\s+of\b")
"""An aside on a place that names what happened there before: "the scene of", "site of". A
"where" clause is none: it may tell another strike of its own ("the Talbir region, where
last week gunmen raided a camp")."""
PLACE_KINDS = ("city", "region")


def counted_over(text: str, unit: Unit) -> bool:
    """Whether the unit opens with a count over a place: "126 over the Kursk region;"."""
    number = NUMBER.match(text, unit.start)
    return number is not None and _COUNT_OVER.match(text, number.end()) is not None


@per_sentence
def _cued(text: str, start: int, stop: int, cues: tuple[re.Pattern[str], ...]) -> bool:
    """Whether text[start:stop] tells an attack or damage (`cues` find its words) outside
    what is only defended against (`_DEFENDED`): each unit of a sentence asks of the same
    sentence, which is read once."""
    told = _DEFENDED.sub(lambda m: " " * len(m.group()), text[start:stop])
    return any(c.search(told) for c in cues)


def struck(text: str, unit: Unit, sites: Sites, cues: tuple[re.Pattern[str], ...]) -> list[str]:
    """Places the unit says were hit, in order, each in a sentence that tells of an attack
    or damage (`cues` find its words) or of weapons downed: regions listed with their noun
    ("the Odesa, Sumy ... regions suffered damage"), places the attack reached ("strikes
    hit ... in Lviv and Odesa", "fired towards central Israel"), where weapons were downed
    ("14 over Kursk"), the places listed after one of them and the region a place hit is in
    ("the town of Rylsk in Russia's Kursk region"). History ("fighting since 2022 in the
    Gaza Strip"), another day's strike ("a day after a strike in Odesa"), threats ("would
    resume attacks on Tel Aviv"), what a region borders, regions weapons came from, and a
    part of a country that only locates the place before it ("Kryvyi Rih, central
    Ukraine") are not places hit. A strike told after a toll or damage is the one that did
    it ("three were wounded after a drone hit a school in Zorinsk"), not another before
    it: only an attack's words before "after" tell another strike."""
    counted = counted_over(text, unit)

    def told(sentence: int) -> tuple[bool, bool]:
        downed = counted or _DOWNED.search(text, sentence, unit.end) is not None
        # the words that tell the strike may be in a quotation that cuts the sentence: "a
        # depot in the Zorinsk district suffered “several drone strikes”"
        stop = max(sentence_end(text, unit.end - 1), unit.end)
        return downed, downed or _cued(text, sentence, stop, cues)

    def real(position: int, sentence: int, named_end: int) -> bool:
        start, end = clause(unit, position)
        if start == unit.start:  # the unit's clause may open before a quotation cut it
            start = clause_opening(text, sentence, start)
        return not (is_background(text, unit, position) or unreal(text, start, position)
                    or deed_of_struck(text, sentence, position)
                    or _history_after(text, unit, named_end, end)
                    or OTHER_DAY.search(text, start, end)
                    or reaction_place(text, start, position, end)
                    or alarmed(text, sentence, position)
                    or aside(text, sentence, (start, end), position, cues)
                    or after_another(text, sentence, position, (ATTACK_CUE, WAR)))

    places: list[str] = []
    sited: set[str] = set()  # countries a site hit lies in ("Al Udeid Air Base in Qatar")
    for listed in _region_lists(text, unit.start, unit.end):
        sentence = sentence_start(text, unit, listed.start())
        if told(sentence)[1] and real(listed.start(), sentence, listed.end()) and real(
                listed.end() - 1, sentence, listed.end()) and not (
                _BORDERS.search(text, unit.start, listed.start())
                or _ORIGIN.search(text, unit.start, listed.start())
                or named_elsewhere(text, clause(unit, listed.start())[0], listed.start())
                or attackers_place(text, unit.start, listed.start(), listed.end())
                or speakers_seat(text, sentence, listed.start(), listed.end(),
                                 sentence_end(text, listed.end()))):
            places += [m.entry.name for m in sites.between(listed.start(), listed.end())]
    hit: Mention | None = None  # the last place hit, which a list or a region may follow
    previous: Mention | None = None  # the last place named
    seats: list[str] = []  # where those who tell of the attack are
    for mention in sites.between(unit.start, unit.end):
        if (mention.entry.party or mention.entry.name in sites.described) and POSSESSIVE.match(
                text, mention.end):
            continue  # "in Russia's Kursk region", "western Sudan's North Darfur": the region
            # follows the place that owns it
        sentence = sentence_start(text, unit, mention.start)
        downed, attack = told(sentence)
        after_hit = hit is not None and hit is previous and _FOLLOWS.match(
            text[hit.end:mention.start]) is not None
        if attack and real(mention.start, sentence, mention.end) and not (previous is not None and (
                locates(text, sites, previous, mention)
                or _NEAR_LAST.match(text[previous.end:mention.start]) is not None)) and (
                after_hit or _reached(text, unit, mention, sentence, sites)
                or (downed and OVER.search(text, unit.start, mention.start) is not None)):
            stop = sentence_end(text, mention.end)
            if speakers_seat(text, sentence, mention.start, mention.end, stop):
                if not another_place_told(text, mention.end, stop):
                    seats.append(mention.entry.name)
            else:
                places.append(mention.entry.name)
                hit = mention
                if (mention.entry.kind == "country" and not mention.entry.demonym
                        and _SITE_IN.search(text, unit.start, mention.start)):
                    sited.add(mention.entry.name)
        previous = mention if mention.entry.kind in PLACE_KINDS else None
    # A local official reporting a strike that names no place ("Officials in Kharkiv said a
    # missile struck a residential building") tells of their own town: their seat is the
    # place hit only then, never beside a place the strike names.
    return [p for p in dict.fromkeys(places or seats)
            if (entry := sites.lookup(p)) and (entry.kind in PLACE_KINDS or p in sited)]


def _history_after(text: str, unit: Unit, named_end: int, end: int) -> bool:
    """Whether a place that ends its clause, an item of a list or the words beside a name,
    is told of the history the clause after it tells: "killed in the Zorin, Talbir and Mirab
    regions since the February 2022 invasion", "Zorinsk, the last city the army holds in
    western Darfur, has endured attacks since the war began". An aside that names the
    place's own past ("bombs exploded at Zorin junction, the scene of a 2017 blast", "struck
    Talbir, site of a massacre in 2022") leaves the news before it: the place was hit.
    `named_end` is where the place's name ends, `end` where its clause does."""
    if _ENDS_CLAUSE.fullmatch(text, named_end, end) is None:
        return False
    after = end
    while after < unit.end and text[after] in ",;: ":
        after += 1
    return (after < unit.end and _PLACES_PAST.match(text, after) is None
            and is_background(text, unit, after))


def _reached(text: str, unit: Unit, mention: Mention, sentence: int, sites: Sites) -> bool:
    """Whether the words around a place say the attack reached it ("strikes in Odesa"), not
    that it came from there, that someone spoke there, or that it only names the next place
    ("the Darfur city of El-Fasher"). `sentence` is where its sentence starts."""
    return (_HIT_BEFORE.search(text, unit.start, mention.start) is not None
            or _HIT_AFTER.match(text, mention.end) is not None
            or (mention.entry.kind == "city" and _OWNED_HIT.match(text, mention.end) is not None)
            or _BESIDE.search(text, unit.start, mention.start) is not None) and (
            not named_elsewhere(text, clause(unit, mention.start)[0], mention.start)
            and not speaker_place(text, sentence, mention.start, mention.end)
            and not attackers_place(text, sentence, mention.start, mention.end)
            and not (_QUALIFIES.match(text, mention.end) and (
                sites.listed(mention.entry.name) or not _OWN_NOUN.match(text, mention.end)))
            and not _NEAR_SITE.search(text, unit.start, mention.start)
            and not _NAMES_OTHER.match(text, mention.end)
            and not (mention.entry.name in sites.described
                     and _SITE_IN_PART.search(text, unit.start, mention.start)))


def _region_lists(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """`REGION_LIST`'s matches in text[start:end]; none where no region's noun is told."""
    if _REGION_NOUN_TOLD.search(text, start, end) is None:
        return iter(())
    return REGION_LIST.finditer(text, start, end)


def told_as_regions(text: str, sites: Sites) -> frozenset[str]:
    """The places the article names with a region's noun: "the Kursk region", "the Sumy,
    Kharkiv and Donetsk regions", "Zorin province"."""
    return frozenset(m.entry.name for listed in _region_lists(text, 0, len(text))
                     for m in sites.between(listed.start(), listed.end()))


def region_opening(text: str, mention: Mention) -> int:
    """Where the words that name a region with its noun open ("the Kharkiv region", "the
    Zorin province"): an attack on it is aimed at it as at a city named bare ("hit the
    Kharkiv region", "struck a refinery in the Ryazan region")."""
    the = _THE.search(text, max(0, mention.start - 4), mention.start)
    return the.start() if the and _AREA_AFTER.match(text, mention.end) else mention.start


def locates(text: str, sites: Sites, previous: Mention, mention: Mention) -> bool:
    """Whether a part of a country only says where the place before it is: "Kryvyi Rih,
    central Ukraine", "Kharkiv, in north-eastern Ukraine", "El Fasher ... in western Sudan",
    "Rafah, in the southern Gaza Strip"."""
    return mention.entry.name in sites.described and _LOCATOR.match(
        text[previous.end:mention.start]) is not None


def encloses(text: str, previous: Mention, mention: Mention) -> bool:
    """Whether a region only says where the place aimed at before it lies ("the attack
    happened in Zorin village in Zorinsk state"): the place is the target, the region one
    of the places hit."""
    return mention.entry.kind == "region" and previous.entry.kind == "city" and _LOCATOR.match(
        text[previous.end:mention.start]) is not None


def launched_elsewhere(text: str, unit: Unit, sites: Sites, attacker: str | None) -> bool:
    """Whether the unit says weapons came from a party other than `attacker`, that its
    weapons were downed, or that it struck ("rockets were launched from Lebanon into northern
    Israel" told next to Iran's attack, "an incident in which Hamas killed a soldier in
    Rafah" next to Israel's): the places it names were hit by another attack. The country a
    group fights from is its own ("launched from Lebanon" of Hezbollah's rockets)."""
    entry = sites.lookup(attacker) if attacker else None
    own = {attacker, entry.base if entry else None}
    return attacker is not None and any(
        m.entry.party and m.entry.name not in own and (
            _FROM.search(text, unit.start, m.start)
            or (_ACTS.match(text, m.end) and not _OBJECT.search(text, unit.start, m.start))
            or downed_weapons_of(text, unit.start, m))
        for m in sites.between(unit.start, unit.end))


_DOWNED_OVER = re.compile(rf"(?i)\b{DOWNED_VERB}\s+(?:[\w,'\u2019-]+\s+){{0,4}}?"
                          r"(?:missiles?|drones?|rockets?|UAVs?|aircraft)\s+over\s+(?:the\s+)?$")
_NEXT_SHARE = re.compile(
    rf"(?:\s+{AREA_WORDS})?(?:\s*[,;]\s*(?:and\s+)?\w+\s+(?:more\s+)?over\b"
    r"|(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w'\u2019-]*"
    rf"(?:\s+(?:{AREA_WORDS}|regions|provinces)\b|\s*,|\s+and\b))")
"""A list of places weapons were downed over, with their shares or without ("20 drones over
the Bryansk region, 14 over Kursk", "over the Belgorod and Kursk regions"): the places share
one attack, and none is its target."""


def downed_over(text: str, opening: int, place: Mention) -> bool:
    """Whether the place is where the clause from `opening` says weapons were downed, the one
    place told so ("destroyed 12 missiles over the Belgorod region"): the attack was aimed
    there."""
    return (_DOWNED_OVER.search(text, opening, place.start) is not None
            and _NEXT_SHARE.match(text, place.end) is None)


def downed_weapons_of(text: str, start: int, mention: Mention) -> bool:
    """Whether the party at `mention` names whose weapons the words from `start` say were
    downed ("shot down 20 Ukrainian drones", "destroyed 12 Russian missiles"): that side
    struck, wherever its weapons fell."""
    return (_WEAPONS_AFTER.match(text, mention.end) is not None
            and _DOWNED_COUNT.search(text, start, mention.start) is not None)


def aimed_after_quote(text: str, unit: Unit, sites: Sites) -> list[str]:
    """Targets told after a quotation that cuts the sentence: "Hamas said it had launched a
    “large rocket barrage” at Tel Aviv". A unit that ends its sentence has none: the next
    sentence's target is its own attack's."""
    end = sentence_end(text, max(unit.start, unit.end - 1))
    return [m.entry.name for m in sites.between(unit.end, end)
            if m.entry.kind != "group" and is_target(text, m)
            and AIMED_AT.search(text, unit.start, m.start) is not None]


def is_target(text: str, mention: Mention) -> bool:
    """Whether a name can be what an attack aimed at: a place, not a country that only owns
    the place after it ("strikes on Yemen's Ras Isa port"), though one whose unnamed sites
    were hit is ("attacks against Ukraine's energy infrastructure"); a demonym only where it
    qualifies what was hit ("rockets at Israeli military sites": Israel)."""
    if mention.entry.demonym:
        return _HIT_THING.match(text, mention.end) is not None
    owner = POSSESSIVE.match(text, mention.end)
    return not (mention.entry.kind == "country" and owner
                and not _HIT_THING.match(text, owner.end()))


def finest_targets(text: str, unit: Unit, sites: Sites, targets: list[str],
                   attacker: str | None) -> list[str]:
    """The targets a sentence names, the finest first: a country whose city the sentence
    names is not the target, the city is ("Ukraine targeted Russia with 45 drones, a quarter
    of them at Moscow": Moscow); a part of a country is a place hit, the country is the target
    ("rockets into northern Israel": Israel). An attacker is never its own target."""
    finest: list[str] = []
    start = sentence_start(text, unit, unit.start)
    for named in targets:
        part = sites.lookup(named)
        target = part.country if part and named in sites.described and part.country else named
        entry = sites.lookup(target)
        cities = [m for m in sites.between(start, unit.end) if entry is not None
                  and entry.kind == "country" and m.entry.kind == "city"
                  and m.entry.country == target]
        if cities and _AT.search(text, start, cities[0].start):
            finest.insert(0, cities[0].entry.name)
        else:  # a city only near what was aimed at ("sites near Haifa") is no finer target
            finest.append(target)
    return [t for t in dict.fromkeys(finest) if t != attacker]


def _in_zoneless(entry: Entry | None, sites: Sites) -> bool:
    """Whether the place lies in a country too large for its parts to name zones
    (`Entry.zones`)."""
    country = sites.lookup(entry.country) if entry and entry.country else None
    return country is not None and not country.zones


def with_target_cities(regions: list[str], targets: list[str], sites: Sites,
                       regional: frozenset[str]) -> list[str]:
    """The places hit, with the city the attack targeted: a city struck is a place hit
    (GOLD_FORMAT.md, "when the target is a city, the city is one of them"); a territory
    targeted whole ("strikes on Gaza") is the target, and the places hit are within it. A
    region the report names as such (`regional`: "a refinery in the Ryazan region") is a
    place hit as a city is, and so is a province of a country too large for its parts to
    name zones (`Entry.zones`: "drones struck Ryazan", "missiles hit Idlib")."""
    cities = [t for t in targets if (entry := sites.lookup(t)) and (
        entry.kind == "city" or (entry.kind == "region" and _in_zoneless(entry, sites)))]
    whole = {t for t in targets
             if t not in cities and t not in sites.described and t not in regional}
    return [p for p in dict.fromkeys([*cities, *regions]) if p not in whole]


def sited(targets: list[str], sites: Sites) -> list[str]:
    """A site struck is the target, not the city it is in: "a strike on the Iranian
    consulate in Damascus" targets the consulate, and Damascus is a place hit."""
    kinds = {t: entry.kind for t in targets if (entry := sites.lookup(t))}
    if "site" not in kinds.values():
        return targets
    return [t for t in targets if kinds.get(t) != "city"]


def finest_regions(regions: list[str], sites: Sites) -> list[str]:
    """The places hit without a compass part of a country too large for it to name the zone
    hit ("a church in the town of Zorin in southwestern Nigeria": Zorin), which only says
    where the others lie (`Entry.zones`), without a region whose part the attack's places
    name ("the Kordofan village" beside "North Kordofan": North Kordofan), and without a
    country a place of it names ("a base in Qatar" beside Doha). Named alone, it is all the
    report says of where the attack was, which tells it from another outlet's attack
    elsewhere: it stays."""
    finer = [r for r in regions
             if not (r in sites.described and _in_zoneless(sites.lookup(r), sites))]

    def whole(name: str) -> bool:
        entry = sites.lookup(name)
        return any(other.casefold().endswith(" " + name.casefold()) for other in regions) or (
            entry is not None and entry.kind == "country" and any(
                (part := sites.lookup(other)) and part.country == name for other in finer))

    return [r for r in finer if not whole(r)] or regions
