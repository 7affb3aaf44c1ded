"""One sentence cutter for the package (text.sentences): abbreviations, initials, times of
day and closing quotation marks do not end a sentence where news writes them inside one,
and the extractor and the checks cut the same sentences.

Every text here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.openai.chunking import split_text
from summarizer.backends.rules import RulesBackend
from summarizer.backends.rules.text import sentence_end, sentence_start, split_units
from summarizer.models import Article
from summarizer.text.sentences import sentences
from summarizer.validate.lexicon import clauses, sentence_at


def cut(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences(text)]


KEPT_WHOLE = (
    # letter-dot acronyms before a name, a noun or a small word
    "U.S. officials said 12 people were killed in the strike.",
    "The U.N. Security Council met on Friday after 30 were wounded.",
    "Two U.K. nationals were among the 14 hostages freed.",
    "Washington, D.C. police said three people were hurt.",
    # months before a day
    "Militants killed 1,200 people in the Oct. 7 attack, the army said.",
    "The truce ran from Nov. 24 until Dec. 1, when fighting resumed.",
    "Drones hit the city on Sept. 10 and again on Aug. 21.",
    # titles and ranks before a name
    "Lt. Gen. Ivan Petrov said 45 drones were shot down.",
    "Rear Adm. Daniel Cohen said the strike hit 20 targets.",
    "Moscow regional Gov. Andrei Volkov said one woman died.",
    "A hospital in St. Petersburg treated 8 wounded, Dr. Anna Lee said.",
    "Mr. Haddad and Mrs. Haddad were among 33 people released.",
    # numbers and times of day
    "Unit No. 3 lost 15 soldiers in the attack.",
    "The sirens sounded at 7 a.m. on Monday and 40 drones followed.",
    "The ceasefire starts at 6 p.m. Moscow time on Saturday.",
    "Strikes began at 5 a.m. local time, killing 9.",
    "Sirens sounded at 4 a.m. Sunday and 7 missiles were fired.",
    "The truce began at 6 p.m. (1500 GMT) and 12 prisoners were freed.",
    "The raid ended at 2 a.m. GMT with 3 dead.",
    # initials
    "Vice President J. D. Vance said 10 Americans were freed.",
    "The carrier USS Harry S. Truman launched 15 aircraft.",
    # decimals, and a stop inside a quotation followed by a small word
    "The blast left a crater 2.5 metres deep and killed 4.",
    "\"Why?\" he asked, after 6 were killed.",
    "\"We will respond.\" the minister said of the 90 missiles.",
)


@pytest.mark.parametrize("text", KEPT_WHOLE)
def test_a_full_stop_inside_a_sentence_does_not_cut_it(text: str) -> None:
    assert cut(text) == [text]


CUT = (
    # an acronym, a time or a month at a sentence's end, before a word that opens one
    ("Sanctions were lifted in the U.S. The next day, 20 were freed.",
     ["Sanctions were lifted in the U.S.", "The next day, 20 were freed."]),
    ("The meeting ended at 3 p.m. A strike followed, killing 5.",
     ["The meeting ended at 3 p.m.", "A strike followed, killing 5."]),
    ("The deal was signed in early Oct. In November, 50 were freed.",
     ["The deal was signed in early Oct.", "In November, 50 were freed."]),
    ("Talks stalled in Sept. Russian forces then shelled 14 villages.",
     ["Talks stalled in Sept.", "Russian forces then shelled 14 villages."]),
    ("Drones were downed at 3 a.m. Local officials said 2 were hurt.",
     ["Drones were downed at 3 a.m.", "Local officials said 2 were hurt."]),
    ("He wrote on X. Shahed drones hit Kyiv.", ["He wrote on X.", "Shahed drones hit Kyiv."]),
    # a closing quotation mark or bracket after the stop is the sentence's
    ('"We will not stop," he said. "Twelve are dead." Rescuers kept digging.',
     ['"We will not stop," he said.', '"Twelve are dead."', "Rescuers kept digging."]),
    ("\u201cThey struck at night.\u201d The toll rose to 8.",
     ["\u201cThey struck at night.\u201d", "The toll rose to 8."]),
    ("Drones hit Odesa (the port was closed.) Officials said 3 died.",
     ["Drones hit Odesa (the port was closed.)", "Officials said 3 died."]),
    # a question, an exclamation, a number before the stop
    ("Who fired them? The army blamed Iran! It said 99 were launched on Oct. 7. Then quiet.",
     ["Who fired them?", "The army blamed Iran!", "It said 99 were launched on Oct. 7.",
      "Then quiet."]),
    # a headline with no full stop ends at its line
    ("Drones strike Kyiv\n\nAt least 12 people were killed. Rescuers are searching.",
     ["Drones strike Kyiv", "At least 12 people were killed.", "Rescuers are searching."]),
)


@pytest.mark.parametrize(("text", "expected"), CUT)
def test_a_sentence_still_ends_at_its_stop(text: str, expected: list[str]) -> None:
    assert cut(text) == expected


def test_the_checks_read_the_sentence_the_extractor_cut() -> None:
    """The validator's sentence around a figure and the extractor's unit holding it are
    the same words: 'U.S.' does not part '12' from its speaker in either."""
    text = ("Rockets hit the base on Nov. 5. U.S. officials said 12 soldiers were wounded "
            "at 7 a.m. in the U.S. compound. The Pentagon gave no names.")
    figure = text.index("12")
    lo, hi = sentence_at(text, figure)
    assert text[lo:hi].strip() == ("U.S. officials said 12 soldiers were wounded at 7 a.m. "
                                   "in the U.S. compound")
    units = [u.text for u in split_units(text, [])]
    assert units == ["Rockets hit the base on Nov. 5.",
                     "U.S. officials said 12 soldiers were wounded at 7 a.m. in the U.S. "
                     "compound.",
                     "The Pentagon gave no names."]
    unit = split_units(text, [])[1]
    assert text[sentence_start(text, unit, figure):sentence_end(text, figure)] == units[1][:-1]


def test_a_clause_does_not_end_at_an_abbreviation() -> None:
    """Clauses are cut at sentence ends (the same cutter) and inside sentences at their
    own breaks: 'Gen.' ends neither, a semicolon ends a clause and a check's sentence."""
    text = "Lt. Gen. Ivan Petrov said 45 drones were downed; 3 got through."
    for sentences_only in (False, True):
        spans = clauses(text, sentences=sentences_only)
        assert [text[s:e] for s, e in spans if s < e] == [
            "Lt. Gen. Ivan Petrov said 45 drones were downed", " 3 got through"]


