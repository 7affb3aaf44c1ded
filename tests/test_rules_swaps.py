"""The rules backend on swaps told the many ways outlets tell them.

Each case is text written for the test: one swap reported with a running total
in other words, a breakdown in other words, numbers elided or written out, a
capital standing for its government, a side acting alone or described before
its name, another release verb, a superlative measuring the swap against the
war. The expected facts are exact.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.facts import iter_facts
from summarizer.models import Article
from summarizer.text.time import resolve_extraction

SUNDAY = dt.date(2025, 6, 15)
SATURDAY = "stages[2025-06-14].released"


def exchange(text: str) -> dict[str, object]:
    article = Article(id="t", source="t", published=SUNDAY, text=text)
    extraction = resolve_extraction(RulesBackend().read(article), SUNDAY)
    return {f.path.removeprefix("exchange."): f.value for f in iter_facts(extraction)
            if f.path.startswith("exchange.")}


SWAP = {f"{SATURDAY}[Russia].count": 307, f"{SATURDAY}[Ukraine].count": 307}


@pytest.mark.parametrize("text", [
    "Russia and Ukraine swapped 307 prisoners each on Saturday, bringing the total to 697.",
    "Russia and Ukraine swapped 307 prisoners each on Saturday, bringing to 697 the number of "
    "Ukrainians freed in the two-day exchange.",
    "Russia and Ukraine swapped 307 prisoners each on Saturday. In all, 697 prisoners have been "
    "returned to Ukraine over the two days of the exchange.",
    "Russia and Ukraine swapped 307 prisoners each on Saturday. With that swap, a total of 697 "
    "Ukrainians have come home this week.",
])
def test_a_running_total_of_a_symmetric_swap_in_other_words(text: str) -> None:
    """Each side got as many back: the total counts the side it names, or either."""
    assert exchange(text) == {**SWAP, "cumulative[2025-06-14].count": 697}


RELEASE = "Russia and Ukraine swapped prisoners on Saturday. "


@pytest.mark.parametrize(("text", "breakdown"), [
    ("Russia released 95 Ukrainians, of whom 20 were civilians.", {"civilians": 20}),
    ("Russia released 95 Ukrainians, 20 of them civilians.", {"civilians": 20}),
    ("Russia released 95 Ukrainians. Among them were 20 civilians and three medics.",
     {"civilians": 20, "medics": 3}),
    ("Russia released 95 Ukrainians. Twenty of those released were seriously wounded.",
     {"wounded": 20}),
    ("Russia released 95 Ukrainians. Of the Ukrainians freed, 20 were serving in the navy.",
     {"serving in the navy": 20}),
    ("Russia released 95 Ukrainians, including 20 held since 2014 and 75 captured in Mariupol.",
     {"held": 20, "captured in Mariupol": 75}),
    ("Russia released 95 Ukrainians. Of the 95 freed, 20 had been serving in the navy, and 75 "
     "were captured in Mariupol during the war.",
     {"serving in the navy": 20, "captured in Mariupol": 75}),
    ("Russia released 95 Ukrainians, of whom 20 were civilians and 5 were medics.",
     {"civilians": 20, "medics": 5}),
    ("Russia released 95 Ukrainians. He said the swap included two civilians captured in "
     "Mariupol.", {"civilians": 2}),
    ("Russia released 95 Ukrainians. The exchange included 20 civilians, Kyiv said.",
     {"civilians": 20}),
    ("Russia released 95 Ukrainians. Those freed included 20 civilians and two journalists.",
     {"civilians": 20, "journalists": 2}),
    ("Russia released 95 Ukrainians. The released soldiers also included 20 marines.",
     {"marines": 20}),
    ('Russia released 95 Ukrainians. "Our team managed to bring 95 Ukrainians home," Zelensky '
     "posted on Telegram. He said the swap included two civilians.", {"civilians": 2}),
])
def test_parts_of_a_release_told_after_it(text: str, breakdown: dict[str, int]) -> None:
    """Some of the people a release counted, told in its sentence or the next (past a
    quotation's attribution), or as what the swap or its people included."""
    assert exchange(RELEASE + text) == {f"{SATURDAY}[Russia].count": 95, **{
        f"{SATURDAY}[Russia].breakdown[{k}]": v for k, v in breakdown.items()}}


@pytest.mark.parametrize("text", [
    "Russia released 95 Ukrainians, 20 civilians and 75 soldiers.",
    "Russia released 20 civilians and 75 soldiers, 95 Ukrainians in all.",
    "Russia released 20 civilians and 75 soldiers, a total of 95 Ukrainians.",
    "Russia released a total of 95 Ukrainians, 20 civilians and 75 soldiers.",
])
def test_a_release_s_total_before_or_after_its_parts(text: str) -> None:
    assert exchange(RELEASE + text) == {
        f"{SATURDAY}[Russia].count": 95, f"{SATURDAY}[Russia].breakdown[civilians]": 20,
        f"{SATURDAY}[Russia].breakdown[soldiers]": 75}


def test_the_first_swap_since_a_date_is_this_swap() -> None:
    """ "Since" in a clause before a release told in the past tense dates nothing of it."""
    assert exchange("Russia and Ukraine held an exchange on Saturday. On Saturday, for the "
                    "first time since May, Russia released 84 Ukrainian soldiers.") == {
        f"{SATURDAY}[Russia].count": 84}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine and Russia held a prisoner exchange on Saturday. Kyiv released 95 prisoners "
     "of war, the defence ministry in Moscow said.", {f"{SATURDAY}[Ukraine].count": 95}),
    ("Ukraine and Russia held a prisoner exchange on Saturday. Moscow handed over 103 "
     "soldiers.", {f"{SATURDAY}[Russia].count": 103}),
    ("On Saturday, 150 Russian servicemen were returned from territory controlled by Kyiv, "
     "and Moscow handed over 150 Ukrainian prisoners of war.",
     {f"{SATURDAY}[Ukraine].count": 150, f"{SATURDAY}[Russia].count": 150}),
    ("In the swap on Saturday, the Ukrainian side received 150 of its servicemen, and the "
     "Russian side got 150 soldiers back.",
     {f"{SATURDAY}[Russia].count": 150, f"{SATURDAY}[Ukraine].count": 150}),
])
def test_a_capital_or_a_side_named_by_its_demonym_acts_for_its_country(
        text: str, expected: dict[str, object]) -> None:
    assert exchange(text) == expected


