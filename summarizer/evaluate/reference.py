"""Reference extractions from a gold file: what a careful model would return for each
of the case's articles, with evidence located in the article text.

The mutation suite needs correct extractions to corrupt, for any gold file, not
only hand-written ones. Gold facts are case-level and carry no evidence, so for
each article this finds the sentence that states each figure (the numeral near
its category word: '120 civilians', '14 ballistic missiles') and keeps only the
facts the article states. Dates come, as in the pipeline, from a time
expression near the evidence that resolves to the gold date; stages, attacks
and running totals keep their gold date even without one (they key the fact
paths; of several gold dates, one the article's words name elsewhere, `Finder.named`),
an agreement or a statement without one stays undated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from summarizer.backends import Attempt
from summarizer.evaluate.finder import Finder, Span
from summarizer.evaluate.flatten import attack_keys, cumulative_keys, date_keys, gold_targets
from summarizer.evaluate.gold import (
    GoldAttack,
    GoldCase,
    GoldCount,
    GoldDate,
    GoldExchange,
    GoldRelease,
    GoldStatement,
    case_articles,
    load_gold,
    number_qualifier,
    number_value,
)
from summarizer.evaluate.paths import Step
from summarizer.grounding import contains_verbatim, find
from summarizer.models import (
    Agreement,
    Article,
    ArticleExtraction,
    Attack,
    BreakdownItem,
    Casualties,
    CumulativeTotal,
    ExchangeStage,
    PartyCount,
    Release,
    StatedTotal,
    Statement,
    WeaponCount,
)

_PEOPLE = ("prisoners", "hostages", "detainees", "captives", "people", "pows", "civilians",
           "servicemen", "soldiers", "defenders", "citizens", "nationals")
_RELEASE_VERBS = ("released", "freed", "returned", "swapped", "handed over", "exchange of",
                  "swap of", "exchanged")
_TOTAL_WORDS = ("total", "in all", "so far", "altogether", "overall", *_PEOPLE)
_AGREEMENT_WORDS = ("-for-", "each", *_PEOPLE)
_DEAL_WORDS = ("deal", "agreement", "agreed", "in exchange", "in return")
_ATTACK_WORDS = ("attack", "strike", "struck", "launched", "fired", "hit", "shelling",
                 "bombard", "raid", "barrage")
_KILLED_WORDS = ("killed", "killing", "dead", "died", "death", "fatalities", "lives")
_INJURED_WORDS = ("injur", "wounded", "wounding", "hurt", "casualties")
_NONE_WORDS = ("casualties", "victims")
"""What no one was, killed or injured: 'there were no reports of casualties' states both
tolls as none."""
_WEAPON_WORDS = {
    "drone": ("drone", "uav", "shahed"), "cruise missile": ("cruise",),
    "ballistic missile": ("ballistic",), "missile": ("missile",), "guided bomb": ("bomb",),
    "rocket": ("rocket",), "artillery": ("shell", "artillery"), "firearm": ("gun", "rifle"),
    "vehicle": ("vehicle", "car", "truck"), "explosive": ("explosive", "bomb"),
    "knife": ("knife", "stab"), "other": (),
}
_EXCHANGE = Step("exchange")


def _stem(party: str) -> str:
    """'Ukraine' -> 'ukrain', so '307 Ukrainian POWs' and '390 Russians' name a party."""
    name = party.casefold()
    return name[:-1] if len(name) > 4 and name[-1] in "aeiy" else name


def _dates(value: GoldDate | None) -> list[dt.date]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _after(f: Finder, value: GoldDate | None) -> bool:
    """An event that began after the article was published, which it cannot report: a
    later outlet's news of the case ('another raid on the same village a week later')."""
    published = f.article.published_date
    dates = _dates(value)
    return published is not None and bool(dates) and min(dates) > published


