"""After days: an attack dated by the day of what followed it ('ordered an inquiry on
Wednesday after a drone struck') is flagged, with the figures filed under that day.

Every sentence is written for the test; each flagged case is paired with ones where the
day is the attack's own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.findings import Finding, FindingCode, Severity
from summarizer.models import Article, ArticleExtraction, Attack, Evidence, WeaponCount
from summarizer.pipeline import check

PUBLISHED = dt.date(2024, 3, 7)  # a Thursday
FOLLOWED = "The governor ordered an inquiry on Wednesday after a drone struck a market in the town."


def findings(text: str, evidence: str, expression: str = "on Wednesday",
             when: dt.date = dt.date(2024, 3, 6)) -> list[Finding]:
    drone = WeaponCount(type="drone", count=1, evidence=Evidence(text=evidence))
    extraction = ArticleExtraction(attacks=[Attack(
        date=when, time_expression=expression, attacker="Russia",
        weapons=[drone], evidence=Evidence(text=evidence))])
    art = Article(id="a", source="outlet a", published=PUBLISHED, text=text)
    return [f for f in check(art, extraction)[1] if f.code is FindingCode.date_of_what_followed]


def test_a_day_of_what_followed_the_attack_flags_the_date_and_its_figures() -> None:
    [finding] = findings(FOLLOWED, FOLLOWED)
    assert (finding.code, finding.severity, finding.reaskable) == (
        FindingCode.date_of_what_followed, Severity.warning, True)
    assert finding.facts == ["attacks[2024-03-06].date", "attacks[2024-03-06].weapons[drone]"]


def test_a_day_of_the_search_of_its_rubble_flags_the_date() -> None:
    text = "Rescuers today searched the rubble of a school destroyed by a missile."
    [finding] = findings(text, text, "today", PUBLISHED)
    assert finding.facts == ["attacks[2024-03-07].date", "attacks[2024-03-07].weapons[drone]"]


OWN_DAYS = (
    "The governor ordered an inquiry into Wednesday's drone strike on the market.",
    "Four people were killed on Wednesday after a drone struck a market in the town.",  # dead
    "Russia launched a drone on Wednesday after talks in the capital failed.",  # the strike
    "Mourners gathered on Wednesday following a drone strike on the market on Monday.",
    "The governor ordered an inquiry on Wednesday after talks with the army.",  # no attack
)
"""The day's own part tells the attack or its dead, or the part after 'after' names its
own day or no attack."""


@pytest.mark.parametrize("text", OWN_DAYS)
def test_a_day_that_is_the_attack_s_own_is_not_flagged(text: str) -> None:
    assert findings(text, text) == []


def test_another_sentence_that_dates_the_attack_that_day_keeps_it() -> None:
    text = f"A drone struck a market in the town on Wednesday. {FOLLOWED}"
    assert findings(text, FOLLOWED) == []


SEARCH = "Rescuers today searched the rubble of a school destroyed by a missile."


@pytest.mark.parametrize(("later", "flagged"), [
    ("The toll from Tuesday's strike rose to 12, and three people remained missing today.", True),
    ("A missile struck the school today, the mayor said.", False),
])
def test_a_sentence_that_gives_the_attack_another_day_does_not_name_it_today(
    later: str, flagged: bool
) -> None:
    found = findings(f"{SEARCH} {later}", SEARCH, "today", PUBLISHED)
    assert [f.code for f in found] == ([FindingCode.date_of_what_followed] if flagged else [])


FILLER = ("The city council met in the afternoon to discuss the repair of the old bridge, "
          "and residents asked for more buses on the northern routes. ")
"""A sentence of no attack and no day, repeated to make an article longer than text.memo
keeps (its sentences are then cut once per article, by the checks' Context)."""


def test_a_long_article_is_read_as_a_short_one() -> None:
    """Past text.memo's length the article's sentences come from the Context, cut once:
    the day of what followed is still flagged, and another sentence that gives the attack
    that day still keeps it."""
    padding = FILLER * 20
    assert len(padding) > 2_000
    [finding] = findings(padding + FOLLOWED, FOLLOWED)
    assert finding.facts == ["attacks[2024-03-06].date", "attacks[2024-03-06].weapons[drone]"]
    named = "A drone struck a market in the town on Wednesday, the army said. "
    assert findings(padding + named + FOLLOWED, FOLLOWED) == []
