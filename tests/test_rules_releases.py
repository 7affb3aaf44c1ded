"""The rules backend on releases told over several sentences, as real reports tell them.

Each test is text written for it: sentences that give numbers without a date, a side's
release told in parts, people listed by nationality,
who released whom when the sentence names a jailer, an abductor or whoever secured the
release. The expected facts are exact.
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


def test_undated_counts_of_a_report_that_dates_no_release_are_left_out() -> None:
    """Undated sentences mostly tell parts of a release: the lead's date is not theirs."""
    assert facts(
        "Russia and Ukraine said Saturday that they had swapped hundreds of prisoners.\n\n"
        "As a goodwill gesture, 31 wounded Ukrainian prisoners of war were handed over by "
        "Russia.") == {}


def test_the_releases_an_article_leads_with_are_its_news_dated_or_not() -> None:
    """An article that dates no release still tells one in its first paragraph: an undated
    stage, which the merge dates from the other outlets; a later narrative release joins it."""
    assert facts("Hamas freed 13 Israeli hostages, the army said.\n\n"
                 "Israel released 39 Palestinian prisoners.", dt.date(2023, 11, 25)) == {
        "exchange.stages[undated].released[Hamas].count": 13,
        "exchange.stages[undated].released[Israel].count": 39}


_COUNTED_NEWS = ("Hamas handed 11 Israeli hostages to the Red Cross, the army said. Israel "
                 "released 30 Palestinian prisoners from Ofer prison.")


@pytest.mark.parametrize("opening", [
    # a saved page's headline, a paragraph of no sentence punctuation, is not the lead
    "Truce holds for a second day as more captives go home",
    # a lead that tells the release in words alone leaves the news to the paragraph counting it
    "Hamas freed the first group of captives under the truce, officials said.",
    # a day the article recalls ('seized in the October 7 raid') is no day of the swap
    "Captives seized in the October 7 raid were handed over under the swap deal, officials said.",
])
def test_the_first_paragraph_that_counts_the_freed_is_the_undated_news(opening: str) -> None:
    """An article that dates no release tells its news in the first paragraph told in
    sentences that counts the freed: its undated releases are the stage."""
    text = f"{opening}\n\n{_COUNTED_NEWS}\n\nTalks on extending the pause went on in Doha."
    assert facts(text, dt.date(2023, 11, 25)) == {
        "exchange.stages[undated].released[Hamas].count": 11,
        "exchange.stages[undated].released[Israel].count": 30}


def test_people_told_also_released_are_added_to_the_release_they_join() -> None:
    """'were also released' adds the group to the side's release told before it, even when
    the addition is the larger; a nationality of no side names its part."""
    text = ("On Friday Hamas released eight Thai nationals held in Gaza. Along with them, five "
            "Israeli hostages were also released.\n\n"
            "Israel freed 15 Palestinian prisoners from Ofer prison.")
    assert facts(text, dt.date(2023, 11, 25)) == {
        "exchange.stages[2023-11-24].released[Hamas].count": 13,
        "exchange.stages[2023-11-24].released[Hamas].breakdown[Thai nationals]": 8,
        "exchange.stages[2023-11-24].released[Hamas].breakdown[hostages]": 5,
        "exchange.stages[2023-11-24].released[Israel].count": 15}


def test_an_undated_lead_of_people_some_other_side_receives_is_no_release() -> None:
    """Americans freed are received by the United States, which the article names as a
    side: not by the side the Houthis seemed to face (Yemen, as the article words it)."""
    assert facts("The Houthi government of Yemen announced the release of three American "
                 "citizens.\n\nThe United States said the exchange followed months of talks.",
                 dt.date(2025, 1, 21)) == {}


def test_an_addition_in_the_lead_is_no_undated_release() -> None:
    """'Six more' adds to a release the article does not count: not the day's release."""
    assert facts("Six more Israeli hostages were freed by Hamas, the army said.",
                 dt.date(2023, 11, 30)) == {}


