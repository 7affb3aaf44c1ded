"""Which words of an article name places: the gazetteer's, and the places it does not list.

The shipped gazetteer names countries, capitals and the regions of a few wars; reports
name towns, districts, camps and ports far beyond it ("the town of Rylsk", "Nuseirat
refugee camp", "the Damascus district of Mazzeh") and parts of a country ("southern
Lebanon", "central Gaza"). Such a name counts as a place only where the text says it is
one: a place noun introduces it, or it is an item of a list that a place noun heads or ends
("districts including Chitral, Bajaur and Kurram", "Khost and Paktika provinces"). A
capitalised word alone is never taken for a town ("Reading" and "Police" are towns too).
Which of them were hit is `places`' question.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.text.gazetteer import Entry, Found, Mention, Places
from summarizer.text.name_forms import demonym
from summarizer.text.openings import opened
from summarizer.text.time import CALENDAR_NAMES

_PARTICLE = r"(?:al|el|ad|ar|as|ash|an|ed|bin|ibn|de)"
_ROMANCE = r"(?:del|della|di|da|dos|das|de[ -]la|de[ -]los|de[ -]las)"
"""The lower-case words inside Spanish, Portuguese and Italian names ("Lanao del Sur", "Santiago
del Estero", "Vila da Ponte"), which join two capitalised words into one name."""
_NAME = (rf"(?:\b{_PARTICLE}-)?[A-Z][\w'\u2019-]*"
         rf"(?:[ -](?:(?:{_PARTICLE}|{_ROMANCE})[ -])?[A-Z][\w'\u2019-]*)*")
"""A place's name: capitalised words, with the particles of Arabic names ("Deir al-Balah"),
which may open it in lower case ("al-Zorin village"), and of Romance ones ("Lanao del Sur")."""
AREA_WORDS = r"(?:[Pp]rovince|[Gg]overnorate|[Rr]egion|[Oo]blast|[Ss]tate)"
_NOUN_OF = re.compile(
    r"\b(?:city|town|village|suburb|district|neighbou?rhood|camp|port|province|governorate"
    rf"|region|oblast|capital|area)\s+of\s+(?:the\s+)?({_NAME})")
"""A place noun that introduces the name after it: "the town of Rylsk", "the general area
of Zorinsk"."""
AREA_NOUN = r"(?:[Ll]ocal\s+[Gg]overnment\s+[Aa]rea|area)"
"""An area named as such: "the Zorinsk area", "Zorin local government area", "Zorin Local
Government Area" (as Nigerian reports write it)."""
PLACE_NOUN = (r"(?:(?:refugee|displacement|IDP)\s+camp|camp|city|town|[Vv]illage|district"
              rf"|[Tt]ownship|neighbou?rhood|(?:fuel\s+|oil\s+)?port|{AREA_NOUN})")
_ADMINISTERED = r"(?:[Tt]ownship|[Ll]ocal\s+[Gg]overnment\s+[Aa]rea)"
"""The areas a country is administered in below its regions, named as such: a Myanmar township,
a Nigerian local government area. Villages lie in them, as towns lie in a region."""
_NAME_NOUN = opened(re.compile(
    rf"({_NAME})\s+(?:(?!state)({AREA_WORDS}|{_ADMINISTERED})|{PLACE_NOUN})\b"))
"""A name a place noun follows: "Nuseirat refugee camp", "Kerman province", "the Zorinsk
area", "Zorin local government area", "Zorin Township"."""
_STATE = opened(re.compile(
    rf"(?<![\w'\u2019-])(?<![Tt]he\s)(?<![Aa]\s)(?<![Aa]n\s)({_NAME})\s+state\b"))
"""A state of a federation named with the word in lower case ("in Zorin state", "Zorin state
police"), not a nation an article or an adjective names ("the Jewish state", "a Gulf state").
For a name the gazetteer does not list; a country's name before the word is `_states`'."""
_STATE_AFTER = re.compile(r"\s+[Ss]tate\b")
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:the|an?)\s+$")
_SETTLEMENT = re.compile(rf"\b(?:Kibbutz|Moshav)\s+{_NAME}")
_OPEN_NOUN = r"(?:junction|roundabout|square|beach)"
_OPEN_NAME = r"(?:Square|Beach)"
_OPEN_PLACE = opened(re.compile(
    rf"{_NAME}\s+{_OPEN_NOUN}\b"
    rf"|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*\s+{_OPEN_NAME}\b"))
