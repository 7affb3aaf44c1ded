"""Parts of an attack's toll: a sentence that counts some of the people the attack hit.

Reports give the attack's toll, then the toll of a city, a hospital or a group: "Russian
missiles killed at least 29 people across Ukraine. Ten people were killed and 35 wounded
in Kyiv." The second sentence's dead are fewer than the attack's, so it tells a part,
and its wounded are that part's too, not the attack's; shown as the attack's injured,
35 would be a wrong figure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from summarizer.backends.rules.toll_choice import from_headline
from summarizer.backends.rules.tolls import ANY_CASUALTY, Toll
from summarizer.models import Casualties
from summarizer.text.numbers import NUMBER


def a_part(text: str, toll: Toll, told: list[Toll], known: Mapping[str, Casualties]) -> bool:
    """Whether `toll` is told beside a count of the other kind smaller than the attack's
    toll of that kind, `known` (not a headline's, which may itself count a part): that
    sentence counts a part of the attack, a city, a hospital, the children ("Ten people
    were killed and 35 wounded in Kyiv" after "killing at least 29 across Ukraine"), and
    its other count is the same part's, unless it names other people ("killed 35 children
    and injured 200 people")."""
    noun = _noun(text, toll.position)
    for other in told:
        current = known.get(other.kind)
        if (other.kind != toll.kind and other.count is not None and current is not None
                and current.count is not None and other.count < current.count
                and not from_headline(text, current)
                and noun in (None, _noun(text, other.position))):
            return True
    return False


_NOUN = re.compile(r"\s+(?!(?:others?|more|of|and|in|at|were|was|are|is|have|has|had|been|also)\b)"
                   r"(?P<noun>[a-z]+)\b")
"""The people a count names ("35 children", "200 people"); not "20 others", "35 wounded"."""


def _noun(text: str, position: int) -> str | None:
    """The noun the count at `position` names, if any that is no casualty word."""
    number = NUMBER.match(text, position)
    found = _NOUN.match(text, number.end()) if number else None
    if found is None or ANY_CASUALTY.fullmatch(found.group("noun")):
        return None
    return found.group("noun")
