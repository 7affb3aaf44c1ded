"""Each outlet's own figures where a gold case records the sources disagreeing.

A reference extraction (`reference.py`) carries what its article says: where
NBC counts 25 hostages and the gold case 24, NBC's reference says 25, so the
merge has the disagreement to find that the gold file lists.
"""

from __future__ import annotations

from summarizer.evaluate.gold import GoldCase, GoldCount, GoldQualified
from summarizer.evaluate.paths import EvalFact, Steps, parse_path
from summarizer.evaluate.scoring import Normalizer, paths_match


class OutletFigures:
    """One outlet's own figures where the gold case records the sources disagreeing:
    its reference carries what it says, so the merge has a conflict to find. An outlet
    that gives a figure in its own voice and another citing an authority ('allAfrica'
    and 'allAfrica, citing SEMA') prints both: its own first, then each it cites."""

    def __init__(self, gold: GoldCase, source: str | None) -> None:
        self._norm = Normalizer(gold.aliases)
        self._said: list[tuple[Steps, list[GoldCount | None]]] = []
        for conflict in gold.conflicts:
            keys = [k for k in conflict.values if k == source] + [
                k for k in conflict.values if source and k.startswith(f"{source}, citing ")]
            if keys:
                numbers = [value if isinstance(value, int | GoldQualified)
                           and not isinstance(value, bool) else None
                           for value in (conflict.values[k] for k in keys)]
                self._said.append((self._path(parse_path(conflict.field)), numbers))

    def _path(self, path: Steps) -> Steps:
        return self._norm.fact(EvalFact(path, None)).path

    def _claims(self, path: Steps) -> list[GoldCount | None] | None:
        scored = self._path(path)
        return next((said for field, said in self._said if paths_match(field, scored)), None)

    def number(self, path: Steps, number: GoldCount | None) -> GoldCount | None:
        """This outlet's figure for `path` if it is one of a conflict's sides, else gold's;
        the first authority's where the outlet prints several ('citing ...')."""
        claims = self._claims(path)
        return number if claims is None else claims[0]

    def other_claims(self, path: Steps) -> list[GoldCount | None]:
        """The figures this outlet prints for `path` from its other authorities: one
        outlet gives the army's 23 dead and the other side's 58."""
        return (self._claims(path) or [])[1:]
