"""Bodies that speak as themselves: ministries, militaries, offices, agencies, families.

"The Russian defence ministry said", "the Kremlin said in a statement" and "the
Coordination Headquarters for the Treatment of Prisoners of War reported" are
statements of the body itself, named as the article names it, without what leads
up to the name ("war monitor the Syrian Observatory") or the document it spoke
through ("the Kremlin statement").
"""

from __future__ import annotations

import re

from summarizer.backends.rules.person_names import NEXT, TOKEN

DOCUMENT = re.compile(r"(?i)(?:['\u2019]s)?\s+(?:statement|readout|post|communiqu\u00e9|release)$")
"""The document a body spoke through, after its name: "the Kremlin statement"."""

_ORGANIZATION = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?!-)[\w'\u2019.-]+\s+){0,6}?(?:[Mm]inistry|[Mm]ilitary|[Aa]rmy|Kremlin"
    r"|White\s+House|Pentagon|[Oo]ffice|[Ff]orces?|Navy|[Ss]taff|[Aa]dministration|[Aa]gency|[Hh]eadquarters|[Nn]etwork"
    r"|[Cc]ouncil|[Cc]ommittees?|[Oo]bservatory|[Ss]ervice|[Cc]ommand|[Gg]overnment|[Pp]olice"
    r"|IDF|[Bb]rigades|[Ww]ing|Cross|Crescent|[Mm]ission|[Dd]epartment|[Ff]amily|TV|[Tt]elevision|[Rr]adio"
    r"|Nations|Union|Organi[sz]ation|Movement|Front|International|Watch|Borders|League|Programme|Fund|Corps"
    r"|Guards?|[Cc]ommission|Authority|Alliance|[Jj]unta|Forum|Foundation|Institute|Association"
    r"|Federation|Coalition|Rooms?|[Ee]mbassy|Consulate|Directorate|[Pp]residency|Bureau"
    r"|Secretariat|[Cc]ent(?:re|er)|Society|Municipality|Cabinet|Syndicate|[Mm]anagement|[Cc]ivil\s+[Dd]efen[cs]e"
    r"|[A-Z][A-Z0-9]{1,5}|U\u2024N\u2024)"
    r"(?:\s+(?:of|for|in|to)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|the\s+|and\s+)*[A-Z][\w'\u2019()-]*)*"
    r"|\s+(?:of|for)\s+(?!(?:the|a|an|its|his|her|their)\s)[a-z]+(?:\s+(?:of\s+)?[a-z]+){0,2})?"
    r"(?P<seat>\s+in\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?$")
"""A body that speaks as itself ("the Russian defense ministry said", "the Kremlin said in a
statement", "the Coordination Headquarters for the Treatment of Prisoners of War reported"),
a body named in lowercase ("Armenia's state commission for missing persons", "the general
staff of the Ukrainian armed forces", "the coordination centre"), a name that
joins two ("the General Command of the Army and Armed Forces"),
international organisations among them ("the United Nations", "the U.N.", "UNICEF", "Human Rights
Watch", "the Revolutionary Guards"; "U.N." is read with its full stops masked), civil groups
("the Hostages and Missing Families Forum", Sudan's "Emergency Response Rooms"), and any body
named by its acronym ("the IRGC", "the SBU"): an acronym is no person's name. A name complete
with what the body is of may be followed by where it sits ("the Ministry of Health in Gaza"),
which is no part of that name."""

NOT_BODY = re.compile(r"(?i)^(?:with|by|from|to|for|of|in|on|at|its|his|her|their)\s")
"""A phrase that only refers to a body ("with its foreign ministry") does not name it."""

COMMON_BODY = re.compile(r"(?i)the\s+(\w+)")
"""A body named by its common noun only ("the ministry"): the last body of that kind."""

_ACRONYM = re.compile(r"\s*\([A-Z]{2,6}\)")
"""A body's acronym in brackets after its name: "The Prime Minister's Office (PMO) said"."""