def _agreement(f: Finder, exchange: GoldExchange) -> Agreement | None:
    agreed = exchange.agreed_total
    if agreed is None:
        return None
    place = exchange.agreed_at.place if exchange.agreed_at else None
    dates = _dates(exchange.agreed_at.date if exchange.agreed_at else None)
    at = (_EXCHANGE, Step("agreed_total"))
    stated = f.outlet.number((*at, Step("count")), agreed.count)
    total = number_value(stated)
    shares = [PartyCount(party=party, count=count, qualifier=number_qualifier(said))
              for party, number in (agreed.by_party or {}).items()
              if (count := number_value(said := f.outlet.number(
                  (_EXCHANGE, Step("agreed_total", (party,)), Step("count")), number)))
              is not None]
    if shares:
        span = f.sentence_stating([s.count for s in shares], _DEAL_WORDS)
    elif total is not None:
        context = [*f.words(place)] if place else []
        context += [d.strftime("%B ") + str(d.day) for d in dates]
        span = f.number(total, _AGREEMENT_WORDS, ("exchange", "swap"), context=context)
    else:
        return None
    if span is None:
        return None
    expression, date = f.when(span, dates)
    stated_place = place if place and any(w in f.lower for w in f.words(place)) else None
    return Agreement(total=total, qualifier=number_qualifier(stated),
                     per_side=bool(agreed.per_side), by_party=shares,
                     place=stated_place, date_expression=expression, date=date,
                     evidence=f.evidence(span))


def _release(f: Finder, gold: GoldRelease, parties: list[str], stage: Step) -> Release | None:
    at = (_EXCHANGE, stage, Step("released", (gold.by,)))
    said = f.outlet.number((*at, Step("count")), gold.count)
    count = number_value(said)
    if count is None:
        return None
    others = [p for p in parties if p != gold.by]
    categories = {category: stated for category, number in gold.breakdown.items()
                  if (stated := f.outlet.number((*at, Step("breakdown", (category,))), number))
                  is not None}
    nouns = [*f.words(*categories), *(_stem(p) for p in parties), *_PEOPLE]
    span = f.number(count, nouns, _RELEASE_VERBS)
    items: list[BreakdownItem] = []
    for category, stated in categories.items():
        value = number_value(stated) or 0
        item_span = f.number(value, f.words(category), prefer=span)
        if item_span is not None:
            items.append(BreakdownItem(category=category, count=value,
                                       qualifier=number_qualifier(stated),
                                       evidence=f.evidence(item_span)))
    complete = gold.complete and len(items) == len(gold.breakdown) and (
        sum(i.count for i in items) == count or _golds(said, categories, gold))
    if span is None:
        if not (complete and items and len({i.evidence.text for i in items}) == 1):
            return None
        span = f.number(items[0].count, f.words(items[0].category))
        if span is None:
            return None
    return Release(released_by=gold.by, received_by=others[0] if len(others) == 1 else None,
                   count=count, qualifier=number_qualifier(said), breakdown=items,
                   breakdown_complete=complete,
                   evidence=f.evidence(span))


def _golds(said: GoldCount | None, categories: dict[str, GoldCount], gold: GoldRelease) -> bool:
    """Whether an outlet gives a release and its breakdown as gold does. Gold's word that
    a breakdown is complete is about gold's figures: an outlet that gives other figures
    (one side of a listed conflict: '90 freed, among them 69 women and nine children'
    against gold's 69 and 21) lists them all only if they add up to its count."""
    return said == gold.count and all(stated == gold.breakdown[c]
                                      for c, stated in categories.items())


def _stages(f: Finder, exchange: GoldExchange) -> list[ExchangeStage]:
    stages: list[ExchangeStage] = []
    for gold in exchange.stages:
        if _after(f, gold.date):
            continue
        key = Step("stages", date_keys(gold.date))
        releases = [r for r in (_release(f, g, exchange.parties, key) for g in gold.released)
                    if r]
        if not releases:
            continue
        options = _dates(gold.date)
        near = f.text.find(releases[0].evidence.text)
        expression, date = f.when((near, near + len(releases[0].evidence.text)), options)
        stages.append(ExchangeStage(time_expression=expression,
                                    date=date or f.named(options),
                                    releases=releases))
    return sorted(stages, key=lambda s: s.date or dt.date.min)