def test_of_two_counts_a_side_frees_on_one_date_the_larger_is_the_release() -> None:
    """What the receiving side says came home counts everyone: the goodwill gesture is a
    part of it, not an addition to it."""
    assert facts(
        "As a goodwill gesture, Russia handed over 31 wounded Ukrainian prisoners of war on "
        "Saturday.\n\n"
        "Zelensky said 277 Ukrainian warriors came home from Russian captivity on "
        "Saturday.") == {
        "exchange.stages[2025-04-19].released[Russia].count": 277,
        "exchange.stages[2025-04-19].released[Russia].breakdown[wounded]": 31}


def test_a_total_of_a_truce_never_displaces_a_dated_release() -> None:
    """It is the running total: told in the perfect over the truce, on no one day."""
    assert facts("Hamas freed 12 hostages on Tuesday and Israel freed 30 Palestinian prisoners "
                 "on Tuesday under the truce. Israel has released 180 Palestinian prisoners "
                 "under the truce.", dt.date(2023, 11, 29)) == {
        "exchange.stages[2023-11-28].released[Hamas].count": 12,
        "exchange.stages[2023-11-28].released[Israel].count": 30,
        "exchange.cumulative[2023-11-28].count": 180,
    }


def test_people_listed_by_nationality_keep_it_as_their_category() -> None:
    assert facts("Hamas released 13 Israeli and four foreign hostages late Saturday under "
                 "the truce with Israel.", dt.date(2023, 11, 26)) == {
        "exchange.stages[2023-11-25].released[Hamas].count": 17,
        "exchange.stages[2023-11-25].released[Hamas].breakdown[Israeli hostages]": 13,
        "exchange.stages[2023-11-25].released[Hamas].breakdown[foreign hostages]": 4,
    }
    assert facts("Hamas freed 12 hostages on Tuesday under the truce with Israel. The group "
                 "of freed hostages included ten Israelis and two Thai nationals.",
                 dt.date(2023, 11, 29)) == {
        "exchange.stages[2023-11-28].released[Hamas].count": 12,
        "exchange.stages[2023-11-28].released[Hamas].breakdown[Israelis]": 10,
        "exchange.stages[2023-11-28].released[Hamas].breakdown[Thai nationals]": 2,
    }


@pytest.mark.parametrize("people", ["Turks", "Poles", "Swedes", "Danes", "Spaniards"])
def test_a_nationality_told_by_its_own_noun_counts_the_freed(people: str) -> None:
    """Some nationalities name their people by a noun of their own, not the adjective plus
    -s ("Turkish" but "Turks"): a list of them is still the freed people's breakdown."""
    assert facts(f"Hamas freed 30 hostages on Saturday under the truce with Israel. The "
                 f"group of freed hostages included 26 {people} and four Iraqis.",
                 dt.date(2024, 9, 22)) == {
        "exchange.stages[2024-09-21].released[Hamas].count": 30,
        f"exchange.stages[2024-09-21].released[Hamas].breakdown[{people}]": 26,
        "exchange.stages[2024-09-21].released[Hamas].breakdown[Iraqis]": 4,
    }


def test_people_arriving_under_a_deal_are_a_release_and_a_later_plan_is_the_truce_s() -> None:
    assert facts("Thirteen Israelis and four Thai nationals arrived in Israel on Sunday in "
                 "the second release of hostages from Hamas captivity, in a deal briefly "
                 "endangered by a dispute.", dt.date(2023, 11, 26)) == {
        "exchange.stages[2023-11-26].released[Hamas].count": 17,
        "exchange.stages[2023-11-26].released[Hamas].breakdown[Israelis]": 13,
        "exchange.stages[2023-11-26].released[Hamas].breakdown[Thai nationals]": 4,
    }
    assert facts("Hamas freed 11 Israeli hostages on Monday, the fourth day of the truce with "
                 "Israel, which will now be extended for two days.", dt.date(2023, 11, 28)) == {
        "exchange.stages[2023-11-27].released[Hamas].count": 11}


