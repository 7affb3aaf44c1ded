"""Shares: is a deal's number the share of the side the fact gives it to?

A deal's share for one side ('the Houthis will release 400') is written in the same
sentence as the other side's ('while the coalition will free 681 Houthi fighters'), as
what the side gets back ('agreed to free 36 prisoners in exchange for one ally'), and
beside the deal's whole figure ('the warring sides agreed to swap 1,081'); all of them
carry the deal's words, so the words alone cannot tell them apart. Who releases tells:

- a number another side releases (its releaser, the subject before the verb, names
  another side of the deal and not this one) is that side's share;
- a number after 'in exchange for' is what the releaser gets back: the other side's share;
- a number both sides release together ('the sides agreed to swap 15,000', 'Israel and
  Hamas agreed to exchange 200', the side named with another known one) is the whole
  deal's, unless the clause says 'each' or writes the other side's number beside it ('50
  hostages for 150 prisoners');
- a number of the side's own people ('681 Houthi fighters') is what it gets back
  (scope.own_people), and one part of the share ('36 prisoners, including 10 Americans')
  is not the share (scope.part).

The subject is read as every release's is (releasers.py).
"""

from __future__ import annotations

from summarizer.models import Agreement
from summarizer.text.entities import party_key
from summarizer.text.numbers import Mention
from summarizer.validate import lexicon as lx
from summarizer.validate.releasers import subject
from summarizer.validate.scope import (
    Check,
    one_share,
    own_people,
    part,
)
from summarizer.validate.sides import known_sides, names_any, rivals, spellings

_EACH = lx.either(lx.EACH, lx.words("respectively$"))
"""A sentence that gives each side its own number: an even swap's, or one number a side in
order ('freed 50 and 30 respectively')."""


def shares(side: str, deal: Agreement | None, every: list[str]) -> tuple[Check, ...]:
    """The checks of a number given as `side`'s share of `deal` (module docstring); `every`,
    the exchange's parties (support reads them once per article), with the deal's own."""
    if deal:
        every = [*every, *(party_key(p.party) for p in deal.by_party)]
    own = spellings(side)
    others = list(rivals(side, every).values())

    def releaser(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        """Who releases the number, told by the subject of the release verb before it (the
        words since the verb before that one, in its sentence)."""
        said = subject(text, mention)
        if said is None:
            return None
        returned, words = said.returned, said.words
        mine, theirs = said.names(own, others)
        both = (mine and theirs) or bool(lx.SIDES.search(words)) or (mine and _two(words))
        if returned:
            return (f"there it is what {side} gets back, the other side's share"
                    if mine and not theirs else None)
        if theirs and not mine:
            return "there another side releases them, not " + side
        if both and not _EACH.search(text, *lx.sentence_at(text, mention.start)) \
                and one_share(text, clause, mention) is None:
            return "there both sides release them: it is the whole deal's figure"
        return None
    return releaser, _people_of(side), part(lx.DEAL)


def _two(subject: str) -> bool:
    """Whether a subject names two known sides joined by 'and' ('Saudi Arabia and Yemen's
    Houthi rebels agreed'), not a mediator reporting ('Qatar and Egypt said Hamas will')."""
    if lx.SAID.search(subject) or " and " not in subject:
        return False
    return all(any(names_any(half, {f for f in forms if len(f) > 3})
                   for forms in known_sides(half)) for half in subject.rsplit(" and ", 1))


def _people_of(side: str) -> Check:
    """`scope.own_people` on the number's words up to the next comma: after it come other
    words than its people ('in return for 90 prisoners, Israel said')."""
    own = own_people(side)

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        comma = text.find(",", mention.end, clause[1])
        return own(text, (clause[0], clause[1] if comma < 0 else comma), mention)
    return check
