"""A site the report names by its own name, told with the place it lies in: "an attack on
the Zorin Express in Talbir province", "car bombs at the education ministry in the capital
Zorinsk". Annotators give such a site as the attack's target; the place only says where it
lies, and stays a place hit. A thing struck that has no name of its own ("drones struck an
apartment block in Odesa") leaves the place as the target (`attack_cues.STRUCK_IN`).
"""

from __future__ import annotations

import re

from summarizer.backends.rules.sites import Sites
from summarizer.text.time import MONTH_NAMES, WEEKDAY_NAMES

_NAMED_SITE_IN = re.compile(
    r"\b(?P<site>the\s+(?:[a-z-]+\s+){0,2}?"
    rf"(?:(?:[\u2018\u201c'\"]?(?!(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b)[A-Z][\w'\u2019-]*"
    r"[\u2019\u201d'\"]?\s+)+"
    r"|(?:[a-z-]+\s+)?(?:ministry|embassy|consulate|parliament)\s+)"
    r"(?:[a-z-]+\s+){0,2}?)in\s+"
    r"(?:the\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|capital|province|region|state)\s+of\s+"
    r"|the\s+(?:[a-z-]+\s+)?capital,?\s+"
    r"|[A-Z][\w-]*['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|capital)\s+(?:of\s+)?)?$")
"""The words before a place that follows a named site: "on the Zorin Express in", "at the
education ministry in Zorinland's capital", "outside the 'Zorin Tower' outpost in". A day or a
month is no site's name ("the attack on Monday in Kyiv")."""


def named_site_in(text: str, start: int, place: int, sites: Sites) -> bool:
    """Whether the words from `start` to the place at `place` name a site of its own before
    it ("the Zorin Express", "the Zorinsk railway station"), not a party's people or arms
    ("the Hezbollah commander in Beirut", "the Russian troops in Zorinsk")."""
    named = _NAMED_SITE_IN.search(text, start, place)
    return named is not None and not any(
        m.entry.party or m.entry.demonym
        for m in sites.between(named.start("site"), named.end("site")))
