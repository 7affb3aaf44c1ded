"""The grain a report tells an attack's places at: a night of drones over many regions is
told region by region ("91 over the Moscow region, 126 over Kursk, ... 3 over the Zorin
region"), and the village or district a few of its lines add ("a woman in Zorino village
was hurt by debris", "a drone downed near the refinery in the Zorinsky district") lies in
one of those regions: annotators list the region, not the village beside it.

A report of one city's attack is told at a finer grain: its districts and the villages
around it are the places hit ("the Zorinskyi district", "the village of Zorivka" beside
Kharkiv), and stay.
"""

from __future__ import annotations

from summarizer.backends.rules.sites import Sites

REGIONS_NIGHT = 3
"""How many places a report must name as regions ("the Kursk region", "the Bryansk and
Oryol regions") for its attack to be told at the grain of regions."""


def at_grain(regions: list[str], sites: Sites, regional: frozenset[str]) -> list[str]:
    """The attack's places without the villages and districts the gazetteer does not list,
    where the report tells the attack region by region (`REGIONS_NIGHT` of its places named
    as regions, `regional`: `places.told_as_regions`): they lie in one of its regions, which
    is the place hit."""
    if sum(r in regional for r in regions) < REGIONS_NIGHT:
        return regions
    return [r for r in regions if sites.listed(r) or r in regional
            or (entry := sites.lookup(r)) is None or entry.kind != "city"]
