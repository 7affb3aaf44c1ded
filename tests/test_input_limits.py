"""Inputs are checked before they are read: a device or a FIFO is refused without reading
a byte, and in a batch each becomes an error record while the other inputs go on."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.fakes.inbox import read_records

MEMORY = 2 << 30
"""Bytes of address space the run may take: a run that read /dev/zero whole would stop
here with a MemoryError instead of taking the machine's memory."""


def bounded_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def test_dev_zero_and_fifos_become_error_records_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Russia released 390 prisoners on Friday.\n", encoding="utf-8")
    pipes = [tmp_path / "pipe.txt", tmp_path / "pipe.jsonl"]
    for pipe in pipes:
        os.mkfifo(pipe)
    out = tmp_path / "out.jsonl"
    run = subprocess.run(
        [sys.executable, "-m", "summarizer", "batch", str(good), "/dev/zero", *map(str, pipes),
         "--out", str(out), "--backend", "rules", "--no-cache"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, preexec_fn=bounded_memory,
        check=False)
    assert "Traceback" not in run.stderr
    records = {r["where"][0]: r for r in read_records(out)}  # in order of completion
    refused = ["/dev/zero", *map(str, pipes)]
    assert {where: r["status"] for where, r in records.items()} == {
        str(good): "ok", **dict.fromkeys(refused, "error")}
    assert [records[where]["message"] for where in refused] == [
        f"{where}: is not a regular file (a FIFO, device or socket); save the article to a "
        "file and pass that" for where in refused]