@pytest.mark.parametrize("text", [
    "Russia and Ukraine exchanged 307 prisoners of war apiece on Saturday.",
    "Russia and Ukraine exchanged 390 prisoners each on Friday and 307 each on Saturday.",
    "Russia and Ukraine exchanged 390 prisoners each on Friday. On Saturday, they swapped "
    "another 307 each.",
    "Russia and Ukraine swapped 390 prisoners each on Friday. Another 307 were exchanged on "
    "Saturday by each side.",
])
def test_a_swap_s_count_without_its_noun(text: str) -> None:
    """The noun of the article's earlier count is the noun of the one that leaves it out."""
    assert {k: v for k, v in exchange(text).items() if "2025-06-14" in k} == SWAP


TRUCE = "Israel and Hamas agreed on a truce on Wednesday. "
WEDNESDAY = {"agreed_at.date": "2025-06-11"}
"""The day TRUCE makes the deal, which dates it though no city places it."""


@pytest.mark.parametrize(("text", "expected"), [
    (TRUCE + "The deal, brokered by Qatar, envisages the release of 33 hostages by Hamas in "
     "exchange for 1,900 Palestinian prisoners held by Israel.",
     {"agreed_total[Hamas].count": 33, "agreed_total[Israel].count": 1900, **WEDNESDAY}),
    (TRUCE + "Under its terms, Hamas will hand over 33 hostages, and Israel will release some "
     "1,900 Palestinian prisoners.",
     {"agreed_total[Hamas].count": 33, "agreed_total[Israel].count": 1900,
      "agreed_total[Israel].count.qualifier": "about", **WEDNESDAY}),
    (TRUCE + "Hamas is due to free 33 hostages during the first phase, while Israel is to "
     "release 1,900 prisoners.",
     {"agreed_total[Hamas].count": 33, "agreed_total[Israel].count": 1900, **WEDNESDAY}),
    ("Delegations from Russia and Ukraine met in Istanbul on Friday and agreed to swap 1,000 "
     "prisoners each.",
     {"agreed_total.count": 1000, "agreed_total.per_side": True,
      "agreed_at.place": "Istanbul", "agreed_at.date": "2025-06-13"}),
])
def test_a_deal_s_numbers_in_other_words(text: str, expected: dict[str, object]) -> None:
    """What each side is to free, in a sentence that names the deal or follows the one
    that makes it."""
    assert exchange(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hamas freed three hostages on Saturday. In all, the truce agreement anticipates the "
     "release of 40 Israeli hostages in exchange for about 1,200 Palestinians held in Israeli "
     "jails.",
     {f"{SATURDAY}[Hamas].count": 3, "agreed_total[Hamas].count": 40,
      "agreed_total[Israel].count": 1200, "agreed_total[Israel].count.qualifier": "about"}),
    ("The Israeli soldier, captured by Hamas in a raid, has been freed in a deal that involves "
     "the release of 800 Palestinians.", {"agreed_total[Israel].count": 800}),
    ("Officials said the soldier's freedom came on the condition that Israel free 800 "
     "Palestinian prisoners.", {"agreed_total[Israel].count": 800}),
])
def test_what_a_deal_anticipates_involves_or_makes_its_condition_is_its_share(
        text: str, expected: dict[str, object]) -> None:
    """A deal that anticipates or involves people's release, or makes it its condition, plans
    it; people of one side go to the other side to free, and where those the other side gets
    back are held does not say whose they are."""
    """What each side is to free, in a sentence that names the deal or follows the one
    that makes it."""
    assert exchange(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia and Ukraine on Saturday carried out a 150-for-150 prisoner swap.",
     {f"{SATURDAY}[Russia].count": 150, f"{SATURDAY}[Ukraine].count": 150}),
    ("Russia and Ukraine held a 150-for-150 prisoner exchange on Saturday.",
     {f"{SATURDAY}[Russia].count": 150, f"{SATURDAY}[Ukraine].count": 150}),
    ("Russia and Ukraine will carry out a 150-for-150 prisoner swap next week.",
     {"agreed_total.count": 150, "agreed_total.per_side": True}),
])
def test_an_n_for_n_swap_told_done_is_a_stage_not_the_deal(
        text: str, expected: dict[str, object]) -> None:
    assert exchange(text) == expected


