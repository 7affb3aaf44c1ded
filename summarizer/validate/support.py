"""Support: does the evidence say what the fact claims?

Grounding checks that a fact's number is written in its evidence; that is not
enough, since the commonest mistake on real text is a number that *is* in the
article but belongs to another fact ('36 drones, 30 of which were shot down'
read as 30 drones; a date's day as a count). A figure is *supported* when one
clause of its evidence writes the number together with what the fact says it
counts, nearer to it than to a rival word ('killed 21 and injured 34': 34 is
not a number killed), and not under a threat, plan, condition or denial:

- a weapon count: the weapon's noun; a stated weapons total: a total or weapon word;
- killed or injured: a casualty word of that kind;
- a release: a release or return word, and the side (who freed or got them back)
  somewhere in the evidence; not a running total ('has released 180 since Friday');
- a breakdown item: its category; a running total: a total word; an agreement: a deal word
  (a deal is a plan, so no hedge is held against it).

Names count too, in any known spelling ('Russian' names Russia): the side of a
release and the place of a deal must be named in the evidence's paragraph or the
ones beside it (one fragment rarely holds every name of a fact); an attacker,
target, region or speaker, whose naming sentence is often far from the figures
or the quote, must be named in the article. A name written nowhere is unsupported, and so
is a target its evidence does not name where that evidence tells the strike at another
place (struck_place.py).

A clause can state the number with the right noun and still be about something beside
the fact (what one defender shot down, a toll since the war began, an earlier report,
one part of a list or of another count, the other side's people): scope.py says when,
and that figure is unsupported too. stated.py reads the clause.

An unsupported figure is a warning of its own kind, not an error: the figure may
be right and only unconfirmed. It is the model's doing (it chose the evidence or
the figure), so it is re-askable; evidence that is not in the article at all is
grounding's error and is not judged again here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.facts import Fact
from summarizer.models import (
    Attack,
    CumulativeTotal,
    Evidence,
    ExchangeStage,
    Finding,
    FindingCode,
    Release,
    Severity,
    Statement,
)
from summarizer.text.entities import EntityKind, name_key
from summarizer.text.memo import short_texts
from summarizer.text.name_forms import name_forms, unnamed
from summarizer.validate import lexicon as lx
from summarizer.validate import spelling
from summarizer.validate._common import Context, parties, receiver, stage_label
from summarizer.validate.added import added
from summarizer.validate.agents import by_another
from summarizer.validate.among import among
from summarizer.validate.attack_counts import HURT, WEAPONS_PART, toll, weapons
from summarizer.validate.bracketed import bracketed
from summarizer.validate.carried_out import carried_out
from summarizer.validate.freed_parts import freed_part
from summarizer.validate.holders import held_by_another
from summarizer.validate.impacts import some_impacts
from summarizer.validate.listed import one_part
from summarizer.validate.name_words import CATEGORY_FORMS, FOREIGN, GENERIC_NAME_WORDS, GROUPS
from summarizer.validate.not_people import no_people
from summarizer.validate.one_among import one_of
from summarizer.validate.one_impact import one_impact
from summarizer.validate.other_attack import anothers_count
from summarizer.validate.other_day import other_attack_day, other_day, other_month
from summarizer.validate.possessive import others_by_pronoun, own_by_pronoun
from summarizer.validate.releasers import freed_by, side_of
from summarizer.validate.scope import (
    Check,
    background,
    continued,
    intercepted,
    occasions,
    one_share,
    other_people,
    own_people,
    part,
    rate,
    replaced,
    things,
    uneven,
)
from summarizer.validate.shares import shares
from summarizer.validate.sides import fold, other_names
from summarizer.validate.singular import counted
from summarizer.validate.stated import Counts, lack
from summarizer.validate.struck_place import struck_elsewhere
from summarizer.validate.subsets import subset, whole
from summarizer.validate.tallies import remainder, tally
from summarizer.validate.whole_swap import whole_swap

_RELEASED_PART = part(lx.RELEASED)
_FUNCTION_WORDS = frozenset({"in", "of", "at", "on", "by", "from", "the", "and", "for", "with"})
"""No stems of a category: 'morgue in Russia' is read by 'morgue' and 'Russia', not by every
'in' of its sentence. ('to' is kept: a check gold item's category is read by it.)"""
_AGREED = lx.words("agreed$", "agreement", "deal$")
"""A running total's rival where it follows the number: '81 out of the 150 agreed' counts
what the deal promised, not what was returned."""


@short_texts
def _words(text: str) -> str:
    """Lower-case words, singular, without punctuation or a possessive: how names are
    compared (sides.fold, which keeps the possessive's 's' for the side checks)."""
    return fold(re.sub(r"['\u2019]s\b", "", text))


def _named(kind: EntityKind, name: str, folded: str) -> bool:
    """Whether a text, `folded` by `_words`, names `name` in any known spelling, or by its
    distinctive word ('Kharkiv' for 'Kharkiv region', 'Zelenskyy' for 'Volodymyr
    Zelensky'), spelled however it is transliterated ('Al-Noora' for 'al-Noura')."""
    if unnamed(name):
        return True
    plain = f" {folded} "
    forms = _forms(kind, name)
    if any(f" {form} " in plain for form in forms):
        return True
    for form in forms:
        for token in form.split():
            if token in GENERIC_NAME_WORDS or len(token) < 4:
                continue
            stem = token[:max(4, len(token) - 2)] if len(token) > 4 else token
            if f" {stem}" in plain:  # a word starts with it: `_words` spaces words singly
                return True
            if len(token) >= spelling.SHORTEST and spelling.sound(token) in spelling.sounds(
                    folded):
                return True
    return False


@lru_cache(maxsize=1 << 12)
def _forms(kind: EntityKind, name: str) -> frozenset[str]:
    """Every spelling of `name`, folded by `_words`: the same names recur in every article.
    A country's forms name its forces too ('Myanmar military' is 'the junta')."""
    return frozenset(_words(f) for f in (*name_forms(kind, name),
                                         *other_names(name_key(name)),
                                         *(d for token in _words(name).split()
                                           for d in other_names(token))))


class _Checker:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.findings: list[Finding] = []
        self.folded: dict[str, str] = {}
        self.found: dict[tuple[EntityKind, str, str], bool] = {}
        self.sides: dict[str, bool] = {}
        self.swaps: dict[tuple[str, int, frozenset[str]], bool] = {}

    def named(self, kind: EntityKind, name: str, text: str) -> bool:
        """`_named`, each text folded once per article: a name without evidence is looked
        for in the whole article, once per fact, and folding it each time was most of
        the check's time. Each name is looked for once per text: an article's attacks
        share their attacker and places, and each reads them in the whole article."""
        key = (kind, name, text)
        if key not in self.found:
            if text not in self.folded:
                self.folded[text] = _words(text)
            self.found[key] = _named(kind, name, self.folded[text])
        return self.found[key]

    def both_sides(self, text: str) -> bool:
        """Whether `text` names 'the two sides': the releases of a stage share their
        paragraphs, each looked for once."""
        if text not in self.sides:
            self.sides[text] = lx.SIDES.search(text) is not None
        return self.sides[text]

    def uneven(self, text: str, count: int, sides: frozenset[str]) -> bool:
        """`scope.uneven`, once per evidence: every release of a stage weighs the same
        evidence, count and sides."""
        key = (text, count, sides)
        if key not in self.swaps:
            self.swaps[key] = uneven(text, count, sides)
        return self.swaps[key]

    def figure(self, fact: Fact, about: str, need: Counts) -> None:
        text = self.ctx.located(fact.evidence)
        if not isinstance(fact.value, int) or isinstance(fact.value, bool) or text is None:
            return
        start = fact.evidence.start if fact.evidence and fact.evidence.start else 0
        why = lack(text, fact.value, need, self.ctx.article.text[max(0, start - lx.NEARBY):start])
        if why is not None:
            self.unsupported(fact, f"{about}: the evidence does not say that {fact.value} is "
                             f"{need.what}{why}.")

    def unsupported(self, fact: Fact, message: str) -> None:
        self._add(FindingCode.figure_unsupported, message, fact)

    def name(self, fact: Fact, about: str, kind: EntityKind, name: str, role: str,
             evidence: Evidence | None) -> bool:
        """`evidence` None: the name must be in the article (a region has no evidence).
        Whether a finding was added."""
        text = self.ctx.article.text if evidence is None else self.ctx.located(evidence)
        if text is None or self.named(kind, name, text):
            return False
        where = "the article" if evidence is None else "the evidence"
        self.unsupported_name(fact, f"{about}: {where} does not name {name} as the {role}.")
        return True

    def unsupported_name(self, fact: Fact, message: str) -> None:
        self._add(FindingCode.name_unsupported, message, fact)

    def _add(self, code: FindingCode, message: str, fact: Fact) -> None:
        self.findings.append(self.ctx.finding(
            code, Severity.warning, message, [fact], reaskable=True,
            instruction="Give the fragment that states it, or correct the fact."))


def check_support(ctx: Context) -> list[Finding]:
    """A warning for every figure or name its evidence does not state."""
    check = _Checker(ctx)
    every = parties(ctx.extraction)
    for fact in ctx.facts:
        if fact.figure and fact.evidence is not None:
            _fact(check, fact, every)
    return check.findings


def _fact(check: _Checker, fact: Fact, every: list[str]) -> None:
    key, item = fact.key, fact.item
    if key.kind == "agreement":
        if key.field == "count":
            who = f"the deal's share for {key.party}" if key.party else "the agreed total"
            scope = shares(key.party, check.ctx.extraction.agreement, every) if key.party \
                else (one_share,)
            check.figure(fact, who, Counts("the number agreed in the deal", lx.DEAL, hedged=False,
                                           scope=(things, no_people, rate, carried_out, added,
                                                  *scope)))
        elif key.field == "place" and isinstance(fact.value, str):
            check.name(fact, "the deal", EntityKind.place, fact.value, "place where it was "
                       "agreed", _around(check.ctx, fact.evidence))
    elif isinstance(item, ExchangeStage):
        _release(check, fact, item, every)
    elif isinstance(item, CumulativeTotal):
        check.figure(fact, f"the running total for {item.received_by}",
                     Counts(f"a running total returned to {item.received_by}", lx.TOTAL,
                            scope=(other_people(item.received_by, every),
                                   others_by_pronoun(item.received_by), things, no_people,
                                   freed_part, _RELEASED_PART, replaced, remainder,
                                   freed_by(side_of(item.received_by, every), every, gets=True)),
                            rivals=(lx.KILLED,), nouns=(_AGREED,), void=lx.REMAINS))
    elif isinstance(item, Attack):
        _attack(check, fact, item)
    elif isinstance(item, Statement):
        check.name(fact, "a quote", EntityKind.person, item.speaker, "speaker", None)


def _around(ctx: Context, evidence: Evidence | None) -> Evidence | None:
    """A name the fact shares with others is often written a sentence away from the
    figure ('..., Zelensky said'; 'agreed in Istanbul on May 16. ... 1,000 each'): the
    evidence widened to its paragraph and the ones on either side."""
    if evidence is None or evidence.span is None:
        return evidence
    start, end = ctx.around(evidence.span)
    return evidence.model_copy(update={"start": start, "end": end})


def _release(check: _Checker, fact: Fact, stage: ExchangeStage, every: list[str]) -> None:
    release = next(r for r in stage.releases
                   if r is fact.holder or any(i is fact.holder for i in r.breakdown))
    who = f"{stage_label(stage)}, released by {release.released_by}"
    if fact.key.kind == "breakdown":
        categories = {i.category: _category(i.category) for i in release.breakdown}
        own = str(fact.key.category)
        rivals = tuple(p for c, p in categories.items() if name_key(c) != name_key(own)) + \
            tuple(p for g, p in GROUPS.items()
                  if not p.search(own) and not categories[own].search(g))
        check.figure(fact, who, Counts(f"a number of {own}", categories[own], rivals,
                                       scope=(whole(categories[own]), no_people)))
        return
    scoped = _own(check, stage, release, check.ctx.located(release.evidence), every)
    check.figure(fact, who, Counts(f"a number of people released by {release.released_by}",
                                   lx.RELEASED, (lx.KILLED,), running=True, elliptic=True,
                                   void=lx.REMAINS,
                                   scope=(one_part, freed_part, occasions, things, no_people,
                                          rate, _RELEASED_PART,
                                          held_by_another(release.released_by),
                                          whole_swap, tally,
                                          remainder, subset(lx.RELEASED), *scoped,
                                          one_of(lx.RELEASED), among, bracketed(lx.RELEASED),
                                          other_day(stage.date, check.ctx.article.text,
                                                    check.ctx.published),
                                          by_another(release.released_by, "the releaser"),
                                          own_by_pronoun(release.released_by))))
    around = _around(check.ctx, release.evidence)
    text = check.ctx.located(around)
    sides = [s for s in (release.released_by, receiver(release, every)) if s]
    if text is None or (len(every) == 2 and check.both_sides(text)) \
            or any(check.named(EntityKind.party, s, text) for s in sides):
        return
    check.name(fact, who, EntityKind.party, release.released_by,
               "side that released them or got them back", around)


def _own(check: _Checker, stage: ExchangeStage, release: Release,
         text: str | None, every: list[str]) -> tuple[Check, ...]:
    """In a swap of equal numbers ('307 each') one sentence's number counts both sides'
    people, so whose people it names or which side its verb's subject is (releasers.py)
    says nothing about who released them; not where
    the evidence writes another number for a side ('two Americans for a Taliban figure'),
    nor where it tells one side's release alone: a swap is even in its evidence when the
    other side's equal release is read from it too, or it says so ('each', 'both sides') or
    writes the number twice ('307 for 307'), not because the other side's count happens to
    be the same ('11 Israeli hostages were freed', beside another sentence's 11 prisoners)."""
    twins = [r for r in stage.releases if r is not release and r.count == release.count]
    sides = frozenset(r.released_by for r in stage.releases)
    even = bool(twins) and not (text and release.count is not None
                                and check.uneven(text, release.count, sides)) \
        and (text is None or any(r.evidence.text == release.evidence.text for r in twins)
             or check.both_sides(_before_count(text, release.count))
             or lx.EACH.search(text) is not None
             or sum(m.value == release.count for m in counted(text)) > 1)
    return () if even else (own_people(release.released_by),
                            freed_by(release.released_by, every))


def _before_count(text: str, count: int | None) -> str:
    """`text` up to its first mention of `count`: 'the two sides' says one number counts
    both sides' people where it governs the number ('the two sides freed 95 each'), not
    in a clause after it ('230 Ukrainians were freed, the 49th swap between the two
    sides')."""
    return next((text[:m.start] for m in counted(text) if m.value == count), text)


@lru_cache(maxsize=1 << 12)
def _category(category: str) -> re.Pattern[str]:
    """'civilians' -> civili*, 'women' -> wom*: a category by the stems of its words and
    of the names it is known by ('POWs' are 'servicemen', 'soldiers', 'service members')."""
    tokens = re.findall(r"\w+", category.casefold())
    forms = {*name_forms(EntityKind.category, category),
             *(f for t in tokens for f in name_forms(EntityKind.category, t)),
             *(f for t in tokens for f in CATEGORY_FORMS.get(name_key(t), ()))}
    if len(name_forms(EntityKind.party, category)) > 1:  # a nationality: 'Thais'
        forms |= set(FOREIGN)
    stems = {t[:max(3, len(t) - 3)] for form in forms for t in re.findall(r"\w+", form)
             if t not in GENERIC_NAME_WORDS and t not in _FUNCTION_WORDS}
    return lx.words(*sorted(stems)) if stems else lx.words(category.casefold())


def _attack(check: _Checker, fact: Fact, attack: Attack) -> None:
    key = fact.key
    about = f"the attack of {attack.date.isoformat()}" if attack.date else "an attack"
    if key.kind == "weapon":
        twin = _twin(attack, fact)
        if twin is not None:
            check.unsupported(fact, f"{about}: the evidence does not say that {fact.value} "
                              f"missiles are others than the {fact.value} {twin}s: it reads "
                              "as the same weapons counted twice.")
            return
        check.figure(fact, about, weapons(str(key.weapon), attack, _continued(check, fact),
                                          check.ctx.extraction.attacks,
                                          (anothers_count(check.ctx, fact, attack),
                                           one_impact(check.ctx.article.text,
                                                      str(key.weapon)),
                                           some_impacts(check.ctx.article.text,
                                                        str(key.weapon)),
                                           other_month(attack.date),
                                           other_attack_day(attack.date, check.ctx.published))))
    elif key.kind == "region":
        check.name(fact, about, EntityKind.place, str(key.region), "region hit", None)
    elif key.field == "weapons_total":
        check.figure(fact, about, Counts("a total number of weapons", re.compile(
            f"{lx.WEAPONS_TOTAL.pattern}|{lx.ANY_WEAPON.pattern}", re.IGNORECASE),
            scope=(intercepted(attack.attacker, attack.targets), background, occasions, things,
                   WEAPONS_PART, _continued(check, fact)), nouns=(HURT,)))
    elif key.field in ("killed", "injured"):
        check.figure(fact, about, toll(key.field, _continued(check, fact), attack,
                                       (anothers_count(check.ctx, fact, attack),
                                        other_month(attack.date),
                                        other_attack_day(attack.date, check.ctx.published))))
    elif key.field in ("attacker", "target") and isinstance(fact.value, str):
        kind = EntityKind.party if key.field == "attacker" else EntityKind.place
        if not check.name(fact, about, kind, fact.value, key.field, None) \
                and key.field == "target":
            _struck(check, fact, about, fact.value, attack)


def _struck(check: _Checker, fact: Fact, about: str, target: str, attack: Attack) -> None:
    """A target named in the article, but not in its evidence, which tells the strike at
    another place (struck_place.py)."""
    evidence = check.ctx.located(fact.evidence)
    if evidence is None:
        return
    place = struck_elsewhere(evidence, target, attack,
                             lambda name, text: check.named(EntityKind.place, name, text))
    if place is not None:
        check.unsupported_name(fact, f"{about}: the evidence tells the strike at {place} and "
                               f"does not name {target} as the target.")


def _continued(check: _Checker, fact: Fact) -> Check:
    start = fact.evidence.start if fact.evidence and fact.evidence.start else 0
    return continued(check.ctx.article.text, start)


def _twin(attack: Attack, fact: Fact) -> str | None:
    """'18 ballistic missiles' in one sentence and '18 missiles launched' in another: a
    missile count of unstated type equal to a typed one is that one again."""
    if fact.key.weapon != "missile":
        return None
    return next((w.type for w in attack.weapons if w.type in ("cruise missile",
                 "ballistic missile") and w.count == fact.value), None)

