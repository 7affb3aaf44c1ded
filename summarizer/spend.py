"""Who hears of each completion's cost the moment it arrives.

A record's usage is known only when its unit ends; a run killed before that, or a
record that `--retry-errors` replaces, would take paid completions with it. So the
model backend tells `paid` of every completion as it comes in, and whoever set a
listener for the current task (the batch, per article, writing its spend ledger)
hears of it. Nothing listens outside a batch.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar

from summarizer.summary import Usage

listener: ContextVar[Callable[[Usage], None] | None] = ContextVar("spend_listener",
                                                                  default=None)
"""Set per task: an asyncio task copies the context it was started in, so the articles
of one unit, each in its own task, each have their own."""


def paid(usage: Usage) -> None:
    """Tell the current task's listener of one completion's usage."""
    hear = listener.get()
    if hear is not None:
        hear(usage)
