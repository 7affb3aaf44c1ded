"""Which outlets' words for one attack's target and attacker the summary states: the finest.

Outlets tell one attack at different grains: "a missile barrage on Israel" and "a missile
hit a hospital in Beersheba"; "no group has claimed the bombing" and "the BLA claimed it".
The coarse telling is not a second target, nor a side nobody named: shown beside the fine
one it reads as another fact. So a target that contains another target of the same attack
(`containment.within`: 'Israel' and 'Beersheba') is read as that one, and an attacker that
names nobody ('unknown') as the one side the attack's other reports name, in the summary's
facts (targets) and in the articles' extractions the summary lists, as the dates the merge
finds are put there (merge.py). A value is replaced, never removed: the findings of each
article name its facts by their place in it. Where the finer telling is not settled, the
report keeps its words: a report alone, a side that struck two places inside the country,
two sides, a place the gazetteer cannot put inside another, or an article that tells the
finer place's or the side's attack apart from this one itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from summarizer.events import AttackReport
from summarizer.models import Attack
from summarizer.text.containment import within
from summarizer.text.name_forms import unnamed


@dataclass(frozen=True)
class Finer:
    """What one report of an attack tells more coarsely than another report of it."""

    targets: dict[str, str]
    """Its targets, as written, that contain one other target of the attack, to that one."""
    attacker: str | None
    """The side the attack's other reports name, where its own attacker names nobody."""


class Told:
    """What the case's reports tell of attacks other than the one judged: a finer place
    or a side is settled only where nothing else the case tells competes with it."""

    def __init__(self, reports: Sequence[AttackReport]) -> None:
        by_article: dict[int, list[AttackReport]] = {}
        self.by_side: dict[str | None, set[str]] = {}
        self.by_place: dict[str, set[str]] = {}
        for report in reports:
            by_article.setdefault(report.article, []).append(report)
            self.by_side.setdefault(report.side, set()).update(report.targets)
            for place in report.places:
                self.by_place.setdefault(place, set()).update([report.side] if report.side else [])
        self.by_article = by_article

    def apart(self, report: AttackReport) -> tuple[frozenset[str], frozenset[str]]:
        """The targets and sides the report's article gives its other attacks: an article
        telling a strike on Belgorod beside one 'on Russia', or a bombing nobody claimed
        beside a side's strike, tells two attacks, whatever the merge makes of them."""
        others = [o for o in self.by_article[report.article] if o is not report]
        return (frozenset(t for o in others for t in o.targets),
                frozenset(o.side for o in others if o.side))

    def struck_by(self, side: str | None) -> set[str]:
        """Every target the case gives the side's attacks, on any day."""
        return self.by_side.get(side, set())

    def sides_at(self, report: AttackReport) -> set[str]:
        """Every side the case says struck where the report's attack landed, on any day."""
        return {side for place in report.places for side in self.by_place.get(place, ())}


def finer_tellings(reports: Sequence[AttackReport], canonical: Callable[[str], str],
                   told: Told) -> dict[int, Finer]:
    """By each report's attack (its id()), what another report of the same attack tells
    more finely; `canonical` gives a place's canonical name. A place is finer only when
    it is the one place inside the coarse target that the side struck anywhere in the case
    (a barrage 'on Ukraine' beside strikes on Dnipro and Kharkiv is neither), a side only
    when it is the one the case says struck there (two blamed for one bombing settle
    neither), and neither when the report's own article tells it apart (`Told.apart`).
    Reports with nothing coarse are left out."""
    places = {t for r in reports for t in r.targets}
    found: dict[int, Finer] = {}
    for report in reports:
        sides = told.sides_at(report) | {r.side for r in reports if r.side}
        side = next(iter(sides)) if len(sides) == 1 else None
        targets_apart, sides_apart = told.apart(report)
        targets = {}
        for target in report.attack.targets:
            inside = sorted(p for p in told.struck_by(report.side) | places
                            if within(p, canonical(target)))
            if len(inside) == 1 and inside[0] in places and inside[0] not in targets_apart:
                targets[target] = inside[0]
        attacker = side if report.attacker is not None and unnamed(report.attacker) and (
            side not in sides_apart) else None
        if targets or attacker:
            found[id(report.attack)] = Finer(targets, attacker)
    return found


def finest(attack: Attack, finer: Finer) -> Attack:
    """The attack with its coarse target and unnamed attacker as the finer reports tell them."""
    return attack.model_copy(update={
        "targets": [finer.targets.get(t, t) for t in attack.targets],
        "attacker": finer.attacker or attack.attacker})
