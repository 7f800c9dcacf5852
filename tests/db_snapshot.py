"""Compare SQLite databases before and after a command."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def snapshot(path: Path) -> list[str]:
    """Every row of every table, as SQL: equal snapshots mean an unchanged database."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()
