"""Which attacks a report tells, and who made them, on sentences written for these tests in
several outlets' styles (wire leads, live pages, datelines): a strike and the reply, two sides'
strikes in one sentence, a passive strike and its agent, a claim told after the attack, a
memorial counted from an old strike, a side and its verb with the day between them, what a
vow or a denial answers, and the side a clause after the attack blames. Each reading is
(date, attacker, targets, regions) per attack; the sentences a rule must leave alone sit
beside those it reads.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article
from summarizer.text.time import resolve_extraction

SATURDAY = dt.date(2025, 5, 24)
Reading = tuple[str | None, str | None, list[str], list[str]]


def attacks(text: str) -> list[Reading]:
    article = Article(id="t", source="t", published=SATURDAY, text=text)
    return [(a.date.isoformat() if a.date else None, a.attacker, a.targets, a.regions)
            for a in resolve_extraction(RulesBackend().read(article), SATURDAY).attacks]


@pytest.mark.parametrize(("text", "expected"), [
    # plain leads, a reply, a separate side's strike, background, threats and plans
    ("Russian missiles struck Kharkiv on Friday, damaging a hospital, the regional "
     "governor said.",
     [("2025-05-23", "Russia", ["Kharkiv"], ["Kharkiv"])]),
    ("Israeli jets struck southern Lebanon on Friday. Hezbollah responded with a "
     "barrage of rockets at northern Israel, the military said.",
     [("2025-05-23", "Israel", ["Lebanon"], ["southern Lebanon"]),
      ("2025-05-23", "Hezbollah", [], ["northern Israel"])]),
    ("Russia launched drones at Odesa and Kyiv overnight into Friday, officials said.",
     [("2025-05-23", "Russia", ["Odesa"], ["Odesa", "Kyiv"])]),
    ("A Russian drone hit an apartment block in Sumy on Friday. Last month's missile "
     "strike on the city killed 35 people.",
     [("2025-05-23", "Russia", ["Sumy"], ["Sumy"])]),
    ("The Houthis said on Friday they would strike any ship heading to Israeli ports.",
     []),
    ("Ukraine blamed Russia for a missile attack on Dnipro on Friday that killed three "
     "people.",
     [("2025-05-23", "Russia", ["Dnipro"], ["Dnipro"])]),
    ("Unidentified gunmen opened fire on a bus in Kurram district on Friday, killing "
     "eight passengers, officials said.",
     [("2025-05-23", "gunmen", [], ["Kurram"])]),
    ("Ukrainian drones attacked Belgorod region on Friday, Governor Vyacheslav Gladkov "
     "said. The Russian Defence Ministry said air defences intercepted 30 drones.",
     [("2025-05-23", "Ukraine", ["Belgorod"], ["Belgorod"])]),
    ("At least six soldiers were martyred when terrorists attacked a check post in "
     "North Waziristan on Friday, the ISPR said.",
     [("2025-05-23", "terrorists", ["North Waziristan"], ["North Waziristan"])]),
    ("Israel would strike Iran's nuclear sites if talks fail, a senior official said on"
     " Friday.",
     []),
    ("Police said on Friday they had foiled a plot to bomb a synagogue in Berlin.",
     []),
    ("A hospital in Gaza City was struck on Friday, Palestinian health officials said, "
     "blaming Israel.",
     [("2025-05-23", "Israel", ["Gaza City"], ["Gaza City"])]),
    ("Russian shelling killed two people in Kherson on Friday, while a Ukrainian drone "
     "struck an oil depot in Russia's Bryansk region.",
     [("2025-05-23", "Russia", ["Kherson"], ["Kherson"]),
      ("2025-05-23", "Ukraine", [], ["Bryansk"])]),
    ("Al-Shabab said it carried out a suicide attack on a military base in Mogadishu on"
     " Friday.",
     [("2025-05-23", "al-Shabab", ["Mogadishu"], ["Mogadishu"])]),
    ("Russian missiles and drones struck Kyiv, Lviv and Ternopil on Friday, Ukrainian "
     "officials said.",
     [("2025-05-23", "Russia", ["Kyiv"], ["Kyiv", "Lviv", "Ternopil"])]),
    # the agent of a passive strike is its attacker
    ("A power plant in Kryvyi Rih was struck by Russian missiles on Friday.",
     [("2025-05-23", "Russia", ["Kryvyi Rih"], ["Kryvyi Rih"])]),
    ("A school in Kharkiv was shelled by Russian forces on Friday, killing two.",
     [("2025-05-23", "Russia", ["school"], ["Kharkiv"])]),
    ("Two apartment blocks in Odesa were struck by Russian drones overnight, the "
     "governor said.",
     [("2025-05-23", "Russia", ["Odesa"], ["Odesa"])]),
    ("Israel was attacked by Iran with 180 ballistic missiles on Tuesday.",
     [("2025-05-20", "Iran", ["Israel"], [])]),
    # a claim that names no attack is of the attack just told; a side named keeps it
    ("A car bomb exploded near a police station in Quetta on Friday. The Balochistan "
     "Liberation Army claimed responsibility.",
     [("2025-05-23", "Balochistan Liberation Army", [], ["Quetta"])]),
    ("Gunmen stormed a hotel in Kismayo on Friday. Al-Shabab later claimed "
     "responsibility in a statement on its radio station.",
     [("2025-05-23", "al-Shabab", [], [])]),
    ("A suicide bomber struck a checkpoint in Mogadishu on Friday, killing six "
     "soldiers. Al-Shabab claimed responsibility, saying it had targeted government "
     "forces.",
     [("2025-05-23", "al-Shabab", ["Mogadishu"], ["Mogadishu"])]),
    ("Two explosions hit a shrine in Kerman on Friday. The Islamic State group claimed "
     "responsibility via its Amaq news agency.",
     [("2025-05-23", "Islamic State", ["Kerman"], ["Kerman"])]),
    ("Israeli jets struck Beirut on Friday. Hezbollah claimed responsibility.",
     [("2025-05-23", "Israel", ["Beirut"], ["Beirut"])]),
    ("Israeli jets struck Beirut on Friday. Hezbollah claimed responsibility for rocket"
     " fire on Metula.",
     [("2025-05-23", "Israel", ["Beirut"], ["Beirut"])]),
    # a span of a week or more counted from a strike tells history; a day does not
    ("Ukrainians on Friday marked a year since the Russian missile strike on Okhmatdyt "
     "children's hospital in Kyiv.",
     []),
    ("Kyiv held a memorial on Friday, a week after the Russian strike on a hospital.",
     []),
    ("Friday marked two months since the Israeli strike on a school in Nuseirat.",
     []),
    ("The toll rose to 20 on Friday, a day after the Russian strike on Dnipro.",
     [(None, "Russia", [], [])]),
    ("Russian missiles struck Kyiv on Friday, two days after a drone attack on Odesa.",
     [("2025-05-23", "Russia", ["Kyiv"], ["Kyiv"])]),
    # the day told between a side and its verb; not "last week"
    ("Russia on Friday launched 90 drones at Kyiv, officials said.",
     [("2025-05-23", "Russia", ["Kyiv"], ["Kyiv"])]),
    ("Israel on Friday struck a school in Nuseirat, killing 12.",
     [("2025-05-23", "Israel", ["Nuseirat"], ["Nuseirat"])]),
    ("Suspected bandits on Friday attacked Kankara community in Katsina State.",
     [("2025-05-23", "bandits", ["Katsina"], [])]),
    ("The Houthis early on Friday fired a ballistic missile at Tel Aviv.",
     [("2025-05-23", "Houthis", ["Tel Aviv"], ["Tel Aviv"])]),
    ("Russia, on May 23, launched missiles at Odesa.",
     [("2025-05-23", "Russia", ["Odesa"], ["Odesa"])]),
    ("Russia last week launched 90 drones at Kyiv, officials said.",
     []),
    # what a vow, denial, warning or call answers, told after it, happened; a tense keeps it unreal
    ("Russia denied targeting civilians after a strike on Kramatorsk on Friday killed "
     "five people.",
     [("2025-05-23", None, ["Kramatorsk"], ["Kramatorsk"])]),
    ("Kyiv vowed revenge after Russian missiles struck Odesa on Friday, killing four.",
     [("2025-05-23", "Russia", ["Odesa"], ["Odesa"])]),
    ("The UN called for calm following a Russian strike on a hospital in Kharkiv on "
     "Friday.",
     [("2025-05-23", "Russia", ["Kharkiv"], ["Kharkiv"])]),
    ("Hezbollah warned of a response after an Israeli drone strike killed a commander "
     "in Tyre on Friday.",
     [("2025-05-23", "Israel", ["Tyre"], ["Tyre"])]),
    ("Israel will respond after any Iranian attack on Haifa, officials said on Friday.",
     []),
    ("Hamas threatened to fire rockets at Tel Aviv after Israeli troops raided Jenin on"
     " Friday.",
     [("2025-05-23", "Israel", ["Jenin"], ["Jenin"])]),
    # blamed in a clause after the attack: the side blamed is its attacker
    ("A blast hit a market in Quetta on Friday, which police blamed on the Balochistan "
     "Liberation Army.",
     [("2025-05-23", "Balochistan Liberation Army", ["Quetta"], ["Quetta"])]),
    ("Five people died in a drone strike on Kursk on Friday that Moscow blamed on "
     "Ukraine.",
     [("2025-05-23", "Ukraine", ["Kursk"], ["Kursk"])]),
    ("A strike on a hospital in Gaza City on Friday killed 12, an attack Palestinian "
     "officials blamed on Israel.",
     [("2025-05-23", "Israel", ["Gaza City"], ["Gaza City"])]),
    ("Iran vowed to retaliate after the strike on its consulate in Damascus on Friday, "
     "which it blamed on Israel.",
     [("2025-05-23", "Israel", [], ["Damascus"])]),
    ("Russian missiles hit Kharkiv's power grid on Friday, causing blackouts that "
     "officials blamed on poor repairs.",
     [("2025-05-23", "Russia", ["Kharkiv"], ["Kharkiv"])]),
])
def test_the_attacks_a_report_tells(text: str, expected: list[Reading]) -> None:
    assert attacks(text) == expected
