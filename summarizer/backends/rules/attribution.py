"""Who a quotation is attributed to, as the article writes it, and who that is.

News attributes a quote through a reporting verb right before or after it
("Zelenskyy said, "...", "...," he said, "...," the Ukrainian President added,
The post added, "..."). Pronouns, roles and "the post" resolve to the person
last named; a body speaks as itself ("the Kremlin said in a statement").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from summarizer.backends.rules.bodies import COMMON_BODY, DOCUMENT, NOT_BODY, body
from summarizer.backends.rules.marks import Quote
from summarizer.backends.rules.speakers import (
    FINITE_VERB,
    NAME,
    REPORT_VERB,
    ROLE,
    WHO_NAME,
    People,
)
from summarizer.backends.rules.text import Unit

_LAST_VERB = re.compile(rf"\b{REPORT_VERB}\b")

_ISSUED = re.compile(r"\b(?:issued|released|published|put\s+out|shared)\s+(?:an?|its|his|her)\s")
"""A speaker who spoke through a document: "The army issued a statement saying "..."" is the
army's."""

_STATEMENT_VERB = re.compile(
    rf"\b(?:{REPORT_VERB}|(?:issued|released|published)\s+an?\s+(?:statement|communiqu\u00e9)"
    r"|citing\s+(?P<cited>[^,.;:]+))\b")
"""A body speaks through a reporting verb, through the statement it issued, or as the source
an outlet cites."""

_LEAD_IN = r"[\s,]*(?:[\u2013\u2014-]\s*)?"
"""What may stand between a quotation and its attribution: a comma, or the dash of news
translated from Ukrainian or Russian (""...," - said the minister")."""

_SUFFIX_WHO_VERB = re.compile(
    rf"^{_LEAD_IN}(?P<who>[^\s.,;:!?\"“”\u2013\u2014-][^.;:!?\"“”]{{0,160}}?)\s+"
    rf"(?:(?:further|also|then|later)\s+)?(?:{FINITE_VERB}|reads?|as\s+saying)\b")
"""The speaker, or the document that speaks for them ("the statement read"), then the verb."""

_OWN_STOP = ",.!?\u2026"
_SET_OFF = re.compile(r"\s*[,\u2013\u2014-]")
"""A speaker named before the verb after a quotation is set off from it, by a comma or a dash
or by the quotation's own last mark (""...," he said"); words that run on from it go on with
the sentence whatever verb they reach: "fired "more than 40 missiles" at the capital and
called for more air defence" is the sentence of whoever said "fired"."""

_SUFFIX_VERB_WHO = re.compile(
    rf"^{_LEAD_IN}(?:{FINITE_VERB}|reads?|asked|asks)\s+(?P<who>[^.,;:!?\"“”]{{1,120}}?"
    rf"(?:,\s+{NAME})?)\s*(?:[.,;:!?]|$)")
"""A name may follow its office: "said the head of the city district, Mikhail Shuvalov"; a
statement may be read after the quotation ("read a statement from the ministry"), and a
question asked ("asked Fatima, a mother of four"; before a quotation "asked" names who put the
question to the speaker)."""

_SUFFIX_ACCORDING = re.compile(r"^[\s,]*according\s+to\s+(?P<who>[^.,;:!?\"\u201c\u201d]{1,80}?)"
                               r"\s*(?:[.,;:!?]|$)")
"""A source cited after the quotation ("...," according to a statement from the ministry):
the speaker unless the sentence names one before the quotation, since an outlet cited so
("according to Reuters") is not the speaker of a quotation its sentence attributes."""

_FROM_DOCUMENT = re.compile(r"^(?:an?|the)\s+(?:statement|post|message|report|video|letter"
                            r"|communiqu\u00e9)\s+(?:from|by|of)\s+")
"""The document a body spoke through: "a statement from the ministry" is the ministry's."""

_CLOSED = re.compile(r"[.!?]\W*$")
"""A quotation that ends its sentence: what follows with a comma is another sentence ("...
agreement." The delay, he added, "...") unless it names the speaker right away."""

