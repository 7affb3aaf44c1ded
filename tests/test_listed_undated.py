"""A fact its article leaves undated is scored under the key the summary lists it under, as
every other fact is: the summary is what the reader gets.

`tests/data/listed_undated/` is an invented case with no publication dates: one strike told
as 'overnight' by one outlet and with no time by another, which the merge lists as one attack
under the first outlet's words. Each outlet's extraction is scripted, as a model might answer.
"""

from __future__ import annotations

from pathlib import Path

from summarizer import ArticleExtraction
from summarizer.evaluate import run_eval
from summarizer.evaluate.flatten import scored_facts
from summarizer.evaluate.paths import format_path
from summarizer.models import Attack, Casualties, Evidence
from tests.scripted import ByStem

CASE = Path(__file__).parent / "data" / "listed_undated" / "gold.json"

NIGHT = Attack(time_expression="overnight", attacker="Northland", targets=["Eastport"],
               evidence=Evidence(text="Northland drones struck Eastport overnight"),
               killed=Casualties(count=39, evidence=Evidence(text="killing 39 people")))

UNDATED = Attack(attacker="Northland", targets=["Eastport"],
                 evidence=Evidence(text="A Northland drone strike on Eastport"),
                 killed=Casualties(count=39, evidence=Evidence(text="killed 39 people")),
                 injured=Casualties(count=12, evidence=Evidence(text="wounded 12")))


def test_an_undated_fact_is_scored_under_the_key_the_summary_lists_it() -> None:
    """The summary shows one attack, 'overnight', with three figures both outlets give and a
    fourth the second alone gives. Gold dates the attack, so all four are wrong and missed
    (under another date: `misdated`), but each once: scored under its own 'undated' key, the
    second outlet's three shared facts were a second attack's, 0 / 7 / 4."""
    script = {"night": ArticleExtraction(attacks=[NIGHT]),
              "undated": ArticleExtraction(attacks=[UNDATED])}
    case = run_eval([CASE], backend=ByStem(script))["per_case"][0]
    facts = case["facts"]
    assert (facts["tp"], facts["fp"], facts["fn"]) == (0, 4, 4)
    assert case["misdated"]["total"] == 4


def test_an_undated_fact_listed_under_a_day_is_scored_under_it() -> None:
    """Listed under a day, an undated attack's facts are scored under it, with the composite
    keys that day offers. (Through the merge this does not arise today: the merge writes the
    day it lists an undated attack or stage under into the article's own extraction,
    `merge._dated`; scoring does not count on that.)"""
    extraction = ArticleExtraction(attacks=[UNDATED])
    listed = {number: "2025-04-11" for number in range(10)}
    keys = {format_path(scored.path[:1]) for _, scored in scored_facts(extraction, listed)}
    assert keys == {"attacks[2025-04-11|2025-04-11, Northland|2025-04-11, Northland, Eastport]"}
