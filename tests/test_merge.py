"""Cross-source merge: alignment, corroboration, conflicts, updates and quote variance.

Exact assertions use hand-written extractions (tests/data/extractions/ and the
scripted seed responses), run through the real date resolution, grounding and
validation, so only the merge is under test, never a backend.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

from summarizer import (
    Article,
    ArticleExtraction,
    ArticleResult,
    BackendConfig,
    Summary,
    summarize,
)
from summarizer.articles import load_articles
from summarizer.backends import Attempt
from summarizer.evaluate.flatten import predicted_conflicts
from summarizer.evaluate.gold import load_gold
from summarizer.evaluate.run import case_articles, score_case
from summarizer.facts import iter_facts
from summarizer.merge import merge
from summarizer.models import FindingCode, FindingKind, Qualifier, Severity
from summarizer.pipeline import check, recheck
from summarizer.summary import SummaryFact

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
CASES = DATA / "cases"
SEED_RESPONSES = ROOT / "tests" / "fakes" / "responses" / "seeds"
HOSTAGES = CASES / "il-hamas-first-hostage-release"
ODESA = CASES / "ua-odesa-rising-toll"
FRIDAY = "exchange.stages[2023-11-24]"


def extraction(path: Path) -> ArticleExtraction:
    return ArticleExtraction.model_validate_json(path.read_text(encoding="utf-8"))


class ScriptedBackend:
    """Answers each article with the extraction written for it, by article id."""

    name = "scripted"
    model = None
    prompt_version = None

    def __init__(self, answers: dict[str, Path]) -> None:
        self.answers = answers

    async def extract(self, article: Article, feedback: Sequence[str] = ()) -> Attempt:
        return Attempt(extraction(self.answers[article.id]))


def result(article: Article, answer: Path | ArticleExtraction) -> ArticleResult:
    written = answer if isinstance(answer, ArticleExtraction) else extraction(answer)
    checked, findings = check(article, written)
    return ArticleResult(article_id=article.id, source=article.source,
                         published=article.published, backend="scripted",
                         extraction=checked, findings=findings)


def case(gold: Path, answers: dict[str, Path]) -> list[ArticleResult]:
    return [result(a, answers[a.id]) for a in case_articles(load_gold(gold))]


def seeds() -> list[ArticleResult]:
    return case(ROOT / "seeds" / "gold.json",
                {p.stem: p for p in SEED_RESPONSES.glob("0*.json")})


def hostages() -> list[ArticleResult]:
    written = DATA / "extractions"
    return case(HOSTAGES / "gold.json", {"nbc": written / "hostage_nbc.json",
                                         "guardian": written / "hostage_guardian.json"})


def odesa() -> list[ArticleResult]:
    return case(ODESA / "gold.json", {"kyiv-post": DATA / "extractions" / "odesa_kyiv_post.json",
                                      "ap": DATA / "extractions" / "odesa_ap.json"})


def fact(summary: Summary, path: str) -> SummaryFact:
    [found] = [f for f in summary.facts if f.path == path]
    return found


def cross(summary: Summary) -> list[tuple[FindingCode, list[str]]]:
    return [(f.code, f.facts) for f in summary.findings if f.kind is FindingKind.cross_source]


# The seeds: everything agrees.

def test_seeds_agree_and_are_corroborated() -> None:
    summary = merge(seeds())
    assert cross(summary) == []
    for party in ("Russia", "Ukraine"):
        friday = fact(summary, f"exchange.stages[2025-05-23].released[{party}].count")
        assert (friday.value, friday.status) == (390, "corroborated")
        assert [s.article_id for s in friday.sources] == ["000_9391f326c2eaa901",
                                                          "001_23b64bebdaa24c53"]
        assert all(s.evidence is not None and s.evidence.start is not None
                   for s in friday.sources)
        saturday = fact(summary, f"exchange.stages[2025-05-24].released[{party}].count")
        assert (saturday.value, saturday.status) == (307, "corroborated")
    assert (fact(summary, "exchange.cumulative[2025-05-24].count").status) == "corroborated"
    assert fact(summary, "exchange.cumulative[2025-05-24].count").value == 697
    remaining = fact(summary, "exchange.remaining[2025-05-24]")
    assert (remaining.value, remaining.status, remaining.sources) == (303, "derived", [])


def seeds_with_agreed_place(place: str) -> tuple[Summary, str, str]:
    """The seeds merged, seed 001's agreement given a place (as a model might fill it
    from "negotiate in Turkiye"); with the two article ids."""
    answers = {p.stem: p for p in SEED_RESPONSES.glob("0*.json")}
    [first, second] = case_articles(load_gold(ROOT / "seeds" / "gold.json"))
    with_place = extraction(answers[second.id])
    assert with_place.agreement is not None
    with_place.agreement.place = place
    summary = merge([result(first, answers[first.id]), result(second, with_place)])
    return summary, first.id, second.id


def test_a_city_and_its_country_agree_and_the_city_is_stated() -> None:
    """Seed 001 says the deal was negotiated "in Turkiye" and seed 000 "in Istanbul": a
    model that fills the place from each gets two names for one place, not a conflict."""
    summary, first, second = seeds_with_agreed_place("Turkiye")

    place = fact(summary, "exchange.agreed_at.place")
    assert (place.value, place.status) == ("Istanbul", "corroborated")
    assert [(s.article_id, s.value) for s in place.sources] == [
        (first, "Istanbul"), (second, "Turkey")]
    assert cross(summary) == []


def test_two_places_the_articles_state_are_a_conflict() -> None:
    summary, _, _ = seeds_with_agreed_place("Ukraine")

    place = fact(summary, "exchange.agreed_at.place")
    assert place.status == "conflicting"
    [finding] = [f for f in summary.findings if f.kind is FindingKind.cross_source]
    assert finding.severity is Severity.warning
    assert (finding.code, finding.facts) == (FindingCode.conflict, ["exchange.agreed_at.place"])
    assert sorted(str(s.value) for s in place.sources) == ["Istanbul", "Ukraine"]


def test_a_place_its_article_does_not_name_is_no_conflict() -> None:
    """A model that invents the place ('Doha': seed 001 names no such city) is not a
    source disagreeing: the place stands on the article that states it."""
    summary, _, _ = seeds_with_agreed_place("Doha")

    place = fact(summary, "exchange.agreed_at.place")
    assert (place.value, place.status) == ("Istanbul", "single_source")
    assert cross(summary) == []


def test_partial_and_complete_breakdowns_are_compatible() -> None:
    """'390 Russians and Ukrainians, including 120 civilians' against '270 servicemen
    and 120 civilians each': the 120 is corroborated, the 270 comes from one source."""
    summary = merge(seeds())
    base = "exchange.stages[2025-05-23].released[Russia].breakdown"
    assert fact(summary, f"{base}[civilians]").status == "corroborated"
    assert fact(summary, f"{base}[servicemen]").status == "single_source"


