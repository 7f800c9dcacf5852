"""Command-line options shared by every command module (one declaration each)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from parley.extract.options import Opposition

# The environment variable naming the database: parley.storage.engine.DB_ENV, spelt out
# here because importing that module loads SQLAlchemy and Alembic, which commands that
# never open a database (extract, eval, analyze) do not need (a test keeps them equal).
DB_ENV = "PARLEY_DB"

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar=DB_ENV,
        help="SQLite file or SQLAlchemy URL. [default: ./parley.db]",
        show_default=False,
    ),
]

OppositionOpt = Annotated[
    Opposition,
    typer.Option(
        "--opposition",
        help="How domestic opposition politicians and parties are coded: 'state' "
        'gives them the state whose politics they take part in ("Reform UK leader '
        "Nigel Farage\" -> GBR), as the statement spec reads; 'none' gives them no "
        "side (the negotiation corpus's in-house convention, which its gold follows).",
        case_sensitive=False,
    ),
]


def day_option(value: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option as a date (None when not given); a usage error naming
    ``option`` otherwise."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option
        ) from None
