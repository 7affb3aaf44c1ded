"""One writer per results file: an exclusive advisory lock on a sidecar `<out>.lock`.

Two runs appending to the same `--out` would each process every id the other
has not finished (and pay the model twice), and `--retry-errors` swapping a
rewritten file in would drop the records the other run appended meanwhile. The
lock is taken before the file is read and held until the run ends; a second
run fails at once instead of waiting, naming the file and the holder's pid.

The lock lives on a sidecar, not on the results file, because `--retry-errors`
replaces the results file (a new inode) while it runs. The sidecar is never
deleted: unlinking it could let a third run lock a fresh file while the second
still holds the old one. The kernel drops the lock when the holder exits, even
by SIGKILL, so a killed run never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from summarizer.errors import InputError


def lock_path(out: Path) -> Path:
    return out.with_name(f"{out.name}.lock")


class ResultsLock:
    """Held from construction until `release`; raises InputError if another run holds it."""

    def __init__(self, out: Path) -> None:
        self.path = lock_path(out)
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(self._fd, 32, 0).decode("ascii", "replace").strip()
            os.close(self._fd)
            who = f" (pid {holder})" if holder.isdigit() else ""
            raise InputError(str(out), f"another batch run{who} is writing these results "
                             f"(it holds {self.path}); wait for it to finish, or give this "
                             "run another --out") from None
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, f"{os.getpid()}\n".encode("ascii"), 0)

    def release(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)  # closing the last descriptor drops the flock
            self._fd = -1
