"""Entity names: variants resolve to one canonical name; different people never merge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.errors import InputError
from summarizer.text.entities import (
    EntityKind,
    EntityResolver,
    load_alias_file,
    name_key,
    names_no_side,
    same_person,
)
from summarizer.text.name_forms import UNNAMED, unnamed

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [str(ROOT / "seeds" / "000_9391f326c2eaa901.txt"),
         str(ROOT / "seeds" / "001_23b64bebdaa24c53.txt")]


def resolve(kind: EntityKind, *names: str, aliases: dict[str, list[str]] | None = None,
            ) -> dict[str, str]:
    return EntityResolver(aliases).resolve(kind, names)


@pytest.mark.parametrize(("kind", "names", "canonical"), [
    pytest.param(EntityKind.person, ["Zelensky", "Zelenskyy", "Volodymyr Zelensky",
                                     "Ukraine's President", "Volodymyr Zelenskiy"],
                 "Volodymyr Zelensky", id="zelensky"),
    pytest.param(EntityKind.place, ["Turkey", "Turkiye", "Türkiye"], "Turkey", id="turkey"),
    pytest.param(EntityKind.category, ["servicemen", "soldiers", "POWs", "defenders",
                                       "prisoners of war"], "servicemen", id="servicemen"),
    pytest.param(EntityKind.party, ["Russians", "Russia", "Russian forces"], "Russia",
                 id="russians"),
    pytest.param(EntityKind.place, ["Kharkiv Oblast", "Kharkiv", "Kharkov"], "Kharkiv",
                 id="oblast"),
    pytest.param(EntityKind.category, ["Thais", "Thai", "Thai nationals"], "Thais", id="thais"),
    pytest.param(EntityKind.person, ["Majed al-Ansari", "Ansari", "al-Ansari"],
                 "Majed al-Ansari", id="unlisted-person"),
    pytest.param(EntityKind.person, ["Mayor Ihor Terekhov", "Terekhov"], "Ihor Terekhov",
                 id="title"),
])
def test_variants_resolve_to_one_name(kind: EntityKind, names: list[str], canonical: str,
                                      ) -> None:
    assert set(resolve(kind, *names).values()) == {canonical}


@pytest.mark.parametrize(("a", "b"), [
    ("Andriy Yermak", "Andriy Sybiha"),
    ("Sergei Lavrov", "Sergei Shoigu"),
    ("Andriy Yermak", "Andriy Yermakov"),
    ("Vitali Klitschko", "Wladimir Klitschko"),
    ("Witness 1204", "Witness 12045"),
    ("Speaker 7-31", "Speaker 7-318"),
])
def test_different_people_never_merge(a: str, b: str) -> None:
    assert not same_person(a.casefold(), b.casefold())
    resolved = resolve(EntityKind.person, a, b)
    assert resolved[a] != resolved[b]


@pytest.mark.parametrize(("kind", "a", "b"), [
    (EntityKind.party, "46th Brigade", "47th Brigade"),
    (EntityKind.place, "Checkpoint 104", "Checkpoint 105"),
    (EntityKind.category, "Unit 2210 soldiers", "Unit 2216 soldiers"),
])
def test_names_that_differ_in_a_number_are_two(kind: EntityKind, a: str, b: str) -> None:
    """A spelling variant never changes a number, however close the rest."""
    resolved = resolve(kind, a, b)
    assert resolved == {a: a, b: b}


def test_a_bare_surname_shared_by_two_people_stays_as_written() -> None:
    resolved = resolve(EntityKind.person, "Vitali Klitschko", "Wladimir Klitschko", "Klitschko")
    assert resolved["Klitschko"] == "Klitschko"


def test_kinds_do_not_mix() -> None:
    """'Israelis' released as a category are not the party Israel; Moscow the city is
    not Russia the party."""
    assert resolve(EntityKind.category, "Israelis")["Israelis"] == "Israelis"
    assert resolve(EntityKind.place, "Moscow")["Moscow"] == "Moscow"
    assert resolve(EntityKind.party, "Moscow")["Moscow"] == "Russia"


def test_user_aliases_win_and_take_the_builtin_variants() -> None:
    aliases = {"Ukraine's leader": ["Volodymyr Zelensky"], "Srettha Thavisin": ["Srettha"]}
    resolved = resolve(EntityKind.person, "Zelenskyy", "Srettha", aliases=aliases)
    assert resolved == {"Zelenskyy": "Ukraine's leader", "Srettha": "Srettha Thavisin"}


def test_resolution_does_not_depend_on_order() -> None:
    names = ["Ansari", "Majed al-Ansari", "Klitschko", "Vitali Klitschko", "Zelenskyy"]
    assert resolve(EntityKind.person, *names) == resolve(EntityKind.person, *names[::-1])


def test_alias_file_is_checked(tmp_path: Path) -> None:
    good = tmp_path / "names.json"
    good.write_text(json.dumps({"Odesa": ["Odessa"]}), encoding="utf-8")
    assert load_alias_file(good) == {"Odesa": ["Odessa"]}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"Odesa": "Odessa"}), encoding="utf-8")
    with pytest.raises(InputError, match="list of variants"):
        load_alias_file(bad)
    with pytest.raises(InputError, match="no such alias file"):
        load_alias_file(tmp_path / "missing.json")


def test_cli_takes_an_alias_file(tmp_path: Path) -> None:
    names = tmp_path / "names.json"
    names.write_text(json.dumps({"Istanbul talks": ["Istanbul"]}), encoding="utf-8")
    out = tmp_path / "summary.json"
    result = CliRunner().invoke(app, ["summarize", *SEEDS, "--backend", "rules", "--format",
                                      "json", "--out", str(out), "--aliases", str(names)])
    assert result.exit_code == 0, result.output
    places = [f["value"] for f in json.loads(out.read_text("utf-8"))["facts"]
              if f["path"] == "exchange.agreed_at.place"]
    assert places == ["Istanbul talks"]
    missing = CliRunner().invoke(app, ["summarize", *SEEDS, "--backend", "rules",
                                       "--aliases", str(tmp_path / "none.json")])
    assert missing.exit_code == 1
    assert "no such alias file" in missing.output


def test_a_speaker_without_letters_merges_with_nobody_and_does_not_crash() -> None:
    """A real model once answered a speaker of '—'; the eval crashed in the merge."""
    assert not same_person(name_key("—"), name_key("Volodymyr Zelensky"))
    assert not same_person(name_key("..."), name_key("—"))
    names = EntityResolver().resolve(EntityKind.person, ["—", "Volodymyr Zelensky", "Zelensky"])
    assert names["—"] == "—"
    assert names["Zelensky"] == "Volodymyr Zelensky"


def test_a_name_that_says_nothing_names_no_side_either() -> None:
    """`name_forms.UNNAMED` (nothing to state, nothing to title) lies within
    `names_no_side` (nothing to tell attacks apart by); 'gunmen' is only the latter."""
    assert all(names_no_side(name) for name in UNNAMED)
    assert all(name_key(name) == name for name in UNNAMED), "listed as `unnamed` compares"
    assert names_no_side("unidentified gunmen") and unnamed("unidentified gunmen")
    assert names_no_side("gunmen") and not unnamed("gunmen")
    assert not names_no_side("Hamas gunmen")
