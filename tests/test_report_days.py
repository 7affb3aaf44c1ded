"""Report days: an attack's figure that its own sentence says was reported before the day
the attack is dated, or whose earlier figure was ('revised from 95 to 120'), counts an
earlier attack.

The sentences are the test's own. A flagged figure passes once it is filed under the
day of the attack its report is about, and a day that is the event's, not a report's
('said 120 were killed on Saturday'), is never held against the attack.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.merge import merge
from summarizer.models import (
    Article,
    ArticleExtraction,
    Attack,
    Casualties,
    Evidence,
    Finding,
    FindingCode,
    Severity,
    WeaponCount,
)
from summarizer.pipeline import check
from summarizer.summary import ArticleResult

PUBLISHED = dt.date(2024, 3, 4)  # a Monday
SATURDAY, SUNDAY = dt.date(2024, 3, 2), dt.date(2024, 3, 3)
SHELLING = "Artillery pounded the northern towns again on Sunday."
UPDATE = ("In an update on Sunday, the ministry said 120 people were killed, up from 95 it "
          "reported on Saturday.")

INTERVIEW = "In an interview with state television on Saturday, the mayor gave the toll as 95."
REVISED = "The governor on Sunday revised the toll from 95 to 120."


def run(text: str, toll: str, date: dt.date, words: str | None = "its own"
        ) -> tuple[Article, ArticleExtraction, list[Finding]]:
    """`words`: the attack's time expression; by default the weekday it is dated."""
    assert toll in text
    extraction = ArticleExtraction(attacks=[Attack(
        time_expression=f"on {date:%A}" if words == "its own" else words, date=date,
        attacker="Russia",
        killed=Casualties(count=120, evidence=Evidence(text=toll)),
        evidence=Evidence(text=text.split(".")[0]))])
    art = Article(id="a", source="outlet a", published=PUBLISHED, text=text)
    grounded, found = check(art, extraction)
    return art, grounded, found


def reported_before(text: str, toll: str, date: dt.date) -> list[tuple[FindingCode, str]]:
    return [(f.code, p) for f in run(text, toll, date)[2]
            if f.code is FindingCode.reported_before_event for p in f.facts]


@pytest.mark.parametrize(("text", "toll", "date", "expected"), [
    (f"{SHELLING} {UPDATE}", UPDATE, SUNDAY, True),
    (f"{SHELLING} {UPDATE}", UPDATE, SATURDAY, False),
    ("Artillery pounded the towns again. Officials said on Sunday that 120 people were killed.",
     "Officials said on Sunday that 120 people were killed.", SUNDAY, False),
    ("Artillery pounded the towns again. Officials said that on Saturday 120 people died.",
     "Officials said that on Saturday 120 people died.", SUNDAY, False),
    ("Artillery pounded the towns again. The governor on Saturday said 120 people were killed.",
     "The governor on Saturday said 120 people were killed.", SUNDAY, True),
    ("Artillery pounded the towns again. Officials said drones struck on Saturday and killed "
     "120 people.", "Officials said drones struck on Saturday and killed 120 people.", SUNDAY,
     False),
    ("Artillery pounded the towns again. Officials said 120 people were killed on Saturday.",
     "Officials said 120 people were killed on Saturday.", SUNDAY, False),
    ("Artillery pounded the towns again. On Saturday, the governor said 120 people were "
     "killed.", "On Saturday, the governor said 120 people were killed.", SUNDAY, True),
    ("Artillery pounded the towns again. On Saturday, drones killed 120 people, the governor "
     "said.", "On Saturday, drones killed 120 people, the governor said.", SUNDAY, False),
    (f"Artillery hit the market again on Sunday. {INTERVIEW} {REVISED}", REVISED, SUNDAY,
     True),
    (f"Two blasts tore through the market. {INTERVIEW} {REVISED}", REVISED, SATURDAY, False),
    ('Artillery pounded the towns again. "We said on Saturday that 120 people were dead," the '
     "mayor said.", "We said on Saturday that 120 people were dead", SUNDAY, False),
])
def test_a_figure_reported_before_its_attack_is_another_attacks(
    text: str, toll: str, date: dt.date, expected: bool
) -> None:
    path = f"attacks[{date.isoformat()}].killed"
    assert reported_before(text, toll, date) == (
        [(FindingCode.reported_before_event, path)] if expected else [])


