"""Counts that are no attack's toll: tallies over many strikes or days, and casualties of
strikes in general.

A report gives, beside its attack's toll, counts of the wave the attack belongs to ("the toll
from this week's wave of strikes"), of a truce's breaches, of the past day's shelling in a
region, and mentions of people killed "in Israeli airstrikes", the war's. Each is larger or
vaguer than the attack's own and would outrank it or stand for it. `tolls` reads what a
sentence states; this module says which of its counts tally something wider.
"""

from __future__ import annotations

import re

from summarizer.backends.rules.text import Unit, sentence_end, sentence_start
from summarizer.text.time import TIME

_MANY_STRIKES = (r"(?:wave|series|spate|string)\s+of\s+(?:[\w-]+\s+){0,2}?"
                 r"(?:attacks|(?:air\s*)?strikes|(?:air\s+)?raids|bombings)\b")
_TALLY = re.compile(
    rf"(?i)\b(?:(?:tolls?|tally|total)\s+(?:from|of|in)\s+(?:[\w'\u2019-]+\s+){{0,3}}?{_MANY_STRIKES}"
    rf"|(?P<killed_in>(?:killed|dead|died|injured|wounded)\s+in\s+(?:a|the)\s+{_MANY_STRIKES})"
    r"|violations\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:ceasefire|truce)"
    r"|(?:over|in|during|within)\s+the\s+(?:(?:past|last)\s+(?:day|week|month)\b"
    r"|(?:previous|preceding)\s+(?:[\w-]+\s+)?(?:days?|weeks?|months?|hours)))")
"""A count over many strikes, not one: "the toll from this latest wave of attacks", "100
killed in a series of air raids", "1,250 violations of the ceasefire, including 100
fatalities", or a ministry's or governor's count over the past day or week ("killed up to
900 Ukrainian troops over the past day", "in the past day, shelling killed four in the
region"). It is larger than the attack's own and would outrank it. The plural stretches
("over the past 24 hours", "in the last three days") are history for every figure
(`background.BACKGROUND`); a single day or week is only a toll's tally, as the air force's
count of drones "over the past day" is often the night's attack."""


def tallied(text: str, unit: Unit, position: int, bounds: tuple[int, int]) -> bool:
    """Whether the count at `position` (its clause within `bounds`) is a tally over many
    strikes: the sentence names the tally before it, or its clause does. The sentence starts
    before the unit where a quotation inside it cut the unit short. Not the dead "killed in
    a wave of strikes" of a sentence that dates the wave to one time and spans no days
    ("20 were killed in a wave of Russian strikes on Sunday"): that wave is one night's
    barrage, the attack itself."""
    sentence = sentence_start(text, unit, unit.start)
    one_time = TIME.search(text, sentence, sentence_end(text, position)) is not None and (
        _SPAN.search(text, sentence, sentence_end(text, position)) is None)
    return any((m.start() < position or bounds[0] <= m.start() < bounds[1])
               and not (one_time and m.group("killed_in"))
               for m in _TALLY.finditer(text, sentence, bounds[1]))


_SPAN = re.compile(r"(?i)\b(?:since|latest|recent(?:ly)?|so\s+far|days|weeks|months|years"
                   r"|(?:this|last|past|previous)\s+(?:week|month|year|weekend))\b")
"""Words that stretch a wave of strikes over days ("since Thursday", "in recent days", "this
month", "the latest wave"): its toll is a tally, however the sentence dates it."""


_IN_STRIKES = re.compile(
    r"(?i)\b(?:killed|died|dead|injured|wounded|hurt)\s+(?:in|by)\s+(?!(?:the|this|that|these"
    r"|those|its|their|his|her|our|yesterday['\u2019]s|today['\u2019]s)\b)(?:[\w-]+\s+){0,2}?"
    r"(?:air\s*strikes|strikes|attacks|raids|bombings|bombardments)\b")
"""Casualties told of strikes in the plural, with no article that points to some
("were killed in Israeli airstrikes"): strikes in general."""


def in_general(unit: Unit) -> bool:
    """Whether the unit tells casualties of strikes in general (`_IN_STRIKES`) and dates
    them to no time ("Hamas said many captives were killed in Israeli airstrikes"): the
    war's, which a mention without a number cannot be told from."""
    return _IN_STRIKES.search(unit.text) is not None and TIME.search(unit.text) is None
