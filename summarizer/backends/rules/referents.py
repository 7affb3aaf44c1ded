"""Who the words that attribute a quotation stand for.

The words before a reporting verb ("Ezzat El Rashq, a member of the political
bureau,", "the head of state", "it", "the statement", "one driver") name a person,
a body or a description, or refer back to whoever spoke or was named last.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from summarizer.backends.rules.bodies import NOT_BODY, body
from summarizer.backends.rules.documents import owner
from summarizer.backends.rules.person_names import (
    NAME,
    PERSON_NOUN,
    ROLE,
    ROLES,
    TOKEN,
    WHO_NAME,
)
from summarizer.backends.rules.said import Said, speaks_as_body
from summarizer.backends.rules.saying import SAYING
from summarizer.backends.rules.speakers import People
from summarizer.backends.rules.text import ABBREVIATION_DOT
from summarizer.text.time import MONTHS, WEEKDAYS

_ISSUED = re.compile(r"\b(?:issued|released|published|put\s+out|shared)\s+(?:an?|its|his|her)\s")
"""A speaker who spoke through a document: "The army issued a statement saying "..."" is the
army's."""

_PRONOUNS = frozenset({"he", "she"})

_CHANNEL_OBJECT = re.compile(r"(?i)^(?:the|his|her|a|that)\s+(?:post|statement|message|tweet|update"
                             r"|video|letter|address|press\s+release)\b")

_SOURCES = (r"driver|witness|eyewitness|resident|source|official|doctor|nurse|survivor|neighbou?r"
            r"|relative|spokes(?:person|man|woman)|rescuer|volunteer|teacher|parent|mother|father"
            r"|representative|participant|member")
"""Common nouns for who an article quotes without naming them, by what they are or what they
belong to ("a PDF representative", "another participant", "a committee member")."""

_DESCRIBED = re.compile(
    rf"(?i)^(?:one|another|an?|the)\s+(?:[\w{ABBREVIATION_DOT}-]+\s+){{0,3}}?(?:{_SOURCES})$"
    rf"|^(?:one|another|an?)\s+(?:[\w-]+\s+){{0,2}}?(?:{PERSON_NOUN})$"
    rf"|^(?:one|another|an?)\s+(?:[\w-]+\s+){{0,2}}?(?:{PERSON_NOUN}|{_SOURCES})\s+(?:who"
    r"|close\s+to|familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|involved\s+in)"
    r"\s+[^,]{1,60}$"
    r"|^(?:his|her|their)\s+(?:family|relatives|lawyer|wife|husband|son|daughter|mother"
    r"|father|brother|sister)$"
    r"|^[A-Z][\w-]*['\u2019]s\s+(?:[\w-]+\s+)?(?:president|prime\s+minister|minister"
    r"|governor|mayor|spokes(?:person|man|woman)|envoy|ambassador)$")
"""An unnamed speaker as the article describes them ("one driver said", "an eyewitness", "a
senior White House official", "a senior U.S. official", "the source told AFP", "Pakistan's
prime minister", "his family", "one man told the BBC", "a Ukrainian soldier", "one man who said
he worked there", "a source close to the negotiations", "a person familiar with the matter"):
the description is all the article gives; a definite one may refer back to
an earlier one (`_described_before`). "The man" or "the soldier" refers back to someone the
article named, so only an indefinite one describes a speaker of its own."""

_AT_WORK = re.compile(
    rf"(?i)^(?:one|another|an?)\s+(?P<who>(?:[\w-]+\s+){{0,2}}?(?:{_SOURCES}|{PERSON_NOUN})"
    r"\s+(?:at|in|of|from)\s+.+?)(?=\s+(?:in|at|on|near)\s|$)")
"""An unnamed speaker described by where they work or live ("a medical source at the city
hospital", "a nurse at the Regional Hospital in Rivne", "one activist in Saraqeb", "a resident
of Mendhar"): the first place is the description, a place after it locates the workplace ("in
Rivne"). The names in it name nobody who speaks."""

