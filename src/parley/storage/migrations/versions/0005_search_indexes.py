"""Search indexes: FTS5 trigram table on SQLite, pg_trgm GIN indexes on PostgreSQL.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import logging

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

log = logging.getLogger("parley.storage")

# As in parley.storage.search at this revision (a migration does not follow later code).
FTS_TABLE = "statements_fts"
FTS_COLUMNS = ("text", "speaker")
TRIGRAM_INDEXES = {"text": "ix_statements_text_trgm", "speaker": "ix_statements_speaker_trgm"}


def _row(values: str) -> str:
    return ", ".join(f"{values}.{name}" for name in FTS_COLUMNS)


def upgrade() -> None:
    bind = op.get_bind()
    columns = ", ".join(FTS_COLUMNS)
    if bind.dialect.name == "sqlite":
        try:
            with bind.begin_nested():
                bind.exec_driver_sql(
                    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({columns}, "
                    "content='statements', content_rowid='id', tokenize='trigram')"
                )
        except DBAPIError as exc:  # SQLite built without FTS5, or older than 3.34
            log.warning("no FTS5 trigram search index (%s); search will scan", exc.orig)
            return
        insert = f"INSERT INTO {FTS_TABLE}(rowid, {columns}) VALUES (new.id, {_row('new')});"
        delete = (
            f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {columns}) "
            f"VALUES ('delete', old.id, {_row('old')});"
        )
        for name, when, body in (
            ("insert", "AFTER INSERT", insert),
            ("delete", "AFTER DELETE", delete),
            ("update", "AFTER UPDATE", delete + " " + insert),
        ):
            bind.exec_driver_sql(
                f"CREATE TRIGGER {FTS_TABLE}_{name} {when} ON statements BEGIN {body} END"
            )
        bind.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    elif bind.dialect.name == "postgresql":
        try:
            with bind.begin_nested():
                bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except DBAPIError as exc:  # not installed, or not allowed for this role
            log.warning("no pg_trgm search index (%s); search will scan", exc.orig)
            return
        for column, index in TRIGRAM_INDEXES.items():
            bind.exec_driver_sql(
                f"CREATE INDEX {index} ON statements USING gin ({column} gin_trgm_ops)"
            )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{name}")
        bind.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif bind.dialect.name == "postgresql":
        for index in TRIGRAM_INDEXES.values():
            bind.exec_driver_sql(f"DROP INDEX IF EXISTS {index}")
