"""The mutation suite on the seeds and the realistic cases: every operator is caught,
and correct extractions raise nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from summarizer.evaluate import missed_dates
from summarizer.evaluate.missed_dates import why_missed
from summarizer.evaluate.mutate import BESIDE, OPERATORS, run_mutation_suite, run_mutations
from summarizer.evaluate.reference import reference_pairs
from summarizer.models import (
    Article,
    ArticleExtraction,
    Attack,
    Casualties,
    Evidence,
    Severity,
    WeaponCount,
)
from summarizer.validate import check_article

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "cases"
MINE = ["ru-ua-swap-three-days", "ua-air-attack-158", "il-hamas-ceasefire-day-one",
        "am-az-prisoner-swap"]
GOLD = [ROOT / "seeds" / "gold.json", *(CASES / name / "gold.json" for name in MINE)]
MIN_DETECTION = 0.99
"""Every operator must catch at least this share of its mutations."""


@pytest.fixture(scope="module")
def report() -> dict[str, object]:
    return run_mutation_suite(GOLD)


def test_every_operator_is_detected(report: dict[str, object]) -> None:
    per_operator = report["per_operator"]
    assert isinstance(per_operator, dict)
    assert set(per_operator) == {*OPERATORS, *BESIDE}
    for name, stats in ((n, per_operator[n]) for n in OPERATORS):
        assert stats["mutations"] > 0, f"{name} was never applied"
        assert stats["rate"] >= MIN_DETECTION, (name, report["missed"])


def test_no_false_alarms_on_correct_extractions(report: dict[str, object]) -> None:
    assert report["false_alarms"] == 0, report["false_alarm_messages"]


@pytest.mark.parametrize("gold", sorted(CASES.glob("*/gold.json")), ids=lambda p: p.parent.name)
def test_any_gold_case_builds_references_without_errors(gold: Path) -> None:
    """Other developers' cases too: the suite must run on any gold file."""
    pairs = reference_pairs(gold)
    assert pairs, "a gold case needs articles"
    for article, extraction in pairs:
        findings = check_article(article, extraction)[1]
        assert [f.message for f in findings if f.severity is Severity.error] == []
    assert run_mutation_suite([gold])["false_alarms"] == 0


def test_references_keep_only_what_each_article_states() -> None:
    """NBC counts 25 hostages where the gold has 24, a disagreement the gold file lists:
    its reference carries NBC's own 25, never gold's 24 pinned on the wrong sentence."""
    pairs = reference_pairs(CASES / "il-hamas-first-hostage-release" / "gold.json")
    nbc = next(x for a, x in pairs if a.id == "nbc")
    assert [(r.released_by, r.count) for s in nbc.stages for r in s.releases] == [
        ("Hamas", 25), ("Israel", 39)]
    assert len(pairs) == 2


def test_seed_reference_extraction_finds_every_exchange_figure() -> None:
    (a0, x0), (a1, x1) = reference_pairs(ROOT / "seeds" / "gold.json")
    assert [len(s.releases) for s in x1.stages] == [2, 2]
    assert x1.stages[0].releases[0].breakdown_complete
    assert not x0.stages[0].releases[0].breakdown_complete, "seed 000 gives only '120 civilians'"
    assert x0.agreement is not None and x0.agreement.date_expression == "on May 16"
    assert x1.attacks[0].weapons and a0.id != a1.id


def test_run_mutations_counts_each_operator_separately() -> None:
    pairs = reference_pairs(CASES / "ua-air-attack-158" / "gold.json")
    result = run_mutations(pairs, {"change_count": OPERATORS["change_count"]})
    assert list(result["per_operator"]) == ["change_count"]
    assert result["mutations"] == result["per_operator"]["change_count"]["mutations"] > 0
    assert result["detection_rate"] == 1.0


def test_a_figure_the_evidence_no_longer_states_is_detected() -> None:
    """0 injured changed to 1: 'one' is written in the evidence, so no error, but the
    one there is a shell, under 'no injuries': the figure is marked unsupported, which
    warns the reader as an error would (as wrong_figures counts a figure flagged)."""
    text = ("Artillery shelled the village of Dolna on Sunday. One shell hit a barn, "
            "causing no injuries.")
    shelling = Attack(time_expression="on Sunday", date=dt.date(2024, 3, 3),
                      attacker="Russia", weapons=[WeaponCount(type="artillery", evidence=Evidence(
                          text="Artillery shelled the village of Dolna on Sunday."))],
                      injured=Casualties(count=0, evidence=Evidence(
                          text="One shell hit a barn, causing no injuries.")),
                      evidence=Evidence(text="Artillery shelled the village of Dolna on Sunday."))
    art = Article(id="a", source="outlet", published=dt.date(2024, 3, 4), text=text)
    result = run_mutations([(art, ArticleExtraction(attacks=[shelling]))],
                           {"change_count": OPERATORS["change_count"]})
    assert (result["mutations"], result["detected"], result["missed"]) == (1, 1, [])


