"""Attack counts read by the noun their number counts (issue 19, `misassign`): a weapon
count's number whose own noun is no weapon, some of the weapons, a number that describes
a thing by a hyphen, and a rival weapon word that only describes the fact's own weapon.

Every sentence is written for the test, in several outlets' styles, with the sentences
each check must leave alone: the right reading stays supported.
"""

from __future__ import annotations

import pytest

from summarizer.models import ArticleExtraction, Attack, Evidence, WeaponCount
from tests.test_attack_misassign import DAY, path, toll, weapon
from tests.test_scope import flagged


@pytest.mark.parametrize(("text", "kind", "count", "attacker", "expected"), [
    ("Drone debris damaged at least seven units of a housing block, the governor said.",
     "drone", 7, "Ukraine", path("drone")),
    ("The drone raid caused 36 flight diversions at three major airports.", "drone", 3,
     "Ukraine", path("drone")),
    ("The drone raid caused 36 flight diversions at three major airports.", "drone", 36,
     "Ukraine", path("drone")),
    ("Shelling with rockets left four Gaza hospitals without power on Monday.", "rocket", 4,
     "Israel", path("rocket")),
    ("The ministry said the block was damaged by a Tochka-U missile fragment.", "missile", 1,
     "Ukraine", path("missile")),
    ("Militants fired from two rocket launchers hidden in an orchard.", "rocket", 2, "Hamas",
     path("rocket")),
    # the noun is the weapon's, or there is none
    ("Russia launched 45 Shahed-type attack drones overnight, the air force said.", "drone",
     45, "Russia", []),
    ("Russia launched six S-300 air defence missiles at Kharkiv before dawn.", "missile", 6,
     "Russia", []),
    ("Hamas fired 30 rockets at Ashkelon on Sunday.", "rocket", 30, "Hamas", []),
    ("Russia launched a 20-drone attack on the port city.", "drone", 20, "Russia", []),
    ("Air defences shot down 20 drones, 14 over the Moscow region.", "drone", 20, "Ukraine",
     []),
])
def test_a_number_whose_noun_is_no_weapon_is_no_weapon_count(
        text: str, kind: str, count: int, attacker: str, expected: list[str]) -> None:
    targets = ("Russia",) if attacker == "Ukraine" else ("Ukraine",)
    assert weapon(text, kind, count, attacker=attacker, targets=targets) == expected


@pytest.mark.parametrize(("text", "kind", "count", "expected"), [
    ("Kyiv said five of the missiles struck their targets in the west.", "cruise missile",
     5, path("cruise missile")),
    ("At least three of the missiles hit the air base, state media claimed.", "missile", 3,
     path("missile")),
    ("Officials said 12 of these drones were downed over the sea.", "drone", 12,
     path("drone")),
    # all of them, or a side's own
    ("The army said two of its drones had struck the village by mistake.", "drone", 2, []),
    ("Air defences shot down all 45 of the drones, the ministry said.", "drone", 45, []),
    ("Russia fired 40 missiles, the air force said.", "missile", 40, []),
])
def test_some_of_the_weapons_is_no_weapon_count(text: str, kind: str, count: int,
                                               expected: list[str]) -> None:
    assert weapon(text, kind, count) == expected


@pytest.mark.parametrize(("text", "field", "count", "expected"), [
    ("Rescuers searched the rubble of a collapsed two-story wing, where 9 were killed.",
     "killed", 2, ["attacks[2024-01-01].killed"]),
    ("The strike brought down a ten-storeyed block and injured 40 people.", "injured", 10,
     ["attacks[2024-01-01].injured"]),
    # the count itself
    ("The strike brought down a ten-storeyed block and injured 40 people.", "injured", 40,
     []),
    ("Twenty-five people were killed in the overnight strike.", "killed", 25, []),
])
def test_a_number_that_describes_a_thing_is_no_toll(text: str, field: str, count: int,
                                                   expected: list[str]) -> None:
    assert toll(text, field, count) == expected


