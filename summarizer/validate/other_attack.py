"""Another attack's count: a toll or weapon count that the extraction gives another attack,
read from that attack's own sentence.

An article on strikes both ways, or on two strikes of one day, writes each attack's toll
and weapons in sentences alike ('In the Moscow suburbs, falling debris injured five';
'in the Odesa region, a drone wounded two'; 'sirens sounded across the north, but no
casualties were reported'), so a number taken from the other attack's sentence stands
beside the right words and passes every check of its clause. The extraction itself says
whose it is: when another of its attacks counts that number, of the same kind, from that
very sentence, and the sentence names that attack (an attacker, target or region this one
does not share) and none of this one's own, the number is the other attack's.

A sentence that names neither attack, or both, is left alone: an extraction may tell one
event twice, and the sentence does not say whose count it is. So is one that the
extraction also reads another fact of this attack from: it tells both.
"""

from __future__ import annotations

from collections.abc import Iterable

from summarizer.facts import Fact
from summarizer.models import Attack
from summarizer.text.numbers import Mention
from summarizer.validate._common import Context
from summarizer.validate.lexicon import sentence_at
from summarizer.validate.scope import Check
from summarizer.validate.sides import named_forms, names_any


def _kind(fact: Fact) -> tuple[str, str | None]:
    """What a count counts: a weapon's kind, or the toll's field."""
    key = fact.key
    return (key.kind, key.weapon) if key.kind == "weapon" else (key.kind, key.field)


def _names(attack: Attack) -> list[frozenset[str]]:
    """The forms of each name an attack is known by: its attacker, targets and regions."""
    names = [n for n in (attack.attacker, *attack.targets, *attack.regions) if n]
    return [named_forms(n) for n in names]


def _apart(names: Iterable[frozenset[str]], others: Iterable[frozenset[str]]) -> list[
        frozenset[str]]:
    """The names of `names` that share no form with any of `others`."""
    every = frozenset().union(*others)
    return [forms for forms in names if not forms & every]


def anothers_count(ctx: Context, fact: Fact, attack: Attack) -> Check:
    """A check that the fact's number is not another attack's count of its kind, from
    that attack's sentence naming it and not this one."""
    offset = fact.evidence.start if fact.evidence and fact.evidence.start else 0
    kind = _kind(fact)
    theirs = [(g.value, *span, g.item) for g in ctx.facts
              if isinstance(g.item, Attack) and g.item is not attack and g.figure
              and _kind(g) == kind and g.evidence is not None
              and (span := g.evidence.span) is not None]
    own = _names(attack)
    told = [span for g in ctx.facts if g.item is attack and g is not fact
            and g.evidence is not None and (span := g.evidence.span) is not None]

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        at = offset + mention.start
        if any(start <= at < end for start, end in told):
            return None
        for value, start, end, other in theirs:
            if value != mention.value or not start <= at < end:
                continue
            names = _names(other)
            lo, hi = sentence_at(text, mention.start)
            sentence = text[lo:hi]
            if any(names_any(sentence, f) for f in _apart(names, own)) \
                    and not any(names_any(sentence, f) for f in _apart(own, names)):
                return "there it is another attack's count, which the extraction gives it"
        return None
    return check
