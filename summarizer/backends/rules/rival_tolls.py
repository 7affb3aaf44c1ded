"""Another authority's toll of an attack whose toll the article has already given.

Outlets often print two sides' counts of one attack ("the government said 46 died";
"meanwhile, the militants claimed that 50 died"). `toll_choice.outranks` keeps the first as
the attack's toll; the second is not an update of it, nor a count of something else, but a
rival figure, and dropping it hid a disagreement the article reports. The attack is told
once more with the rival toll and the same evidence, which the merge reads as one attack
told with two authorities' figures (`attack_fit._told_twice`) and reports as a conflict.

Only a figure its sentence sets against the first is a rival: a claim ("claimed", "insisted",
"countered"), or a report verb turned by a contrast ("however", "but", "meanwhile",
"while", "whereas", "for its part") before the number. A bare later count ("villagers said 37
died") stays unread, as before: it may count something else.
"""

from __future__ import annotations

import re

from summarizer.backends.rules.saying import REPORT_VERB
from summarizer.backends.rules.text import Unit, sentence_start
from summarizer.backends.rules.toll_choice import from_headline
from summarizer.backends.rules.tolls import Toll
from summarizer.models import Casualties

_CLAIM = re.compile(r"(?i)\b(?:claim(?:s|ed|ing)?|insist(?:s|ed)?|counter(?:s|ed)|maintain(?:s|ed)"
                    r"|disput(?:es|ed))\b(?!\s+(?:responsibility|credit)\b)")
"""A verb that sets a figure against another's ("the rebels claimed that 30 died"); claiming
responsibility is no count's claim."""

_TURN = re.compile(r"(?i)(?:^|[\s,;(])(?:however|but|meanwhile|whereas|while|for\s+(?:its|their"
                   r"|his|her)\s+part|in\s+contrast|on\s+the\s+other\s+hand)\b")
"""A contrast that turns the sentence to another voice."""

_REPORT = re.compile(rf"(?i)\b(?:{REPORT_VERB}|say|puts?|according\s+to)\b")
"""A report verb (`saying.REPORT_VERB`, and what tells a count: 'they say', 'put the toll
at', 'according to'), a rival's only with a contrast before the figure."""


def rival(text: str, unit: Unit, toll: Toll, current: Casualties | None) -> bool:
    """Whether `toll`, which does not outrank `current` (`toll_choice.outranks`), is another
    authority's figure for the same dead or wounded: both are counts, they differ, the first
    is no headline's (a headline's count may be a part), and the words of `toll`'s sentence
    before its number set it against the first (`_CLAIM`, or `_TURN` with `_REPORT`)."""
    if (current is None or current.count is None or toll.count is None or current.count == 0
            or toll.count == 0 or toll.count == current.count or from_headline(text, current)):
        return False
    before = text[sentence_start(text, unit, toll.position):toll.position]
    return bool(_CLAIM.search(before) or (_TURN.search(before) and _REPORT.search(before)))

