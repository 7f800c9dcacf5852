"""What parley sets up in each worker process of the local Dask cluster it starts.

Imported only when :mod:`parley.distributed` starts a ``LocalCluster`` (it imports Dask).
"""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING

from distributed import WorkerPlugin

if TYPE_CHECKING:
    from distributed import Worker


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
