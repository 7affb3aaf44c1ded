"""A reference extraction carries what its own article says, not what gold says of the
case: an attack the article does not tell, or a breakdown it does not give whole, would
make the validator's true findings about the article false alarms on the gold.

The articles and gold files are written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

from summarizer.evaluate.reference import reference_pairs
from summarizer.models import Severity
from summarizer.validate import check_article


def _case(folder: Path, gold: dict[str, object], *texts: tuple[str, str]) -> Path:
    """A gold file with its articles A, B, C... (publication day, text), written in `folder`."""
    names = "abcdefgh"
    for name, (day, text) in zip(names, texts, strict=False):
        (folder / f"{name}.txt").write_text(f" date {day}\n{text}\n", encoding="utf-8")
    path = folder / "gold.json"
    path.write_text(json.dumps({**gold, "articles": [
        {"path": f"{name}.txt", "source": name.upper()} for name, _ in zip(names, texts,
                                                                          strict=False)]}),
        encoding="utf-8")
    return path


def _errors(gold: Path) -> list[str]:
    return [f.code for article, extraction in reference_pairs(gold)
            for f in check_article(article, extraction)[1] if f.severity is Severity.error]


def test_an_attack_on_a_city_another_attack_also_hit_is_not_given_to_every_article(
    tmp_path: Path
) -> None:
    """Corlan was shelled on Friday and again on Saturday. The first outlet tells both;
    the second only Saturday's: its naming Corlan is no report of Friday's shelling,
    which, dated Friday beside its 'on Saturday', would read as a misdated attack. The
    third gives no figure of Friday's but names that day: it tells both."""
    attack = {"attacker": None, "target": "Corlan", "weapons": {}, "regions": ["Corlan"]}
    gold = _case(tmp_path, {
        "case": "corlan", "exchange": None, "statements": [], "conflicts": [],
        "attacks": [{**attack, "date": "2025-04-12", "killed": 7, "injured": None,
                     "killed_reported": True, "injured_reported": False},
                    {**attack, "date": "2025-04-11", "killed": None, "injured": 2,
                     "killed_reported": False, "injured_reported": True}]},
        ("2025-04-12", "Shelling of Corlan killed seven people on Saturday, the mayor said."
                       "\nOn Friday evening a shell had hit a house in Corlan, injuring two."),
        ("2025-04-13", "Seven people were killed when shells struck the centre of Corlan on "
                       "Saturday, the mayor said."),
        ("2025-04-14", "Corlan, shelled on Friday and again on Saturday, buried seven people "
                       "killed in the shelling on Monday."))
    assert [[str(x.date) for x in ext.attacks] for _, ext in reference_pairs(gold)] == [
        ["2025-04-12", "2025-04-11"], ["2025-04-12"], ["2025-04-12", "2025-04-11"]]
    assert _errors(gold) == []


def test_an_outlets_own_partial_breakdown_is_not_complete(tmp_path: Path) -> None:
    """Gold counts 60 freed, 50 women and 10 minors, all of them; one outlet, before the
    release, says they 'include 50 women and four minors' (a listed conflict on the
    minors). Its 50 + 4 do not make 60, and it never said they did: its reference lists
    them as part of the 60, and no breakdown error is raised on it."""
    gold = _case(tmp_path, {
        "case": "norland", "attacks": [], "statements": [],
        "exchange": {"parties": ["Norland", "Sudria"], "agreed_total": None,
                     "agreed_at": None, "cumulative": [],
                     "stages": [{"date": "2025-02-02", "released": [
                         {"by": "Norland", "count": 60, "complete": True,
                          "breakdown": {"women": 50, "minors": 10}}]}]},
        "conflicts": [{"field": "exchange.stages[2025-02-02].released[Norland]"
                                ".breakdown[minors]",
                       "values": {"A": 4, "B": 10}}]},
        ("2025-02-02", "The 60 prisoners freed by Norland on Sunday include 50 women and "
                       "four minors, a rights group said."),
        ("2025-02-03", "Norland freed 60 prisoners on Sunday: 50 women and 10 minors."))
    assert [[(r.count, [i.count for i in r.breakdown], r.breakdown_complete)
             for s in ext.stages for r in s.releases] for _, ext in reference_pairs(gold)] == [
        [(60, [50, 4], False)], [(60, [50, 10], True)]]
    assert _errors(gold) == []


def test_an_outlet_with_its_own_figure_and_a_cited_one_prints_both(tmp_path: Path) -> None:
    """Gold lists A's own 20 and the 18 A cites from the emergency agency as two sides of
    a conflict: A's reference carries both, its own first, so the merge sees what A
    prints, not A's own figure alone."""
    gold = _case(tmp_path, {
        "case": "gwarno", "exchange": None, "statements": [],
        "attacks": [{"date": "2025-06-14", "attacker": "suicide bombers", "target": "Gwarno",
                     "weapons": {}, "regions": ["Gwarno"], "killed": 18, "injured": None,
                     "killed_reported": True, "injured_reported": False}],
        "conflicts": [{"field": "attacks[2025-06-14].killed",
                       "values": {"A": 20, "A, citing the emergency agency": 18, "B": 18},
                       "note": "written for this test"}]},
        ("2025-06-15", "Suicide bombers attacked a wedding in Gwarno on Saturday, killing no "
                       "fewer than 20 people.\n\"So far, 18 deaths have been recorded,\" the "
                       "emergency agency said."),
        ("2025-06-15", "Eighteen people were killed when suicide bombers attacked a wedding "
                       "in Gwarno on Saturday."))
    assert [[a.killed.count if a.killed else None for a in ext.attacks]
            for _, ext in reference_pairs(gold)] == [[20, 18], [18]]