def test_the_end_of_the_text_ends_a_sentence_after_an_abbreviation() -> None:
    """A text that stops after 'U.S.' (the sentence before a figure, cut out of its article)
    ends its sentence there: nothing follows that the stop could run on into."""
    text = "The envoy flew home to the U.S."
    assert [text[s:e] for s, e in clauses(text, sentences=True)] == [text[:-1], ""]


def test_a_long_article_is_chunked_for_the_model_at_a_sentence_end() -> None:
    """A chunk sent to the model ends after a sentence, not after 'U.S.' in its middle."""
    text = ("Rockets hit the port at dawn and the city lost power. U.S. officials said twelve "
            "were killed in the strikes on the port and the rail yard.")
    first = split_text(text, 90, 10)[0]
    assert text[slice(*first)] == "Rockets hit the port at dawn and the city lost power. "


@pytest.mark.parametrize("written", [
    "Drones struck the port of Odesa at 5 a.m. Wednesday, killing 4 people.",
    "At 11 p.m. Tuesday, drones struck the port of Odesa, killing 4 people.",
])
def test_a_time_of_day_does_not_cut_off_the_day_it_is_on(written: str) -> None:
    """'at 5 a.m. Wednesday' (a wire style): the toll's sentence runs on through the time
    of day, so its evidence holds the strike and the day with the number."""
    article = Article(id="t", source="t", published=dt.date(2025, 3, 6), text=written)
    [attack] = RulesBackend().read(article).attacks
    assert attack.time_expression is not None and attack.time_expression.endswith(
        ("Wednesday", "Tuesday"))
    assert attack.killed is not None and attack.killed.count == 4
    assert attack.killed.evidence is not None and attack.killed.evidence.text == written
