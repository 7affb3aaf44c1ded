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
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from summarizer.articles import load_file
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
Gold = dict[str, Any]

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

    def __init__(self, article: Article, aliases: dict[str, list[str]]) -> None:
        self.article = article
        self.text = article.text
        self.lower = article.text.lower()
        self.sentences = _spans(article.text, _SENTENCE_END)
        self.paragraphs = _spans(article.text, _PARAGRAPH_END)
        self.aliases = {k.casefold(): [v.casefold() for v in vs] for k, vs in aliases.items()}

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

    def sentence_with(self, *groups: Sequence[str]) -> Span | None:
        """The first sentence holding a word of every group."""
        for span in self.sentences:
            sentence = self.lower[span[0]:span[1]]
            if all(any(w and w in sentence for w in group) for group in groups):
                return span
        return None

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


def _stem(party: str) -> str:
    """'Ukraine' -> 'ukrain', so '307 Ukrainian POWs' and '390 Russians' name a party."""
    name = party.casefold()
    return name[:-1] if len(name) > 4 and name[-1] in "aeiy" else name


def _occurrences(text: str, word: str) -> Iterable[int]:
    start = text.find(word)
    while start >= 0:
        yield start
        start = text.find(word, start + 1)


def _dates(value: str | list[str] | None) -> list[dt.date]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [dt.date.fromisoformat(v) for v in items]


def _agreement(f: _Finder, exchange: Gold) -> Agreement | None:
    agreed = exchange.get("agreed_total") or {}
    if not agreed:
        return None
    at = exchange.get("agreed_at") or {}
    shares = [PartyCount(party=party, count=count)
              for party, count in (agreed.get("by_party") or {}).items()]
    if shares:
        span = f.sentence_stating([s.count for s in shares], _DEAL_WORDS)
    else:
        context = [*f.words(at["place"])] if at.get("place") else []
        context += [d.strftime("%B ") + str(d.day) for d in _dates(at.get("date"))]
        span = f.number(agreed["count"], _AGREEMENT_WORDS, ("exchange", "swap"),
                        context=context)
    if span is None:
        return None
    expression, date = f.when(span, _dates(at.get("date")))
    place = at.get("place")
    stated_place = place if place and any(w in f.lower for w in f.words(place)) else None
    return Agreement(total=agreed.get("count"), per_side=bool(agreed.get("per_side")),
                     by_party=shares,
                     place=stated_place, date_expression=expression, date=date,
                     evidence=f.evidence(span))


def _release(f: _Finder, gold: Gold, parties: list[str]) -> Release | None:
    by = gold["by"]
    others = [p for p in parties if p != by]
    categories = gold.get("breakdown") or {}
    nouns = [*f.words(*categories), *(_stem(p) for p in parties), *_PEOPLE]
    span = f.number(gold["count"], nouns, _RELEASE_VERBS)
    items: list[BreakdownItem] = []
    for category, count in categories.items():
        item_span = f.number(count, f.words(category), prefer=span)
        if item_span is not None:
            items.append(BreakdownItem(category=category, count=count,
                                       evidence=f.evidence(item_span)))
    complete = bool(gold.get("complete")) and len(items) == len(categories)
    if span is None:
        if not (complete and items and len({i.evidence.text for i in items}) == 1):
            return None
        span = f.number(items[0].count, f.words(items[0].category))
        if span is None:
            return None
    return Release(released_by=by, received_by=others[0] if len(others) == 1 else None,
                   count=gold["count"], breakdown=items, breakdown_complete=complete,
                   evidence=f.evidence(span))


def _stages(f: _Finder, exchange: Gold) -> list[ExchangeStage]:
    parties = list(exchange.get("parties") or [])
    stages: list[ExchangeStage] = []
    for gold in exchange.get("stages") or []:
        releases = [r for r in (_release(f, g, parties) for g in gold.get("released", [])) if r]
        if not releases:
            continue
        options = _dates(gold.get("date"))
        near = f.text.find(releases[0].evidence.text)
        expression, date = f.when((near, near + len(releases[0].evidence.text)), options)
        stages.append(ExchangeStage(time_expression=expression,
                                    date=date or (options[0] if options else None),
                                    releases=releases))
    return sorted(stages, key=lambda s: s.date or dt.date.min)


