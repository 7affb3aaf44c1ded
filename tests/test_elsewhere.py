"""Given elsewhere: a toll stated right in its own clause is still unsupported when
another sentence of its article gives a higher toll for the same attack (a later
update, a quoted count, the lead), and passes when the other figure is a part, another
event's, place's or day's, a sum, a claim, a ceiling, or a toll the figure was revised
down from.

Every sentence is written for the test, in the styles of several outlets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer import models as m
from summarizer.merge import merge
from summarizer.pipeline import check
from summarizer.summary import ArticleResult

PUBLISHED = dt.date(2024, 3, 6)  # a Wednesday
DAY = dt.date(2024, 3, 5)
PATH = "attacks[2024-03-05].{}"


def _attack(evidence: str, field: str, count: int, target: str | None = None) -> m.Attack:
    told = m.Casualties(count=count, evidence=m.Evidence(text=evidence))
    return m.Attack(date=DAY, attacker="gunmen", targets=[target] if target else [],
                    evidence=m.Evidence(text=evidence), **{field: told})


def found(text: str, evidence: str, count: int, field: str = "killed", *,
          target: str | None = None, others: tuple[m.Attack, ...] = ()) -> list[tuple[str, str]]:
    extraction = m.ArticleExtraction(attacks=[
        _attack(evidence, field, count, target), *others])
    art = m.Article(id="a", source="outlet a", published=PUBLISHED, text=text)
    return [(f.code.value, path) for f in check(art, extraction)[1]
            if f.code is m.FindingCode.figure_given_otherwise for path in f.facts]


LEAD = "Gunmen stormed a market in the northern town on Tuesday, killing 40 people, police said."


@pytest.mark.parametrize(("text", "evidence", "count", "field"), [
    (f"{LEAD}\n\nBy Wednesday evening the toll had risen to 52, a hospital director said.",
     LEAD, 40, "killed"),
    ("A local official said 23 people died in the blast on Tuesday.\n\n"
     "\u201cWe have pulled 31 bodies from the rubble,\u201d the rescue chief told reporters.",
     "A local official said 23 people died in the blast on Tuesday.", 23, "killed"),
    ("The strike on the school on Tuesday killed 26 people, the ministry said. "
     "Nine children were killed in the strike, a teacher said.",
     "Nine children were killed in the strike, a teacher said.", 9, "killed"),
    (f"{LEAD}\n\nThe toll from Tuesday's attack rose to 52 on Thursday, officials said.",
     LEAD, 40, "killed"),
    (f"{LEAD} The toll from the attack rose to 52, officials said on Friday.", LEAD, 40,
     "killed"),
    (f"{LEAD} Later the hospital said 150 people had died.", LEAD, 40, "killed"),
    (f"{LEAD} Police in Maiduguri later said 52 people had died.", LEAD, 40, "killed"),
    ("At least 15 people were wounded in the shelling, the mayor said on Tuesday. "
     "Later the number of injured climbed to 38.",
     "At least 15 people were wounded in the shelling, the mayor said on Tuesday.", 15,
     "injured"),
])
def test_a_toll_the_article_gives_higher_elsewhere_is_unsupported(
    text: str, evidence: str, count: int, field: str
) -> None:
    assert found(text, evidence, count, field) == [
        ("support.figure_given_otherwise", PATH.format(field))]


@pytest.mark.parametrize("other", [
    "Those killed included 9 children, a nurse said.",  # lower: a part
    "The war has killed more than 10,000 people since it began.",  # background, and far above
    "A separate attack on a village killed 50 people.",  # another event
    "In Kharkiv, 50 people were killed.",  # another place
    "The two raids killed a combined 50 people.",  # a sum
    "The militants claimed that 50 soldiers had died.",  # a claim
    "The toll could rise to 50, officials warned.",  # hedged
    "Up to 50 people may have died, a witness said.",  # a ceiling, hedged
    "Another 50 bodies were found in the rubble on Wednesday.",  # an increment
    "On Sunday, a drone strike on the same town killed 50.",  # an earlier day's event
    "In a strike on the town's port in January, militants killed 50 people.",  # a month's
    "The 50-year-old imam was among those killed.",  # an age
    "Sixty were rescued and 41 people were killed in all.",  # a sum; 60 is no toll
    "Troops said they killed 50 of the attackers.",  # the other side's fighters
    "More than 150 militants died in the army's response, officials said.",  # ditto
])
def test_another_figure_that_is_not_this_toll_passes(other: str) -> None:
    text = f"{LEAD} {other}"
    assert found(text, LEAD, 40, target="Kyiv") == []


@pytest.mark.parametrize("toll", [
    "Gunmen stormed a market in the town on Tuesday, killing 30 people, including at least 12 "
    "women, police said.",
    "The attack killed 30 people, including at least 12 women, a nurse said.",
])
def test_a_part_told_with_its_qualifier_is_no_fuller_toll(toll: str) -> None:
    # 'at least' before a part is its qualifier (scope.PART_OF): the 12 women are a part of
    # the 30, not a fuller figure for a count of 4 told of something else
    other = "A roadside bomb killed 4 soldiers near the town, the army said."
    assert found(f"{other} {toll}", other, 4) == []


def test_a_toll_of_a_separate_attack_in_its_own_evidence_passes() -> None:
    other = "In a separate attack on Tuesday, a roadside bomb killed 7 people near the town."
    assert found(f"{LEAD} {other}", other, 7) == []


def test_a_toll_revised_down_to_the_figure_passes() -> None:
    text = ("The toll from Tuesday's bombing was revised down to 84, the minister said. "
            "Officials had said on Tuesday night that 103 people were killed.")
    assert found(text, "The toll from Tuesday's bombing was revised down to 84", 84) == []


def test_another_attacks_toll_in_its_own_evidence_passes() -> None:
    other = "Hours later a second bomb at the bus station killed 55 people."
    text = f"{LEAD} {other}"
    second = _attack(other, "killed", 55, "bus station")
    assert found(text, LEAD, 40, others=(second,)) == []


def test_the_toll_is_unsupported_alone_and_history_beside_a_higher_outlet() -> None:
    text = f"{LEAD}\n\nBy Wednesday evening the toll had risen to 52, a hospital director said."
    art = m.Article(id="a", source="outlet a", published=PUBLISHED, text=text)
    grounded, findings = check(art, m.ArticleExtraction(
        attacks=[_attack(LEAD, "killed", 40)]))
    [finding] = [f for f in findings if f.kind is m.FindingKind.support]
    assert (finding.code, finding.severity, finding.reaskable, finding.message) == (
        m.FindingCode.figure_given_otherwise, m.Severity.warning, True,
        "the number killed in the attack of 5 March 2024: the article also gives 52 killed "
        '("By Wednesday evening the toll had risen to 52, a hospital director said"), a '
        "fuller or later figure than the evidence's 40.")
    alone = merge([ArticleResult(article_id="a", source="outlet a", backend="test",
                                 extraction=grounded, findings=findings)], articles=[art])
    assert [f.status for f in alone.facts if f.path.endswith("killed")] == ["unsupported"]
    later = "Police said on Wednesday that 55 people were killed in Tuesday's market attack."
    other = m.Article(id="b", source="outlet b", published=PUBLISHED, text=later)
    b, b_findings = check(other, m.ArticleExtraction(attacks=[_attack(later, "killed", 55)]))
    both = merge([ArticleResult(article_id="a", source="outlet a", backend="test",
                                extraction=grounded, findings=findings),
                  ArticleResult(article_id="b", source="outlet b", backend="test",
                                extraction=b, findings=b_findings)], articles=[art, other])
    assert [(f.value, f.status) for f in both.facts if f.path.endswith("killed")] == [
        (55, "updated")]


DRONES = "Russia sent 34 attack drones at the capital overnight, the mayor said on Tuesday."


def drones_found(text: str, count: int = 34) -> list[str]:
    drones = m.WeaponCount(type="drone", count=count, evidence=m.Evidence(text=DRONES))
    attack = m.Attack(date=DAY, attacker="Russia", weapons=[drones],
                      evidence=m.Evidence(text=DRONES))
    art = m.Article(id="a", source="outlet a", published=PUBLISHED, text=text)
    return [path for f in check(art, m.ArticleExtraction(attacks=[attack]))[1]
            if f.code is m.FindingCode.figure_given_otherwise for path in f.facts]


@pytest.mark.parametrize(("other", "expected"), [
    ("In all, Russia launched 70 Shahed drones at six regions, the air force said.", True),
    ("The air force said 70 Russian drones had been fired at the country overnight.", True),
    ("The toll from the drone strike has risen to 70, officials said.", False),  # no drones
    ("The army said it faced more than 70 drones and missiles overnight.", False),  # both
    ("The air force said 70 drones, missiles and guided bombs were launched.", False),
    ("The air force said 70 drones and 12 missiles were launched overnight.", True),
    ("The air force said air defences shot down 30 of the drones.", False),  # lower
])
def test_a_drone_count_the_article_gives_higher_elsewhere(other: str, expected: bool) -> None:
    assert drones_found(f"{DRONES} {other}") == (
        ["attacks[2024-03-05].weapons[drone]"] if expected else [])