def test_the_figure_is_unsupported_in_the_summary_and_re_asked() -> None:
    art, grounded, found = run(f"{SHELLING} {UPDATE}", UPDATE, SUNDAY)
    [finding] = [f for f in found if f.code is FindingCode.reported_before_event]
    assert (finding.severity, finding.reaskable) == (Severity.warning, True)
    summary = merge([ArticleResult(article_id="a", source="outlet a", backend="test",
                                   extraction=grounded, findings=found)], articles=[art])
    assert [f.status for f in summary.facts if f.path.endswith(".killed")] == ["unsupported"]


@pytest.mark.parametrize(("words", "expected"), [
    ("on Sunday", [(FindingCode.date_of_a_report, Severity.error,
                    ["attacks[2024-03-03].date", "attacks[2024-03-03].killed"])]),
    (None, [(FindingCode.date_of_a_report, Severity.error,
             ["attacks[2024-03-03].date", "attacks[2024-03-03].killed"])]),
])
def test_an_attack_dated_after_its_report_is_misdated_with_its_figures(
    words: str | None, expected: list[tuple[FindingCode, Severity, list[str]]]
) -> None:
    """Dated Sunday, with no words of its own or by 'on Sunday' where Sunday is only the
    day the toll was revised, while the toll it revised was given on Saturday: the date
    is the weaker claim, and the toll filed under it is misfiled with it. Where the
    article names Sunday for an attack itself (above), the toll is the one misfiled."""
    text = f"Two blasts tore through the market. {INTERVIEW} {REVISED}"
    found = run(text, REVISED, SUNDAY, words=words)[2]
    assert [(f.code, f.severity, f.facts) for f in found if f.code in (
        FindingCode.date_of_a_report, FindingCode.reported_before_event)] == expected


TOLL = "Shelling of the port has killed 120 people, the regional health office said yesterday."


@pytest.mark.parametrize(("again", "date", "expected"), [
    ("On Saturday evening, the regional governor said the death toll had reached 120.",
     SUNDAY, [(FindingCode.date_of_a_report, Severity.error,
               ["attacks[2024-03-03].date", "attacks[2024-03-03].killed"])]),
    ("On Saturday evening, the regional governor said the death toll had reached 120.",
     SATURDAY, []),
    ("On Saturday evening, the regional governor said 120 homes had no power.", SUNDAY, []),
    ("On Saturday, rescuers dug out 120 bodies, the regional governor said.", SUNDAY, []),
])
def test_a_toll_reported_again_in_another_sentence_dates_the_attack(
    again: str, date: dt.date, expected: list[tuple[FindingCode, Severity, list[str]]]
) -> None:
    """The toll's own sentence gives it 'yesterday' (Sunday), another sentence tells the
    same toll on Saturday already, naming who said it after a day that opens it: the
    attack was not on Sunday. Not where the other sentence's 120 counts something else,
    nor where Saturday is the day of what was done, not said."""
    found = run(f"{TOLL} {again}", TOLL, date, words=None)[2]
    assert [(f.code, f.severity, f.facts) for f in found if f.code in (
        FindingCode.date_of_a_report, FindingCode.reported_before_event)] == expected


QUOTED = "\u201cThe strike killed 120 people.\u201d"


