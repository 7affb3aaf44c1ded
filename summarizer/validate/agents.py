"""Agents: who did what a number counts, where the clause names them after it.

A toll or a release is often followed by who did it ('five people were killed by Ukrainian
drones', 'one was freed by Israeli forces', 'the release of 17 hostages by Hamas'). When
that is a known side other than the fact's attacker or releaser, the number is the other
side's doing: another attack's toll, a rescue or another side's release, though the right
words stand beside it. As in holders.py, only a side the package knows by several names
is judged, so that an outlet's own word for a side ('the paramilitaries') is not taken for
another one.
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention
from summarizer.validate.lexicon import QUALIFIED
from summarizer.validate.scope import Check
from summarizer.validate.sides import MAKER, known_sides, names_any, spellings

_BY = re.compile(r"(?:\s+[\w'\u2019-]+){0,4}?(?:\s+(?:had|has|have))?(?:\s+(?:been|were|was))?"
                 r"\s+(?:killed|wounded|injured|hurt|freed|released|"
                 r"rescued|returned|handed over|slain|shot)\s+by\s+(?:the\s+|an?\s+)?"
                 r"(?P<by>[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2})", re.IGNORECASE)
"""The number's doer, named after a verb and 'by' within a few words of it, its auxiliaries
not counted ('230 of their soldiers had been released by Russia')."""


_RELEASE_OF = re.compile(rf"\b(?:release|freeing|handover|handing over|return|repatriation)\s+"
                         rf"of\s+{QUALIFIED}$", re.IGNORECASE)
"""A release told as a noun before the number ('the release of 17 hostages by Hamas')."""
_NOMINAL_BY = re.compile(r"(?:\s+[\w'\u2019-]+){0,4}?\s+by\s+(?:the\s+|an?\s+)?"
                         r"(?P<by>[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2})", re.IGNORECASE)
"""Its doer, after 'by' within a few words of the number."""


def by_another(side: str | None, what: str) -> Check:
    """A number that the clause says another known side brought about (`what` names the
    fact's doing for the reader: 'the attacker', 'the releaser')."""
    forms = spellings(side) if side else frozenset()

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        if len(forms) < 2:
            return None
        found = _BY.match(text, mention.end, clause[1])
        if found is None and _RELEASE_OF.search(text, clause[0], mention.start):
            found = _NOMINAL_BY.match(text, mention.end, clause[1])
        if found is None:
            return None
        by = MAKER.sub("", found.group("by"))
        sides = [f for f in known_sides(by) if names_any(by, {x for x in f if len(x) > 3})]
        if not sides or any(f & forms for f in sides):
            return None
        return f'there another side did it ("{found.group(0).strip()}"), not {what}'
    return check
