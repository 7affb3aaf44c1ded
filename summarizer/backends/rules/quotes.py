"""Quotations with their speaker, channel and time.

News attributes a quote through a reporting verb right before or after it
("Zelenskyy said, "...", "...," he said, "...," the Ukrainian President added,
The post added, "..."). Pronouns, roles and "the post" resolve to the person
last named; a surname resolves to the fullest name the article gives. A quote
nobody can be found for is left out rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer.backends.rules.text import Quote, Unit, evidence, time_closest, trim
from summarizer.models import Statement
from summarizer.text.gazetteer import Gazetteer
from summarizer.text.time import MONTHS, WEEKDAYS

REPORT_VERB = (r"(?:said|says|added|adds|told|wrote|writes|stated|states|posted|announced"
               r"|announces|declared|reported|reports|informed|informs"
               r"|noted|stressed|emphasi[sz]ed|tweeted|claimed|warned|urged|insisted|explained"
               r"|continued|remarked|replied|confirmed|recalled|concluded)")
_TOKEN = r"(?:(?:al|el|bin|ibn|abu)-)?[A-Z][a-zà-ÿ]+(?:[-'\u2019][A-Za-zà-ÿ]+)*"
_NAME = rf"{_TOKEN}(?:\s+{_TOKEN}){{0,2}}"
_WHO_NAME = re.compile(rf"{_TOKEN}(?:\s+{_TOKEN}){{0,4}}")
_ROLES = (r"[Pp]resident|Prime\s+Minister|Minister|Chancellor|Secretary"
          r"|[Ss]pokes(?:person|man|woman)|[Mm]ayor|[Gg]overnor|General|King|Pope|Ambassador|[Ee]nvoy|Commissioner|Premier"
          r"|Senator|Speaker|[Cc]ommander|[Cc]hief|[Ll]eader|[Oo]mbudsman|[Nn]egotiator")
_ROLE = re.compile(rf"\b(?:{_ROLES})\b")
_ROLE_NAME = re.compile(rf"\b(?:(?:{_ROLES}|Foreign|Defen[cs]e|Deputy|Vice|Interior)"
                        rf"(?:\s+of\s+[A-Z]\w+)?\s+)+"
                        rf"(?P<name>{_NAME})")
_NAME_VERB = re.compile(rf"(?P<name>{_NAME})\s+(?:(?:on|late|early)\s+\w+\s+)?"
                        rf"(?:(?:further|also|later|then|again)\s+)?{REPORT_VERB}\b")
_NAME_TOKEN = re.compile(_TOKEN)
_APPOSITIVE = re.compile(
    r"(?i:\b(?:head|chief|governor|mayor|spokes\w+|minister|secretary|director|commander"
    r"|official|advis[eo]r|ambassador|envoy|leader)\b)[^,.;:\"\u201c\u201d]{0,70},\s+"
    rf"(?P<name>{_TOKEN}(?:\s+{_TOKEN}){{1,2}})"
    r"(?=\s*[,.;]|\s+(?:said|says|wrote|reported|told|who|added))")
"""A name given after its office: "said the head of the city's Defense Council, Oleksandr
Vilkul", "The head of the regional administration, Serhiy Lysak, who ..."."""
_LAST_VERB = re.compile(rf"\b{REPORT_VERB}\b")
_SUFFIX_WHO_VERB = re.compile(
    rf"^[\s,]*(?P<who>[^\s.,;:!?\"“”][^.;:!?\"“”]{{0,80}}?)\s+"
    rf"(?:(?:further|also|then|later)\s+)?{REPORT_VERB}\b")
_SUFFIX_VERB_WHO = re.compile(
    rf"^[\s,]*{REPORT_VERB}\s+(?P<who>[^.,;:!?\"“”]{{1,60}}?)\s*(?:[.,;:!?]|$)")
_REPORTED_CLAUSE_END = re.compile(r",|\bthat\b|[.!?\n“\"]")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
_CONTINUATION = re.compile(r"\b(?:further|also|added|adds|continued)\b")
_PRONOUNS = frozenset({"he", "she"})
_CHANNEL_OBJECT = re.compile(r"(?i)^(?:the|his|her|a|that)\s+(?:post|statement|message|tweet|update"
                             r"|video|letter|address)\b")