def test_the_jailer_after_an_including_clause_and_a_jailer_named_by_its_demonym() -> None:
    assert facts("Ukraine has returned 215 defenders, including commanders of the Azovstal "
                 "garrison, from Russian captivity on Wednesday, the presidential office in "
                 "Turkey said.", dt.date(2022, 9, 22)) == {
        "exchange.stages[2022-09-21].released[Russia].count": 215}


def test_whoever_secures_a_release_or_an_unnamed_group_is_not_a_side() -> None:
    assert facts("Ukraine received 20 civilians on Sunday who were released by a militia, "
                 "after talks between Ukraine and Russia.") == {}
    assert facts("Ukraine received 20 civilians on Sunday who were released by their captors, "
                 "after talks between Ukraine and Russia.") == {
        "exchange.stages[2025-04-20].released[captors].count": 20}
    assert facts("Ukraine secured the release of 20 civilians on Sunday, after talks between "
                 "Ukraine and Russia.") == {}


def test_the_nationality_of_the_freed_does_not_make_their_captor_a_side() -> None:
    assert facts("MANILA, Philippines - The 17 Filipino seafarers held hostage by Yemeni "
                 "rebels have been freed, President Marcos announced on Thursday.",
                 dt.date(2025, 1, 24)) == {}


def totals(text: str, published: dt.date) -> list[tuple[str | None, int]]:
    """Each running total the rules read, with the side it counts the people of."""
    article = Article(id="t", source="t", published=published, text=text)
    return [(t.received_by, t.count) for t in RulesBackend().read(article).cumulative]


def test_a_total_of_people_of_no_side_is_theirs_not_the_releaser_s() -> None:
    assert totals(
        "Hamas freed 8 Israeli hostages on Thursday under the truce with Israel. Since the "
        "truce began on Friday, Hamas has released 105 hostages in exchange for the release "
        "of 210 Palestinian civilians.", dt.date(2023, 11, 30)) == [
        ("Israel", 105), ("Palestinian", 210)]


def test_a_sentence_that_describes_the_freed_gives_their_release_its_breakdown() -> None:
    assert facts("Israel freed 30 Palestinian prisoners on Tuesday under the truce with Hamas. "
                 "The group of freed Palestinians included fifteen women and fifteen "
                 "children.", dt.date(2023, 11, 29)) == {
        "exchange.stages[2023-11-28].released[Israel].count": 30,
        "exchange.stages[2023-11-28].released[Israel].breakdown[women]": 15,
        "exchange.stages[2023-11-28].released[Israel].breakdown[children]": 15,
    }
    assert facts("Israel freed 30 Palestinian prisoners and Hamas freed 30 hostages on Tuesday "
                 "under the truce. The 30 released included ten women and 20 children.",
                 dt.date(2023, 11, 29)) == {
        "exchange.stages[2023-11-28].released[Israel].count": 30,
        "exchange.stages[2023-11-28].released[Hamas].count": 30,
    }


def test_a_deal_s_numbers_go_to_the_side_whose_releases_free_such_people() -> None:
    assert facts("Hamas freed 3 hostages on Saturday and Israel freed 183 Palestinian prisoners "
                 "on Saturday.\n\n"
                 "The truce calls for the release of 33 hostages and nearly 2,000 prisoners.",
                 dt.date(2025, 2, 1)) == {
        "exchange.stages[2025-02-01].released[Hamas].count": 3,
        "exchange.stages[2025-02-01].released[Israel].count": 183,
        "exchange.agreed_total[Hamas].count": 33,
        "exchange.agreed_total[Israel].count": 2000,
        "exchange.agreed_total[Israel].count.qualifier": "nearly",
    }


