"""Who an article names: people with their roles and where it mentions them.

A person is registered where the article introduces them ("President Volodymyr
Zelensky", "Zelensky said", "the head of the council, Oleksandr Vilkul"); a
surname later resolves to the fullest name given, and a role or a pronoun to
the person who holds it or was last named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer.backends.rules.bodies import DESCRIBED_GROUP, body, described_group
from summarizer.backends.rules.genders import written_as
from summarizer.backends.rules.person_names import (
    NAME,
    NEXT,
    PARTICIPLE_OPENER,
    PORTFOLIOS,
    ROLE,
    ROLES,
    TITLE,
    TOKEN,
)
from summarizer.backends.rules.saying import FINITE_VERB, PARTICIPLE, REPORT_VERB, SAYING
from summarizer.backends.rules.text import ABBREVIATION_DOT, Unit, sentence_end, sentence_start
from summarizer.text.gazetteer import Gazetteer
from summarizer.text.openings import opened
from summarizer.text.time import CALENDAR_NAMES, WEEKDAYS

_POSSESSIVE = re.compile(r"['\u2019]s$")

_ROLE_NAME = opened(re.compile(
    rf"\b(?:(?:{ROLES}|[Aa]dvis[eo]r"
    r"|Foreign|Defen[cs]e|Deputy|Vice|Interior|Head)"
    rf"(?:\s+of\s+[A-Z]\w+)?\s+)+"
    rf"(?P<name>{NAME})"))
"""A name after its title is a person's ("national security adviser Jake Sullivan visibly
teared up"), whom a later "he said" may be. An adviser is no role a later "the adviser"
refers back to: an article quotes advisers it does not name."""

_SPOKE = (r"spoke\s+(?:to|with)|briefed|addressed|gave\s+(?:an?\s+)?(?:update|briefing|interview"
          r"|press\s+conference|news\s+conference)|held\s+an?\s+(?:press|news)\s+conference")
"""Speaking told without what was said ("spoke to reporters", "gave an update on Telegram"):
the quotation that follows on its own is the speaker's."""

_NOT_AFTER_PREPOSITION = r"(?<!\bfor\s)(?<!\bof\s)(?<!\bin\s)(?<!\bto\s)(?<!\bfrom\s)"
"""A name after a preposition is the object of a description ("the commander for Gurma, told",
"a resident of Mendhar, a town in Poonch district, told"), not the subject of its verb."""

NAME_VERB = opened(re.compile(
    rf"{_NOT_AFTER_PREPOSITION}"
    rf"(?P<name>{NAME})(?:,(?!\s+{PARTICIPLE}\b))?\s+"
    r"(?:(?:on|late|early)\s+\w+\s+)?"
    rf"(?:(?:further|also|later|then|again)\s+)?(?:{REPORT_VERB}|{_SPOKE})\b"))
"""A person named as the subject of speaking, the comma closing an apposition ("The governor,
Oleh Syniehubov, said"). A name before ", saying" ends the object of the sentence's own verb
("welcomed the plans of China and Brazil, saying"): the subject says it, not the name."""

_NAME_TOKEN = re.compile(TOKEN)

_SPOKESPERSON_FOR = re.compile(r"\bspokes(?:person|man|woman)\s+(?:for|of)\s+"
                               r"(?P<body>(?:the\s+)?[A-Z][\w'\u2019-]*"
                               r"(?:\s+(?:of|for|and|the|[A-Z][\w'\u2019-]*))*)")

_COMPOUND = re.compile(r"-[a-z]+$")
"""A capitalised word with a lowercase part is an adjective, not a name: "Iran-backed",
"Hamas-run", "Kremlin-installed"."""

_APPOSITIVE = re.compile(
    r"(?i:\b(?:head|chief|governor|mayor|spokes\w+|minister|secretary|director|commander"
    r"|official|advis[eo]r|ambassador|envoy|leader)\b)[^,.;:\"\u201c\u201d]{0,70},\s+"
    rf"(?P<name>{TOKEN}(?:{NEXT}){{1,2}})"
    r"(?=\s*[,.;]|\s+(?:said|says|wrote|reported|told|who|added))")
"""A name given after its office: "said the head of the city's Defense Council, Oleksandr
Vilkul", "The head of the regional administration, Serhiy Lysak, who ...". An office that is a
role ("The UN spokesman, Stephane Dujarric, ...") is theirs when the article refers back to it
("the spokesman said")."""

