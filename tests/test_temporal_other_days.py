"""Days an article names for something other than the dated event: a report before it, an
earlier event a sentence recalls, and the publication day named in the event's words; and
days it tells in ways the checks once passed over: a calendar date inside a quotation, a
day counted back from a report ('the previous evening'), the sirens that warn of an attack.

Every article here is written for these tests. A correct date must raise no error; the
date moved by one day must still raise one, so the checks keep detecting shifted dates.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.models import (
    Article,
    ArticleExtraction,
    Attack,
    Casualties,
    Evidence,
    ExchangeStage,
    FindingKind,
    Release,
    Severity,
)
from summarizer.validate import check_article

SATURDAY = dt.date(2025, 5, 24)
SUNDAY = dt.date(2025, 5, 25)
MONDAY = dt.date(2025, 5, 26)
WEDNESDAY = dt.date(2025, 5, 28)
TOLL = "Two people were killed in the drone attack on the fuel depot, the governor wrote."


def _errors(text: str, date: dt.date, published: dt.date, evidence: str = TOLL) -> list[str]:
    """The temporal errors on one attack, dated `date` with no words of its own."""
    article = Article(id="art", source="test", published=published, text=text)
    extraction = ArticleExtraction(attacks=[Attack(
        date=date, attacker="Russia", targets=["the fuel depot"],
        evidence=Evidence(text=evidence), killed=Casualties(count=2, evidence=Evidence(
            text=evidence)))])
    return [f.code.value for f in check_article(article, extraction)[1]
            if f.kind is FindingKind.temporal and f.severity is Severity.error]


@pytest.mark.parametrize(("date", "expected"), [
    (SATURDAY, []),
    (dt.date(2025, 5, 22), ["temporal.date_beside_named_day"]),
])
def test_a_report_before_the_event_was_about_something_else(
    date: dt.date, expected: list[str]
) -> None:
    """Published Saturday, the article names only Friday, for what a minister said: an
    attack dated Saturday, the paper's news of its own day, is not moved from what was
    said the day before. A Thursday attack, a day before that report, is still judged
    by it."""
    text = f"The defence minister said on Friday that the talks would go on. {TOLL}"
    assert _errors(text, date, SATURDAY) == expected


@pytest.mark.parametrize(("opening", "expected"), [
    ("On Friday, the regional military command announced strikes on two bridges.", []),
    ("Writing on Telegram on Friday, the governor said the army struck two bridges.", []),
    ("On Friday, the regional military command struck two bridges.",
     ["temporal.date_beside_named_day"]),
])
def test_a_day_that_opens_a_report_is_no_strike_day(opening: str, expected: list[str]) -> None:
    """'On Friday, the army announced strikes ...' gives Friday to the announcement, as
    'the army announced on Friday' or 'Writing on Telegram on Friday, the governor said'
    would: an attack dated Saturday, in Sunday's paper, is
    not Friday's moved by a day. Friday told as the day of strikes is."""
    text = f"{opening} {TOLL} The fire at the depot was put out on Saturday."
    assert _errors(text, SATURDAY, SUNDAY) == expected