@pytest.mark.parametrize(("strike", "reasons"), [
    ("Drones struck the port, killing three people.",
     {"no day named within a day of either date": 2}),
    ("Drones struck the port late Saturday, killing three people.",
     {"both dates named by one night or late hour": 1}),
])
def test_a_missed_date_is_counted_by_what_the_article_names_near_it(
    strike: str, reasons: dict[str, int]
) -> None:
    """A Saturday strike in Monday's paper: an article that names no day cannot tell
    Friday or Sunday from Saturday; one that names late Saturday allows Sunday too
    ('late' is dated either side of midnight) and rules out Friday."""
    attack = Attack(date=dt.date(2024, 3, 2), attacker="Russia", evidence=Evidence(text=strike))
    art = Article(id="a", source="outlet", published=dt.date(2024, 3, 4), text=strike)
    result = run_mutations([(art, ArticleExtraction(attacks=[attack]))],
                           {"shift_date": OPERATORS["shift_date"]})
    assert result["missed_dates_by_reason"] == reasons


def test_a_reference_leaves_out_an_attack_its_article_only_shares_an_attacker_with(
    tmp_path: Path
) -> None:
    """Two raids by 'gunmen' in one case; the second outlet tells only the first. Its
    reference carries that one: a sentence naming the gunmen is no report of the other
    raid, whose day would then be checked against the first raid's words."""
    (tmp_path / "a.txt").write_text(
        " date 2025-03-08\nGunmen attacked a police post in Harlow on Saturday, killing "
        "four officers.\nOn Thursday night, gunmen also raided a checkpoint near Brede, "
        "killing one guard.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        " date 2025-03-09\nFour officers died when gunmen attacked a police post in Harlow "
        "early Saturday, officials said.\n", encoding="utf-8")
    attack = {"attacker": "gunmen", "weapons": {}, "injured": None,
              "killed_reported": True, "injured_reported": False}
    (tmp_path / "gold.json").write_text(json.dumps({
        "case": "raids", "articles": [{"path": "a.txt", "source": "A"},
                                      {"path": "b.txt", "source": "B"}],
        "exchange": None, "statements": [], "conflicts": [],
        "attacks": [{**attack, "date": "2025-03-08", "target": "police post",
                     "regions": ["Harlow"], "killed": 4},
                    {**attack, "date": "2025-03-06", "target": "checkpoint",
                     "regions": ["Brede"], "killed": 1}]}), encoding="utf-8")
    pairs = reference_pairs(tmp_path / "gold.json")
    assert [[str(x.date) for x in ext.attacks] for _, ext in pairs] == [
        ["2025-03-08", "2025-03-06"], ["2025-03-08"]]
    assert [f.message for a, ext in pairs for f in check_article(a, ext)[1]
            if f.severity is Severity.error] == []


def test_a_reference_reads_no_casualties_as_no_one_killed_or_injured(tmp_path: Path) -> None:
    """'No casualties' says that no one was killed and no one was injured: a careful model
    gives both tolls as 0 from that sentence, and so does the reference."""
    (tmp_path / "a.txt").write_text(
        " date 2025-05-11\nTwo rockets fired from the north hit an orchard outside Dunmore "
        "on Sunday.\nThe police said there were no casualties.\n", encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps({
        "case": "orchard", "articles": [{"path": "a.txt", "source": "A"}],
        "exchange": None, "statements": [], "conflicts": [],
        "attacks": [{"date": "2025-05-11", "attacker": None, "target": "Dunmore",
                     "weapons": {"rocket": 2}, "regions": ["Dunmore"], "killed": 0,
                     "injured": 0, "killed_reported": False, "injured_reported": False}]}),
        encoding="utf-8")
    [(article, extraction)] = reference_pairs(tmp_path / "gold.json")
    [attack] = extraction.attacks
    assert (attack.killed, attack.injured) == (
        Casualties(count=0, evidence=Evidence(text="The police said there were no casualties.")),
        Casualties(count=0, evidence=Evidence(text="The police said there were no casualties.")))
    assert check_article(article, extraction)[1] == []