"""An open place in a town named with what it is ("Zorin junction", "Talbir Square", "Mirab
Beach"): where a crowd was when a bomb went off or gunmen fired, a place hit inside the
town, named as reports and annotators write it, with its noun."""
_APPOSITION = (
    r",[\s\u201c\u201d\"]+(?:an?|one\s+of(?:\s+the)?"
    r"(?:\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['\u2019]s)?|two|three|four|five|several)\s+"
    r"(?:[a-z-]+\s+){0,3}?(?:village|town|suburb|community|settlement|kibbutz|hamlet|area"
    r"|neighbou?rhood|camp|territory)s?\b")
_APPOSED = opened(re.compile(rf"((?:{_NAME}(?:,\s*|,?\s+and\s+))*{_NAME}){_APPOSITION}"))
"""Names the next words say are a settlement or an area: "Khuafo, a village of 60 households",
"Zorinsk, a small town near Kupiansk", "Ra'anana, a suburb of Tel Aviv", "Zorin, a densely
populated area", "Zorin, one of the Gaza Strip's eight refugee camps", "Zorin and Talbir, two
villages on the edge of the forest". A city ("Ramenskoye, a city in the Moscow region") is
left out: reports name the towns a city's attack reached beside it, and gold lists the city."""
_IN_AREA = re.compile(
    rf"\b(?:in|on|at|near)\s+(?:[a-z]+\s+)?({_NAME})(?:\s+in\s+|,\s+(?:in\s+)?)(?:the\s+)?"
    rf"(?:[a-z-]+\s+)?{_NAME}\s+(?:{AREA_WORDS}|[Dd]istrict|[Cc]ounty|[Tt]erritory)\b"
    rf"|\b(?:in|on|at|near)\s+(?:[a-z]+\s+)?({_NAME}),\s+(?:"
    r"an?\s+(?:[a-z-]+\s+){0,3}?(?:region|territory|district|province|area)\s+(?:in|of)\b"
    r"|(?:just\s+)?(?:near|outside)\s+(?:the\s+(?:[a-z-]+\s+)?(?:city|town|village)\s+of\s+)?[A-Z]"
    r"|(?:the\s+)?(?:[a-z-]+\s+)?capital\s+of\b)")
"""A name told inside a named area or that the words after it locate: "in Koutougou in Soum
province", "on Zorinsk in the Chouf district", "at mountainous Zorinsk in eastern Nangarhar
province", "in Zorinsk, Talbir district", "in Zorinsk, in the Talbir region", "in Zorinsk, a
region in Talbir province", "in Zorinsk, near the city of Mirab", "in Zorinsk, the capital of
Talbir State", "in Zorinsk, capital of Talbir province" (wire style drops the article). A
distance or a direction ("in Zorinsk, 20 km from the attack site") does not make a name a
place hit: the city of a hospital the wounded were taken to lies as far from a strike as a
town it hit."""
_SITE = re.compile(r"\b(?:[A-Z][\w.'\u2019-]*[ -]){1,3}(?:[Cc]onsulate|[Ee]mbassy|[Aa]ir\s+[Bb]ase"
                   r"|[Cc]hurch|[Mm]osque|[Ss]chool|[Bb]azaar|[Pp]olice\s+[Ss]tation"
                   r"|[Aa]irbase|Air\s+Force\s+Base|[Nn]aval\s+[Bb]ase|Airport)\b")
"""A site named by its owner or its name with what it is: "the Iranian consulate", "Al
Udeid Air Base", "St. Zorin's church", "Zorin Secondary School", "Zorin police station",
"Zorin International Airport" (an airport by its own name only: "the city's airport" is the
city's). An
attack on it targets the site; the city it is in is a place hit."""
_HEADED_LIST = re.compile(
    r"\b(?:districts|cities|towns|villages|areas|regions|provinces|communities|settlements"
    r"|neighbou?rhoods|camps)"
    rf"(?:\s*,?\s+(?:including|such\s+as|namely)|\s+of)\s+((?:{_NAME}(?:,\s*(?:and\s+)?|,?\s+and\s+))*"
    rf"{_NAME})")
"""A list of places that a place noun heads: "districts, including Chitral, Bajaur and Kurram",
"the border villages of Talbir, Mirab and Kelsa"."""
_AREAS = r"provinces|governorates|regions|oblasts|states"
_PLACES = r"districts|neighbou?rhoods|villages|towns|camps|communities|areas|cities"
_LIST_BEFORE_NOUN = opened(re.compile(
    rf"((?:{_NAME},\s*)*{_NAME},?\s+and\s+{_NAME})\s+(?:({_AREAS})|{_PLACES})\b"))