def test_a_total_is_the_deal_s_for_both_sides_only_when_they_swap() -> None:
    """'A total of' people exchanged counts both sides' people; a total one side is to free
    is that side's share, and a total freed to somewhere is no deal at all."""
    assert exchange("The two sides agreed to swap a total of 2,000 prisoners.") == {
        "agreed_total.count": 2000, "agreed_total.per_side": False}
    assert exchange("Under the ceasefire deal with Israel, Hamas will free a total of 33 hostages "
                    "in the first phase.") == {"agreed_total[Hamas].count": 33}
    assert exchange("A total of 40 prisoners will be released to the West Bank, while 90 will "
                    "be deported abroad.") == {}


@pytest.mark.parametrize("when", ["on Sunday", "later in the day", "later Sunday", "within hours"])
def test_a_day_s_planned_tranche_after_the_deal_is_still_no_share(when: str) -> None:
    assert exchange(TRUCE + f"Hamas will free 13 hostages {when}.") == {}
    assert exchange(f"Hamas freed three hostages on Saturday under the truce deal, and Israel "
                    f"is due to release 90 Palestinian prisoners {when}.") == {
        f"{SATURDAY}[Hamas].count": 3}


@pytest.mark.parametrize(("text", "expected"), [
    ("Houthi rebels released 25 crew members of a seized cargo ship on Saturday. The release "
     "was mediated by Oman.", {f"{SATURDAY}[Houthis].count": 25}),
    ("On Saturday, 25 abducted students were freed by their kidnappers, police said.",
     {f"{SATURDAY}[kidnappers].count": 25}),
    ("Kidnappers released 25 abducted students on Saturday, police said.",
     {f"{SATURDAY}[kidnappers].count": 25}),
    ("Hamas released a video of three hostages on Saturday.", {}),
    ("The army freed 25 abducted students in a raid on Saturday.", {}),
])
def test_a_release_no_side_answers(text: str, expected: dict[str, object]) -> None:
    """The one side the article names acting, or the captors named as such, freed the
    people; nobody is named as receiving them."""
    assert exchange(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On Saturday the authorities secured the release of 40 pupils taken by gunmen from their "
     "school.", {f"{SATURDAY}[gunmen].count": 40}),
    ("Ten Thai sailors held hostage by Abu Sayyaf returned home on Saturday after being freed. "
     "The Philippines said its army had fought Abu Sayyaf for weeks to free the hostages.",
     {f"{SATURDAY}[Abu Sayyaf].count": 10}),
    ("Ten Thai sailors held for months by Abu Sayyaf were released on Saturday, the Philippines "
     "said. The Philippine army had pursued Abu Sayyaf to free the hostages.",
     {f"{SATURDAY}[Abu Sayyaf].count": 10}),
    ("Ten Thai sailors detained for months by Abu Sayyaf were released on Saturday, the "
     "Philippines said. The Philippine army had pursued Abu Sayyaf to free the hostages.",
     {f"{SATURDAY}[Abu Sayyaf].count": 10}),
    ("The Philippine army said on Saturday that 40 pupils taken by gunmen were still missing.", {}),
    ("The state confirmed that 60 pupils who were kidnapped from their school were "
     "released on Saturday.", {f"{SATURDAY}[kidnappers].count": 60}),
    ("The 60 pupils abducted from the village school, who were released on Saturday, have "
     "reached the state capital.", {f"{SATURDAY}[abductors].count": 60}),
    ("Police said on Saturday that 60 pupils were abducted from the village school.", {}),
])
def test_the_captors_named_after_the_freed_freed_them(
        text: str, expected: dict[str, object]) -> None:
    """Who held the people ("held hostage by X", "taken by gunmen") freed them when the clause
    frees them, whoever received them: not the country of the place, nor a government that
    secured their release; people told kidnapped by no one named were freed by their
    kidnappers."""
    assert exchange(text) == expected


