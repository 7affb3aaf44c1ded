"""Estimated cost of model usage, from a price table users can override.

Prices are estimates: providers change them and bill what their own meters say.
A model missing from the table gets no number (null), never a guess, and a note
that says how to add it; a wrong price would be worse than none.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from summarizer.errors import InputError
from summarizer.summary import Usage

PER = 1_000_000
"""Prices are per this many tokens, as providers publish them."""


@dataclass(frozen=True)
class Price:
    """US dollars per PER prompt (`input`) and completion (`output`) tokens."""

    input: float
    output: float

    def usd(self, usage: Usage) -> float:
        return (usage.prompt_tokens * self.input + usage.completion_tokens * self.output) / PER


@dataclass(frozen=True)
class Estimate:
    """A cost in US dollars, or None with a note saying why there is no number."""

    usd: float | None
    note: str | None = None


class PriceTable:
    """Prices per model; a dated snapshot matches the longest listed name it starts with."""

    def __init__(self, prices: Mapping[str, Price], *, discount: float = 1.0,
                 discount_note: str | None = None) -> None:
        self.prices = dict(prices)
        self.discount = discount
        self.discount_note = discount_note

    @classmethod
    def load(cls, override: Path | None = None) -> PriceTable:
        """The packaged table, with the entries of `override` (same shape) on top."""
        packaged = resources.files("summarizer").joinpath("data", "prices.json")
        prices = _parse(packaged.read_text("utf-8"), "summarizer/data/prices.json")
        if override is not None:
            try:
                text = override.read_text("utf-8")
            except OSError as exc:
                raise InputError(str(override), f"cannot read the price table: {exc.strerror}; "
                                 "check --prices") from exc
            prices.update(_parse(text, str(override)))
        return cls(prices)

    def batch_priced(self) -> PriceTable:
        """The same table at OpenAI Batch API rates, which are half the list price."""
        return PriceTable(self.prices, discount=0.5,
                          discount_note="at OpenAI Batch API rates (50% of list)")

    def price(self, model: str | None) -> Price | None:
        if not model:
            return None
        if model in self.prices:
            return self.prices[model]
        matches = [name for name in self.prices if model.startswith(name)]
        return self.prices[max(matches, key=len)] if matches else None

    def estimate(self, usage: Usage, model: str | None) -> Estimate:
        if usage.prompt_tokens == 0 and usage.completion_tokens == 0:
            return Estimate(0.0)
        price = self.price(model)
        if price is None:
            return Estimate(None, f"no price for model {model!r}; add it to a table passed "
                            "with --prices (USD per 1M input and output tokens)")
        return Estimate(round(price.usd(usage) * self.discount, 6), self.discount_note)


def _parse(text: str, where: str) -> dict[str, Price]:
    try:
        data = json.loads(text)
        models = data["models"]
        return {str(name): Price(float(p["input"]), float(p["output"]))
                for name, p in models.items()}
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(where, 'a price table is {"models": {"<model>": {"input": USD, '
                         '"output": USD}}} with prices per 1M tokens') from exc