def test_the_dead_handed_back_are_not_people_freed_or_agreed() -> None:
    assert facts("Hamas freed 20 hostages on Monday under the truce with Israel. The bodies of "
                 "four Israeli hostages were handed over by Hamas on Monday. Hamas still holds "
                 "the remains of 24 deceased hostages, which it agreed to return to Israel under "
                 "the ceasefire deal.", dt.date(2025, 10, 13)) == {
        "exchange.stages[2025-10-13].released[Hamas].count": 20}


def test_one_person_of_a_side_in_a_swap_of_one_for_one() -> None:
    assert facts("A prisoner swap between the United States and the Taliban freed two Americans "
                 "on Tuesday in exchange for a Taliban figure imprisoned in California.",
                 dt.date(2025, 1, 21)) == {
        "exchange.stages[2025-01-21].released[Taliban].count": 2,
        "exchange.stages[2025-01-21].released[United States].count": 1,
    }
    assert facts("On Thursday the United States and Russia completed the exchange of Russian "
                 "citizen Viktor Bout for American citizen Brittney Griner.",
                 dt.date(2022, 12, 8)) == {
        "exchange.stages[2022-12-08].released[United States].count": 1,
        "exchange.stages[2022-12-08].released[Russia].count": 1,
    }


def test_a_release_added_to_a_side_s_other_release_is_summed_with_its_parts() -> None:
    """A goodwill swap of the wounded beside the main one: each side's release is the sum,
    and its parts are the breakdown (the article never writes 277 or 261)."""
    assert facts(
        "Russia and Ukraine carried out a prisoner exchange on Saturday, officials said.\n\n"
        "Ukraine sent back 246 Russian soldiers. Russia freed 246 Ukrainian prisoners of "
        "war.\n\n"
        "In addition, Russia handed over 31 wounded prisoners of war in exchange for 15 "
        "wounded Russian soldiers.") == {
        "exchange.stages[2025-04-19].released[Ukraine].count": 261,
        "exchange.stages[2025-04-19].released[Ukraine].breakdown[soldiers]": 246,
        "exchange.stages[2025-04-19].released[Ukraine].breakdown[wounded]": 15,
        "exchange.stages[2025-04-19].released[Russia].count": 277,
        "exchange.stages[2025-04-19].released[Russia].breakdown[prisoners of war]": 246,
        "exchange.stages[2025-04-19].released[Russia].breakdown[wounded]": 31,
    }


def test_a_count_that_is_the_sum_of_two_others_is_the_release() -> None:
    assert facts(
        "Ukraine welcomed back 300 soldiers from Russian captivity on Sunday. Of them, 250 "
        "soldiers were freed in the swap itself and another 50 soldiers were released outside "
        "of the exchange.", dt.date(2025, 4, 21)) == {
        "exchange.stages[2025-04-20].released[Russia].count": 300,
    }


TWO_HANDOVERS = ("Hamas freed five more hostages on Thursday under its truce with Israel. That "
                 "came hours after Hamas freed three other hostages on Thursday.")


def stage(day: str, **released: int) -> dict[str, object]:
    """The facts of one stage: how many each side released that day."""
    return {f"exchange.stages[{day}].released[{side}].count": n for side, n in released.items()}


def test_two_handovers_of_one_day_make_one_release() -> None:
    """A person named among the freed is a part of it, not an addition."""
    published = dt.date(2023, 11, 30)
    assert facts(TWO_HANDOVERS, published) == stage("2023-11-30", Hamas=8)
    assert facts(f"{TWO_HANDOVERS}\n\nAmong the freed hostages was an American citizen who had "
                 "been held for a year.", published) == stage("2023-11-30", Hamas=8)


def test_the_sentence_that_dates_the_exchange_dates_the_releases_it_goes_on_to_count() -> None:
    assert facts(
        "The Red Cross said Russia and Ukraine held a prisoner swap on Friday.\n\n"
        "Ukraine returned 90 Russian soldiers and Russia freed 90 Ukrainian soldiers.",
        dt.date(2025, 4, 20)) == stage("2025-04-18", Ukraine=90, Russia=90)