_CHANNELS = (
    (re.compile(r"\b(?:on|via)\s+(?:the\s+|his\s+|her\s+)?"
                r"(X|Twitter|Telegram|Facebook|Instagram|Truth Social|YouTube)\b"),
     None),
    (re.compile(r"(?i)\bstatement\b"), "statement"),
    (re.compile(r"(?i)\b(?:press|news) conference\b"), "press conference"),
    (re.compile(r"(?i)\bbriefing\b"), "briefing"),
    (re.compile(r"(?i)\binterview\b"), "interview"),
    (re.compile(r"(?i)\b(?:video|evening|nightly) address\b"), "video address"),
)
_NOT_NAMES = frozenset((
    "The", "This", "That", "These", "It", "In", "On", "At", "As", "According", "Sharing",
    "Sadly", "But", "And", "He", "She", "They", "We", "I", "Our", "His", "Her", "Their", "Its",
    "After", "Before", "When", "While", "Today", "Yesterday", "Meanwhile", "However", "Also",
    "Officials", "Ministry", "Defence", "Defense", "Office", "Forces", "Force", "Army", "Guard",
    "Service", "Agency", "Council", "Committee", "Department", "Police", "Kremlin", "Command",
    "Government", "Administration", "Staff", "Navy", "Corps", "Court", "Parliament",
    "Commission", "Union", "Nations", "Cross", "Crescent", "News", "Press", "Times", "Post",
    "Reuters", "Jazeera", "Media", "Intelligence", "Security", "House", "Authority",
    "Authorities", "Foreign", "Deputy", "Head", "Vice", "Interior", "Prime", "Another", "Both",
    "Once", "All", "My", *(day.title() for day in WEEKDAYS), *(month.title() for month in MONTHS),
))
_DOCUMENT = re.compile(r"(?i)(?:['\u2019]s)?\s+(?:statement|readout|post|communiqu\u00e9|release)$")
_DESCRIBED = re.compile(
    r"(?i)^(?:one|another|an?|the)\s+(?:[\w-]+\s+){0,2}?(?:driver|witness|eyewitness|resident"
    r"|source|official|doctor|nurse|survivor|neighbou?r|relative|spokes(?:person|man|woman)"
    r"|rescuer|volunteer|teacher|parent|mother|father)$")
"""An unnamed speaker as the article describes them ("one driver said", "an eyewitness",
"the source told AFP"): the description is all the article gives."""
_MIN_QUOTE_WORDS = 4
"""A shorter quotation is a label or a characterization ("blatant violation"), not a statement."""
_ORGANIZATION = re.compile(
    r"^(?:[Tt]he\s+)?(?:[\w'\u2019.-]+\s+){0,5}?(?:[Mm]inistry|[Mm]ilitary|[Aa]rmy|Kremlin"
    r"|White\s+House|Pentagon|[Oo]ffice|[Ff]orces|[Aa]gency|[Hh]eadquarters|[Nn]etwork"
    r"|[Cc]ouncil|[Cc]ommittees?|[Oo]bservatory|[Ss]ervice|[Cc]ommand|[Gg]overnment|[Pp]olice"
    r"|IDF|[Bb]rigades|[Mm]ission|[Dd]epartment|[Ff]amily)"
    r"(?:\s+(?:of|for|in)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w'\u2019()-]*)*)?$")
"""A body that speaks as itself ("the Russian defense ministry said", "the Kremlin said in a
statement", "the Coordination Headquarters for the Treatment of Prisoners of War reported")."""
_LEAD = re.compile(r"^(?:(?:and|but|while|as|which|whereas)\s+)+|^.*?\s(?=the\s+[A-Z])")
"""What precedes the body's own name: a conjunction, or a description ("war monitor the
Syrian Observatory for Human Rights")."""
_THE = re.compile(r"^[Tt]he\s+(?=[A-Z]|[\w-]+\s+\w)(?![a-z]+['\u2019]s\s)")
"""'the' goes ("the Kremlin", "the health ministry") except before one common noun ("the
ministry") or a possessive ("the country's military"), as the article writes those."""


@dataclass
class Person:
    name: str
    roles: set[str] = field(default_factory=set)


