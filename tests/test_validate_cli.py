"""`summarizer validate` rechecks saved extractions and summaries without a model."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from summarizer import load_articles
from summarizer.cli import app
from summarizer.pipeline import recheck_file

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "001_23b64bebdaa24c53.txt"
CORRECT = ROOT / "tests" / "fakes" / "responses" / "seeds" / "001_23b64bebdaa24c53.json"


def _corrupted(tmp_path: Path) -> Path:
    """Seed 001's correct extraction with the civilians mistyped as 100."""
    data = json.loads(CORRECT.read_text())
    item = data["stages"][0]["releases"][0]["breakdown"][1]
    assert (item["category"], item["count"]) == ("civilians", 120)
    item["count"] = 100
    path = tmp_path / "extraction.json"
    path.write_text(json.dumps(data))
    return path


def test_a_correct_extraction_passes_with_consistency_notes() -> None:
    result = CliRunner().invoke(app, ["validate", str(CORRECT), str(SEED), "--json"])
    assert result.exit_code == 0, result.output
    findings = json.loads(result.stdout)
    assert {f["severity"] for f in findings} == {"info"}
    assert any("Ukraine received 390 + 307 = 697" in f["message"] for f in findings)


def test_a_mistyped_breakdown_is_an_error_and_fails_the_run(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["validate", str(_corrupted(tmp_path)), str(SEED), "--json"])
    assert result.exit_code == 1
    errors = [f for f in json.loads(result.stdout) if f["severity"] == "error"]
    paths = {p for f in errors for p in f["facts"]}
    assert "exchange.stages[2025-05-23].released[Russia].breakdown[civilians]" in paths
    assert all(f["reaskable"] for f in errors)


def test_a_saved_summary_round_trips(tmp_path: Path) -> None:
    articles = load_articles([SEED])
    summary = recheck_file(CORRECT, articles)
    saved = tmp_path / "summary.json"
    saved.write_text(summary.model_dump_json())
    again = recheck_file(saved, articles)
    assert again.findings == summary.findings
    assert again.facts == summary.facts


def test_missing_article_and_bad_json_are_clear(tmp_path: Path) -> None:
    runner = CliRunner()
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = runner.invoke(app, ["validate", str(bad), str(SEED)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {bad}: not a JSON file")
    summary = tmp_path / "summary.json"
    summary.write_text(recheck_file(CORRECT, load_articles([SEED])).model_dump_json())
    other = ROOT / "seeds" / "000_9391f326c2eaa901.txt"
    result = runner.invoke(app, ["validate", str(summary), str(other)])
    assert result.exit_code == 1
    assert "001_23b64bebdaa24c53: the article text is needed" in result.stderr