_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")

_PRONOUNS = frozenset({"he", "she"})

_CHANNEL_OBJECT = re.compile(r"(?i)^(?:the|his|her|a|that)\s+(?:post|statement|message|tweet|update"
                             r"|video|letter|address)\b")

_DESCRIBED = re.compile(
    r"(?i)^(?:one|another|an?|the)\s+(?:[\w-]+\s+){0,2}?(?:driver|witness|eyewitness|resident"
    r"|source|official|doctor|nurse|survivor|neighbou?r|relative|spokes(?:person|man|woman)"
    r"|rescuer|volunteer|teacher|parent|mother|father)$"
    r"|^(?:one|another|an?)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|worker|farmer|soldier"
    r"|officer|medic|paramedic|firefighter|journalist|student|shopkeeper|vendor|pensioner"
    r"|villager|refugee|fighter|activist|diplomat|engineer|lawyer|guard|veteran|local)$"
    r"|^(?:his|her|their)\s+(?:family|relatives|lawyer|wife|husband|son|daughter|mother"
    r"|father|brother|sister)$"
    r"|^[A-Z][\w-]*['\u2019]s\s+(?:[\w-]+\s+)?(?:president|prime\s+minister|minister"
    r"|governor|mayor|spokes(?:person|man|woman)|envoy|ambassador)$")
"""An unnamed speaker as the article describes them ("one driver said", "an eyewitness",
"the source told AFP", "Pakistan's prime minister", "his family", "one man told the BBC", "a
Ukrainian soldier"): the description is all the article gives. "The man" or "the soldier" refers
back to someone the article named, so only an indefinite one describes a speaker of its own."""

_INDEFINITE = re.compile(r"^[Aa]n?\s+")
"""The indefinite article goes from such a description: "A military source told the agency"
is said by "military source", as one names the speaker of a statement."""

_EPITHET = re.compile(
    r"(?i)^the\s+(?:[\w-]+\s+){0,2}?(?:head|chief|leader|president|premier|minister|governor"
    r"|mayor|commander|general|ambassador|envoy|ombudsman|commissioner|negotiator)\b")
"""An office or a title that stands for a person ("the head of state added", "the Governor
wrote") when the article gives nobody that role: it refers back like "he"."""

_APPOSITION = re.compile(
    r"^(?:also\s+)?(?:an?|the|its|his|her|who|which|[A-Z][\w.-]*['\u2019]s"
    r"|[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:of|for|at|in))\s")
"""A part that describes the name before it: "a volunteer group", "the UN envoy for Yemen",
"Zelenskiy's chief of staff", "who heads the observatory", "director of the hospital"."""

_CIRCUMSTANCE = re.compile(r"(?!according\s)[a-z]+ing\s+[a-z]|(?:in|on|at|from|via|during|after"
                           r"|before|with|without|through|for)\s")
"""A part that tells where, when or how the speaker spoke ("reporting from Gaza City", "in a
statement on its Telegram channel"): the names in it are not the speaker. An adjective in -ing
goes on to a name ("acting Sumy Mayor Artem Kobzar")."""

_RELATIVE = frozenset(("which", "who"))
"""A relative pronoun speaks for the body or person the part before it ends with: "claimed by
the group's armed wing, which said it "..."", "met the envoy, who said"."""

_AUXILIARY = re.compile(r"(?:\s+(?:has|have|had|also|further|later|then|again|strongly|firmly"
                        r"|publicly|sharply|swiftly|quickly|immediately|repeatedly))+$")
"""What stands between a subject and its verb: "Qatar has strongly condemned"."""


_QUOTED_AS = re.compile(r"\bquoted\s+(?P<object>.+?)(?:\s+as)?$"
                        r"|^(?P<subject>.+?)\s+(?:was|were)\s+quoted\b")
