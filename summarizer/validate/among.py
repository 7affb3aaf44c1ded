"""Among them: a number its sentence puts among a group counts some of that group.

News lists who was in a toll or a release by the group's name and 'among': 'Among the
dead are two foreign nationals and two locals', 'Among the released prisoners were two
civilians', 'a police officer and five sub-inspectors were among the dead'. The fact's own
word ('dead', 'released') stands right beside each number, so it reads as the whole toll
or release; 'among' says it is a part of it. scope.PART_OF reads 'among the dead' only a
few words before the number, so the second item of such a list ('... and two locals')
passed. A breakdown's category is such a part, and is not held to this check; nor is one
side's release told among a swap's people, which is that side's whole.
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention
from summarizer.validate.lexicon import sentence_at

_OPENS = re.compile(r"\s*(?:[\"'\u201c\u2018]\s*)?among\s+(?:the|those)\b"
                    r"(?![^,;:]*?\b(?:exchang|swap|trad)\w*)[^,;:]*?"
                    r"\b(?:are|were|was|is|included?)\b", re.IGNORECASE)
"""A sentence that opens by naming the group ('Among the dead are', 'Among those freed
were'); not a swap's people, each side's of which are that side's whole release ('Among
those exchanged were 95 Ukrainian soldiers')."""
_JOINS = re.compile(r"[^;:]*?\b(?:are|were|was|is)\s+(?:also\s+)?among\s+(?:the|those)\b",
                    re.IGNORECASE)
"""A number whose clause then joins it to the group ('five sub-inspectors ... were among the
dead')."""


def among(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """Why a number its sentence puts among a group is not that group's number, or None."""
    lo, hi = sentence_at(text, mention.start)
    opened = _OPENS.match(text, lo, mention.start)
    if opened is None and _JOINS.match(text, mention.end, hi) is None:
        return None
    return "there it counts some among a group, not the whole"
