"""Where the database is and how to connect to it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

DB_ENV = "PARLEY_DB"
DEFAULT_DB = "parley.db"


def database_url(db: str | Path | None = None) -> str:
    """An SQLAlchemy URL from a path, a URL, ``$PARLEY_DB`` or ``./parley.db``.

    Anything containing ``://`` is taken as a URL (``postgresql+psycopg://...``);
    anything else is a path to an SQLite file.
    """
    if db is None:
        db = os.environ.get(DB_ENV) or DEFAULT_DB
    text = str(db)
    if "://" in text:
        make_url(text)  # raises ArgumentError early on a malformed URL
        return text
    return f"sqlite:///{Path(text).expanduser()}"


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets foreign keys on and a busy timeout."""
    connect_args: dict[str, Any] = {}
    is_sqlite = make_url(url).get_backend_name() == "sqlite"
    if is_sqlite:
        connect_args["timeout"] = 30  # several writers: wait for the lock rather than fail
    engine = create_engine(url, connect_args=connect_args)
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
