"""Alembic, run from code: the migrations ship in the package, no alembic.ini needed.

Migrations run under a lock, so two processes never migrate one database at once:
a transaction-scoped advisory lock on PostgreSQL, ``BEGIN IMMEDIATE`` (the write lock)
on SQLite. Each upgrade is one transaction on both: a killed migration leaves the
schema as it was.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, inspect, text

from parley.storage.engine import is_sqlite, writer

MIGRATIONS = Path(__file__).with_name("migrations")
# pg_advisory_xact_lock key: "parley" in ASCII, shared by every parley process.
MIGRATION_LOCK_KEY = int.from_bytes(b"parley", "big")


def alembic_config(engine: Engine | None = None) -> Config:
    """A Config pointing at the packaged migrations (and at ``engine``, when given)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        config.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
    return config


@functools.cache
def scripts() -> ScriptDirectory:
    """The shipped migrations (read once per process: they do not change under it)."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str | None:
    """The newest revision shipped with this version of parley."""
    return scripts().get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@dataclass(frozen=True, slots=True)
class SchemaState:
    """Where a database's schema stands against this version of parley."""

    current: str | None
    head: str | None
    pending: tuple[str, ...]  # revisions `parley db upgrade` would apply, oldest first
    empty: bool  # no tables at all: a new database
    known: bool  # the current revision is one this parley ships

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def schema_state(engine: Engine) -> SchemaState:
    """The database's revision, this parley's head and what lies between.

    The revision and the table list are read in one snapshot (one transaction; repeatable
    read on PostgreSQL): a process creating the schema that commits between the two reads
    would otherwise make a new database look half made (no revision, but tables).
    """
    snapshot = (
        engine if is_sqlite(engine) else engine.execution_options(isolation_level="REPEATABLE READ")
    )
    with snapshot.connect() as connection, connection.begin():
        current = MigrationContext.configure(connection).get_current_revision()
        empty = current is None and not inspect(connection).get_table_names()
    return _state(current, empty)


def _state(current: str | None, empty: bool) -> SchemaState:
    directory = scripts()
    head = directory.get_current_head()
    known = current is None or _known(directory, current)
    pending: tuple[str, ...] = ()
    if known and head is not None and current != head:
        steps = directory.iterate_revisions(head, current or "base")
        pending = tuple(reversed([script.revision for script in steps]))
    return SchemaState(current, head, pending, empty, known)


def _known(directory: ScriptDirectory, revision: str) -> bool:
    try:
        return directory.get_revision(revision) is not None
    except CommandError:  # "Can't locate revision": written by a newer parley
        return False


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Bring the database to ``revision`` under the migration lock; (before, after).

    A no-op when it is already there (checked again once the lock is held, so the
    second of two racing processes finds the work done).
    """
    with writer(engine).connect() as connection, connection.begin():
        _lock(connection)
        context = MigrationContext.configure(connection)
        before = context.get_current_revision()
        target = head_revision() if revision == "head" else revision
        if before == target:
            return before, before
        config = alembic_config(engine)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        return before, MigrationContext.configure(connection).get_current_revision()


def _lock(connection: Connection) -> None:
    # SQLite: BEGIN IMMEDIATE (see writer()) already holds the database's write lock.
    if not is_sqlite(connection.engine):
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
