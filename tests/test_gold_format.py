"""The gold format real articles need: null counts, qualified numbers, two attacks or
running totals on one date, and a clear refusal of a field the loader does not know.

`tests/data/format/` is an invented two-article case written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from summarizer import load_articles
from summarizer.errors import InputError
from summarizer.evaluate import load_gold, run_eval, score_case
from summarizer.evaluate.figures import count_wrong_figures
from summarizer.evaluate.flatten import claims, gold_facts
from summarizer.evaluate.mutate import run_mutation_suite
from summarizer.evaluate.paths import EvalFact, Step, parse_path
from summarizer.evaluate.reference import reference_pairs
from summarizer.evaluate.scoring import Counts, score
from summarizer.merge import merge
from summarizer.models import (
    ArticleExtraction,
    Attack,
    Casualties,
    CumulativeTotal,
    Evidence,
    ExchangeStage,
    Finding,
    FindingCode,
    FindingKind,
    Release,
    Severity,
    WeaponCount,
)
from summarizer.summary import ArticleResult

ROOT = Path(__file__).parent.parent
FORMAT = ROOT / "tests" / "data" / "format" / "gold.json"
CASE = load_gold(FORMAT)
D8 = dt.date(2025, 3, 8)
NORTH = "attacks[2025-03-07, Northland|2025-03-08, Northland]"
SOUTH = "attacks[2025-03-08, Southland]"


def test_extended_gold_flattens_nulls_qualifiers_and_composite_keys() -> None:
    assert [str(f) for f in gold_facts(CASE.gold)] == [
        "exchange.agreed_total[Northland].count = 150",
        'exchange.agreed_total[Northland].count.qualifier = "up to"',
        "exchange.agreed_total[Southland].count = null",
        "exchange.stages[2025-03-08].released[Southland].count = null",
        "exchange.stages[2025-03-08].released[Northland].count = 95",
        "exchange.stages[2025-03-08].released[Northland].breakdown[soldiers] = 95",
        "exchange.cumulative[2025-03-08, Northland].count = 140",
        "exchange.cumulative[2025-03-08, Southland].count = 95",
        f'{NORTH}.attacker = "Northland"',
        f'{NORTH}.target = "Eastport"',
        f"{NORTH}.weapons[drone] = 70",
        f'{NORTH}.weapons[drone].qualifier = "about"',
        f"{NORTH}.regions[Eastport] = true",
        f"{NORTH}.killed = 12",
        f'{NORTH}.killed.qualifier = "at least"',
        f"{NORTH}.injured = 30",
        f'{NORTH}.injured.qualifier = "more than"',
        f'{SOUTH}.attacker = "Southland"',
        f'{SOUTH}.target = "Westfield"',
        f"{SOUTH}.weapons[rocket] = null",
        f"{SOUTH}.regions[Westfield] = true",
        f"{SOUTH}.killed = null",
        f"{SOUTH}.killed_reported = true",
        f"{SOUTH}.injured = null",
        f"{SOUTH}.injured_reported = true",
        'statements[Northland president] = "We will answer every attack on our cities,"',
        "exchange.cumulative[2025-03-08, Northland].count = 140",
        "exchange.cumulative[2025-03-08, Northland].count = 145",
        'exchange.cumulative[2025-03-08, Northland].count.qualifier = "more than"',
    ]


def ev(text: str = "evidence") -> Evidence:
    return Evidence(text=text)


def _summary(extraction: ArticleExtraction, *findings: Finding) -> ArticleResult:
    return ArticleResult(article_id="wire", source="Wire", backend="test",
                         extraction=extraction, findings=list(findings))


def _attack(attacker: str | None, target: str, killed: int | None) -> Attack:
    return Attack(date=D8, attacker=attacker, targets=[target], evidence=ev(),
                  weapons=[WeaponCount(type="drone", count=70, evidence=ev())],
                  killed=None if killed is None else Casualties(count=killed, evidence=ev()))


PREDICTED = ArticleExtraction(
    stages=[ExchangeStage(date=D8, releases=[
        Release(released_by="Southland", count=12, evidence=ev()),
        Release(released_by="Northland", count=95, evidence=ev())])],
    cumulative=[CumulativeTotal(received_by="Southland", count=95, as_of=D8, evidence=ev()),
                CumulativeTotal(received_by="Northland", count=95, as_of=D8, evidence=ev())],
    attacks=[_attack("Northland", "Eastport", 12), _attack("Southland", "Westfield", 4)],
)


def test_composite_keys_match_by_attacker_and_receiver_and_nulls_are_invented() -> None:
    """23 distinct known gold facts. Right (8): the Northland stage, the Southland total,
    each attack's attacker and target, Northland's drones and killed. Wrong (4): 12
    released by Southland and 4 killed by Southland where gold has null, 70 drones by
    Southland, Northland's total of 95. The 5 qualifiers are among the 15 missed: these
    predictions carry none."""
    outcome = score(gold_facts(CASE.gold), claims(merge([_summary(PREDICTED)])).predicted, {})
    assert outcome.counts == Counts(tp=8, fp=4, fn=15)
    assert outcome.by_kind["qualifier"] == Counts(fn=5)
    assert outcome.false_positives == [
        "exchange.stages[2025-03-08].released[Southland].count = 12  (invented: gold has null)",
        "exchange.cumulative[2025-03-08].count = 95  (gold: 140, 145)",
        "attacks[2025-03-08].weapons[drone] = 70",
        "attacks[2025-03-08].killed = 4  (invented: gold has null)",
    ]


def test_a_figure_where_gold_holds_null_is_an_invented_figure_even_if_written() -> None:
    """12 is written in the article (the Northland toll), but the articles state no
    number for what Southland released: it is invented there, not misassigned."""
    articles = load_articles([FORMAT.parent / "wire.txt"])
    summary = merge([_summary(PREDICTED).model_copy(update={"article_id": articles[0].id})])
    wrong = count_wrong_figures(gold_facts(CASE.gold), summary, articles, {})
    assert wrong == {"invented": 2, "invented_flagged": 0, "misassigned": 2,
                     "misassigned_flagged": 0}


def test_a_qualifier_is_judged_only_where_gold_qualifies_the_number() -> None:
    gold = [EvalFact(parse_path("attacks[d].killed"), 12),
            EvalFact(parse_path("attacks[d].killed.qualifier"), "at least"),
            EvalFact(parse_path("attacks[d].injured"), 30)]
    predicted = [EvalFact(parse_path("attacks[d].killed.qualifier"), "about"),
                 EvalFact(parse_path("attacks[d].injured.qualifier"), "at least")]
    outcome = score(gold, predicted, {})
    assert outcome.counts == Counts(fp=1, fn=3)
    assert outcome.false_positives == ['attacks[d].killed.qualifier = "about"  (gold: "at least")']
    right = [EvalFact(parse_path("attacks[d].killed"), 12),
             EvalFact(parse_path("attacks[d].killed.qualifier"), "at least")]
    assert score(gold, right, {}).counts == Counts(tp=2, fn=1)


def test_a_conflict_on_a_plain_date_key_matches_the_composite_gold_field() -> None:
    """The merge names `cumulative[2025-03-08]`; gold, with two totals that day, names
    the receiver too. The conflict counts as found."""
    finding = Finding(kind=FindingKind.cross_source, code=FindingCode.conflict,
                      severity=Severity.warning,
                      message="sources disagree",
                      facts=["exchange.cumulative[2025-03-08].count"])
    result, _ = score_case(CASE, merge([_summary(ArticleExtraction())]).model_copy(
        update={"findings": [finding]}))
    assert (result["conflicts"]["tp"], result["conflicts"]["fp"],
            result["conflicts"]["fn"]) == (1, 0, 0)


def test_consecutive_brackets_are_one_composite_key() -> None:
    assert parse_path("exchange.cumulative[2023-11-27][Israel].count") == (
        Step("exchange"), Step("cumulative", ("2023-11-27, Israel",)), Step("count"))


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    (tmp_path / "a.txt").write_text(" date 2025-05-24 Text.", encoding="utf-8")
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"case": "c", "articles": [{"path": "a.txt", "source": "A"}],
                                **data}), encoding="utf-8")
    return path


@pytest.mark.parametrize(("data", "problem"), [
    pytest.param({"attacks": [{"date": "2025-05-23", "killed": {"value": 3,
                                                                 "qualifer": "at least"}}]},
                 "unknown field 'qualifer' in attacks[0].killed", id="typo-in-qualified"),
    pytest.param({"attacks": [{"date": "2025-05-23", "wounded": 3}]},
                 "unknown field 'wounded' in attacks[0]", id="unknown-attack-field"),
    pytest.param({"statments": []}, "unknown field 'statments' at the top level",
                 id="unknown-top-level"),
    pytest.param({"attacks": [{"date": "2025-05-23", "killed": {"value": 3,
                                                                 "qualifier": "roughly"}}]},
                 "attacks[0].killed.qualifier: Input should be 'at least'", id="bad-qualifier"),
    pytest.param({"exchange": {"stages": [{"date": "2025-05-23", "released": [
        {"by": "A", "count": {"value": -1, "qualifier": "about"}}]}]}},
                 "exchange.stages[0].released[0].count.value: Input should be greater",
                 id="negative-qualified"),
])
def test_a_field_the_loader_does_not_know_is_named_with_the_file(
        tmp_path: Path, data: dict[str, Any], problem: str) -> None:
    path = _write(tmp_path, data)
    with pytest.raises(InputError) as caught:
        load_gold(path)
    assert caught.value.path == str(path)
    assert problem in caught.value.reason


def test_cli_eval_runs_on_the_extended_format_and_fails_on_an_unknown_field(
        tmp_path: Path) -> None:
    ok = subprocess.run([sys.executable, "-m", "summarizer", "eval", str(FORMAT),
                         "--backend", "rules", "--json"],
                        capture_output=True, text=True, cwd=ROOT, check=False)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["cases"] == 1
    bad = _write(tmp_path, {"attacks": [{"date": "2025-05-23", "wounded": 3}]})
    refused = subprocess.run([sys.executable, "-m", "summarizer", "eval", str(FORMAT), str(bad),
                              "--backend", "rules", "--json"],
                             capture_output=True, text=True, cwd=ROOT, check=False)
    assert refused.returncode != 0
    assert refused.stdout == ""
    assert str(bad) in refused.stderr and "'wounded'" in refused.stderr


def test_reference_extractions_follow_the_extended_format() -> None:
    """A null release is left out (nothing to locate), the qualified numbers are located
    by their value and keep their qualifier, two totals on one date keep their
    receivers, and the paper's reference carries its own side of the listed conflict
    (more than 145, not gold's 140)."""
    (wire, w), (paper, p) = reference_pairs(FORMAT)
    assert (wire.source, paper.source) == ("Wire", "Paper")
    assert [(r.released_by, r.count) for s in w.stages for r in s.releases] == [("Northland", 95)]
    assert [(c.received_by, c.count) for c in w.cumulative] == [("Northland", 140),
                                                                ("Southland", 95)]
    assert [(c.received_by, c.count) for c in p.cumulative] == [("Northland", 145)]
    assert w.agreement is not None
    assert [(s.party, s.count) for s in w.agreement.by_party] == [("Northland", 150)]
    assert [c.qualifier for c in p.cumulative] == ["more than"]
    north, south = w.attacks
    assert north.killed is not None and north.killed.count == 12
    assert north.killed.qualifier == "at least"
    assert [(x.type, x.count) for x in north.weapons] == [("drone", 70)]
    assert south.killed is not None and south.killed.count is None
    assert south.killed.evidence.text.startswith("Officials there said")


def test_eval_reference_scores_the_validator_and_merge_on_gold_extractions() -> None:
    """Every fact is found, the five qualifiers too, the listed conflict is the one the
    merge reports, and no other error is raised."""
    result = run_eval([FORMAT], reference=True)
    assert (result["facts"]["tp"], result["facts"]["fp"], result["facts"]["fn"]) == (23, 0, 0)
    assert result["by_kind"]["qualifier"]["tp"] == 5
    assert (result["conflicts"]["tp"], result["conflicts"]["fp"],
            result["conflicts"]["fn"]) == (1, 0, 0)
    assert result.get("false_alarms") == 0
    assert result["findings"].get("error") == 1
    assert result["statuses"]["conflicting"] == 1
    assert result["model_calls"] == 0


def test_cli_eval_reference_prints_false_alarms() -> None:
    run = subprocess.run([sys.executable, "-m", "summarizer", "eval", "--reference",
                          str(FORMAT), "--json"],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["false_alarms"] == 0


@pytest.mark.parametrize(("floors", "code"), [
    (["--min-precision", "0", "--min-recall", "0"], 0),
    (["--min-recall", "1"], 3),
])
def test_cli_eval_exits_3_below_a_floor_after_printing_the_scores(
        floors: list[str], code: int) -> None:
    run = subprocess.run([sys.executable, "-m", "summarizer", "eval", str(FORMAT),
                          "--backend", "rules", "--json", *floors],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert run.returncode == code, run.stderr
    assert json.loads(run.stdout)["cases"] == 1
    assert ("below the floor" in run.stderr) == bool(code)


def test_a_date_moved_to_another_the_gold_accepts_is_harmless_not_a_miss() -> None:
    """The overnight attack is dated 7 or 8 March in gold: its reference says the 7th
    ('overnight'); moved to the 8th it is still right, so the suite does not count it.
    Moved to the 6th, it is a mistake the validator catches."""
    suite = run_mutation_suite([FORMAT])
    assert suite["harmless"] == 1
    assert suite["false_alarms"] == 0
    assert not any("attacks[2025-03-07].date" in m for m in suite["missed"])
