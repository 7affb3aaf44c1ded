"""A date with no words of its own, checked against the days the article names.

The article below is written for this test: published on a Monday, it names
Saturday for the strike and nothing else.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.models import (
    Article,
    ArticleExtraction,
    Attack,
    Casualties,
    CumulativeTotal,
    Evidence,
    ExchangeStage,
    FindingKind,
    Release,
    Severity,
)
from summarizer.validate import check_article

MONDAY = dt.date(2025, 5, 26)
STRIKE = "Russian drones struck the port of Odesa, killing three people."
TEXT = f"The regional governor said on Saturday that the attack was over. {STRIKE}"
ARTICLE = Article(id="art", source="test", published=MONDAY, text=TEXT)


def _attack(date: dt.date, article: Article = ARTICLE) -> list[tuple[str, str, list[str]]]:
    extraction = ArticleExtraction(attacks=[Attack(
        date=date, attacker="Russia", targets=["Odesa"], evidence=Evidence(text=STRIKE),
        killed=Casualties(count=3, evidence=Evidence(text=STRIKE)))])
    return [(f.code.value, f.severity.value, f.facts)
            for f in check_article(article, extraction)[1]
            if f.kind is FindingKind.temporal and f.severity is Severity.error]


def test_a_day_beside_the_named_one_is_an_error() -> None:
    """Friday 23 May: the article names Saturday, never Friday."""
    assert _attack(dt.date(2025, 5, 23)) == [
        ("temporal.date_beside_named_day", "error", ["attacks[2025-05-23].date"])]


def test_the_day_the_article_names_is_allowed() -> None:
    assert _attack(dt.date(2025, 5, 24)) == []


SEARCHED = "Rescuers searched the rubble on Saturday. "
"""A day of something that happened, given to no report: the article dates events."""


@pytest.mark.parametrize(("opening", "expected"), [
    (SEARCHED, [("temporal.date_named_nowhere", "error", ["attacks[2025-05-21].date"])]),
    (f"{SEARCHED}The port was hit earlier this week. ", []),
    (f"{SEARCHED}The port was hit three days ago. ", []),
])
def test_a_day_long_before_publication_that_the_article_names_nowhere(
    opening: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    """Wednesday the 21st, five days before Monday's paper, beside no day it names: the
    article names Saturday for the search, never Wednesday, so nothing supports it. An
    article that dates by a span ('earlier this week', 'three days ago') gives nothing to
    check against."""
    article = ARTICLE.model_copy(update={"text": f"{opening}{TEXT}"})
    assert _attack(dt.date(2025, 5, 21), article) == expected


@pytest.mark.parametrize("opening", [
    "",
    "On Monday, the mayor laid flowers at the port. ",
    "The toll was confirmed on Sunday by the governor. ",
])
def test_an_article_that_names_only_when_the_news_was_told_does_not_date_the_event(
    opening: str,
) -> None:
    """An outlet writing days after the strike may name only the days its news was told:
    a report's ('said on Saturday', 'confirmed on Sunday') and its own publication day's
    reactions. Wednesday the 21st, named nowhere, is then not contradicted: the day of the
    strike is another outlet's to name."""
    article = ARTICLE.model_copy(update={"text": f"{opening}{TEXT}"})
    assert _attack(dt.date(2025, 5, 21), article) == []


def test_the_day_before_publication_is_judged_against_the_day_beside_it() -> None:
    """Sunday the 25th, the day before publication: the article names Saturday, so an
    attack moved onto Sunday is as wrong as one moved onto Friday."""
    assert _attack(dt.date(2025, 5, 25)) == [
        ("temporal.date_beside_named_day", "error", ["attacks[2025-05-25].date"])]


def test_the_publication_day_named_for_reactions_is_not_the_events() -> None:
    """'On Monday' in Monday's paper is often the day of reactions: an attack the day
    before, next to it, is how overnight news reads."""
    today = ARTICLE.model_copy(update={"text": f"Leaders condemned it on Monday. {STRIKE}"})
    assert _attack(dt.date(2025, 5, 25), today) == []