class _People:
    """The people an article names, and where it mentions them, for pronouns and roles."""

    def __init__(self, text: str, narrative: list[Unit], gazetteer: Gazetteer) -> None:
        self.text = text
        self._gazetteer = gazetteer
        self.people: list[Person] = []
        for unit in narrative:
            for found in _ROLE_NAME.finditer(text, unit.start, unit.end):
                person = self.find(found.group("name"), register=True)
                if person is not None:
                    role = text[found.start():found.start("name")]
                    person.roles.update(r.lower() for r in _ROLE.findall(role))
        for unit in narrative:
            for pattern in (_NAME_VERB, _APPOSITIVE):
                for found in pattern.finditer(text, unit.start, unit.end):
                    self.find(found.group("name"), register=True)
        self.mentions: list[tuple[int, Person]] = []
        self.named: list[tuple[int, Person]] = []
        """Mentions by name only: a role ("President") may stand for someone else."""
        by_token = {token: p for p in self.people for token in p.name.split()}
        for unit in narrative:
            for found in _NAME_TOKEN.finditer(text, unit.start, unit.end):
                person = by_token.get(found.group())
                if person is not None:
                    self.mentions.append((found.start(), person))
                    self.named.append((found.start(), person))
            for found in _ROLE.finditer(text, unit.start, unit.end):
                person = self.by_role(found.group().lower(), found.start())
                if person is not None:
                    self.mentions.append((found.start(), person))
        self.mentions.sort(key=lambda m: m[0])

    def _clean(self, name: str) -> str | None:
        """Drop leading titles, places and sentence openers: "Ukraine's President Volodymyr
        Zelensky" names "Volodymyr Zelensky"."""
        tokens = name.split()
        while tokens and (tokens[0] in _NOT_NAMES or _ROLE.fullmatch(tokens[0]) or
                          self._gazetteer.lookup(re.sub(r"['\u2019]s$", "", tokens[0]))):
            tokens.pop(0)
        if not tokens or any(t in _NOT_NAMES or self._gazetteer.lookup(t) for t in tokens):
            return None
        return " ".join(tokens)

    def find(self, name: str, *, register: bool = False) -> Person | None:
        cleaned = self._clean(name)
        if cleaned is None:
            return None
        for person in self.people:
            if cleaned == person.name or cleaned.split()[-1] == person.name.split()[-1]:
                if len(cleaned) > len(person.name):
                    person.name = cleaned
                return person
        if not register:
            return None
        person = Person(cleaned)
        self.people.append(person)
        return person

    def by_role(self, role: str, before: int) -> Person | None:
        holders = [p for p in self.people if role.split()[-1] in p.roles]
        if len(holders) == 1:
            return holders[0]
        return self.last_mentioned(before, among=holders) if holders else None

    def subject_before(self, before: int) -> Person | None:
        """Who "he" or "she" is: the first person of the last sentence before `before` that
        names one ("Governor Bago thanked President Tinubu. '...,' he said" is Bago)."""
        earlier = [m for m in self.named if m[0] < before]
        if not earlier:
            return None
        last = earlier[-1][0]
        start = max(self.text.rfind(". ", 0, last), self.text.rfind("\n", 0, last))
        return next(person for position, person in earlier if position > start)

    def last_mentioned(self, before: int, among: list[Person] | None = None) -> Person | None:
        for position, person in reversed(self.mentions):
            if position < before and (among is None or person in among):
                return person
        return None


def _channel(text: str) -> str | None:
    for pattern, name in _CHANNELS:
        found = pattern.search(text)
        if found:
            return name or found.group(1)
    return None


def statements(text: str, units: list[Unit], quotes: list[Quote],
               gazetteer: Gazetteer) -> list[Statement]:
    """One statement per attributed quotation, in article order."""
    narrative = [u for u in units if u.quote is None]
    people = _People(text, narrative, gazetteer)
    context: dict[str, tuple[str | None, str | None]] = {}
    consumed: list[tuple[int, int]] = []
    found: list[Statement] = []
    previous: str | None = None
    last_end = 0
    events: list[tuple[int, Quote | tuple[re.Match[str], Unit]]] = [(q.start, q) for q in quotes]
    events += [(m.start(), (m, u)) for u in narrative
               for m in _NAME_VERB.finditer(text, u.start, u.end)]
    for position, item in sorted(events, key=lambda e: e[0]):
        if isinstance(item, tuple):
            reported, unit = item
            person = people.find(reported.group("name"))
            if person is not None and not any(a <= position < b for a, b in consumed):
                end = _REPORTED_CLAUSE_END.search(text, reported.end(), unit.end)
                _update(context, person.name, text, (unit.start, end.start() if end else unit.end),
                        reported.end(), bool(_CONTINUATION.search(reported.group())))
            continue
        quote_start, quote_end = trim(text, item.start + 1, item.end)
        if len(text[quote_start:quote_end].split()) < _MIN_QUOTE_WORDS:
            continue
        attribution = _attribution(text, item, quotes)
        if attribution is None:
            if previous is None or "\n" in text[last_end:item.start]:
                continue
            # A second quotation in the same paragraph ("...," he wrote. "...") goes on.
            attribution = ("he", (item.start, item.start))
        who, region = attribution
        speaker, continuing = _resolve(who, item.start, people, previous)
        if speaker is None:
            continue
        consumed.append(region)
        continuing = continuing or bool(_CONTINUATION.search(text, *region))
        _update(context, speaker, text, region,
                item.end if region[0] > item.start else item.start, continuing)
        when, channel = context[speaker]
        found.append(Statement(speaker=speaker, channel=channel, time_expression=when,
                               quote=text[quote_start:quote_end],
                               evidence=evidence(text, quote_start, quote_end)))
        previous, last_end = speaker, item.end
    return found


