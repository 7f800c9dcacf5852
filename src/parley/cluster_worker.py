"""What parley sets up in the local Dask cluster it starts: in each worker process, and in
the scheduler (which runs in the ingesting process).

Imported only when :mod:`parley.distributed` starts a ``LocalCluster`` (it imports Dask).
"""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING, Any

from distributed import SchedulerPlugin, WorkerPlugin

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
