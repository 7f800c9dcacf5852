"""Command-line options shared by every command module (one declaration each)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from parley.storage.engine import DB_ENV

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar=DB_ENV,
        help="SQLite file or SQLAlchemy URL. [default: ./parley.db]",
        show_default=False,
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