@pytest.mark.parametrize(("before", "expected"), [
    ("", [("temporal.date_beside_named_day", "error", ["attacks[2025-05-25].date"])]),
    ("The sirens sounded overnight. ", []),
    ("The sirens sounded late on Sunday. ", []),
    ("The port was hit over the weekend. ", []),
])
def test_the_publication_day_named_for_the_strike_moves_an_unnamed_day_before_it(
    before: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    """'Drones hit Odesa on Monday' in Monday's paper: an attack dated Sunday, a day the
    article names nowhere, is Monday's moved by one. Where the article names the night
    before ('overnight', 'late on Sunday') or the weekend, Sunday is named and outlets
    date such a strike either day."""
    struck = ARTICLE.model_copy(
        update={"text": f"{before}Russian drones hit Odesa on Monday. {STRIKE}"})
    assert _attack(dt.date(2025, 5, 25), struck) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("On Monday, two people were killed when Russian drones struck Odesa.",
     [("temporal.date_beside_named_day", "error", ["attacks[2025-05-25].date"])]),
    ("Russian drones struck Odesa in the early hours of Monday.", []),
    ("Officials said on Monday that Russian drones had struck Odesa.", []),
])
def test_a_strike_sentence_naming_the_publication_day_moves_an_unnamed_day_before_it(
    sentence: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    """'On Monday, two people were killed when drones struck Odesa' in Monday's paper names
    Monday for the strike, though not in the striking's own clause: an attack dated
    Sunday, named nowhere, is Monday's moved by one. The small hours of Monday name
    Sunday's night too, and a Monday given to a report moves nothing."""
    struck = ARTICLE.model_copy(update={"text": f"{sentence} {STRIKE}"})
    assert _attack(dt.date(2025, 5, 25), struck) == expected


def test_a_release_sentence_naming_the_publication_day_moves_an_unnamed_day_before_it() -> None:
    """'The release was carried out on Monday' in Monday's paper: a verb stands between the
    release and its day, yet a stage dated Sunday, a day the article names nowhere, is
    Monday's moved by one."""
    freed = "Hamas freed 13 hostages in Gaza."
    article = ARTICLE.model_copy(update={"text": f"The release was carried out on Monday. {freed}"})
    codes = [f.code.value for f in check_article(article, ArticleExtraction(stages=[
        ExchangeStage(date=dt.date(2025, 5, 25), releases=[Release(
            released_by="Hamas", count=13, evidence=Evidence(text=freed))])]))[1]
        if f.kind is FindingKind.temporal and f.severity is Severity.error]
    assert codes == ["temporal.date_beside_named_day"]


@pytest.mark.parametrize(("evidence", "date", "expected"), [
    ("Russian drones struck Odesa on Saturday, killing three people.", dt.date(2025, 5, 22),
     ["temporal.date_contradicts_words"]),
    ("Russian drones struck Odesa late Saturday, killing three people.", dt.date(2025, 5, 25),
     []),
    ("Russian drones struck Odesa, killing three people, officials said on Saturday.",
     dt.date(2025, 5, 22), []),
    ("Odesa, May 24 : Russian drones struck Odesa, killing three people.",
     dt.date(2025, 5, 22), []),
])
def test_a_date_without_words_must_be_the_day_its_evidence_names(
    evidence: str, date: dt.date, expected: list[str]
) -> None:
    """Thursday the 22nd is beside no named day, so only the evidence can say it is
    wrong; a day given to a report or in a dateline is not the event's (and an article
    that names only a report's day does not date the event: `long_before` keeps quiet)."""
    art = ARTICLE.model_copy(update={"text": evidence})
    extraction = ArticleExtraction(attacks=[Attack(
        date=date, attacker="Russia", targets=["Odesa"], evidence=Evidence(text=evidence))])
    codes = [f.code.value for f in check_article(art, extraction)[1]
             if f.kind is FindingKind.temporal and f.severity is Severity.error]
    assert codes == expected


def test_an_article_that_names_no_day_gives_nothing_to_check() -> None:
    plain = ARTICLE.model_copy(update={"text": STRIKE})
    assert _attack(dt.date(2025, 5, 23), plain) == []


def test_a_night_names_the_day_after_it_too() -> None:
    """'Late Saturday night' in an article of Wednesday the 28th: Saturday the 24th and
    the Sunday morning after it are named; Monday the 26th, beside Sunday, is not."""
    night = ARTICLE.model_copy(update={
        "published": dt.date(2025, 5, 28), "text": f"It came late Saturday night. {STRIKE}"})
    assert _attack(dt.date(2025, 5, 24), night) == []
    assert _attack(dt.date(2025, 5, 25), night) == []
    assert _attack(dt.date(2025, 5, 26), night) == [
        ("temporal.date_beside_named_day", "error", ["attacks[2025-05-26].date"])]


WEDNESDAY = dt.date(2025, 5, 28)
TOLL = "Three people were killed, the governor said on Monday."


def _errors(text: str, extraction: ArticleExtraction, published: dt.date) -> list[str]:
    article = Article(id="art", source="test", published=published, text=text)
    return [f.code.value for f in check_article(article, extraction)[1]
            if f.kind is FindingKind.temporal and f.severity is Severity.error]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Russian drones struck Odesa on Sunday.", ["temporal.date_beside_named_day"]),
    ("He said that Russian drones struck Odesa on Sunday.", ["temporal.date_beside_named_day"]),
    ("Officials confirmed the strike on Odesa on Sunday evening.", []),
    ("More drones are expected to strike on Sunday.", []),
    ("\u201cDrones struck the market on Sunday and we ran.\u201d", []),
    ("Survivors were buried in Odesa on Sunday.", []),
    ("The port was shut, officials said. On Sunday, Russian drones struck Odesa.",
     ["temporal.date_beside_named_day"]),
    ("Russian drones struck Odesa on Sunday. Videos posted online showed fires.",
     ["temporal.date_beside_named_day"]),
])
def test_an_attack_is_dated_the_day_the_article_names_for_a_strike(
    sentence: str, expected: list[str]
) -> None:
    """Monday the 26th is named, but only for a report; Sunday is named for the strike
    only where the sentence tells the striking, not a report, a plan, a quotation or the
    aftermath. An attack dated Monday is then Sunday's moved by a day."""
    extraction = ArticleExtraction(attacks=[Attack(
        date=dt.date(2025, 5, 26), attacker="Russia", targets=["Odesa"],
        evidence=Evidence(text=TOLL), killed=Casualties(count=3, evidence=Evidence(text=TOLL)))])
    assert _errors(f"{sentence} {TOLL}", extraction, WEDNESDAY) == expected


