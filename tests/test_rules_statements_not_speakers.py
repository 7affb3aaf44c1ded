"""Names in an attribution that do not speak: the object or agent of a verb in the past that
runs on from the subject, a name that qualifies an unnamed person's description, and the
subject of a sentence that says its quotation was "described as" by nobody it names.
Sentences written for this file."""

from __future__ import annotations

from tests.test_rules_statements import said


def test_a_part_that_opens_with_a_past_verb_goes_on_with_the_subject_before_it() -> None:
    assert said(
        "Governor Oleh Kiper, speaking in Odesa, praised Mayor Ivan Petrenko, and said the "
        "strike had \"hit a school and a clinic.\"") == [
        ("Oleh Kiper", "hit a school and a clinic.")]
    assert said(
        "Governor Oleh Kiper, in turn, thanked Mayor Ivan Petrenko for his help and promised "
        "he would \"rebuild every school in the region.\"") == [
        ("Oleh Kiper", "rebuild every school in the region.")]
    assert said(
        "The interior ministry said on Friday that 44 people were killed in the raid on the "
        "village.\n\n\u201cThe attackers massacred worshippers at prayer before they set fire "
        "to the market,\u201d the statement, broadcast on national television, said.") == [
        ("interior ministry",
         "The attackers massacred worshippers at prayer before they set fire to the market")]
    # The one the letter was addressed to did not write it; who did, the rules cannot tell.
    assert said(
        "In a letter, addressed to Bishop Tomas Reyes of Cebu, the pope also said he was "
        "\"deeply saddened by the bombing.\"") == []


def test_a_description_or_a_relative_clause_after_a_name_leaves_the_name_the_speaker() -> None:
    assert said(
        "Mayor Ivan Petrenko, who visited the site, said the strike \"hit a school and a "
        "clinic.\"") == [("Ivan Petrenko", "hit a school and a clinic.")]
    assert said(
        "Oleh Kiper, the governor of Odesa, said the strike \"hit a school and a "
        "clinic.\"") == [("Oleh Kiper", "hit a school and a clinic.")]


def test_a_name_inside_an_indefinite_description_qualifies_an_unnamed_speaker() -> None:
    assert said(
        "A Biden administration official told reporters the deal was \"the best we could "
        "get.\"") == [("Biden administration official", "the best we could get.")]
    assert said(
        "One Trump campaign official said the numbers were \"simply not true at all.\"") == [
        ("One Trump campaign official", "simply not true at all.")]
    # The name itself, with no article before it, is the speaker.
    assert said(
        "President Joe Biden told reporters the deal was \"the best we could get.\"") == [
        ("Joe Biden", "the best we could get.")]


def test_a_passive_verb_of_saying_with_no_agent_names_no_speaker() -> None:
    assert said(
        "Gunmen attacked the convoy, in what has been called \"an act of pure terror\".") == []
    assert said(
        "Militants hit the base in an assault that is being described as \"the worst in "
        "years\".") == []
    assert said(
        "Hamas fighters stormed the post in what was termed \"a well-planned raid on the "
        "outpost\".") == []
    # The active verb's subject is its speaker.
    assert said("The army described the raid as \"a precise strike on a depot\".") == [
        ("The army", "a precise strike on a depot")]