@pytest.mark.parametrize("held", ["held", "jailed", "arrested"])
def test_a_time_told_of_how_long_people_were_held_is_no_running_total(held: str) -> None:
    """ "since 2022" told of how the freed were held, whatever the verb (one list, unit_times.HELD),
    does not make the count everyone freed since then."""
    assert exchange(f"Russia has released 95 Ukrainians {held} since 2022, Kyiv said on "
                    "Saturday.") == {f"{SATURDAY}[Russia].count": 95}


def test_a_total_of_a_day_is_that_day_s_release() -> None:
    """ "A total of" a number told in the past on one day is the day's count; the release
    the other side received in return joins it."""
    assert exchange("A total of 84 Ukrainian citizens were released from Russian captivity on "
                    "Saturday, officials in Kyiv said. In return, Russia received 84 of its "
                    "servicemen.") == {
        f"{SATURDAY}[Russia].count": 84, f"{SATURDAY}[Ukraine].count": 84}


@pytest.mark.parametrize("text", [
    "In Abu Dhabi on Saturday, Russia released an American, Brittney Griner, in exchange for "
    "Russian arms dealer Viktor Bout.",
    "On Saturday Russia freed American basketball player Brittney Griner in exchange for a "
    "Russian arms dealer held by the United States.",
])
def test_one_person_each_told_by_occupation_or_by_name(text: str) -> None:
    assert exchange(text) == {f"{SATURDAY}[Russia].count": 1,
                              f"{SATURDAY}[United States].count": 1}


def test_numbers_a_deal_gives_the_other_side_are_summed() -> None:
    assert exchange("Under the first phase of the ceasefire deal between Israel and Hamas, Hamas "
                    "is to release 20 hostages, in exchange for 250 Palestinians serving life "
                    "sentences and 1,700 detainees from Gaza.") == {
        "agreed_total[Hamas].count": 20, "agreed_total[Israel].count": 1950}


def test_a_lone_side_hands_over() -> None:
    assert exchange("On Saturday, Hamas handed over the remaining 20 hostages to the Red "
                    "Cross.") == {f"{SATURDAY}[Hamas].count": 20}


def test_a_plan_in_a_later_clause_is_not_the_release_s() -> None:
    """The swap told as done in its own clause stays a stage, whatever a later clause plans."""
    assert exchange("Russia and Ukraine swapped 307 prisoners each on Saturday, the second day "
                    "of a three-day exchange that will see more prisoners freed.") == SWAP


def test_parts_of_the_release_a_later_paragraph_names_by_its_count() -> None:
    assert exchange(RELEASE + "Russia released 95 Ukrainians.\n\nBuses took them to a hospital "
                    "in Chernihiv. Of the 95 freed, 20 had been serving in the navy.") == {
        f"{SATURDAY}[Russia].count": 95, f"{SATURDAY}[Russia].breakdown[serving in the navy]": 20}


def test_a_running_total_over_the_past_few_days() -> None:
    """A few days past are this exchange's, not history."""
    assert exchange("Russia and Ukraine swapped 307 prisoners each on Saturday. Altogether, 697 "
                    "Ukrainians have returned home in the past two days.") == {
        **SWAP, "cumulative[2025-06-14].count": 697}


def test_a_count_that_leaves_out_its_noun_for_a_later_day() -> None:
    assert exchange("Russia and Ukraine exchanged 390 prisoners each on Friday and 307 on "
                    "Saturday.") == {"stages[2025-06-13].released[Russia].count": 390,
                                     "stages[2025-06-13].released[Ukraine].count": 390, **SWAP}


def test_a_running_total_is_received_by_the_side_opposite_its_releaser() -> None:
    article = Article(id="t", source="t", published=SUNDAY, text=(
        "Israel released 30 prisoners on Saturday and Hamas freed six hostages. Hamas has now "
        "freed 24 hostages under the truce."))
    assert [(t.received_by, t.count) for t in RulesBackend().read(article).cumulative] == [
        ("Israel", 24)]


def test_a_running_total_of_two_kinds_one_side_freed() -> None:
    article = Article(id="t", source="t", published=SUNDAY, text=(
        "Hamas freed six hostages on Saturday and Israel released 30 Palestinian prisoners. So "
        "far, Hamas has released 61 Israelis and 20 foreign nationals under the truce."))
    assert [(t.received_by, t.count) for t in RulesBackend().read(article).cumulative] == [
        ("Israel", 81)]


@pytest.mark.parametrize("text", [
    "Russia and Ukraine swapped 150 prisoners each on Saturday.",
    "Russia and Ukraine swapped 150 prisoners each on Saturday in the largest exchange since "
    "the start of the war.",
    "Russia and Ukraine on Saturday freed 150 prisoners each in their first swap since last "
    "year.",
    "In the largest swap since Russia\u2019s full-scale invasion, Russia and Ukraine freed 150 "
    "prisoners each on Saturday.",
])
def test_a_superlative_since_the_war_measures_the_swap_it_does_not_date_it(text: str) -> None:
    """ "The largest exchange since the war began" compares this swap with history: the
    swap is news, not background, and its count is no running total."""
    assert exchange(text) == {f"{SATURDAY}[Russia].count": 150,
                              f"{SATURDAY}[Ukraine].count": 150}