_DESCRIBED_NAME = opened(re.compile(
    rf"(?:{_NOT_AFTER_PREPOSITION}(?P<name>{NAME}),\s+(?:also\s+)?"
    rf"(?:[a-z][\w-]*|[A-Z][\w.-]*['\u2019]s)\s[^,.;:\"\u201c\u201d]{{0,90}},"
    rf"\s+(?:(?:also|further|later|then)\s+)?{REPORT_VERB}\b)"
    rf"|(?:\b[Aa]ccording\s+to\s+(?P<source>{NAME})\s*[,.;])"))
"""A speaker described before the verb ("Ezzat El Rashq, a member of the political bureau,
accused", "Andriy Yermak, Zelenskiy's chief of staff, said", "Omar Haddad, who was freed
in May, told", or with no article, as wires write an office: "Amal Nasser, director of the
hospital, said"), or named as the source of what
follows ("According to Oleksii Kuleba, ...")."""

_VERB_NAME = re.compile(rf",\s+(?:said|says|added|wrote|stated|noted)\s+"
                        rf"(?P<name>{TOKEN}(?:{NEXT}){{1,3}})(?=\s*[,.;]|\s*$)")
"""A full name after its verb at the end of a sentence ("Patients were moved, said Anna Keller,
a coordinator for the charity."): the person a later "she" is."""

_HONORIFICS = frozenset(("Dr", "Mr", "Mrs", "Ms", "Prof"))
"""An honorific as British copy writes it, without a full stop ("District Health Officer Dr
Amina Shah"): the name follows it, and the words of an office before it are no part of it."""

_NOT_NAMES = frozenset((
    "The", "This", "That", "These", "It", "In", "On", "At", "As", "According", "Sharing",
    "Sadly", "But", "And", "He", "She", "They", "We", "I", "Our", "His", "Her", "Their", "Its",
    "After", "Before", "When", "While", "Today", "Yesterday", "Meanwhile", "However", "Also",
    "Officials", "Reporters", "Journalists", "Witnesses", "Residents", "Rescuers",
    "Ministry", "Defence", "Defense", "Office", "Forces", "Force", "Army", "Guard",
    "Service", "Agency", "Council", "Committee", "Department", "Police", "Kremlin", "Command",
    "Government", "Administration", "Staff", "Navy", "Corps", "Court", "Parliament",
    "Commission", "Union", "Nations", "Cross", "Crescent", "News", "Press", "Times", "Post",
    "Reuters", "Jazeera", "Media", "Intelligence", "Security", "House", "Authority",
    "Authorities", "Foreign", "Deputy", "Head", "Vice", "Interior", "Prime", "Another", "Both",
    "Once", "All", "My", "One", "Quote", *_HONORIFICS, "Sheikh", "Ayatollah",
    "Rabbi", "Mufti",
    "Lt", "Col", "Gen", "Maj", "Capt", "Sgt", "Brig", "Cpl", "Adm",
    "Witness", "Eyewitness",
    "Patriarch", "Archbishop", "Crown", "State", "Earlier", "Later",
    "Separately", "Now", "Then", "Still", "Previously", "Moreover", "Overnight", "Instead",
    "Room", "Camp", "Network", "Hospital", "Center", "Centre", "University", "School", "Group",
    "Party", "Movement", "Front", "Brigade", "Battalion", "Unit", "Division", "Airport",
    "Station", "Port", "Street", "Square", "Bridge", "Emergency", "Rescue",
    "Republic", "Federation", "Kingdom",
    "About", "Above", "Across", "Against", "Amid", "Among", "Around", "Because", "Between",
    "Beyond", "By", "Despite", "During", "For", "From", "If", "Into", "Of", "Over", "Since",
    "Though", "Although", "Through", "Under", "Unless", "Until", "Upon", "Whether", "With",
    "Within", "Without",
    *CALENDAR_NAMES,
))
"""Capitalised words that are no part of a person's name, singular or plural ("Emergency
Services", "Rescue Teams"), titles among them ("Ayatollah Ali Khamenei"), and words that open a
sentence or a quotation ("One of the freed soldiers told", "Quote from Medinsky:"), prepositions
and conjunctions among them ("About", "Despite": a garbled sentence may open "About said"). A
title that is also a surname ("Prince", "Sultan") is a role instead: a role goes only before a
name."""

_SSES = re.compile(r"sses$")
"""The plural of a word in -ss ("Witnesses", "Eyewitnesses"), as no part of a name as the
singular is."""

