"""Who owns a document that speaks: "a statement from the ministry said" is the ministry's.

News lets a document stand for its author, before or after the quotation ("a statement
from the ministry said", "said a post from the civil defence", "a statement by the
headquarters said", "Lind's statement on the ... channel"). The owner is named after
"from" or "by", or before the document as its possessor; who carried or relayed it ("a
statement carried by state television", "a statement quoted by the group's channel") and
whom it was sent to ("a statement to Reuters from the forum") are no part of who spoke.
"""

from __future__ import annotations

import re

_NOUN = r"(?:statement|post|message|report|video|letter|communiqu\u00e9)"
"""The documents a body speaks through, as `_DOCUMENT` and `_FROM_DOCUMENT` name them."""
_DOCUMENT = rf"(?:[Aa]n?|[Tt]he)\s+(?:[\w'\u2019-]+\s+){{0,2}}?{_NOUN}\b"

_CARRIED_BY = re.compile(rf"^(?P<document>{_DOCUMENT}.*?)\s+(?:carried|quoted|relayed|broadcast"
                         r"|aired|cited)\s+by\s+.+$")
"""A document and the medium that carried or relayed it ("a statement carried by state
television", "a statement from the ministry quoted by the Sunrise channel"): the medium passes
the words on, as a newspaper does, and the document's own words name its author."""

_FROM_DOCUMENT = re.compile(
    rf"^(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][a-z]+\s+)?{_NOUN}(?:\s+to\s+(?:the\s+)?"
    r"[A-Z][\w'\u2019.\u2024-]*(?:\s+[A-Z][\w'\u2019.\u2024-]*){0,3})?,?\s+"
    r"(?:(?:issued|released|signed|published|put\s+out)\s+(?:[a-z]+\s+)?by|from|by|of)\s+")
"""The document a body spoke through: "a statement from the ministry" (or "a Sunday statement
from", or "A statement from" opening the sentence) is the ministry's, and so is "a statement
to CNN from the forum": the outlet it was given to is its addressee. Who issued, released or
signed it is its author ("a statement issued by the army", "the statement, issued late by the
army")."""

_OWN_DOCUMENT = re.compile(r"^(?P<owner>.+?)['\u2019]s\s+(?:statement|post|message|letter"
                           r"|tweet|video\s+address)"
                           r"(?:\s+on\s+(?:the|an?|his|her|its|their)\s+(?:[\w'\u2019-]+\s+){0,5}?"
                           r"(?:channel|account|page|website|feed)\b.*)?$")
"""A document its owner spoke through, and where it was posted: "Lind's statement on the
Nord News Telegram channel close to the president" is Lind's, and the channel that carried it
(a name as capitalised as a speaker's) speaks no more than a newspaper does."""


def owner(who: str) -> str:
    """The words that name who spoke through the document `who` names, or `who` as it is
    when it names no document: "a statement to Reuters from the Families Forum" is "the
    Families Forum"'s, "a statement by the headquarters" is "the headquarters"'s, "a
    Houthi statement quoted by their channel" is "a Houthi statement" (which `bodies` and
    `referents` read as the Houthis'), "Lind's statement on the ... channel" Lind's."""
    carried = _CARRIED_BY.match(who)
    if carried:
        who = carried.group("document")
    return _OWN_DOCUMENT.sub(r"\g<owner>", _FROM_DOCUMENT.sub("", who))
