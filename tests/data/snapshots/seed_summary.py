"""Write `seed_summary.json`: a fixed, hand-written `Summary` of the two seed articles.

The render tests and the golden Markdown use this file, not the pipeline, so a
change in a backend or the validator never moves the snapshot. The extractions
below are what a careful reader takes from the seeds (seeds/gold.json), with
every evidence string copied verbatim from the article; offsets are located
here with `str.find`. The findings are hand-written in the validator's style.
Regenerate only when the `Summary` model changes:

    python tests/data/snapshots/seed_summary.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from summarizer.articles import load_articles
from summarizer.facts import fact_id, walk
from summarizer.merge import merge
from summarizer.models import (
    Article,
    ArticleExtraction,
    Finding,
    FindingCode,
    FindingKind,
    Severity,
)
from summarizer.summary import ArticleResult, Summary

ROOT = Path(__file__).resolve().parents[3]
SEEDS = [ROOT / "seeds" / "000_9391f326c2eaa901.txt", ROOT / "seeds" / "001_23b64bebdaa24c53.txt"]
OUT = Path(__file__).with_name("seed_summary.json")
FRIDAY, SATURDAY = "2025-05-23", "2025-05-24"
STAGE_FRIDAY = f"exchange.stages[{FRIDAY}]"


def ev(text: str) -> dict[str, Any]:
    return {"text": text}


def ground(value: Any, article: Article) -> Any:
    """Fill start/end/match of every evidence, failing loudly on a non-verbatim one."""
    if isinstance(value, dict):
        if set(value) == {"text"}:
            start = article.text.find(value["text"])
            if start < 0:
                raise SystemExit(f"not verbatim in {article.id}: {value['text']!r}")
            return {**value, "start": start, "end": start + len(value["text"]),
                    "match": "exact"}
        return {k: ground(v, article) for k, v in value.items()}
    if isinstance(value, list):
        return [ground(v, article) for v in value]
    return value


def release(by: str, count: int, evidence: str, breakdown: list[tuple[str, int, str]],
            complete: bool) -> dict[str, Any]:
    return {"released_by": by, "count": count, "evidence": ev(evidence),
            "breakdown_complete": complete,
            "breakdown": [{"category": c, "count": n, "evidence": ev(e)} for c, n, e in breakdown]}


def extraction_000() -> dict[str, Any]:
    friday = "saw an exchange of 390 Russians and Ukrainians, including 120 civilians"
    saturday = "it released 307 Ukrainian POWs in exchange for as many Russian servicemen"
    civilians = [("civilians", 120, "including 120 civilians")]
    return {
        "agreement": {
            "total": 1000, "per_side": True, "place": "Istanbul", "date_expression": "on May 16",
            "date": "2025-05-16",
            "evidence": ev("The prisoner exchange agreement between Russia and Ukraine was made in "
                           "Istanbul on May 16 during a short-lived talk between officials for "
                           "both the countries. When completed, the move will see a swap of "
                           "1,000 prisoners each from both sides"),
        },
        "stages": [
            {"time_expression": "on Friday", "date": FRIDAY, "releases": [
                release("Russia", 390, friday, civilians, False),
                release("Ukraine", 390, friday, civilians, False)]},
            {"time_expression": "on Saturday", "date": SATURDAY, "releases": [
                release("Russia", 307, saturday, [], False),
                release("Ukraine", 307, saturday, [], False)]},
        ],
        "cumulative": [{"received_by": "Ukraine", "count": 697, "as_of_expression": "today",
                        "as_of": SATURDAY,
                        "evidence": ev("In just these two days, 697 people have been brought "
                                       "home")}],
        "attacks": [{"time_expression": "on Friday", "date": FRIDAY, "attacker": "Russia",
                     "targets": ["Kyiv"],
                     "evidence": ev("the Russian drone and missile attack in Kyiv on Friday")}],
        "statements": [
            {"speaker": "Volodymyr Zelensky", "channel": "X", "time_expression": "on Saturday",
             "date": SATURDAY, "quote": QUOTE_307, "evidence": ev(QUOTE_307)},
            {"speaker": "Volodymyr Zelensky", "channel": "X", "time_expression": "on Saturday",
             "date": SATURDAY, "quote": QUOTE_TOMORROW, "evidence": ev(QUOTE_TOMORROW)},
            {"speaker": "Volodymyr Zelensky", "time_expression": "on Saturday", "date": SATURDAY,
             "quote": QUOTE_THANKS, "evidence": ev(QUOTE_THANKS)},
            {"speaker": "Sergei Lavrov", "role": "Russian Foreign Minister",
             "time_expression": "On Friday", "date": FRIDAY,
             "paraphrase": "Russia would hand Ukraine a draft peace document once the exchange "
                           "is completed.",
             "evidence": ev("Russia would be ready to hand Ukraine a draft document outlining "
                            "conditions for a long-term peace agreement")},
        ],
    }


QUOTE_307 = ("Another 307 Ukrainian defenders are home. Today is the second day of the "
             "1,000-for-1,000 exchange that we managed to negotiate in Turkiye. In just these two "
             "days, 697 people have been brought home")
QUOTE_TOMORROW = ("We expect the process to continue tomorrow. Among those who returned today "
                  "are warriors from our Armed Forces, the State Border Guard Service, the "
                  "National Guard of Ukraine")
QUOTE_THANKS = ("I thank everyone involved in the exchange process, those who have been working "
                "around the clock. Our goal is to bring every single person back from Russian "
                "captivity. We continue cooperating with our partners to make this possible")
QUOTE_FRAGMENTS = "Fragments of Russian missiles and drones are being cleared in Kyiv."
QUOTE_SANCTIONS = ("Only additional sanctions targeting key sectors of the Russian economy will "
                   "force Moscow to cease fire.")
REGIONS = ["Odesa", "Vinnytsia", "Sumy", "Kharkiv", "Donetsk", "Kyiv", "Dnipro"]


def extraction_001() -> dict[str, Any]:
    friday = "The two sides released 270 servicemen and 120 civilians each"
    split = [("servicemen", 270, "270 servicemen"), ("civilians", 120, "120 civilians each")]
    saturday = "it released 307 Ukrainian POWs in exchange for as many Russian servicemen"
    return {
        "agreement": {"total": 1000, "per_side": True,
                      "evidence": ev("Both sides have agreed to exchange 1,000 prisoners.")},
        "stages": [
            {"time_expression": "on Friday", "date": FRIDAY,
             "location": "the Ukrainian border with Belarus", "releases": [
                 release("Russia", 390, friday, split, True),
                 release("Ukraine", 390, friday, split, True)]},
            {"time_expression": "on Saturday", "date": SATURDAY, "releases": [
                release("Russia", 307, saturday, [], False),
                release("Ukraine", 307, saturday, [], False)]},
        ],
        "cumulative": [{"received_by": "Ukraine", "count": 697, "as_of_expression": "over two days",
                        "as_of": SATURDAY,
                        "evidence": ev("This brings the total number of returnees to 697 over "
                                       "two days")}],
        "attacks": [{
            "time_expression": "overnight", "date": FRIDAY, "attacker": "Russia",
            "targets": ["Kyiv"],
            "weapons": [
                {"type": "drone", "count": 250, "evidence": ev("250 strike drones")},
                {"type": "ballistic missile", "count": 14, "evidence": ev("14 ballistic missiles")},
            ],
            "regions": REGIONS,
            "killed": {"count": None, "evidence": ev("There are fatalities.")},
            "injured": {"count": None, "evidence": ev("Sadly, there are injuries.")},
            "evidence": ev("The Odesa, Vinnytsia, Sumy, Kharkiv, Donetsk, Kyiv, Dnipro regions "
                           "suffered damages."),
        }],
        "statements": [
            {"speaker": "Volodymyr Zelensky", "channel": "X", "time_expression": "on Saturday",
             "date": SATURDAY, "quote": QUOTE_307, "evidence": ev(QUOTE_307)},
            {"speaker": "Volodymyr Zelensky", "channel": "X", "time_expression": "on Saturday",
             "date": SATURDAY, "quote": QUOTE_FRAGMENTS, "evidence": ev(QUOTE_FRAGMENTS)},
            {"speaker": "Volodymyr Zelensky", "quote": QUOTE_SANCTIONS,
             "evidence": ev(QUOTE_SANCTIONS)},
        ],
    }


def findings(first: str, second: str) -> list[Finding]:
    russia, ukraine = (f"{STAGE_FRIDAY}.released[{p}]" for p in ("Russia", "Ukraine"))
    saturday = f"exchange.stages[{SATURDAY}].released[Russia].count"
    total = f"exchange.cumulative[{SATURDAY}].count"
    return [
        Finding(kind=FindingKind.grounding, code=FindingCode.total_is_breakdown_sum,
                severity=Severity.warning, articles=[second],
                facts=[f"{russia}.count", f"{ukraine}.count"],
                message="The number 390 is not written in this article: it gives Friday's "
                        "stage only as '270 servicemen and 120 civilians each'."),
        Finding(kind=FindingKind.arithmetic, code=FindingCode.breakdown_consistent,
                severity=Severity.info, articles=[second],
                facts=[f"{russia}.count", f"{russia}.breakdown[servicemen]",
                       f"{russia}.breakdown[civilians]"],
                message="Friday's breakdown adds up: 270 servicemen + 120 civilians = 390 "
                        "released by each side."),
        Finding(kind=FindingKind.arithmetic, code=FindingCode.stages_match_total,
                severity=Severity.info, articles=[first, second],
                facts=[f"{russia}.count", saturday, total],
                message="The stages add up to the stated total: 390 on 2025-05-23 + 307 on "
                        "2025-05-24 = 697 returned to Ukraine."),
        Finding(kind=FindingKind.temporal, code=FindingCode.attack_dates_differ,
                severity=Severity.info, articles=[first, second],
                facts=[f"attacks[{FRIDAY}].attacker"],
                message="The attack on Kyiv is dated 'on Friday' in one article and "
                        "'overnight' in a Saturday post in the other: both mean the night "
                        "after 2025-05-23 (Friday)."),
    ]


def result(article: Article, extraction: dict[str, Any]) -> ArticleResult:
    parsed = ArticleExtraction.model_validate(ground(extraction, article))
    return ArticleResult(article_id=article.id, source=article.source,
                         published=article.published, backend="rules", extraction=parsed)


def by_id(finding: Finding, results: list[ArticleResult]) -> Finding:
    """Name the finding's facts by id, as the validator does: each of its articles' facts
    at one of its paths."""
    ids = [fact_id(r.article_id, f.id) for r in results if r.article_id in finding.articles
           for f in walk(r.extraction) if f.path in finding.facts]
    return finding.model_copy(update={"fact_ids": ids})


def build() -> Summary:
    first, second = load_articles([str(p) for p in SEEDS])
    results = [result(first, extraction_000()), result(second, extraction_001())]
    return Summary(articles=results, facts=merge(results).facts,
                   findings=[by_id(f, results) for f in findings(first.id, second.id)])


if __name__ == "__main__":
    OUT.write_text(build().model_dump_json(indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