def test_zelensky_quotes_merge_across_spellings() -> None:
    """Seed 000 writes 'Zelensky', seed 001 'Zelenskyy': one speaker, canonical name."""
    summary = merge(seeds())
    quotes = [f for f in summary.facts if f.path.startswith("statements[")]
    assert {f.path for f in quotes} == {"statements[Volodymyr Zelensky]"}
    corroborated = [f for f in quotes if f.status == "corroborated"]
    assert len(corroborated) == 3
    assert any(str(f.value).startswith("Another 307 Ukrainian defenders") for f in corroborated)


# Conflicts in the sources.

def test_hostage_counts_conflict_with_both_values_sources_and_evidence() -> None:
    summary = merge(hostages())
    conflicts = [f for f in summary.findings if f.kind is FindingKind.cross_source]
    assert [f.facts for f in conflicts] == [[f"{FRIDAY}.released[Hamas].count"],
                                            [f"{FRIDAY}.released[Hamas].breakdown[Thais]"]]
    count, _ = conflicts
    assert all(f.severity is Severity.error and not f.reaskable for f in conflicts)
    assert sorted(count.articles) == ["guardian", "nbc"]
    assert [f.code for f in conflicts] == [FindingCode.conflict, FindingCode.conflict]
    thais_fact = fact(summary, f"{FRIDAY}.released[Hamas].breakdown[Thais]")
    assert sorted((s.article_id, s.value) for s in thais_fact.sources) == [
        ("guardian", 10), ("nbc", 12)]
    hamas = fact(summary, f"{FRIDAY}.released[Hamas].count")
    assert hamas.status == "conflicting"
    assert sorted(s.value for s in hamas.sources) == [24, 25]


def test_hostage_figures_the_sources_share_are_corroborated() -> None:
    summary = merge(hostages())
    assert fact(summary, f"{FRIDAY}.released[Hamas].breakdown[Israelis]").status == (
        "corroborated")
    assert fact(summary, f"{FRIDAY}.released[Hamas].breakdown[Filipinos]").status == (
        "single_source")
    israel = fact(summary, f"{FRIDAY}.released[Israel].count")
    assert (israel.value, israel.status) == (39, "corroborated")
    for party, count in (("Hamas", 50), ("Israel", 150)):
        deal = fact(summary, f"exchange.agreed_total[{party}].count")
        assert (deal.value, deal.status) == (count, "corroborated")


