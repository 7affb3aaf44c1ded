"""The rules backend on exchanges written the way real outlets write them.

Each test is text written for it that shows one phenomenon of published articles:
who released whom, a mediator, plans and conditions that are not releases,
background exchanges, running totals, qualified and combined numbers. The
expected facts are exact: a figure the rules cannot place must be left out.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.facts import iter_facts
from summarizer.models import Article
from summarizer.text.time import resolve_extraction


def facts(text: str, published: dt.date = dt.date(2025, 4, 20)) -> dict[str, object]:
    article = Article(id="t", source="t", published=published, text=text)
    extraction = resolve_extraction(RulesBackend().read(article), published)
    return {f.path: f.value for f in iter_facts(extraction) if f.path.startswith("exchange.")}


def test_direction_from_captivity_receiver_and_in_exchange_for() -> None:
    assert facts("Ukraine brought home 277 soldiers on Saturday in a swap with Russia.") == {
        "exchange.stages[2025-04-19].released[Russia].count": 277}
    assert facts(
        "Under its truce with Israel, Hamas freed 12 hostages on Sunday in exchange for 30 "
        "Palestinians held in Israeli jails.") == {
        "exchange.stages[2025-04-20].released[Hamas].count": 12,
        "exchange.stages[2025-04-20].released[Israel].count": 30,
    }
    assert facts("On Sunday, 8 Israeli women were released from Hamas captivity under the "
                 "truce with Israel.") == {
        "exchange.stages[2025-04-20].released[Hamas].count": 8}


def test_a_mediator_is_never_a_side() -> None:
    got = facts(
        "The United Arab Emirates led mediation efforts between Russia and Ukraine.\n\n"
        "The UAE secured the release of 20 prisoners on Saturday, and Russia freed 15 "
        "Ukrainian soldiers on Saturday.")
    assert got == {"exchange.stages[2025-04-19].released[Russia].count": 15}


def test_people_named_by_nationality_do_not_make_a_side() -> None:
    got = facts(
        "Hamas released 11 hostages on Monday under the truce with Israel. Early on Tuesday, "
        "33 Palestinians held in Israeli prisons were freed.", dt.date(2023, 11, 28))
    assert got == {
        "exchange.stages[2023-11-27].released[Hamas].count": 11,
        "exchange.stages[2023-11-28].released[Israel].count": 33,
    }


def test_plans_conditions_and_demands_are_not_releases() -> None:
    assert facts(
        "Israel is open to a longer truce as long as Hamas releases 10 hostages on Monday.\n\n"
        "Hamas vowed to free 20 hostages on Saturday if Israel stops its strikes.\n\n"
        "The pact between Israel and Hamas is meant to release 50 hostages over four days.") == {}


def test_combined_qualified_and_killed_people_are_not_a_side_s_count() -> None:
    assert facts(
        "Russia and Ukraine exchanged 492 prisoners on Saturday.\n\n"
        "Russia and Ukraine on Saturday held a swap, each side handing back more than 240 "
        "prisoners.\n\n"
        "Kyiv and Moscow said on Saturday that three Ukrainian prisoners were killed in "
        "the shelling of a camp.") == {}


def test_earlier_exchanges_are_background() -> None:
    got = facts(
        "Russia freed 90 Ukrainian soldiers on Saturday.\n\n"
        "The most recent exchange took place on Friday, with 175 Ukrainians brought back "
        "home.\n\n"
        "Russia also released two Ukrainian women on March 2.")
    assert got == {"exchange.stages[2025-04-19].released[Russia].count": 90}


def test_since_makes_a_running_total_dated_by_the_latest_stage() -> None:
    got = facts(
        "Israel freed 30 Palestinian prisoners on Thursday in return for eight hostages "
        "released by Hamas.\n\n"
        "Since the truce began on Friday, Hamas has released 105 hostages. The total number "
        "of hostages released now stands at 105 and includes 80 Israelis.",
        dt.date(2023, 11, 30))
    assert got == {
        "exchange.stages[2023-11-30].released[Israel].count": 30,
        "exchange.stages[2023-11-30].released[Hamas].count": 8,
        "exchange.cumulative[2023-11-30].count": 105,
    }


def test_a_bare_in_total_and_a_war_long_total_are_neither_stage_nor_running_total() -> None:
    assert facts(
        "In total, Ukraine brought home 108 fighters on Saturday in the swap with Russia.\n\n"
        "In total, since the beginning of the war, 4,552 Ukrainians have come home from "
        "Russian captivity.") == {}


def test_a_listed_total_with_its_parts() -> None:
    assert facts("Russia released 215 prisoners, 205 Ukrainians and 10 foreigners, in a "
                 "swap with Ukraine on Saturday.") == {
        "exchange.stages[2025-04-19].released[Russia].count": 215,
        "exchange.stages[2025-04-19].released[Russia].breakdown[Ukrainians]": 205,
        "exchange.stages[2025-04-19].released[Russia].breakdown[foreigners]": 10,
    }


def test_today_in_a_quote_is_not_the_publication_day() -> None:
    got = facts(
        'Zelensky said on Saturday that 277 Ukrainian soldiers had returned from Russian '
        'captivity in the swap with Russia.\n\n'
        'The headquarters wrote: "Today 277 Ukrainian soldiers were released from Russian '
        'captivity."', dt.date(2025, 4, 21))
    assert got == {"exchange.stages[2025-04-19].released[Russia].count": 277}


def test_wounded_returnees_are_part_of_the_release_not_casualties() -> None:
    assert facts(
        "Russia handed over 277 Ukrainian soldiers on Saturday, including 31 seriously "
        "wounded prisoners of war.\n\n"
        "In return, Ukraine freed 15 severely wounded Russian soldiers on Saturday, with "
        "urgent medical care waiting.") == {
        "exchange.stages[2025-04-19].released[Russia].count": 277,
        "exchange.stages[2025-04-19].released[Russia].breakdown[wounded]": 31,
        "exchange.stages[2025-04-19].released[Ukraine].count": 15,
    }
    assert facts("Russia and Ukraine held a swap on Saturday. Shelling on Saturday killed 3 "
                 "and left 12 wounded civilians in Kharkiv.") == {}


def test_an_unequal_deal_gives_each_side_its_number() -> None:
    assert facts(
        "The truce between Israel and Hamas is meant to release 50 hostages held in Gaza and "
        "150 prisoners held in Israeli jails over four days.") == {
        "exchange.agreed_total[Hamas].count": 50,
        "exchange.agreed_total[Israel].count": 150,
    }
    assert facts("Under the truce deal with Israel, Hamas agreed to release 50 women and "
                 "children.") == {"exchange.agreed_total[Hamas].count": 50}


@pytest.mark.parametrize(("text", "side", "count"), [
    ("Armenia and Azerbaijan announced a prisoner exchange on Thursday. Baku pledged to free 32 "
     "Armenian soldiers.", "Azerbaijan", 32),
    ("Venezuela has agreed to release 36 prisoners held in its jails, the United States said on "
     "Wednesday.", "Venezuela", 36),
    ("The Houthis promised to release 400 prisoners held by the group, the Yemeni government "
     "said.", "Houthis", 400),
])
def test_a_side_that_agrees_or_promises_to_free_its_number_states_its_share(
        text: str, side: str, count: int) -> None:
    """'Agreed to release', 'promised', 'pledged': the side's share of the deal, though the
    sentence never names the deal."""
    assert facts(text) == {f"exchange.agreed_total[{side}].count": count}


@pytest.mark.parametrize("text", [
    "Azerbaijan freed 32 Armenian soldiers on Monday, as it had promised to in talks with "
    "Armenia.",
    "Armenia said Azerbaijan should agree to release 32 Armenian soldiers.",
])
def test_a_promise_kept_or_only_asked_for_is_no_share_of_a_deal(text: str) -> None:
    """People freed as promised are a stage; a promise someone asks for was never made."""
    assert not any(k.startswith("exchange.agreed") for k in facts(text))


def test_an_extension_is_not_the_deal_and_a_deal_is_placed_where_it_was_made() -> None:
    assert facts("Under the truce with Israel, Hamas agreed to release 20 additional "
                 "hostages held in Gaza.") == {}
    assert facts("The deal between Israel and Hamas, agreed in Doha on Wednesday, ends the "
                 "fighting. The agreement in Gaza holds.") == {
        "exchange.agreed_at.place": "Doha",
        "exchange.agreed_at.date": "2025-04-16",
    }


HOLDS = "hostages in exchange for 150 Palestinian prisoners held by Israel."


@pytest.mark.parametrize(("text", "day"), [
    ("The accord between Israel and Hamas, signed on Tuesday, provides for the release of 50 "
     f"{HOLDS}", "2025-04-15"),
    (f"Israel and Hamas reached a truce on Monday, under which Hamas will free 50 {HOLDS}",
     "2025-04-14"),
    (f"Under the agreement announced on Wednesday, Hamas is to free 50 {HOLDS}", "2025-04-16"),
    (f"Israel and Hamas agreed to a truce in November 2023. Under it, Hamas is to free 50 {HOLDS}",
     None),
    ("Under the truce deal with Israel, Hamas agreed to release 50 hostages kidnapped during the "
     "Oct. 7 attack, in exchange for 150 Palestinian prisoners held by Israel.", None),
])
def test_a_deal_is_dated_by_the_words_that_make_it_without_a_place(
        text: str, day: str | None) -> None:
    """'The accord, signed on Tuesday', 'reached a truce on Monday', 'the agreement announced
    on Wednesday' date the deal where no city places it; a deal of history is not dated, nor
    is one by what a side agreed to do under it or by the day its people were taken."""
    got = facts(text)
    assert (got["exchange.agreed_total[Hamas].count"], got["exchange.agreed_total[Israel].count"]
            ) == (50, 150)
    assert got.get("exchange.agreed_at.date") == day


def test_how_long_people_were_held_is_not_history() -> None:
    assert facts("On Monday, Hamas freed all 20 hostages it had been holding since October 7, "
                 "2023, under the truce with Israel.", dt.date(2025, 10, 13)) == {
        "exchange.stages[2025-10-13].released[Hamas].count": 20}
    assert facts("Since October 7, 2023, Hamas has released 148 hostages under truces with "
                 "Israel.", dt.date(2025, 10, 13)) == {}


@pytest.mark.parametrize("text", [
    "Hamas freed 13 Israelis kidnapped on October 7 in return for 39 Palestinian prisoners on "
    "Sunday.",
    "On Sunday, Hamas freed 13 Israelis kidnapped by Hamas on October 7 in return for 39 "
    "Palestinian prisoners.",
    "On Sunday Hamas released 13 Israeli hostages seized on October 7, 2023, in exchange for 39 "
    "Palestinian prisoners.",
])
def test_when_the_people_were_taken_never_dates_their_release(text: str) -> None:
    """'Kidnapped on October 7', 'seized on October 7, 2023': when the people were taken, not
    when either side freed them (the date that nears the second side's count dated its
    release two years back, and the release was dropped as an earlier one)."""
    assert facts(text, dt.date(2025, 4, 21)) == {
        "exchange.stages[2025-04-20].released[Hamas].count": 13,
        "exchange.stages[2025-04-20].released[Israel].count": 39}
    assert facts("Hamas freed 20 hostages held in Gaza on Sunday.", dt.date(2025, 4, 21)) == {
        "exchange.stages[2025-04-20].released[Hamas].count": 20}


def test_qualifiers_travel_with_deal_and_release_numbers() -> None:
    assert facts("Under the truce deal with Israel, Hamas agreed to release at least 50 women "
                 "and children.") == {
        "exchange.agreed_total[Hamas].count": 50,
        "exchange.agreed_total[Hamas].count.qualifier": "at least",
    }
    assert facts("Russia handed over 31 Ukrainian soldiers on Saturday, and Ukraine freed at "
                 "least 12 Russian soldiers on Saturday.") == {
        "exchange.stages[2025-04-19].released[Russia].count": 31,
        "exchange.stages[2025-04-19].released[Ukraine].count": 12,
        "exchange.stages[2025-04-19].released[Ukraine].count.qualifier": "at least",
    }


SWAP = "Russia and Ukraine swapped 120 prisoners each on Saturday."
SWAPPED = {"exchange.stages[2025-04-19].released[Russia].count": 120,
           "exchange.stages[2025-04-19].released[Ukraine].count": 120}


def test_a_deal_one_side_seeks_or_offers_is_no_agreement() -> None:
    assert facts(f"{SWAP} Zelensky said Kyiv would push for a 1,000-for-1,000 exchange.") == SWAPPED
    assert facts(f"{SWAP} Moscow said it had offered to swap 500 prisoners each with Kyiv "
                 "under a new deal.") == SWAPPED


def test_where_an_earlier_exchange_was_agreed_is_not_where_this_one_was() -> None:
    assert facts(f"{SWAP} The last exchange, agreed in Istanbul in 2024, returned 390 prisoners "
                 "to each side.") == SWAPPED


def test_a_deal_named_after_the_release_plans_only_what_it_governs() -> None:
    assert facts("Russia and Ukraine swapped 120 prisoners each on Saturday as part of a deal "
                 "to exchange 1,000 prisoners each.") == {
        **SWAPPED, "exchange.agreed_total.count": 1000, "exchange.agreed_total.per_side": True}


def test_a_running_count_of_both_sides_people_is_no_one_s_total() -> None:
    assert facts("Hamas freed three hostages on Saturday and Israel released 183 Palestinian "
                 "prisoners. It was the fourth exchange under the truce, which has so far seen "
                 "18 hostages and 583 prisoners freed.") == {
        "exchange.stages[2025-04-19].released[Hamas].count": 3,
        "exchange.stages[2025-04-19].released[Israel].count": 183}


def test_a_deal_is_dated_by_the_clause_that_makes_it_not_by_the_release_it_frames() -> None:
    assert facts("Hamas freed three hostages on Saturday under the truce agreed in Doha.") == {
        "exchange.agreed_at.place": "Doha",
        "exchange.stages[2025-04-19].released[Hamas].count": 3}
    assert facts("The two sides agreed in Geneva on Monday to swap 300 detainees each.") == {
        "exchange.agreed_at.place": "Geneva", "exchange.agreed_at.date": "2025-04-14",
        "exchange.agreed_total.count": 300, "exchange.agreed_total.per_side": True}



def test_a_deal_is_dated_across_the_comma_that_sets_its_city_s_country_beside_it() -> None:
    """ "in Geneva, Switzerland on Friday" is one clause: the talks are dated Friday."""
    agreed = {"exchange.agreed_at.place": "Geneva", "exchange.agreed_at.date": "2025-04-18",
              "exchange.agreed_total.count": 500, "exchange.agreed_total.per_side": True}
    assert facts("The delegations held their first talks in years in Geneva, Switzerland on "
                 "Friday. They agreed to swap 500 detainees each.") == agreed
    assert facts("The delegations held talks in Geneva, and on Friday a ferry sank. They agreed "
                 "to swap 500 detainees each.") == {
        k: v for k, v in agreed.items() if k != "exchange.agreed_at.date"}


DAY = ("Hamas freed 11 hostages on Monday and Israel freed 33 Palestinian prisoners under "
       "their truce.")
DAY_FACTS = {"exchange.stages[2025-04-14].released[Hamas].count": 11,
             "exchange.stages[2025-04-14].released[Israel].count": 33}


def test_a_count_told_in_the_perfect_over_the_truce_is_everyone_so_far() -> None:
    """Not one told on a day: that is the day's release."""
    so_far = {**DAY_FACTS, "exchange.cumulative[2025-04-14].count": 69}
    assert facts(f"{DAY} Altogether, 69 hostages have been freed during the truce.") == so_far
    assert facts(f"{DAY} This brings to 69 the number of hostages freed since Friday.") == so_far
    assert facts("Russia freed 307 Ukrainian soldiers on Sunday, and Ukraine freed 307 Russian "
                 "soldiers. In three days, 1,000 Ukrainians have returned home.") == {
        "exchange.stages[2025-04-20].released[Russia].count": 307,
        "exchange.stages[2025-04-20].released[Ukraine].count": 307,
        "exchange.cumulative[2025-04-20].count": 1000}
    assert facts("Hamas has released three Israeli hostages on Saturday under the ceasefire "
                 "deal, and Israel freed 183 Palestinian prisoners.") == {
        "exchange.stages[2025-04-19].released[Hamas].count": 3,
        "exchange.stages[2025-04-19].released[Israel].count": 183}