_AT_BODY = re.compile(
    rf"(?i)^(?:one|another|an?)\s+(?:[\w-]+\s+){{0,2}}?(?:{_SOURCES}|{PERSON_NOUN})\s+at\s")
"""A person at a body ("a doctor at the Health Ministry", "an official at the interior ministry",
"a worker at the Red Crescent") is one of its staff, unnamed, not the body speaking as itself:
`_AT_WORK` describes them. A spokesperson "for" or "of" a body speaks as it (`_SPOKESPERSON`)."""

_INDEFINITE = re.compile(r"^[Aa]n?\s+")
"""The indefinite article goes from such a description: "A military source told the agency"
is said by "military source", as one names the speaker of a statement."""

_ONE_OF = re.compile(r"(?i)^(?:one|another|an?)\s")
"""An indefinite description is one unnamed person ("a Biden administration official", "one
Trump campaign official"): a name in it qualifies the noun, and names nobody who speaks."""

_DEFINITE = re.compile(r"^[Tt]he\s+")

_EPITHET = re.compile(
    r"(?i)^the\s+(?:[\w-]+\s+){0,2}?(?:head|chief|leader|president|premier|minister|governor"
    r"|mayor|commander|general|ambassador|envoy|ombudsman|commissioner|negotiator)\b"
    rf"|^the\s+(?:\d+-year-old|(?:[\w-]+\s+){{0,2}}?(?:{PERSON_NOUN}))$")
"""An office, a title, an age or what someone is that stands for a person ("the head of state
added", "the Governor wrote", "the 52-year-old said", "the engineer recalled") when the article
gives nobody that role: it refers back like "he"."""

_OFFICE_OF = re.compile(r"(?i)^the\s+(?:[\w-]+\s+)?(?:head|chief|leader|director|commander"
                        r"|governor|mayor)\s+of\s")
"""The holder of an office of a body ("the head of the RMA wrote") is a person, not the body."""

_SPOKESPERSON = re.compile(r"(?i)^(?:an?|the)\s+(?:[\w-]+\s+)?spokes(?:person|man|woman)"
                           r"\s+(?:for|of)\s+(?P<body>.+)$")
"""A spokesperson for a body speaks as the body ("a spokesperson for the Emergencies Ministry
said" is the ministry's statement), as a body's statement is its own."""

_AFTER_ACRONYM = re.compile(rf"\([A-Z]{{2,6}}\)\s+(?P<name>{NAME})$")
"""A name after a body's acronym in brackets is its officer's, not more of the body's name:
"spokesperson of the Office of the High Commissioner (OHCHR) Ingrid Dahl" is Ingrid Dahl."""

_TITLED_NAME = re.compile(
    r"\b(?:spokes(?:person|man|woman)|official|commander|chief|governor|minister|mayor"
    r"|administrator|director|officer|head|leader|envoy|ambassador|coordinator)"
    rf"\s+(?P<name>{NAME})$")
"""A name that ends the words before the verb, right after what its bearer is, is who speaks:
"Zamfara state police spokesman Musa Garba" is Musa Garba, not the state that opens it, and
"Donetsk People's Republic head Denis Pushilin" is Denis Pushilin, not the republic."""

_SIDE_SOURCE = re.compile(r"^(?:[Tt]he\s+)?(?!(?:An?|One|Another|The)\s)[A-Z][\w'\u2019-]*"
                          r"(?:\s+[a-z][\w-]*){0,2}\s+(?:spokes(?:person|man|woman)|representative|official|source)$")
"""A speaker described by the side they speak for, with no name ("Houthi military spokesperson
said", "The Houthi representative claimed"): the description, as "a military source" is, unless
the article names who holds that role."""

_DESCRIBED_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[A-Z][\w ]{{0,30}},\s+)?[A-Z][\w-]*['\u2019]s\s+"
    rf"(?:[a-z][\w-]*\s+){{0,2}}?(?P<role>{ROLES})\b(?!\s+[A-Z])")
