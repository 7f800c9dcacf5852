"""Text and speaker search, through an index on both back ends.

SQLite: an FTS5 table with the trigram tokenizer over ``statements.text`` and
``statements.speaker`` (external content, kept in step by triggers), so a substring
query is an index lookup. PostgreSQL: pg_trgm GIN indexes, which serve ``ILIKE``.
Both come from migration 0005; where FTS5 or pg_trgm is missing the migration skips
them and search falls back to a scan, with the same results.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, column, inspect, select, table, text
from sqlalchemy.sql.elements import ColumnClause

FTS_TABLE = "statements_fts"
FTS_COLUMNS = ("text", "speaker")
TRIGRAM_INDEXES = {"text": "ix_statements_text_trgm", "speaker": "ix_statements_speaker_trgm"}
_FTS_MIN_CHARS = 3  # a trigram index cannot find anything shorter
_LIKE_ESCAPE = "\\"


def like_escape(value: str) -> str:
    """``value`` with LIKE's wildcards and the escape character taken literally."""
    for char in (_LIKE_ESCAPE, "%", "_"):
        value = value.replace(char, _LIKE_ESCAPE + char)
    return value


def contains_pattern(value: str) -> str:
    return f"%{like_escape(value)}%"


def has_fts(connection: Engine | Connection) -> bool:
    """Whether the SQLite FTS5 search table exists in this database."""
    return FTS_TABLE in inspect(connection).get_table_names()


def contains(
    target: ColumnClause[Any] | Any, value: str, *, rowid: Any, fts: bool
) -> ColumnElement[bool]:
    """Rows whose ``target`` column contains ``value``, ignoring case.

    ``rowid`` is the statements id column (what the FTS table indexes); ``fts`` says
    whether the FTS5 table is there to use (SQLite only).
    """
    name = target.key
    if fts and len(value.strip()) >= _FTS_MIN_CHARS:
        fts_table = table(FTS_TABLE, column("rowid"))
        phrase = '"' + value.replace('"', '""') + '"'  # one FTS5 string: no query syntax
        key = f"fts_{name}"
        match = text(f"{FTS_TABLE} MATCH :{key}").bindparams(**{key: f"{name} : {phrase}"})
        return rowid.in_(select(fts_table.c.rowid).where(match))
    return target.ilike(contains_pattern(value), escape=_LIKE_ESCAPE)


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic's filter: the search objects are not in the models (back-end specific)."""
    if type_ == "table" and name is not None and name.startswith(FTS_TABLE):
        return False
    return not (type_ == "index" and name in TRIGRAM_INDEXES.values())
