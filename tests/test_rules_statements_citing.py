"""An outlet that relays a source ("the agency reports, citing the Air Force, ...", "Interfax,
citing a source in the administration, said") quotes the source's words: the source speaks
when the rules can tell who it is, the outlet otherwise, and a person who cites a thing still
speaks. Sentences written for this file."""

from __future__ import annotations

from tests.test_rules_statements import said


def test_the_source_an_outlet_cites_speaks() -> None:
    assert said(
        "During the night, the agency reports, citing news spread via Telegram by the Ukrainian "
        "Air Force, Russian forces attacked with 28 drones and \u201c24 were shot down over the "
        "central regions\u201d.") == [
        ("Ukrainian Air Force", "24 were shot down over the central regions")]
    assert said("TASS reported, citing the emergencies ministry, that \u201cthe fire at the "
                "depot has been put out completely\u201d.") == [
        ("emergencies ministry", "the fire at the depot has been put out completely")]
    assert said("Interfax, citing a source in the regional administration, said \u201cthe blast "
                "damaged two floors of the building\u201d.") == [
        ("source in the regional administration", "the blast damaged two floors of the building")]


def test_a_source_nobody_can_name_and_a_thing_a_person_cites_leave_the_speaker() -> None:
    assert said("The Zorin news agency, quoting informed sources, said \u201ctwo bags carrying "
                "bombs went off\u201d at the site.") == [
        ("Zorin news agency", "two bags carrying bombs went off")]
    assert said("President Emil Varga said, citing the attack on the capital, that \u201cwe will "
                "never negotiate under fire\u201d.") == [
        ("Emil Varga", "we will never negotiate under fire")]
    assert said("The ministry, citing a lack of evidence, said \u201cno decision on the exchange "
                "has been taken yet\u201d.") == [
        ("The ministry", "no decision on the exchange has been taken yet")]