@pytest.mark.parametrize(("text", "kind", "count", "attacker", "expected"), [
    ("A bomb drone launched by the rebels exploded over the city centre.", "drone", 1,
     "Houthis", []),
    ("Two soldiers were killed when an explosive drone hit their base.", "drone", 1,
     "Hezbollah", []),
    ("Moscow said it had been shooting down 32 Ukrainian drones since midnight.", "drone",
     32, "Ukraine", []),
    ("Explosive-laden drones, 14 in all, were launched at the port.", "drone", 14, "Russia",
     []),
    # another weapon's words
    ("The city was hit in a missile and drone attack overnight.", "drone", 1, "Russia",
     path("drone")),
    ("A gunman was shooting 12 rounds at the crowd.", "firearm", 12, "Hamas", path("firearm")),
])
def test_a_rival_word_describing_the_weapon_is_no_rival(
        text: str, kind: str, count: int, attacker: str, expected: list[str]) -> None:
    targets = ("Russia",) if attacker == "Ukraine" else ("Ukraine",)
    assert weapon(text, kind, count, attacker=attacker, targets=targets) == expected


@pytest.mark.parametrize(("text", "targets", "regions", "expected"), [
    ("Officials earlier reported shooting down 32 drones over the country's Moscow, Oryol "
     "and Kursk regions.", ("Belgorod",), ("Belgorod",), path("drone")),
    ("Russian air defences destroyed 40 drones over the Voronezh region overnight.",
     ("Belgorod",), (), path("drone")),
    # over the attack's own places, or over places that lie in its target, or none named
    ("Officials earlier reported shooting down 32 drones over the country's Moscow, Oryol "
     "and Kursk regions.", ("Russia",), ("Moscow",), []),
    ("Air defences destroyed 40 drones over the Kursk region, the governor said.",
     ("Russia",), (), []),
    ("Air defences destroyed 40 drones over the capital, the mayor said.", ("Belgorod",), (),
     []),
    # the target's share of a wider night, in a list; the target alone
    ("The army downed 40 drones around Moscow and another 70 over the Kursk region.",
     ("Moscow",), ("Moscow", "Kursk"), path("drone")),
    ("The army downed 40 drones around Moscow and another 70 over the Kursk region.",
     ("Moscow",), ("Moscow",), []),
])
def test_a_tally_placed_over_none_of_the_attacks_places_is_anothers(
        text: str, targets: tuple[str, ...], regions: tuple[str, ...],
        expected: list[str]) -> None:
    assert weapon(text, "drone", 32 if "32" in text else 40, "Ukraine", targets,
                  regions) == expected


@pytest.mark.parametrize(("text", "count", "expected"), [
    ("Tehran's attack came in two waves: the first salvo included nine missiles, all shot "
     "down.", 9, path("missile")),
    ("The second wave was made up of 12 missiles, officials said.", 12, path("missile")),
    # the whole attack
    ("Iran fired 21 missiles at the base in two waves, officials said.", 21, []),
])
def test_one_waves_weapons_are_no_attacks_count(text: str, count: int,
                                               expected: list[str]) -> None:
    assert weapon(text, "missile", count, attacker="Iran", targets=("Qatar",)) == expected


def _impact(article: str, evidence: str, kind: str) -> list[str]:
    attack = Attack(date=DAY, attacker="Hamas", targets=["Israel"], evidence=Evidence(
        text=evidence), weapons=[WeaponCount(type=kind, count=1, evidence=Evidence(
            text=evidence))])
    return flagged(article, ArticleExtraction(attacks=[attack]))