"""A sentence that opens with an office of a country or body and no name after it ("Iran's
supreme leader made", "On Wednesday, Iran's supreme leader"): its subject is unnamed."""

_NUMBERED = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*\s+\d{1,5}"
                       r"(?:\s+[A-Z][\w'\u2019-]*)*")
"""Capitalised words with a number among them name a body, a unit or a channel ("Rescue 1122
Hangu", "Task Force 61", "Channel 12"): a person's name holds no number, so no word of it is
one. A spokesperson for such a body speaks for it as written."""

_THE_SPOKESPERSON = frozenset(("the spokesperson", "the spokesman", "the spokeswoman"))
"""Refers back to the body the article last gave a spokesperson for, if it names no one."""

_GROUP = re.compile(r"(?i)^the\s+(?:[\w-]+\s+){0,2}?(?:group|movement|militia|rebels|militants"
                    r"|insurgents)$")
"""A group named by its common noun ("the group said", "the Iran-backed militant group", "the
M23 rebels"): the group it names, or the armed or political group named last."""

_APPOSITION = re.compile(
    r"^(?:also\s+)?(?:(?:an?|the|its|his|her|who|which|[A-Z][\w.-]*['\u2019]s"
    r"|[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:of|for|at|in))\s"
    r"|[A-Z]{2,6}\s+(?:[a-z][\w-]*\s+){0,2}?(?:director|official|spokes(?:person|man|woman)"
    r"|head|chief|envoy|coordinator|representative|commander|advis[eo]r|minister|ambassador"
    r"|leader|member)\b)")
"""A part that describes the name before it: "a volunteer group", "the UN envoy for Yemen",
"Zelenskiy's chief of staff", "who heads the observatory", "director of the hospital", "ICRC
regional director for the Middle East" (a body's acronym before the office). A body
after a body is not its description but the one speaking through it ("through the advocacy
group, the Families Forum, the Levi family said")."""

_AGE = re.compile(r"\d{1,3}")
"""A person's age set off after their name ("Olena Koval, 62, a retired nurse, said"): the
description after it still describes the name."""

_CIRCUMSTANCE = re.compile(r"(?!according\s)[a-z]+ing\s+[a-z]|(?i:in|on|at|from|via|during|after"
                           r"|before|with|without|through|for)\s|(?:also\s+)?known\s+as\s")
"""A part that tells where, when or how the speaker spoke ("reporting from Gaza City", "in a
statement on its Telegram channel", "From Moscow," opening the sentence), or another name of
the part before it ("known as HUR"): the names in it are not the speaker. An adjective in -ing
goes on to a name ("acting Sumy Mayor Artem Kobzar")."""

_RUNS_ON = re.compile(r"(?:[a-z]+ed|broadcast|read|sent|told|wrote|written|spoke|met|gave|given"
                      r"|took|taken|made|held|led|seen|shown)\s")
"""A part that opens with a verb in the past ("The governor, in turn, thanked the mayor for his
help and promised", "the statement, broadcast on national television, said", "the coalition,
backed by Washington, said") goes on with the part before it, as its predicate or its
description: the names in it are the verb's objects or agents, never who spoke. A part it
opens is never the first."""

_RELATIVE = frozenset(("which", "who"))
"""A relative pronoun speaks for the body or person the part before it ends with: "claimed by
the group's armed wing, which said it "..."", "met the envoy, who said"."""

_WHO = re.compile(r"\bwho\s+$")
"""A verb of saying right after "who" describes the speaker, not what they said here."""

_AUXILIARY = re.compile(r"(?:\s+(?:has|have|had|also|further|later|then|again|strongly|firmly"
                        r"|publicly|sharply|swiftly|quickly|immediately|repeatedly))+$")
"""What stands between a subject and its verb: "Qatar has strongly condemned"."""

