"""Another attack's count (issue 19, `misassign`): a toll that the extraction gives another
attack, read from that attack's own sentence, is not this attack's.

The sentences are written for the test; the one naming both attacks must be left alone.
"""

from __future__ import annotations

import datetime as dt

from summarizer.models import ArticleExtraction, Attack, Casualties, Evidence
from tests.test_scope import flagged

DAY = dt.date(2024, 1, 1)


def _two(killed: int, evidence: str, text: str) -> list[str]:
    """A Russian attack on Kharkiv and a Ukrainian one on Belgorod; the first one's toll is
    read from `evidence`, the second one's (3) from its own sentence."""
    kharkiv = Attack(date=DAY, attacker="Russia", targets=["Kharkiv"], evidence=Evidence(
        text="Russian guided bombs hit Kharkiv on Monday."),
        killed=Casualties(count=killed, evidence=Evidence(text=evidence)))
    belgorod = Attack(date=DAY, attacker="Ukraine", targets=["Belgorod"], evidence=Evidence(
        text="Ukrainian rockets hit Belgorod."),
        killed=Casualties(count=3, evidence=Evidence(text=BELGOROD)))
    return flagged(text, ArticleExtraction(attacks=[kharkiv, belgorod]))


KHARKIV = "In Kharkiv, three people were killed when bombs hit a shopping centre."
BELGOROD = "In Belgorod, the regional governor said, 3 civilians were killed by shelling."
ARTICLE = (f"Russian guided bombs hit Kharkiv on Monday. {KHARKIV} Ukrainian rockets hit "
           f"Belgorod. {BELGOROD}")


def test_another_attacks_toll_from_its_own_sentence_is_not_this_ones() -> None:
    """Belgorod's 3 given to the Kharkiv attack is flagged; Kharkiv's own three, though equal,
    is its own sentence's, and Belgorod's is not flagged by Kharkiv's taking it."""
    assert _two(3, BELGOROD, ARTICLE) == ["attacks[2024-01-01].killed"]
    assert _two(3, KHARKIV, ARTICLE) == []


def test_a_sentence_naming_both_attacks_is_left_alone() -> None:
    both = "Shelling killed 3 in Belgorod, a day after bombs hit Kharkiv."
    text = f"Russian guided bombs hit Kharkiv on Monday. Ukrainian rockets hit Belgorod. {both}"
    kharkiv = Attack(date=DAY, attacker="Russia", targets=["Kharkiv"], evidence=Evidence(
        text="Russian guided bombs hit Kharkiv on Monday."),
        killed=Casualties(count=3, evidence=Evidence(text=both)))
    belgorod = Attack(date=DAY, attacker="Ukraine", targets=["Belgorod"], evidence=Evidence(
        text="Ukrainian rockets hit Belgorod."),
        killed=Casualties(count=3, evidence=Evidence(text=both)))
    assert flagged(text, ArticleExtraction(attacks=[kharkiv, belgorod])) == []