@pytest.mark.parametrize(("article", "evidence", "kind", "expected"), [
    ("Hamas fired eight rockets at Israel on Sunday. In Holon, at least one rocket struck a "
     "parking lot, police said.", "In Holon, at least one rocket struck a parking lot, police "
     "said.", "rocket", path("rocket")),
    ("Hamas drones hit Israel overnight, dozens of drones in all. A black drone was found "
     "in a field near Sderot.", "A black drone was found in a field near Sderot.", "drone",
     path("drone")),
    ("Hamas pounded Israel with a rocket at dawn and fired 30 rockets at the south by noon.",
     "Hamas pounded Israel with a rocket at dawn and fired 30 rockets at the south by noon.",
     "rocket", path("rocket")),
    ("Hamas launched 12 drones overnight. Channels reported that a drone attacked a police "
     "building in Sderot.", "Channels reported that a drone attacked a police building in "
     "Sderot.", "drone", path("drone")),
    ("Hamas fired 40 rockets on Monday; one rocket targeted the power station in Ashkelon.",
     "Hamas fired 40 rockets on Monday; one rocket targeted the power station in Ashkelon.",
     "rocket", path("rocket")),
    # an attack of one weapon, told alone
    ("A Hamas drone hit a house in northern Israel on Sunday, the army said. Nobody was hurt.",
     "A Hamas drone hit a house in northern Israel on Sunday, the army said.", "drone", []),
    ("Hamas launched a rocket at Israel on Monday; it struck an empty school.",
     "Hamas launched a rocket at Israel on Monday; it struck an empty school.", "rocket", []),
    ("A Hamas drone targeted an army post near Gaza on Sunday, the army said.",
     "A Hamas drone targeted an army post near Gaza on Sunday, the army said.", "drone", []),
])
def test_one_weapons_impact_is_no_count_where_the_article_counts_more(
        article: str, evidence: str, kind: str, expected: list[str]) -> None:
    assert _impact(article, evidence, kind) == expected


@pytest.mark.parametrize(("text", "count", "expected"), [
    ("Kyiv launched its largest drone raid on the capital since the war began two and a "
     "half years ago.", 2, path("drone")),
    ("Drones have struck the refinery repeatedly over the past one and a half months.", 1,
     path("drone")),
    ("The port has faced drone attacks for 3 and a half weeks, the mayor said.", 3,
     path("drone")),
    # a count that a half follows is still a count
    ("Russia launched two drones and a half-dozen missiles at the port.", 2, []),
])
def test_a_span_and_a_half_is_no_count(text: str, count: int, expected: list[str]) -> None:
    assert weapon(text, "drone", count) == expected


@pytest.mark.parametrize(("text", "count", "expected"), [
    ("A drone struck the \u2018Tower 22\u2019 outpost near the border overnight.", 22,
     path("drone")),
    ("The missile hit a road leading to Terminal 3, the airport's busiest.", 3,
     path("drone")),
    ("Prosecutors opened a case under Part 2 of Article 438 after drones hit the city.", 438,
     path("drone")),
    ("The drone strike was the deadliest since the 2019 Pulwama attack, police said.", 2019,
     path("drone")),
    ("Drones hit the campus where the 2002 Hebrew University bombing took place.", 2002,
     path("drone")),
    # a count after a name
    ("It was a hard night for all of Ukraine 250 strike drones and 14 missiles.", 250, []),
    ("Air defences over the Kursk region downed 22 drones.", 22, []),
])
def test_a_number_in_a_name_is_no_count(text: str, count: int, expected: list[str]) -> None:
    assert weapon(text, "drone", count) == expected


def test_an_elided_verbs_count_after_a_name_stays_a_count() -> None:
    assert weapon("Russia fired 40 drones at Odesa and Ukraine 25 at Belgorod.", "drone", 25,
                  attacker="Ukraine", targets=("Russia",)) == []


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("An AFP correspondent in Rafah saw rockets being fired towards Israel.", "rocket",
     path("rocket")),
    ("A Hamas spokesman said rockets were fired at Ashkelon in response.", "rocket",
     path("rocket")),
    ("Drones struck the port, according to an Agence France-Presse (AFP) tally of reports.",
     "drone", path("drone")),
    # the 'a' of the weapon, or of one event
    ("A Shahed drone hit an apartment block in the city overnight.", "drone", []),
    ("An Iskander hit the airfield before dawn, the army said.", "ballistic missile", []),
])
def test_an_a_before_a_name_counts_its_noun(text: str, kind: str, expected: list[str]) -> None:
    attacker, targets = ("Hamas", ("Israel",)) if kind == "rocket" else ("Russia", ("Ukraine",))
    assert weapon(text, kind, 1, attacker=attacker, targets=targets) == expected