_ADJUNCT = re.compile(
    r"\s+(?:(?:in|on|via|through)\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|post|message|video|address|interview|briefing|communiqu\u00e9|broadcast)"
    rf"|(?:(?:last|this|on|late|early|earlier\s+on)\s+)?(?i:{'|'.join(WEEKDAYS)})"
    rf"|(?:on\s+)?(?:(?i:{'|'.join(MONTHS)})\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{'|'.join(MONTHS)}))"
    r"|(?:last|this)\s+(?:week|month|morning|evening|night)|earlier|today|yesterday)$")
"""Where or when the subject spoke, told between it and its verb ("The General Command in a
statement said", "The Yemeni forces last Saturday had said", "the UN in a statement on
October 24 said"): no part of who spoke."""


_QUOTED_AS = re.compile(r"\bquoted\s+(?!by\s)(?P<object>.+?)(?:\s+as)?$"
                        r"|^(?P<subject>.+?)\s+(?:was|were)\s+quoted\b")
"""Who an outlet quotes is the speaker, not the outlet: "ISNA quoted an eyewitness as saying",
"Putin was quoted by the Kremlin's account as saying", "Interfax quoted him as saying"."""

_QUALIFIER_FIRST = re.compile(
    r"^(?!(?:The|A|An|One|Another|This|That|These|Those|His|Her|Its|Their|Our|My)\s)"
    rf"{TOKEN}(?<!['\u2019]s)(?:\s+(?!(?:was|is|were|are|has|had|have)\b)[a-z][\w-]*){{0,2}}"
    r"\s+(?:(?!(?:was|is|has|does)\b)[a-z][\w-]*s|people|police|media|staff|personnel|men|women"
    r"|children)(?:\s+(?:in|of|at|from|for|on)\s.*)?$")
"""A capitalised word that opens a sentence before the plural nouns it qualifies ("Local
officials", "Two witnesses told AFP", "Health officials in Gaza", "Local media"): a
description of unnamed people, no name; whose words the rules cannot settle. An article or a
possessive ("The commissioner", "Pakistan's prime minister") opens a description the branches
after read; a name before its predicate ("Zelensky was blunt:") or an adverb ("Putin
personally") stays a name."""

_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing\s+[a-z]")
"""A participle that opens a sentence ("Posting a photo", "Speaking to reporters"), unless the
word is a place ("Beijing foreign ministry")."""

_ACRONYM_BETWEEN = re.compile(r"\s+[A-Z]{2,5}\s+")
"""An office's abbreviation between a word of it and the name it stands before."""

OBJECT_PRONOUNS = {"him": "he", "her": "she", "his": "he", "them": "they"}
""""Interfax quoted him as saying", 'According to him, "..."' and 'In his words, "..."' are said by
whoever "he" is."""

_PREDICATE = re.compile(r"(?:was|were|is|are|has|have|had|been)\s")
"""A part that goes on a sentence's predicate ("..., were killed in a strike by the RSF,
calling it") names an agent, not the speaker."""

_TOGETHER = re.compile(rf"{NAME}\s+and\s+{NAME}")
"""Two people speaking at once ("Guy and David can be seen saying"): neither said it alone. A
body's name may join two names ("the General Command of the Army and Armed Forces")."""

_LIST_END = re.compile(r"^and\s|\sand\s+(?:the\s+)?[A-Z]")
"""The last of a list of speakers ("Britain, France and Germany said", "Egypt, Jordan, and
Saudi Arabia"): a joint statement, so no earlier part of the list is the speaker. After a part
that is more than a name, "and" joins a clause of its own ("a reporter saw the launches, and
the military said")."""

_MANY = re.compile(r"s$")
"""A body named in the plural ("the Houthis", "Israeli forces", "the Qassam Brigades") is who a
later "they said" is; a ministry or a country is "it"."""

_OFFICIALS = frozenset(("officials", "the officials"))
"""Unnamed officials speak for the body that spoke last ("The army said ... Officials said in
a statement that"), as "it" does."""


