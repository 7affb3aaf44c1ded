"""A speaker is shown by the name its article gives it: a country, or a body named by its
titles, is never read as a person's surname (issue 19: a speaker who did not say the
quote must not reach the reader)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.text.entities import EntityKind, EntityResolver


def resolve(*names: str) -> dict[str, str]:
    return EntityResolver().resolve(EntityKind.person, names)


@pytest.mark.parametrize("country", ["Russia", "Ukraine", "Russian"])
def test_a_country_as_speaker_is_not_its_leader(country: str) -> None:
    """'President of Russia' names Putin as a whole (the alias table); its last word is
    no surname that 'Russia said' shares."""
    assert resolve(country, "Vladimir Putin", "Volodymyr Zelensky")[country] == country


def test_an_office_of_a_country_still_names_its_holder() -> None:
    names = resolve("President of Russia", "Russian President Vladimir Putin", "Putin")
    assert set(names.values()) == {"Vladimir Putin"}


def test_a_body_keeps_the_titles_that_are_all_its_name() -> None:
    """'Israeli military' has no name behind its titles: shown whole, and not one person
    with the 'US military' by the surname 'military'."""
    names = resolve("Israeli military", "US military", "Prime Minister")
    assert names == {"Israeli military": "Israeli military", "US military": "US military",
                     "Prime Minister": "Prime Minister"}
    assert resolve("Mayor Ihor Terekhov", "Terekhov")["Terekhov"] == "Ihor Terekhov"


def test_summary_shows_each_quote_under_the_speaker_its_article_names(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Published: 2025-03-04\n\nUkraine and Russia exchanged prisoners on Tuesday. \"The "
        "exchange was carried out as a gesture of goodwill,\" Russia said in a statement.\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Published: 2025-03-04\n\nRussian President Vladimir Putin said on Tuesday that "
        "\"talks must continue without delay\".\n\nThe Russian military said \"our units "
        "returned 90 servicemen from Ukrainian captivity\".\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["summarize", str(tmp_path / "a.txt"),
                                      str(tmp_path / "b.txt"), "--backend", "rules",
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    quotes = {f["value"]: f["path"] for f in json.loads(result.stdout)["facts"]
              if f["path"].startswith("statements[")}
    assert quotes == {
        "The exchange was carried out as a gesture of goodwill": "statements[Russia]",
        "talks must continue without delay": "statements[Vladimir Putin]",
        "our units returned 90 servicemen from Ukrainian captivity":
            "statements[Russian military]",
    }