def test_a_day_on_a_wrapped_line_keeps_its_report_word() -> None:
    """A page that wraps 'said' / 'Sunday' inside one sentence names Sunday for the
    report, as the unwrapped sentence does; a blank line still ends the paragraph."""
    extraction = ArticleExtraction(attacks=[Attack(
        date=dt.date(2025, 5, 26), attacker="Russia", evidence=Evidence(text=TOLL))])
    wrapped = "The governor said\nSunday that Russian drones struck Odesa."
    assert _errors(f"{wrapped} {TOLL}", extraction, WEDNESDAY) == []
    assert _errors(f"{wrapped.replace(chr(10), chr(10) * 2)} {TOLL}", extraction, WEDNESDAY) == [
        "temporal.date_beside_named_day"]


@pytest.mark.parametrize("dateline", [
    "Odesa, May 25 ", "May 25 (Reuters) - ", "ODESA, Ukraine, May 25 (AP) \u2014 ",
    "KYIV, May 25 (Reuters) - ", "May 25 (UPI) -- ",
])
def test_a_dateline_is_not_the_day_of_the_strike(dateline: str) -> None:
    """The day heading the report, with or without a colon or the wire agency, is when it
    was filed."""
    extraction = ArticleExtraction(attacks=[Attack(
        date=dt.date(2025, 5, 26), attacker="Russia", evidence=Evidence(text=TOLL))])
    text = f"{dateline}Russian drones struck the port. {TOLL}"
    assert _errors(text, extraction, WEDNESDAY) == []