def _cumulative(f: _Finder, exchange: Gold) -> list[CumulativeTotal]:
    totals: list[CumulativeTotal] = []
    for gold in exchange.get("cumulative") or []:
        span = f.number(gold["count"], _TOTAL_WORDS, ("total of", "total to"))
        if span is None:
            continue
        options = _dates(gold.get("as_of"))
        expression, date = f.when(span, options)
        totals.append(CumulativeTotal(received_by=gold["received_by"], count=gold["count"],
                                      as_of_expression=expression,
                                      as_of=date or (options[0] if options else None),
                                      evidence=f.evidence(span)))
    return totals


def _casualties(f: _Finder, count: int | None, reported: bool, words: Sequence[str],
                near: Span) -> Casualties | None:
    if count is not None:
        span = f.number(count, ("people", "civilians", *words), words, prefer=near)
    elif reported:
        span = f.sentence_with(words)
    else:
        return None
    return Casualties(count=count, evidence=f.evidence(span)) if span else None


def _attack(f: _Finder, gold: Gold) -> Attack | None:
    target, attacker = gold.get("target"), gold.get("attacker")
    names = f.words(*(n for n in (target, attacker) if n))
    weapons: list[WeaponCount] = []
    for kind, count in (gold.get("weapons") or {}).items():
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
    options = _dates(gold.get("date"))
    expression, date = f.when(main, options)
    return Attack(
        time_expression=expression, date=date or (options[0] if options else None),
        attacker=attacker, targets=[target] if target else [], weapons=weapons,
        weapons_total=total,
        regions=[r for r in gold.get("regions") or [] if r.casefold() in f.lower],
        killed=_casualties(f, gold.get("killed"), bool(gold.get("killed_reported")),
                           _KILLED_WORDS, main),
        injured=_casualties(f, gold.get("injured"), bool(gold.get("injured_reported")),
                            _INJURED_WORDS, main),
        evidence=f.evidence(main),
    )


def _statement(f: _Finder, gold: Gold) -> Statement | None:
    quote = gold["quote"]
    if not contains_verbatim(f.text, quote):
        return None
    found = find(f.text, quote)
    if found.start is None or found.end is None:
        return None
    span = (found.start, found.end)
    expression, date = f.when(span, _dates(gold.get("date")))
    return Statement(speaker=gold["speaker"], channel=gold.get("channel"),
                     time_expression=expression, date=date, quote=quote,
                     evidence=f.evidence(span))


def reference_extraction(article: Article, gold: Gold) -> ArticleExtraction:
    """What `article` states of the gold case, with evidence from its own text."""
    f = _Finder(article, gold.get("aliases") or {})
    exchange = gold.get("exchange") or {}
    return ArticleExtraction(
        agreement=_agreement(f, exchange) if exchange else None,
        stages=_stages(f, exchange) if exchange else [],
        cumulative=_cumulative(f, exchange) if exchange else [],
        attacks=[a for a in (_attack(f, g) for g in gold.get("attacks") or []) if a],
        statements=[s for s in (_statement(f, g) for g in gold.get("statements") or []) if s],
    )


def load_case(gold_path: str | Path) -> tuple[Gold, list[Article]]:
    """A gold file and its articles, sources named as the gold file names them."""
    path = Path(gold_path)
    gold: Gold = json.loads(path.read_text(encoding="utf-8"))
    articles: list[Article] = []
    for entry in gold.get("articles", []):
        for article in load_file(path.parent / entry["path"]):
            articles.append(article.model_copy(update={"source": entry.get("source")
                                                       or article.source}))
    return gold, articles


def reference_pairs(gold_path: str | Path) -> list[tuple[Article, ArticleExtraction]]:
    gold, articles = load_case(gold_path)
    return [(article, reference_extraction(article, gold)) for article in articles]
