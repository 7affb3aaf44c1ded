"""Which day each attack an article tells happened, read against the publication day: weekdays
in wire leads and datelines, nights ("overnight", "the night of 3-4 April", "overnight into
Monday": the night's start), ends of days ("early Thursday", "late on Saturday", "before dawn
on Thursday", "shortly before midnight on Saturday"), "yesterday", a report's or an
aftermath's day beside the attack's, a toll's day beside its strike's ("Saturday's strike"),
and a strike told only as some days before ("a strike three days ago", "strikes over the
weekend"), which no date can be read from; a lead sentence's own date ("on Sunday, 25 May
2025 ...") is the event's, not a dateline's.

The sentences are the test's own, in several outlets' styles; the last ones are sentences the
rules must leave alone (a deed told before an earlier strike, "before" a truce).
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article
from summarizer.text.time import resolve_extraction


def may(day: int) -> dt.date:
    """A day of May 2025, the month most of the table is published in."""
    return dt.date(2025, 5, day)


def attack_days(text: str, published: dt.date) -> list[str | None]:
    article = Article(id="t", source="t", published=published, text=text)
    return [str(a.date) if a.date else None
            for a in resolve_extraction(RulesBackend().read(article), published).attacks]


@pytest.mark.parametrize(("published", "text", "expected"), [
    (may(24),
     'KYIV, Ukraine (AP) — Russia launched a barrage of drones and missiles at Kyiv on '
     'Friday, killing at least four people, officials said.',
     ['2025-05-23']),  # ap-dateline-friday
    (may(25),
     'KYIV, May 25 (Reuters) - Russia attacked Ukraine with 90 drones overnight, killing '
     'two people in the Kharkiv region, officials said on Sunday.',
     ['2025-05-24']),  # reuters-overnight-said-sunday
    (may(26),
     'Russia attacked Odesa overnight into Monday, injuring six people, Governor Oleh '
     'Kiper said.',
     ['2025-05-25']),  # ki-overnight-into-monday
    (dt.date(2025, 4, 5),
     'At least 18 people, including nine children, were killed in a Russian missile strike'
     ' on Kryvyi Rih on the night of 3-4 April, officials said.',
     ['2025-04-04']),  # bbc-night-of-3-4
    (may(22),
     'Israeli air strikes killed at least 25 people across Gaza early Thursday, according '
     'to health officials.',
     ['2025-05-22']),  # aj-early-thursday
    (may(25),
     'A rocket fired from Gaza struck an open area near Sderot late on Saturday, causing '
     'no injuries, the IDF said.',
     ['2025-05-24']),  # toi-late-on-saturday
    (may(26),
     'Gunmen killed 12 villagers in an attack on Yelwata community in Benue State on '
     'Sunday night, residents told our reporter.',
     ['2025-05-25']),  # pt-sunday-night
    (may(21),
     'At least seven soldiers were martyred when terrorists attacked a check post in North'
     ' Waziristan on Tuesday, the ISPR said in a statement on Wednesday.',
     ['2025-05-20']),  # dawn-tuesday-said-wednesday
    (may(23),
     'A junta airstrike killed nine civilians, including three children, at a monastery in'
     ' Sagaing Region yesterday, local residents said.',
     ['2025-05-22']),  # irrawaddy-yesterday
    (may(24),
     'A Russian drone attack on the southern city of Kherson killed one person on '
     'Saturday, the regional governor said, a day after strikes killed three in the same '
     'city.',
     ['2025-05-24']),  # afp-a-day-after
    (may(25),
     'MOSCOW, May 25. /TASS/. Air defenses destroyed 32 Ukrainian drones over Russian '
     'regions overnight, the Russian Defense Ministry said.',
     ['2025-05-24']),  # tass-overnight-intercepted
    (may(26),
     "Update, 08:15: The death toll from Sunday's missile strike on Sumy has risen to 35, "
     'the regional administration said.',
     ['2025-05-25']),  # live-toll-from-sundays
    (may(26),
     'A Russian glide bomb hit Kharkiv on Monday, killing two people. It was the deadliest'
     ' attack on the city since a strike earlier this month killed 11.',
     ['2025-05-26']),  # earlier-this-month-background
    (may(21),
     "Israeli strikes on Gaza on Tuesday killed at least 40 people, the territory's health"
     ' ministry said.',
     ['2025-05-20']),  # gaza-strikes-on-tuesday
    (dt.date(2024, 10, 2),
     'Iran fired around 180 ballistic missiles at Israel on Tuesday. On Wednesday, Israeli'
     ' jets struck targets in Beirut, killing six people.',
     ['2024-10-01', '2024-10-02']),  # attack-and-reply
    (may(20),
     "The death toll from Saturday's drone strike on a bus in Bilopillia rose to nine on "
     'Monday, regional officials said.',
     ['2025-05-17']),  # toll-day-vs-attack-day
    (may(24),
     'Russian forces launched 250 drones and 14 ballistic missiles at Kyiv early on '
     'Saturday, killing at least three people.',
     ['2025-05-24']),  # early-on-saturday
    (may(23),
     'Ukrainian drones attacked Moscow on Thursday night, forcing airports to close, Mayor'
     ' Sergei Sobyanin said.',
     ['2025-05-22']),  # thursday-night
    (may(21),
     'JERUSALEM, May 21 (Reuters) - Houthi rebels fired a ballistic missile at Israel in '
     'the early hours of Wednesday, the military said, adding that it was intercepted.',
     ['2025-05-21']),  # reuters-early-hours-wednesday
    (may(25), 'Officials warned that Russia could launch another massive attack on Monday.',
     []),  # modal-could-attack
    (may(26),
     'Russian forces shelled the town of Kupiansk on May 22, killing a woman, prosecutors '
     'said on Monday.',
     ['2025-05-22']),  # explicit-may-22
    (may(26), 'Bandits attacked Kurmin Masara village on 23 May, killing 15 residents.',
     ['2025-05-23']),  # day-first-23-may
    (may(21),
     'ISLAMABAD (AP) — A suicide bomber struck a police convoy in northwestern Pakistan on'
     ' Tuesday, killing five officers, police said Wednesday.',
     ['2025-05-20']),  # ap-pakistan-tuesday
    (may(26), "Sunday's attack on Kyiv involved 298 drones and 69 missiles, the air force said.",
     ['2025-05-25']),  # sundays-attack-possessive
    (may(25),
     'Explosions rocked Kyiv overnight as Russia launched drones at the capital. Two '
     'people were killed, Mayor Vitali Klitschko said on Sunday morning.',
     ['2025-05-24']),  # overnight-said-sunday-morning
    (may(26),
     '10:05 — The attack overnight on Ternopil killed three people, the regional governor '
     'said this morning.',
     ['2025-05-25']),  # live-overnight-this-morning
    (may(26),
     'A Ukrainian drone struck a bus in Belgorod region on Saturday evening, wounding '
     'five, the governor said.',
     ['2025-05-24']),  # saturday-evening
    (may(25), 'A missile hit a residential building in Dnipro this morning, killing two people.',
     ['2025-05-25']),  # this-morning
    (may(23),
     'Israeli forces raided Jenin last night, killing three Palestinians, the Palestinian '
     'health ministry said.',
     ['2025-05-22']),  # last-night
    (may(27),
     'Russia launched its largest drone attack of the war on Sunday, May 25, firing 355 '
     'drones at Ukraine.',
     ['2025-05-25']),  # weekday-with-date-later
    (may(25), 'Hezbollah fired rockets at northern Israel on Friday, the IDF said.',
     ['2025-05-23']),  # friday-in-sunday-article
    (may(27),
     'BEIRUT (AP) — Israeli strikes late Monday hit the southern Lebanese town of '
     "Nabatieh, killing two people, Lebanon's health ministry said.",
     ['2025-05-26']),  # ap-late-monday
    (may(24),
     'Russia launched a combined attack against Ukraine on the night of May 23-24, firing '
     '250 drones and 14 missiles.',
     ['2025-05-23']),  # ki-night-of-may-23-24
    (may(25),
     'Residents were still clearing rubble on Sunday from a drone strike two days ago that'
     ' killed four people in Sumy.',
     [None]),  # two-days-ago
    (may(24),
     'Authorities said on Saturday that a drone attack on Friday had wounded three people '
     'in Kursk.',
     ['2025-05-23']),  # weekday-said-first
    (may(25),
     'Russia fired 40 drones at Ukraine during the night of Saturday to Sunday, the '
     'Ukrainian air force said.',
     ['2025-05-24']),  # afp-night-saturday-to-sunday
    (may(24),
     'Two people were killed when a drone hit a house in Kherson on the night from Friday '
     'to Saturday, the regional governor said.',
     ['2025-05-23']),  # night-from-friday-to-saturday
    (may(21),
     'BEIRUT (AP) — Israeli airstrikes pre-dawn Tuesday hit a building in the southern '
     'suburbs of Beirut, killing four people.',
     ['2025-05-20']),  # pre-dawn-tuesday
    (may(23),
     'Israeli troops killed two Palestinians in a raid on the Nur Shams camp before dawn '
     'on Thursday, the Palestinian health ministry said.',
     ['2025-05-22']),  # before-dawn-on-thursday
    (may(26),
     'Drones struck an oil depot in Bryansk region in the small hours of Monday, the '
     'governor said.',
     ['2025-05-26']),  # small-hours-of-monday
    (may(25), 'The strike three days ago killed five people in Sumy, officials said on Sunday.',
     [None]),  # three-days-ago-with-said-day
    (may(23),
     'Police said on Friday that gunmen who attacked a church in Kogi State earlier this '
     'week had killed eight worshippers.',
     [None]),  # earlier-this-week-said-friday
    (may(26),
     'Russian strikes over the weekend killed at least 12 people across Ukraine, officials'
     ' said on Monday.',
     [None]),  # over-the-weekend
    (may(25),
     'A week ago, a Russian missile killed 35 people in Sumy. On Sunday, drones hit the '
     'city again, wounding four.',
     ['2025-05-25']),  # a-week-ago
    (may(20), "Rescuers said on Tuesday that Monday's strike on Kyiv had killed 23 people.",
     ['2025-05-19']),  # monday-s-toll-said-tuesday
    (may(22),
     'KHARKIV, Ukraine (AP) — A Russian guided bomb hit a shopping center in Kharkiv on '
     'Thursday, killing three people.',
     ['2025-05-22']),  # thursday-in-thursday-ap
    (may(25), 'The attack in the early hours of May 24 involved 250 drones, the air force said.',
     ['2025-05-24']),  # explicit-early-hours-of-may-24
    (may(25),
     'A drone strike two days ago killed four people in Sumy, the regional administration '
     'said.',
     [None]),  # two-days-ago-no-weekday
    (may(25),
     'Earlier on Sunday, a missile hit an industrial site in Zaporizhzhia, wounding three '
     'workers.',
     ['2025-05-25']),  # earlier-on-sunday
    (may(26),
     'Hours after the talks ended on Sunday, Russia launched 60 drones at Kharkiv, killing'
     ' one person.',
     ['2025-05-25']),  # hours-after-sunday
    (may(26),
     'A Russian drone struck a car in Kherson, killing a man, the governor said on Sunday.',
     ['2025-05-25']),  # said-sunday-no-event-time
    (may(26),
     'Russian drones struck Kyiv on May 24 and again on May 25, killing four people in '
     'total.',
     ['2025-05-24']),  # on-may-24-and-25
    (may(25),
     'A Russian missile struck a hotel in Kharkiv shortly before midnight on Saturday, '
     'wounding 11 people, the governor said.',
     ['2025-05-24']),  # shortly-before-midnight-saturday
    (may(26),
     'Drones hit an apartment block in Odesa just after 3 a.m. on Sunday, killing two '
     'residents, officials said.',
     ['2025-05-25']),  # just-after-3am-sunday
    (may(24),
     'Israeli warplanes struck a school sheltering displaced families in Gaza City shortly'
     ' after dawn on Friday, killing 14 people, civil defence said.',
     ['2025-05-23']),  # shortly-after-dawn-friday
    (may(20),
     'Gunmen stormed a mosque in Zamfara State before daybreak on Monday, killing 9 '
     'worshippers, police said.',
     ['2025-05-19']),  # before-daybreak-monday
    (may(21),
     'JERUSALEM (AP) — Israeli forces killed three Palestinians in a raid before dawn '
     'Tuesday in the occupied West Bank, the Health Ministry said.',
     ['2025-05-20']),  # before-dawn-tuesday-ap
    (may(23),
     'A car bomb exploded outside a police station in Quetta shortly before noon on '
     'Thursday, killing six people.',
     ['2025-05-22']),  # shortly-before-noon-thursday
    (may(26),
     'Israeli air strikes over the weekend killed at least 30 people in Gaza, medics said '
     'on Monday.',
     [None]),  # weekend-strikes-said-monday-2
    (may(26),
     'Rescuers on Monday were still searching for survivors of a missile strike three days'
     ' ago that killed 12 people in Kryvyi Rih.',
     [None]),  # days-ago-aftermath
    (may(25),
     'A missile attack a day earlier killed seven people in Zaporizhzhia, the governor '
     'said on Sunday.',
     [None]),  # a-day-earlier-said
    (may(25),
     'The missile hit the port at around 2 a.m. local time on Sunday (2300 GMT on '
     'Saturday), killing four dock workers, the governor said.',
     ['2025-05-25']),  # gmt-both-days
    (may(25),
     'Between Saturday night and Sunday morning, Russia launched 90 drones at Ukraine, the'
     ' air force said.',
     ['2025-05-25']),  # between-sat-night-sun-morning
    (may(24),
     'Ukrainian drones attacked the Ryazan refinery from Friday night into Saturday, '
     'starting a fire, the regional governor said.',
     ['2025-05-23']),  # from-friday-night-into-saturday
    (may(24),
     'Gunmen opened fire on worshippers at a church in Ondo State late Friday night, '
     'killing five, police said.',
     ['2025-05-23']),  # late-friday-night
    (may(23),
     'KYIV, Ukraine (AP) — Russia struck Kharkiv with drones and glide bombs overnight '
     'Thursday, wounding 14 people, officials said.',
     ['2025-05-22']),  # overnight-thursday-ap
    (may(25),
     "The toll from Friday's missile strike on Dnipro rose to 11 on Sunday, the regional "
     'governor said.',
     ['2025-05-23']),  # toll-rose-sunday-attack-friday
    (may(26),
     "Live updates. 07:40: Ukraine's air force says Russia launched 112 drones overnight; "
     '80 were shot down.',
     ['2025-05-25']),  # live-update-morning-after
    (may(25), 'On the eve of the talks, Russian missiles struck Kyiv, killing three people.',
     [None]),  # on-the-eve
    (may(25),
     'Russian drones hit Odesa on Sunday, killing two. Two weeks ago, a strike on the city'
     ' killed eight.',
     ['2025-05-25']),  # two-weeks-ago-background
    (may(26),
     'Russia struck Kharkiv on Monday, killing three people, two days after a drone attack'
     ' on Odesa.',
     ['2025-05-26']),  # days-after-not-vague
    (may(26),
     'A Russian missile struck an apartment block in Dnipro on Monday, killing four '
     'people, days after a strike on the same district.',
     ['2025-05-26']),  # hit-again-days-earlier
    (may(26),
     'Israel struck the port of Hodeidah on Monday in response to a Houthi missile attack '
     'two days earlier.',
     ['2025-05-26']),  # leave-answered
    (may(26),
     'Israeli jets hit Hodeidah on Monday in retaliation for missile attacks over the '
     'weekend, killing three people.',
     ['2025-05-26']),  # leave-retaliation
    (may(26),
     'Hamas fired rockets at Israel before the truce took effect on Friday, wounding two '
     'people.',
     [None]),  # leave-bound
    (dt.date(2025, 1, 1),
     'Russian drones struck Kyiv on Tuesday, December 31, killing one person, the mayor said.',
     ['2024-12-31']),
    (may(25),
     'Pakistani troops shelled villages along the Line of Control on the intervening night of '
     'May 24 and 25, killing three civilians, officials said.',
     ['2025-05-24']),
    (may(26),
     'Gunmen attacked a police station in Katsina in the wee hours of Sunday, killing two '
     'officers.',
     ['2025-05-25']),
    (may(21),
     'Terrorists attacked a checkpost in Lakki Marwat last night, martyring two soldiers, the '
     'ISPR said today.',
     ['2025-05-20']),
    (may(26),
     'Bandits killed 20 people in Zurmi on Sunday, 25 May 2025, a community leader told '
     'Premium Times.',
     ['2025-05-25']),  # a lead's date is no dateline
    (may(25),
     'Russia attacked Kyiv with 250 drones on Saturday, May 24 in the largest attack of the '
     'war, killing three people.',
     ['2025-05-24']),
    (may(27),
     'Gunmen stormed a village in Plateau State on Monday, 26th May 2025 and killed 12 '
     'people, police said.',
     ['2025-05-26']),
    (may(24),
     'Israeli strikes killed 30 people across Gaza on Friday, May 23 as ceasefire talks '
     'stalled, medics said.',
     ['2025-05-23']),
    (may(25),
     'Russian drones struck Kyiv on Saturday, May 24 \u2014 the largest attack of the war '
     '\u2014 killing three people.',
     ['2025-05-24']),
    (may(27),
     'Lagos, 27th May 2025: Gunmen killed nine people in an attack on a market in Zamfara '
     'State on Monday, police said.',
     ['2025-05-26']),  # a dateline still is one
    (may(25),
     'KYIV, Ukraine, May 25 \u2014 Russian missiles struck Kyiv on Sunday, killing four '
     'people.',
     ['2025-05-25']),
])
def test_an_attack_takes_the_day_its_own_words_give(
        published: dt.date, text: str, expected: list[str | None]) -> None:
    assert attack_days(text, published) == expected
