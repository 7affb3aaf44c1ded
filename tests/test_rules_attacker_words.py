"""The offline extractor on the words that name who struck: a side named by its forces, and
a demonym that only tells where a strike landed or who reported it. Every text here is written
for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article
from summarizer.text.time import resolve_extraction

SATURDAY = dt.date(2025, 5, 24)


def attackers(text: str) -> list[str | None]:
    article = Article(id="t", source="t", published=SATURDAY, text=text)
    return [a.attacker for a in resolve_extraction(RulesBackend().read(article), SATURDAY).attacks]


@pytest.mark.parametrize("text", [
    "The Kursk and Bryansk regions of Russia came under heavy drone attacks overnight, the "
    "governors said on Saturday.",
    "Russian Telegram channels report drone strikes on an oil depot in Bryansk on Friday.",
    "Russian towns along the border faced heavy shelling on Friday, officials said.",
])
def test_a_demonym_that_a_strike_befell_or_that_tells_of_it_is_no_attacker(text: str) -> None:
    """The demonym is the subject of what befell it or of the report, not the strike's side."""
    assert "Russia" not in attackers(text)


@pytest.mark.parametrize(("text", "attacker"), [
    ("A junta airstrike on a village in Sagaing region killed 20 people on Friday, residents "
     "said.", "Myanmar"),
    ("Regime jets bombed a crowded market in Idlib on Friday, killing nine people, rescuers "
     "said.", "Syria"),
    ("Myanmar's military has stepped up air strikes since the coup.\n\nA junta airstrike on a "
     "village in Sagaing on Friday killed 20 people.", "Myanmar"),
    ("Myanmar's military government has stepped up its air war.\n\nMilitary aircraft bombed a "
     "school in Sagaing region on Friday, killing 20 people, a rebel group said.", "Myanmar"),
    ("Fighting between the Sudanese army and the RSF has raged for two years.\n\nAn army drone "
     "struck a fuel depot in Nyala on Friday, killing 15 people.", "Sudan"),
    ("The Israeli military has widened its campaign.\n\nThe military said it struck a weapons "
     "depot near Tyre on Friday.", "Israel"),
    ("A Russian Su-34 dropped guided bombs on Kharkiv on Friday, killing four people.", "Russia"),
    ("Government forces shelled rebel-held areas of Idlib on Friday, killing nine civilians, "
     "rescuers said.", "Syria"),
    ("The Syrian army said its air force struck militant positions in Idlib on Friday.",
     "Syria"),
    ("Russia's drones struck Kharkiv on Friday, killing four people.", "Russia"),
])
def test_a_side_named_by_its_forces_is_the_attacker(text: str, attacker: str) -> None:
    """The forces' noun alone names the country the article names them with; a junta or a
    regime, the country its strikes hit."""
    assert attackers(text) == [attacker]


@pytest.mark.parametrize("text", [
    "The Arakan Army said it shelled a junta base near Sittwe on Friday.",
    "Hamas's military wing said it fired rockets at Sderot on Friday.",
    "The Israeli army and the Lebanese army traded accusations.\n\nThe army said it struck a "
    "depot near Tyre on Friday.",
    "A military airstrike hit a house in Gaza on Friday, killing six people.",
])
def test_a_forces_noun_another_name_owns_or_two_countries_share_names_no_state(
        text: str) -> None:
    """"The Arakan Army" and "Hamas's military wing" are not a state's forces; with two
    countries' forces named by the noun in the article, or none named and a place's country
    that a junta does not rule, the noun names no side."""
    assert not {"Myanmar", "Israel", "Lebanon", "Palestine"} & set(attackers(text))


@pytest.mark.parametrize(("text", "attacker"), [
    ("Russian troops have shelled Kherson on Friday, killing two people.", "Russia"),
    ("Israeli forces have reportedly hit Khan Younis with airstrikes on Friday.", "Israel"),
    ("Israel has reportedly struck Hodeidah on Friday, Houthi media said.", "Israel"),
])
def test_a_side_told_striking_in_the_perfect_tense_is_the_attacker(
        text: str, attacker: str) -> None:
    assert attackers(text) == [attacker]


def test_a_forces_noun_names_only_the_country_named_with_that_noun() -> None:
    """The Lebanese army, named beside another side's strikes, does not make the military
    that struck Lebanon's."""
    text = ("The Lebanese army deployed troops to the border last week.\n\nThe military said it "
            "struck a weapons depot near Tyre on Friday.")
    assert "Lebanon" not in attackers(text)


@pytest.mark.parametrize(("text", "country"), [
    ("A missile launched by Yemen-based Houthis struck a park in Jaffa on Saturday, injuring "
     "16 people.", "Yemen"),
    ("Israel blamed the Lebanon-based militant group for Saturday's rocket attack on Majdal "
     "Shams, which killed 12 children.", "Lebanon"),
    ("Police blamed the Pakistan-headquartered group for the bombing in Quetta on Friday, "
     "which killed 26 people.", "Pakistan"),
])
def test_where_a_group_is_based_names_no_attacker(text: str, country: str) -> None:
    """The country before "-based" only says where the group that struck sits."""
    assert country not in attackers(text)


def test_a_group_named_with_its_base_is_the_attacker() -> None:
    """"Yemen-based Houthis" are the Houthis, as "Iran-backed Houthis" are."""
    assert attackers("A missile launched by Yemen-based Houthis struck a park in Jaffa on "
                     "Saturday, injuring 16 people.") == ["Houthis"]


def test_a_group_named_with_its_base_and_its_own_verb_keeps_its_name() -> None:
    """A place ("Gaza") before "-based" leaves the group that struck its own name."""
    assert attackers("The Gaza-based Islamic Jihad fired rockets at Sderot on Friday, the army "
                     "said.") == ["Palestinian Islamic Jihad"]


@pytest.mark.parametrize("text", [
    "The Hezbollah commander targeted in the airstrike was named by the group on Saturday.",
    "The Iranian general targeted in Friday's strike on Damascus was buried on Saturday.",
    "Several Hamas fighters struck in the raid on Friday were wounded, the army said.",
    "A Russian fuel depot hit by drones burned through Friday night, officials said.",
])
def test_a_side_named_with_what_a_strike_hit_is_not_its_attacker(text: str) -> None:
    """"targeted in the airstrike", "hit by drones": a participle; the side before it is the
    target's."""
    assert not {"Hezbollah", "Iran", "Hamas", "Russia"} & set(attackers(text))


@pytest.mark.parametrize(("text", "attacker"), [
    ("Israeli jets struck in southern Lebanon on Friday, killing three people.", "Israel"),
    ("Hezbollah fighters attacked an army post near Metula on Friday.", "Hezbollah"),
    ("Israeli jets struck in a predawn raid on Rafah on Friday, killing nine people.", "Israel"),
])
def test_a_side_that_struck_in_a_place_is_still_the_attacker(text: str, attacker: str) -> None:
    assert attackers(text) == [attacker]


@pytest.mark.parametrize(("text", "attacker"), [
    ("Houthi forces in Yemen said they launched a ballistic missile at Tel Aviv on Saturday.",
     "Houthis"),
    ("Russian troops in Kursk said they shelled Ukrainian positions near Sudzha on Saturday.",
     "Russia"),
    ("Hamas fighters in Gaza said they fired rockets at Sderot on Saturday.", "Hamas"),
])
def test_a_side_whose_forces_a_place_locates_claims_the_strike(text: str, attacker: str) -> None:
    """"in Yemen" only says where the forces are: the side they belong to claims the strike,
    not the country they are in."""
    assert attackers(text) == [attacker]
