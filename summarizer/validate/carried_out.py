"""Carried out: a release that took place is no figure of the deal that provides for it.

A deal's figure is what the sides agreed ('Hamas is to free 50 hostages in exchange for
150 prisoners'); an article about the deal also tells the releases made under it ('Israel
released 30 prisoners on Tuesday', 'has released 180 since the truce began'), with the
same nouns and verbs, and the support check's deal words include the release verbs, since
a deal is written with them ('agreed to release'). A number whose sentence tells a release
in the past and says nothing of an agreement, a plan or what is to come counts that
release, not the deal: the support check (support.py) holds it against an agreed total or
share. What the deal provides is read up to the next number only: 'has released 81 hostages
out of the 150 agreed' tells a release of 81 made, and the deal's 150.
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention
from summarizer.validate import lexicon as lx
from summarizer.validate.counting import counts

_MADE = re.compile(
    r"\b(?:released|freed|returned|handed over|swapped|exchanged|repatriated|let go|"
    r"landed)\b",
    re.IGNORECASE)
"""A release told as made ('released', 'were freed', 'has returned', 'the plane carrying
them had landed'): not lexicon.DONE, any verb done, which tells a plan's people from the
clause's assertion."""

_PROMISED = lx.either(
    lx.words("agree", "deal$", "deals$", "accord", "terms$", "plan$", "plans$", "plann",
             "pact", "arrangement", "negotiat", "promis", "pledg", "propos", "offer",
             "commit$", "commits$", "committed", "committing", "commitment", "expect",
             "each$", "per$", "will$", "would$", "shall$"),
    re.compile(r"\b(?:in (?:exchange|return)|(?:is|are|was|were|set|due) to|to be|"
               r"for every|-for-)\b", re.IGNORECASE))
"""What makes a sentence's release the deal's terms: an agreement, a plan, a future, a
rate ('each', '-for-')."""


def carried_out(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """Why a number is a release made rather than the deal's figure, or None."""
    if not _MADE.search(text, *clause):
        return None
    lo, hi = lx.sentence_at(text, mention.start)
    later = counts(text[mention.end:hi])
    if _PROMISED.search(text, lo, mention.end + later[0].start if later else hi):
        return None
    return "there it is a release that took place, not what the deal provides"
