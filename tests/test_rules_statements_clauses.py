"""Statements whose speaker stands in a clause around the quotation that is not the plain
"X said": a clause of someone else after it, an adjunct between the subject and its verb, a
sentence that opens with where or when, a description after the name, the object of a verb
before ", saying". Sentences written for this file."""

from __future__ import annotations

from tests.test_rules_statements import said


def test_a_clause_that_a_conjunction_opens_after_the_quotation_is_not_its_attribution() -> None:
    """", while the rebels said" opens another subject's clause: the quotation is the subject's
    of the sentence that quotes it."""
    assert said(
        "The interior ministry accused the rebels of shelling the town, calling it \u201ca "
        "deliberate attack on sleeping families,\u201d while the rebels said they had hit only "
        "an arms depot.\n\n"
        "Premier Adel Haroun has vowed that the militia will \u201canswer for every life lost "
        "tonight,\u201d whereas Foreign Minister Sami Rahal has asked for calm.") == [
        ("interior ministry", "a deliberate attack on sleeping families"),
        ("Adel Haroun", "answer for every life lost tonight"),
    ]
