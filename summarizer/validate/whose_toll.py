"""Whose toll: a clause can give a number killed or injured with the right words and still
count another side's dead, another attack's victims or one place's share.

The shapes that its own clause tells, on real reports of one side striking another:

- the attacker's own people ('One Israeli officer was killed during the operation' is not
  the Israeli raid's toll; 'five attackers were shot dead' is not the attack's victims):
  its fighters, named as the attacker's, or the attack's own perpetrators;
- the toll of the attack this one answers or follows ('in response to Israeli strikes in
  Lebanon that killed 22'; 'a day after bombardments across Ukraine that killed 39'), told
  in a relative clause of that other attack, when the clause names another side as its
  agent or the attacker as the side it hit;
- the toll of an attack or weapon the clause names as another side's ('US air strikes on
  the port killed 74' for the Houthis' attack): the nearest one before the number;
- one place's toll ('in Kyiv alone, 23') for an attack on more places than that one.

The side checks are judged only against the fact's attacker: without one, or where the
other attack names no side, the figure is left alone (an article may report that attack as
its own fact).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.models import Attack
from summarizer.text.entities import name_key
from summarizer.text.numbers import Mention
from summarizer.validate.counting import counts
from summarizer.validate.lexicon import ANY_WEAPON, VERB, sentence_at
from summarizer.validate.scope import Check
from summarizer.validate.sides import (
    FIGHTERS,
    PERPETRATORS,
    known_sides,
    named_forms,
    named_sides,
    names_any,
    people_words,
)

_STOP = frozenset({"from", "in", "at", "by", "with", "for", "on", "to", "during", "who",
                   "whom", "which", "that", "have", "has", "had", "were", "was", "are", "is",
                   "and", "while", "after", "when"})
"""Where the words naming who a number counts end ('one Israeli officer was killed')."""

ANSWERED = re.compile(
    r"\b(?:in (?:response|retaliation|revenge|reprisal) (?:to|for)|(?:response|retaliation|"
    r"revenge|reprisal) (?:to|for)|to avenge|(?:a|one|two|three|several|\d+) (?:days?|hours?|"
    r"weeks?) (?:after|before)|(?:shortly|just|soon|hours|days) (?:after|before)|"
    r"retaliatory|reprisal)\b", re.IGNORECASE)
"""What names another attack than the one reported: the one it answers or follows, or the
one that answers it ('prompting retaliatory strikes that killed 200')."""
EVENT = re.compile(r"\b(?:(?:air)?strikes?|attacks?|raids?|shelling|bombings?|bombardments?|"
                   r"barrages?|assaults?|offensives?|operations?|incursions?|massacres?)\b",
                   re.IGNORECASE)
_STRUCK = re.compile(f"{EVENT.pattern}|{ANY_WEAPON.pattern}", re.IGNORECASE)
"""What killed them: an attack or a weapon, whose side is named before it."""
_TOLD = re.compile(r"\s*,?\s*\b(?:that|which|killing|leaving)\b", re.IGNORECASE)
"""Where the answered attack's own relative clause, which gives its toll, opens."""
_AGENT_WORDS = 3
"""At most this many words between 'in response to' and the attack's noun name its agent
('Israeli strikes', 'the Russian army's attack')."""


_CUT = re.compile(r"[:;]|\s[\u2013\u2014-]\s")
"""Where the words a number counts end at the latest: a colon, semicolon or dash opens
what the sentence says next ('Two killed and five wounded: Russian troops attacked
Kharkiv' counts no Russian troops)."""
_THEIR = re.compile(r"\b(?:its|their|our)\b", re.IGNORECASE)
"""Whose fighters a toll counts, where the side is named before the number ('Pakistan's
military said 23 of its soldiers were killed')."""


def own_losses(attacker: str, targets: Iterable[str] = ()) -> Check:
    """A toll that counts the attacker's fighters (named with them, or 'its soldiers' where
    the attacker is the only side named before the number) or the attack's perpetrators;
    not its fighters where the attacker is also a target (fighting within one country: 'One
    Sudanese soldier was killed' in Sudan's army's shelling of a Sudanese town)."""
    forms = named_forms(attacker)
    within = any(named_forms(target) & forms for target in targets)

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        end = sentence_at(text, mention.start)[1]
        cut = _CUT.search(text, mention.end, end)
        people = people_words(text, mention.end, cut.start() if cut else end, most=6,
                              stop=_STOP)
        if PERPETRATORS.search(people):
            return "there it counts the attackers, not the attack's victims"
        if within or not FIGHTERS.search(people):
            return None
        if names_any(people, forms) and all(s & forms for s in known_sides(people)):
            return f"there it counts {attacker}'s own fighters, not the attack's victims"
        if _THEIR.search(people):
            before = named_sides(text[sentence_at(text, mention.start)[0]:mention.start])
            if before and all(s & forms for s in before):
                return f"there it counts {attacker}'s own fighters, not the attack's victims"
        return None
    return check


