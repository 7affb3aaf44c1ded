"""Shared by the batch benchmarks: the scripted server in its own process, and inboxes.

The server runs in a separate process so its threads do not compete with the
batch for the GIL; a benchmark then measures the batch, not the fake.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as `python benchmarks/x.py` from anywhere
    sys.path.insert(0, str(ROOT))

from tests.fakes.inbox import BATCH, write_inbox  # noqa: E402

__all__ = ["BATCH", "ROOT", "load_average", "scripted_server", "write_inbox"]


@contextlib.contextmanager
def scripted_server(script: Path = BATCH, latency: float = 0.0) -> Iterator[str]:
    """Yield the base URL of a scripted server process answering from `script`."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.server", "--script", str(script), "--port", "0",
         "--latency", str(latency)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if " at " not in line:
            raise RuntimeError(f"the scripted server did not start: {line!r}")
        yield line.rsplit(" at ", 1)[1].strip()
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def load_average() -> float:
    """The 1-minute load, reported with timings: on a busy machine they mean less."""
    return round(os.getloadavg()[0], 2)
