"""The offline backend: fills `ArticleExtraction` with rules, without a model.

It is the default when no model is configured, so the tool works on a fresh
machine. It reads what it can read reliably (numbers with their nouns, time
expressions, quotations with their speakers) and leaves a field empty rather
than guess: lower recall, but a figure it reports is in its evidence, and its
output goes through the same grounding and validation as a model's.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from summarizer.backends import Attempt
from summarizer.backends.rules.attacks import AttackReader
from summarizer.backends.rules.exchange import ExchangeReader
from summarizer.backends.rules.freed_by_name import freed_by_name
from summarizer.backends.rules.listed_weapons import with_parts_added
from summarizer.backends.rules.marks import find_quotes
from summarizer.backends.rules.numbers import Count, counts, elided
from summarizer.backends.rules.quotes import statements
from summarizer.backends.rules.singular import single_weapons
from summarizer.backends.rules.text import split_units
from summarizer.models import Article, ArticleExtraction
from summarizer.summary import Usage
from summarizer.text.gazetteer import Gazetteer, Places, load_gazetteer, user_path

RULES_VERSION = "rules.v1"

__all__ = ["RULES_VERSION", "RulesBackend"]


class RulesBackend:
    """Deterministic extraction; `gazetteer` (or $SUMMARIZER_GAZETTEER) names a JSON file that
    extends the shipped list of countries, groups, cities and regions."""

    name = "rules"
    model: str | None = None
    prompt_version: str | None = RULES_VERSION

    def __init__(self, gazetteer: str | Path | None = None) -> None:
        self.gazetteer: Gazetteer = load_gazetteer(user_path(gazetteer))

    async def extract(self, article: Article, feedback: Sequence[str] = ()) -> Attempt:
        """`feedback` is ignored: rules give the same answer every time, so a re-ask could
        only repeat it."""
        return Attempt(extraction=self.read(article), usage=Usage())

    def read(self, article: Article) -> ArticleExtraction:
        text, published = article.text, article.published_date
        quotes = find_quotes(text)
        units = split_units(text, quotes)
        people: dict[int, list[Count]] = {}
        weapons: dict[int, list[Count]] = {}
        head = ""
        for unit in units:
            counted = counts(text, unit.start, unit.end, self.gazetteer)
            counted += freed_by_name(text, unit.start, unit.end, self.gazetteer, counted)
            for count in with_parts_added(text, sorted(counted, key=lambda c: c.start)):
                (people if count.kind == "people" else weapons).setdefault(unit.start, []).append(
                    count)
            told = people.get(unit.start, [])
            if head or told:  # "390 prisoners each on Friday and 307 each on Saturday"
                told = sorted(told + elided(text, unit.start, unit.end, told, head or told[0].head),
                              key=lambda c: c.start)
                people[unit.start], head = told, told[-1].head if told else head
            weapons.setdefault(unit.start, []).extend(
                single_weapons(text, unit.start, unit.end, self.gazetteer))
        places = Places(self.gazetteer, text)
        agreement, stages, cumulative = ExchangeReader(text, published, places).read(
            units, people)
        return ArticleExtraction(
            agreement=agreement,
            stages=stages,
            cumulative=cumulative,
            attacks=AttackReader(text, published, places).read(units, weapons),
            statements=statements(text, units, quotes, self.gazetteer),
        )