@pytest.mark.parametrize("verb", ["released", "freed", "set free"])
def test_every_release_verb_tells_a_release_its_side_and_a_running_total(verb: str) -> None:
    """A release told with any of the verbs outlets use is read the same: who freed whom, and
    a total "so far" out of the agreed number is a running total, not the deal."""
    assert exchange(
        f"Hamas {verb} 12 hostages on Saturday, and Israel {verb} 30 Palestinian prisoners. "
        f"Hamas has so far {verb} a total of 60 hostages out of the 100 agreed under the "
        "truce.") == {f"{SATURDAY}[Hamas].count": 12, f"{SATURDAY}[Israel].count": 30,
                      "cumulative[2025-06-14].count": 60}
    assert exchange(f"On Saturday, 12 hostages were {verb} by Hamas and 30 Palestinian "
                    f"prisoners were {verb} by Israel.") == {
        f"{SATURDAY}[Hamas].count": 12, f"{SATURDAY}[Israel].count": 30}


@pytest.mark.parametrize("sides", ["Russia and Ukraine", "Moscow and Kyiv", "Moscow and Ukraine",
                                   "Kyiv and Russia"])
def test_two_sides_joined_by_and_act_together_whether_country_or_capital(sides: str) -> None:
    """A capital joined to the other side ("Moscow and Kyiv on Saturday exchanged") acts with
    it: their swap's number is both sides' together, each side's own count is its own."""
    russia = "Moscow" if "Moscow" in sides else "Russia"
    assert exchange(f"{sides} on Saturday exchanged 300 prisoners of war, officials said. "
                    f"{russia} handed over 20 wounded Ukrainian soldiers in exchange for 10 "
                    "wounded Russian soldiers.") == {
        f"{SATURDAY}[Russia].count": 20, f"{SATURDAY}[Ukraine].count": 10}
    assert exchange(f"{sides} on Saturday exchanged 150 prisoners each.") == {
        f"{SATURDAY}[Russia].count": 150, f"{SATURDAY}[Ukraine].count": 150}


@pytest.mark.parametrize("hamas", ["Hamas", "the militant group Hamas",
                                   "Palestinian militant group Hamas"])
def test_a_side_described_after_by_still_released_the_people(hamas: str) -> None:
    """ "Released by the militant group Hamas": the words describing the side stand between
    "by" and its name, and the side is still who freed them."""
    assert exchange(f"On Saturday, 12 hostages were released by {hamas}, and 30 Palestinian "
                    "prisoners were freed by the Israeli authorities.") == {
        f"{SATURDAY}[Hamas].count": 12, f"{SATURDAY}[Israel].count": 30}


@pytest.mark.parametrize("text", [
    "On Saturday, Hamas freed 24 hostages and Israel 39 Palestinian prisoners.",
    "Hamas released 24 hostages on Saturday, and Israel 39 Palestinian prisoners.",
])
def test_a_second_side_whose_release_verb_is_left_out(text: str) -> None:
    """"Hamas freed 24 hostages and Israel 39 prisoners": the verb of the second side's release
    is the first side's, left out; the side named right before the count freed it."""
    assert exchange(text) == {f"{SATURDAY}[Hamas].count": 24, f"{SATURDAY}[Israel].count": 39}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia and Ukraine each released 150 prisoners of war on Saturday.",
     {f"{SATURDAY}[Russia].count": 150, f"{SATURDAY}[Ukraine].count": 150}),
    ("Russia and Ukraine released 150 prisoners of war on Saturday.", {}),
    ("Both Russia and Ukraine released 150 prisoners of war on Saturday.", {}),
])
def test_two_sides_as_one_subject_free_no_count_of_one_side(
        text: str, expected: dict[str, object]) -> None:
    """ "Russia and Ukraine released 150": the two together, or each, but never the side named
    last alone."""
    assert exchange(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hamas released footage showing 13 hostages in a tunnel on Sunday.", []),
    ("Hamas released a short video of 13 hostages on Sunday.", []),
    ("Hamas released 13 hostages on Sunday, and the army released photos of them.",
     [("Hamas", 13)]),
])
def test_a_thing_released_is_no_release_of_people(
        text: str, expected: list[tuple[str, int]]) -> None:
    """'Released footage', 'a video', 'photos' publish something: the hostages it shows
    were not freed (text.released)."""
    article = Article(id="t", source="t", published=dt.date(2025, 5, 26), text=text)
    assert [(r.released_by, r.count) for s in RulesBackend().read(article).stages
            for r in s.releases] == expected


