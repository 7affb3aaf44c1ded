"""What a qualified number allows: "at least 18" is any toll from 18 up, so a later
"at least 39" or a plain 39 does not contradict it, while a plain 12 does.

A figure is read as the range of true values it leaves open; figures agree when
one value fits every range. "More than 75" is read as 75 or more: outlets write
"more than" and "at least" for the same count, and a plain 75 beside it is no
disagreement a reader could act on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.models import Qualifier

APPROXIMATE = 0.1
"""How far "about 70" or "nearly 70" may be from the count at most: a tenth of it."""


@dataclass(frozen=True)
class Figure:
    """A number as one source gives it, with its qualifier ('at least'), if any."""

    value: int
    qualifier: Qualifier | None = None

    def __str__(self) -> str:
        return f"{self.qualifier} {self.value}" if self.qualifier else str(self.value)

    @property
    def low(self) -> float:
        if self.qualifier in ("up to", "fewer than"):
            return 0
        if self.qualifier in ("about", "nearly"):
            return self.value - self._spread
        return self.value

    @property
    def high(self) -> float:
        if self.qualifier in ("at least", "more than"):
            return float("inf")
        if self.qualifier == "about":
            return self.value + self._spread
        return self.value

    @property
    def _spread(self) -> float:
        """How far an approximate number may be off: half its rounding ('about 70' is 65
        to 75, 'about 138' is no rounding at all), and never more than a tenth."""
        unit = 1
        while self.value and self.value % (unit * 10) == 0:
            unit *= 10
        return min(unit / 2, self.value * APPROXIMATE)

    @property
    def exact(self) -> bool:
        return self.qualifier is None


def fit(figures: Sequence[Figure]) -> bool:
    """One true value fits every figure: 'at least 18', 'at least 39' and 39 do; 18 and
    39 do not."""
    return max(f.low for f in figures) <= min(f.high for f in figures)


def tightest(figures: Sequence[Figure]) -> Figure:
    """The figure that says the most of those that fit together: an exact one, else
    the one whose range lies inside every other's ('at least 39' of 'at least 18')
    or, failing that, the narrowest; on a tie the larger, then the first."""
    exact = [f for f in figures if f.exact]
    if exact:
        return exact[0]

    def inside_all(f: Figure) -> bool:
        return all(o.low <= f.low and f.high <= o.high for o in figures)

    return min(figures, key=lambda f: (not inside_all(f), f.high - f.low, -f.value))