def test_a_total_with_the_people_it_adds_counts_them_too() -> None:
    assert facts(f"{DAY} The releases bring the number of Israelis freed to 40, along with 15 "
                 "foreign hostages.") == {**DAY_FACTS, "exchange.cumulative[2025-04-14].count": 55}


@pytest.mark.parametrize("plan", ["", " and will swap more on Sunday",
                                  " and said more exchanges would follow",
                                  " and more releases are expected in the coming days"])
def test_a_plan_told_after_a_done_swap_is_not_the_swap_s(plan: str) -> None:
    """A future coordinated after a swap told in the past is another predicate's: the swap is
    that day's stage, not a deal's planned number, and its day is no future."""
    assert facts(f"Russia and Ukraine swapped 390 prisoners each on Saturday{plan}.") == {
        "exchange.stages[2025-04-19].released[Russia].count": 390,
        "exchange.stages[2025-04-19].released[Ukraine].count": 390}
    assert facts(f"Hamas freed 13 hostages on Saturday{plan}.") == {
        "exchange.stages[2025-04-19].released[Hamas].count": 13}


def test_people_told_freed_before_what_they_will_do_were_freed() -> None:
    assert facts("Russia and Ukraine swapped prisoners on Saturday. The 84 Ukrainian soldiers "
                 "released by Russia on Saturday will undergo medical checks, and 150 Russian "
                 "soldiers were returned by Ukraine and will be flown to Moscow.") == {
        "exchange.stages[2025-04-19].released[Russia].count": 84,
        "exchange.stages[2025-04-19].released[Ukraine].count": 150}