CITING = re.compile(r",\s+(?:citing|quoting)\s+(?P<source>[^,]+),?")
"""The source an outlet relays ("Ukrinform reports, citing the Air Force,", "Interfax, citing a
source in the administration, said"): the words are the source's when the rules can tell who
it is ("news spread on Telegram by the Air Force" is the Air Force's), else the outlet's."""


def resolve(who: str, position: int, people: People, said: Said) -> tuple[str | None, bool]:
    """The speaker's name and whether the attribution continues the previous statement.

    `who` is everything written before the verb in its sentence: the speaker is its last
    comma-separated part ("On Saturday, Zelensky said"), or the name or the unnamed person an
    appositive describes ("Ezzat El Rashq, a member of the political bureau, said", "a
    resident of Mendhar, a town in Poonch district, told"), or, when the
    last part names nobody, an earlier part that is only a name ("Keith Kellogg,
    commented on the attack, saying"). A description may hold a list ("Karim Aziz, a teacher
    who shares a tent with his wife, five children and his family, told"): parts after it
    that open in lowercase go on with it."""
    cited = CITING.search(who)
    if cited:
        source = _resolve_part(subject(cited.group("source").rsplit(" by ", 1)[-1]), position,
                               people, said, register=False)
        if source[0] is not None:
            return source
        who = who[:cited.start()] + who[cited.end():]
    quoted = _QUOTED_AS.search(who)
    if quoted:
        who = quoted.group("object") or quoted.group("subject")
        who = OBJECT_PRONOUNS.get(who.lower(), who)
    who = owner(who)
    parts = [p for i, p in enumerate(subject(p) for p in who.split(","))
             if p and not _CIRCUMSTANCE.match(p) and not (i and _RUNS_ON.match(p))
             and not _AGE.fullmatch(p)]
    if not parts:
        return None, False
    if len(parts) > 1 and _APPOSITION.match(parts[-1]) and (
            _bare(parts[-2], people) or unnamed(parts[-2])) and not (
            body(parts[-1]) and body(parts[-2])):
        return _resolve_part(parts[-2], position, people, said)
    if len(parts) > 2 and _INDEFINITE.match(parts[1]) and all(
            p[0].islower() for p in parts[2:]) and WHO_NAME.fullmatch(parts[0]) and people.clean(
            parts[0]) and not body(parts[0]):
        return _resolve_part(parts[0], position, people, said)
    raw = who.split(",")
    if len(raw) > 1 and raw[-1].strip().lower() in _RELATIVE:
        antecedent = _resolve_part(raw[-2].rsplit(" by ", 1)[-1].strip(), position, people, said)
        if antecedent[0] is not None:
            return antecedent
    if len(parts) > 1 and parts[-1].startswith("and ") and _bare(parts[-2], people):
        return None, False
    speaker = _resolve_part(parts[-1], position, people, said)
    if speaker[0] is None and not _LIST_END.search(parts[-1]):
        for part in reversed(parts[:-1]):
            if _bare(part, people) or _resolve_part(part, position, people, said,
                                                    register=False)[0]:
                return _resolve_part(part, position, people, said)
    return speaker


def subject(part: str) -> str:
    """The words before a part's own verb ("Qatar has strongly condemned the strikes" is
    Qatar's part), a pronoun that opens it ("He ordered the medics in and vowed that"), or
    the whole part."""
    part = part.strip()
    words = part.split(maxsplit=1)
    if len(words) > 1 and words[0].lower() in _PRONOUNS and words[1][0].islower():
        return words[0].lower()
    verb = next((v for v in SAYING.finditer(part) if not _WHO.search(part, 0, v.start())),
                None) or _ISSUED.search(part)
    if verb and verb.start() > 0:
        part = part[:verb.start()].strip()
    bare = ""
    while bare != part:
        bare, part = part, _ADJUNCT.sub("", _AUXILIARY.sub("", part))
    return part


def _bare(part: str, people: People) -> bool:
    """A part that is only a name or a body ("Hans Grundberg", "the Sudan Doctors Network",
    "Qatar")."""
    return bool((WHO_NAME.fullmatch(part) and people.clean(part)) or body(part)
                or people.party(part))


