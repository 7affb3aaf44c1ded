"""The offline rules backend: exact figures on the seeds, generalization, and no invented numbers.

The seed tests go through the public API (`summarize` with the rules backend), so
they check what a user gets, after date resolution, grounding and merging. The
unit tests pin the pieces whose mistakes would be silent: number words, quote
boundaries and speaker attribution.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from summarizer import BackendConfig, load_articles, summarize
from summarizer.backends import make_backend
from summarizer.backends.rules import RULES_VERSION, RulesBackend
from summarizer.backends.rules.marks import find_quotes
from summarizer.backends.rules.numbers import counts
from summarizer.errors import ConfigError
from summarizer.facts import iter_facts
from summarizer.models import Article, ArticleExtraction
from summarizer.summary import Summary
from summarizer.text.gazetteer import ENV_VAR, load_gazetteer
from summarizer.text.numbers import NUMBER, number_value
from summarizer.text.time import resolve_extraction

ROOT = Path(__file__).resolve().parent.parent
SEED_000 = ROOT / "seeds" / "000_9391f326c2eaa901.txt"
SEED_001 = ROOT / "seeds" / "001_23b64bebdaa24c53.txt"
RULES_DATA = ROOT / "tests" / "data" / "rules"
ALL_ARTICLES = [SEED_000, SEED_001, *sorted(RULES_DATA.glob("*.txt")),
                *sorted((ROOT / "tests" / "data" / "cases").glob("*/*.txt"))]
D23, D24 = "2025-05-23", "2025-05-24"
NIGHT_QUOTE = ('It was a difficult night for all of Ukraine 250 strike drones, the absolute '
               'majority of them Iranian "Shaheds," and 14 ballistic missiles.')


def read(path: Path) -> ArticleExtraction:
    article = load_articles([path])[0]
    return resolve_extraction(RulesBackend().read(article), article.published_date)


def facts(extraction: ArticleExtraction) -> dict[str, object]:
    return {f.path: f.value for f in iter_facts(extraction) if not f.path.startswith("statem")}


def article(text: str, published: dt.date | None = dt.date(2025, 5, 24)) -> Article:
    return Article(id="t", source="t", published=published, text=text)


@pytest.fixture(scope="module")
def seeds() -> Summary:
    return summarize(load_articles([SEED_000, SEED_001]), config=BackendConfig(backend="rules"))


def merged(summary: Summary) -> dict[str, object]:
    return {f.path: f.value for f in summary.facts if not f.path.startswith("statements[")}


# --- the seeds, through the public API -------------------------------------------------------

def test_seed_summary_has_the_exchange(seeds: Summary) -> None:
    got = merged(seeds)
    for party in ("Russia", "Ukraine"):
        assert got[f"exchange.stages[{D23}].released[{party}].count"] == 390
        assert got[f"exchange.stages[{D23}].released[{party}].breakdown[servicemen]"] == 270
        assert got[f"exchange.stages[{D23}].released[{party}].breakdown[civilians]"] == 120
        assert got[f"exchange.stages[{D24}].released[{party}].count"] == 307
    assert got[f"exchange.cumulative[{D24}].count"] == 697
    assert got["exchange.agreed_total.count"] == 1000
    assert got["exchange.agreed_total.per_side"] is True
    assert got["exchange.agreed_at.place"] == "Istanbul"
    assert got["exchange.agreed_at.date"] == "2025-05-16"


def test_seed_summary_has_the_attack(seeds: Summary) -> None:
    got = merged(seeds)
    attack = f"attacks[{D23}]"
    assert got[f"{attack}.attacker"] == "Russia"
    assert got[f"{attack}.target"] == "Kyiv"
    assert got[f"{attack}.weapons[drone]"] == 250
    assert got[f"{attack}.weapons[ballistic missile]"] == 14
    assert got[f"{attack}.killed_reported"] is True
    assert got[f"{attack}.injured_reported"] is True
    regions = {p[len(attack) + 9:-1] for p in got if p.startswith(f"{attack}.regions[")}
    assert regions == {"Odesa", "Vinnytsia", "Sumy", "Kharkiv", "Donetsk", "Kyiv", "Dnipro"}
    assert not any(p.endswith((".killed", ".injured")) for p in got)


def test_seed_summary_is_marked_as_rules_output(seeds: Summary) -> None:
    assert {r.backend for r in seeds.articles} == {"rules"}
    assert {r.prompt_version for r in seeds.articles} == {RULES_VERSION}
    assert {r.model for r in seeds.articles} == {None}
    assert seeds.usage.calls == 0


def test_seed_summary_corroborates_across_outlets(seeds: Summary) -> None:
    status = {f.path: f.status for f in seeds.facts}
    assert status[f"exchange.stages[{D23}].released[Russia].count"] == "corroborated"
    assert status[f"exchange.stages[{D24}].released[Ukraine].count"] == "corroborated"
    assert status[f"exchange.cumulative[{D24}].count"] == "corroborated"
    assert "conflicting" not in status.values()


def test_seed_breakdowns_complete_in_001_partial_in_000() -> None:
    for path, complete, categories in ((SEED_001, True, {"servicemen": 270, "civilians": 120}),
                                       (SEED_000, False, {"civilians": 120})):
        stage = next(s for s in read(path).stages if s.date == dt.date(2025, 5, 23))
        assert {r.released_by for r in stage.releases} == {"Russia", "Ukraine"}
        for release in stage.releases:
            assert release.count == 390
            assert release.breakdown_complete is complete
            assert {b.category: b.count for b in release.breakdown} == categories


def test_seed_stages_are_dated_from_their_sentences() -> None:
    extraction = read(SEED_000)
    assert [(s.time_expression, s.date) for s in extraction.stages] == [
        ("on Friday", dt.date(2025, 5, 23)), ("on Saturday", dt.date(2025, 5, 24))]
    assert extraction.agreement is not None
    assert extraction.agreement.date_expression == "on May 16"
    assert [(t.count, t.received_by, t.as_of) for t in extraction.cumulative] == [
        (697, "Ukraine", dt.date(2025, 5, 24))]


def test_seed_quotes_are_verbatim_and_attributed() -> None:
    first = read(SEED_000).statements
    assert [s.speaker for s in first] == ["Volodymyr Zelensky"] * 3
    assert first[0].quote == ("Another 307 Ukrainian defenders are home. Today is the second "
                              "day of the 1,000-for-1,000 exchange that we managed to negotiate "
                              "in Turkiye. In just these two days, 697 people have been "
                              "brought home")
    assert [s.channel for s in first] == ["X", "X", "X"]
    assert {s.date for s in first} == {dt.date(2025, 5, 24)}
    second = read(SEED_001).statements
    assert {s.speaker for s in second} == {"Volodymyr Zelenskyy"}
    assert [s.channel for s in second] == ["X", "X", "X", "X", None]
    night = next(s for s in second if s.quote and s.quote.startswith("It was a difficult night"))
    assert night.quote is not None and night.quote.startswith(NIGHT_QUOTE)
    assert night.quote.endswith("My condolences to the families and loved ones.")


async def test_extract_is_offline_and_deterministic() -> None:
    backend = RulesBackend()
    seed = load_articles([SEED_001])[0]
    first = await backend.extract(seed)
    again = await backend.extract(seed, feedback=["ignored: rules cannot be re-asked"])
    assert first.extraction == again.extraction
    assert first.usage.calls == 0 and first.usage.prompt_tokens == 0


def test_auto_backend_without_a_model_is_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SUMMARIZER_MODEL", "OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    assert isinstance(make_backend(BackendConfig()), RulesBackend)


# --- nothing invented ------------------------------------------------------------------------

def _numbers_in(text: str) -> set[int]:
    return {v for m in NUMBER.finditer(text) if (v := number_value(m)) is not None}


@pytest.mark.parametrize("path", ALL_ARTICLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_number_is_in_its_evidence(path: Path) -> None:
    """Each figure is written in its evidence, except a count that is the sum of a complete
    breakdown whose parts are ("270 servicemen and 120 civilians each" is 390)."""
    source = load_articles([path])[0]
    extraction = RulesBackend().read(source)
    sums = {r.count for s in extraction.stages for r in s.releases if r.breakdown_complete}
    for fact in iter_facts(extraction):
        assert fact.evidence is not None
        evidence = fact.evidence
        assert evidence.start is not None and evidence.end is not None
        assert source.text[evidence.start:evidence.end] == evidence.text
        if isinstance(fact.value, int) and not isinstance(fact.value, bool):
            assert fact.value in _numbers_in(evidence.text) or fact.value in sums, fact.path
        if fact.path.startswith("statements["):
            assert fact.value == evidence.text


# --- generalization --------------------------------------------------------------------------

def test_hostage_release_with_uneven_sides() -> None:
    got = facts(read(RULES_DATA / "hostages.txt"))
    stage = "exchange.stages[2023-11-25]"
    assert got == {
        f"{stage}.released[Hamas].count": 17,
        f"{stage}.released[Hamas].breakdown[Israelis]": 13,
        f"{stage}.released[Hamas].breakdown[Thais]": 4,
        f"{stage}.released[Israel].count": 39,
        "exchange.agreed_total[Hamas].count": 50,
        "exchange.agreed_total[Israel].count": 150,
    }


def test_missile_attack_leaves_out_interceptions_and_the_old_record() -> None:
    extraction = read(RULES_DATA / "missile_attack.txt")
    assert facts(extraction) == {
        "attacks[2023-12-28].attacker": "Russia",
        "attacks[2023-12-28].target": "Ukraine",
        "attacks[2023-12-28].weapons[missile]": 122,
        "attacks[2023-12-28].weapons[drone]": 36,
        "attacks[2023-12-28].regions[Kharkiv]": True,
        "attacks[2023-12-28].regions[Zaporizhzhia]": True,
        "attacks[2023-12-28].killed": 12,
        "attacks[2023-12-28].killed.qualifier": "at least",
        "attacks[2023-12-28].injured": 75,
    }
    (statement,) = extraction.statements
    assert (statement.speaker, statement.channel, statement.quote) == (
        "Dmytro Kuleba", "X", "Ukraine will respond to this terror")


def test_multi_day_swap_keeps_each_day_and_drops_the_war_total() -> None:
    extraction = read(RULES_DATA / "multi_day_swap.txt")
    assert facts(extraction) == {
        "exchange.stages[2024-06-12].released[Russia].count": 75,
        "exchange.stages[2024-06-12].released[Ukraine].count": 75,
        "exchange.stages[2024-06-25].released[Russia].count": 90,
        "exchange.stages[2024-06-25].released[Ukraine].count": 90,
    }
    assert [(s.speaker, s.channel, s.date) for s in extraction.statements] == [
        ("Volodymyr Zelensky", "Telegram", dt.date(2024, 6, 25))]


def test_threats_plans_conditions_and_denials_are_not_attacks() -> None:
    text = ("Hamas would resume rocket attacks on Tel Aviv if Israel did not withdraw, a spokesman "
            "said on Monday. Iran vowed to strike Israel with 200 missiles. Russia denied that its "
            "forces had struck Kharkiv. Ukraine launched 30 drones at Belgorod overnight, killing "
            "two people.")
    extraction = resolve_extraction(RulesBackend().read(article(text)), dt.date(2025, 5, 24))
    assert facts(extraction) == {
        "attacks[2025-05-23].attacker": "Ukraine",
        "attacks[2025-05-23].target": "Belgorod",
        "attacks[2025-05-23].weapons[drone]": 30,
        "attacks[2025-05-23].regions[Belgorod]": True,
        "attacks[2025-05-23].killed": 2,
    }


@pytest.mark.parametrize(("sentence", "attacker"), [
    ("Lebanese officials attributed the attack on Beirut to Israel on Friday.", None),
    ("Russia retaliated on Friday for what it called a Ukrainian attack on a bridge.", "Russia"),
    ("Russian drone and missile attacks hit Kharkiv on Friday.", "Russia"),
    ("Forty drones attacked the Moscow region on Friday, the ministry said, blaming Ukraine.",
     "Ukraine"),
    ("Pakistan said 23 soldiers were killed on Friday in attacks by Afghan forces.",
     "Afghanistan"),
    ("US air strikes hit the port on Friday, killing 20 people.", "United States"),
])
def test_the_attacker_is_the_party_that_struck(sentence: str, attacker: str | None) -> None:
    (attack,) = RulesBackend().read(article(sentence)).attacks
    assert attack.attacker == attacker


def test_earlier_attacks_and_war_tolls_are_background() -> None:
    text = ("Israeli strikes on Gaza overnight killed at least 40 people, health officials said "
            "on Saturday.\n\nThe strikes came after another Israeli raid on Rafah last Sunday "
            "killed 53 people. More than 50,000 people have been killed since Hamas attacked "
            "Israel on October 7, 2023. Over the past 24 hours, 90 people were killed across the "
            "territory. The civil war that has killed at least 40,000 people began in April 2023.")
    extraction = resolve_extraction(RulesBackend().read(article(text)), dt.date(2025, 5, 24))
    assert facts(extraction) == {
        "attacks[2025-05-23].attacker": "Israel",
        "attacks[2025-05-23].target": "Gaza",
        "attacks[2025-05-23].killed": 40,
        "attacks[2025-05-23].killed.qualifier": "at least",
    }


_BEFORE = "Talks on a ceasefire resumed in Geneva.\n\nThe envoys met for three hours.\n\n"


@pytest.mark.parametrize(("text", "dates"), [
    ("Russian missiles struck Kharkiv on Friday, killing three people.", ["2025-05-23"]),
    (_BEFORE + "Russian missiles struck Kharkiv, killing three people.", []),
])
def test_an_attack_the_article_does_not_date_is_left_out(text: str, dates: list[str]) -> None:
    """Told after the opening paragraphs without a date, an attack may be any the article
    recalls."""
    extraction = resolve_extraction(RulesBackend().read(article(text)), dt.date(2025, 5, 24))
    assert [str(a.date) for a in extraction.attacks] == dates


def test_an_attack_the_opening_tells_without_a_date_is_the_article_s_news() -> None:
    """An article that opens mid-story ("A Russian missile struck ...") dates nothing: its
    attack is kept undated, for the merge to date from the other outlets."""
    text = ("A Russian missile struck an apartment block in Kharkiv, killing nine people, the "
            "governor said.\n\nRescuers searched the rubble through the night.")
    [attack] = resolve_extraction(RulesBackend().read(article(text)),
                                  dt.date(2025, 5, 24)).attacks
    assert (attack.time_expression, attack.date, attack.attacker, attack.targets,
            attack.killed and attack.killed.count) == (None, None, "Russia", ["Kharkiv"], 9)


def test_a_strike_and_the_reply_stay_two_attacks_each_with_its_toll() -> None:
    text = ("Ukraine launched 45 drones at Moscow overnight, the Russian defence ministry said."
            "\n\nRussia launched its own drone strikes on Kharkiv overnight, killing five people "
            "and injuring 31, Ukrainian officials said.")
    attacks = RulesBackend().read(article(text)).attacks
    assert [(a.attacker, [(w.type, w.count) for w in a.weapons], a.killed and a.killed.count,
             a.injured and a.injured.count) for a in attacks] == [
        ("Ukraine", [("drone", 45)], None, None), ("Russia", [], 5, 31)]


def test_the_day_a_toll_is_reported_does_not_date_the_strike() -> None:
    text = ("A Russian missile strike hit Sumy on Saturday morning.\n\n"
            "The death toll rose to 35, officials said on Monday.")
    published = dt.date(2025, 5, 26)
    extraction = resolve_extraction(RulesBackend().read(article(text, published)), published)
    assert facts(extraction) == {
        "attacks[2025-05-24].attacker": "Russia",
        "attacks[2025-05-24].target": "Sumy",
        "attacks[2025-05-24].regions[Sumy]": True,
        "attacks[2025-05-24].killed": 35,
    }


@pytest.mark.parametrize(("text", "attacker", "weapons"), [
    ("Russia attacked Ukraine overnight. The air force said it shot down 50 of 69 drones and one "
     "Kh-59/69 cruise missile.", "Russia", {"drone": 69, "cruise missile": 1}),
    ("Air defences downed 337 Ukrainian unmanned aerial vehicles overnight, the ministry said.",
     "Ukraine", {"drone": 337}),
    ("Iran fired more than 300 drones and missiles at Israel overnight.", "Iran", {}),
    ("Russian forces struck Kharkiv overnight. Russia's May 21 missile strike was worse.",
     "Russia", {}),
])
def test_weapon_counts_are_launches_not_parts_dates_or_mixtures(
        text: str, attacker: str, weapons: dict[str, int]) -> None:
    (attack,) = RulesBackend().read(article(text)).attacks
    assert (attack.attacker, {w.type: w.count for w in attack.weapons}) == (attacker, weapons)


def test_the_toll_is_the_largest_single_figure_with_its_qualifier() -> None:
    text = ("Russian missiles struck Dnipro on Friday. Five to seven people were killed in the "
            "first strike, officials said.\n\nBy evening at least 14 people were killed and 22 "
            "wounded. Two soldiers and three civilians were injured in another district.")
    extraction = resolve_extraction(RulesBackend().read(article(text)), dt.date(2025, 5, 24))
    assert facts(extraction) == {
        "attacks[2025-05-23].attacker": "Russia",
        "attacks[2025-05-23].target": "Dnipro",
        "attacks[2025-05-23].regions[Dnipro]": True,
        "attacks[2025-05-23].killed": 14,
        "attacks[2025-05-23].killed.qualifier": "at least",
        "attacks[2025-05-23].injured": 22,
    }


def test_a_figure_of_the_day_before_is_not_this_attacks() -> None:
    text = "Israeli forces pounded Gaza on Friday, a day after killing 274 people in a raid."
    (attack,) = RulesBackend().read(article(text)).attacks
    assert (attack.attacker, attack.killed) == ("Israel", None)


def test_places_weapons_were_downed_over_are_regions_and_their_shares_no_total() -> None:
    text = ("Ukraine attacked Russia with drones overnight. Air defences shot down 23 drones over "
            "the Bryansk region and six over Kaluga, and others over the Kursk and Belgorod "
            "border provinces.")
    (attack,) = RulesBackend().read(article(text)).attacks
    assert (attack.weapons, sorted(attack.regions)) == (
        [], ["Belgorod", "Bryansk", "Kaluga", "Kursk"])


# --- numbers ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("words", "value"), [
    ("a dozen", 12), ("two dozen", 24), ("twenty-five", 25), ("two hundred and fifty", 250),
    ("1,000", 1000), ("307", 307), ("3 million", 3_000_000), ("Ninety", 90),
])
def test_number_values(words: str, value: int) -> None:
    found = NUMBER.fullmatch(words)
    assert found is not None and number_value(found) == value


def test_number_words_that_are_not_one_number() -> None:
    found = NUMBER.match("one and one")
    assert found is not None and number_value(found) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Another 307 Ukrainian defenders are home.", [(307, "defenders", None)]),
    ("250 strike drones, the absolute majority of them Iranian \"Shaheds,\" and 14 ballistic "
     "missiles", [(250, "drones", "drone"), (14, "missiles", "ballistic missile")]),
    ("a dozen cruise missiles and 24 prisoners of war",
     [(12, "missiles", "cruise missile"), (24, "prisoners of war", None)]),
    ("13 Israelis, 10 Thais and one Filipino",
     [(13, "Israelis", None), (10, "Thais", None), (1, "Filipino", None)]),
    ("69 women and 21 teenage boys", [(69, "women", None), (21, "teenage boys", None)]),
])
def test_counts_with_their_nouns(text: str, expected: list[tuple[int, str, str | None]]) -> None:
    found = counts(text, 0, len(text), load_gazetteer())
    assert [(c.value, c.head, c.weapon) for c in found] == expected


@pytest.mark.parametrize("text", [
    "the 1,000-for-1,000 exchange", "their three-year war", "on May 16", "since 2022",
    "the two sides", "Kh-101 missiles", "for every additional 10 hostages released",
    "two people were killed and 11 wounded when Russian missiles struck",
])
def test_numbers_that_count_nothing(text: str) -> None:
    found = counts(text, 0, len(text), load_gazetteer())
    assert [c for c in found if c.kind == "weapon" or c.value not in (2,)] == []


# --- quotes ----------------------------------------------------------------------------------

def test_nested_straight_quotes_stay_inside() -> None:
    text = f'The post added, "{NIGHT_QUOTE} All strikes targeted civilians."\nNext.'
    (quote,) = find_quotes(text)
    assert text[quote.start + 1:quote.end] == f"{NIGHT_QUOTE} All strikes targeted civilians."


def test_a_quote_still_open_mid_sentence_at_a_line_break_is_dropped() -> None:
    assert find_quotes('He said "this never closes\nNew paragraph.') == []


@pytest.mark.parametrize(("text", "speaker", "channel"), [
    ("Ukraine's President Volodymyr Zelensky spoke on Saturday.\n\n"
     "“We will bring everyone home,” he said.", "Volodymyr Zelensky", None),
    ("Ukraine's President Volodymyr Zelensky spoke.\n\n"
     "“We will bring everyone home,” the Ukrainian President added.", "Volodymyr Zelensky", None),
    ("Ukrainian President Volodymyr Zelenskyy spoke.\n\n"
     'Sharing a post on X, Zelenskyy said, "We will bring everyone home."',
     "Volodymyr Zelenskyy", "X"),
    ('"We will bring everyone home," Qatar\'s spokesperson Majed al-Ansari told reporters.',
     "Majed al-Ansari", None),
    ('"We will bring everyone home," the Israeli prime minister, Benjamin Netanyahu, said in '
     "a statement.", "Benjamin Netanyahu", "statement"),
])
def test_quote_attribution(text: str, speaker: str, channel: str | None) -> None:
    (statement,) = RulesBackend().read(article(text)).statements
    assert (statement.speaker, statement.channel) == (speaker, channel)
    assert statement.quote is not None and statement.quote.startswith("We will bring everyone home")
    assert not statement.quote.endswith(",")


def test_the_post_added_continues_speaker_and_channel() -> None:
    text = ('Ukrainian President Volodymyr Zelenskyy said on Saturday that work went on.\n\n'
            'Sharing a post on Telegram, Zelenskyy said, "Rescue operations are ongoing."\n\n'
            'The post added, "There are fatalities in the city."')
    statements = RulesBackend().read(article(text)).statements
    assert [(s.speaker, s.channel, s.time_expression) for s in statements] == [
        ("Volodymyr Zelenskyy", "Telegram", "on Saturday")] * 2


def test_unattributed_and_scare_quotes_are_left_out() -> None:
    text = ('Moscow calls it a "special military operation". '
            '"Nobody knows who said this sentence at all."')
    assert RulesBackend().read(article(text)).statements == []


# --- gazetteer -------------------------------------------------------------------------------

def test_gazetteer_is_extendable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps({"regions": [{"name": "Narnia", "aliases": ["Narnija"]}]}),
                     encoding="utf-8")
    text = "Russia launched 12 drones overnight. The Narnija and Odesa regions suffered damage."
    assert "Narnia" not in RulesBackend().read(article(text)).attacks[0].regions
    assert RulesBackend(gazetteer=extra).read(article(text)).attacks[0].regions == [
        "Narnia", "Odesa"]
    monkeypatch.setenv(ENV_VAR, str(extra))
    assert "Narnia" in RulesBackend().read(article(text)).attacks[0].regions


def test_bad_gazetteer_file_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"planets": []}), encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(str(bad))):
        RulesBackend(gazetteer=bad)