def test_user_aliases_join_categories_the_table_does_not_know() -> None:
    teens = f"{FRIDAY}.released[Israel].breakdown[teenagers]"
    without = merge(hostages())
    assert fact(without, teens).status == "single_source"
    aliases = json.loads((HOSTAGES / "gold.json").read_text(encoding="utf-8"))["aliases"]
    joined = merge(hostages(), aliases)
    assert (fact(joined, teens).value, fact(joined, teens).status) == (15, "corroborated")
    assert cross(joined) == cross(without)


def test_the_hostage_conflicts_score_as_true_positives() -> None:
    loaded = load_gold(HOSTAGES / "gold.json")
    scores, _ = score_case(loaded, merge(hostages()))
    assert (scores["conflicts"]["tp"], scores["conflicts"]["fp"],
            scores["conflicts"]["fn"]) == (2, 0, 0)
    seeds_scores, _ = score_case(load_gold(ROOT / "seeds" / "gold.json"), merge(seeds()))
    assert seeds_scores["conflicts"]["fp"] == 0


# Updates and dates.

def test_a_rising_toll_is_an_update_not_a_conflict() -> None:
    summary = merge(odesa())
    killed = fact(summary, "attacks[2024-03-01].killed")
    assert (killed.value, killed.status) == (39, "updated")
    assert sorted(s.value for s in killed.sources) == [10, 39]
    [update] = [f for f in summary.findings if f.kind is FindingKind.cross_source]
    assert (update.severity, update.code) == (Severity.info, FindingCode.updated)
    assert update.facts == ["attacks[2024-03-01].killed"]
    assert predicted_conflicts(summary) == []
    assert fact(summary, "attacks[2024-03-01].injured").status == "corroborated"
    assert fact(summary, "attacks[2024-03-01].target").value == "Odesa"
    assert fact(summary, "attacks[2024-03-01].attacker").value == "Russia"
    assert fact(summary, "statements[Oleh Kiper]").status == "corroborated"


def qualified(
    results: list[ArticleResult], qualifiers: Sequence[Qualifier | None]
) -> list[ArticleResult]:
    """The results with each one's death toll qualified as given ('at least')."""
    out = []
    for r, qualifier in zip(results, qualifiers, strict=True):
        changed = r.extraction.model_copy(deep=True)
        assert changed.attacks[0].killed is not None
        changed.attacks[0].killed.qualifier = qualifier
        out.append(r.model_copy(update={"extraction": changed}))
    return out


def test_a_qualifier_travels_with_its_number() -> None:
    """'at least 10' flattens as the gold format does: the number, then its qualifier; in
    the summary it stays with its source's number (tests/test_qualifiers.py)."""
    results = qualified(odesa(), ["at least", None])
    paths = [f.path for f in iter_facts(results[0].extraction)]
    killed = next(p for p in paths if p.endswith(".killed"))
    assert paths[paths.index(killed) + 1] == f"{killed}.qualifier"
    summary = merge(results)
    toll = fact(summary, "attacks[2024-03-01].killed")
    assert [(s.value, s.qualifier) for s in toll.sources] == [(39, None), (10, "at least")]
    assert not [f for f in summary.facts if f.path.endswith(".qualifier")]


def test_an_overnight_attack_dated_on_two_days_is_one_attack_with_both_dates() -> None:
    summary = merge(odesa())
    assert {f.path.split(".")[0] for f in summary.facts} == {"attacks[2024-03-01]",
                                                             "statements[Oleh Kiper]"}
    [note] = [f for f in summary.findings if f.code is FindingCode.attack_dates_differ]
    assert note.facts == ["attacks[2024-03-01]"]
    assert note.severity is Severity.info


def test_a_toll_that_says_it_rose_is_an_update_without_a_publication_order() -> None:
    """The same toll differing in two reports of the same day (no times): AP's says it
    "has risen to 39", which says which came later. Without such words the change is a
    conflict (tests/test_qualifiers.py)."""
    results = [r.model_copy(update={"published": r.published.date() if r.published else None})
               for r in odesa()]
    summary = merge(results)
    assert fact(summary, "attacks[2024-03-01].killed").status == "updated"
    [update] = [f for f in summary.findings if f.kind is FindingKind.cross_source]
    assert (update.severity, update.code) == (Severity.info, FindingCode.updated)
    assert update.facts == ["attacks[2024-03-01].killed"]


def same_day(*texts: str) -> Summary:
    """Outlets' reports of one strike, published the same day without times."""
    day = dt.date(2025, 5, 24)
    return summarize([Article(id=f"outlet-{n}", source=f"Outlet {n}", published=day, text=text)
                      for n, text in enumerate(texts)], config=BackendConfig(backend="rules"))


