"""Tolls: what a clause must say to state a number killed or injured.

Support (support.py) weighs a toll's own evidence with it, and elsewhere.py every
other sentence of the article: the two must read a toll alike, or a figure the
support check passes in its evidence would be judged by other words in the rest
of the article.
"""

from __future__ import annotations

import re

from summarizer.validate import lexicon as lx
from summarizer.validate.scope import (
    Check,
    background,
    earlier_report,
    occasions,
    part,
    replaced,
    things,
)
from summarizer.validate.stated import Counts
from summarizer.validate.subsets import subset

_ARMS = re.compile("|".join(lx.WEAPON[k].pattern for k in ("drone", "missile", "rocket",
                                                            "guided bomb", "artillery",
                                                            "explosive")),
                   re.IGNORECASE)
"""A toll's rival: a number nearer to a weapon ('A Russian missile struck, killing 19')."""


def toll(field: str, after: Check) -> Counts:
    """What a clause must say to state a number `field` ('killed' or 'injured'); `after`
    is `scope.continued` at the clause's place in the article."""
    own, rival = (lx.KILLED, lx.INJURED) if field == "killed" else (lx.INJURED, lx.KILLED)
    return Counts(f"a number of people {field}", own, (_only(rival, own),), nouns=(_ARMS,),
                  scope=(background, earlier_report, occasions, things, part(own),
                         subset(own, rival), replaced, after))


def _only(rival: re.Pattern[str], own: re.Pattern[str]) -> re.Pattern[str]:
    """A rival's words that are not also one's own ('casualties' is both)."""
    return re.compile(f"(?!{own.pattern})(?:{rival.pattern})", re.IGNORECASE)
