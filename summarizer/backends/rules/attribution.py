"""Who a quotation is attributed to, as the article writes it, and who that is.

News attributes a quote through a reporting verb right before or after it
("Zelenskyy said, "...", "...," he said, "...," the Ukrainian President added,
The post added, "..."). Pronouns, roles and "the post" resolve to the person
last named; a body speaks as itself ("the Kremlin said in a statement").
"""

from __future__ import annotations

import re

from summarizer.backends.rules.speakers import REPORT_VERB, ROLE, WHO_NAME, People
from summarizer.backends.rules.text import Quote

_LAST_VERB = re.compile(rf"\b{REPORT_VERB}\b")

_SUFFIX_WHO_VERB = re.compile(
    rf"^[\s,]*(?P<who>[^\s.,;:!?\"“”][^.;:!?\"“”]{{0,80}}?)\s+"
    rf"(?:(?:further|also|then|later)\s+)?{REPORT_VERB}\b")

_SUFFIX_VERB_WHO = re.compile(
    rf"^[\s,]*{REPORT_VERB}\s+(?P<who>[^.,;:!?\"“”]{{1,60}}?)\s*(?:[.,;:!?]|$)")

_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")

_PRONOUNS = frozenset({"he", "she"})

_CHANNEL_OBJECT = re.compile(r"(?i)^(?:the|his|her|a|that)\s+(?:post|statement|message|tweet|update"
                             r"|video|letter|address)\b")

_DOCUMENT = re.compile(r"(?i)(?:['\u2019]s)?\s+(?:statement|readout|post|communiqu\u00e9|release)$")

_DESCRIBED = re.compile(
    r"(?i)^(?:one|another|an?|the)\s+(?:[\w-]+\s+){0,2}?(?:driver|witness|eyewitness|resident"
    r"|source|official|doctor|nurse|survivor|neighbou?r|relative|spokes(?:person|man|woman)"
    r"|rescuer|volunteer|teacher|parent|mother|father)$")
"""An unnamed speaker as the article describes them ("one driver said", "an eyewitness",
"the source told AFP"): the description is all the article gives."""

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


def resolve(who: str, position: int, people: People,
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
    names = WHO_NAME.findall(who)
    for name in names:
        person = people.find(name, register=True)
        if person is not None:
            return person.name, False
    role = ROLE.search(who)
    if role:
        person = people.by_role(role.group().lower(), position)
        if person is not None:
            return person.name, True
    if _DESCRIBED.match(who):
        return who, False
    return None, False