def test_a_day_another_attack_carries_is_accounted_for() -> None:
    """Sunday is named for the Odesa strike, which the extraction dates Sunday: a second
    attack on Monday is no shifted copy of it."""
    strike = "Russian drones struck Odesa on Sunday."
    extraction = ArticleExtraction(attacks=[
        Attack(date=dt.date(2025, 5, 25), attacker="Russia", targets=["Odesa"],
               evidence=Evidence(text=strike)),
        Attack(date=dt.date(2025, 5, 26), attacker="Russia", targets=["Sumy"],
               evidence=Evidence(text=TOLL))])
    assert _errors(f"{strike} {TOLL}", extraction, WEDNESDAY) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hamas freed 13 hostages on Sunday.", ["temporal.date_beside_named_day"]),
    ("The hostages landed in Tel Aviv on Sunday.", []),
    ("Hamas released a video of 13 hostages on Sunday.", []),
    ("The army released footage on Sunday of 13 hostages.", []),
    ("Hamas released 13 hostages and a video of them on Sunday.",
     ["temporal.date_beside_named_day"]),
])
def test_a_stage_is_dated_the_day_the_article_names_for_a_release(
    sentence: str, expected: list[str]
) -> None:
    """An arrival is often the morning after the handover, and a video released is no
    release of people: only a release names the stage's day."""
    evidence = "Israel let 39 prisoners go in return, the prison service said on Monday."
    extraction = ArticleExtraction(stages=[ExchangeStage(date=dt.date(2025, 5, 26), releases=[
        Release(released_by="Israel", count=39, evidence=Evidence(text=evidence))])])
    assert _errors(f"{sentence} {evidence}", extraction, WEDNESDAY) == expected


TUESDAY = dt.date(2025, 5, 27)


@pytest.mark.parametrize(("sentence", "date", "expected"), [
    ("The two sides carried out another prisoner swap Tuesday, the fourth this month.",
     MONDAY, ["temporal.date_beside_named_day"]),
    ("The two sides carried out another prisoner swap Tuesday, the fourth this month.",
     TUESDAY, []),
    ("The freed prisoners reached their home towns on Tuesday.", MONDAY, []),
    ("The swap ended in the early hours of Tuesday.", MONDAY, []),
])
def test_a_stage_the_publication_day_is_named_for_is_dated_that_day(
    sentence: str, date: dt.date, expected: list[str]
) -> None:
    """'Another prisoner swap Tuesday' in Tuesday's paper: the swap's own clause names the
    day of writing, so a Monday stage is Tuesday's moved by one. Not where the day is an
    arrival's, nor where the sentence puts the swap in the small hours, which outlets
    date either day."""
    evidence = "Israel let 39 prisoners go in return, the prison service said."
    extraction = ArticleExtraction(stages=[ExchangeStage(date=date, releases=[
        Release(released_by="Israel", count=39, evidence=Evidence(text=evidence))])])
    assert _errors(f"{sentence} {evidence}", extraction, TUESDAY) == expected


@pytest.mark.parametrize(("as_of", "expected"), [
    (dt.date(2025, 5, 27), []),
    (dt.date(2025, 5, 24), []),
    (dt.date(2025, 5, 26), ["temporal.date_beside_named_day"]),
])
def test_a_running_total_without_a_time_is_as_of_publication_or_a_named_day(
    as_of: dt.date, expected: list[str]
) -> None:
    """Published Tuesday the 27th; the article names Saturday the 24th for releases, and
    Monday the 26th only for another count. 'So far', with no time of its own, is as of
    publication: Monday is named for no release."""
    total = "Hamas has so far released 69 hostages."
    text = (f"{total} Israel freed 150 prisoners with Saturday's releases. Aid agencies "
            "counted 1,100 trucks until yesterday.")
    extraction = ArticleExtraction(cumulative=[CumulativeTotal(
        received_by="Israel", count=69, as_of=as_of, evidence=Evidence(text=total))])
    assert _errors(text, extraction, dt.date(2025, 5, 27)) == expected