@pytest.mark.parametrize("when", ["on Saturday", "on April 19", "late on Saturday night",
                                  "on Saturday (April 19)"])
def test_a_time_between_the_release_verb_and_its_people_leaves_them_its_object(
        when: str) -> None:
    assert facts(f"Hamas released {when} the 20 remaining hostages in exchange for 90 "
                 "Palestinian prisoners freed by Israel.") == {
        "exchange.stages[2025-04-19].released[Hamas].count": 20,
        "exchange.stages[2025-04-19].released[Israel].count": 90}
    assert facts(f"Ukraine brought home {when} the last 84 soldiers in a swap with Russia.") == {
        "exchange.stages[2025-04-19].released[Russia].count": 84}


@pytest.mark.parametrize("done", ["Hamas freed six Israeli hostages",
                                  "six Israeli hostages were freed by Hamas"])
def test_what_was_done_inside_a_plan_is_done_told_either_way(done: str) -> None:
    """The plan's verb does not reach past its own people to the six freed after them."""
    assert facts(f"Israel had planned to release 620 Palestinians after {done} on "
                 "Saturday.") == {"exchange.stages[2025-04-19].released[Hamas].count": 6}


@pytest.mark.parametrize("received", ["got", "received"])
def test_people_a_side_received_under_the_deal_are_a_release_not_the_deal(received: str) -> None:
    """ "Under the deal, Ukraine got 200 prisoners": the deal frames people already back, not
    numbers it plans for each side."""
    swap = "Russia and Ukraine swapped prisoners on Saturday. "
    assert facts(f"{swap}Under the deal, Ukraine {received} 200 prisoners of war in exchange for "
                 "55 Russian soldiers.") == {
        "exchange.stages[2025-04-19].released[Russia].count": 200,
        "exchange.stages[2025-04-19].released[Ukraine].count": 55}
    assert facts(f"{swap}As part of the agreement, Ukraine received 200 soldiers.") == {
        "exchange.stages[2025-04-19].released[Russia].count": 200}
    assert facts(f"{swap}Under the agreement, 200 Ukrainian soldiers came home.") == {
        "exchange.stages[2025-04-19].released[Russia].count": 200}


