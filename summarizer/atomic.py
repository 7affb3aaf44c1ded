"""Write a file whole or not at all: reports, cached answers and cached pages alike."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file next to `path`, then rename it over `path`: a killed run
    leaves the old file or the new one, never half of either. The temporary name is
    unique per process and thread, so concurrent writers of one entry do not collide."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