@pytest.mark.parametrize(("said", "expected"), [
    ("In a statement issued late Saturday evening, the governor said:", [
        (FindingCode.date_of_a_report, Severity.error,
         ["attacks[2024-03-03].date", "attacks[2024-03-03].killed"])]),
    ("In a statement issued late Saturday night, the governor said:", []),
    ("In a statement issued late Saturday evening, the governor said the port was shut.", []),
])
def test_a_toll_quoted_below_the_report_that_introduces_it_has_the_reports_day(
    said: str, expected: list[tuple[FindingCode, Severity, list[str]]]
) -> None:
    """The toll is a quotation in the paragraph below the sentence that introduces it with
    a colon: it was said in a statement issued on Saturday evening, so the attack was not
    on Sunday. A statement of late Saturday night may be after midnight; a sentence that
    does not introduce the quotation does not date it."""
    text = f"Drones hit the fuel depot.\n\n{said}\n\n{QUOTED}"
    found = run(text, "The strike killed 120 people.", SUNDAY, words=None)[2]
    assert [(f.code, f.severity, f.facts) for f in found if f.code in (
        FindingCode.date_of_a_report, FindingCode.reported_before_event)] == expected


def test_a_heading_with_no_full_stop_does_not_date_the_lead_below_it() -> None:
    """A standfirst too long to be a wrapped line ends its sentence though it has no full
    stop (text.lines): its report day is not the day of the toll in the lead below it, for
    the checks as for the extractor."""
    lead = "Russian shelling killed 120 people in the northern towns on Sunday, officials said."
    text = ("The governor said on Saturday that 40 families in the northern towns should stay "
            f"in their shelters as the shelling went on into the night\n{lead}\n")
    assert reported_before(text, lead, SUNDAY) == []
    assert reported_before(text.replace("night\n", "night. "), lead, SUNDAY) == []


def _filed(text: str, toll: str, date: dt.date, words: str) -> list[tuple[FindingCode, str]]:
    return [(f.code, p) for f in run(text, toll, date, words)[2]
            if f.code is FindingCode.date_of_a_report for p in f.facts]


PREVIOUS = ("Police said on Sunday that 120 people were killed in a bombing at a market, "
            "the previous evening.")
RISEN = "The toll of the bombing of a market on Saturday increased to 120 on Sunday."
AS_OF = ("As of Sunday morning, 120 people were reported dead in missile attacks on the town "
         "on Saturday.")
AFTER = "The toll rose to 120 on Sunday after a missile hit the market on Saturday."
OWN_DAY = "Police said on Sunday that 120 people were killed when a bomb hit the market on Sunday."


@pytest.mark.parametrize(("text", "words", "expected"), [
    (PREVIOUS, "on Sunday", [(FindingCode.date_of_a_report, "attacks[2024-03-03].date"),
                             (FindingCode.date_of_a_report, "attacks[2024-03-03].killed")]),
    (RISEN, "on Sunday", [(FindingCode.date_of_a_report, "attacks[2024-03-03].date"),
                          (FindingCode.date_of_a_report, "attacks[2024-03-03].killed")]),
    (AS_OF, "Sunday", [(FindingCode.date_of_a_report, "attacks[2024-03-03].date"),
                       (FindingCode.date_of_a_report, "attacks[2024-03-03].killed")]),
    (AFTER, "on Sunday", [(FindingCode.date_of_a_report, "attacks[2024-03-03].date"),
                          (FindingCode.date_of_a_report, "attacks[2024-03-03].killed")]),
    (OWN_DAY, "on Sunday", []),
    (PREVIOUS, None, []),
])
def test_an_attack_dated_by_its_report_is_of_the_earlier_day_its_evidence_names(
        text: str, words: str | None, expected: list[tuple[FindingCode, str]]) -> None:
    """Dated Sunday by words that tell only when the toll was reported, while the same
    evidence names Saturday for the bombing ('the previous evening' counts from the
    report's day; 'as of' a day tells a count's; a day after 'attacks' or 'after' in what
    was reported is the attack's): its figures are filed under a day no one gives it. Not where
    the evidence names Sunday for the attack too, nor a date without words, which the
    temporal checks judge."""
    assert _filed(text, text, SUNDAY, words) == expected


SAID_BY = "The governor on Sunday said the attack was carried out by an army drone."
VILLAGE = f"Twelve people were killed in a drone attack on the village on Saturday. {SAID_BY}"