def _cumulative(f: Finder, exchange: GoldExchange) -> list[CumulativeTotal]:
    """Running totals with a receiver: the model's total always says whose people came home."""
    totals: list[CumulativeTotal] = []
    for index, gold in enumerate(exchange.cumulative):
        said = f.outlet.number(
            (_EXCHANGE, Step("cumulative", cumulative_keys(exchange, index)), Step("count")),
            gold.count)
        count = number_value(said)
        if count is None or gold.received_by is None or _after(f, gold.as_of):
            continue
        span = f.number(count, _TOTAL_WORDS, ("total of", "total to"))
        if span is None:
            continue
        options = _dates(gold.as_of)
        expression, date = f.when(span, options)
        totals.append(CumulativeTotal(received_by=gold.received_by, count=count,
                                      qualifier=number_qualifier(said),
                                      as_of_expression=expression,
                                      as_of=date or f.named(options),
                                      evidence=f.evidence(span)))
    return totals


def _casualties(f: Finder, said: GoldCount | None, reported: bool, words: Sequence[str],
                near: Span) -> Casualties | None:
    count = number_value(said)
    if count == 0:
        words = (*words, *_NONE_WORDS)
    if count is not None:
        span = f.number(count, ("people", "civilians", *words), words, prefer=near)
    elif reported:
        span = f.sentence_with(words, near=near)
    else:
        return None
    return (Casualties(count=count, qualifier=number_qualifier(said), evidence=f.evidence(span))
            if span else None)


def _places(gold: GoldAttack) -> list[str]:
    """Where a gold attack landed: its targets and regions."""
    return [*gold_targets(gold), *gold.regions]


def _attacks(f: Finder, gold: GoldAttack, key: Step,
             others: Sequence[GoldAttack]) -> list[Attack]:
    """The attack as the article reports it, and once more, with the same evidence, for
    each other authority's toll it prints ('the army says 23 died; the other side, 58').
    Of several attacks (`others`, the case's other attacks), not one the article gives
    nothing of its own: no figure, target or region, only an attacker it shares with the
    others ('militants'), nor, with no figure, only the places of another attack whose day
    the article names while it names none of this one's ('Belgorod', shelled on Friday and
    again on Saturday, in an article that names only Saturday: Friday's is not its news,
    and dated so it would contradict the day the article names)."""
    if _after(f, gold.date):
        return []
    attack = _attack(f, gold, key)
    if attack is None:
        return []
    places = {p.casefold() for p in _places(gold)}
    beside = [o for o in others if not _after(f, o.date)
              and places & {p.casefold() for p in _places(o)}]
    anothers_day = (any(f.names(d) for o in beside for d in _dates(o.date))
                    and not any(f.names(d) for d in _dates(gold.date)))
    if not (not others or attack.weapons or attack.killed or attack.injured
            or (not anothers_day and (attack.regions or any(
                w in f.lower for w in f.words(*attack.targets))))):
        return []
    found = [attack]
    main = f.text.find(attack.evidence.text)
    for field, words in (("killed", _KILLED_WORDS), ("injured", _INJURED_WORDS)):
        for said in f.outlet.other_claims((key, Step(field))):
            toll = _casualties(f, said, False, words, (main, main + len(attack.evidence.text)))
            if toll is not None:
                found.append(attack.model_copy(update={field: toll}))
    return found