def test_a_same_day_report_giving_every_toll_higher_is_a_later_update() -> None:
    """Nothing orders two same-day pages, but a count that raises both the dead and the
    wounded is a later count; one that raises the wounded alone while the dead agree is
    another authority's, a conflict (tests/test_qualifiers.py)."""
    strike = "Russian missiles struck Kharkiv on Friday, killing {} people and injuring {}, "
    summary = same_day(strike.format(12, 30) + "the governor said.",
                       strike.format(15, 41) + "medics said.")
    assert [(f.path, f.value, f.status) for f in summary.facts
            if f.path.endswith(("killed", "injured"))] == [
        ("attacks[2025-05-23].killed", 15, "updated"),
        ("attacks[2025-05-23].injured", 41, "updated")]
    assert predicted_conflicts(summary) == []
    other = same_day(strike.format(12, 30) + "the governor said.",
                     strike.format(12, 41) + "medics said.")
    assert [(f.path, f.status) for f in other.facts
            if f.path.endswith(("killed", "injured"))] == [
        ("attacks[2025-05-23].killed", "corroborated"),
        ("attacks[2025-05-23].injured", "conflicting")]


def test_a_quote_worded_differently_is_a_variance() -> None:
    first, second = odesa()
    changed = second.extraction.model_copy(deep=True)
    changed.statements[0].quote = "Rescue work goes on. There may be more people under the rubble"
    summary = merge([first, second.model_copy(update={"extraction": changed})])
    [variance] = [f for f in summary.findings if f.kind is FindingKind.cross_source
                  and f.severity is Severity.warning]
    assert (variance.code, variance.facts) == (FindingCode.quote_variance,
                                               ["statements[Oleh Kiper]"])
    assert len(variance.fact_ids) == 2


# Library and CLI (the order of articles: test_merge_properties.py).

def test_summarize_takes_user_aliases() -> None:
    articles = load_articles(sorted(str(p) for p in (ROOT / "seeds").glob("*.txt")))
    backend = ScriptedBackend({p.stem: p for p in SEED_RESPONSES.glob("0*.json")})
    summary = summarize(articles, backend=backend,
                        aliases={"Ukraine's leader": ["Volodymyr Zelensky", "Zelenskyy"]})
    assert {f.path for f in summary.facts if f.path.startswith("statements")} == {
        "statements[Ukraine's leader]"}


# The unequal deal (`Agreement.by_party`).

def test_an_unequal_deal_is_flattened_per_party_and_checked_per_party() -> None:
    nbc, _ = hostages()
    paths = {f.path: f.value for f in iter_facts(nbc.extraction)}
    assert paths["exchange.agreed_total[Hamas].count"] == 50
    assert paths["exchange.agreed_total[Israel].count"] == 150
    assert "exchange.agreed_total.count" not in paths
    assert not [f for f in nbc.findings if f.severity is Severity.error]
    article = next(a for a in case_articles(load_gold(HOSTAGES / "gold.json")) if a.id == "nbc")
    over = nbc.extraction.model_copy(deep=True)
    assert over.agreement is not None
    over.agreement.by_party[0].count = 20
    findings = check(article, over)[1]
    assert any(f.code is FindingCode.over_agreed_total
               and "exchange.agreed_total[Hamas].count" in f.facts
               for f in findings if f.severity is Severity.error)


def test_a_figure_an_error_names_is_flagged_never_verified() -> None:
    """Seed 001 with Friday's civilians mistyped as 100: alone it is flagged; next to
    seed 000's clean 120, only the clean statement vouches for the figure."""
    root = Path(__file__).parent.parent
    responses = root / "tests" / "fakes" / "responses" / "seeds"
    articles = load_articles(sorted((root / "seeds").glob("*.txt")))
    results = []
    for article in articles:
        data = json.loads((responses / f"{article.id}.json").read_text())
        if article.id.startswith("001"):
            data["stages"][0]["releases"][0]["breakdown"][1]["count"] = 100
        results.append(ArticleResult(article_id=article.id, source=article.source,
                                     published=article.published, backend="test",
                                     extraction=ArticleExtraction.model_validate(data)))
    path = "exchange.stages[2025-05-23].released[Russia].breakdown[civilians]"

    alone = {f.path: f for f in recheck(results[1:], articles).facts}
    assert (alone[path].value, alone[path].status) == (100, "flagged")

    both = [f for f in recheck(results, articles).facts if f.path == path]
    assert [(f.value, f.status) for f in both] == [(120, "single_source")]
    assert sorted((s.article_id[:3], s.value) for s in both[0].sources) == [
        ("000", 120), ("001", 100)]
