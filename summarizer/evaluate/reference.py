"""Reference extractions from a gold file: what a careful model would return for each
of the case's articles, with evidence located in the article text.

The mutation suite needs correct extractions to corrupt, for any gold file, not
only hand-written ones. Gold facts are case-level and carry no evidence, so for
each article this finds the sentence that states each figure (the numeral near
its category word: '120 civilians', '14 ballistic missiles') and keeps only the
facts the article states. Dates come, as in the pipeline, from a time
expression near the evidence that resolves to the gold date; stages, attacks
and running totals keep their gold date even without one (they key the fact
paths), an agreement or a statement without one stays undated.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from summarizer.backends import Attempt
from summarizer.evaluate.flatten import attack_keys, cumulative_keys, date_keys
from summarizer.evaluate.gold import (
    GoldAttack,
    GoldCase,
    GoldDate,
    GoldExchange,
    GoldRelease,
    GoldStatement,
    case_articles,
    load_gold,
)
from summarizer.evaluate.outlets import OutletFigures
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
    Evidence,
    ExchangeStage,
    PartyCount,
    Release,
    StatedTotal,
    Statement,
    WeaponCount,
)
from summarizer.text.numbers import mentions
from summarizer.text.time import TIME, resolve

Span = tuple[int, int]

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+|\n+")
_PARAGRAPH_END = re.compile(r"\n\s*")
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
_WEAPON_WORDS = {
    "drone": ("drone", "uav", "shahed"), "cruise missile": ("cruise",),
    "ballistic missile": ("ballistic",), "missile": ("missile",), "guided bomb": ("bomb",),
    "rocket": ("rocket",), "artillery": ("shell", "artillery"), "firearm": ("gun", "rifle"),
    "vehicle": ("vehicle", "car", "truck"), "explosive": ("explosive", "bomb"),
    "knife": ("knife", "stab"), "other": (),
}
KEYWORD_GAP = 30
"""Max chars between a numeral and the word that says what it counts ('31 Shahed-type
attack drones'); farther words belong to another figure ('24 women' is not hostages)."""


def _spans(text: str, pattern: re.Pattern[str]) -> list[Span]:
    spans, start = [], 0
    for match in pattern.finditer(text):
        if text[start:match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


class _Finder:
    """Sentences and paragraphs of one article, and the sentence stating a figure."""

    def __init__(self, article: Article, gold: GoldCase) -> None:
        self.article = article
        self.outlet = OutletFigures(gold, article.source)
        self.text = article.text
        self.lower = article.text.lower()
        self.sentences = _spans(article.text, _SENTENCE_END)
        self.paragraphs = _spans(article.text, _PARAGRAPH_END)
        self.aliases = {k.casefold(): [v.casefold() for v in vs]
                        for k, vs in gold.aliases.items()}

    def words(self, *names: str) -> list[str]:
        out: list[str] = []
        for name in names:
            out.append(name.casefold())
            out.extend(self.aliases.get(name.casefold(), []))
        return out

    def evidence(self, span: Span) -> Evidence:
        return Evidence(text=self.text[span[0]:span[1]])

    def number(self, value: int, after: Iterable[str], before: Iterable[str] = (),
               prefer: Span | None = None, context: Sequence[str] = ()) -> Span | None:
        """The sentence where `value` is written as a reader would state it: followed
        within KEYWORD_GAP chars by one of `after` ('120 civilians', '14 ballistic
        missiles') or preceded by one of `before` ('killing two'); first among those
        whose paragraph mentions a `context` word (a place, a date)."""
        follow = [k for k in after if k]
        lead = [k for k in before if k]
        best: tuple[int, int, int, Span] | None = None
        for span in self.sentences:
            sentence = self.lower[span[0]:span[1]]
            paragraph = next((self.lower[lo:hi] for lo, hi in self.paragraphs
                              if lo <= span[0] < hi), "")
            in_context = 0 if any(c and c.casefold() in paragraph for c in context) else 1
            for mention in mentions(self.text[span[0]:span[1]]):
                if mention.value != value:
                    continue
                gaps = [at - mention.end for k in follow for at in _occurrences(sentence, k)]
                gaps += [mention.start - at - len(k) for k in lead
                         for at in _occurrences(sentence, k)]
                near = [g for g in gaps if 0 <= g <= KEYWORD_GAP]
                if not near:
                    continue
                rank = (in_context, min(near), 0 if span == prefer else 1, span)
                if best is None or rank[:3] < best[:3]:
                    best = rank
        return best[3] if best is not None else None

    def sentence_stating(self, values: Sequence[int], cues: Sequence[str]) -> Span | None:
        """The first sentence that writes every one of `values` and a word of `cues`:
        an unequal deal states both sides' numbers together ('50 ... for 150 ...')."""
        for span in self.sentences:
            written = {m.value for m in mentions(self.text[span[0]:span[1]])}
            sentence = self.lower[span[0]:span[1]]
            if set(values) <= written and any(c in sentence for c in cues):
                return span
        return None

    def sentence_with(self, *groups: Sequence[str], near: Span | None = None) -> Span | None:
        """The first sentence holding a word of every group; with `near`, the one closest
        to it, a following one first: 'there were deaths' belongs to the attack before it."""
        found = [span for span in self.sentences
                 if all(any(w and w in self.lower[span[0]:span[1]] for w in group)
                        for group in groups)]
        if near is None or not found:
            return found[0] if found else None
        return min(found, key=lambda span: (abs(span[0] - near[0]), span[0] < near[0]))

    def when(self, near: Span | None, options: list[dt.date]) -> tuple[str | None, dt.date | None]:
        """A time expression near `near` that resolves to one of the gold dates."""
        if near is None or not options:
            return None, None
        windows = [near] + [p for p in self.paragraphs if p[0] <= near[0] < p[1]]
        for lo, hi in windows:
            found = sorted(TIME.finditer(self.text, lo, hi),
                           key=lambda m: min(abs(m.start() - near[0]), abs(m.start() - near[1])))
            for match in found:
                date = resolve(match.group(0), self.article.published_date)
                if date in options:
                    return match.group(0), date
        return None, None


_EXCHANGE = Step("exchange")


def _stem(party: str) -> str:
    """'Ukraine' -> 'ukrain', so '307 Ukrainian POWs' and '390 Russians' name a party."""
    name = party.casefold()
    return name[:-1] if len(name) > 4 and name[-1] in "aeiy" else name


def _occurrences(text: str, word: str) -> Iterable[int]:
    start = text.find(word)
    while start >= 0:
        yield start
        start = text.find(word, start + 1)


def _dates(value: GoldDate | None) -> list[dt.date]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _agreement(f: _Finder, exchange: GoldExchange) -> Agreement | None:
    agreed = exchange.agreed_total
    if agreed is None:
        return None
    place = exchange.agreed_at.place if exchange.agreed_at else None
    dates = _dates(exchange.agreed_at.date if exchange.agreed_at else None)
    at = (_EXCHANGE, Step("agreed_total"))
    total = f.outlet.count((*at, Step("count")), agreed.count)
    shares = [PartyCount(party=party, count=count)
              for party, number in (agreed.by_party or {}).items()
              if (count := f.outlet.count((_EXCHANGE, Step("agreed_total", (party,)),
                                           Step("count")), number)) is not None]
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
    return Agreement(total=total, per_side=bool(agreed.per_side), by_party=shares,
                     place=stated_place, date_expression=expression, date=date,
                     evidence=f.evidence(span))


def _release(f: _Finder, gold: GoldRelease, parties: list[str], stage: Step) -> Release | None:
    at = (_EXCHANGE, stage, Step("released", (gold.by,)))
    count = f.outlet.count((*at, Step("count")), gold.count)
    if count is None:
        return None
    others = [p for p in parties if p != gold.by]
    categories = {category: value for category, number in gold.breakdown.items()
                  if (value := f.outlet.count((*at, Step("breakdown", (category,))), number))
                  is not None}
    nouns = [*f.words(*categories), *(_stem(p) for p in parties), *_PEOPLE]
    span = f.number(count, nouns, _RELEASE_VERBS)
    items: list[BreakdownItem] = []
    for category, value in categories.items():
        item_span = f.number(value, f.words(category), prefer=span)
        if item_span is not None:
            items.append(BreakdownItem(category=category, count=value,
                                       evidence=f.evidence(item_span)))
    complete = gold.complete and len(items) == len(gold.breakdown)
    if span is None:
        if not (complete and items and len({i.evidence.text for i in items}) == 1):
            return None
        span = f.number(items[0].count, f.words(items[0].category))
        if span is None:
            return None
    return Release(released_by=gold.by, received_by=others[0] if len(others) == 1 else None,
                   count=count, breakdown=items, breakdown_complete=complete,
                   evidence=f.evidence(span))


def _stages(f: _Finder, exchange: GoldExchange) -> list[ExchangeStage]:
    stages: list[ExchangeStage] = []
    for gold in exchange.stages:
        key = Step("stages", date_keys(gold.date))
        releases = [r for r in (_release(f, g, exchange.parties, key) for g in gold.released)
                    if r]
        if not releases:
            continue
        options = _dates(gold.date)
        near = f.text.find(releases[0].evidence.text)
        expression, date = f.when((near, near + len(releases[0].evidence.text)), options)
        stages.append(ExchangeStage(time_expression=expression,
                                    date=date or (options[0] if options else None),
                                    releases=releases))
    return sorted(stages, key=lambda s: s.date or dt.date.min)


def _cumulative(f: _Finder, exchange: GoldExchange) -> list[CumulativeTotal]:
    """Running totals with a receiver: the model's total always says whose people came home."""
    totals: list[CumulativeTotal] = []
    for index, gold in enumerate(exchange.cumulative):
        count = f.outlet.count(
            (_EXCHANGE, Step("cumulative", cumulative_keys(exchange, index)), Step("count")),
            gold.count)
        if count is None or gold.received_by is None:
            continue
        span = f.number(count, _TOTAL_WORDS, ("total of", "total to"))
        if span is None:
            continue
        options = _dates(gold.as_of)
        expression, date = f.when(span, options)
        totals.append(CumulativeTotal(received_by=gold.received_by, count=count,
                                      as_of_expression=expression,
                                      as_of=date or (options[0] if options else None),
                                      evidence=f.evidence(span)))
    return totals


def _casualties(f: _Finder, count: int | None, reported: bool, words: Sequence[str],
                near: Span) -> Casualties | None:
    if count is not None:
        span = f.number(count, ("people", "civilians", *words), words, prefer=near)
    elif reported:
        span = f.sentence_with(words, near=near)
    else:
        return None
    return Casualties(count=count, evidence=f.evidence(span)) if span else None


def _attack(f: _Finder, gold: GoldAttack, key: Step) -> Attack | None:
    targets = [gold.target] if isinstance(gold.target, str) else list(gold.target or [])
    names = f.words(*targets, *([gold.attacker] if gold.attacker else []))
    weapons: list[WeaponCount] = []
    for kind, number in gold.weapons.items():
        count = f.outlet.count((key, Step("weapons", (kind,))), number)
        words = [*_WEAPON_WORDS.get(kind, ()), *f.words(kind)]
        span = f.sentence_with(words) if count is None else f.number(count, words)
        if span is not None:
            weapons.append(WeaponCount(type=kind, count=count, evidence=f.evidence(span)))
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
        time_expression=expression, date=date or (options[0] if options else None),
        attacker=gold.attacker, targets=targets, weapons=weapons, weapons_total=total,
        regions=[r for r in gold.regions if r.casefold() in f.lower],
        killed=_casualties(f, f.outlet.count((key, Step("killed")), gold.killed),
                           gold.killed_reported, _KILLED_WORDS, main),
        injured=_casualties(f, f.outlet.count((key, Step("injured")), gold.injured),
                            gold.injured_reported, _INJURED_WORDS, main),
        evidence=f.evidence(main),
    )


def _statement(f: _Finder, gold: GoldStatement) -> Statement | None:
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
    f = _Finder(article, gold)
    exchange = gold.exchange
    return ArticleExtraction(
        agreement=_agreement(f, exchange) if exchange else None,
        stages=_stages(f, exchange) if exchange else [],
        cumulative=_cumulative(f, exchange) if exchange else [],
        attacks=[a for a in (_attack(f, g, Step("attacks", attack_keys(gold.attacks, i)))
                             for i, g in enumerate(gold.attacks)) if a],
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