_SENTENCE_TAG = re.compile(rf",\s+(?P<name>{NAME})\s+{FINITE_VERB}(?:\s+[^\s,.;:!?\"\u201c\u201d]+)"
                           r"{0,4}\.\s*$")
"""The tag that ends a reported sentence ("..., Berg said on Sunday."), before what follows it."""

_ACRONYM = re.compile(r"[A-Z]{2,6}")
"""An acronym names a body ("the head of the RMA"), never a person."""

_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She)\s+(?:\w+\s+)?[a-z]+(?:ed|s)\b")
"""A sentence that opens with "he" or "she" and its verb ("He thanked", "She also praised")."""

_TOLD = re.compile(r"\b(?:told|tells)\s+$")

_DAYS = frozenset(day.title() for day in WEEKDAYS)
"""A day after a name is the time of what they did ("spokesperson Lin Wei Thursday condemned"),
no part of the name."""

_OPENING_NAME = re.compile(rf"(?P<name>{TOKEN}(?:{NEXT}){{1,3}})"
                           r"(?=,\s+\d{1,3},|,\s+an?\s+[a-z]|\s+[a-z][^.]*\b(?:he|she|his|her)\b)")
"""A full name that opens a sentence as the subject of someone with an age, a description or
a pronoun ("Andriy Melnyk, 46, returned home", "Olena Kravets, a teacher,", "Olena Kravets lost
her home"): the person a later "he said" or "she told Reuters" is. Without one, capitalised
words that open a sentence are as often a thing ("Iron Dome interceptors shot down")."""


_APPOSED_NAME = re.compile(rf"(?P<name>{TOKEN}(?:{NEXT}){{1,3}}),\s+"
                           r"(?:\d{1,3},|an?\s+(?:[A-Z][\w-]*\s+)?(?:[a-z]|\d{1,3}-year-old\b)"
                           r"|(?:his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,)")
"""A full name with an age or a description set off after it, anywhere in a sentence ("spoke to
Samir Haddad, a Palestinian farmer who", "a message from Leila Mansour, 29, reached", "Petro Koval,
a 45-year-old teacher", "Olena Shuliak, his deputy, disagreed"): a person, so a later "she said"
is not whoever spoke before her."""


@dataclass
class Person:
    name: str
    roles: set[str] = field(default_factory=set)


