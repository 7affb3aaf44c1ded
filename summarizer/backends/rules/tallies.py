"""Counts that are no attack's toll: tallies over many strikes or days, and casualties of
strikes in general.

A report gives, beside its attack's toll, counts of the wave the attack belongs to ("the toll
from this week's wave of strikes"), of a truce's breaches, of the past day's shelling in a
region, a week's recap of the drones and bombs launched, a rate ("up to 100 drones a night"),
and mentions of people killed "in Israeli airstrikes", the war's. Each is larger or vaguer than
the attack's own and would outrank it or stand for it (of weapons, the larger count stands).
`tolls` and the attack reader read what a sentence states; this module says which of its counts
tally something wider.
"""

from __future__ import annotations

import re

from summarizer.backends.rules.text import Unit, clause, sentence_end, sentence_start
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
               for m in _TALLY.finditer(text, sentence, bounds[1])) or over_a_period(
        text, unit, position, bounds)


_PERIOD = re.compile(
    r"(?i)\b(?:this\s+week|(?:throughout|during|over|in|within)\s+(?:the\s+course\s+of\s+)?"
    r"(?:the|this|a|one)\s+week|(?:over|in|during|within)\s+the\s+(?:past|last|previous"
    r"|preceding)\s+(?:week|month))\b")
"""A week or a month a count spans: "this week", "throughout the week", "in one week", "over the
course of this week", "over the past month"."""
_ONE_OF = re.compile(r"(?i)\b(?:second|third|fourth|fifth|another|latest|such|time|times"
                     r"|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,4}?$")
"""An attack counted among the period's ("the second attack this week", "for the third time in
a week"): the period counts attacks, not the weapons or the dead of this one."""
_ONE_EVENT = re.compile(r"(?i)\b(?:an?|the|its|their|this|that)\s+(?:[\w'\u2019-]+\s+){0,3}?"
                        r"(?:strike|attack|raid|bombing|blast|explosion|assault)\b"
                        r"(?:\s+[\w'\u2019-]+){0,6}?\s+$")
"""One event the period dates ("the toll from an air strike on the consulate this week rose to
16"): its count is that event's, no tally."""
_RATE = re.compile(r"(?i)[^,;.]{0,40}?(?<!\bin\s)(?<!\bon\s)(?<!\bfor\s)\b(?:a|per|each|every)"
                   r"\s+(?:night|day|week|month)\b(?!\s+(?:after|before|earlier|later|ago|of|and)\b)")
"""A rate after a count ("up to 100 drones per night", "an average of 150 drones every night",
"kills two civilians a day"); not a day that dates ("a day after"), nor "in a night"."""
_LEAD = 6
"""A sentence-opening clause this short ("This week alone,", "Over the past week,") gives its
period to the whole sentence."""


def over_a_period(text: str, unit: Unit, position: int, bounds: tuple[int, int]) -> bool:
    """Whether the count at `position` (its clause within `bounds`) tallies a week or a month
    (`_PERIOD`) or is a rate (`_RATE`): a president's weekly recap ("This week alone, Russia
    used more than 1,000 attack drones"), "has launched 1,500 drones this week", "fires up to
    100 drones a night". The period is the count's where its clause names it, or a short
    clause that opens the sentence; not an attack counted among the period's ("In the second
    attack this week, drones killed five"), nor one attack the period dates ("the toll from an
    air strike on the consulate this week"). A single day's count (the air force's "over the
    past day") is often the night's attack and stays."""
    if _RATE.match(text, position, bounds[1]):
        return True
    sentence = sentence_start(text, unit, unit.start)
    lead_end = clause(unit, sentence)[1] if sentence >= unit.start else unit.start
    for found in _PERIOD.finditer(text, sentence, bounds[1]):
        in_clause = bounds[0] <= found.start()
        in_lead = found.end() <= lead_end < position and len(
            text[sentence:lead_end].split()) <= _LEAD
        if (in_clause or in_lead) and not any(one.search(
                text, max(sentence, found.start() - 80), found.start())
                for one in (_ONE_OF, _ONE_EVENT)):
            return True
    return False


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