@pytest.mark.parametrize("total", [
    ", bringing the total to eighty-one.",
    ". The total number of hostages released by Hamas now stands at eighty-one.",
    ". This brings to eighty-one the number of hostages freed.",
])
def test_a_running_total_written_in_words(total: str) -> None:
    assert facts("Hamas freed 12 hostages on Saturday in exchange for 30 Palestinian prisoners "
                 f"freed by Israel{total}") == {
        "exchange.stages[2025-04-19].released[Hamas].count": 12,
        "exchange.stages[2025-04-19].released[Israel].count": 30,
        "exchange.cumulative[2025-04-19].count": 81}


@pytest.mark.parametrize("total", ["the daily total to eight", "the day's total to 8"])
def test_a_day_s_total_is_no_running_total(total: str) -> None:
    assert facts("Hamas freed six more hostages on Saturday in exchange for 30 Palestinian "
                 f"prisoners freed by Israel, bringing {total}.") == {
        "exchange.stages[2025-04-19].released[Hamas].count": 6,
        "exchange.stages[2025-04-19].released[Israel].count": 30}


def test_an_addition_told_before_a_wrapped_line_is_still_added() -> None:
    """A saved page may wrap a line after 'In addition,': the group on the next line is
    still added to its side's release."""
    assert facts("Ukraine freed 15 Russian soldiers on Saturday. In addition,\nUkraine freed 6 "
                 "civilians.") == {
        "exchange.stages[2025-04-19].released[Ukraine].count": 21,
        "exchange.stages[2025-04-19].released[Ukraine].breakdown[soldiers]": 15,
        "exchange.stages[2025-04-19].released[Ukraine].breakdown[civilians]": 6,
    }