class People:
    """The people an article names, and where it mentions them, for pronouns and roles."""

    def __init__(self, text: str, narrative: list[Unit], gazetteer: Gazetteer) -> None:
        self.text = text
        self._narrative = narrative
        self._gazetteer = gazetteer
        self.people: list[Person] = []
        for unit in narrative:
            for found in _ROLE_NAME.finditer(text, unit.start, unit.end):
                person = self.find(found.group("name"), register=True)
                if person is not None:
                    role = text[found.start():found.start("name")]
                    person.roles.update(r.lower() for r in ROLE.findall(role))
        for unit in narrative:
            opening = _OPENING_NAME.match(text, unit.start, unit.end)
            if opening and not body(opening.group("name")):
                self.find(opening.group("name"), register=True)
            for apposed in _APPOSED_NAME.finditer(text, unit.start, unit.end):
                if not body(apposed.group("name")):
                    self.find(apposed.group("name"), register=True)
            for pattern in (NAME_VERB, _APPOSITIVE, _DESCRIBED_NAME, _VERB_NAME):
                for found in pattern.finditer(text, unit.start, unit.end):
                    if pattern is NAME_VERB and _medium(text, found):
                        continue
                    person = self.find(found.group("name") or found.group("source"),
                                       register=True)
                    office = ROLE.match(text, found.start()) if pattern is _APPOSITIVE else None
                    if person is not None and office is not None:
                        person.roles.add(office.group().lower())
        self.mentions: list[tuple[int, Person]] = []
        self.named: list[tuple[int, Person]] = []
        """Mentions by name only: a role ("President") may stand for someone else."""
        # A word two names share ("Malam", "Al Thani") mentions neither of them.
        owners: dict[str, list[Person]] = {}
        for person in self.people:
            for token in set(person.name.split()):
                owners.setdefault(token, []).append(person)
        by_token = {token: found[0] for token, found in owners.items() if len(found) == 1}
        for unit in narrative:
            for found in _NAME_TOKEN.finditer(text, unit.start, unit.end):
                person = by_token.get(found.group())
                if person is not None:
                    self.mentions.append((found.start(), person))
                    self.named.append((found.start(), person))
            for found in ROLE.finditer(text, unit.start, unit.end):
                person = self.by_role(found.group().lower(), found.start())
                if person is not None:
                    self.mentions.append((found.start(), person))
        self.mentions.sort(key=lambda m: m[0])
        self._written_as: dict[str, str] | None = None
        self._spoken_for = [(m.start(), m.group("body")) for unit in narrative
                            for m in _SPOKESPERSON_FOR.finditer(text, unit.start, unit.end)]
        self._groups = [(m.start, text[m.start:m.end]) for unit in narrative
                        for m in gazetteer.mentions(text, unit.start, unit.end)
                        if m.entry.kind == "group" and not m.entry.demonym]
        self._described = [(m.start(), described_group(m)) for unit in narrative
                           for m in DESCRIBED_GROUP.finditer(text, unit.start, unit.end)
                           if SAYING.search(text, sentence_start(text, unit, m.start()),
                                            sentence_end(text, m.end()))]

    def written_as(self, name: str) -> str | None:
        """"he" or "she", where the narrative writes of the person named `name` one way only
        (`genders`); the pronoun a quotation's tag must use to be theirs."""
        if self._written_as is None:
            self._written_as = written_as(self.text, self._narrative,
                                          ((at, person.name) for at, person in self.named))
        return self._written_as.get(name)

    def clean(self, name: str) -> str | None:
        """Drop leading titles, owners, places, the words of an office and sentence openers:
        "Ukraine's President Volodymyr Zelensky", "Health Minister Karim Nassar", "Foreign
        Affairs Johann Wadephul" (of "Minister of ...") and "Al Jazeera's Hani Mahmoud" name
        "Volodymyr Zelensky", "Karim Nassar", "Johann Wadephul" and "Hani Mahmoud"; "Praising
        Trump" (a participle clause) names "Trump"; "the European Union's" names nobody."""
        tokens = name.split()
        titles = [i for i, token in enumerate(tokens)
                  if ((ROLE.fullmatch(token) or TITLE.fullmatch(token) or token in _HONORIFICS
                       or (token.endswith(ABBREVIATION_DOT) and len(token) > 2))
                      and i < len(tokens) - 1) or _POSSESSIVE.search(token)]
        tokens = tokens[titles[-1] + 1:] if titles else tokens
        while tokens and (tokens[0] in _NOT_NAMES or tokens[0] in PORTFOLIOS
                          or PARTICIPLE_OPENER.fullmatch(tokens[0]) or ROLE.fullmatch(tokens[0]) or
                          self._gazetteer.lookup(re.sub(r"['\u2019]s$", "", tokens[0]))):
            tokens.pop(0)
        while tokens and tokens[-1] in _DAYS:
            tokens.pop()
        if not tokens or _ACRONYM.fullmatch(" ".join(tokens)) or self._gazetteer.lookup(
                " ".join(tokens)) or any(
                {t, t.removesuffix("s"), _SSES.sub("ss", t)} & _NOT_NAMES
                or self._gazetteer.lookup(t) or _COMPOUND.search(t) for t in tokens):
            return None
        return " ".join(tokens)

    def party(self, who: str) -> str | None:
        """A country or group that speaks as itself ("Qatar has condemned", "Neighbouring
        Jordan said", "the Houthis said"), as written, or a city that speaks for its country's
        government ("Moscow said" is Russia); a demonym ("Russian") or a longer phrase
        ("officials in Kharkiv") is not one."""
        mentions = self._gazetteer.mentions(who)
        if len(mentions) != 1 or mentions[0].entry.demonym:
            return None
        mention = mentions[0]
        entry = mention.entry
        country = entry.country if entry.kind == "city" else None
        lead = who[:mention.start].split()
        if not (entry.party or country) or who[mention.end:].strip() or len(lead) > 1 or (
                lead and lead[0].istitle() is False and lead[0] != "the"):
            return None
        return country or who[mention.start:mention.end]

    def find(self, name: str, *, register: bool = False) -> Person | None:
        cleaned = self.clean(name)
        if cleaned is None:
            return None
        for person in self.people:
            if cleaned == person.name or (cleaned.split()[-1] == person.name.split()[-1]
                                          and not _other_given_name(cleaned, person.name)):
                if len(cleaned) > len(person.name):
                    person.name = cleaned
                return person
        if not register:
            return None
        person = Person(self._in_full(cleaned) if " " not in cleaned else cleaned)
        self.people.append(person)
        return person

    def _in_full(self, surname: str) -> str:
        """The one full name the article gives a person it quotes by surname only, wherever it
        gives it ("President of the European Council Charles Michel welcomed", "the house of Gov.
        Toto Tan", "Maksym Marchenko has said"); the surname alone where it gives none, or
        several ("Benjamin Netanyahu", "Sara Netanyahu")."""
        full = set()
        for found in re.finditer(rf"((?:{TOKEN} ){{1,3}}){re.escape(surname)}\b", self.text):
            before = found.group(1).split()
            names = (self.clean(" ".join([*before[-k:], surname])) for k in (3, 2, 1)
                     if k <= len(before))
            name = next((n for n in names if n is not None and " " in n), None)
            if name is not None:
                full.add(name)
        return full.pop() if len(full) == 1 else surname

    def group_before(self, before: int) -> str | None:
        """The armed or political group the narrative named last before `before`, as written:
        who "the group" or "the militant group" is ("Israel said Hamas broke the truce.
        "...," the group said" is Hamas)."""
        return _last_before(self._groups, before)

    def speaking_group(self, before: int) -> str | None:
        """The group the article last described as one where it reports it speaking ("the
        Sudan Doctors Network, a group of medical professionals, said"): who "the group" is,
        rather than an armed group named since as the subject of what it said."""
        return _last_before(self._described, before)

    def described(self, name: str) -> bool:
        """Whether `name` is a group the article described speaking: it speaks as a body."""
        return any(name == group for _, group in self._described)

    def spoken_for(self, before: int) -> str | None:
        """The body the narrative last gave an unnamed spokesperson for ("search operations
        are over, a spokesperson for the Emergencies Ministry told TASS"): who "the
        spokesperson" speaks for."""
        return _last_before(self._spoken_for, before)

    def group_in(self, words: str) -> str | None:
        """The group `words` name, as written ("the M23 rebels" name M23)."""
        return next((words[m.start:m.end] for m in self._gazetteer.mentions(words)
                     if m.entry.kind == "group" and not m.entry.demonym), None)

    def by_role(self, role: str, before: int) -> Person | None:
        one_word = len(role.split()) == 1
        holders = [p for p in self.people if any(
            r == role or (one_word and r.split()[-1] == role) for r in p.roles)]
        if len(holders) == 1:
            return holders[0]
        return self.last_mentioned(before, among=holders) if holders else None

    def subject_before(self, before: int) -> Person | None:
        """Who "he" or "she" is: the first person of the last sentence before `before` that
        names one ("Governor Bago thanked President Tinubu. '...,' he said" is Bago), unless
        the sentence ends with the tag of who reported it ("A demand by Silva would be
        discussed, Berg said. '...,' he said" is Berg). A sentence whose subject is itself "he"
        or "she" names only objects ("'...,' Haddad told CBS. He thanked President Keller.
        He added, '...'" is Haddad): its pronoun goes on with the person before it."""
        earlier = [m for m in self.named if m[0] < before]
        if not earlier:
            return None
        last = earlier[-1][0]
        unit = next(unit for unit in self._narrative if unit.start <= last < unit.end)
        start = sentence_start(self.text, unit, last)
        if _PRONOUN_SUBJECT.match(self.text, start):
            return self.subject_before(start)
        tag = _SENTENCE_TAG.search(self.text, start, before)
        teller = self.find(tag.group("name")) if tag else None
        return teller or next(person for position, person in earlier if position >= start)

    def last_mentioned(self, before: int, among: list[Person] | None = None) -> Person | None:
        for position, person in reversed(self.mentions):
            if position < before and (among is None or person in among):
                return person
        return None


def _other_given_name(one: str, other: str) -> bool:
    """Two full names that share a surname but differ before it ("Armen Grigoryan", "Kristinee
    Grigoryan") are two people: a relative or a namesake is not the person named first."""
    first, second = set(one.split()[:-1]), set(other.split()[:-1])
    return bool(first and second) and not (first <= second or second <= first)


def _medium(text: str, found: re.Match[str]) -> bool:
    """A name before a verb of saying that only carried or heard the words: the outlet a
    report cites at its end ("Petrenko announced this on Telegram, Ukrinform reports."), or
    who was told ("she told Anadolu, describing the cold")."""
    before = text[max(0, found.start() - 8):found.start()]
    return bool(_TOLD.search(before)) or (
        found.group().endswith("reports") and before.rstrip().endswith(","))


def _last_before(found: list[tuple[int, str]], before: int) -> str | None:
    """The last of the words `found` at their positions, in article order, before `before`."""
    return next((words for at, words in reversed(found) if at < before), None)