def test_a_release_told_as_under_way_dates_none_of_its_first_handovers() -> None:
    assert facts(
        "Hamas started releasing captives on Monday to complete a prisoner exchange with "
        "Israel.\n\nThe group handed seven Israeli captives to the Red Cross.",
        dt.date(2025, 10, 13)) == {}


def test_the_side_whose_people_come_back_in_return_freed_the_group() -> None:
    assert facts(
        "Ukraine and Russia swapped prisoners on Saturday. Twelve wounded prisoners of war "
        "were handed over in exchange for 12 wounded Russian servicemen.") == {
        "exchange.stages[2025-04-19].released[Russia].count": 12,
        "exchange.stages[2025-04-19].released[Ukraine].count": 12,
    }


def test_a_side_s_institution_named_by_its_demonym_frees_for_it() -> None:
    assert facts("Hamas freed nine hostages on Sunday under its truce with Israel. The Israeli "
                 "prison service confirmed the release of 27 Palestinian inmates on Sunday.",
                 dt.date(2023, 11, 27)) == stage("2023-11-26", Hamas=9, Israel=27)


def test_what_was_done_after_a_plan_is_a_release_and_the_plan_is_not() -> None:
    assert facts("Israel had intended to release 400 Palestinian prisoners after Hamas handed "
                 "over five Israeli hostages on Saturday, but it postponed the release.",
                 dt.date(2025, 2, 23)) == stage("2025-02-22", Hamas=5)
    assert facts("Hamas will free four hostages on Saturday after Israel releases 100 "
                 "Palestinian prisoners.", dt.date(2025, 2, 20)) == {}


def test_a_side_bringing_home_its_own_people_received_them() -> None:
    """ "Returned 95 of its citizens" counts citizens, and the side that returned its own
    people is the one that received them; the parts told next belong to that release, not
    to the other side's release of as many."""
    assert facts(
        "Ukraine has returned 95 of its citizens from Russian captivity in a new exchange on "
        "Friday, the president said.\n\n"
        "Those freed are 92 servicemen and three civilians. In return, Ukraine handed over 95 "
        "Russian prisoners of war.", dt.date(2024, 10, 18)) == {
        "exchange.stages[2024-10-18].released[Russia].count": 95,
        "exchange.stages[2024-10-18].released[Ukraine].count": 95}
    assert facts("Ukraine returned 95 of its citizens on Friday in its swap with Russia.",
                 dt.date(2024, 10, 18)) == {
        "exchange.stages[2024-10-18].released[Russia].count": 95}


def test_a_side_freeing_its_own_people_in_a_raid_released_no_one() -> None:
    """A rescue is not a release: nobody holding them set them free."""
    assert facts("Israel freed four of its citizens from captivity in Gaza on Saturday. Hamas "
                 "still holds 120 hostages.", dt.date(2024, 6, 9)) == {}


def test_a_total_of_a_side_s_own_people_stays_the_running_total() -> None:
    assert facts("With Sunday's group, Ukraine has now received a total of 1,000 of its "
                 "citizens in the swap with Russia.", dt.date(2025, 5, 25)) == {
        "exchange.cumulative[2025-05-25].count": 1000}


def test_a_part_named_by_what_the_people_are_stops_where_how_they_were_held_begins() -> None:
    assert facts("Venezuela freed nine Americans on Sunday, including four aid workers jailed "
                 "for almost three years, in a swap with the United States.") == {
        "exchange.stages[2025-04-20].released[Venezuela].count": 9,
        "exchange.stages[2025-04-20].released[Venezuela].breakdown[aid workers]": 4,
    }


