"""The per-article checks: one named case per rule, and the seeds' correct extractions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from summarizer import BackendConfig, summarize
from summarizer.articles import load_file
from summarizer.models import (
    Agreement,
    Article,
    ArticleExtraction,
    Attack,
    BreakdownItem,
    CumulativeTotal,
    Evidence,
    ExchangeStage,
    Finding,
    FindingCode,
    FindingKind,
    Release,
    Severity,
    StatedTotal,
    WeaponCount,
)
from summarizer.text.time import resolve_extraction
from summarizer.validate import check_article

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = dt.date(2025, 5, 24)  # a Saturday
TEXT = (
    "The first stage, on Friday, saw an exchange of 390 Russians and Ukrainians each, "
    "270 servicemen and 120 civilians. On Saturday Russia released 307 Ukrainian POWs in "
    "exchange for as many Russian servicemen. In just these two days, 697 people have been "
    "brought home. The 1,000-for-1,000 exchange was agreed in Istanbul on May 16. "
    "Russia launched 122 missiles and 36 drones overnight, 158 aerial weapons in all. "
    "\u201cWe expect the process to continue tomorrow,\u201d Zelensky said."
)
ARTICLE = Article(id="art", source="test", published=PUBLISHED, text=TEXT)


def ev(text: str) -> Evidence:
    assert text in TEXT, text
    return Evidence(text=text)


def friday(russia: int = 390, ukraine: int = 390, servicemen: int = 270,
           complete: bool = True) -> ExchangeStage:
    def release(by: str, count: int) -> Release:
        return Release(
            released_by=by, count=count, breakdown_complete=complete,
            breakdown=[BreakdownItem(category="servicemen", count=servicemen,
                                     evidence=ev("270 servicemen and 120 civilians")),
                       BreakdownItem(category="civilians", count=120,
                                     evidence=ev("270 servicemen and 120 civilians"))],
            evidence=ev("an exchange of 390 Russians and Ukrainians each"))
    return ExchangeStage(time_expression="on Friday",
                         releases=[release("Russia", russia), release("Ukraine", ukraine)])


def saturday(count: int = 307) -> ExchangeStage:
    evidence = ev("Russia released 307 Ukrainian POWs in exchange for as many Russian servicemen")
    return ExchangeStage(time_expression="On Saturday", releases=[
        Release(released_by="Russia", count=count, evidence=evidence),
        Release(released_by="Ukraine", count=307, evidence=evidence)])


def complete_extraction() -> ArticleExtraction:
    return ArticleExtraction(
        agreement=Agreement(total=1000, per_side=True, place="Istanbul",
                            date_expression="on May 16",
                            evidence=ev("The 1,000-for-1,000 exchange was agreed in Istanbul")),
        stages=[friday(), saturday()],
        cumulative=[CumulativeTotal(received_by="Ukraine", count=697,
                                    evidence=ev("697 people have been brought home"))],
        attacks=[Attack(time_expression="overnight", attacker="Russia",
                        weapons=[
                            WeaponCount(type="missile", count=122, evidence=ev("122 missiles")),
                            WeaponCount(type="drone", count=36, evidence=ev("36 drones"))],
                        weapons_total=StatedTotal(count=158, evidence=ev("158 aerial weapons")),
                        evidence=ev("Russia launched 122 missiles and 36 drones overnight"))],
    )


def check(extraction: ArticleExtraction, article: Article = ARTICLE) -> list[Finding]:
    resolved = resolve_extraction(extraction, article.published_date)
    return check_article(article, resolved)[1]


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity is Severity.error]


def test_consistent_extraction_has_no_errors_and_says_why() -> None:
    findings = check(complete_extraction())
    assert errors(findings) == []
    infos = {f.code for f in findings if f.severity is Severity.info}
    assert {FindingCode.breakdown_consistent, FindingCode.stages_match_total,
            FindingCode.weapons_match_total} <= infos


def test_breakdown_that_does_not_add_up_is_the_models_arithmetic() -> None:
    extraction = complete_extraction()
    extraction.stages[0] = friday(servicemen=250)
    found = [f for f in errors(check(extraction)) if f.kind is FindingKind.arithmetic]
    assert any(f.code is FindingCode.breakdown_mismatch for f in found)
    assert all(f.reaskable for f in found)
    assert found[0].articles == ["art"]
    assert "exchange.stages[2025-05-23].released[Russia].breakdown[servicemen]" in found[0].facts


def test_inconsistent_source_is_reported_but_never_reasked() -> None:
    text = "On Friday Russia released 390 prisoners: 270 servicemen and 100 civilians."
    article = Article(id="src", source="s", published=PUBLISHED, text=text)
    extraction = ArticleExtraction(stages=[ExchangeStage(time_expression="On Friday", releases=[
        Release(released_by="Russia", count=390, breakdown_complete=True,
                breakdown=[BreakdownItem(category="servicemen", count=270,
                                         evidence=Evidence(text="270 servicemen")),
                           BreakdownItem(category="civilians", count=100,
                                         evidence=Evidence(text="100 civilians"))],
                evidence=Evidence(text="Russia released 390 prisoners"))])])
    (finding,) = errors(check(extraction, article))
    assert finding.code is FindingCode.breakdown_mismatch
    assert not finding.reaskable


def test_partial_breakdown_may_not_exceed_the_count() -> None:
    extraction = complete_extraction()
    extraction.stages[0] = friday(russia=390, ukraine=390, servicemen=271, complete=False)
    assert any(f.code is FindingCode.breakdown_over_total for f in errors(check(extraction)))


def test_number_not_in_evidence_names_the_fact() -> None:
    extraction = complete_extraction()
    extraction.stages[1] = saturday(count=458)
    found = [f for f in errors(check(extraction)) if f.kind is FindingKind.grounding]
    assert (found[0].code, found[0].facts) == (
        FindingCode.number_not_in_evidence, ["exchange.stages[2025-05-24].released[Russia].count"])
    assert found[0].reaskable


def test_vague_evidence_is_named() -> None:
    article = Article(id="v", source="s", published=PUBLISHED,
                      text="On Friday Russia freed hundreds of prisoners.")
    extraction = ArticleExtraction(stages=[ExchangeStage(time_expression="On Friday", releases=[
        Release(released_by="Russia", count=458,
                evidence=Evidence(text="Russia freed hundreds of prisoners"))])])
    (finding,) = errors(check(extraction, article))
    assert finding.code is FindingCode.number_not_in_evidence


def test_ungrounded_evidence_and_misquote_are_errors() -> None:
    extraction = complete_extraction()
    extraction.cumulative[0].evidence = Evidence(text="697 people came home in two days")
    extraction.statements = [
        *extraction.statements,
        *ArticleExtraction.model_validate({"statements": [{
            "speaker": "Zelensky", "quote": "We expect the exchange to continue tomorrow",
            "evidence": {"text": "We expect the process to continue tomorrow"}}]}).statements,
    ]
    found = [(f.code, f.facts) for f in errors(check(extraction))]
    assert (FindingCode.evidence_not_found, ["exchange.cumulative[2025-05-24].count"]) in found
    assert (FindingCode.quote_not_verbatim, ["statements[Zelensky]"]) in found


def test_symmetric_swap_needs_equal_counts() -> None:
    extraction = complete_extraction()
    extraction.stages[0] = friday(ukraine=391)
    assert any(f.code is FindingCode.one_for_one_unequal for f in errors(check(extraction)))


@pytest.mark.parametrize(("ukraine", "expected"), [
    (60, []), (59, [FindingCode.one_for_one_unequal])])
def test_a_swap_one_for_one_in_one_category_may_free_more_beside_it(
    ukraine: int, expected: list[FindingCode]
) -> None:
    """'60 soldiers each', and three civilians from one side: the swap is one-for-one in
    soldiers, so 63 against 60 is no contradiction; 63 against 59 still is."""
    text = ("The two sides swapped 60 soldiers each on Sunday. Russia also handed over three "
            "civilians, 63 people in all.")
    swap = Evidence(text="The two sides swapped 60 soldiers each")
    extraction = ArticleExtraction(stages=[ExchangeStage(date=PUBLISHED, releases=[
        Release(released_by="Russia", count=63, breakdown_complete=True, evidence=swap,
                breakdown=[BreakdownItem(category="soldiers", count=60, evidence=swap),
                           BreakdownItem(category="civilians", count=3,
                                         evidence=Evidence(text="three civilians"))]),
        Release(released_by="Ukraine", count=ukraine, evidence=swap)])])
    article = Article(id="art", source="test", published=PUBLISHED, text=text)
    assert [f.code for f in errors(check(extraction, article))
            if f.kind is FindingKind.arithmetic] == expected


@pytest.mark.parametrize(("said", "expected"), [
    ("The militants freed as many as 8 captives, and the army let 20 detainees go", []),
    ("The militants freed 8 captives for as many detainees, and the army let 20 go",
     [FindingCode.one_for_one_unequal]),
    ("In a 10-for-10 swap the militants freed 8 captives and the army 20 detainees",
     [FindingCode.one_for_one_unequal]),
    ("In a 2-for-1 swap the militants freed 8 captives and the army 20 detainees", []),
])
def test_a_swap_is_one_for_one_by_the_words_of_an_even_swap_not_a_bound(
    said: str, expected: list[FindingCode]
) -> None:
    """'As many as 8' is a bound, not 'for as many'; '2-for-1' is no number for the same
    number (lexicon.EACH)."""
    evidence = Evidence(text=said)
    extraction = ArticleExtraction(stages=[ExchangeStage(date=PUBLISHED, releases=[
        Release(released_by="Hamas", count=8, evidence=evidence),
        Release(released_by="Israel", count=20, evidence=evidence)])])
    article = Article(id="art", source="test", published=PUBLISHED, text=said + ".")
    assert [f.code for f in errors(check(extraction, article))
            if f.kind is FindingKind.arithmetic] == expected


def test_cumulative_shortfall_suggests_a_missing_stage() -> None:
    extraction = complete_extraction()
    del extraction.stages[0]
    (finding,) = [f for f in errors(check(extraction)) if f.kind is FindingKind.arithmetic]
    assert finding.code is FindingCode.stages_under_total
    assert finding.reaskable


def _after_a_stage_of_3(text: str, total: str) -> list[Finding]:
    """The findings on a stage of 3 Ukrainian POWs and a running total of 19, in `text`."""
    article = Article(id="art", source="test", published=PUBLISHED, text=text)
    extraction = ArticleExtraction(
        stages=[ExchangeStage(time_expression="On Friday", releases=[Release(
            released_by="Russia", received_by="Ukraine", count=3,
            evidence=Evidence(text="Russia released 3 Ukrainian POWs"))])],
        cumulative=[CumulativeTotal(received_by="Ukraine", count=19, evidence=Evidence(
            text=total))])
    return check_article(article, resolve_extraction(extraction, PUBLISHED))[1]


def test_a_running_total_may_include_stages_the_article_does_not_report() -> None:
    """'19 have come home so far' after a stage of 3: the 16 before are earlier news, not
    an error, unless the total says it covers just the stages listed ('over two days')."""
    findings = _after_a_stage_of_3(
        "On Friday Russia released 3 Ukrainian POWs. 19 Ukrainians have come home so far.",
        "19 Ukrainians have come home so far")
    assert [(f.code, f.severity) for f in findings if f.kind is FindingKind.arithmetic] == [
        (FindingCode.stages_before_reported, Severity.info)]
    assert errors(findings) == []


def test_a_running_total_over_the_stages_on_a_wrapped_line() -> None:
    """A saved page may wrap the line between 'over two days' and the total it scopes: the
    total still covers just the stages listed, so a stage is missing."""
    findings = _after_a_stage_of_3(
        "On Friday Russia released 3 Ukrainian POWs. Over two days, a total of\n19 Ukrainians "
        "have come home.", "19 Ukrainians have come home")
    assert [f.code for f in findings if f.kind is FindingKind.arithmetic] == [
        FindingCode.stages_under_total]


def test_running_total_never_exceeds_the_deal() -> None:
    extraction = complete_extraction()
    assert extraction.agreement is not None
    extraction.agreement.total = 500
    assert any(f.code is FindingCode.over_agreed_total for f in errors(check(extraction)))


def test_weapons_must_add_up_to_the_stated_total() -> None:
    extraction = complete_extraction()
    extraction.attacks[0].weapons[1].count = 46
    assert any(f.code is FindingCode.weapons_over_total for f in errors(check(extraction)))


def test_resolved_date_must_say_what_its_words_say() -> None:
    extraction = resolve_extraction(complete_extraction(), PUBLISHED)
    extraction.stages[0].date = dt.date(2025, 5, 24)
    found = [f for f in errors(check_article(ARTICLE, extraction)[1])
             if f.kind is FindingKind.temporal]
    assert (found[0].code, found[0].facts) == (
        FindingCode.date_contradicts_words, ["exchange.stages[2025-05-24].date"])
    assert found[0].reaskable


def test_weekday_checked_without_publication_date() -> None:
    article = ARTICLE.model_copy(update={"published": None})
    extraction = complete_extraction()
    extraction.stages[0].date = dt.date(2025, 5, 24)
    codes = [f.code for f in errors(check_article(article, extraction)[1])]
    assert FindingCode.weekday_mismatch in codes


def test_future_date_is_an_error_unless_stated_as_expected() -> None:
    expected = complete_extraction()
    expected.stages.append(ExchangeStage(time_expression="tomorrow", releases=[]))
    findings = check(expected)
    assert errors(findings) == []
    assert any(f.code is FindingCode.expected_after_publication for f in findings
               if f.severity is Severity.warning)
    invented = resolve_extraction(complete_extraction(), PUBLISHED)
    invented.attacks[0].time_expression = None
    invented.attacks[0].date = dt.date(2025, 5, 25)
    assert any(f.code is FindingCode.after_publication
               for f in errors(check_article(ARTICLE, invented)[1]))


def test_agreement_precedes_the_stages() -> None:
    extraction = resolve_extraction(complete_extraction(), PUBLISHED)
    assert extraction.agreement is not None
    extraction.agreement.date_expression = None
    extraction.agreement.date = dt.date(2025, 5, 23)
    assert errors(check_article(ARTICLE, extraction)[1]) == []
    extraction.agreement.date = dt.date(2025, 5, 24)
    assert any(f.code is FindingCode.agreed_after_stage
               for f in errors(check_article(ARTICLE, extraction)[1]))


def test_stage_order_is_only_a_warning() -> None:
    extraction = complete_extraction()
    extraction.stages.reverse()
    findings = check(extraction)
    assert errors(findings) == []
    assert any(f.code is FindingCode.stage_order for f in findings)


@pytest.mark.parametrize("name", ["000_9391f326c2eaa901", "001_23b64bebdaa24c53"])
def test_hand_correct_seed_extractions_have_no_errors(name: str) -> None:
    article = load_file(ROOT / "seeds" / f"{name}.txt")[0]
    path = ROOT / "tests" / "data" / "extractions" / f"seed_{name[:3]}.json"
    extraction = ArticleExtraction.model_validate_json(path.read_text(encoding="utf-8"))
    grounded, findings = check_article(
        article, resolve_extraction(extraction, article.published_date))
    assert errors(findings) == []
    spans = [grounded.cumulative[0].evidence, grounded.stages[0].releases[0].evidence]
    for evidence in spans:
        assert evidence.start is not None and evidence.end is not None
        assert "697" in article.text[evidence.start:evidence.end] or \
            "390" in article.text[evidence.start:evidence.end] or \
            "270" in article.text[evidence.start:evidence.end]


def test_article_read_as_empty_is_named_in_a_warning() -> None:
    """A source that gave no fact must not look like a source that was never there."""
    attack = Article(id="wire", source="Wire", published=PUBLISHED,
                     text="Russia launched 40 drones at Ukraine overnight, officials said.")
    empty = Article(id="feature", source="Weekly", published=PUBLISHED,
                    text="The spring weather in the capital stayed mild on Saturday.")
    summary = summarize([attack, empty], config=BackendConfig(backend="rules"))
    covered = [f for f in summary.findings if f.kind is FindingKind.coverage]
    assert [(f.code, f.severity, f.articles, f.reaskable) for f in covered] == [
        (FindingCode.nothing_extracted, Severity.warning, ["feature"], False)]
