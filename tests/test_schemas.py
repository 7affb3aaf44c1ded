"""The committed JSON Schemas are generated from the models and must not go stale."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.schemas import stale_schemas

SCHEMAS = Path(__file__).parent.parent / "schemas"


def test_committed_schemas_match_the_models() -> None:
    assert stale_schemas(SCHEMAS) == [], "run `summarizer schema` and commit schemas/"


def test_schema_command_writes_and_checks(tmp_path: Path) -> None:
    runner = CliRunner()
    check = runner.invoke(app, ["schema", "--check", "--out", str(tmp_path)])
    assert check.exit_code == 1
    assert "article_extraction.schema.json" in check.output
    assert runner.invoke(app, ["schema", "--out", str(tmp_path)]).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "article_extraction.schema.json", "summary.schema.json"]
    assert runner.invoke(app, ["schema", "--check", "--out", str(tmp_path)]).exit_code == 0