@pytest.mark.parametrize(("recall", "expected"), [
    ("The attack came after missiles hit a market in the city on Saturday.", []),
    ("It follows a missile strike on the same depot on Saturday.", []),
    ("A day after missiles hit a market on Saturday, drones struck the depot.", []),
    ("Missiles hit a market in the city on Saturday.", ["temporal.date_beside_named_day"]),
])
def test_a_day_of_an_earlier_event_the_sentence_recalls_is_not_this_ones(
    recall: str, expected: list[str]
) -> None:
    """Published Monday, the attack dated Sunday, a day the article names only for the
    governor's report: Saturday's strike is one the sentence recalls (the clause after
    'came after', 'follows', 'a day after'), not this attack moved by a day. Told as news
    of its own, Saturday's strike is a day the attack may have been moved from."""
    text = f"{TOLL} The governor said on Sunday that the depot was still burning. {recall}"
    assert _errors(text, SUNDAY, MONDAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli jets struck three villages in the south today, in a series of early morning "
     "raids. Overnight, artillery shelled the outskirts of two towns.", []),
    ("In the early hours of Wednesday, the army launched airstrikes on two towns it had "
     "shelled on Tuesday.", []),
    ("Overnight, artillery shelled the outskirts of two towns.", []),
    ("Artillery shelled the outskirts of two towns late on Tuesday.", []),
    ("Artillery shelled the outskirts of two towns on Tuesday.",
     ["temporal.date_beside_named_day"]),
])
def test_an_attack_on_the_publication_day_is_named_by_words_for_that_day(
    text: str, expected: list[str]
) -> None:
    """Published Wednesday, an attack dated Wednesday: 'today' or 'the early hours of
    Wednesday' in a strike sentence name its day, and so does the night before it
    ('overnight', 'late on Tuesday'), which outlets date either side of midnight as they
    do any night; though that day never moves an attack (it is as often the day of what
    followed). A strike told as Tuesday's, with no night, is not Wednesday's."""
    assert _errors(f"{text} {TOLL}", WEDNESDAY, WEDNESDAY) == expected


@pytest.mark.parametrize("night", [
    "on the night of 24 to 25 May", "on the night of May 24-25", "late on Saturday",
    "during the night into Sunday", "in the night from Saturday to Sunday",
    "in the night 24/25 May",
])
@pytest.mark.parametrize(("date", "wrong"), [(SATURDAY, False), (SUNDAY, False), (MONDAY, True)])
def test_a_night_told_by_the_words_around_a_day_names_both_its_days(
    night: str, date: dt.date, wrong: bool
) -> None:
    """Published Tuesday, the strike's own sentence tells the night of Saturday to
    Sunday: outlets date it either side of midnight, so both days are its own, as for
    'late Saturday'; Monday is neither."""
    strike = f"Drones struck the fuel depot {night}, killing two people."
    article = Article(id="art", source="test", published=dt.date(2025, 5, 27), text=strike)
    extraction = ArticleExtraction(attacks=[Attack(
        date=date, attacker="Russia", targets=["the fuel depot"], evidence=Evidence(text=strike),
        killed=Casualties(count=2, evidence=Evidence(text=strike)))])
    assert any(f.kind is FindingKind.temporal and f.severity is Severity.error
               for f in check_article(article, extraction)[1]) is wrong


FRIDAY = dt.date(2025, 5, 23)
TUESDAY = dt.date(2025, 5, 27)


def _codes(article: Article, extraction: ArticleExtraction) -> list[str]:
    return [f.code.value for f in check_article(article, extraction)[1]
            if f.kind is FindingKind.temporal and f.severity is Severity.error]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The most recent previous swap took place on Tuesday.", []),
    ("An earlier exchange took place on Tuesday.", []),
    ("The swap took place on Tuesday.", ["temporal.date_beside_named_day"]),
])
def test_a_day_told_of_an_earlier_exchange_is_not_this_ones(
    sentence: str, expected: list[str]
) -> None:
    """Published Thursday, officials said Wednesday that soldiers had been freed: a stage
    dated Wednesday. 'The previous swap took place on Tuesday' tells another exchange's
    day, not this one's a day off; 'the swap took place on Tuesday' tells this one's."""
    text = f"Officials said Wednesday that 80 soldiers had been freed in a swap. {sentence}"
    evidence = "80 soldiers had been freed in a swap"
    article = Article(id="art", source="test", published=dt.date(2025, 5, 29), text=text)
    extraction = ArticleExtraction(stages=[ExchangeStage(date=WEDNESDAY, releases=[
        Release(released_by="Russia", count=80, evidence=Evidence(text=evidence))])])
    assert _codes(article, extraction) == expected