def _resolve_part(who: str, position: int, people: People, said: Said, *,
                  register: bool = True) -> tuple[str | None, bool]:
    if _OPENING_PARTICIPLE.match(who) and not people.party(who.split()[0]):
        who = _after_participle(who)
        if not who:
            return None, False
    if (_TOGETHER.search(who) and not body(who)) or _PREDICATE.match(who) or _NUMBERED.fullmatch(
            who):
        return None, False
    if who.lower() in _PRONOUNS:
        return _written_so(_referent(position, people, said), who.lower(), people, said), True
    if who.lower() == "it" or who.lower() in _OFFICIALS:
        return said.body, True
    if who.lower() == "they":
        return (said.body, True) if said.body and _MANY.search(said.body) else (None, False)
    if _CHANNEL_OBJECT.match(who):
        return said.latest, True
    officer = _known(_AFTER_ACRONYM.search(who), people, register)
    if officer is not None:
        return officer, False
    spokes = _SPOKESPERSON.match(who)
    represented = spokes.group("body") if spokes else (
        people.spoken_for(position) if who.lower() in _THE_SPOKESPERSON else None)
    if represented and _NUMBERED.fullmatch(represented):
        return _DEFINITE.sub("", represented), False
    if represented:
        speaker = _resolve_part(represented, position, people, said, register=False)
        if speaker[0] is not None:
            return speaker
    named = body(who) if not (_OFFICE_OF.match(who) or _AT_BODY.match(who)) else None
    if named and not NOT_BODY.match(named):
        return said.same_body(named), named != said.same_body(named)
    party = people.party(who)
    if party:
        return party, False
    at_work = _AT_WORK.match(who)
    if at_work:
        return at_work.group("who"), False
    titled = _known(_TITLED_NAME.search(who), people, register)
    if titled is not None:
        return titled, False
    side = _SIDE_SOURCE.match(who)
    if side:
        role = ROLE.search(who)
        holder = people.by_role(role.group().lower(), position) if role else None
        return (holder.name, True) if holder else (_DEFINITE.sub("", who), False)
    if _QUALIFIER_FIRST.match(who):
        return None, False
    names = [] if _ONE_OF.match(who) and _DESCRIBED.match(who) else _names(who)
    for name in names:
        person = people.find(name, register=register)
        if person is not None:
            return person.name, False
    role = ROLE.search(who)
    if role:
        person = people.by_role(role.group().lower(), position)
        if person is not None:
            return person.name, True
    if _DESCRIBED.match(who):
        described = _described_before(who, said)
        return (described, True) if described else (_INDEFINITE.sub("", who), False)
    if _EPITHET.match(who):
        return _referent(position, people, said), True
    if _GROUP.match(who):
        return (people.group_in(who) or said.civil_group(people)
                or people.speaking_group(position) or people.group_before(position)), True
    return None, False


def _after_participle(who: str) -> str:
    """The words before a verb that a participle opens ("Posting a photo from the plane on
    X—Grenell wrote", "Speaking to families at the crossing Governor Anna Brel said") without
    the comma that would set the clause off: the clause tells how its subject spoke, and only
    a name that ends the words is the subject; its capitalised words ("Posting", "X") name
    nobody."""
    found = list(WHO_NAME.finditer(who))
    return found[-1].group() if found and found[-1].end() == len(who.rstrip()) else ""


def _names(who: str) -> list[str]:
    """The names in the words before a verb that may be its speaker, first to last. An office
    written with an abbreviation before a name ("Additional IG Shaukat Abbas", "Senior SP Amir
    Qureshi") is no name of its own."""
    found = list(WHO_NAME.finditer(who))
    return [name.group() for i, name in enumerate(found) if i + 1 == len(found)
            or not _ACRONYM_BETWEEN.fullmatch(who, name.end(), found[i + 1].start())]