"""Who an outlet quotes is the speaker, not the outlet: "ISNA quoted an eyewitness as saying",
"Putin was quoted by the Kremlin's account as saying"."""

_ACCORDING = re.compile(r"\s*[Aa]ccording\s+to\s+([^,]{3,80}),\s")
"""A sentence that opens by naming its source ("According to the defence ministry, its
target was "...""): the source is the speaker of its quotation."""

_OBJECT_PRONOUNS = {"him": "he", "her": "she"}
"""'According to him, "..."' is said by whoever 'he' is."""

_PREDICATE = re.compile(r"(?:was|were|is|are|has|have|had|been)\s")
"""A part that goes on a sentence's predicate ("..., were killed in a strike by the RSF,
calling it") names an agent, not the speaker."""

_TOGETHER = re.compile(rf"{NAME}\s+and\s+{NAME}")
"""Two people speaking at once ("Guy and David can be seen saying"): neither said it alone."""


class Spoken(NamedTuple):
    """A speaker the narrative reports, and where the sentence that reports them ends."""

    name: str
    end: int


@dataclass
class Said:
    """Who spoke last, for the words that refer back to them: "it said" is the last body
    (a ministry, a military, a country); "the statement read" is whoever was last named
    speaking; "the ministry added" is the last body that is a ministry."""

    speaker: str | None = None
    """The speaker of the previous statement, which ended at `end`: "he" or "she" goes on
    with them ("one resident said ... "...," he said") while nobody else is named."""
    end: int = 0
    body: str | None = None
    latest: str | None = None
    narrated: Spoken | None = None
    """The last speaker the narrative reports in its own words ("Mayor X said rescuers were at
    the scene."): a quotation after that sentence with no attribution of its own is theirs."""

    def spoke(self, name: str, people: People) -> None:
        name = self.same_body(name)
        self.latest = name
        if body(name) or people.party(name):
            self.body = name

    def same_body(self, name: str) -> str:
        """The last body, for its common noun ("the ministry" after "Russia's defence
        ministry said"); any other name as it is."""
        common = COMMON_BODY.fullmatch(name)
        if common and self.body and common.group(1).lower() in self.body.lower():
            return self.body
        return name


def narrative_bodies(text: str, narrative: list[Unit],
                     people: People) -> list[tuple[int, Spoken]]:
    """Bodies the narrative reports speaking, and where ("Russia's foreign ministry confirmed
    the swap", "Hamas has described the strike as", "the ministry issued a statement", "TASS
    reported, citing the emergencies ministry's statement"), so that a later "it said" or "the
    statement read" names them."""
    found = []
    for unit in narrative:
        for verb in _STATEMENT_VERB.finditer(text, unit.start, unit.end):
            cited = verb.group("cited")
            start = max(unit.start, text.rfind(",", unit.start, verb.start()) + 1)
            who = (DOCUMENT.sub("", cited.strip()) if cited
                   else _subject(text[start:verb.start()]))
            name = (body(who) if not NOT_BODY.match(who) else None) or people.party(who)
            if name:
                found.append((verb.start(), Spoken(name, unit.end)))
    return found


def _sentence_around(text: str, position: int, quotes: list[Quote]) -> tuple[int, int]:
    """The narrative sentence around `position`, stopping at quotations and line breaks."""
    start = max([text.rfind("\n", 0, position) + 1]
                + [q.end + 1 for q in quotes if q.end < position]
                + [m.end() for m in _SENTENCE_STOP.finditer(text, 0, position)][-1:])
    end = min([len(text), *(q.start for q in quotes if q.start > position)]
              + [text.find("\n", position) % (len(text) + 1)]
              + [m.start() + 1 for m in [_SENTENCE_STOP.search(text, position)] if m])
    return start, end


