"""Ingest processes for the fault tests: ``parley ingest`` with the fake extractor.

The processes come from a multiprocessing *forkserver* that has imported parley once,
so each starts in milliseconds (a fresh interpreter takes seconds to import spaCy) and
can be killed with SIGKILL at any moment. They run the CLI's own ``main``.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import sys
from multiprocessing.context import ForkServerContext
from pathlib import Path
from typing import Any

_context: ForkServerContext | None = None


def _warm_up() -> None:
    """Import in the forkserver what ``main`` would import lazily in every child."""
    import rich.progress  # noqa: F401
    import typer

    from parley.cli import app
    from parley.storage.migrate import scripts

    typer.main.get_command(app)
    scripts().get_current_head()
    for name in ("typer._adapters", "typer._coercion"):
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


_warm_up()  # runs in the forkserver, which imports this module before any child


def context() -> ForkServerContext:
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(["fake_extraction", "parley.cli", "fault_ingest"])
    return _context


def run_ingest(argv: list[str], log: str, storing: Any = None, stored: Any = None) -> None:
    """Process target: ``parley ingest ARGV`` with stdout and stderr into ``log``.

    ``storing`` and ``stored`` (Events) are set when ingesting begins (the database is
    open) and when it has ended.
    """
    import parley.extract
    from fake_extraction import fake_extract
    from parley.cli import main
    from parley.record import Record

    parley.extract.extract_statements = fake_extract  # type: ignore[assignment]
    if storing is not None:
        ingest = Record.ingest

        def signalling_ingest(self: Record, *args: Any, **kwargs: Any) -> Any:
            storing.set()
            try:
                return ingest(self, *args, **kwargs)
            finally:
                if stored is not None:
                    stored.set()

        Record.ingest = signalling_ingest  # type: ignore[method-assign]
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    sys.stdout = os.fdopen(1, "w", buffering=1, closefd=False)
    sys.stderr = os.fdopen(2, "w", buffering=1, closefd=False)
    sys.exit(main(["ingest", *argv]))


def _nothing() -> None:
    pass


def start_server() -> None:
    """Start the forkserver now (it takes seconds), so that timings exclude it."""
    process = context().Process(target=_nothing)
    process.start()
    process.join()


def start_ingest(
    paths: list[Path], db: str, log: Path, storing: Any = None, stored: Any = None
) -> multiprocessing.Process:
    argv = [*map(str, paths), "--db", db]
    process = context().Process(
        target=run_ingest, args=(argv, str(log), storing, stored), daemon=True
    )
    process.start()
    return process


def new_event() -> Any:
    return context().Event()
