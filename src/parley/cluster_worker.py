"""What parley sets up in the local Dask cluster it starts: in each worker process, and in
the scheduler (which runs in the ingesting process).

Imported only when :mod:`parley.distributed` starts a ``LocalCluster`` (it imports Dask).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from distributed import SchedulerPlugin, WorkerPlugin
from distributed.core import Status

if TYPE_CHECKING:
    from distributed import Scheduler, Worker


class OwnSession(WorkerPlugin):
    """Moves each worker process into a session of its own, as ``dask worker`` programs run.

    Linux's autogroup scheduler (``/proc/sys/kernel/sched_autogroup_enabled``) divides the
    CPU between sessions first, then between the processes of a session. Worker processes
    left in the session of the ``parley ingest`` that started them share that one
    session's part: on a machine busy with other sessions, two workers then get no more
    CPU than one. In a session of its own (``setsid``), each worker gets its own part.
    Elsewhere (no autogroup, no ``setsid``) this changes nothing.
    """

    name = "parley-own-session"
    idempotent = True

    def setup(self, worker: Worker) -> None:
        setsid = getattr(os, "setsid", None)
        if setsid is None:  # pragma: no cover - not POSIX
            return
        with contextlib.suppress(OSError):  # already a session or group leader: nothing to do
            setsid()


# The loggers whose records a shutting-down cluster silences: Dask's own (their handler
# prints to stderr), and asyncio's ("Task exception was never retrieved").
SHUTDOWN_LOGGERS = ("distributed", "asyncio")
# A worker in one of these states is shutting down.
CLOSING = frozenset((Status.closing, Status.closing_gracefully, Status.closed, Status.failed))


class UntilShutdown(logging.Filter):
    """Passes log records until ``closing()`` says shutdown has begun, then none.

    Closing a cluster races with its own traffic: a worker's heartbeat or batched stream
    still waiting on the scheduler when the connection closes logs a ``CommClosedError``
    at level ERROR, with its traceback (Dask's ``silence_logs`` keeps ERROR records). On a
    loaded machine the replies are slow and the race is often lost. What a cluster says
    while it closes, after all its work is in, is nothing the user can act on; failures
    of the work itself come back through the tasks' results as coded errors.
    """

    def __init__(self, closing: Callable[[], bool]) -> None:
        super().__init__()
        self.closing = closing

    def filter(self, record: logging.LogRecord) -> bool:
        return not self.closing()


def silence_shutdown(closing: Callable[[], bool]) -> UntilShutdown:
    """Install an :class:`UntilShutdown` on the handlers of Dask's logger and on asyncio's
    logger of this process (for the life of the process)."""
    quiet = UntilShutdown(closing)
    dask_logger = logging.getLogger(SHUTDOWN_LOGGERS[0])
    for handler in dask_logger.handlers:
        handler.addFilter(quiet)
    for name in SHUTDOWN_LOGGERS[1:]:
        logging.getLogger(name).addFilter(quiet)
    return quiet


@contextlib.contextmanager
def silenced_shutdown(closing: Callable[[], bool]) -> Iterator[UntilShutdown]:
    """:func:`silence_shutdown` for the span of the block, then as before."""
    quiet = silence_shutdown(closing)
    try:
        yield quiet
    finally:
        for handler in logging.getLogger(SHUTDOWN_LOGGERS[0]).handlers:
            handler.removeFilter(quiet)
        for name in SHUTDOWN_LOGGERS[1:]:
            logging.getLogger(name).removeFilter(quiet)


class QuietShutdown(WorkerPlugin):
    """Silences Dask's and asyncio's logs in each worker process once the worker is closing
    (see :class:`UntilShutdown`): no ``CommClosedError`` traceback from a heartbeat that
    lost its race with the scheduler's close."""

    name = "parley-quiet-shutdown"
    idempotent = True

    def setup(self, worker: Worker) -> None:
        silence_shutdown(lambda: worker.status in CLOSING)


class BoundedSpanRecord(SchedulerPlugin):
    """Keeps the scheduler's record of what each span computed from growing with every task.

    On every submission (``update_graph``) Dask's scheduler appends the submission's
    collections (``{"type": "Future"}`` for a ``client.submit``) to the metadata of the
    span its tasks join, and the default span lives as long as any of its tasks is held:
    over a stream of tens of thousands of tasks that list grows by one dict a task, in the
    process that hosts the scheduler (``parley ingest``'s own, for a local cluster). This
    plugin keeps one copy of each distinct entry, which is all the list says.
    """

    name = "parley-bounded-span-record"
    idempotent = True

    def update_graph(self, scheduler: Scheduler, *, tasks: list[Any], **kwargs: Any) -> None:
        spans = scheduler.extensions.get("spans")
        if spans is None:
            return
        done: set[str] = set()
        for key in tasks:
            task = scheduler.tasks.get(key)
            span_id = task.group.span_id if task is not None else None
            if span_id is None or span_id in done:
                continue
            done.add(span_id)
            span = spans.spans.get(span_id)
            metadata = span.metadata if span is not None else None
            collections = metadata.get("collections") if metadata else None
            if collections and len(collections) > 1:
                collections[:] = _distinct(collections)


def _distinct(entries: list[Any]) -> list[Any]:
    kept: list[Any] = []
    for entry in entries:
        if entry not in kept:
            kept.append(entry)
    return kept
