"""The words that tell people set free, shared by every reader of a release.

Outlets vary the verb ("released", "freed", "set free", "handed over", "returned",
"repatriated"): each reader that asks whether a clause tells people freed, by whom,
or since when, must hear the same verbs, or a release told with one of them is
read as a plan, as nobody's, or not at all.
"""

from __future__ import annotations

import re

from summarizer.text.released import NOT_A_THING

_ONE_SIDE = rf"released{NOT_A_THING}|freed|set\s+free|handed\s+(?:over|back)|returned"
SET_FREE = rf"(?:{_ONE_SIDE})"
"""What one side does to the people it held, in the past: "freed by Hamas" names who freed
them."""
FREED = rf"(?:{_ONE_SIDE}|swapped|exchanged|repatriated)"
"""Any past release verb, a swap's (done by both sides) and a homecoming's ("repatriated by
Ukraine" names who brought them home) included."""
FREED_AFTER = re.compile(rf"(?i)(?:\s+(?:were|was|have|has|had)(?:\s+been)?)?\s+(?:{FREED}"
                         r"|(?:came|come)\s+(?:home|back))\b")
"""A group's verb right after it: "390 soldiers returned", "84 prisoners were released",
"200 soldiers came home"."""
