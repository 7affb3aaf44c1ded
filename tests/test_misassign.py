"""The `misassign` mutation: a count given another number its article writes, with that
number's sentence as evidence, scored beside the other operators and not in their totals."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.evaluate.mutate import OPERATORS, run_mutation_suite

ARTICLE = (
    " date 2024-05-08\n"
    "Russia launched 40 drones at Odesa overnight on Tuesday, the air force said. Air "
    "defences shot down 35 of them.\n\n"
    "Two people were killed and 9 were injured, the governor said.\n\n"
    "In 2023 a similar strike killed 12.\n")


def _gold(tmp_path: Path) -> Path:
    """One attack (40 drones, 2 killed, 9 injured) whose injured another outlet gives as 35."""
    (tmp_path / "wire.txt").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({
        "case": "odesa", "articles": [{"path": "wire.txt", "source": "Wire"}],
        "attacks": [{"date": "2024-05-07", "attacker": "Russia", "target": "Odesa",
                     "weapons": {"drone": 40}, "killed": 2, "injured": 9}],
        "conflicts": [{"field": "attacks[2024-05-07].injured",
                       "values": {"Wire": 9, "Daily": 35}}]}), encoding="utf-8")
    return gold


def test_each_count_takes_each_other_number_of_its_article(tmp_path: Path) -> None:
    """The article writes 40, 35, two, 9, 2023 and 12. Each of its three counts takes the
    five that are not its own value: 15, less the injured 35 that the other outlet gives;
    that one and each count's own value are harmless (4). The drones' 35 stands in their
    paragraph, the tolls' 40 and 35 in the one before; the year is a date wherever it is,
    and no count. The one miss is the toll of another strike taken for this one's ('In 2023
    a similar strike killed 12'): its clause says killed, with no marker of another event."""
    result = run_mutation_suite([_gold(tmp_path)])
    wrong = result["misassign"]
    assert (wrong["mutations"], wrong["detected"], wrong["harmless"]) == (14, 13, 4)
    assert {k: (v["mutations"], v["detected"]) for k, v in wrong["by_kind"].items()} == {
        "killed": (5, 4), "injured": (4, 4), "weapon": (5, 5)}
    assert {k: (v["mutations"], v["detected"]) for k, v in wrong["by_where"].items()} == {
        "date": (3, 3), "sentence": (2, 2), "paragraph": (1, 1), "beside": (7, 6),
        "elsewhere": (1, 1)}
    assert wrong["missed"] == ["odesa/wire: attacks[2024-05-07].killed: 2 -> 12 (beside: "
                               "'In 2023 a similar strike killed 12')"]
    assert result["per_operator"]["misassign"] == {"mutations": 14, "detected": 13,
                                                   "rate": 13 / 14, "harmless": 4}


def test_misassign_stays_out_of_the_totals(tmp_path: Path) -> None:
    """The five operators' totals are comparable from round to round: misassign is kept
    out of them, of their misses and of their harmless count."""
    result = run_mutation_suite([_gold(tmp_path)])
    five = [result["per_operator"][name] for name in OPERATORS]
    assert result["mutations"] == sum(s["mutations"] for s in five)
    assert result["detected"] == sum(s["detected"] for s in five)
    assert not any("-> 12 " in miss for miss in result["missed"])


def test_the_cli_prints_misassign_on_a_line_of_its_own(tmp_path: Path) -> None:
    out = CliRunner().invoke(app, ["eval", "--mutate", str(_gold(tmp_path))], env={
        "COLUMNS": "200"})
    assert out.exit_code == 0, out.output
    assert ("misassign (apart from 'all'): 14 mutations, 13 detected (92.9%); date 3/3, "
            "sentence 2/2, paragraph 1/1, beside 6/7, elsewhere 1/1; harmless (its own value "
            "or one the gold file accepts there): 4") in out.output
    assert "│ misassign" not in out.output
