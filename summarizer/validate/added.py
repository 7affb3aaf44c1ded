"""Added: a number told as more than a deal's figure is not that figure.

A deal is extended ('Hamas agreed to release 20 additional hostages over the next two
days', 'another 10 for each extra day of truce', 'ten more prisoners'): the number is what
the extension adds, with every word of the deal beside it, so it reads as the deal's own
figure. 'Additional', 'another', 'a further' before it, or 'more' after it, says it is an
addition; the deal's figure is the one it was added to.
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention

_BEFORE = re.compile(r"\b(?:another|(?:an\s+)?additional|(?:a\s+)?further|(?:an\s+)?extra)\s+$",
                     re.IGNORECASE)
_AFTER = re.compile(r"\s+(?:more|additional|extra|further)\b", re.IGNORECASE)
_NEAR = 24


def added(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """Why a deal's number is an addition to the deal, or None."""
    if _BEFORE.search(text, max(clause[0], mention.start - _NEAR), mention.start) is None \
            and _AFTER.match(text, mention.end, clause[1]) is None:
        return None
    return "there it is added to the deal, not the deal's own figure"