def test_a_part_goes_to_the_one_release_of_its_sentence_large_enough_to_hold_it() -> None:
    assert facts("Israel released 300 Palestinian prisoners on Sunday in exchange for 3 "
                 "hostages freed by Hamas. They included 40 who had been serving life "
                 "sentences.") == {
        "exchange.stages[2025-04-20].released[Israel].count": 300,
        "exchange.stages[2025-04-20].released[Israel].breakdown[serving life sentences]": 40,
        "exchange.stages[2025-04-20].released[Hamas].count": 3,
    }


def test_a_release_retold_in_the_body_takes_the_parts_told_after_it() -> None:
    released = "exchange.stages[2025-04-20].released"
    headline = "Hamas freed 5 hostages on Sunday in exchange for 250 Palestinian prisoners."
    body = ("Crowds waited in Ramallah. Israel's prison service said it had completed the "
            "release of 250 Palestinians. They included 90 serving life sentences.")
    assert facts(f"{headline} {body}") == {
        f"{released}[Hamas].count": 5, f"{released}[Israel].count": 250,
        f"{released}[Israel].breakdown[serving life sentences]": 90}


def test_a_sentence_that_tells_what_the_freed_group_comprises_gives_its_parts() -> None:
    stage = "exchange.stages[2025-04-20].released[Russia]"
    expected = {f"{stage}.count": 150, f"{stage}.breakdown[sergeants]": 40,
                f"{stage}.breakdown[soldiers]": 70, f"{stage}.breakdown[officers]": 40}
    assert facts("Russia freed 150 Ukrainian prisoners on Sunday. The group comprises 40 "
                 "sergeants, 70 soldiers and 40 officers.") == expected
    assert facts("Russia freed 150 Ukrainian prisoners on Sunday. The 150 released are made "
                 "up of 40 sergeants, 70 soldiers and 40 officers.") == expected
    assert facts("Russia freed 150 Ukrainian prisoners on Sunday. Many were ill. Kyiv thanked "
                 "the mediators. The group comprises 40 sergeants, 70 soldiers, and 40 "
                 "officers by rank.") == expected



@pytest.mark.parametrize(("told", "thais"), [
    ("Hamas freed 13 Israelis, including dual nationals, and 10 Thai nationals along with one "
     "Filipino on Friday.", "Thai nationals"),
    ("On Friday 13 Israelis were freed by Hamas, some with dual nationality, plus 10 Thais and "
     "one Filipino.", "Thais"),
])
def test_a_list_of_the_freed_goes_on_after_an_aside_or_an_adding_word(told: str,
                                                                      thais: str) -> None:
    """'13 Israelis, including dual nationals, and 10 Thai nationals along with one Filipino':
    the aside and 'along with', 'plus', 'in addition to' keep the people one list, so the
    side that freed its own nationals freed the foreigners listed with them."""
    stage = "exchange.stages[2023-11-24].released[Hamas]"
    assert facts(told, dt.date(2023, 11, 24)) == {
        f"{stage}.count": 24, f"{stage}.breakdown[Israelis]": 13,
        f"{stage}.breakdown[{thais}]": 10, f"{stage}.breakdown[Filipino]": 1}


def test_a_homecoming_told_by_the_side_it_comes_home_to_was_freed_by_the_other() -> None:
    """'Ukraine announced the return home of 130', 'the Russian ministry said 120 of its
    servicemen had returned home': the side telling it received its people, named with no
    verb of release, jailer or nationality."""
    assert facts("Ukraine announced the return home of 120 soldiers and 10 civilians on "
                 "Sunday, after a swap with Russia.", dt.date(2025, 3, 10)) == {
        "exchange.stages[2025-03-09].released[Russia].count": 130,
        "exchange.stages[2025-03-09].released[Russia].breakdown[soldiers]": 120,
        "exchange.stages[2025-03-09].released[Russia].breakdown[civilians]": 10}
    assert facts("The Russian defence ministry said on Sunday that 120 of its servicemen had "
                 "returned home after a swap with Ukraine.", dt.date(2025, 3, 10)) == {
        "exchange.stages[2025-03-09].released[Ukraine].count": 120}