def _update(context: dict[str, tuple[str | None, str | None]], speaker: str, text: str,
            region: tuple[int, int], verb: int, continuing: bool) -> None:
    """A speaker keeps the last stated time (the one closest to the reporting verb); the
    channel carries over only to a continuation ("he said", "further said", "the post added")."""
    old_time, old_channel = context.get(speaker, (None, None))
    new_time = time_closest(text, region[0], region[1], verb)
    new_channel = _channel(text[region[0]:region[1]])
    context[speaker] = (new_time or old_time,
                        new_channel or (old_channel if continuing else None))


def _sentence_around(text: str, position: int, quotes: list[Quote]) -> tuple[int, int]:
    """The narrative sentence around `position`, stopping at quotations and line breaks."""
    start = max([text.rfind("\n", 0, position) + 1]
                + [q.end + 1 for q in quotes if q.end < position]
                + [m.end() for m in _SENTENCE_STOP.finditer(text, 0, position)][-1:])
    end = min([len(text), *(q.start for q in quotes if q.start > position)]
              + [text.find("\n", position) % (len(text) + 1)]
              + [m.start() + 1 for m in [_SENTENCE_STOP.search(text, position)] if m])
    return start, end


def _attribution(text: str, quote: Quote,
                 quotes: list[Quote]) -> tuple[str, tuple[int, int]] | None:
    """Who a quotation is attributed to, as written, and the narrative words around it."""
    after = _sentence_around(text, quote.end + 1, quotes)
    tail = text[quote.end + 1:after[1]]
    found = _SUFFIX_WHO_VERB.match(tail) or _SUFFIX_VERB_WHO.match(tail)
    if found:
        return found.group("who").strip(), (quote.end + 1, after[1])
    before = _sentence_around(text, quote.start, quotes)
    head = text[before[0]:quote.start]
    verbs = list(_LAST_VERB.finditer(head))
    if not verbs or len(head) - verbs[-1].end() > 80:
        return None
    verb = verbs[-1]
    who = head[:verb.start()].rsplit(",", 1)[-1].strip()
    if not who:
        who = re.split(r"[,:;]", head[verb.end():], maxsplit=1)[0].strip()
    return (who, (before[0], quote.start)) if who else None


def _body(who: str) -> str | None:
    """The name of a body that speaks as itself, without what leads up to it or the
    document it spoke through ("the Kremlin statement said" is the Kremlin)."""
    who = _DOCUMENT.sub("", _LEAD.sub("", who))
    return _THE.sub("", who) if _ORGANIZATION.match(who) else None


def _resolve(who: str, position: int, people: _People,
             previous: str | None) -> tuple[str | None, bool]:
    """The speaker's name and whether the attribution continues the previous statement."""
    if who.lower() in _PRONOUNS:
        person = people.subject_before(position)
        return (person.name if person else None), True
    if _CHANNEL_OBJECT.match(who) or (who.lower() == "it" and previous is not None
                                      and _ORGANIZATION.match(previous)):
        return previous, True
    body = _body(who)
    if body:
        return body, False
    names = _WHO_NAME.findall(who)
    for name in names:
        person = people.find(name, register=True)
        if person is not None:
            return person.name, False
    role = _ROLE.search(who)
    if role:
        person = people.by_role(role.group().lower(), position)
        if person is not None:
            return person.name, True
    if _DESCRIBED.match(who):
        return who, False
    return None, False
