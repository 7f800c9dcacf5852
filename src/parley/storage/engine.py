"""Where the database is and how to connect to it."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

DB_ENV = "PARLEY_DB"
DEFAULT_DB = "parley.db"
BUSY_TIMEOUT_S = 30  # several writers: wait for the lock rather than fail
# `postgresql://` alone would pick psycopg2; parley's driver is psycopg 3 (`parley[postgres]`).
_DRIVERS = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}
_EXTRAS = {"psycopg": "postgres", "psycopg2": "postgres"}


def database_url(db: str | Path | None = None) -> str:
    """An SQLAlchemy URL from a path, a URL, ``$PARLEY_DB`` or ``./parley.db``.

    Anything containing ``://`` is taken as a URL (``postgresql+psycopg://...``; a plain
    ``postgresql://`` gets the psycopg driver); anything else is a path to an SQLite file.
    """
    if db is None:
        db = os.environ.get(DB_ENV) or DEFAULT_DB
    text = str(db)
    if "://" in text:
        url = make_url(text)  # raises ArgumentError early on a malformed URL
        if url.drivername in _DRIVERS:
            return url.set(drivername=_DRIVERS[url.drivername]).render_as_string(
                hide_password=False
            )
        return text
    return f"sqlite:///{Path(text).expanduser()}"


def is_sqlite(engine_or_url: Engine | str) -> bool:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


def missing_driver_message(exc: ImportError) -> str:
    """What to install when a database driver cannot be imported."""
    name = exc.name or str(exc)
    extra = _EXTRAS.get(name.split(".")[0])
    hint = f": pip install 'parley[{extra}]'" if extra else ""
    return f"the database driver {name!r} is not installed{hint}"


def error_reason(exc: Exception) -> str:
    """A database error as the driver words it, first line only: no SQL, no parameters."""
    reason = str(getattr(exc, "orig", None) or exc).strip()
    return reason.splitlines()[0] if reason else type(exc).__name__


def make_engine(url: str) -> Engine:
    """An engine for ``url``.

    SQLite gets foreign keys, WAL (readers never wait for the writer; two ingesters
    queue for the write lock instead of failing), a busy timeout,
    and real transactions: Python's sqlite3 module would otherwise run DDL outside any
    transaction. A connection with the execution option ``sqlite_begin="IMMEDIATE"``
    takes the write lock when its transaction begins (for writers and migrations).
    """
    connect_args: dict[str, Any] = {}
    sqlite = is_sqlite(url)
    if sqlite:
        connect_args["timeout"] = BUSY_TIMEOUT_S
    engine = create_engine(url, connect_args=connect_args)
    if sqlite:
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def writer(engine: Engine) -> Engine:
    """``engine`` for transactions that write: on SQLite they begin IMMEDIATE."""
    if is_sqlite(engine):
        return engine.execution_options(sqlite_begin="IMMEDIATE")
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # parley emits BEGIN itself (_sqlite_begin)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        with contextlib.suppress(sqlite3.DatabaseError):
            # A read-only file keeps its journal mode; reading it still works.
            cursor.execute("PRAGMA journal_mode=WAL")
        # In WAL mode NORMAL never corrupts and loses nothing when a process dies; only
        # a power cut may undo the last commits. It saves an fsync per source.
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")