def test_a_side_that_returns_people_of_no_other_side_brings_them_home() -> None:
    """'Kyiv returned 12 people', 'Ukraine returning 390 people': the side got its own people
    back, so the other side freed them; people of the other side ('150 Ukrainian soldiers') or
    named by their captivity ('four hostages') stay the returning side's release."""
    told = {
        "Kyiv said it returned 12 people on Saturday, nine soldiers and three civilians, in a "
        "swap with Russia.": {
            "exchange.stages[2025-03-08].released[Russia].count": 12,
            "exchange.stages[2025-03-08].released[Russia].breakdown[soldiers]": 9,
            "exchange.stages[2025-03-08].released[Russia].breakdown[civilians]": 3},
        "Russia and Ukraine swapped prisoners on Friday, with Ukraine returning 390 people.": {
            "exchange.stages[2025-03-07].released[Russia].count": 390},
        "Russia returned 150 Ukrainian soldiers on Friday in a swap with Ukraine.": {
            "exchange.stages[2025-03-07].released[Russia].count": 150},
        "Hamas returned four hostages on Saturday in a swap with Israel.": {
            "exchange.stages[2025-03-08].released[Hamas].count": 4},
    }
    assert {text: facts(text, dt.date(2025, 3, 10)) for text in told} == told


def test_a_list_by_kind_and_rank_after_a_release_is_its_breakdown() -> None:
    """'Today 100 soldiers and sergeants, 15 officers and five civilians returned home': a
    sentence with no word of a swap lists who the release just counted freed, two ranks
    counted as one category; a list of ranks alone tells how the soldiers ranked, no
    breakdown, and a plan's list is no one's breakdown."""
    lead = ("Russia and Ukraine completed a prisoner exchange on Tuesday. Ukraine announced the "
            "return home of 120 soldiers and civilians. ")
    stage = "exchange.stages[2025-04-22].released[Russia]"
    assert facts(lead + "Today 100 soldiers and sergeants, 15 officers and five civilians "
                 "returned home, the president wrote.", dt.date(2025, 4, 22)) == {
        f"{stage}.count": 120, f"{stage}.breakdown[soldiers and sergeants]": 100,
        f"{stage}.breakdown[officers]": 15, f"{stage}.breakdown[civilians]": 5}
    assert facts(lead + "The returned prisoners include 12 officers and 108 privates and "
                 "sergeants.", dt.date(2025, 4, 22)) == {f"{stage}.count": 120}
    assert facts(lead + "Earlier it said there would be 60 women and 60 teenagers.",
                 dt.date(2025, 4, 22)) == {f"{stage}.count": 120}


def test_a_total_told_of_another_count_of_the_sentence_is_not_this_count_s() -> None:
    """'a total of' the first that-clause counts, a total the count raises, or 'in total'
    after 'while' are the other number's words: the count beside them is a stage."""
    published = dt.date(2023, 11, 27)
    assert facts("The mediator said Hamas had on Sunday released a total of 17 hostages and "
                 "that Israel had freed 39 Palestinian prisoners from its jails.", published) == (
        stage("2023-11-26", Hamas=17, Israel=39))
    assert facts("Israel said on Sunday that 13 Israelis had been freed by Hamas, bringing to 50 "
                 "the total of hostages released since Friday.", published) == {
        **stage("2023-11-26", Hamas=13), "exchange.cumulative[2023-11-26].count": 50}
    assert facts("The Red Cross said 120 detainees were freed by the Houthis on Sunday in the "
                 "swap with Yemen, while Yemen said 150 were released in total.", published) == (
        stage("2023-11-26", Houthis=120))


