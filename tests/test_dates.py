"""Relative time expressions resolve in code against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer.models import ArticleExtraction, CumulativeTotal, Evidence, ExchangeStage
from summarizer.text.time import TIME, WEEKDAYS, resolve, resolve_extraction, weekday_name

SATURDAY = dt.date(2025, 5, 24)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        pytest.param("on Friday", dt.date(2025, 5, 23), id="weekday-before"),
        pytest.param("on Saturday", SATURDAY, id="weekday-same-day"),
        pytest.param("last Saturday", dt.date(2025, 5, 17), id="last-weekday"),
        pytest.param("next Friday", dt.date(2025, 5, 30), id="next-weekday"),
        pytest.param("today", SATURDAY, id="today"),
        pytest.param("yesterday", dt.date(2025, 5, 23), id="yesterday"),
        pytest.param("overnight", dt.date(2025, 5, 23), id="overnight"),
        pytest.param("tomorrow", dt.date(2025, 5, 25), id="tomorrow"),
        pytest.param("on May 16", dt.date(2025, 5, 16), id="month-day"),
        pytest.param("16 May", dt.date(2025, 5, 16), id="day-month"),
        pytest.param("on Dec. 30", dt.date(2024, 12, 30), id="month-day-last-year"),
        pytest.param("May 16, 2024", dt.date(2024, 5, 16), id="explicit-year"),
        pytest.param("2025-05-16", dt.date(2025, 5, 16), id="iso"),
        pytest.param("on Saturday, May 24", SATURDAY, id="weekday-with-its-date"),
        pytest.param("Thursday (May 22)", dt.date(2025, 5, 22), id="weekday-bracketed-date"),
        pytest.param("Monday, May 19, 2025", dt.date(2025, 5, 19), id="weekday-date-year"),
        # a weekday the date does not fall on: one word is wrong, and nothing says which
        pytest.param("on Friday, May 24", None, id="weekday-against-date"),
        pytest.param("Wednesday (May 22)", None, id="weekday-against-bracketed-date"),
        pytest.param("late on Sunday 20 May", None, id="weekday-against-day-month"),
        pytest.param("Tuesday, May 19, 2025", None, id="weekday-against-date-year"),
        pytest.param("February 30", None, id="impossible"),
        pytest.param("in the spring", None, id="unreadable"),
        pytest.param("", None, id="empty"),
    ],
)
def test_resolve(expression: str, expected: dt.date | None) -> None:
    assert resolve(expression, SATURDAY) == expected


def test_without_a_publication_date_only_absolute_dates_resolve() -> None:
    assert resolve("on Friday", None) is None
    assert resolve("May 16", None) is None
    assert resolve("May 16, 2025", None) == dt.date(2025, 5, 16)


@given(published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1)),
       day=st.sampled_from(WEEKDAYS))
def test_a_bare_weekday_is_the_latest_such_day_not_after_publication(
    published: dt.date, day: str
) -> None:
    resolved = resolve(f"on {day.title()}", published)
    assert resolved is not None
    assert resolved.strftime("%A").lower() == day
    assert dt.timedelta(0) <= published - resolved < dt.timedelta(days=7)


def test_weekday_name() -> None:
    assert weekday_name("The first part, which started on Friday") == "friday"
    assert weekday_name("overnight") is None


def test_resolve_extraction_trusts_the_expression_over_a_model_date() -> None:
    evidence = Evidence(text="390")
    extraction = ArticleExtraction(
        stages=[ExchangeStage(time_expression="on Friday", date=dt.date(2025, 5, 22))],
        cumulative=[CumulativeTotal(received_by="Ukraine", count=697, evidence=evidence)],
    )
    resolved = resolve_extraction(extraction, SATURDAY)
    assert resolved.stages[0].date == dt.date(2025, 5, 23)
    assert resolved.cumulative[0].as_of == SATURDAY
    assert extraction.stages[0].date == dt.date(2025, 5, 22), "the input is not mutated"


@pytest.mark.parametrize(("text", "found"), [
    ("Zorin Today reported the strike.", []),
    ("As the Talbir Today noted, the swap was rare.", []),
    ("Today, the army said two drones fell.", ["Today"]),
    ("The army said today that two drones fell.", ["today"]),
    ("Earlier today, two drones fell.", ["Earlier today"]),
])
def test_a_capitalised_today_after_a_word_is_a_title_not_the_day(
        text: str, found: list[str]) -> None:
    assert [m.group(0) for m in TIME.finditer(text)] == found
