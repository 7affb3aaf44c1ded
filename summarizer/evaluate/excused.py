"""Which error findings on correct extractions are no false alarm: the sources' own
disagreement on a fact the gold file lists as a conflict.

Such a disagreement reaches the validator two ways. Across outlets it is a cross-source
conflict. Inside one article that prints two authorities' figures ('195 from each side,
according to the ministry'; 'Zelensky confirmed the return of 207') it is an arithmetic
finding whose figures the article itself gives (not re-askable: the model did not cause
it), such as a one-for-one swap with unequal sides. Both say what the gold file says: the
sources disagree there. Any other error on a listed fact is still a false alarm.
"""

from __future__ import annotations

from summarizer.evaluate.flatten import finding_steps, gold_conflicts
from summarizer.evaluate.gold import GoldCase
from summarizer.evaluate.paths import EvalFact
from summarizer.evaluate.scoring import Normalizer, paths_match
from summarizer.models import Finding, FindingKind


class ListedConflicts:
    """The conflicts one gold file lists, to tell a finding on one of them."""

    def __init__(self, gold: GoldCase) -> None:
        self._norm = Normalizer(gold.aliases)
        self._paths = [self._norm.fact(c).path for c in gold_conflicts(gold)]

    def excuse(self, finding: Finding) -> bool:
        """Whether `finding` is the sources' own disagreement on a listed conflict."""
        if not (finding.kind is FindingKind.cross_source or (
                finding.kind is FindingKind.arithmetic and not finding.reaskable)):
            return False
        named = [self._norm.fact(EvalFact(p, None)).path for p in finding_steps(finding)]
        return any(paths_match(listed, path, loose=True)
                   for listed in self._paths for path in named)