def attribution(text: str, quote: Quote,
                quotes: list[Quote]) -> tuple[str, tuple[int, int]] | None:
    """Who a quotation is attributed to, as written, and the narrative words around it: after
    it, before it, after a later quotation of the same sentence (""Strikes on the south" have
    killed "182 people", the ministry said"), or, for a quotation carried over a paragraph
    break, wherever its next paragraph is attributed (""...holding the line.\n\n"We need more
    air defence," he said")."""
    following = _same_sentence(text, quote, quotes)
    carried_on = _carried_on(text, quote, quotes)
    return (_suffix(text, quote, quotes, (_SUFFIX_VERB_WHO, _SUFFIX_WHO_VERB))
            or _prefix(text, quote, quotes)
            or _suffix(text, quote, quotes, (_SUFFIX_ACCORDING,))
            or (_suffix(text, following, quotes, (_SUFFIX_VERB_WHO, _SUFFIX_WHO_VERB))
                if following else None)
            or (attribution(text, carried_on, quotes) if carried_on else None))


def _carried_on(text: str, quote: Quote, quotes: list[Quote]) -> Quote | None:
    """The quotation that goes on with `quote` in the next paragraph, when `quote` runs to
    its paragraph's end without a closing mark."""
    if quote.end >= len(text) or text[quote.end] != "\n":
        return None
    following = next((q for q in quotes if q.start > quote.end), None)
    return following if following and not text[quote.end:following.start].strip() else None


def _same_sentence(text: str, quote: Quote, quotes: list[Quote]) -> Quote | None:
    """The next quotation, when the sentence goes on to it."""
    following = next((q for q in quotes if q.start > quote.end), None)
    if following is None or _CLOSED.search(text, quote.start, quote.end) or re.search(
            r"[.!?\n]", text[quote.end + 1:following.start]):
        return None
    return following


def _suffix(text: str, quote: Quote, quotes: list[Quote],
            patterns: tuple[re.Pattern[str], ...]) -> tuple[str, tuple[int, int]] | None:
    after = _sentence_around(text, quote.end + 1, quotes)
    tail = text[quote.end + 1:after[1]] if text[quote.end] != "\n" else ""
    set_off = text[quote.end - 1] in _OWN_STOP or _SET_OFF.match(tail) is not None
    found = next((m for m in (p.match(tail) for p in patterns
                              if set_off or p is not _SUFFIX_WHO_VERB) if m), None)
    if found and not (_CLOSED.search(text, quote.start, quote.end) and "," in found.group("who")):
        return found.group("who").strip(), (quote.end + 1, after[1])
    return None


def _prefix(text: str, quote: Quote, quotes: list[Quote]) -> tuple[str, tuple[int, int]] | None:
    before = _sentence_around(text, quote.start, quotes)
    if not text[before[0]:quote.start].strip():
        before = _introduced(text, before[0]) or before
    head = text[before[0]:quote.start]
    source = _ACCORDING.match(head)
    if source:
        who = source.group(1)
        return _OBJECT_PRONOUNS.get(who.lower(), who), (before[0], quote.start)
    verbs = list(_LAST_VERB.finditer(head))
    if not verbs:
        return None
    verb = verbs[-1]
    who = _earlier(text, before[0], quotes) + head[:verb.start()].strip(" ,")
    if not who:
        who = re.split(r"[,:;]", head[verb.end():], maxsplit=1)[0].strip()
    return (who, (before[0], quote.start)) if who else None


def _introduced(text: str, start: int) -> tuple[int, int] | None:
    """The paragraph before a paragraph that opens with a quotation, when it introduces it
    with a colon ("the Ministry of Defence said:")."""
    previous = text[:start].rstrip()
    if not previous.endswith(":"):
        return None
    begin = previous.rfind("\n") + 1
    sentence = list(_SENTENCE_STOP.finditer(previous, begin))
    return (sentence[-1].end() if sentence else begin), start


def _earlier(text: str, start: int, quotes: list[Quote]) -> str:
    """The narrative of the same sentence before an earlier quotation that `start` follows,
    as a part of its own: "Reznikov blamed what he called "..." and said Ukraine's "..."" is
    Reznikov's sentence throughout."""
    earlier = next((q for q in quotes if q.end + 1 == start), None)
    if earlier is None or _CLOSED.search(text, earlier.start, earlier.end):
        return ""
    before = _sentence_around(text, earlier.start, quotes)
    return text[before[0]:earlier.start].strip(" ,") + ", " if before[0] < earlier.start else ""