"""A list of places that a plural place noun ends: "Khost and Paktika provinces", "the Zorin,
Talbir and Mirab neighbourhoods", "Zorinsk's Talbir and Mirab districts"."""
_LIST_ITEM = re.compile(_NAME)
_ENDINGS = {
    _OPEN_PLACE: re.compile(rf"\s(?:{_OPEN_NOUN}|{_OPEN_NAME})\b"),
    _APPOSED: re.compile(_APPOSITION),
    _LIST_BEFORE_NOUN: re.compile(rf"\s(?:{_AREAS}|{_PLACES})\b"),
}
"""The words each of these patterns' matches ends with, which few articles have (an open
place's noun, a settlement told in apposition, a plural place noun): where they are not in
the text, the pattern, which tries every capitalised word, is not searched (`_ending`)."""
_ADJECTIVAL = re.compile(r"[A-Z][\w'\u2019-]*(?:sk|tsk|zk|ck)(?:yi|yy|iy|ij|y|i|a|e)")
"""A district named by a Slavic adjective ("the Saltivskyi district", "the Kirishsky
district", "the Zorinskyi area"): the adjective alone names nothing, and reports and
annotators write the district with its noun."""
_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ish|ese|ian)")
"""A people's adjective before a place noun ("Iraq's semi-autonomous Kurdish region", "the
Zorinian border region"), which names whose region it is, not a place of that name."""
_AREA_SUFFIX = re.compile(rf"\s+(?:{AREA_WORDS}|Local\s+Government|Village|Township)$")
_NOT_NAME = frozenset((
    "The", "A", "An", "In", "On", "At", "Its", "Their", "His", "Her", "This", "That", "Both",
    "Several", "Many", "Some", "Other", "Another", "Earlier", "Later", "Elsewhere", "And", "But",
    "When", "While", "After", "Before", "Near", "Regional", "Local", "Residents", "Meanwhile",
))
"""Capitalised words that open a sentence, never a place's name."""
MODIFIER = r"[A-Z][\w'\u2019]*-[a-z][a-z-]*"
"""A compound that describes the place after it ("the Christian-majority Zorin district", "a
Sunni-dominated town", "Russian-occupied Zorinsk"): who lives in it or holds it, no part of
its name, which goes on in capitals ("Ivano-Frankivsk", "Deir ez-Zor" keep theirs)."""
_MODIFIER_WORD = re.compile(MODIFIER)
DIRECTION = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central"
"""A compass part of a place: "southern", "north-eastern", "central"."""
_DESCRIBED = re.compile(rf"\b({DIRECTION})(?:\s+and\s+({DIRECTION}))?\s+$")
_AREA_AFTER = re.compile(
    r"(?:\s+|['\u2019]s\s+)(?:[a-z-]+\s+)?(?:regions?|oblasts?|provinces?|border)\b")
POSSESSIVE = re.compile(r"['\u2019]s\b")
_OWNED = re.compile(rf"['\u2019]s\s+(?:(?:{DIRECTION})\s+)?$")
"""The words between a place and the name it owns: "Moscow's Zorinsk", "Kyiv's western Zorin"."""


def _adjective(direction: str) -> str:
    """"south" and "southern" name the same part of a country; gold writes the adjective."""
    return direction if direction == "central" or direction.endswith("ern") else direction + "ern"