def test_a_count_after_for_every_is_a_rate_not_a_side_s_number() -> None:
    assert facts("Hamas freed 14 hostages on Sunday and Israel freed 42 prisoners. The cabinet "
                 "would lengthen the truce by one day for each further 10 hostages released.",
                 dt.date(2025, 4, 20)) == {
        "exchange.stages[2025-04-20].released[Hamas].count": 14,
        "exchange.stages[2025-04-20].released[Israel].count": 42,
    }



def test_a_count_the_sentence_names_one_batch_or_day_of_a_series_is_no_running_total() -> None:
    """'have been released, the fourth batch', 'during the second day of the truce', 'Another
    exchange has just ended, and 60 ... have returned home, which means a total of ...': the
    perfect, and a total or a 'since' placing the exchange in its series, do not make the
    count everyone so far."""
    assert facts("Hamas freed ten hostages on Sunday. A total of 30 Palestinian prisoners have "
                 "been released by Israel, the fourth batch under the truce with Hamas.") == {
        "exchange.stages[2025-04-20].released[Hamas].count": 10,
        "exchange.stages[2025-04-20].released[Israel].count": 30}
    assert facts("Hamas has released 14 hostages during the second day of the truce with "
                 "Israel.") == {"exchange.stages[undated].released[Hamas].count": 14}
    assert facts("Another exchange with Russia has just ended, and 60 Ukrainian soldiers have "
                 "returned home, which means that a total of 2,000 have come back since the war "
                 "began.") == {"exchange.stages[undated].released[Russia].count": 60}