@pytest.mark.parametrize(("date", "expected"), [
    (SATURDAY, []),
    (dt.date(2025, 5, 25), []),
    (FRIDAY, ["temporal.date_contradicts_words"]),
])
def test_a_strike_over_the_weekend_is_named_by_either_of_its_days(
    date: dt.date, expected: list[str]
) -> None:
    """Published Monday, a strike 'over the weekend' that the governor spoke of on Sunday:
    an attack dated Saturday or Sunday is named, not Sunday's moved by one; Friday is
    not the weekend, and the sentence gives Monday to the search."""
    strike = ("Divers on Monday searched the river for victims of a missile strike that "
              "killed 12 people on a ferry over the weekend.")
    text = f"{strike} The governor said on Sunday that two people were still missing."
    article = Article(id="art", source="test", published=MONDAY, text=text)
    extraction = ArticleExtraction(attacks=[Attack(
        date=date, attacker="Russia", targets=["a ferry"], evidence=Evidence(text=strike),
        killed=Casualties(count=12, evidence=Evidence(text=strike)))])
    assert _codes(article, extraction) == expected


@pytest.mark.parametrize(("date", "expected"), [
    (SATURDAY, []),
    (FRIDAY, ["temporal.date_beside_named_day"]),
])
def test_an_attacks_day_may_be_named_by_its_tolls_evidence(
    date: dt.date, expected: list[str]
) -> None:
    """Published Tuesday, the sentence that names the strike gives Sunday to the rescue
    ('pulled on Sunday from a depot hit by drones'), the toll's sentence gives Saturday
    to the strike: an attack dated Saturday is what its evidence says; Friday is named by
    none of it."""
    named = "Two workers were pulled alive on Sunday from a depot hit by drones."
    toll = "Three people were killed when the drones slammed into the depot on Saturday."
    article = Article(id="art", source="test", published=TUESDAY, text=f"{named} {toll}")
    extraction = ArticleExtraction(attacks=[Attack(
        date=date, attacker="Russia", targets=["the depot"], evidence=Evidence(text=named),
        killed=Casualties(count=3, evidence=Evidence(text=toll)))])
    assert _codes(article, extraction) == expected


THURSDAY = dt.date(2025, 5, 29)


@pytest.mark.parametrize(("told", "date", "expected"), [
    ("The agency said the soldiers were released on Wednesday.", WEDNESDAY, []),
    ("The agency said the soldiers were released on Wednesday.", THURSDAY,
     ["temporal.date_beside_named_day"]),
    ("The soldiers were released on Wednesday, the agency said.", THURSDAY,
     ["temporal.date_beside_named_day"]),
    ("The agency said on Wednesday it was ready to help again.", THURSDAY, []),
])
def test_a_day_a_report_gives_to_what_was_done_is_the_events(
    told: str, date: dt.date, expected: list[str]
) -> None:
    """Published Thursday: 'said on Thursday that it had helped free 125 soldiers' dates
    the report; 'said the soldiers were released on Wednesday' and 'were released on
    Wednesday, the agency said' date the release, so a stage dated Thursday is a day off
    it. A day of the report alone ('said on Wednesday it was ready') dates nothing done."""
    evidence = "it had helped free 125 soldiers"
    text = f"The Red Cross said on Thursday that {evidence}. {told}"
    article = Article(id="art", source="test", published=THURSDAY, text=text)
    extraction = ArticleExtraction(stages=[ExchangeStage(date=date, releases=[
        Release(released_by="RSF", count=125, evidence=Evidence(text=evidence))])])
    assert _codes(article, extraction) == expected


@pytest.mark.parametrize("told", [
    "On Thursday, the two sides swapped 50 prisoners.",
    "Thursday's swap brought 50 prisoners home.",
])
@pytest.mark.parametrize(("date", "expected"), [
    (THURSDAY, []),
    (WEDNESDAY, ["temporal.date_beside_named_day"]),
])
def test_a_day_that_opens_the_sentence_of_a_swap_is_its_day(
    told: str, date: dt.date, expected: list[str]
) -> None:
    """Published Thursday, a sentence opened by its day tells the swap ('On Thursday, the
    two sides swapped', 'Thursday's swap'): the day of writing is then the swap's own, so
    a stage dated Wednesday is a day off it."""
    evidence = "50 prisoners"
    article = Article(id="art", source="test", published=THURSDAY, text=told)
    extraction = ArticleExtraction(stages=[ExchangeStage(date=date, releases=[
        Release(released_by="Russia", count=50, evidence=Evidence(text=evidence))])])
    assert _codes(article, extraction) == expected

