"""``parley db``: the database's schema (``status``) and its migrations (``upgrade``).

Read commands never migrate; after an upgrade of parley they ask for ``parley db
upgrade``, which applies the pending Alembic revisions under the migration lock.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from parley.cli_options import DbOpt
from parley.errors import MissingDatabaseError, MissingDriverError, StorageError

if TYPE_CHECKING:
    from sqlalchemy import Engine

# SQLAlchemy and Alembic (parley.storage) are imported inside the commands, so that
# loading the command line for other commands does not load them.

EXIT_BAD_INPUT = 2

db_app = typer.Typer(
    name="db",
    help="Show or upgrade the database schema.",
    no_args_is_help=True,
    add_completion=False,
)


def _fail(exc: StorageError) -> typer.Exit:
    where = f"{exc.path}: " if exc.path else ""
    typer.echo(f"error: {where}{exc.message} [{exc.code}]", err=True)
    return typer.Exit(EXIT_BAD_INPUT)


def _where(url: str) -> str:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def _engine(db: str | None, *, must_exist: bool) -> tuple[Engine, str]:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from parley.storage import database_url, make_engine
    from parley.storage.engine import error_reason, missing_driver_message

    url = database_url(db)
    where = _where(url)
    parsed = make_url(url)
    if (
        must_exist
        and parsed.get_backend_name() == "sqlite"
        and parsed.database not in (None, "", ":memory:")
        and not Path(parsed.database or "").exists()
    ):
        raise _fail(MissingDatabaseError("no database here", path=where))
    try:
        return make_engine(url), where
    except ImportError as exc:
        raise _fail(MissingDriverError(missing_driver_message(exc), path=where)) from None
    except SQLAlchemyError as exc:
        raise _fail(StorageError(f"cannot connect: {error_reason(exc)}", path=where)) from None


@db_app.command("status")
def status_command(db: DbOpt = None) -> None:
    """Print the schema revision of the database, parley's newest, and what is pending."""
    from sqlalchemy.exc import SQLAlchemyError

    from parley.storage import schema_state
    from parley.storage.engine import error_reason

    engine, where = _engine(db, must_exist=True)
    try:
        state = schema_state(engine)
    except SQLAlchemyError as exc:
        problem = f"cannot read the schema: {error_reason(exc)}"
        raise _fail(StorageError(problem, path=where)) from None
    finally:
        engine.dispose()
    typer.echo(f"database: {where}")
    typer.echo(f"revision: {state.current or 'none (empty database)'}")
    typer.echo(f"newest: {state.head}")
    if not state.known:
        typer.echo("status: written by a newer parley; upgrade parley")
    elif state.up_to_date:
        typer.echo("status: up to date")
    else:
        typer.echo(f"pending: {' '.join(state.pending)}")
        typer.echo("status: run `parley db upgrade`")


@db_app.command("upgrade")
def upgrade_command(db: DbOpt = None) -> None:
    """Apply pending migrations (creating the schema in a new database), under a lock."""
    from sqlalchemy.exc import SQLAlchemyError

    from parley.storage import schema_state, upgrade
    from parley.storage.engine import error_reason

    engine, where = _engine(db, must_exist=False)
    try:
        state = schema_state(engine)
        if not state.known:
            raise _fail(
                StorageError(
                    f"schema revision {state.current} is newer than this parley knows",
                    path=where,
                )
            )
        before, after = upgrade(engine)
    except SQLAlchemyError as exc:
        raise _fail(StorageError(f"cannot migrate: {error_reason(exc)}", path=where)) from None
    finally:
        engine.dispose()
    if before == after:
        typer.echo(f"{where}: already at {after}")
    else:
        typer.echo(f"{where}: upgraded from {before or 'an empty database'} to {after}")
