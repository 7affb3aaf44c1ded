"""A speaker the reporter or a video only overheard ("One woman was heard pleading, "..."", "a
man could be heard saying "..."") is the quotation's, as after "said". Sentences written for
this file."""

from __future__ import annotations

from tests.test_rules_statements import said


def test_who_was_heard_saying_or_shouting_speaks() -> None:
    assert said("One distressed woman was heard pleading, \u201cSave my husband, please,\u201d "
                "as the gunmen opened fire.") == [
        ("One distressed woman", "Save my husband, please")]
    assert said("A man could be heard saying \u201cthey are coming back for us\u201d in the "
                "video.") == [("man", "they are coming back for us")]
    assert said("\u201cGet the children out of the building now!\u201d one resident was heard "
                "shouting.") == [("one resident", "Get the children out of the building now!")]


def test_what_was_heard_across_a_city_says_nothing() -> None:
    assert said("The blasts were heard across the city. \u201cWe thought it was thunder at "
                "first,\u201d said Olga Dunaeva, a teacher.") == [
        ("Olga Dunaeva", "We thought it was thunder at first")]
