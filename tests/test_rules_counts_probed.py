"""Tolls and weapon counts of an attack, on news wordings written for these tests.

Each row is one way outlets tell (or do not tell) an attack's dead, wounded and weapons: wire
leads, live-page updates, attribution first or last, parts ("including five children"),
launches beside interceptions, strikes and targets that are no weapons, history and a war's
toll, a week's recap and a rate ("up to 100 drones a night") that are no night's count, and
two authorities' tolls in one sentence. A toll another authority gives is the attack told
once more with it (`rival_tolls`), so a path may hold two values, the first told first.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.facts import iter_facts
from summarizer.models import Article
from summarizer.text.time import resolve_extraction

PUBLISHED = dt.date(2025, 5, 24)
FRIDAY = "attacks[2025-05-23]."


def counts(text: str) -> dict[str, object]:
    """Friday's attack's tolls and weapon counts, keyed by their path after the attack's;
    a path the article tells twice (a rival toll) holds both values in order."""
    article = Article(id="t", source="t", published=PUBLISHED, text=text)
    extraction = resolve_extraction(RulesBackend().read(article), PUBLISHED)
    found: dict[str, object] = {}
    for fact in iter_facts(extraction):
        path = fact.path
        if fact.value is None or "weapons_total" in path or not any(
                word in path for word in ("killed", "injured", "weapons")):
            continue
        assert path.startswith(FRIDAY), path
        key = path[len(FRIDAY):]
        if key in found and found[key] != fact.value:
            before = found[key]
            found[key] = (*(before if isinstance(before, tuple) else (before,)), fact.value)
        else:
            found[key] = fact.value
    return found


@pytest.mark.parametrize(("text", "expected"), [
    # AP wire lead
    ('KHARKIV, Ukraine (AP) — A Russian missile strike on a shopping centre in Kharkiv on '
     'Friday killed at least 12 and wounded 40, officials said.',
     {'killed': 12, 'killed.qualifier': 'at least', 'injured': 40}),
    # Reuters two authorities
    ('Israeli air strikes hit a school sheltering displaced families in Gaza City on '
     'Friday. The Gaza health ministry said 23 people were killed, while the civil '
     'defence agency put the toll at 19.',
     {'killed': (23, 19)}),
    # AFP parts
    ('Jihadists attacked the village of Tillia in western Niger on Friday, killing 31 '
     'civilians, including five children, a local official told AFP.',
     {'killed': 31}),
    # Premium Times sustained injuries
    ('The police spokesperson said gunmen attacked a market in Bokkos on Friday. Seven '
     'persons lost their lives while 12 others sustained varying degrees of injuries.',
     {'killed': 7, 'injured': 12}),
    # Times of Israel no casualties
    ('Hezbollah fired rockets at the Galilee on Friday. No casualties were reported, '
     'Magen David Adom said.',
     {'killed': 0, 'injured': 0}),
    # Dawn martyred
    ('At least four soldiers were martyred and six others injured when terrorists '
     'attacked a check post in North Waziristan on Friday, the ISPR said.',
     {'killed': 4, 'killed.qualifier': 'at least', 'injured': 6}),
    # Irrawaddy parts and bounds
    ('Junta airstrikes killed at least eight civilians, including three children, and '
     'injured more than 20 others in Sagaing Region on Friday, residents said.',
     {'killed': 8, 'killed.qualifier': 'at least', 'injured': 20,
      'injured.qualifier': 'more than'}),
    # live page toll rose
    ('Russian missiles struck Dnipro on Friday.\n\n14:35 — The death toll from the strike '
     'on Dnipro has risen to nine, with 43 people injured, the regional governor said.',
     {'killed': 9, 'injured': 43}),
    # TASS attribution last
    ('Ukrainian forces shelled the village of Tyotkino on Friday. As a result of the '
     'shelling, two civilians were killed and four more were wounded, Governor Alexander '
     'Khinshtein wrote on Telegram.',
     {'killed': 2, 'injured': 4}),
    # left dead and wounded
    ('A car bomb exploded outside a police station in Mogadishu on Friday, leaving seven '
     'people dead and 19 wounded, police said.',
     {'killed': 7, 'injured': 19, 'weapons[explosive]': 1}),
    # background earlier attack
    ('A Russian missile hit the centre of Sumy on Friday, killing two people. Last month, '
     'a strike on the same street killed 34 people and injured 117.',
     {'killed': 2, 'weapons[missile]': 1}),
    # war-long toll background
    ('An Israeli strike on a house in Deir el-Balah on Friday killed six people, medics '
     'said. The war has killed more than 53,000 Palestinians, according to the health '
     'ministry.',
     {'killed': 6}),
    # yearly toll background
    ('Gunmen killed three farmers in Benue State on Friday. More than 1,200 people have '
     'been killed in the state since January, according to Amnesty International.',
     {'killed': 3}),
    # missing not dead
    ('Russian bombs hit a village in Kharkiv region on Friday. Rescuers were searching '
     'the rubble, and three people were still missing, the governor said.',
     {}),
    # modal toll
    ('A Russian missile hit an apartment block in Dnipro on Friday, killing four people. '
     'Officials warned that the toll could rise to 20 as rescuers searched the ruins.',
     {'killed': 4, 'weapons[missile]': 1}),
    # among N killed
    ('Three police officers were among 10 people killed when militants stormed a '
     'checkpoint in Balochistan on Friday.',
     {'killed': 10}),
    # Kyiv Independent launches vs downs
    ('Russia launched 60 drones at Ukraine on Friday, 50 of which were shot down, the Air '
     'Force said.',
     {'weapons[drone]': 60}),
    # Times of Israel barrage about
    ('Hezbollah fired a barrage of about 40 rockets at northern Israel on Friday, the '
     'military said, most of which were intercepted.',
     {'weapons[rocket]': 40, 'weapons[rocket].qualifier': 'about'}),
    # strikes on sites are no weapons
    ('Israeli warplanes carried out 73 strikes on 16 sites in southern Lebanon on Friday, '
     'the military said.',
     {}),
    # targets are no weapons
    ('The Israeli military said on Friday it had struck more than 120 Hezbollah targets '
     'over the past day.',
     {}),
    # two types and downed part
    ('Russia attacked Ukraine with 45 Shahed drones and three Iskander-M ballistic '
     "missiles on Friday, Ukraine's air force said, adding that 38 drones were downed.",
     {'weapons[drone]': 45, 'weapons[ballistic missile]': 3}),
    # TASS destroyed only
    ('Air defence systems intercepted and destroyed 24 Ukrainian drones over the Belgorod '
     'region on Friday, the Russian Defence Ministry said.',
     {'weapons[drone]': 24}),
    # shot down N of M
    ('The army said its air defences shot down 18 of the 20 drones launched at Kursk on '
     'Friday.',
     {'weapons[drone]': 20}),
    # some N ballistic missiles
    ('Iran fired some 180 ballistic missiles at Israel on Friday, most of which were '
     'intercepted, the Israeli military said.',
     {'weapons[ballistic missile]': 180, 'weapons[ballistic missile].qualifier': 'about'}),
    # threat is no weapons
    ('Russia struck Kyiv with drones on Friday. Russia could launch as many as 500 drones '
     'in a single night, Zelensky warned.',
     {}),
    # record background
    ('Russia launched 273 drones at Ukraine on Friday, the largest attack since last '
     'November, when it launched 188.',
     {'weapons[drone]': 273}),
    # singular weapons two types
    ('Two Kh-101 cruise missiles and an Iskander ballistic missile struck Kyiv on Friday, '
     'the city administration said.',
     {'weapons[cruise missile]': 2, 'weapons[ballistic missile]': 1}),
    # barrage no count
    ('Hamas fighters fired a barrage of rockets at Ashkelon on Friday, the army said. Two '
     'people were lightly hurt.',
     {'injured': 2}),
    # dozens no count
    ('Russia launched dozens of drones at Kharkiv on Friday, the mayor said.',
     {}),
    # intercepted only stated in first, launched later
    ("Ukraine's air defences downed 31 drones on Friday. In total, Russia launched 42 "
     'drones and two missiles, the Air Force said.',
     {'weapons[drone]': 42, 'weapons[missile]': 2}),
    # rescued alive
    ('A Russian missile hit an apartment block in Kryvyi Rih on Friday, killing three '
     'people. Rescuers pulled 15 people alive from the rubble.',
     {'killed': 3, 'weapons[missile]': 1}),
    # arrests
    ('Gunmen killed five worshippers at a mosque in Kano on Friday. Police said they had '
     'arrested 12 suspects.',
     {'killed': 5}),
    # part of injured in critical
    ('A suicide bomber struck a rally in Bajaur on Friday, killing 18 people and wounding '
     '60. Six of the injured were in critical condition, doctors said.',
     {'killed': 18, 'injured': 60, 'weapons[explosive]': 1}),
    # of the N injured, part
    ('An Israeli strike hit a market in Khan Younis on Friday. Of the 40 people injured, '
     '12 were children, the hospital said.',
     {'injured': 40}),
    # daily territory-wide toll background
    ('An Israeli strike on a school in Gaza City killed 16 people on Friday, medics said. '
     'The health ministry said 87 people had been killed across the territory in the past '
     '24 hours.',
     {'killed': 16}),
    # homes damaged, evacuated
    ('Russian shelling hit Nikopol on Friday. At least 50 homes were damaged and 120 '
     'residents were evacuated, officials said.',
     {}),
    # deadliest since background
    ('A bomb blast at a railway station in Quetta on Friday killed 26 people, the '
     'deadliest attack in the city since a 2016 hospital bombing that killed 70.',
     {'killed': 26, 'weapons[explosive]': 1}),
    # up from earlier
    ('Russian missiles hit Kyiv on Friday. The number of injured rose to 12, up from '
     "eight reported earlier, the city's mayor said.",
     {'injured': 12}),
    # of them children
    ('The strike on the Jabalia camp on Friday wounded 12 people, five of them children, '
     'the civil defence said.',
     {'injured': 12}),
    # including seriously
    ('A Hezbollah drone struck a base near Binyamina on Friday, injuring 14 soldiers, '
     'including three seriously, the army said.',
     {'injured': 14, 'weapons[drone]': 1}),
    # including N Shaheds
    ('Russia used 120 drones in the attack on Friday, including 80 Shaheds, the Air Force '
     'said.',
     {'weapons[drone]': 120}),
    # lost locationally part
    ('Russia launched 62 drones at Ukraine on Friday. Air defences shot down 40 and '
     'another 20 were lost to electronic jamming, the Air Force said.',
     {'weapons[drone]': 62}),
    # weekly total background
    ('Russian drones struck Kharkiv on Friday. Russia has launched more than 1,500 drones '
     'at Ukraine this week, Zelensky said.',
     {}),
    # total including attacker
    ('A suicide bomber blew himself up at a checkpoint in Bannu on Friday. A total of 14 '
     'people, including the bomber, died, police said.',
     {'killed': 14, 'weapons[explosive]': 1}),
    # families displaced
    ('Houthi forces shelled a village in Taiz on Friday, killing two children. The attack '
     'displaced some 300 families, a local official said.',
     {'killed': 2}),
    # percent intercepted
    ('Russia fired 70 drones at Ukraine on Friday. About 90 percent of them were '
     'intercepted, officials said.',
     {'weapons[drone]': 70}),
    # killed soldiers in reply elsewhere
    ('Militants attacked a checkpoint in Khyber on Friday, killing five soldiers. In a '
     'follow-up operation, security forces killed 11 militants, the army said.',
     {'killed': 5}),
    # weekly recap lead
    ('Russia launched 60 drones at Kyiv on Friday. This week alone, Russia used more than '
     '1,000 attack drones, nearly 1,400 guided aerial bombs and 10 missiles of various '
     'types, Zelensky said.',
     {'weapons[drone]': 60}),
    # over the course of this week
    ('Russia launched 60 drones at Kyiv on Friday. Over the course of this week, Russia '
     'launched over 700 drones against Ukraine.',
     {'weapons[drone]': 60}),
    # throughout the week
    ('Russia launched 60 drones at Kyiv on Friday. Throughout the week, Russia launched '
     'almost 1,100 drones.',
     {'weapons[drone]': 60}),
    # in one week
    ('Russia launched 60 drones at Kyiv on Friday. In one week, Russia launched 1,100 '
     'drones at Ukraine.',
     {'weapons[drone]': 60}),
    # so far this week
    ('Russia launched 60 drones at Kyiv on Friday. So far this week, Russia has launched '
     '900 drones.',
     {'weapons[drone]': 60}),
    # over the week, attribution last
    ('Russia launched 60 drones at Kyiv on Friday. Russia launched 900 drones over the '
     'week, the Air Force said.',
     {'weapons[drone]': 60}),
    # past week lead, two types
    ('Russian drones struck Kharkiv on Friday. Over the past week, Russia launched about '
     '1,200 drones and 50 missiles at Ukraine, Zelensky said.',
     {}),
    # rate a night
    ('Russia launched 60 drones at Kyiv on Friday. Russia now launches up to 300 drones a '
     'night, officials say.',
     {'weapons[drone]': 60}),
    # rate per night
    ('Russian drones hit Kharkiv on Friday. Russia fires up to 100 drones per night at '
     'Ukraine.',
     {}),
    # rate every night
    ('Russian drones hit Kharkiv on Friday. Russia launches an average of 150 drones '
     'every night.',
     {}),
    # toll this week across
    ('Russian strikes killed three people in Kharkiv on Friday. Russian attacks killed 15 '
     'civilians across Ukraine this week, officials said.',
     {'killed': 3}),
    # toll rate a day
    ('Russian shelling hit Kherson on Friday. Shelling kills two civilians a day in '
     'Kherson, the governor said.',
     {}),
    # leave: second attack this week
    ('In the second attack on Kyiv this week, Russian drones killed five people on '
     'Friday.',
     {'killed': 5}),
    # leave: second such attack in a week
    ('Russia launched 60 drones and two missiles at Kyiv on Friday, the second such '
     'attack in a week.',
     {'weapons[drone]': 60, 'weapons[missile]': 2}),
    # leave: in a single night
    ('Russia launched a record 700 drones in a single night on Friday, the Air Force '
     'said.',
     {'weapons[drone]': 700}),
    # leave: a day after
    ('Russia launched 60 drones at Kyiv on Friday, a day after talks in Istanbul.',
     {'weapons[drone]': 60}),
    # leave: over the past day
    ('Russia launched 60 drones at Kyiv on Friday. Over the past day, Russia launched 120 '
     'drones, the Air Force said.',
     {'weapons[drone]': 120}),
    # but police put the toll at
    ('Gunmen attacked a market in Maiduguri on Friday. Residents said 40 people died, but '
     'police put the death toll at 25.',
     {'killed': (40, 25)}),
    # but residents put the toll at (larger)
    ('Russian missiles hit Kharkiv on Friday. Police said 25 people died, but residents '
     'put the toll at 40.',
     {'killed': (25, 40)}),
    # whereas the UN puts
    ('Gunmen attacked a village in Zamfara on Friday. The state government said 16 people '
     'were killed, whereas the local council puts the toll at 22.',
     {'killed': (16, 22)}),
    # leave: which put the toll at
    ('Russian missiles hit Kharkiv on Friday. Three more people died in hospital, which '
     'put the toll at 23.',
     {'killed': 23}),
    # leave: another two, governor put
    ('Russian missiles hit Kharkiv on Friday. Another two people died in hospital, and '
     'the governor put the toll at 23.',
     {'killed': 23}),
    # leave: putting the toll at
    ('Russian missiles hit Kharkiv on Friday. Two people died in hospital overnight, '
     'putting the toll at 23.',
     {'killed': 23}),
    # according to, but puts
    ('Gunmen attacked a bus in Kurram on Friday. According to medics, 12 people were '
     'killed, but the interior ministry puts the toll at nine.',
     {'killed': (12, 9)}),
    # claimed, but the army put
    ('Militants stormed a base in Menaka on Friday. The militants claimed 50 soldiers '
     'died, but the army put the death toll at 12.',
     {'killed': (50, 12)}),
])
def test_counts_as_a_careful_reader_takes_them(text: str, expected: dict[str, object]) -> None:
    assert counts(text) == expected