@pytest.mark.parametrize(("another_on_saturday", "expected"), [
    (False, [(FindingCode.date_of_a_report, "attacks[2024-03-03].date"),
             (FindingCode.date_of_a_report, "attacks[2024-03-03].weapons[drone]")]),
    (True, []),
])
def test_an_attack_dated_by_a_report_whose_evidence_names_no_day_takes_the_articles(
        another_on_saturday: bool, expected: list[tuple[FindingCode, str]]) -> None:
    """The evidence names Sunday only for what the governor said: the attack is of the
    day the article names for one, Saturday, unless another attack of the extraction is
    Saturday's (the day is then that one's)."""
    said = Evidence(text=SAID_BY)
    attacks = [Attack(time_expression="on Sunday", date=SUNDAY, attacker="the army",
                      weapons=[WeaponCount(type="drone", count=1, evidence=said)],
                      evidence=said)]
    if another_on_saturday:
        attacks.append(Attack(time_expression="on Saturday", date=SATURDAY, attacker="rebels",
                              evidence=Evidence(text=VILLAGE.split(".")[0])))
    art = Article(id="a", source="outlet a", published=PUBLISHED, text=VILLAGE)
    found = check(art, ArticleExtraction(attacks=attacks))[1]
    assert [(f.code, p) for f in found if f.code is FindingCode.date_of_a_report
            for p in f.facts] == expected


ELSEWHERE = "Separately, a drone hit an army base in the south on Saturday."


@pytest.mark.parametrize(("toll", "expected"), [
    ("The health ministry said at least 120 people died on Sunday in a strike on the town.",
     []),
    ("Officials told reporters 120 civilians died on Sunday when shells hit the market.", []),
    ("The governor said 120 residents fled on Sunday and 120 people were killed.", []),
    # the day of the report itself
    ("The health ministry said on Sunday that at least 120 people died in a strike on the "
     "town.", [(FindingCode.date_of_a_report, "attacks[2024-03-03].date"),
               (FindingCode.date_of_a_report, "attacks[2024-03-03].killed")]),
])
def test_a_day_after_died_is_the_deaths_not_the_reports(
        toll: str, expected: list[tuple[FindingCode, str]]) -> None:
    """'said 120 people died on Sunday' tells Sunday's deaths, as 'said 120 were killed on
    Sunday' does: a verb too short for the '-ed' rule is still the verb of what was said.
    Where the day is the report's, the attack is Saturday's, the only day the article
    names for one."""
    text = f"{toll} {ELSEWHERE}"
    assert _filed(text, toll, SUNDAY, "on Sunday") == expected


@pytest.mark.parametrize(("other", "expected"), [
    ("The agency also said that warplanes struck Kharkiv on Saturday.", []),
    ("Earlier, a drone attack on Dnipro on Saturday wounded two, the governor wrote.", []),
    # the attack's own city, or no city at all
    ("The agency also said that warplanes struck Odesa on Saturday.",
     [(FindingCode.date_of_a_report, "attacks[2024-03-03].date"),
      (FindingCode.date_of_a_report, "attacks[2024-03-03].injured")]),
    ("The agency also said that warplanes struck the port on Saturday.",
     [(FindingCode.date_of_a_report, "attacks[2024-03-03].date"),
      (FindingCode.date_of_a_report, "attacks[2024-03-03].injured")]),
])
def test_the_day_of_an_attack_on_another_city_does_not_date_this_one(
        other: str, expected: list[tuple[FindingCode, str]]) -> None:
    """A strike on Odesa dated Sunday by a report's day, its evidence naming none for the
    strike: the article's day for an attack dates it only where that sentence names no
    city, or Odesa; a sentence about Kharkiv or Dnipro tells another attack."""
    toll = ("The health ministry said the strikes on Odesa wounded 13 people, officials said "
            "on Sunday.")
    attack = Attack(time_expression="on Sunday", date=SUNDAY, attacker="Russia",
                    targets=["Odesa"], evidence=Evidence(text=toll),
                    injured=Casualties(count=13, evidence=Evidence(text=toll)))
    art = Article(id="a", source="outlet a", published=PUBLISHED, text=f"{toll} {other}")
    found = check(art, ArticleExtraction(attacks=[attack]))[1]
    assert [(f.code, p) for f in found if f.code is FindingCode.date_of_a_report
            for p in f.facts] == expected