@pytest.mark.parametrize(("text", "expected"), [
    ("Over the first phase of the truce, Israel is expected to free about 600 Palestinian "
     "prisoners, while Hamas is expected to free 25 Israeli hostages.",
     {"exchange.agreed_total[Israel].count": 600,
      "exchange.agreed_total[Israel].count.qualifier": "about",
      "exchange.agreed_total[Hamas].count": 25}),
    ("Crowds gathered where some of the 39 prisoners released by Israel as part of a deal with "
     "Hamas are expected to arrive.", {"exchange.stages[undated].released[Israel].count": 39}),
    ("Under the first phase of the truce, Israel will release 30 Palestinians per civilian "
     "hostage and 50 Palestinians in exchange for female soldiers. Hamas is expected to release "
     "25 Israeli hostages in the first phase of the truce.",
     {"exchange.agreed_total[Hamas].count": 25}),
    ("Hamas freed 3 hostages on Sunday. Hamas says for every hostage released, 30 Palestinian "
     "prisoners will be freed from Israeli jails under the deal.",
     {"exchange.stages[2025-04-20].released[Hamas].count": 3}),
])
def test_a_share_told_as_expected_is_the_side_s_and_a_rate_per_person_is_no_one_s(
        text: str, expected: dict[str, object]) -> None:
    """A side "expected to" free people under the deal states its share, unless the people come
    first ("... are expected to arrive"); a number freed "per" or "for every" someone is the
    deal's rate, and so are the other numbers of its sentence."""
    assert facts(text) == expected


