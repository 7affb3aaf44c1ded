"""Singular: one person told without a number.

News writes a count of one as a person, not as a figure: 'a man was killed', 'a
46-year-old woman was killed', 'two were killed and another wounded', 'an unnamed
Russian citizen will be freed', and for a release of one person the person's name
('the ELN released Luis Manuel Diaz', 'the exchange of Russian citizen Viktor Bout').
The number readers see no 1 there, so grounding called a correct 1 invented and asked
for a fragment that cannot exist. These readings give the checks that 1, at the words
that tell it, so support still weighs it against its clause ('a woman was injured' is no
number killed). A name counts only where the evidence writes no number at all: beside
'13 hostages, among them Emily Hand', a 1 is not stated.
"""

from __future__ import annotations

import re

from summarizer.text.memo import short_texts
from summarizer.text.numbers import Mention, mentions
from summarizer.validate.counting import counts_nothing

_PERSON = (r"(?:man|woman|boy|girl|child|baby|person|civilian|soldier|officer|policeman|"
           r"resident|citizen|national|journalist|reporter|pilot|worker|teenager|fighter|"
           r"hostage|prisoner|detainee|captive|serviceman|member)")
_TOLD = (r"(?:(?:was|has\s+been|had\s+been|will\s+be|is)\s+)?(?:[a-z]+\s+)?"
         r"(?:killed|wounded|injured|hurt|died|freed|released)\b")
_ONE = re.compile(rf"(?i)\b(?:an?|another)\s+(?:[\w'\u2019-]+\s+){{0,3}}?{_PERSON}\s+{_TOLD}"
                  rf"|\banother\s+{_TOLD}")
"""'a man was reported killed', 'a 46-year-old woman was killed', 'an unnamed Russian
citizen will be freed', 'and another wounded': the person with what befell them, not a
person named for who they are ('in exchange for Khan Muhammad, a former detainee')."""
_NAME = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}"
_NAMED = re.compile(
    rf"\b(?:released|freed|exchanged|swapped|returned|handed over)\s+(?P<freed>{_NAME})"
    rf"|\b(?:citizen|national|star|journalist|reporter|pilot|businessman|activist|worker|"
    rf"teacher|priest|student|dissident|player|officer|marine|veteran|father|mother)\s+"
    rf"(?P<titled>{_NAME})")
"""One person by name: after a verb of release, or after what the person is."""


@short_texts
def counted(text: str) -> tuple[Mention, ...]:
    """Every number of `text` (`mentions`) with each person told as one."""
    found = mentions(text)
    ones = [Mention(1, m.start(), m.end(), m.group(0)) for m in _ONE.finditer(text)]
    if not any(m.value is not None and not counts_nothing(text, m) for m in found):
        ones += [Mention(1, m.start(g), m.end(g), m.group(g)) for m in _NAMED.finditer(text)
                 for g in ("freed", "titled") if m.group(g)]
    taken = {m.start for m in found}
    return tuple(sorted([*found, *(m for m in ones if m.start not in taken)],
                        key=lambda m: m.start))


def tells(text: str, value: int) -> bool:
    """Whether `text` states `value`, a person told as one included."""
    return any(m.value == value for m in counted(text))
