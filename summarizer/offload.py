"""Where the CPU-heavy deterministic stages run: worker processes beside the event loop.

A batch keeps many model requests in flight on one event loop. Grounding,
validation, merge and rendering are pure CPU: run on the loop, a slow article
(a long text, a fuzzy search) holds back the sending of every other request
until it is done, and their milliseconds add up to time in which the model
waits. `Offload.processes` runs them in worker processes, each with its own
core and its own interpreter lock, one per core but the one the loop uses.
`Offload.inline` runs them on the loop, for a call that summarizes a few
articles, where starting a process costs more than it saves.

A worker that dies (killed, out of memory, a crash in a C extension) breaks its
pool. The pool is replaced, and each stage that was in the broken pool runs
again in a process of its own, so a stage that kills its worker fails alone,
with the pool's error, and the articles that shared the pool with it go on.

Workers are spawned, so they import the caller's main module again: a script
that runs a batch must do so under `if __name__ == "__main__":`, as
multiprocessing requires. Workers that cannot start end the run with an error
saying so, instead of failing every article.
"""

from __future__ import annotations

import asyncio
import importlib
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Executor, ProcessPoolExecutor
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

from summarizer.errors import ConfigError

R = TypeVar("R")

MakeExecutor = Callable[[int], Executor]
"""Builds an executor of that many workers; the pool and, after a crash, a pool of one."""

WARM_MODULES = ("summarizer.pipeline", "summarizer.batch.runner")
"""What the stages sent to a worker live in: imported when the worker starts, not by
the first article that reaches it."""


class WorkersUnavailable(ConfigError):
    """A worker process dies before it can run anything."""

    def __init__(self) -> None:
        super().__init__(
            "the worker processes that check and merge articles could not start. A script "
            "that runs a batch must do so under `if __name__ == \"__main__\":` (the workers "
            "import the main module again); or run without them: BatchOptions(workers=0), "
            "`summarizer batch --workers 0`")


def worker_count() -> int:
    """One worker per core this process may use, but the one the event loop needs; at
    least one."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity call
        cores = os.cpu_count() or 1
    return max(1, cores - 1)


def _exit_with(parent: BaseProcess) -> None:
    multiprocessing.connection.wait([parent.sentinel])
    os._exit(0)


def _start_worker() -> None:
    """Import what the stages need, and leave when the parent does: a worker waits for
    work on a pipe whose other end it holds too, so a parent killed with -9 would
    otherwise leave it running for ever."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    for name in WARM_MODULES:
        importlib.import_module(name)


def _ready() -> None:
    """A task that does nothing: submitting it starts the workers."""


def process_pool(workers: int) -> Executor:
    """A pool of `workers` spawned processes, on every platform. A forked worker would
    inherit the parent's files, the results lock among them, and outlive a parent killed
    with -9 still holding it, so no resumed run could start."""
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_worker)


class Offload:
    """Runs a stage off the event loop (or on it, with no executor) and awaits its result.

    Stages and their arguments cross to the workers by pickling: a stage is a function
    at the top level of a module, its arguments pydantic models and plain data.
    """

    def __init__(self, make: MakeExecutor | None, workers: int = 1) -> None:
        self.make = make
        self.workers = workers
        self.executor = None if make is None else make(workers)

    @classmethod
    def processes(cls, workers: int | None = None) -> Offload:
        """Worker processes, `workers` of them or one per core but one; they start now, so
        they are ready by the time the first model answer arrives."""
        offload = cls(process_pool, workers or worker_count())
        assert offload.executor is not None
        offload.executor.submit(_ready)
        return offload

    @classmethod
    def inline(cls) -> Offload:
        return cls(None)

    async def run(self, stage: Callable[..., R], *args: Any) -> R:
        """`stage(*args)`, computed by a worker while the loop goes on."""
        executor = self.executor
        if executor is None:
            return stage(*args)
        try:
            return await asyncio.get_running_loop().run_in_executor(executor, stage, *args)
        except BrokenExecutor:
            self._replace(executor)
        return await self._alone(stage, *args)

    async def _alone(self, stage: Callable[..., R], *args: Any) -> R:
        """`stage(*args)` in a pool of its own, after its pool broke. A pool of one that
        cannot even run a task that does nothing says no worker can start."""
        assert self.make is not None
        loop = asyncio.get_running_loop()
        alone = self.make(1)
        try:
            try:
                await loop.run_in_executor(alone, _ready)
            except BrokenExecutor:
                raise WorkersUnavailable() from None
            return await loop.run_in_executor(alone, stage, *args)
        finally:
            alone.shutdown(wait=False)

    def _replace(self, broken: Executor) -> None:
        """A new pool for the stages to come, once per breakage however many stages the
        broken pool held."""
        if self.executor is broken and self.make is not None:
            broken.shutdown(wait=False)
            self.executor = self.make(self.workers)

    def close(self) -> None:
        """Stop the workers; stages not yet started are dropped (their articles have no
        record yet, so a resumed run does them)."""
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

    def __enter__(self) -> Offload:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


INLINE = Offload.inline()
"""The default for library calls: stages run on the caller's loop."""