def test_a_total_a_release_brings_up_counts_the_side_that_release_went_to() -> None:
    """The side receiving most of the article's releases is only the fallback."""
    assert totals(
        "Israel said on Sunday that 13 Israelis had been freed by Hamas.\n\n"
        "The prison service said 39 Palestinian prisoners were released by Israel on Sunday, "
        "bringing the total number of people it has freed since Friday to 117.",
        dt.date(2023, 11, 27)) == [("Hamas", 117)]


def test_a_release_told_done_is_a_stage_though_its_sentence_names_the_deal() -> None:
    """A release someone confirms, or each side brings home, happened: no plan of the deal."""
    assert facts("Hamas freed three hostages on Sunday. Israel confirmed the release of 45 "
                 "Palestinian prisoners on Sunday as part of the deal.") == stage(
        "2025-04-20", Hamas=3, Israel=45)
    assert facts("Russia and Ukraine held a prisoner swap on Saturday, each side bringing home "
                 "80 soldiers in an agreement mediated by Qatar.") == stage(
        "2025-04-19", Russia=80, Ukraine=80)


def test_a_country_thanked_for_its_role_or_acting_as_intermediary_is_no_side() -> None:
    assert facts("The United States thanked Turkey for its role in the swap. An American "
                 "teacher was exchanged on Wednesday for a Russian pilot at an airport in "
                 "Ankara.") == stage("2025-04-16", **{"United States": 1})
    assert facts("The United Arab Emirates acted as an intermediary for the exchange. Ukraine "
                 "said 60 prisoners of war came back from Russian captivity on Tuesday.") == stage(
        "2025-04-15", Russia=60)


def test_when_the_freed_were_captured_is_not_the_release_s_history() -> None:
    """'Last month' tells when they were taken: the release is Tuesday's news."""
    assert facts("Azerbaijan on Tuesday freed 17 Armenian soldiers captured in border clashes "
                 "last month, Armenia said.") == stage("2025-04-15", Azerbaijan=17)
    assert facts("Azerbaijan on Tuesday freed 17 Armenian soldiers. Last month, Azerbaijan "
                 "freed 10 Armenian soldiers.") == stage("2025-04-15", Azerbaijan=17)


def test_the_neighbouring_country_the_freed_are_taken_to_is_no_side() -> None:
    assert facts("Russia said on Saturday it had secured the release of 60 Russian soldiers held "
                 "in Ukraine-controlled areas in return for 60 Ukrainian soldiers. The freed "
                 "Russian soldiers are in neighbouring Belarus for medical care. Belarus said they "
                 "were well.") == stage("2025-04-19", Ukraine=60, Russia=60)


def _release(stage: str, count: int, breakdown: dict[str, int]) -> dict[str, object]:
    """The facts of one release with its breakdown: `stage` is "<date>].released[<side>"."""
    head = f"exchange.stages[{stage}]"
    return {f"{head}.count": count, **{f"{head}.breakdown[{k}]": v for k, v in breakdown.items()}}


@pytest.mark.parametrize("listed", [
    "12 Israelis had been freed, plus eight Thais and a Filipino",
    "12 Israelis, eight Thais and a Filipino were freed",
])
def test_one_person_listed_by_the_article_is_counted(listed: str) -> None:
    """ "10 Thais and a Filipino": the article counts one person of the list as a number would,
    so the list adds up to the release it breaks down."""
    assert facts(f"Hamas released 21 hostages on Friday under the truce with Israel. Qatar "
                 f"said {listed}.", dt.date(2023, 11, 25)) == _release(
        "2023-11-24].released[Hamas", 21, {"Israelis": 12, "Thais": 8, "Filipino": 1})


def test_a_list_of_kinds_with_one_of_a_kind_breaks_the_release_down() -> None:
    assert facts("The ELN freed seven hostages on Wednesday, the army said. They were four "
                 "police officers, a soldier and two civilians.", dt.date(2018, 9, 13)
                 ) == _release("2018-09-12].released[ELN", 7,
                               {"police officers": 4, "soldier": 1, "civilians": 2})
