"""Inputs are checked before they are read: a device or a FIFO is refused without reading
a byte, a JSONL line over the limit is skipped without being held, and in a batch each
becomes an error record while the other inputs go on."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.fakes.inbox import read_records, record

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


PEAK_MEMORY = """
import atexit, re, runpy, sys
def peak():
    status = open("/proc/self/status").read()
    sys.stderr.write(re.search(r"VmHWM:\\s+(\\d+)", status).group(1) + "\\n")
atexit.register(peak)
sys.argv[0] = "summarizer"
runpy.run_module("summarizer", run_name="__main__")
"""
"""Runs the CLI, then writes its peak resident memory in kB (VmHWM) last on stderr: the
peak of this process since it started, not of the big test process it was forked from
(which getrusage's maxrss counts)."""


def test_a_huge_jsonl_line_is_refused_unread_and_the_batch_goes_on(tmp_path: Path) -> None:
    """A 400 MB line (a sparse run of NUL bytes: no disk) between two articles."""
    inbox = tmp_path / "in.jsonl"
    first = json.dumps(record(1)) + "\n"
    huge = 400_000_000
    with inbox.open("wb") as fh:
        fh.write(first.encode())
        fh.truncate(len(first) + huge)
        fh.seek(0, os.SEEK_END)
        fh.write(b"\n" + json.dumps(record(3)).encode() + b"\n")
    out = tmp_path / "out.jsonl"
    run = subprocess.run(
        [sys.executable, "-c", PEAK_MEMORY, "batch", str(inbox), "--out", str(out),
         "--backend", "rules", "--no-cache"], cwd=ROOT, capture_output=True, text=True,
        timeout=120, preexec_fn=bounded_memory, check=False)
    peak_kb = int(run.stderr.split()[-1])
    assert peak_kb * 1024 < 150_000_000, "the line was held in memory"
    records = {r["where"][0]: r for r in read_records(out)}
    assert {where: r["status"] for where, r in records.items()} == {
        f"{inbox}:1": "ok", f"{inbox}:2": "error", f"{inbox}:3": "ok"}
    assert records[f"{inbox}:2"]["message"] == (
        f"{inbox}:2: the line is 400,000,001 bytes, over the 2,000,000-byte limit of one "
        "article; it was skipped unread. Split it or raise --max-bytes")
