"""Do two outlets disagree on a toll, or did the toll move between their reports?

A later report's looser figure ('at least 18' the day after 'at least 20', 'more than a
dozen' the day after 13) allows the earlier one: the toll did not fall, and no reader is
told the sources contradict each other. A later figure that does not allow the earlier
one (18 after 'at least 20', 26 after 28, 'so far 5' after 7) is a disagreement, as
are two figures told the same day that no ordering explains, whatever a third report
says the day after.

The articles are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from summarizer import ArticleResult
from summarizer.merge import merge
from summarizer.models import FindingCode, FindingKind, Qualifier, Severity
from summarizer.summary import SummaryFact
from tests.test_events import attack, killed, report

DAY = dt.date(2025, 3, 4)


def told(name: str, day: int, text: str, count: int, fragment: str,
         qualifier: Qualifier | None = None, field: str = "injured") -> ArticleResult:
    """One outlet's report, published `day` days after the attack, of one toll only."""
    return report(name, DAY + dt.timedelta(days=day), text, attack(
        text, text, time_expression="on Tuesday", attacker="Russia", targets=["Sumy"],
        **{field: killed(count, fragment, qualifier)}))


def judged(*reports: ArticleResult, field: str = "injured"
           ) -> tuple[SummaryFact, list[FindingCode]]:
    """The merged toll and the codes of the disagreements found across outlets (an
    update's note is none)."""
    summary = merge(list(reports))
    fact = next(f for f in summary.facts if f.path == f"attacks[2025-03-04].{field}")
    return fact, [f.code for f in summary.findings
                  if f.kind is FindingKind.cross_source and f.severity is not Severity.info]


def test_a_looser_figure_told_later_does_not_make_a_rising_toll_a_disagreement() -> None:
    fact, disagreements = judged(
        told("agency", 0, "A Russian missile hit Sumy on Tuesday, injuring 13 people.",
             13, "injuring 13 people"),
        told("daily", 1, "More than a dozen people were hurt when a missile struck Sumy on "
             "Tuesday.", 12, "More than a dozen people were hurt", "more than"),
        told("weekly", 3, "At least 17 people were wounded in Tuesday's Russian strike on "
             "Sumy.", 17, "At least 17 people were wounded", "at least"),
    )
    assert (fact.value, fact.qualifier, fact.status) == (17, "at least", "updated")
    assert disagreements == []


def test_a_lower_floor_the_next_day_is_no_fall() -> None:
    """Two dead on the day, at least 20 the next, at least 18 the day after: the toll rose
    to at least 20, and the last report's floor does not say it fell."""
    fact, disagreements = judged(
        told("channel", 0, "Two people died as Russian shells hit Sumy on Tuesday.",
             2, "Two people died", field="killed"),
        told("agency", 1, "Russian shelling of Sumy on Tuesday killed at least 20 people, "
             "officials said.", 20, "killed at least 20 people", "at least", field="killed"),
        told("paper", 2, "At least 18 people died after Russia shelled Sumy on Tuesday.",
             18, "At least 18 people died", "at least", field="killed"),
        field="killed")
    assert (fact.value, fact.qualifier, fact.status) == (20, "at least", "updated")
    assert disagreements == []


def test_a_later_figure_that_rules_out_the_earlier_one_is_a_disagreement() -> None:
    """18 cannot be the 'at least 20' of the day before, nor 26 the 28, nor a provisional
    5 the 7 told the day before it: each toll fell, which is no update."""
    for earlier, later in (
        ((20, "at least 20 people were injured", "at least"), (18, "18 injured", None)),
        ((28, "28 people were injured", None), (26, "26 injured", None)),
        ((7, "7 people were injured", None), (5, "5 injured so far", None)),
    ):
        fact, disagreements = judged(
            told("agency", 0, f"A Russian strike on Sumy on Tuesday: {earlier[1]}.",
                 earlier[0], earlier[1], earlier[2]),
            told("paper", 1, f"Russia struck Sumy on Tuesday, {later[1]}.",
                 later[0], later[1], later[2]))
        assert (fact.status, disagreements) == ("conflicting", [FindingCode.conflict]), later


def test_two_figures_of_one_day_disagree_whatever_the_next_day_says() -> None:
    """47 and 'about 80' told the same day are two counts; 'more than 50' the day after
    allows 80 but does not make the 47 an earlier figure of it."""
    fact, disagreements = judged(
        told("agency", 0, "A Russian strike on Sumy on Tuesday injured 47 people.",
             47, "injured 47 people"),
        told("radio", 0, "About 80 people were injured when Russia struck Sumy on Tuesday, "
             "a witness said.", 80, "About 80 people were injured", "about"),
        told("paper", 1, "More than 50 people were injured in Tuesday's strike on Sumy.",
             50, "More than 50 people were injured", "more than"),
    )
    assert (fact.status, disagreements) == ("conflicting", [FindingCode.conflict])