@pytest.mark.parametrize(("text", "side"), [
    ("Twelve badly injured soldiers were transferred from Russia for treatment.", "Russia"),
    ("Twelve badly injured soldiers were transferred to Ukraine for treatment.", "Russia"),
    ("Twelve badly injured soldiers were transferred from Ukraine for treatment.", "Ukraine"),
])
def test_people_transferred_from_a_side_were_freed_by_it(text: str, side: str) -> None:
    """The side they leave set them free; the side they reach took them in."""
    assert exchange(RELEASE + text) == {f"{SATURDAY}[{side}].count": 12}


def test_a_group_set_beside_what_a_side_received_adds_to_it() -> None:
    """'while' tells people beyond the count received: both are the other side's release."""
    assert exchange(RELEASE + "Kyiv received 120 soldiers, while 12 badly injured soldiers "
                    "were transferred from Russia for treatment.") == {
        f"{SATURDAY}[Russia].count": 132,
        f"{SATURDAY}[Russia].breakdown[soldiers]": 120,
        f"{SATURDAY}[Russia].breakdown[wounded]": 12}


def test_people_freed_for_a_count_of_the_other_sides_own() -> None:
    """A bare 'for' and a count of one side's own people, as 'in exchange for': the side
    whose people come back freed the group, the other freed its people."""
    assert exchange(RELEASE + "40 wounded prisoners were handed over for 25 Ukrainian "
                    "soldiers.") == {f"{SATURDAY}[Ukraine].count": 40,
                                     f"{SATURDAY}[Russia].count": 25}


def test_a_deal_made_on_a_wrapped_line_still_makes_the_next_sentence_its_terms() -> None:
    """A saved page may wrap the line of the sentence that makes the deal: the next
    sentence still gives each side's number under it."""
    assert exchange("Israel and Hamas agreed on a\ntruce on Wednesday. Hamas is due to free 33 "
                    "hostages, while Israel is to release 1,900 prisoners.") == {
        "agreed_total[Hamas].count": 33, "agreed_total[Israel].count": 1900, **WEDNESDAY}


def test_a_receiving_verb_with_another_count_before_the_group_is_not_the_group_s() -> None:
    """'got back 120 ... and 90 Ukrainians were sent home in return': the 120 are what came
    back; the 90 are the receiver's release."""
    assert exchange("Moscow got back 120 soldiers on Saturday and 90 Ukrainian prisoners of "
                    "war were sent home in return.") == {
        f"{SATURDAY}[Ukraine].count": 120, f"{SATURDAY}[Russia].count": 90}


def test_the_side_a_count_names_after_its_noun_is_its_people_s() -> None:
    assert exchange("Kyiv freed 120 soldiers from Russian captivity on Saturday and 90 "
                    "servicemen of the Russian army were handed over in return.") == {
        f"{SATURDAY}[Russia].count": 120, f"{SATURDAY}[Ukraine].count": 90}
    assert exchange("The Ukrainian side brought back 120 soldiers on Saturday, and 90 prisoners "
                    "of war of the Armed Forces of Russia were handed over in return.") == {
        f"{SATURDAY}[Russia].count": 120, f"{SATURDAY}[Ukraine].count": 90}


def test_people_handed_over_or_returned_to_a_side_were_freed_by_the_other() -> None:
    assert exchange("Georgia and Azerbaijan exchanged detainees on Saturday. The mediators said "
                    "nine detainees were handed over to Georgia, the officials added.") == {
        f"{SATURDAY}[Azerbaijan].count": 9}
    assert exchange("Ukraine and Russia exchanged prisoners on Saturday. According to the "
                    "ministry, 64 soldiers were returned to Russia.") == {
        f"{SATURDAY}[Ukraine].count": 64}



@pytest.mark.parametrize(("text", "expected"), [
    # a list of both sides' people is two releases, not one by either side
    ("Hamas and Israel carried out the exchange on Saturday. The release of four Israeli "
     "hostages and 200 Palestinian prisoners went ahead.", {"Hamas": 4, "Israel": 200}),
    ("Russia and Ukraine carried out a swap on Saturday. The two sides exchanged 95 Ukrainian "
     "soldiers and 84 Russian servicemen.", {"Russia": 95, "Ukraine": 84}),
    # Palestinians are the people of Hamas's side, whom Israel held
    ("Hamas and Israel carried out a third exchange on Saturday. Then 110 Palestinian prisoners "
     "were released from prison.", {"Israel": 110}),
    ("Hamas and Israel carried out a third exchange on Saturday. Eight Thai hostages held "
     "captive by Hamas were freed.", {"Hamas": 8}),
])
def test_each_sides_people_were_freed_by_the_other_side(text: str,
                                                        expected: dict[str, int]) -> None:
    assert exchange(text) == {f"{SATURDAY}[{side}].count": n for side, n in expected.items()}