def answered(attacker: str) -> Check:
    """A toll told of the attack this one answers or follows, whose agent is another side
    or whose target is the attacker."""
    forms = named_forms(attacker)

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        lo = sentence_at(text, mention.start)[0]
        for marker in ANSWERED.finditer(text, lo, mention.start):
            event = EVENT.search(text, marker.end(), mention.start)
            told = event and _TOLD.search(text, event.end(), mention.start)
            if not event or not told or "," in text[told.end():mention.start] \
                    or VERB.search(text, marker.end(), told.start()) \
                    or "," in text[marker.end():told.start()]:
                continue
            agents = named_sides(_agent(text, marker.end(), event.start()))
            by = re.match(r"\s+by\s+([\w'\u2019 -]+)", text[event.end():told.start()])
            agents += named_sides(by.group(1)) if by else []
            other = bool(agents) and not any(a & forms for a in agents)
            hit = not agents and any(
                s & forms for s in named_sides(text[event.end():mention.start]))
            if other or hit:
                return ("there it is the toll of another attack, the one this answers or "
                        f'follows ("{text[marker.start():event.end()]}")')
        return None
    return check


def _agent(text: str, start: int, end: int) -> str:
    """The words that may name who made an attack, before its noun at `end` ('Israeli
    strikes', 'the Russian army's attack'): both readings of another side's attack weigh
    the same few."""
    return " ".join(text[start:end].split()[-_AGENT_WORDS:])


def anothers_attack(attacker: str) -> Check:
    """A toll whose nearest attack or weapon before it is named as another side's ('US air
    strikes on the port killed 74' is not the Houthis' attack's toll), unless the attacker
    is named after a comma between them ('after Hezbollah's rocket attack, Israel struck
    Beirut, killing 4': the sentence has gone on to the attacker's own strike)."""
    forms = named_forms(attacker)

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        lo = sentence_at(text, mention.start)[0]
        nouns = list(_STRUCK.finditer(text, lo, mention.start))
        if not nouns:
            return None
        noun = nouns[-1]
        head = _agent(text, max(lo, noun.start() - 60), noun.start())
        agents = named_sides(head)
        if not agents or any(a & forms for a in agents):
            return None
        comma = text.find(",", noun.end(), mention.start)
        if comma >= 0 and any(s & forms for s in named_sides(text[comma:mention.start])):
            return None
        return f'there it is the toll of another side\'s attack ("{head} {noun.group(0)}")'
    return check


PLACE_ALONE = re.compile(r"\b(?i:in|at|on|across)\s+(?:the\s+)?(?P<place>[A-Z][\w'\u2019-]*"
                         r"(?:\s+[A-Z][\w'\u2019-]*){0,3})\s+alone\b")
"""'In Kyiv alone, 23 were killed': one place's share of a toll that is larger."""


def one_place(attack: Attack) -> Check:
    """A toll the clause gives as one place's alone, for an attack on more than it."""
    places = [*attack.targets, *attack.regions]

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        found = PLACE_ALONE.search(text, *sentence_at(text, mention.start))
        if found is None or all(name_key(p) in name_key(found.group("place")) for p in places):
            return None
        lo, hi = sorted((found.start(), mention.start))
        if any(m.start > lo and m.end < hi for m in counts(text[:hi + 1])):
            return None  # another number stands nearer it ('31 killed, 23 in Kyiv alone')
        return f'there it is one place\'s toll ("{found.group(0)}"), not the whole attack\'s'
    return check


def whose_checks(attack: Attack) -> tuple[Check, ...]:
    """The checks of whose dead a clause's toll counts, for `attack`: one place's alone;
    with a known attacker, its own fighters', or another attack's."""
    checks: tuple[Check, ...] = (one_place(attack),)
    if attack.attacker:
        checks += (own_losses(attack.attacker, attack.targets), answered(attack.attacker),
                   anothers_attack(attack.attacker))
    return checks
