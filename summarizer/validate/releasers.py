"""Releasers: which side frees the people a number counts, read from its sentence.

A report of an exchange tells both sides' releases side by side, with the same verbs and
nouns: 'Hamas freed three hostages and Israel released 183 prisoners', 'Kyiv handed over
90 soldiers and Moscow returned 120'. Each number has the release words and the right
kind of people, so the words alone cannot tell whose release it is; the subject of its
release verb does. One reading serves every fact that asks (`subject`): a deal's share
(shares.py), a stage's release and a running total (`freed_by`):

- a number after a release verb whose subject names another side of the exchange, and
  not the fact's releaser, is the other side's release;
- a number after 'in exchange for' or 'receives' is what the subject gets back, so it is
  the other side's release ('Israel freed 39 prisoners in exchange for 13 hostages');
- a subject naming both sides ('Hamas and Israel swapped 50 for 150', 'the two sides
  exchanged 230') says nothing of one side's release.

The subject is read after the last comma before the verb ('Under a deal brokered by Qatar
and Egypt, Hamas will free 50': Hamas frees them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from summarizer.text.entities import name_key
from summarizer.text.numbers import Mention
from summarizer.validate import lexicon as lx
from summarizer.validate.counting import counts
from summarizer.validate.scope import Check
from summarizer.validate.sides import PEOPLE_OF, names_any, people_forms, rivals, spellings

_RELEASES = lx.words("releas", "free", "hand", "return", "swap", "exchang", "trade",
                     "repatriat", "transfer")
"""The verbs whose subject is the side that releases the number after them, in a deal's
terms ('Kyiv will return 120'). A release told as made is told as often by who got the
people back ('Ukraine has returned 215 defenders from captivity', 'repatriated the bodies
of 501'), so a stage's or a running total's releaser is read only from `_FREES`."""
_FREES = lx.words("releas", "free", "handed", "hands$", "hand$", "handing", "set free")
"""The verbs that only the side that held the people is the subject of."""
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were|get|gets|got)\s+"
                      r"(?:\w+ly\s+|also\s+|now\s+|all\s+)?$", re.IGNORECASE)
"""Before a passive verb ('hostages have been released'): its subject is who was freed."""
_IN_RETURN = re.compile(r"\b(?:in exchange for|in return for|in a swap for|for|receiv\w*|"
                        r"get(?:s|ting)? back|take(?:s)? back)\s+"
                        r"(?:[\w'\u2019-]+\s+){0,2}$", re.IGNORECASE)
"""Before a number the releaser gets back ('free 36 in exchange for one ally', 'free 400
and receive 681')."""
_JOINED = re.compile(r"(?:[\s-]+[\w'\u2019-]+){1,4}?(?:,\s+|\s+and\s+)", re.IGNORECASE)
"""Another count's words, then 'and' or a comma, right before the number: the next object
of one verb ('released 51 Israeli hostages and 19')."""


_NOUN_OF = re.compile(r"\s+of\b", re.IGNORECASE)
"""After a release word told as a noun ('confirmed the release of 287 schoolchildren'): the
words before it are who reports or welcomes the release, not its subject
(agents.py reads who made it, after the number)."""


@dataclass(frozen=True)
class Subject:
    """The words before a number's release verb, and whether the number is what they
    get back rather than what they free."""

    words: str
    returned: bool

    def names(self, own: Iterable[str], others: Iterable[Iterable[str]]) -> tuple[bool, bool]:
        """Whether the subject names the fact's side (`own` forms), and any of `others`:
        each reader of a release's side weighs the two alike."""
        return names_any(self.words, own), any(names_any(self.words, o) for o in others)


def subject(text: str, mention: Mention, *, made: bool = False) -> Subject | None:
    """The subject of the release verb before `mention` in its sentence (the words since
    the verb before that one), or None where no release verb governs it: none before it,
    or the verb's number is another ('released 81 out of the 150'). `made`: a release told
    as made, read from `_FREES` alone and never from a passive verb."""
    lo = lx.sentence_at(text, mention.start)[0]
    before = text[lo:mention.start]
    returned = _IN_RETURN.search(before)
    verbs = [v for v in (_FREES if made else _RELEASES).finditer(
        before[:returned.start()] if returned else before) if not _NOUN_OF.match(before, v.end())]
    if not verbs or (made and _PASSIVE.search(before, 0, verbs[-1].start())):
        return None
    listed = counts(before[verbs[-1].end():])
    if returned is None and listed and not _listed(text, before[verbs[-1].end():], listed[-1],
                                                   mention):
        return None
    start = verbs[-2].end() if len(verbs) > 1 else 0
    return Subject(before[start:verbs[-1].start()].rsplit(",", 1)[-1], returned is not None)


def _listed(text: str, between: str, last: Mention, mention: Mention) -> bool:
    """Whether `mention` is the next object of its verb after the `last` count `between`
    them ('Hamas has released 51 Israelis and 19 foreigners'): joined to it by 'and' or a
    comma, with no verb of its own after it ('... and 90 prisoners were freed by Israel'
    has one)."""
    end = lx.sentence_at(text, mention.start)[1]
    after = re.split(r"[,;]", text[mention.end:end], maxsplit=1)[0]
    return _JOINED.fullmatch(between, last.end) is not None \
        and not lx.VERB.search(between, last.end) and not lx.VERB.search(after)


def freed_by(side: str, every: list[str], *, gets: bool = False) -> Check:
    """A number whose release verb's subject says it is not freed by `side` (module
    docstring). `gets`: `side` is who got the people back (a running total returned to
    it), so the number is wrong where `side` frees it, and right where another does."""
    own = people_forms(side) if gets else spellings(side)
    others = list(rivals(side, every, people_forms if gets else spellings).values())

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        said = subject(text, mention, made=True)
        if said is None or lx.SIDES.search(said.words):
            return None
        mine, theirs = said.names(own, others)
        if mine == theirs:
            return None
        if gets:
            frees_it = mine != said.returned
            return None if not frees_it else f"there {side} frees them, not gets them back"
        if mine and said.returned:
            return f"there it is what {side} gets back, the other side's release"
        if theirs and not said.returned:
            return f"there another side frees them, not {side}"
        return None
    return check


def side_of(name: str, every: list[str]) -> str:
    """`name` as the side it is the people of ('Palestinians' is Hamas's side), among the
    exchange's parties or the sides known by their people (sides.PEOPLE_OF), or itself: a
    running total is often returned to a people, and its article may tell no stage."""
    key = name_key(name)
    return next((p for p in (*every, *PEOPLE_OF) if name_key(p) != key
                 and key in people_forms(p)), name)