@pytest.mark.parametrize("reminder", ["As a reminder,", "Recall that", "As reported earlier,"])
def test_a_paragraph_that_reminds_of_earlier_news_is_history(reminder: str) -> None:
    """"As a reminder, on Friday, May 23, the first stage ... was carried out": outlets close a
    report of what is coming with what already happened; its figures are not this news."""
    text = ("Ukraine said on Sunday that a new swap with Russia would take place next week.\n\n"
            f"{reminder} on Friday, June 6, the first stage of the 500-for-500 exchange agreement "
            "was carried out. Russia freed 120 Ukrainian soldiers.")
    assert exchange(text) == {}


@pytest.mark.parametrize("text", [
    "Talks held in Cairo on a hostage deal concluded on Sunday with no breakthrough.",
    "Negotiators met in Doha on Sunday but the talks ended in deadlock.",
])
def test_where_talks_failed_is_not_where_a_deal_was_made(text: str) -> None:
    assert exchange(text) == {}


@pytest.mark.parametrize(("text", "expected"), [
    ("Georgia and Azerbaijan exchanged detainees on Saturday. Nine detainees were returned to "
     "Georgia and 21 to Azerbaijan, officials said.", {"Azerbaijan": 9, "Georgia": 21}),
    ("Georgia and Azerbaijan exchanged detainees on Saturday. Nine detainees were transferred "
     "from Georgia and 21 from Azerbaijan, officials said.", {"Georgia": 9, "Azerbaijan": 21}),
])
def test_a_count_that_leaves_out_its_verb_moves_to_the_side_it_names(
        text: str, expected: dict[str, int]) -> None:
    """'... and 21 to Azerbaijan': the verb told before moves the 21 too."""
    assert exchange(text) == {f"{SATURDAY}[{side}].count": n for side, n in expected.items()}


def test_a_list_of_countries_releasing_together_acts_as_the_side_it_opens() -> None:
    """Not Poland, the country nearest the verb: the side of the exchange the list names."""
    assert exchange("Russia and the United States carried out a swap on Saturday. Russia freed "
                    "16 prisoners, while the U.S., Germany, Norway, Poland and Slovenia released "
                    "eight Russians.") == {
        f"{SATURDAY}[Russia].count": 16, f"{SATURDAY}[United States].count": 8}


def test_the_other_sides_release_set_beside_a_receiving_count_is_its_own() -> None:
    """'..., while Moscow said 84 Russians were coming home': the 84 are Ukraine's release,
    not an addition to the 95 Russia freed."""
    assert exchange("Russia and Ukraine swapped prisoners on Saturday. Kyiv brought home 95 "
                    "soldiers, while the Russian ministry said 84 Russian servicemen were "
                    "returning home.") == {
        f"{SATURDAY}[Russia].count": 95, f"{SATURDAY}[Ukraine].count": 84}


def test_a_count_told_as_already_returned_is_no_stage() -> None:
    """'Already 1950 Ukrainians returned': everyone so far, not the day's swap of ten."""
    assert exchange("Already 1950 Ukrainians returned from Russian captivity in exchanges. On "
                    "Saturday, another prisoner exchange took place. Ten Ukrainian soldiers "
                    "returned from Russian captivity.") == {f"{SATURDAY}[Russia].count": 10}


@pytest.mark.parametrize(("text", "expected"), [
    ("Five Israeli soldiers were freed in southern Lebanon on Saturday, Hezbollah said.",
     {f"{SATURDAY}[Hezbollah].count": 5}),
    ("Forty Saudi prisoners were released on Saturday in the south-western Yemen, the Houthis "
     "said.", {f"{SATURDAY}[Houthis].count": 40}),
    ("Forty Saudi prisoners were released on Saturday and flown to the United Arab Emirates, "
     "the Houthis said.", {f"{SATURDAY}[Houthis].count": 40}),
    ("Five Israeli soldiers were freed on Saturday, Lebanon's Hezbollah said.",
     {f"{SATURDAY}[Hezbollah].count": 5}),
    ("Forty Saudi prisoners were released on Saturday, Yemen's Houthi movement said.",
     {f"{SATURDAY}[Houthis].count": 40}),
])
def test_a_country_named_as_a_place_or_a_group_s_qualifier_is_no_side(
        text: str, expected: dict[str, object]) -> None:
    """The one side named and the people of the other make the two sides; a country told as
    where it happened ("in the southern Philippines") or as the group's ("Yemen's Houthi
    movement") is neither."""
    assert exchange(text) == expected


def test_the_armed_groups_of_ethiopia_s_and_colombia_s_wars_are_sides() -> None:
    """The TPLF and the ELN free the people they held; unlisted, no side freed them."""
    assert exchange("The Tigray People's Liberation Front (TPLF) has announced the release of "
                    "500 Ethiopian government soldiers on Saturday.") == {
        f"{SATURDAY}[TPLF].count": 500}
    assert exchange("The ELN freed six hostages on Saturday.") == {f"{SATURDAY}[ELN].count": 6}