def _name_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name without the sentence-opening words before it and the area noun after it."""
    words = text[start:end].split(" ")
    while words and (words[0] in _NOT_NAME or _MODIFIER_WORD.fullmatch(words[0])):
        start += len(words.pop(0)) + 1
    if not words:
        return None
    trailing = _AREA_SUFFIX.search(text, start, end)
    return (start, trailing.start() if trailing else end)


class Sites(Found):
    """The article's places: the gazetteer's, the parts of a country it names ("southern
    Lebanon"), and the names a place noun introduces. Same questions as `Places`."""

    def __init__(self, places: Places, text: str) -> None:
        self._places = places
        known = places.between(0, len(text))
        described = _described(text, known)
        extra = (described + _sites(text, known) + _introduced(text, known) + _states(text, known)
                 + _capitals(text, known, places))
        self.described = {m.entry.name for m in described}
        covered = [(m.start, m.end) for m in extra]
        merged = [m for m in known if not any(s < m.end and m.start < e for s, e in covered)]
        super().__init__(sorted(merged + extra, key=lambda m: (m.start, m.end)))
        self._extra = {m.entry.name: m.entry for m in extra}

    def lookup(self, name: str) -> Entry | None:
        return self._extra.get(name) or self._places.lookup(name)

    def listed(self, name: str) -> bool:
        """Whether the gazetteer lists the name, not only the words around it."""
        return self._places.lookup(name) is not None


def _described(text: str, known: list[Mention]) -> list[Mention]:
    """"southern Lebanon", "central Gaza", "southern and eastern Lebanon": a part of a country
    or territory. "western Kursk region" stays the Kursk region."""
    found: list[Mention] = []
    for mention in known:
        entry = mention.entry
        if entry.demonym or entry.kind not in ("country", "region"):
            continue
        before = _DESCRIBED.search(text, max(0, mention.start - 40), mention.start)
        if before is None or _AREA_AFTER.match(text, mention.end):
            continue
        for direction in filter(None, before.groups()):
            country = entry.name if entry.kind == "country" else None
            found.append(Mention(before.start(), mention.end, Entry(
                f"{_adjective(direction)} {entry.name}", "region", country=country)))
    return found


def _states(text: str, known: list[Mention]) -> list[Mention]:
    """A federation's state that bears a country's name ("Niger state", "in Niger State",
    "Niger state police"): a region of the country the report is about, never the country,
    which "the" or "a" would name ("a Niger state visit").

    Kept apart from `_STATE`, which finds names the gazetteer does not list: there the word
    must be in lower case, as a capital "State" after an unknown name is as often a group's
    ("Islamic State"), while a country's name before it is only ever a state. Each tests for
    the article its own way: `_STATE` in its pattern, so that its search moves on to a name
    after the article, this one beside a name the gazetteer already found."""
    return [Mention(m.start, m.end, Entry(m.entry.name, "region")) for m in known
            if m.entry.kind == "country" and not m.entry.demonym
            and _STATE_AFTER.match(text, m.end)
            and not _ARTICLE_BEFORE.search(text, max(0, m.start - 8), m.start)]


_CAPITAL_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+capital\b(?!,?\s+[A-Z])(?!\s+(?:markets?|flight|(?:in|out)?flows?"
    r"|controls?|gains?|investments?|punishment|expenditure|spending)\b)")
"""The word after a country that makes it name its capital, with no name after it that
names the city itself ("the Syrian capital Damascus", "Ukraine's capital, Kyiv"), and not
money ("Russian capital markets")."""


def _capitals(text: str, known: list[Mention], places: Places) -> list[Mention]:
    """A capital named by its country: "the Russian capital", "Lebanon's capital". Reports
    vary the city's name so ("drones hit Moscow ... the largest attack on the Russian
    capital"), and an attack on it is an attack on the city, not on the country."""
    found: list[Mention] = []
    for mention in known:
        country = places.lookup(mention.entry.name)
        after = _CAPITAL_AFTER.match(text, mention.end)
        if (mention.entry.kind != "country" or country is None or country.capital is None
                or after is None or (mention.entry.demonym == bool(after.group().startswith(
                    ("'", "\u2019"))))):
            continue
        city = places.lookup(country.capital)
        article = _ARTICLE_BEFORE.search(text, max(0, mention.start - 5), mention.start)
        if city is not None:  # the name's words, as "Moscow" stands for "the Russian capital"
            found.append(Mention(article.start() if article else mention.start, after.end(), city))
    return found


def _sites(text: str, known: list[Mention]) -> list[Mention]:
    """The sites the text names, each with its owner ("the Iranian consulate") or name. An
    owner written as a possessive is named by its adjective ("Iran's consulate": the
    Iranian consulate), or left out where the site has a name ("Russia's Hmeimim Air
    Base"), as other outlets name the same site."""
    owners = {m.start: m for m in known if m.entry.kind == "country" and not m.entry.demonym}
    found: list[Mention] = []
    for site in _SITE.finditer(text):
        span = _name_span(text, *site.span())
        if span is None:
            continue
        name = text[span[0]:span[1]]
        owner = owners.get(span[0])
        possessive = owner and POSSESSIVE.match(text, owner.end)
        adjective = owner and demonym(owner.entry.name)
        if possessive:
            named = text[possessive.end():span[1]].lstrip()
            if _SITE.fullmatch(named):
                name = named
            elif adjective:
                name = f"{adjective} {named}"
        found.append(Mention(*span, Entry(name, "site")))
    return found


def _introduced(text: str, known: list[Mention]) -> list[Mention]:
    """Names the gazetteer does not list that a place noun introduces or a list of places holds."""
    spans: dict[tuple[int, int], str] = {}
    for pattern in (_NOUN_OF, _NAME_NOUN, _STATE):
        for found in pattern.finditer(text):
            span = _owned(text, _name_span(text, *found.span(1)))
            if span is not None and _ADJECTIVAL.fullmatch(text, *span) and (
                    text[found.end(1):found.end()].strip() in ("district", "area")):
                span = (span[0], found.end())  # "the Saltivskyi district", as it is named
            if span is not None:
                spans[span] = "region" if pattern is _STATE or found.lastindex == 2 else "city"
    for found in (*_SETTLEMENT.finditer(text), *_ending(_OPEN_PLACE, text)):
        spans[found.span()] = "city"
    for found in _IN_AREA.finditer(text):
        spans.update(dict.fromkeys(_names(text, *found.span(found.lastindex or 1)), "city"))
    for found in _ending(_APPOSED, text):
        spans.update(dict.fromkeys(_names(text, *found.span(1)), "city"))
    for headed in _HEADED_LIST.finditer(text):
        for item in _LIST_ITEM.finditer(text, *headed.span(1)):
            spans[item.span()] = "city"
    for ended in _ending(_LIST_BEFORE_NOUN, text):
        kind = "region" if ended.group(2) else "city"
        spans.update(dict.fromkeys(_names(text, *ended.span(1)), kind))
    unknown = {part: kind for (start, end), kind in sorted(spans.items())
               if (part := _unknown_part(text, start, end, known)) is not None
               and not _ADJECTIVE.fullmatch(text, *part)}
    owners = {m.end: m.entry for m in known if not m.entry.demonym}
    return [Mention(*span, Entry(text[span[0]:span[1]], kind,  # type: ignore[arg-type]
                                 country=_owners_country(text, span[0], owners)))
            for span, kind in unknown.items()  # "North Darfur" in "North Darfur State": once
            if not any(s <= span[0] and span[1] <= e and (s, e) != span for s, e in unknown)]


def _ending(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern`, or none where the words all of them end with
    (`_ENDINGS`) are not in the text."""
    return pattern.finditer(text) if _ENDINGS[pattern].search(text) else iter(())


def _owners_country(text: str, start: int, owners: dict[int, Entry]) -> str | None:
    """The country of the place that owns the name at `start` ("Moscow's Zorinsk district",
    "Kyiv's western Zorinskyi district", "Lebanon's Zorin village"): the name lies there, so
    a side's attack cannot have hit it when that is the side's own country (`own_ground`)."""
    owned = _OWNED.search(text, max(0, start - 30), start)
    owner = owners.get(owned.start()) if owned else None
    if owner is None:
        return None
    return owner.name if owner.kind == "country" else owner.country


def _owned(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The name without the place that owns it, which the gazetteer does not list ("South
    Zorin's Talbir district": Talbir); a listed owner is `_unknown_part`'s."""
    if span is None:
        return None
    start, end = span
    words = text[start:end].split(" ")
    owners = [i for i, word in enumerate(words[:-1], start=1) if POSSESSIVE.search(word)]
    for word in words[:owners[-1] if owners else 0]:
        start += len(word) + 1
    return start, end


def _names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names of the place or the list of places in text[start:end], without the words
    that open a sentence ("In Zorinsk"), and no day or month ("on Monday, near ...")."""
    spans = [_owned(text, _name_span(text, *item.span()))
             for item in _LIST_ITEM.finditer(text, start, end)]
    return [span for span in spans
            if span is not None and text[span[0]:span[1]] not in CALENDAR_NAMES]


def _unknown_part(text: str, start: int, end: int, known: list[Mention]) -> tuple[int, int] | None:
    """The name without a party or a place that opens it ("Russian", "Lebanon's", "Kyiv's
    Zorinsk district"), or None when the gazetteer names it already ("the city of
    Kharkiv"). A known name inside a longer one ("North Darfur") leaves the longer name."""
    for mention in known:
        if mention.end <= start or end <= mention.start:
            continue
        if mention.start <= start and mention.end < end and (
                mention.entry.party or POSSESSIVE.match(text, mention.end)):
            opened = re.match(r"(?:['\u2019]s)?\s+", text[mention.end:end])
            return _unknown_part(text, mention.end + (opened.end() if opened else 0), end, known)
        if mention.start <= start:
            return None
    return (start, end) if start < end else None