@pytest.mark.parametrize("opening", ["Earlier on Thursday, the council accused",
                                     "On Thursday, the council blamed"])
def test_a_day_given_to_an_accusation_is_not_the_attacks(opening: str) -> None:
    """'Earlier on Thursday, the council accused the militia of ...': Thursday is the day
    of the accusation, a report about the attack, not the day of the attack (Wednesday
    the 5th, which the article names) that the evidence then tells."""
    evidence = (f"{opening} the militia of a massacre in the village, while the militia said "
                "they attacked three camps.")
    text = f"{evidence} Witnesses said the village was stormed on June 5."
    article = Article(id="art", source="test", published=dt.date(2024, 6, 7), text=text)
    extraction = ArticleExtraction(attacks=[Attack(
        date=dt.date(2024, 6, 5), attacker="militia", targets=["the village"],
        evidence=Evidence(text=evidence))])
    assert [f.code.value for f in check_article(article, extraction)[1]
            if f.kind is FindingKind.temporal and f.severity is Severity.error] == []


@pytest.mark.parametrize(("quoted", "expected"), [
    ('"We will rebuild. We will not forget," wrote the governor on Sunday.', []),
    ('"The port will be rebuilt. Nobody is forgotten," the mayor said on Sunday.', []),
    ("\u201cWe will rebuild. We will not forget,\u201d wrote the governor on Sunday.", []),
    # a day inside the quotation is the speaker's words, not the report's day
    ('"The drones came back on Sunday," the governor said.',
     [("temporal.date_beside_named_day", "error", ["attacks[2025-05-26].date"])]),
])
def test_a_quotation_of_several_sentences_closes_before_its_report_day(
        quoted: str, expected: list[tuple[str, str, list[str]]]) -> None:
    """Monday's paper, the attack dated Monday with no words: the day after a quotation
    that closes in its last sentence is the report's ('wrote the governor on Sunday'), which
    does not move the paper's own day. A straight mark that follows a word closes the
    quotation, though its sentence holds no other."""
    article = ARTICLE.model_copy(update={"text": f"{STRIKE} {quoted}"})
    assert _attack(MONDAY, article) == expected


TUESDAY = dt.date(2025, 5, 27)


@pytest.mark.parametrize(("evidence", "expected"), [
    ("An airstrike hit an aid convoy near Rafah, killing five drivers, leading the agency to "
     "halt all its deliveries on Tuesday.", []),
    ("Drones struck a fuel depot outside Belgorod, prompting the governor to declare a state "
     "of emergency on Tuesday.", []),
    ("A suicide bomber blew himself up in a crowded market in Maiduguri, forcing the state "
     "government to impose a curfew on the city Tuesday.", []),
    ("Drones struck a fuel depot outside Belgorod on Tuesday, forcing residents to flee.",
     ["temporal.date_contradicts_words"]),
    ("Drones struck a fuel depot outside Belgorod on Sunday, prompting the governor to "
     "declare a state of emergency.", ["temporal.date_beside_named_day"]),
])
def test_a_day_of_what_the_attack_led_to_is_not_the_attacks(
    evidence: str, expected: list[str]
) -> None:
    """In Tuesday's paper, an attack dated Monday: a day told in a clause of what the
    attack made someone do ('..., prompting the governor to declare an emergency on
    Tuesday') is that act's day, which came after, so it does not contradict Monday (nor
    is it the day the article names for an attack). A day in the attack's own clause still
    does ('struck a fuel depot on Tuesday, forcing residents to flee'; 'on Sunday,
    prompting ...')."""
    extraction = ArticleExtraction(attacks=[Attack(
        date=dt.date(2025, 5, 26), attacker="Northland", evidence=Evidence(text=evidence))])
    assert _errors(evidence, extraction, TUESDAY) == expected