def _attack(f: Finder, gold: GoldAttack, key: Step) -> Attack | None:
    targets = list(gold_targets(gold))
    names = f.words(*targets, *([gold.attacker] if gold.attacker else []))
    weapons: list[WeaponCount] = []
    for kind, number in gold.weapons.items():
        said = f.outlet.number((key, Step("weapons", (kind,))), number)
        count = number_value(said)
        words = [*_WEAPON_WORDS.get(kind, ()), *f.words(kind)]
        span = f.sentence_with(words) if count is None else f.number(count, words)
        if span is not None:
            weapons.append(WeaponCount(type=kind, count=count, qualifier=number_qualifier(said),
                                       evidence=f.evidence(span)))
    main = f.sentence_with(names, _ATTACK_WORDS) if names else None
    if main is None and weapons:
        at = f.text.find(weapons[0].evidence.text)
        main = (at, at + len(weapons[0].evidence.text))
    if main is None:
        return None
    total = None
    if len(weapons) > 1:
        added = sum(w.count or 0 for w in weapons)
        first = f.text.find(weapons[0].evidence.text)
        total_span = f.number(added, ("total", "in all", "aerial", "weapons", "targets"), (),
                              prefer=(first, first + len(weapons[0].evidence.text)))
        if total_span is not None:
            total = StatedTotal(count=added, evidence=f.evidence(total_span))
    options = _dates(gold.date)
    expression, date = f.when(main, options)
    return Attack(
        time_expression=expression, date=date or f.named(options),
        attacker=gold.attacker, targets=targets, weapons=weapons, weapons_total=total,
        regions=[r for r in gold.regions if r.casefold() in f.lower],
        killed=_casualties(f, f.outlet.number((key, Step("killed")), gold.killed),
                           gold.killed_reported, _KILLED_WORDS, main),
        injured=_casualties(f, f.outlet.number((key, Step("injured")), gold.injured),
                            gold.injured_reported, _INJURED_WORDS, main),
        evidence=f.evidence(main),
    )


def _statement(f: Finder, gold: GoldStatement) -> Statement | None:
    if not contains_verbatim(f.text, gold.quote):
        return None
    found = find(f.text, gold.quote)
    if found.start is None or found.end is None:
        return None
    span = (found.start, found.end)
    expression, date = f.when(span, _dates(gold.date))
    return Statement(speaker=gold.speaker, channel=gold.channel,
                     time_expression=expression, date=date, quote=gold.quote,
                     evidence=f.evidence(span))


def reference_extraction(article: Article, gold: GoldCase) -> ArticleExtraction:
    """What `article` states of the gold case, with evidence from its own text."""
    f = Finder(article, gold)
    exchange = gold.exchange
    return ArticleExtraction(
        agreement=_agreement(f, exchange) if exchange else None,
        stages=_stages(f, exchange) if exchange else [],
        cumulative=_cumulative(f, exchange) if exchange else [],
        attacks=[a for i, g in enumerate(gold.attacks)
                 for a in _attacks(f, g, Step("attacks", attack_keys(gold.attacks, i)),
                                   [o for j, o in enumerate(gold.attacks) if j != i])],
        statements=[s for s in (_statement(f, g) for g in gold.statements) if s],
    )


class ReferenceBackend:
    """Answers with a gold case's reference extractions, so that `eval --reference`
    scores the validator and the merge alone, on extractions known to be right:
    every error finding there is a false alarm, every missed conflict the merge's."""

    name = "reference"
    model: str | None = None
    prompt_version: str | None = None

    def __init__(self, gold: GoldCase, articles: Sequence[Article]) -> None:
        self._answers = {a.id: reference_extraction(a, gold) for a in articles}

    async def extract(self, article: Article, feedback: Sequence[str] = ()) -> Attempt:
        return Attempt(self._answers[article.id])


def reference_pairs(gold_path: str | Path) -> list[tuple[Article, ArticleExtraction]]:
    """Each article of a gold file with its reference extraction; the file is validated
    first, so a bad gold file is refused with its name and problem, as in `eval`."""
    loaded = load_gold(gold_path)
    return [(article, reference_extraction(article, loaded.gold))
            for article in case_articles(loaded)]
