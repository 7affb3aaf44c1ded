"""One writer per results file: a second run on the same --out fails at once, and
`--retry-errors` never swaps a file under a run that is still appending to it."""

from __future__ import annotations

import json
import os
from pathlib import Path

from typer.testing import CliRunner

from summarizer.batch.output import ResultsWriter
from summarizer.cli import app
from tests.fakes.inbox import read_records, write_inbox


def run_batch_cli(inbox: Path, out: Path, *flags: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["batch", str(inbox), "--out", str(out), "--backend",
                                      "rules", "--no-cache", *flags])
    return result.exit_code, " ".join(result.stderr.split())


def test_a_second_resume_on_a_results_file_in_use_fails_at_once(tmp_path: Path) -> None:
    inbox = tmp_path / "in.jsonl"
    write_inbox(inbox, 3)
    out = tmp_path / "out.jsonl"
    with ResultsWriter(out, resume=True):
        code, stderr = run_batch_cli(inbox, out, "--resume")
        assert code == 1
        assert (f"error: {out}: another batch run (pid {os.getpid()}) is writing these "
                "results") in stderr
        assert "another --out" in stderr
        assert out.read_bytes() == b""  # the second run wrote nothing
    code, _ = run_batch_cli(inbox, out, "--resume")  # released once the first run ends
    assert code == 0
    assert [r["ids"] for r in read_records(out)] == [["art-00000"], ["art-00001"],
                                                      ["art-00002"]]


def test_retry_errors_never_loses_the_records_of_a_run_still_appending(tmp_path: Path) -> None:
    inbox = tmp_path / "in.jsonl"
    write_inbox(inbox, 2)
    out = tmp_path / "out.jsonl"
    failed = {"ids": ["art-00000"], "where": [f"{inbox}:1"], "status": "error"}
    out.write_text(json.dumps(failed) + "\n")
    late = {"ids": ["art-00001"], "where": [f"{inbox}:2"], "status": "ok"}
    with ResultsWriter(out, resume=True) as running:
        code, stderr = run_batch_cli(inbox, out, "--retry-errors")
        running.write(late)
    assert code == 1
    assert "another batch run" in stderr
    assert read_records(out) == [failed, late]

    code, _ = run_batch_cli(inbox, out, "--retry-errors")
    assert code == 0
    assert [(r["ids"], r["status"]) for r in read_records(out)] == [
        (["art-00001"], "ok"), (["art-00000"], "ok")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl",
                                                          "out.jsonl.lock"]