def test_a_list_with_a_qualified_count_sums_to_no_count() -> None:
    assert facts("Hamas freed more than 20 Israelis and 10 Thais on Friday under the truce "
                 "with Israel.") == {}
    assert facts("Hamas freed 20 Israelis and 10 Thais on Friday under the truce with Israel.") == {
        "exchange.stages[2025-04-18].released[Hamas].count": 30,
        "exchange.stages[2025-04-18].released[Hamas].breakdown[Israelis]": 20,
        "exchange.stages[2025-04-18].released[Hamas].breakdown[Thais]": 10}


def test_prisoners_executed_are_not_freed() -> None:
    assert facts("Russia returned the bodies of 501 soldiers to Ukraine on Friday. Russian troops "
                 "executed at least 102 Ukrainian prisoners of war on the battlefield, the UN "
                 "said.") == {}


def test_a_total_of_flights_is_no_running_total_of_people() -> None:
    saudis = "The Houthis freed 15 Saudi prisoners on Thursday. "
    assert facts(f"{saudis}The Red Cross said more than 700 prisoners had been exchanged on "
                 "Thursday on a total of seven flights.") == {
        "exchange.stages[2025-04-17].released[Houthis].count": 15}
    assert facts(f"{saudis}Saudi Arabia has received a total of 150 of its citizens so far.") == {
        "exchange.stages[2025-04-17].released[Houthis].count": 15,
        "exchange.cumulative[2025-04-17].count": 150}


def test_how_the_freed_were_held_is_no_category_of_them() -> None:
    swap = "Venezuela released 10 Americans on Wednesday in a swap with the United States. "
    freed = {"exchange.stages[2025-04-16].released[Venezuela].count": 10}
    assert facts(f"{swap}Of the 10 Americans released, six were wrongfully detained.") == freed
    assert facts(f"{swap}Of the 10 Americans released, six were dual nationals detained in "
                 "Caracas.") == {
        **freed, "exchange.stages[2025-04-16].released[Venezuela].breakdown[dual nationals]": 6}