GOODWILL = ("Russia and Ukraine carried out a prisoner exchange on Saturday, officials said.\n\n"
            "Ukraine sent back 246 Russian soldiers. Russia freed 246 Ukrainian prisoners of "
            "war.\n\n")


def goodwill(by_ukraine: str, by_russia: str) -> dict[str, object]:
    """The facts of GOODWILL and a goodwill swap of 31 for 15, named by their categories."""
    return {f"{SATURDAY}[Ukraine].count": 261, f"{SATURDAY}[Ukraine].breakdown[soldiers]": 246,
            f"{SATURDAY}[Ukraine].breakdown[{by_ukraine}]": 15,
            f"{SATURDAY}[Russia].count": 277,
            f"{SATURDAY}[Russia].breakdown[prisoners of war]": 246,
            f"{SATURDAY}[Russia].breakdown[{by_russia}]": 31}


WOUNDS_WORDED_APART = (
    "In addition, Russia handed over 31 wounded prisoners of war in exchange for 15 injured "
    "Russian soldiers.",
    "As a goodwill gesture, Moscow also transferred 31 seriously injured Ukrainian POWs, while "
    "Kyiv handed back 15 severely wounded Russian servicemen.",
)


@pytest.mark.parametrize("text", WOUNDS_WORDED_APART)
def test_returnees_named_by_their_wounds_are_one_category_however_worded(text: str) -> None:
    """'Injured', 'severely wounded', with their nationality or a noun every returnee shares
    (soldiers, POWs): one category, 'wounded', so outlets that word it apart corroborate it."""
    assert exchange(GOODWILL + text) == goodwill("wounded", "wounded")


def test_a_noun_that_sets_the_wounded_apart_stays_in_their_category() -> None:
    """'Wounded civilians' are not the wounded soldiers: the noun that says who they are stays;
    'sick' is its own condition."""
    assert exchange(GOODWILL + "In addition, Russia handed over 31 wounded civilians in exchange "
                    "for 15 sick Russian soldiers.") == goodwill("sick", "wounded civilians")


def released(**counts: int) -> dict[str, object]:
    """Saturday's release facts: how many each side freed."""
    sides = {"US": "United States"}
    return {f"{SATURDAY}[{sides.get(side, side)}].count": n for side, n in counts.items()}


@pytest.mark.parametrize(("text", "expected"), [
    ("The US released Colombian businessman Jorge Ruiz in exchange for 10 Americans held in "
     "Venezuela on Saturday.", released(US=1, Venezuela=10)),
    ("Jorge Ruiz, a Colombian businessman, was freed by the United States on Saturday in "
     "exchange for 10 Americans.", released(US=1)),
    ("Washington on Saturday freed Colombian-Spanish businessman Jorge Ruiz, part of a deal by "
     "which 10 Americans jailed in Venezuela will be released.",
     {"agreed_total[Venezuela].count": 10, **released(US=1)}),
    ("Belarus on Saturday freed 14 prisoners in exchange for five Belarusians; Polish journalist "
     "Andrzej Nowak walked free with them.", released(Belarus=14)),
    ("The United States freed Russian national Viktor Bout on Saturday in exchange for American "
     "citizen Brittney Griner.", released(US=1)),
])
def test_one_named_person_s_nationality_is_no_side(text: str,
                                                   expected: dict[str, object]) -> None:
    """A wire's "Colombian businessman Jorge Ruiz", a broadcaster's "Jorge Ruiz, a Colombian
    businessman", a paper's "Colombian-Spanish businessman": the passport of the one person
    swapped, not who holds and frees them, so it never becomes the side that freed the other
    group (the US freed Ruiz; the 10 Americans were no Colombian release, but Venezuela's, the
    country they were held in: `test_held_in_a_country`, and the deal's share of it when they
    "will be released"). Nor is Bout's: that Russia freed Griner is the same reading, which the
    article must tell by naming Russia ("held by Russia")."""
    assert exchange(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia freed 15 Ukrainians on Saturday.", released(Russia=15)),
    ("Ukrainian forces handed over 40 Russian soldiers on Saturday.", released(Ukraine=40)),
    ("Russia handed over 15 prisoners on Saturday and got 15 soldiers back, Ukrainian ombudsman "
     "Dmytro Lubinets said.", released(Russia=15, Ukraine=15)),
    ("Venezuela on Saturday freed 10 Americans, and the US released Colombian businessman Jorge "
     "Ruiz.", released(Venezuela=10, US=1)),
])
def test_a_demonym_of_a_group_or_an_official_still_names_a_side(
        text: str, expected: dict[str, object]) -> None:
    """Groups' nationality ("15 Ukrainians", "Russian soldiers"), a side's forces and an
    official speaking for a side ("Ukrainian ombudsman Dmytro Lubinets") still tell the sides."""
    assert exchange(text) == expected
