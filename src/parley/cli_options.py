"""Command-line options shared by every command module (one declaration each)."""

from __future__ import annotations

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