_OFFICER = re.compile(r"\([A-Z]{2,6}\)\s+[A-Z]")
"""A name after a body's acronym in brackets is its officer's ("spokesperson of the Office of
the High Commissioner (OHCHR) Ingrid Dahl"): the words name a person, not the body."""

_CONJUNCTION = re.compile(r"^(?:(?:and|but|while|as|which|whereas)\s+)+")
_LEAD = re.compile(rf"{_CONJUNCTION.pattern}|^.*?(?<!\bof)(?<!\bfor)(?<!\bto)\s(?=the\s+[A-Z])")
"""What precedes the body's own name: a conjunction, or a description ("war monitor the
Syrian Observatory for Human Rights"). A "the" inside a name ("the Coordination Headquarters
for the Treatment of Prisoners of War") starts no name of its own: the whole is read when
what follows that "the" names no body."""

_THE = re.compile(r"^(?:[Tt]he\s+(?=[A-Z]|[\w-]+\s+\w)(?![a-z]+['\u2019]s\s)|[Aa]n?\s+)")
"""'the' goes ("the Kremlin", "the health ministry") except before one common noun ("the
ministry") or a possessive ("the country's military"), as the article writes those; 'a' or
'an' goes always ("an Israeli military statement" is the Israeli military's, "an army
statement" the army's)."""


_MEDIA = re.compile(r"(?:^|\s)(?:AP|AFP|BBC|CNN|NBC|CBS|ABC|NPR|PBS|MSNBC|RT|TASS|RIA|IRNA|ISNA"
                    r"|IRIB|SANA|WAFA|KCNA|NHK|UPI|DPA|ANSA|EFE|PTI|ANI|NYT|WSJ|FT)$")
"""A news outlet by its acronym ("the BBC reports", "CNN reported") is the medium that carries
what others say, not a speaker."""


_MEMBER_OF = re.compile(rf"^(?P<name>{TOKEN}(?:{NEXT}){{1,3}})\s+of\s")
"""A person's full name and the body they are of ("Jens Laerke of the UN humanitarian office",
"Ahmed Musa of the Red Crescent"): a member speaking, not the body. A body's own name before
"of" ("the State Emergency Service of Ukraine") is the body's."""


def body(who: str) -> str | None:
    """The name of a body that speaks as itself, without what leads up to it or the
    document it spoke through ("the Kremlin statement said" is the Kremlin)."""
    member = _MEMBER_OF.match(who)
    if _OFFICER.search(who) or (member and not _ORGANIZATION.match(member.group("name"))):
        return None
    who = _ACRONYM.sub("", who)
    for lead in (_LEAD, _CONJUNCTION):
        name = DOCUMENT.sub("", lead.sub("", who))
        organization = _ORGANIZATION.match(name)
        if organization:
            name = name[:organization.start("seat")] if organization.group("seat") else name
            return _THE.sub("", name) if not _MEDIA.search(name) else None
    return None


_GROUP_NAME = (r"(?:[Tt]he\s+)?[A-Z][\w'\u2019.-]*"
               r"(?:\s+(?:(?:of|for|and|the|in)\s+)*[A-Z][\w'\u2019.-]*)*")

DESCRIBED_GROUP = re.compile(
    rf"(?P<name>{_GROUP_NAME}),\s+an?\s+(?:(?!(?:of|the|in|for|from)\b)[\w-]+\s+){{0,3}}?group\b"
    rf"|\b(?!(?:the|a|an|this|that|its|their|his|her)\s)[a-z][\w-]*\s+group\s+"
    rf"(?P<after>{_GROUP_NAME})")
"""A body the article describes as a group: "the Sudan Doctors Network, a group of medical
professionals", "Mashad Organisation, a rights group", "aid group the Free Burma Rangers". Who
"the group" is when it has spoken, whatever armed group the article names since."""


def described_group(found: re.Match[str]) -> str:
    """The name a `DESCRIBED_GROUP` match gives, as a body is named ("Sudan Doctors Network")."""
    return _THE.sub("", found.group("name") or found.group("after"))

