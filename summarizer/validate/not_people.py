"""Not people: a number of an exchange that counts days, sides or the planes that flew.

An exchange's report counts more than the people freed: how long they were held or the
truce was extended ('after 15 long months', 'extended by two more days', 'three or four
weeks of talks'), who made the deal ('the two sides', 'two nations'), what carried
the freed ('two ICRC planes took off', '5 of its planes', 'received 1,132 aid trucks'), the
weapons of a strike told beside the swap ('Russia said it shot down 12 missiles'); 'one of
such days' is a day.
A place is 'home to 2.3 million people', a court ('an Azerbaijani court') is no one freed.
Each stands beside the release words a stage, a running total or a deal is written with,
so only its noun tells that it counts no people. counting.counts_nothing reads a span
written right after the number ('15 months', 'a two-day truce'); this reads the noun a
few describing words on, where no place or time word stands between ('freed 12 over two
days' counts people: 'over' ends the number's words). scope.things reads places and
buildings, for every kind of fact; these nouns are only no people. Leaders are people: 'the
two leaders' made a deal, but '5 tribal leaders' may be what a release freed.
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention
from summarizer.validate.counting import TIME_UNIT
from summarizer.validate.lexicon import ANY_WEAPON, NOT_DESCRIBING, PEOPLE_AFTER, QUALIFIED, either

_NOUN = (rf"(?:(?:{TIME_UNIT}|night)s?"
         r"|sides?|parties|nations?|delegations?|courts?|tribunals?"
         r"|planes?|airplanes?|aircraft|flights?|airports?|jets?|helicopters?"
         r"|trucks?|lorries|ambulances?|convoys?"
         rf"|{ANY_WEAPON.pattern})")
_COUNTS = re.compile(
    r"(?:\s+or\s+[\w-]+|[\s-]and[\s-]a[\s-]half)?"  # 'three or four weeks', 'two-and-a-half hours'
    rf"(?:[\s-]+(?!{NOT_DESCRIBING})[A-Za-z]+(?:-[A-Za-z]+)*){{0,2}}?"  # 'two more'
    rf"[\s-]+{_NOUN}\b", re.IGNORECASE)
_OF_ITS = re.compile(rf"\s+of\s+(?:its|their|the|such|these|those)\s+(?:[A-Za-z]+\s+)?{_NOUN}\b",
                     re.IGNORECASE)
"""'5 of its planes took off': a number of the planes, not of the people aboard."""
_HOME_TO = re.compile(rf"\b(?:home to|population of|inhabited by)\s+{QUALIFIED}$", re.IGNORECASE)
"""'The territory is home to 2.3 million people': who live in a place, not who were freed."""
_PEOPLE_NEXT = either(PEOPLE_AFTER, re.compile(
    r"[\s-]+(?:forces|troops|soldiers|fighters|officials|officers|crews?|pilots|drivers|"
    r"attendants|operators|prisoners|detainees|captives|hostages|servicem[ae]n)\b", re.IGNORECASE))
"""People named after the noun, which says which ones ('two flight attendants', '40 truck
drivers', or a building's people as lexicon.PEOPLE_AFTER: '30 airport staff'): the number
counts them."""


def no_people(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A number whose noun, a few words on, is a span of time, a side, a court or a
    carrier, or that a place is 'home to' (its people, not the freed)."""
    if _HOME_TO.search(text, clause[0], mention.start):
        return f'there it counts who live there ("home to {mention.text}")'
    found = _COUNTS.match(text, mention.end, clause[1]) or _OF_ITS.match(
        text, mention.end, clause[1])
    if found is None or _PEOPLE_NEXT.match(text, found.end()):
        return None
    return f'there it counts no people ("{mention.text}{found.group(0)}")'
