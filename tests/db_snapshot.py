"""Compare databases (SQLite or PostgreSQL) before and after a command."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import MetaData, select

from parley.storage import database_url, make_engine


def snapshot(db: Path | str) -> list[str]:
    """Every row of every table: equal snapshots mean an unchanged database.

    ``db`` is an SQLite file or a database URL. SQLite is dumped as SQL (search tables
    included); a server, table by table in key order.
    """
    url = database_url(db)
    if url.startswith("sqlite:///"):
        connection = sqlite3.connect(url.removeprefix("sqlite:///"))
        try:
            return list(connection.iterdump())
        finally:
            connection.close()
    engine = make_engine(url)
    try:
        metadata = MetaData()
        metadata.reflect(engine)
        rows: list[str] = []
        with engine.connect() as connection:
            for table in metadata.sorted_tables:
                order = list(table.primary_key.columns) or list(table.columns)
                for row in connection.execute(select(table).order_by(*order)):
                    rows.append(f"{table.name}: {tuple(row)!r}")
        return rows
    finally:
        engine.dispose()