def test_a_reference_leaves_out_an_attack_dated_after_its_article(tmp_path: Path) -> None:
    """A case whose last outlet, a week on, tells of a second raid on the same village:
    the earlier outlet names the village too, but it cannot report a raid that came after
    it was published, so its reference carries only the first."""
    (tmp_path / "a.txt").write_text(
        " date 2025-06-03\nAircraft struck the market in Orlen on Tuesday, killing nine "
        "people, residents said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        " date 2025-06-11\nAircraft struck Orlen again on Monday, a week after the market "
        "bombing that killed nine people.\n", encoding="utf-8")
    attack = {"attacker": None, "target": "Orlen", "weapons": {}, "regions": ["Orlen"],
              "injured": None, "killed_reported": False, "injured_reported": False}
    (tmp_path / "gold.json").write_text(json.dumps({
        "case": "orlen", "articles": [{"path": "a.txt", "source": "A"},
                                      {"path": "b.txt", "source": "B"}],
        "exchange": None, "statements": [], "conflicts": [],
        "attacks": [{**attack, "date": "2025-06-03", "killed": 9},
                    {**attack, "date": "2025-06-10", "killed": None}]}), encoding="utf-8")
    pairs = reference_pairs(tmp_path / "gold.json")
    assert [[str(x.date) for x in ext.attacks] for _, ext in pairs] == [
        ["2025-06-03"], ["2025-06-03", "2025-06-10"]]


def test_a_reference_date_is_the_one_of_the_gold_dates_its_article_names(tmp_path: Path) -> None:
    """The gold file dates a handover at night either side of midnight (Sunday and
    Monday); an article that names only Monday, in another paragraph than the release's,
    gets Monday, the date its own words give, not the first of the two (which, with no
    words of its own, the article's Monday would show moved by one)."""
    (tmp_path / "a.txt").write_text(
        " date 2025-03-11\nIsrael released 40 Palestinian prisoners from Ofer prison.\n\n"
        "Families met the buses on Monday.\n", encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps({
        "case": "written-night-release", "articles": [{"path": "a.txt", "source": "Paper"}],
        "exchange": {"parties": ["Israel", "Hamas"], "agreed_total": None, "agreed_at": None,
                     "stages": [{"date": ["2025-03-09", "2025-03-10"],
                                 "released": [{"by": "Israel", "count": 40}]}],
                     "cumulative": []},
        "attacks": [], "statements": [], "conflicts": [], "aliases": {}}), encoding="utf-8")
    [(article, extraction)] = reference_pairs(tmp_path / "gold.json")
    assert [(s.time_expression, s.date) for s in extraction.stages] == [
        (None, dt.date(2025, 3, 10))]
    assert [f.message for f in check_article(article, extraction)[1]
            if f.severity is Severity.error] == []


MONDAY = dt.date(2024, 3, 4)


@pytest.mark.parametrize(("text", "dates", "reason"), [
    ("Drones struck the port on Saturday, killing three people.",
     [dt.date(2024, 3, 2)], missed_dates.UNCAUGHT),
    ("Drones struck the port two days ago, killing three people.",
     [dt.date(2024, 3, 2)], missed_dates.LOOSE),
    ("Israeli strikes on the south killed 182 people on Monday.",
     [MONDAY, MONDAY], missed_dates.SHARED_DAY),
    ("The governor said on Monday that three people were killed in the strikes.",
     [MONDAY], missed_dates.PUBLICATION_ONLY),
    ('"Drones struck the port this afternoon," the army said.',
     [MONDAY], missed_dates.PUBLICATION_ONLY),
])
def test_a_missed_date_is_filed_by_whether_the_article_tells_the_dates_apart(
    text: str, dates: list[dt.date], reason: str
) -> None:
    """Monday's paper, the first attack moved a day earlier. A strike told on Saturday
    tells Saturday from Sunday: a miss there is the checks', not the article's, as where
    'two days ago' (words the checks read loosely) names Saturday. The
    publication day named for strikes, with two attacks dated that day, cannot say whose
    day it is; named only for a report or inside a quotation (the speaker's 'this
    afternoon'), it bounds the attack from above only."""
    attacks = [Attack(date=d, attacker="Israel", evidence=Evidence(text=text)) for d in dates]
    art = Article(id="a", source="outlet", published=MONDAY, text=text)
    before = dates[0]
    assert why_missed(art, ArticleExtraction(attacks=attacks), attacks[0], before,
                      before - dt.timedelta(days=1)) == reason
