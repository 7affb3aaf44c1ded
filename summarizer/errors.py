"""Every error summarizer raises, rooted at one class so callers can catch them all.

    SummarizerError
    ├── InputError         an article cannot be read (names the file and what to do)
    ├── ConfigError        a backend is misconfigured (names the flag and variable)
    └── BackendError       the model call failed
        ├── TransportError     network, 429, 5xx, timeout: retries ran out
        └── ModelOutputError   the model's answer never fit the schema

Findings about content are not errors: they are `models.Finding` data.
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Root of the tree; the CLI turns it into one line on stderr and exit code 1."""


class InputError(SummarizerError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ConfigError(SummarizerError):
    pass


class BackendError(SummarizerError):
    pass


class TransportError(BackendError):
    pass


class ModelOutputError(BackendError):
    pass
