"""Returnees told by a property, and a side's own people told out of captivity.

"Including 15 seriously wounded" describes people a side got back, not people an attack
hurt: a release told with a side bringing its people home is a release, whatever words of
wounds its parts carry. A part's category ends where the next part's number begins, in
digits or words. "95 of its servicemen returned from captivity", told by a side, is that
side getting its own people back, as "returned home" is. "N of them" are some of the people
their sentence counted before them ("Hamas still holds 76 hostages, 34 of whom are dead"),
not of a release the sentence before told. Each sentence is written for the
test, in a different outlet's style; the last ones are what the rules must leave alone.
"""

from __future__ import annotations

import pytest

from tests.test_rules_exchange import facts

SWAP = "Russia and Ukraine exchanged prisoners on Friday. "
FRIDAY = "exchange.stages[2025-04-18].released"


@pytest.mark.parametrize(("text", "expected"), [
    (SWAP + "Ukraine brought home 95 soldiers from Russian captivity, including 15 seriously "
     "wounded.", {f"{FRIDAY}[Russia].count": 95, f"{FRIDAY}[Russia].breakdown[wounded]": 15}),
    (SWAP + "Kyiv said 95 Ukrainians were freed, including 15 seriously wounded and two "
     "civilians.", {f"{FRIDAY}[Russia].count": 95, f"{FRIDAY}[Russia].breakdown[wounded]": 15,
                    f"{FRIDAY}[Russia].breakdown[civilians]": 2}),
    ("Israel and Hamas exchanged hostages and prisoners on Friday. Israel freed 90 prisoners, "
     "including 12 serving life sentences and 30 arrested in Gaza.",
     {f"{FRIDAY}[Israel].count": 90, f"{FRIDAY}[Israel].breakdown[serving life sentences]": 12,
      f"{FRIDAY}[Israel].breakdown[arrested in Gaza]": 30}),
    # "and" before no number is still the part's own words
    ("Israel and Hamas exchanged hostages and prisoners on Friday. Israel freed 90 prisoners, "
     "including 12 serving life and long sentences.",
     {f"{FRIDAY}[Israel].count": 90,
      f"{FRIDAY}[Israel].breakdown[serving life and long sentences]": 12}),
])
def test_returnees_told_by_a_property_are_parts_of_the_release(
        text: str, expected: dict[str, object]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (SWAP + "Russia said 95 of its servicemen had returned from captivity, among them two "
     "civilians.", {f"{FRIDAY}[Ukraine].count": 95, f"{FRIDAY}[Ukraine].breakdown[civilians]": 2}),
    ("Armenia and Azerbaijan swapped detainees on Friday. Yerevan said 12 of its citizens were "
     "back from Azerbaijani captivity.", {f"{FRIDAY}[Azerbaijan].count": 12}),
    # rescued in a raid: nobody released them
    ("Israel and Hamas agreed a truce on Friday. Israel said four of its citizens had been "
     "rescued from captivity in a raid on Saturday.", {}),
    # the wounded of shelling, received by a hospital, are no one's release
    (SWAP + "A hospital in Kharkiv received 15 wounded after shelling on Friday.", {}),
])
def test_a_side_s_own_people_out_of_captivity_came_back_to_it(
        text: str, expected: dict[str, object]) -> None:
    assert facts(text) == expected


EXCHANGED = ("Hamas freed three hostages on Saturday and Israel released 183 prisoners. ")
SATURDAY = "exchange.stages[2025-04-19].released"


@pytest.mark.parametrize(("text", "expected"), [
    # "of whom" after people held, not freed: no part of the release before
    (EXCHANGED + "Hamas still holds 76 hostages, 34 of whom Israel says are dead.", {}),
    (EXCHANGED + "Israel is thought to hold some 9,000 Palestinians, 30 of them children.", {}),
    # after the released people themselves, a part of their release
    ("Hamas released four Israeli soldiers on Saturday. Israel freed 200 Palestinians, 121 of "
     "them serving life sentences.", {f"{SATURDAY}[Israel].breakdown[serving life sentences]":
                                      121}),
    # told in the sentence after the release, still its part
    (EXCHANGED + "18 of them were serving life sentences.",
     {f"{SATURDAY}[Israel].breakdown[serving life sentences]": 18}),
])
def test_some_of_them_are_some_of_the_people_their_sentence_counted(
        text: str, expected: dict[str, object]) -> None:
    assert {k: v for k, v in facts(text).items() if "breakdown" in k} == expected