def unnamed(who: str, earlier: Sequence[str] = ()) -> str | None:
    """A speaker the article brings in without a name ("a local police officer", "a medical
    source at the city hospital"), as it describes them, or one of the `earlier` such speakers
    it refers back to ("the senior official"): when the narrative reports them ("..., a local
    police officer told AFP"), a later "he said" is theirs."""
    at_work = _AT_WORK.match(who)
    if at_work:
        return at_work.group("who")
    if _INDEFINITE.match(who) and _DESCRIBED.match(who):
        return _INDEFINITE.sub("", who)
    return _again(who, reversed(earlier)) if _DESCRIBED.match(who) else None


def _described_before(who: str, said: Said) -> str | None:
    """The unnamed speaker a definite description refers back to: "the senior official" after
    "a senior White House official said" is that official, the last unnamed speaker described
    by the same noun; with none, the description stands for itself."""
    told = said.told.name if said.told and _told_since(said) else None
    return _again(who, (told, said.speaker))


def _again(who: str, earlier: Iterable[str | None]) -> str | None:
    """The first of the `earlier` speakers described by the noun a definite description ends
    with ("the senior official" is "senior White House official")."""
    if not _DEFINITE.match(who):
        return None
    noun = who.split()[-1].lower()
    return next((e for e in earlier if e is not None and noun in e.lower().split()), None)


def _told_since(said: Said) -> bool:
    """Whether the last unnamed person reported speaking was reported after the last
    quotation ended: a report that opens the article stands at 0, where no quotation ended
    yet (`said.end` starts there), so it is after none."""
    return said.told is not None and said.told.end >= said.end


def _referent(position: int, people: People, said: Said) -> str | None:
    """Who "he", "she" or an epithet stands for: the last speaker while nobody else has been
    named since, else the subject of the last sentence that names someone. Nobody the rules
    know when the last speaker is one they could not name and nobody is named since."""
    told = said.told
    if told and _told_since(said) and _nobody_named(people, told.end, position):
        return told.name
    if _described_since(people, said.end, position):
        return None
    if said.speaker and not speaks_as_body(said.speaker, people) and _nobody_named(
            people, said.end, position):
        return said.speaker
    if said.speaker is None and said.end and _nobody_named(people, said.end, position):
        return None
    person = people.subject_before(position)
    return person.name if person else None


def _written_so(speaker: str | None, pronoun: str, people: People, said: Said) -> str | None:
    """The speaker a pronoun was read as, unless the article writes of them with the other
    pronoun ("Maria Koval lost her flat. "...," he said"), or an earlier tag did for a speaker
    it could not name ("...," she told AFP. ... "...," he said): then "he" is someone the rules
    cannot name, and the quotation is better left without a speaker than given hers."""
    written = people.written_as(speaker) if speaker is not None else None
    if speaker is not None and said.told is not None and speaker == said.told.name:
        written = said.pronouns.setdefault(speaker, pronoun)
    return None if written is not None and written != pronoun else speaker


def _described_since(people: People, start: int, end: int) -> bool:
    """Whether a sentence after the last person named (and after `start`) opens with someone
    the article describes by an office nobody it names holds ("On Wednesday, Iran's supreme
    leader made his second appearance. He issued a warning ..."): "he" is that person, whom
    no name stands for."""
    start = max([start, *(at for at, _ in people.named if at < end)])
    return any(people.by_role(found.group("role").lower(), end) is None
               for found in _DESCRIBED_SUBJECT.finditer(people.text, start, end))


def _nobody_named(people: People, start: int, end: int) -> bool:
    """Whether the narrative names nobody in text[start:end]: only then does "he" go on with
    whoever spoke before it."""
    return not any(start <= at < end for at, _ in people.named)


def _known(found: re.Match[str] | None, people: People, register: bool) -> str | None:
    """The person the name `found` in the words before the verb is, if the article names them."""
    person = people.find(found.group("name"), register=register) if found else None
    return person.name if person is not None else None
