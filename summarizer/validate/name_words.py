"""The words names and categories go by beyond their spelling: the words of a name that do
not identify it, the forms news gives a country or side ('Afghan', 'Houthi'), and the words
a category of people goes by ('minors' for 'children', a nationality's 'foreign nationals').

Apart from lexicon.py, which keeps what a clause says a number counts: these tell whether a
text names a fact's side, region or category (support.py, sides.py, subsets.py).
"""

from __future__ import annotations

import re

from summarizer.validate.lexicon import words

GENERIC_NAME_WORDS = frozenset({
    "the", "of", "and", "city", "region", "oblast", "province", "district", "governorate",
    "state", "republic", "forces", "force", "army", "military", "ministry", "government",
    "air", "base", "armed", "group", "movement", "people", "democratic", "united", "north",
    "south", "east", "west", "central", "new", "saint", "st", "al", "el", "islamic",
})
"""Words of a name that do not identify it ('Kharkiv region' is named by 'Kharkiv')."""

DEMONYMS: dict[str, tuple[str, ...]] = {
    "afghanistan": ("afghan",), "lebanon": ("lebanese",), "united states": (
        "u.s.", "us", "american", "washington"), "united kingdom": ("uk", "british", "britain"),
    "hamas": ("palestinian militant", "militant group", "qassam"),
    "israel": ("idf", "israeli"), "netherlands": ("dutch",), "philippines": ("filipino",),
    "myanmar": ("burmese", "junta"), "democratic republic of congo": ("drc", "congolese"),
    "houthis": ("houthi", "ansar allah", "yemen"), "hezbollah": ("hizbollah", "lebanese"),
    "taliban": ("afghan",), "yemen": ("houthi",), "thailand": ("thai",),
    "rapid support forces": ("rsf",),
}
"""Forms of a name its spelling does not give ('Afghan' for Afghanistan), beyond the
built-in alias table and the gazetteer's demonyms."""

CATEGORY_FORMS: dict[str, tuple[str, ...]] = {
    "minor": ("child", "children", "teen", "teenage", "teenager", "boy", "girl", "kid",
              "juvenile", "minors"),
    "child": ("minor", "kid", "boy", "girl", "teen", "children"),
    "woman": ("female", "women"), "man": ("male", "men"),
}
"""Words a category goes by that the alias table does not merge ('minors': 'children')."""

GROUPS: dict[str, re.Pattern[str]] = {
    "children": words("child", "minor", "kid$", "kids$", "boy", "girl", "teen", "juvenile"),
    "women": words("women$", "woman$", "female"), "men": words("men$", "man$", "male$", "males$")}
"""Who a breakdown may count by age or sex: a number written with one group ('seven
children and six women') counts that group, whether or not the breakdown lists it."""
FOREIGN = ("foreign", "national", "citizen")
"""A nationality as a category ('Thais') is also 'foreign nationals' to the articles."""
