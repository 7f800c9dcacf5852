"""Alembic environment for parley's packaged migrations.

parley calls this through ``parley.storage.migrate.upgrade``, which hands over an
open connection in ``config.attributes["connection"]``; the ``sqlalchemy.url``
option is the fallback for running alembic by hand.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from parley.storage.models import Base
from parley.storage.search import include_name

config = context.config
target_metadata = Base.metadata


def run_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
        with engine.begin() as own_connection:
            _run(own_connection)
        return
    _run(connection)


def _run(connection: Connection) -> None:
    # Batch mode lets later ALTERs work on SQLite, which cannot alter most things in place.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