def resolve(who: str, position: int, people: People, said: Said) -> tuple[str | None, bool]:
    """The speaker's name and whether the attribution continues the previous statement.

    `who` is everything written before the verb in its sentence: the speaker is its last
    comma-separated part ("On Saturday, Zelensky said"), or the name an appositive
    describes ("Ezzat El Rashq, a member of the political bureau, said"), or, when the
    last part names nobody, an earlier part that is only a name ("Keith Kellogg,
    commented on the attack, saying")."""
    quoted = _QUOTED_AS.search(who)
    if quoted:
        who = quoted.group("object") or quoted.group("subject")
    who = _FROM_DOCUMENT.sub("", who)
    parts = [p for p in (_subject(p) for p in who.split(",")) if p and not _CIRCUMSTANCE.match(p)]
    if not parts:
        return None, False
    if len(parts) > 1 and _APPOSITION.match(parts[-1]) and _bare(parts[-2], people):
        return _resolve_part(parts[-2], position, people, said)
    raw = who.split(",")
    if len(raw) > 1 and raw[-1].strip().lower() in _RELATIVE:
        antecedent = _resolve_part(raw[-2].rsplit(" by ", 1)[-1].strip(), position, people, said)
        if antecedent[0] is not None:
            return antecedent
    speaker = _resolve_part(parts[-1], position, people, said)
    if speaker[0] is None:
        for part in reversed(parts[:-1]):
            if _bare(part, people) or _resolve_part(part, position, people, said,
                                                    register=False)[0]:
                return _resolve_part(part, position, people, said)
    return speaker


def _subject(part: str) -> str:
    """The words before a part's own verb ("Qatar has strongly condemned the strikes" is
    Qatar's part), a pronoun that opens it ("He ordered the medics in and vowed that"), or
    the whole part."""
    part = part.strip()
    words = part.split(maxsplit=1)
    if len(words) > 1 and words[0].lower() in _PRONOUNS and words[1][0].islower():
        return words[0].lower()
    verb = _LAST_VERB.search(part) or _ISSUED.search(part)
    if verb and verb.start() > 0:
        part = part[:verb.start()].strip()
    return _AUXILIARY.sub("", part)


def _bare(part: str, people: People) -> bool:
    """A part that is only a name or a body ("Hans Grundberg", "the Sudan Doctors Network",
    "Qatar")."""
    return bool((WHO_NAME.fullmatch(part) and people.clean(part)) or body(part)
                or people.party(part))


def _resolve_part(who: str, position: int, people: People, said: Said, *,
                  register: bool = True) -> tuple[str | None, bool]:
    if _TOGETHER.search(who) or _PREDICATE.match(who):
        return None, False
    if who.lower() in _PRONOUNS:
        return _referent(position, people, said), True
    if who.lower() == "it":
        return said.body, True
    if _CHANNEL_OBJECT.match(who):
        return said.latest, True
    named = body(who)
    if named and not NOT_BODY.match(named):
        return said.same_body(named), named != said.same_body(named)
    party = people.party(who)
    if party:
        return party, False
    names = WHO_NAME.findall(who)
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
        return _INDEFINITE.sub("", who), False
    if _EPITHET.match(who):
        return _referent(position, people, said), True
    return None, False


def _referent(position: int, people: People, said: Said) -> str | None:
    """Who "he", "she" or an epithet stands for: the last speaker while nobody else has been
    named since, else the subject of the last sentence that names someone."""
    if said.speaker and not (body(said.speaker) or people.party(said.speaker)) and not any(
            said.end <= at < position for at, _ in people.named):
        return said.speaker
    person = people.subject_before(position)
    return person.name if person else None
