"""Attacks an article tells as context: another day's strike, told after the opening.

A report's news is what its opening tells. Further down, outlets recall what came around it:
"In another strike on Saturday, two were killed in ...", "The army said a drone killed four
soldiers at a base on Sunday", "On Wednesday, the rebels claimed a missile attack on ...".
Each names an attacker, a day and often a toll, so the reader anchors an attack of its own
(`attack_anchors`); but the article reports none of them as news, and each would bring its
toll, weapons and places with it as facts of the case. An attack is context when it is not
the news, is told after the opening paragraphs (`attacks.LEAD`), is dated to a day before
the news's, and the lead does not name it: a lead that names it ("struck the port in
response to a drone attack on Tel Aviv") makes it part of the news, told later in full. An
attack of a later day is a development of the news ("on Wednesday, Moscow said it downed 12
missiles", in Wednesday's report of Tuesday's strike), not its background.
"""

from __future__ import annotations

import datetime as dt
import re

from summarizer.backends.rules.attack_days import Draft
from summarizer.backends.rules.attackers import STRIKE_NOUN
from summarizer.backends.rules.unnamed import other_side
from summarizer.text.gazetteer import Found
from summarizer.text.time import resolve

_ON_TARGET = re.compile(rf"(?i)\b{STRIKE_NOUN}\s+(?:on|against|at|in)\s+"
                        r"(?:[\w'\u2019-]+\s+){0,4}?$")
"""A strike told up to the place it hit: "a drone strike on ", "attacks against the city of "."""
_BY_ATTACKER = re.compile(rf"(?i)\b{STRIKE_NOUN}\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:by|from)\s+"
                          r"(?:the\s+)?$")
"""A strike told up to who made it: "a rocket attack by "."""
_ATTACKER_S = re.compile(rf"(?i)(?:['\u2019]s?)?(?:\s+[\w-]+){{0,2}}?\s+{STRIKE_NOUN}\b")
"""Who made a strike, told before it: "Houthi drone attack", "Hezbollah's rocket barrage"."""
_REACH = 80


def told_as_context(text: str, places: Found, news: Draft, draft: Draft,
                    opening: frozenset[int], lead: tuple[int, int],
                    published: dt.date | None) -> bool:
    """Whether `draft`, an attack besides the `news`, is only context: told after the
    `opening` paragraphs, on a day before the news's, and not named by the lead (text[lead[0]:
    lead[1]], the article's first paragraph). An undated news or draft is never set apart
    so: the merge dates them from other outlets. The news's day is the one its words give
    it, not the day it was reported on, which may be after an attack the article tells
    further down as its own."""
    if draft is news or draft.paragraph in opening:
        return False
    ours, theirs = _day(draft.time or draft.reported, published), _day(news.time, published)
    if ours is None or theirs is None or ours >= theirs:
        return False
    return not _lead_names(text, places, news, draft, lead)


def _lead_names(text: str, places: Found, news: Draft, draft: Draft,
                lead: tuple[int, int]) -> bool:
    """Whether the lead names the draft's attack: a strike on its target ("a drone attack on
    Tel Aviv"), or, when the news is the other side's, a strike by its attacker ("a Houthi
    drone attack", "an attack by Hezbollah"). The news's own side named in the lead names
    the news, not the draft."""
    by_other = other_side(news.attacker, draft.attacker)
    for mention in places.between(*lead):
        before = text[max(lead[0], mention.start - _REACH):mention.start]
        if mention.entry.name in draft.targets and _ON_TARGET.search(before):
            return True
        if by_other and mention.entry.name == draft.attacker and (
                _BY_ATTACKER.search(before)
                or _ATTACKER_S.match(text, mention.end, min(lead[1], mention.end + _REACH))):
            return True
    return False


def _day(when: str | None, published: dt.date | None) -> dt.date | None:
    return resolve(when, published) if when else None
