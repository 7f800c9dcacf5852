"""When a command began, for budgets that count the whole run.

``parley analyze --time-limit 10`` answers within 10 s of its launch: for the first command a
process runs, the wait began when the package was imported (loading NumPy and the solver is
part of it). A process that runs commands one after another (a test runner, a notebook, a
server) would otherwise count its own age against every later command, and leave each the
floor of a budget; those commands count from their own start instead.
"""

from __future__ import annotations

import time

from parley import STARTED

_commands_begun = 0


def command_start() -> float:
    """Call once as a command begins: the ``time.monotonic()`` its budget counts from (the
    package's import for a process's first command, now for any later one)."""
    global _commands_begun
    _commands_begun += 1
    return STARTED if _commands_begun == 1 else time.monotonic()