FRIDAY_AFTER = dt.date(2025, 5, 30)


@pytest.mark.parametrize(("quote", "date", "expected"), [
    ('"Drones hit the fuel depot on 28 May 2025," the mayor said.', WEDNESDAY, []),
    ('"Drones hit the fuel depot on 29 May 2025," the mayor said.', WEDNESDAY,
     ["temporal.date_beside_named_day"]),
    ('The UN coordinator said in a statement: "I am shocked by reports of a drone attack on '
     'the fuel depot on May 29."', WEDNESDAY, ["temporal.date_beside_named_day"]),
    ('"The strike on the fuel depot on Thursday (May 29) was a crime," the mayor told '
     "reporters.", WEDNESDAY, ["temporal.date_beside_named_day"]),
    ('"Drones hit the fuel depot yesterday," the mayor said.', WEDNESDAY, []),
])
def test_a_calendar_date_in_a_quotation_is_the_same_day_for_the_paper(
    quote: str, date: dt.date, expected: list[str]
) -> None:
    """Published Friday, officials spoke of the drones on Wednesday, and the attack is
    dated Wednesday. A day inside a quotation counts from when the speaker spoke, so the
    mayor's 'yesterday' says nothing about the paper's Thursday; but '29 May 2025', 'May
    29' or 'Thursday (May 29)' is the same day for the speaker and the reader: the strike
    the quotation dates then is not Wednesday's."""
    text = f"Officials said on Wednesday that drones had been heard over the city. {quote} {TOLL}"
    assert _errors(text, date, FRIDAY_AFTER) == expected


REPORT = ("Police said Saturday that two people were killed in a drone attack on the fuel "
          "depot the previous {when}.")


@pytest.mark.parametrize(("report", "when", "date", "expected"), [
    (REPORT, "evening", FRIDAY, []),
    (REPORT, "evening", SATURDAY, ["temporal.date_contradicts_words"]),
    (REPORT, "night", SATURDAY, []),
    (REPORT, "night", FRIDAY, []),
    ("Police said Saturday, May 24, that two people died when drones hit the fuel depot the "
     "previous {when}.", "day", SATURDAY, ["temporal.date_contradicts_words"]),
    ("The mayor, who had visited the fuel depot the previous {when}, said two people were "
     "killed in a drone attack on it on Saturday.", "evening", SATURDAY, []),
])
def test_the_previous_evening_counts_back_from_the_report_before_it(
    report: str, when: str, date: dt.date, expected: list[str]
) -> None:
    """Published Sunday, the attack's own sentence says when it was reported (Saturday)
    and counts the attack back from it: 'the previous evening' is Friday, a Saturday date
    is that day moved by one; 'the previous night' is either side of midnight. With no
    report's day before it, 'the previous evening' names nothing, and the day the
    sentence gives the attack stands."""
    sentence = report.format(when=when)
    assert _errors(sentence, date, SUNDAY, evidence=sentence) == expected


@pytest.mark.parametrize("sirens", [
    "Air sirens sounded five times over the city in the morning of May 26.",
    "Sirens wailed over Odesa on Monday as the drones came in.",
])
def test_sirens_tell_the_day_of_the_attack_they_warn_of(sirens: str) -> None:
    """Published Monday: sirens that sounded on Monday tell an attack on Monday, so an
    attack dated Sunday, a day the article names nowhere, is Monday's moved by one."""
    assert _errors(f"{sirens} {TOLL}", MONDAY, MONDAY) == []
    assert _errors(f"{sirens} {TOLL}", SUNDAY, MONDAY) == ["temporal.date_beside_named_day"]


@pytest.mark.parametrize("sirens", [
    "Sirens sounded over the city overnight.",
    "Drones hit the depot on Sunday. Sirens sounded again on Monday.",
])
def test_sirens_leave_an_attack_on_a_named_day_alone(sirens: str) -> None:
    """Published Monday, an attack dated Sunday: a night ('overnight') names Sunday too,
    and an attack the article names for Sunday is not moved by the sirens of the day
    after."""
    assert _errors(f"{sirens} {TOLL}", SUNDAY, MONDAY) == []
