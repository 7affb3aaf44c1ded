"""Named apart: a number beside another that names the people this release freed.

A report of a swap tells both releases in one sentence, and often names whose people
only one of the two numbers counts: '11 more hostages were freed, along with the release
of another 33 Palestinian prisoners'; 'the release of 480 Houthi prisoners in exchange for
250 from the government'. The release by Israel (or the government) freed the people
the other side gets back, and the sentence counts those apart: 33 Palestinians, 480
Houthis. A number beside it that names no side's people is the other release, not this
one. Only a number joined to it as another release is ('and', 'along with', 'while',
'in exchange for'): one told after a colon, a dash or 'including' is a part of it ('Hamas
freed 24 hostages: 13 Israelis and 10 Thais').
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention
from summarizer.validate.lexicon import counts, sentence_at
from summarizer.validate.scope import Check, counted_people
from summarizer.validate.sides import known_sides, names_any, people_forms

_JOINED = re.compile(r"\b(?:and|along with|while|whereas|in exchange for|in return for|for)\b",
                     re.IGNORECASE)
_PART = re.compile(r"[:\u2013\u2014]|\b(?:including|among|of them|of whom)\b", re.IGNORECASE)


def named_apart(receiver: str | None) -> Check:
    """A release whose number names no side's people, beside a different number of the
    sentence that names `receiver`'s people, joined to it as another release."""
    forms = people_forms(receiver) if receiver else frozenset()

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        if not forms or known_sides(counted_people(text, mention, clause)):
            return None
        lo, hi = sentence_at(text, mention.start)
        for other in counts(text[lo:hi]):
            start, end = other.start + lo, other.end + lo
            if other.value == mention.value:
                continue
            between = text[min(end, mention.end):max(start, mention.start)]
            people = counted_people(text, Mention(other.value, start, end, other.text), (lo, hi))
            if _JOINED.search(between) and not _PART.search(between) \
                    and names_any(people, forms) \
                    and all(f & forms for f in known_sides(people)):
                return f'there "{text[start:end]} {people}" are the people {receiver} got ' \
                       f"back: {mention.text} is another release"
        return None
    return check
